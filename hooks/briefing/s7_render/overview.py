"""The Overview (home) page: the story in brief (its most salient key events), a key-facts
panel (when: the story's span; where; how many sources), what the latest sources add, who's
who by prominence, the sources by date with outlet and title, and cards to each section.
Nothing is invented: every sentence shown is a source's, linked to where it stands.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from briefing.calendar import chronological
from briefing.model import Analysis, Briefing, Entity, KeyEvent, Ref
from briefing.s7_render.markdown import (
    article_anchor,
    cites,
    date_label,
    front_matter,
    link,
    people_pages,
    plural,
    precision,
    sentence_text,
    source_labels,
    source_page,
    text,
)
from briefing.s7_render.people import PAGE as PEOPLE
from briefing.s7_render.people import anchor, located, ranked

PAGE = "index.md"
TOP_PEOPLE = 8  # on the who's who
TOP_PLACES = 3
# Key events the story in brief tells (the most salient).
STORY_EVENTS = 6
QUOTES_COUNTED = 5  # quotations counted towards a person's prominence
# Sources listed by date; the Sources page lists them all.
MAX_SOURCES = 50
# A value that lacks only its year: "XXXX" ("earlier this year"), "XXXX-01", "XXXX-01-05", "XXXX-SU".
_YEARLESS = re.compile(r"XXXX(?:-\d\d(?:-\d\d)?|-(?:SP|SU|FA|AU|WI|Q\d|H\d))?")
# Date precisions from finest to coarsest: "when" prefers the finest of the most-told dates.
FINENESS = ("day", "week", "month", "season", "quarter", "half year", "year", "decade", "century")


def pages(briefing: Briefing) -> dict[str, str]:
    return {PAGE: page(briefing)}


def page(briefing: Briefing) -> str:
    people = ranked(briefing.entities, "person")
    dated = sorted(t.date for t in briefing.timeline if t.listed and precision(t.date) not in ("relative", "other"))
    lines = front_matter(_description(briefing, people, dated)) + ["# Overview", ""]
    counts = [
        plural(len(briefing.analyses), "source"),
        plural(len(briefing.key_events), "key event"),
        plural(len(briefing.quotes), "quotation"),
        plural(len(people), "person", "people"),
    ]
    lines += [f'<p class="briefing-counts">{" · ".join(counts)}</p>', ""]
    if not briefing.analyses:
        lines.append("No articles were read: add article files to the sources folder.")
        return "\n".join(lines) + "\n"
    labels = source_labels(briefing.analyses)
    lines += _brief(briefing, labels)
    lines += _facts(briefing, labels)
    lines += _latest(briefing, labels)
    lines += _whos_who(briefing, people)
    lines += _sources(briefing, labels)
    lines += _cards(briefing, people, dated)
    return "\n".join(lines) + "\n"


def _fact(key: str, label: str, value: str) -> str:
    return f'- <span class="briefing-fact__label" data-fact="{key}">{label}</span> {value}'


def story(briefing: Briefing) -> list[KeyEvent]:
    """The key events the story in brief tells: the most salient, in time order."""
    top = sorted(briefing.key_events, key=lambda k: -k.weight)[:STORY_EVENTS]
    return [k for k in briefing.key_events if k in top]


def _brief(briefing: Briefing, labels: Mapping[str, str]) -> list[str]:
    """The story in brief: its most salient developments, each a source's sentence, cited."""
    lines = ["## The story in brief {#story}", ""]
    told = story(briefing)
    if not told:
        first = _first_lead(briefing)
        if first is None:
            return lines + ["No development stands out in these sources.", ""]
        text_ = sentence_text(briefing.analysis(first.source), first.sentence)
        return lines + [f"- {text(text_)} {cites(PAGE, [first], labels)}", ""]
    for k in told:
        count = len({r.source for r in k.sources})
        reported = f" <small>({plural(count, 'source')})</small>" if count > 1 else ""
        lines.append(
            f'- <span class="briefing-story__when">{_when(k)}</span> {text(k.text)}{reported} '
            f"{cites(PAGE, k.sources[:1], labels)}"
        )
    more = len(briefing.key_events) - len(told)
    tail = f"All {plural(len(briefing.key_events), 'key event')}" if more > 0 else "The key events"
    return lines + ["", f"[{tail} on the Timeline]({link(PAGE, 'timeline.md', 'key-events')})", ""]


def _when(k: KeyEvent) -> str:
    kind = precision(k.date)
    if kind == "relative" and k.expression and not k.date[:4].isdigit():
        # "January" or "Thursday" of an undated article: the words, and that its date is not
        # known, so it reads as no date of the calendar.
        return f"“{text(k.expression)}”, {'year' if _YEARLESS.fullmatch(k.date) else 'date'} not given"
    if kind == "relative":
        return text(date_label(k.date))  # "a month of 2025", "the present"
    if kind == "other":
        return f"“{text(k.expression)}”" if k.expression else "undated"
    return text(date_label(k.date))


