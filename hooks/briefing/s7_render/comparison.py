"""The Comparison page: where the sources disagree (contradictions, anachronisms, omissions),
which source carries which fact (the coverage matrix), and what each source alone tells.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from briefing import lexicon as lx
from briefing.calendar import span
from briefing.model import Briefing, Claim, Discrepancy, Fact, Omitted
from briefing.s7_render import split
from briefing.s7_render.markdown import (
    article_anchor,
    cites,
    date_label,
    first_cites,
    front_matter,
    href,
    link,
    plural,
    sentence_anchor,
    source_labels,
    source_page,
    text,
)
from briefing.s7_render.split import Part
from briefing.s7_render.tooltips import MAX_SOURCES

PAGE = "comparison.md"
KINDS = (
    ("contradiction", "Contradictions", "The same event told with different dates, amounts, places or speakers."),
    ("anachronism", "Anachronisms", "Sentences that place an event where its own dates or the calendar rule out."),
    ("omission", "Omissions", "What one source tells and another telling the same story leaves out."),
)
# Past this many sources, the matrix keeps only the facts two or more of them tell.
FULL_MATRIX_SOURCES = 6
# Past this many sources, each source's summary is a bold line, not a heading.
HEADED_SOURCES = 50
# Most discrepancies listed per kind, and the longest message shown.
MAX_DISCREPANCIES = 200
MESSAGE = 400
# How many things an omission names on each side before "and N more", and the words of a
# quotation it quotes.
LISTED = 6
QUOTED_WORDS = 8
# Sentences cited per discrepancy or shared fact; the rest are counted.
CITED = 6
# Most facts listed in the coverage, and per source.
MAX_ROWS = 300
MAX_OWN = 15
# Longest fact text shown in a matrix row or a list line.
SHOWN = 160


def pages(briefing: Briefing) -> dict[str, str]:
    out = {PAGE: page(briefing)}
    found = parts(briefing)
    if found:
        labels = source_labels(briefing.analyses)
        own = _own(briefing)
        for n, part in enumerate(found):
            here = part.path
            lines = front_matter(f"What each of {plural(part.count, 'source')} tells alone.", search=False)
            lines += [f"# Comparison: {text(part.label)}", "", split.neighbours(found, n, PAGE, "Comparison"), ""]
            lines += _summaries(briefing, labels, [a for _, group in part.groups for a in group], here, own)[2:]
            out[here] = "\n".join(lines) + "\n"
    return out


def parts(briefing: Briefing) -> list[Part] | None:
    """The pages of the per-source summaries of a briefing of many sources, or None when
    they stay on the Comparison page."""
    if len(briefing.analyses) <= HEADED_SOURCES:
        return None
    return split.pack("comparison", [("Per source", briefing.analyses)], split.SUMMARIES)


def page(briefing: Briefing) -> str:
    shared = [f for f in briefing.facts if len(_sources(f)) > 1]
    found = [
        plural(sum(1 for d in briefing.discrepancies if d.kind == kind), kind, title.lower())
        for kind, title, _ in KINDS
    ]
    lines = front_matter(
        f"Where the {plural(len(briefing.analyses), 'source')} agree and differ: "
        f"{', '.join(found)}; which source tells which fact.",
        search=False,
    ) + ["# Comparison", ""]
    counts = [
        plural(len(briefing.analyses), "source"),
        plural(len(shared), "fact") + " told by several",
        plural(len(briefing.discrepancies), "discrepancy", "discrepancies"),
    ]
    lines += [f'<p class="briefing-counts">{" · ".join(counts)}</p>', ""]
    if len(briefing.analyses) < 2:
        lines.append(
            f"Comparison needs at least two sources; this briefing has {plural(len(briefing.analyses), 'source')}."
        )
        return "\n".join(lines) + "\n"
    labels = source_labels(briefing.analyses)
    lines += _discrepancies(briefing, labels)
    lines += _matrix(briefing, shared, labels)
    found = parts(briefing)
    if found is None:
        lines += _summaries(briefing, labels)
    else:
        lines += ["## Per source", "", "What each source tells that no other does, on pages of their own:", ""]
        lines += [f"- [{text(part.label)}]({link(PAGE, part.path)}): {plural(part.count, 'source')}" for part in found]
        lines.append("")
    return "\n".join(lines) + "\n"


def _discrepancies(briefing: Briefing, labels: Mapping[str, str]) -> list[str]:
    lines = ["## Discrepancies", ""]
    if not briefing.discrepancies:
        return lines + ["The sources were found to agree: no contradiction, anachronism or omission.", ""]
    html = _plain(briefing)
    for kind, title, about in KINDS:
        found = [d for d in briefing.discrepancies if d.kind == kind]
        if not found:
            continue
        lines += [f"### {title}", "", about, ""]
        items = [
            f'<span class="briefing-role briefing-kind">{text(kind)}</span> {text(_clip(said(d, briefing, labels), MESSAGE))} '
            f"{first_cites(PAGE, d.sources, labels, CITED, html)}"
            for d in found[:MAX_DISCREPANCIES]
        ]
        if len(found) > MAX_DISCREPANCIES:
            items.append(f"… and {plural(len(found) - MAX_DISCREPANCIES, 'more ' + kind)}.")
        lines += _list(items, html)
    return lines


def said(d: Discrepancy, briefing: Briefing, labels: Mapping[str, str]) -> str:
    """A discrepancy in words, naming the sources by their labels and dates as the site does."""

    def who(source: str) -> str:
        return labels.get(source, source)

    def when(c: Claim) -> str:
        shown = date_label(c.value or "")
        return shown if c.text in ("", shown) else f"{shown} (“{c.text}”)"

    def each(claims: Sequence[Claim]) -> str:
        return ", ".join(f"“{c.text}”" for c in claims)

    first = d.claims[0] if d.claims else None
    if d.about == "date" and len(d.claims) == 2:
        a, b = d.claims
        return f"{who(a.source)} dates this {when(a)}, {who(b.source)} {when(b)}."
    if d.about in ("amount", "place") and first is not None:
        mine = [c for c in d.claims if c.source == first.source]
        theirs = [c for c in d.claims if c.source != first.source]
        if d.about == "amount":
            return f"{who(first.source)} gives {each(mine)} where {who(theirs[0].source)} gives {each(theirs)}."
        return (
            f"{who(first.source)} places this in {', '.join(c.text for c in mine)}; "
            f"{who(theirs[0].source)} in {', '.join(c.text for c in theirs)}."
        )
    if d.about == "speaker" and len(d.claims) == 2:
        a, b = d.claims
        return f"{who(a.source)} gives the quote “{_words(d.subject, 10)}” to {a.text}; {who(b.source)} gives it to {b.text}."
    if d.about == "published" and d.event is not None:
        source = d.sources[0].source
        published = briefing.analysis(source).article.published
        on = f" on {date_label(published.isoformat())}" if published else ""
        return f"{who(source)} speaks of “{d.subject}”, but it was published{on}, before {_event(d.event)}."
    if d.about == "era" and d.event is not None and first is not None:
        lo, hi = span(first.value or "")
        event_lo, event_hi = span(d.event.value or "")
        gap = _gap(hi, event_lo) if d.relation == "after" else _gap(event_hi, lo)
        return (
            f"“{d.subject}” places this {d.relation} {_event(d.event)}, but the event it is about is dated "
            f"{when(first)}, {gap + ' ' if gap else ''}{'before' if d.relation == 'after' else 'after'} it."
        )
    if d.about == "weekday" and first is not None and first.value:
        y, m, day = (int(x) for x in first.value.split("-"))
        actual = tuple(lx.WEEKDAYS)[date(y, m, day).weekday()]
        return f"{date_label(first.value)} was a {actual.capitalize()}, not a {first.text.capitalize()}."
    if d.kind == "omission" and len(d.claims) == 2:
        x, y = (c.source for c in d.claims)
        parts = []
        for one in (y, x):
            found = [_omitted(o) for o in d.omitted if o.source == one]
            if found:
                more = f" and {len(found) - LISTED} more" if len(found) > LISTED else ""
                parts.append(f"only in {who(one)}: " + "; ".join(found[:LISTED]) + more)
        return f"{who(x)} and {who(y)} tell the same story; " + ". ".join(parts) + "."
    return d.kind


def _event(event: Claim) -> str:
    """The event an era's wording names, with its date when its name does not say it."""
    shown = date_label(event.value or "")
    return event.text if not event.value or shown == event.text else f"{event.text} ({shown})"


