"""The Comparison page: where the sources disagree (contradictions, anachronisms, omissions),
which source carries which fact (the coverage matrix), and what each source alone tells.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from briefing import lexicon as lx
from briefing.calendar import span
from briefing.model import Analysis, Briefing, Claim, Discrepancy, Fact, Omitted
from briefing.s7_render import split
from briefing.s7_render.markdown import (
    cites,
    date_label,
    first_cites,
    front_matter,
    href,
    label,
    label_title,
    link,
    plural,
    sentence_page,
    source_labels,
    source_page,
    text,
)
from briefing.s7_render.split import Part
from briefing.s7_render.tooltips import MAX_SOURCES

PAGE = "comparison.md"
KINDS = (
    (
        "contradiction",
        "Contradictions",
        "The same event told with different dates, amounts, places or speakers; a dateline that gives "
        "another day than the article's publication date.",
    ),
    ("anachronism", "Anachronisms", "Sentences that place an event where its own dates or the calendar rule out."),
    ("omission", "Omissions", "What one source tells and another telling the same story leaves out."),
)
# Past this many sources, the matrix keeps only the facts two or more of them tell.
FULL_MATRIX_SOURCES = 6
# Past this many sources, each source's summary is a bold line, not a heading.
HEADED_SOURCES = 50
# Most discrepancies listed per kind.
MAX_DISCREPANCIES = 200
# How many things an omission names on each side before "and N more", the words of a
# quotation it quotes and the longest stretch of a sentence it quotes.
LISTED = 6
QUOTED_WORDS = 8
FACT = 120
# Sentences cited per discrepancy or shared fact; the rest are counted.
CITED = 6
# Most facts listed in the coverage, and per source.
MAX_ROWS = 300
MAX_OWN = 15
# Longest fact text shown in a matrix row or a list line.
SHOWN = 160


def pages(briefing: Briefing) -> dict[str, str]:
    labels = source_labels(briefing.analyses)
    shared = _shared(briefing)
    out = {PAGE: page(briefing, labels)}
    html = _plain(briefing)
    listed = discrepancy_parts(briefing) or []
    for n, part in enumerate(listed):
        lines = _part_head(listed, n, "Discrepancies")
        for key, group in part.groups:
            kind = next(k for k, t, _ in KINDS if t == key)
            lines += _kind(kind, list(group), briefing, labels, part.path, html, heading="##")
        out[part.path] = "\n".join(lines) + "\n"
    covered = coverage_parts(shared) or []
    for n, facts in enumerate(covered):
        lines = _part_head(covered, n, "Coverage")
        lines += _facts([f for _, group in facts.groups for f in group], labels, facts.path, html)
        out[facts.path] = "\n".join(lines) + "\n"
    found = parts(briefing)
    if found:
        own = _own(briefing)
        for n, summary in enumerate(found):
            here = summary.path
            lines = front_matter(f"What each of {plural(summary.count, 'source')} tells alone.", search=False)
            lines += [f"# Comparison: {text(summary.label)}", "", split.neighbours(found, n, PAGE, "Comparison"), ""]
            lines += _summaries(briefing, labels, [a for _, group in summary.groups for a in group], here, own)[2:]
            out[here] = "\n".join(lines) + "\n"
    return out


def _part_head(found: Sequence[Part], n: int, title: str) -> list[str]:
    """The top of a page of the Comparison's lists: its title and the links to its neighbours."""
    part = found[n]
    lines = front_matter(f"{title}, {part.label}: where the sources agree and differ.", search=False)
    return lines + [f"# {text(part.label)}", "", split.neighbours(found, n, PAGE, "Comparison"), ""]


def parts(briefing: Briefing) -> list[Part[Analysis]] | None:
    """The pages of the per-source summaries of a briefing of many sources, or None when
    they stay on the Comparison page."""
    if len(briefing.analyses) <= HEADED_SOURCES:
        return None
    return split.pack("comparison", [("Per source", briefing.analyses)], split.SUMMARIES)


