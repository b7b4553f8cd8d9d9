"""The Overview (home) page: a key-facts panel (who, what, when, where, how many sources, date
range), the lead sentence of each source with its outlet and date, and cards to each section.
Nothing is invented: every sentence shown is a source's, linked to where it stands.
"""

from __future__ import annotations

from collections.abc import Mapping

from briefing.model import Analysis, Briefing, Fact, Ref
from briefing.s7_render.markdown import (
    article_anchor,
    carried,
    cites,
    date_label,
    front_matter,
    link,
    people_pages,
    plural,
    precision,
    source_labels,
    source_page,
    text,
)
from briefing.s7_render.people import PAGE as PEOPLE
from briefing.s7_render.people import anchor, located, ranked

PAGE = "index.md"
TOP_PEOPLE = 4
TOP_PLACES = 3
# Sources whose lead the home page shows; the Sources page lists them all.
MAX_LEADS = 50
# Sources cited on one key-facts line before "and N more".
CITED_SOURCES = 4
# A first "sentence" shorter than this is a dateline or a label, not the lead.
LEAD_WORDS = 4
# Date precisions from finest to coarsest: "when" prefers the finest of the most-told dates.
FINENESS = ("day", "week", "month", "season", "quarter", "half year", "year", "decade", "century")


def pages(briefing: Briefing) -> dict[str, str]:
    return {PAGE: page(briefing)}


def page(briefing: Briefing) -> str:
    people = ranked(briefing.entities, "person")
    dated = sorted(t.date for t in briefing.timeline if precision(t.date) not in ("relative", "other"))
    lines = front_matter(_description(briefing, people, dated)) + ["# Overview", ""]
    counts = [
        plural(len(briefing.analyses), "source"),
        plural(len(briefing.timeline), "event"),
        plural(len(briefing.quotes), "quotation"),
        plural(len(people), "person", "people"),
    ]
    lines += [f'<p class="briefing-counts">{" · ".join(counts)}</p>', ""]
    if not briefing.analyses:
        lines.append("No articles were read: add article files to the sources folder.")
        return "\n".join(lines) + "\n"
    labels = source_labels(briefing.analyses)
    lines += _facts(briefing, people, dated, labels)
    lines += _leads(briefing, labels)
    lines += _cards(briefing, people, dated)
    return "\n".join(lines) + "\n"


def _fact(key: str, label: str, value: str) -> str:
    return f'- <span class="briefing-fact__label" data-fact="{key}">{label}</span> {value}'


def _facts(briefing: Briefing, people: list, dated: list[str], labels: Mapping[str, str]) -> list[str]:
    """The key-facts panel: short answers, each either a count or a linked name or sentence."""
    total = len(briefing.analyses)
    paths = people_pages(briefing)
    where = located(briefing)
    rows = []
    if people:
        who = []
        for e in people[:TOP_PEOPLE]:
            role = f", <em>{text(e.role)}</em>" if e.role else ""
            target = link(PAGE, paths[e.name]) if e.name in paths else link(PAGE, where[anchor(e)], anchor(e))
            who.append(f"[{text(e.name)}]({target}){role}")
        more = f", and {len(people) - TOP_PEOPLE} more" if len(people) > TOP_PEOPLE else ""
        rows.append(_fact("who", "Who", "; ".join(who) + more))
    what = _what(briefing)
    if what is not None:
        badge = carried(what.sources, labels, total)
        rows.append(
            _fact(
                "what",
                "What",
                f"{text(what.text)} " + (f"{badge} " if badge else "") + _some_cites(what.sources, labels),
            )
        )
    when = _when(briefing)
    if when is not None:
        value, refs = when
        rows.append(_fact("when", "When", f"**{text(date_label(value))}** {_some_cites(refs, labels)}"))
    places = ranked(briefing.entities, "place")[:TOP_PLACES]
    if places:
        rows.append(
            _fact(
                "where",
                "Where",
                ", ".join(f"[{text(e.name)}]({link(PAGE, where[anchor(e)], anchor(e))})" for e in places),
            )
        )
    rows.append(
        _fact(
            "sources",
            "Sources",
            f'<span data-count="{total}">{plural(total, "article")}</span> · '
            f"[read them]({link(PAGE, 'sources/index.md')})",
        )
    )
    if dated:
        span = (
            text(date_label(dated[0]))
            if dated[0] == dated[-1]
            else f"{text(date_label(dated[0]))} – {text(date_label(dated[-1]))}"
        )
        relative = sum(1 for t in briefing.timeline if precision(t.date) == "relative")
        extra = f" · {plural(relative, 'more event')} dated only relative to publication" if relative else ""
        rows.append(
            _fact(
                "range",
                "Date range",
                f'<span data-first="{text(dated[0])}" data-last="{text(dated[-1])}">{span}</span>{extra}',
            )
        )
    else:
        rows.append(_fact("range", "Date range", "no event could be placed on a calendar"))
    return ['<div class="briefing-facts" markdown>', "", "## Key facts {#key-facts}", "", *rows, "", "</div>", ""]