def _omitted(o: Omitted) -> str:
    """One thing an omission names: a quotation by the names it mentions, a person, a fact."""
    if o.kind != "quote":
        return o.text
    whose = f"{o.speaker}’s quote" if o.speaker else "the quote"
    return f"{whose} on {' and '.join(o.names)}" if o.names else f"{whose} “{_words(o.text, QUOTED_WORDS)}”"


def _words(quoted: str, most: int) -> str:
    """A quotation cut to its first words, "…" marking the cut."""
    parts = quoted.split()
    return " ".join(parts[:most]) + ("…" if len(parts) > most else "")


def _gap(earlier: date, later: date) -> str:
    """How long after `earlier` `later` came, in the largest unit worth saying ("15 months")."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month - (later.day < earlier.day)
    if months >= 24:
        return f"{months // 12} years"
    if months >= 2:
        return f"{months} months"
    days = (later - earlier).days
    return f"{days} day{'s' if days != 1 else ''}" if days > 0 else ""


def _matrix(briefing: Briefing, shared: list[Fact], labels: Mapping[str, str]) -> list[str]:
    ids = [a.article.id for a in briefing.analyses]
    lines = ["## Coverage", ""]
    if len(ids) > FULL_MATRIX_SOURCES:
        # Too many sources for one column each: each shared fact lists the sources telling it.
        if not shared:
            return lines + ["No fact is told by more than one source.", ""]
        lines += [
            f"The facts told by more than one source ({plural(len(shared), 'fact')}), with the "
            "sources that tell them; each source's own facts are under Per source.",
            "",
        ]
        html = _plain(briefing)
        items = [
            f"{text(_clip(f.text))} {first_cites(PAGE, f.sources, labels, CITED, html)}" for f in shared[:MAX_ROWS]
        ]
        if len(shared) > MAX_ROWS:
            items.append(f"… and {plural(len(shared) - MAX_ROWS, 'more fact')} told by several sources.")
        return lines + _list(items, html)
    if not briefing.facts:
        return lines + ["No statements were found.", ""]
    lines += ["Each fact, and the sources that tell it (✓ links to the sentence).", ""]
    lines.append(
        "| Fact | "
        + " | ".join(f'[{text(labels[i])}]({link(PAGE, source_page(i), article_anchor(i))} "{text(i)}")' for i in ids)
        + " |"
    )
    lines.append("| --- | " + " | ".join(":-:" for _ in ids) + " |")
    for f in briefing.facts[:MAX_ROWS]:
        cells = []
        for i in ids:
            ref = next((r for r in f.sources if r.source == i), None)
            cells.append(f"[✓]({link(PAGE, source_page(i), sentence_anchor(ref))})" if ref else "—")
        lines.append(f"| {text(_clip(f.text))} | " + " | ".join(cells) + " |")
    lines.append("")
    if len(briefing.facts) > MAX_ROWS:
        lines += [f"… and {plural(len(briefing.facts) - MAX_ROWS, 'more fact')}.", ""]
    return lines


# Each source's partners (sources telling the same story), own facts and own quotes.
_Own = tuple[dict[str, set[str]], dict[str, list[Fact]], dict[str, list]]


def _own(briefing: Briefing) -> _Own:
    """What each source shares and has alone, in one pass each (not one per source), once for
    the Comparison page and all its parts."""
    stories = briefing.stories
    partners_of: dict[str, set[str]] = {}
    for x, y in stories:
        partners_of.setdefault(x, set()).add(y)
        partners_of.setdefault(y, set()).add(x)
    own_facts: dict[str, list[Fact]] = {}
    for f in briefing.facts:
        found = _sources(f)
        if len(found) == 1:
            own_facts.setdefault(next(iter(found)), []).append(f)
    own_quotes: dict[str, list] = {}
    for q in briefing.quotes:
        found = {r.source for r in q.sources}
        if len(found) == 1:
            own_quotes.setdefault(next(iter(found)), []).append(q)
    return partners_of, own_facts, own_quotes


def _summaries(
    briefing: Briefing, labels: Mapping[str, str], analyses=None, here: str = PAGE, own: _Own | None = None
) -> list[str]:
    """The summaries of `analyses` (all by default); `own`: `_own(briefing)`, when made already."""
    partners_of, own_facts, own_quotes = own or _own(briefing)
    lines = ["## Per source", ""]
    # Plain HTML (see `render.lift`): hundreds of sources' summaries were a second as Markdown.
    # Hundreds of headings would make a table of contents heavier than the page.
    headed = len(briefing.analyses) <= HEADED_SOURCES
    if not headed:
        lines.append('<div class="briefing-summaries">')
    for a in briefing.analyses if analyses is None else analyses:
        me = a.article.id
        body = _summary(
            me, sorted(partners_of.get(me, ())), own_facts.get(me, []), own_quotes.get(me, []), labels, here
        )
        title = text(a.article.title)
        if headed:
            lines += [
                f"### [{title}]({link(here, source_page(me), article_anchor(me))})",
                "",
                '<div class="briefing-summaries">',
                *body,
                "</div>",
                "",
            ]
        else:
            address = href(here, source_page(me), article_anchor(me))
            lines += [f'<p class="briefing-summary-title"><strong><a href="{address}">{title}</a></strong></p>', *body]
    if not headed:
        lines += ["</div>", ""]
    return lines


def _summary(
    me: str, partners: list[str], own: list[Fact], quotes: list, labels: Mapping[str, str], here: str
) -> list[str]:
    """One source's summary, as lines of plain HTML: who tells the same story, what only it tells."""
    if not partners:
        return [f"<p>No other source tells the same story; {plural(len(own), 'statement')} of its own.</p>"]
    lines = ["<p>Tells the same story as " + ", ".join(text(labels.get(p, p)) for p in partners) + ".</p>"]
    if not own and not quotes:
        return lines + ["<p>Everything it tells, another source tells too.</p>"]
    lines.append(f"<p>Only in {text(labels.get(me, me))}:</p>")
    items = []
    for q in quotes:
        who = text(q.speaker) if q.speaker else "unattributed"
        items.append(f"<li>quote ({who}): “{text(_clip(q.text))}” {cites(here, q.sources, labels, html=True)}</li>")
    quoted = {(r.source, r.sentence) for q in quotes for r in q.sources}
    for f in own:
        if not all((r.source, r.sentence) in quoted for r in f.sources):
            items.append(f"<li>{text(_clip(f.text))} {cites(here, f.sources, labels, html=True)}</li>")
    if len(items) > MAX_OWN:
        items = items[:MAX_OWN] + [f"<li>… and {len(items) - MAX_OWN} more.</li>"]
    return lines + ["<ul>", *items, "</ul>"]


def _sources(f: Fact) -> set[str]:
    return {r.source for r in f.sources}


def _clip(value: str, most: int = SHOWN) -> str:
    flat = " ".join(value.split())
    return flat if len(flat) <= most else flat[: most - 1].rsplit(" ", 1)[0] + "…"


def _plain(briefing: Briefing) -> bool:
    """Whether the lists of discrepancies and shared facts are plain HTML (see `render.lift`):
    on a site without tooltips. Markdown spent a tenth of a second on them at 500 articles; on
    a smaller site they stay Markdown, where the `abbr` extension puts tooltips on names."""
    return len(briefing.analyses) > MAX_SOURCES


def _list(items: list[str], html: bool) -> list[str]:
    """Items as a list: plain-HTML list items, or Markdown ones (the same HTML once converted)."""
    if html:
        return ["<ul>", *(f"<li>{item}</li>" for item in items), "</ul>", ""]
    return [*(f"- {item}" for item in items), ""]