def discrepancy_parts(briefing: Briefing) -> list[Part[Discrepancy]] | None:
    """The pages of a long list of discrepancies (by kind), or None when it fits on the page."""
    shown = [d for kind, _, _ in KINDS for d in _of_kind(briefing, kind)]
    if len(shown) <= split.DISCREPANCIES:
        return None
    groups = [(title, _of_kind(briefing, kind)) for kind, title, _ in KINDS]
    return split.pack("comparison", groups, split.DISCREPANCIES)


def coverage_parts(shared: list[Fact]) -> list[Part[Fact]] | None:
    """The pages of a long list of shared facts, or None when it fits on the page."""
    if len(shared) <= split.COVERAGE:
        return None
    return split.pack("comparison", [("Coverage", shared[:MAX_ROWS])], split.COVERAGE)


def _of_kind(briefing: Briefing, kind: str) -> list[Discrepancy]:
    return [d for d in briefing.discrepancies if d.kind == kind][:MAX_DISCREPANCIES]


def _shared(briefing: Briefing) -> list[Fact]:
    return [f for f in briefing.facts if len(_sources(f)) > 1]


def page(briefing: Briefing, labels: Mapping[str, str] | None = None) -> str:
    shared = _shared(briefing)
    counted = [
        plural(sum(1 for d in briefing.discrepancies if d.kind == kind), kind, title.lower())
        for kind, title, _ in KINDS
    ]
    lines = front_matter(
        f"Where the {plural(len(briefing.analyses), 'source')} agree and differ: "
        f"{', '.join(counted)}; which source tells which fact.",
        search=False,
    ) + ["# Comparison", ""]
    counts = [
        plural(len(briefing.analyses), "source"),
        plural(len(shared), "fact") + " told by several",
        plural(len(briefing.discrepancies), "discrepancy", "discrepancies"),
    ]
    lines += [f'<p class="briefing-counts">{" · ".join(counts)}</p>', ""]
    labels = source_labels(briefing.analyses) if labels is None else labels
    if len(briefing.analyses) < 2:
        lines.append(
            f"Comparison needs at least two sources; this briefing has {plural(len(briefing.analyses), 'source')}."
        )
        if briefing.discrepancies:  # what one article says against itself: a dateline, an anachronism
            lines += ["", *_discrepancies(briefing, labels)]
        return "\n".join(lines) + "\n"
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
    found = discrepancy_parts(briefing)
    if found is not None:
        lines += [f"There are many of them, so they are on pages of their own ({', '.join(_counts(briefing))}):", ""]
        return lines + split.contents(found, PAGE, "discrepancy") + [""]
    html = _plain(briefing)
    for kind, _, _ in KINDS:
        lines += _kind(kind, _of_kind(briefing, kind), briefing, labels, PAGE, html)
    return lines


def _counts(briefing: Briefing) -> list[str]:
    return [
        plural(n, kind, title.lower())
        for kind, title, _ in KINDS
        for n in [sum(1 for d in briefing.discrepancies if d.kind == kind)]
        if n
    ]


def _kind(
    kind: str,
    found: list[Discrepancy],
    briefing: Briefing,
    labels: Mapping[str, str],
    here: str,
    html: bool,
    heading: str = "###",
) -> list[str]:
    """The discrepancies of one kind, under its heading, each worded and cited."""
    if not found:
        return []
    title, about = next((t, a) for k, t, a in KINDS if k == kind)
    lines = [f"{heading} {title}", "", about, ""]
    items = [
        f'<span class="briefing-role briefing-kind">{text(kind)}</span> {said(d, briefing, labels)} '
        f"{first_cites(here, d.sources, labels, CITED, html)}"
        for d in found
    ]
    total = sum(1 for d in briefing.discrepancies if d.kind == kind)
    if here == PAGE and total > len(found):
        items.append(f"… and {plural(total - len(found), 'more ' + kind)}.")
    return lines + _list(items, html)