def _some_cites(refs, labels: Mapping[str, str]) -> str:
    """Citations of the first few sources only: a key fact stays one or two lines."""
    sources = list(dict.fromkeys(r.source for r in refs))
    kept = set(sources[:CITED_SOURCES])
    more = len(sources) - len(kept)
    shown = cites(PAGE, [r for r in refs if r.source in kept], labels)
    return shown + (f" <small>and {plural(more, 'more source')}</small>" if more > 0 else "")


def _what(briefing: Briefing) -> Fact | None:
    """The line most sources tell (earliest in its article on ties); else the first lead."""
    best = None
    for f in (*briefing.facts, *(f for theme in briefing.themes for f in theme.facts)):
        key = (-len({r.source for r in f.sources}), min(r.sentence for r in f.sources) if f.sources else 0)
        if best is None or key < best[0]:
            best = (key, f)
    if best is not None and -best[0][0] > 1:
        return best[1]
    for a in briefing.analyses:
        first = lead(a)
        if first is not None:
            return Fact(a.article.body[first.start : first.end], (first,))
    return None


def _when(briefing: Briefing) -> tuple[str, list[Ref]] | None:
    """The date most sources give an event (the finest such date on ties), with its sentences."""
    by_date: dict[str, list[Ref]] = {}
    for t in briefing.timeline:
        if precision(t.date) in FINENESS:
            by_date.setdefault(t.date, []).extend(t.sources)
    if not by_date:
        return None
    value = min(by_date, key=lambda d: (-len({r.source for r in by_date[d]}), FINENESS.index(precision(d)), d))
    return value, by_date[value]


def _leads(briefing: Briefing, labels: Mapping[str, str]) -> list[str]:
    lines = ["## How each source opens {#leads}", ""]
    for a in briefing.analyses[:MAX_LEADS]:
        art = a.article
        head = [
            f'<span class="briefing-source" title="{text(art.id)}">{text(labels.get(art.id, art.id))}</span>',
            f"[{text(art.title)}]({link(PAGE, source_page(art.id), article_anchor(art.id))})",
            text(art.outlet) if art.outlet else "outlet not given",
            f"published {text(date_label(art.published.isoformat()))}" if art.published else "no publication date",
        ]
        # Each lead repeats its article's first sentence, which is searchable on the article's page.
        lines += [
            '<div class="briefing-lead" data-search-exclude markdown>',
            "",
            f'<p class="briefing-lead__meta" markdown>{" · ".join(head)}</p>',
            "",
        ]
        first = lead(a)
        if first is None:
            lines += ["No running text.", ""]
        else:
            lines += [f"{text(art.body[first.start : first.end])} {cites(PAGE, [first], labels)}", ""]
        lines += ["</div>", ""]
    if len(briefing.analyses) > MAX_LEADS:
        lines += [
            f"… and {plural(len(briefing.analyses) - MAX_LEADS, 'more source')}: "
            f"[all sources]({link(PAGE, 'sources/index.md')}).",
            "",
        ]
    return lines


def _cards(briefing: Briefing, people: list, dated: list[str]) -> list[str]:
    span = f"from {date_label(dated[0])} to {date_label(dated[-1])}" if dated and dated[0] != dated[-1] else ""
    speakers = len({q.speaker for q in briefing.quotes if q.speaker})
    others = len(briefing.entities) - len(people)
    cards = [
        ("Timeline", "timeline.md", f"{plural(len(briefing.timeline), 'event')} {text(span)}".strip()),
        ("Quotes", "quotes.md", f"{plural(len(briefing.quotes), 'quotation')} from {plural(speakers, 'speaker')}"),
        (
            "People & organisations",
            PEOPLE,
            f"{plural(len(people), 'person', 'people')}, "
            f"{plural(others, 'organisation or place', 'organisations and places')}",
        ),
        ("Context", "context.md", plural(len(briefing.themes), "background theme")),
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
    """The first sentence of running text (not a headline, dek, caption or dateline, nor a
    line too short to be a sentence, such as a bare date)."""
    first = None
    for s in a.sentences:
        if s.role == "body":
            first = first or s
            if len(a.article.body[s.start : s.end].split()) >= LEAD_WORDS:
                return Ref(a.article.id, s.start, s.end, s.index)
    return Ref(a.article.id, first.start, first.end, first.index) if first else None


def _description(briefing: Briefing, people: list, dated: list[str]) -> str:
    names = [e.name for e in people[:3]]
    who = f" about {', '.join(names)}" if names else ""
    span = f"; events from {date_label(dated[0])} to {date_label(dated[-1])}" if dated and dated[0] != dated[-1] else ""
    return f"Briefing from {plural(len(briefing.analyses), 'news article')}{who}{span}. Every line links to its source sentence."