def _first_lead(briefing: Briefing) -> Ref | None:
    for a in briefing.analyses:
        found = lead(a)
        if found is not None:
            return found
    return None


def span(briefing: Briefing) -> tuple[str, str] | None:
    """The story's span: the first and last dates of its key events placed on the calendar
    (of the timeline when no key event is)."""
    for values in (
        [k.date for k in briefing.key_events],
        [t.date for t in briefing.timeline if t.listed],
    ):
        placed = sorted((v for v in values if precision(v) in FINENESS), key=chronological)
        if placed:
            return placed[0], placed[-1]
    return None


def _facts(briefing: Briefing, labels: Mapping[str, str]) -> list[str]:
    """The key-facts panel: when, where, how many sources."""
    total = len(briefing.analyses)
    where = located(briefing)
    rows = []
    found = span(briefing)
    if found is not None:
        first, last = found
        shown = (
            text(date_label(first))
            if date_label(first) == date_label(last)
            else f"{text(date_label(first))} – {text(date_label(last))}"
        )
        rows.append(
            _fact(
                "when",
                "When",
                f'<span data-first="{text(first)}" data-last="{text(last)}"><strong>{shown}</strong></span>',
            )
        )
    else:
        rows.append(_fact("when", "When", "no event could be placed on a calendar"))
    places = ranked(briefing.entities, "place")[:TOP_PLACES]
    if places:
        rows.append(
            _fact(
                "where",
                "Where",
                ", ".join(f"[{text(e.name)}]({link(PAGE, where[anchor(e)], anchor(e))})" for e in places),
            )
        )
    published = sorted(a.article.published for a in briefing.analyses if a.article.published)
    when = ""
    if published:
        low, high = date_label(published[0].isoformat()), date_label(published[-1].isoformat())
        when = f", published {text(low)}" + (f" to {text(high)}" if high != low else "")
    rows.append(
        _fact(
            "sources",
            "Sources",
            f'<span data-count="{total}">{plural(total, "article")}</span>{when} · '
            f"[read them]({link(PAGE, 'sources/index.md')})",
        )
    )
    return ['<div class="briefing-facts" markdown>', "", "## Key facts {#key-facts}", "", *rows, "", "</div>", ""]


def _latest(briefing: Briefing, labels: Mapping[str, str]) -> list[str]:
    """What the latest sources add to the earlier ones."""
    lines = ["## Latest {#latest}", ""]
    latest = briefing.latest
    if latest is None:
        return lines + [
            "The sources' publication dates do not set any of them apart as the latest.",
            "",
        ]
    names = ", ".join(text(labels.get(s, s)) for s in latest.sources)
    dates = sorted(
        {a.article.published for a in briefing.analyses if a.article.id in latest.sources and a.article.published}
    )
    when = f" (published {text(date_label(dates[-1].isoformat()))})" if dates else ""
    since = f", to {text(date_label(latest.since.isoformat()))}" if latest.since else ""
    lines += [
        f'<p class="briefing-latest" data-sources="{len(latest.sources)}">What the latest '
        f"{'source' if len(latest.sources) == 1 else 'sources'}, {names}{when}, "
        f"{'adds' if len(latest.sources) == 1 else 'add'} to the earlier ones{since}:</p>",
        "",
    ]
    if not (latest.facts or latest.quotes or latest.people):
        return lines + ["Nothing that the earlier sources do not tell.", ""]
    if latest.facts:
        lines += ["**New facts**", ""]
        lines += [f"- {text(f.text)} {cites(PAGE, f.sources[:1], labels)}" for f in latest.facts]
        lines.append("")
    if latest.quotes:
        lines += ["**New quotations**", ""]
        for q in latest.quotes:
            who = f"{text(q.speaker)}: " if q.speaker else ""
            lines.append(f"- {who}“{text(q.text)}” {cites(PAGE, q.sources[:1], labels)}")
        lines.append("")
    if latest.people:
        paths = people_pages(briefing)
        where = located(briefing)
        by_name = {e.name: e for e in briefing.entities}
        shown = []
        for name in latest.people:
            e = by_name[name]
            target = link(PAGE, paths[name]) if name in paths else link(PAGE, where[anchor(e)], anchor(e))
            role = f", <em>{text(e.role)}</em>" if e.role else ""
            shown.append(f"[{text(name)}]({target}){role}")
        lines += [f"**New people:** {'; '.join(shown)}", ""]
    return lines


def prominence(briefing: Briefing, people: list[Entity]) -> list[tuple[Entity, int, int, int]]:
    """People by prominence: (entity, sources naming them, quotations, key events naming
    them), most prominent first: twice the sources and the key events, and the quotations
    up to `QUOTES_COUNTED` (one talkative source does not make a story's main actor)."""
    quoted = Counter(q.speaker for q in briefing.quotes if q.speaker)
    key_sentences: dict[tuple[str, int], set[int]] = {}
    for n, k in enumerate(briefing.key_events):
        for r in (*k.sources, *k.folded):
            key_sentences.setdefault((r.source, r.sentence), set()).add(n)
    out = []
    for e in people:
        sources = len({r.source for r in e.mentions})
        keys: set[int] = set()
        for r in e.mentions:
            keys |= key_sentences.get((r.source, r.sentence), set())
        out.append((e, sources, quoted[e.name], len(keys)))
    out.sort(key=lambda x: (-(2 * x[1] + min(x[2], QUOTES_COUNTED) + 2 * x[3]), -len(x[0].mentions), x[0].name))
    return out