def said(d: Discrepancy, briefing: Briefing, labels: Mapping[str, str]) -> str:
    """A discrepancy in words, as HTML: each source named by its badge (as everywhere on the
    site), dates written as the site writes them, the sources' own words quoted and escaped."""

    def who(source: str) -> str:
        return label(source, labels)

    def when(c: Claim) -> str:
        shown = date_label(c.value or "")
        return text(shown) if c.text in ("", shown) else f"{text(shown)} ({_quoted(c.text)})"

    def each(claims: Sequence[Claim]) -> str:
        return ", ".join(_quoted(c.text) for c in claims)

    first = d.claims[0] if d.claims else None
    if d.about == "date" and len(d.claims) == 2:
        a, b = d.claims
        return f"{who(a.source)} dates this {when(a)}; {who(b.source)} dates it {when(b)}."
    if d.about in ("amount", "place") and first is not None:
        mine = [c for c in d.claims if c.source == first.source]
        theirs = [c for c in d.claims if c.source != first.source]
        if d.about == "amount":
            return f"{who(first.source)} gives {each(mine)} where {who(theirs[0].source)} gives {each(theirs)}."
        return (
            f"{who(first.source)} places this in {', '.join(text(c.text) for c in mine)}; "
            f"{who(theirs[0].source)} in {', '.join(text(c.text) for c in theirs)}."
        )
    if d.about == "dateline" and len(d.claims) == 2:
        line, front = d.claims
        origin = briefing.analysis(line.source).article.published_from if line.source in _ids(briefing) else None
        return (
            f"{who(line.source)} is dated {text(date_label(front.value or ''))} in its {text(origin or 'front matter')}, "
            f"but its dateline says {when(line)}; its relative dates (“on Thursday”, “today”) are counted "
            "from the dateline."
        )
    if d.about == "speaker" and len(d.claims) == 2:
        a, b = d.claims
        return (
            f"{who(a.source)} gives the quote {_quoted(_words(d.subject, 10))} to {text(a.text)}; "
            f"{who(b.source)} gives it to {text(b.text)}."
        )
    if d.about == "published" and d.event is not None:
        source = d.sources[0].source
        published = briefing.analysis(source).article.published
        on = f" on {text(date_label(published.isoformat()))}" if published else ""
        return f"{who(source)} speaks of {_quoted(d.subject)}, but it was published{on}, before {_event(d.event)}."
    if d.about == "era" and d.event is not None and first is not None:
        lo, hi = span(first.value or "")
        event_lo, event_hi = span(d.event.value or "")
        gap = _gap(hi, event_lo) if d.relation == "after" else _gap(event_hi, lo)
        return (
            f"{_quoted(d.subject)} places this {text(d.relation)} {_event(d.event)}, but the event it is about "
            f"is dated {when(first)}, {gap + ' ' if gap else ''}{'before' if d.relation == 'after' else 'after'} it."
        )
    if d.about == "weekday" and first is not None and first.value:
        y, m, day = (int(x) for x in first.value.split("-"))
        actual = tuple(lx.WEEKDAYS)[date(y, m, day).weekday()]
        return f"{text(date_label(first.value))} was a {actual.capitalize()}, not a {text(first.text.capitalize())}."
    if d.kind == "omission" and len(d.claims) == 2:
        one, other = (c.source for c in d.claims)
        sides = [
            f"Only {who(side)} {carries(found)}."
            for side in (other, one)
            for found in [[o for o in d.omitted if o.source == side]]
            if found
        ]
        return " ".join([f"{who(one)} and {who(other)} tell the same story.", *sides])
    return text(d.kind)


def carries(found: Sequence[Omitted]) -> str:
    """What one source alone carries, in a phrase: "quotes Ann Ray on NATO; names Jim Lee;
    adds “signed in Denver”" (the first LISTED things, and how many more)."""
    shown = list(found[:LISTED])
    clauses = []
    quotes = [_said_by(o) for o in shown if o.kind == "quote"]
    if quotes:
        clauses.append("quotes " + _and(quotes))
    people = [text(o.text) for o in shown if o.kind == "person"]
    if people:
        clauses.append("names " + _and(people))
    facts = [_quoted(_clip(o.text, FACT)) for o in shown if o.kind not in ("quote", "person")]
    if facts:
        clauses.append("adds " + _and(facts))
    more = len(found) - len(shown)
    return "; ".join(clauses) + (f"; and {more} more" if more else "")


def _said_by(o: Omitted) -> str:
    """A quotation one source alone carries: its speaker and what it is about, or its words."""
    words = _quoted(_words(o.text, QUOTED_WORDS))
    if not o.speaker:
        return f"{' and '.join(map(text, o.names))} ({words})" if o.names else words
    if o.names:
        return f"{text(o.speaker)} on {_and([text(n) for n in o.names])}"
    return f"{text(o.speaker)} ({words})"


def _and(items: Sequence[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _ids(briefing: Briefing) -> set[str]:
    return {a.article.id for a in briefing.analyses}


def _quoted(words: str) -> str:
    """A source's words as the page quotes them: in quotation marks, escaped."""
    return f"“{text(words)}”"


def _event(event: Claim) -> str:
    """The event an era's wording names, with its date when its name does not say it."""
    shown = date_label(event.value or "")
    return text(event.text) if not event.value or shown == event.text else f"{text(event.text)} ({text(shown)})"


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
        found = coverage_parts(shared)
        if found is not None:
            return lines + ["They are on pages of their own:", "", *split.contents(found, PAGE, "fact"), ""]
        lines += _facts(shared, labels, PAGE, _plain(briefing))
        if len(shared) > MAX_ROWS:
            lines += [f"… and {plural(len(shared) - MAX_ROWS, 'more fact')} told by several sources.", ""]
        return lines
    if not briefing.facts:
        return lines + ["No statements were found.", ""]
    lines += ["Each fact, and the sources that tell it (✓ links to the sentence).", ""]
    lines.append(
        "| Fact | "
        + " | ".join(f'[{text(labels[i])}]({link(PAGE, source_page(i))} "{text(label_title(i, labels))}")' for i in ids)
        + " |"
    )
    lines.append("| --- | " + " | ".join(":-:" for _ in ids) + " |")
    for f in briefing.facts[:MAX_ROWS]:
        cells = []
        for i in ids:
            ref = next((r for r in f.sources if r.source == i), None)
            cells.append(f"[✓]({link(PAGE, sentence_page(i, ref.sentence), ref.anchor)})" if ref else "—")
        lines.append(f"| {text(_clip(f.text))} | " + " | ".join(cells) + " |")
    lines.append("")
    if len(briefing.facts) > MAX_ROWS:
        lines += [f"… and {plural(len(briefing.facts) - MAX_ROWS, 'more fact')}.", ""]
    return lines


# Each source's partners (sources telling the same story), own facts and own quotes.
_Own = tuple[dict[str, set[str]], dict[str, list[Fact]], dict[str, list]]


def _facts(shared: list[Fact], labels: Mapping[str, str], here: str, html: bool) -> list[str]:
    """Facts several sources tell, each with the sentences that tell it."""
    return _list([f"{text(_clip(f.text))} {first_cites(here, f.sources, labels, CITED, html)}" for f in shared], html)


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
    briefing: Briefing,
    labels: Mapping[str, str],
    analyses: Sequence[Analysis] | None = None,
    here: str = PAGE,
    own: _Own | None = None,
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
                f"### [{title}]({link(here, source_page(me))})",
                "",
                '<div class="briefing-summaries">',
                *body,
                "</div>",
                "",
            ]
        else:
            address = href(here, source_page(me))
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
    lines = ["<p>Tells the same story as " + _and([label(p, labels) for p in partners]) + ".</p>"]
    if not own and not quotes:
        return lines + ["<p>Everything it tells, another source tells too.</p>"]
    lines.append(f"<p>Only in {label(me, labels)}:</p>")
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