def _whos_who(briefing: Briefing, people: list[Entity]) -> list[str]:
    lines = ["## Who's who {#whos-who}", ""]
    if not people:
        return lines + ["No person is named in these sources.", ""]
    paths = people_pages(briefing)
    where = located(briefing)
    ranked_ = prominence(briefing, people)
    for e, sources, quotes, keys in ranked_[:TOP_PEOPLE]:
        target = link(PAGE, paths[e.name]) if e.name in paths else link(PAGE, where[anchor(e)], anchor(e))
        role = f", <em>{text(e.role)}</em>" if e.role else ""
        about = [plural(sources, "source")]
        if quotes:
            about.append("quoted once" if quotes == 1 else f"quoted {quotes} times")
        if keys:
            about.append(f"in {plural(keys, 'key event')}")
        lines.append(f"- [{text(e.name)}]({target}){role} <small>{' · '.join(about)}</small>")
    if len(people) > TOP_PEOPLE:
        lines += [
            "",
            f"… and {plural(len(people) - TOP_PEOPLE, 'more person', 'more people')}: "
            f"[all names]({link(PAGE, PEOPLE)}).",
        ]
    return lines + [""]


def _sources(briefing: Briefing, labels: Mapping[str, str]) -> list[str]:
    """The sources by publication date (undated last), with outlet and title."""
    lines = ["## Sources by date {#sources}", ""]
    ordered = sorted(
        briefing.analyses, key=lambda a: (a.article.published is None, a.article.published or 0, a.article.id)
    )
    for a in ordered[:MAX_SOURCES]:
        art = a.article
        when = text(date_label(art.published.isoformat())) if art.published else "undated"
        outlet = f"{text(art.outlet)} · " if art.outlet else ""
        title = f"[{text(art.title)}]({link(PAGE, source_page(art.id), article_anchor(art.id))})"
        lines.append(
            f'- <span class="briefing-source__date">{when}</span> · {outlet}{title} '
            f'<span class="briefing-source" title="{text(art.id)}">{text(labels.get(art.id, art.id))}</span>'
        )
    if len(ordered) > MAX_SOURCES:
        lines += [
            "",
            f"… and {plural(len(ordered) - MAX_SOURCES, 'more source')}: [all sources]({link(PAGE, 'sources/index.md')}).",
        ]
    return lines + [""]


def _cards(briefing: Briefing, people: list, dated: list[str]) -> list[str]:
    span = f"from {date_label(dated[0])} to {date_label(dated[-1])}" if dated and dated[0] != dated[-1] else ""
    speakers = len({q.speaker for q in briefing.quotes if q.speaker})
    others = len(briefing.entities) - len(people)
    cards = [
        (
            "Timeline",
            "timeline.md",
            f"{plural(len(briefing.key_events), 'key event')}, "
            f"{plural(sum(1 for t in briefing.timeline if t.listed), 'dated event')} {text(span)}".strip(),
        ),
        ("Quotes", "quotes.md", f"{plural(len(briefing.quotes), 'quotation')} from {plural(speakers, 'speaker')}"),
        (
            "People & organisations",
            PEOPLE,
            f"{plural(len(people), 'person', 'people')}, "
            f"{plural(others, 'organisation or place', 'organisations and places')}",
        ),
        ("Background", "context.md", "earlier events, key figures, organisations and places"),
        (
            "Comparison",
            "comparison.md",
            f"{plural(len(briefing.discrepancies), 'discrepancy', 'discrepancies')} between the sources",
        ),
        ("Sources", "sources/index.md", f"{plural(len(briefing.analyses), 'article')}, read in full"),
    ]
    lines = ["## Sections {#sections}", "", '<div class="grid cards" markdown>', ""]
    lines += [f"- **[{title}]({link(PAGE, target)})**<br>{about}" for title, target, about in cards]
    return lines + ["", "</div>", ""]


def lead(a: Analysis) -> Ref | None:
    """The article's lead (`Analysis.lead`), or its first sentence of running text when none
    is long enough: a source's card always opens on something."""
    found = a.lead()
    if found is not None:
        return found
    first = next((s for s in a.sentences if s.role == "body"), None)
    return Ref(a.article.id, first.start, first.end, first.index) if first else None


def _description(briefing: Briefing, people: list, dated: list[str]) -> str:
    names = [e.name for e in people[:3]]
    who = f" about {', '.join(names)}" if names else ""
    span = f"; events from {date_label(dated[0])} to {date_label(dated[-1])}" if dated and dated[0] != dated[-1] else ""
    return f"Briefing from {plural(len(briefing.analyses), 'news article')}{who}{span}. Every line links to its source sentence."
