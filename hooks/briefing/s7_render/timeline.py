"""The Timeline page: the key events first (the story's developments, each told once, its
other sentences folded under it), then every dated happening in date order under year markers,
each sentence once, with how precisely it is dated, which sources carry it, filters (by source,
person, year and precision; `docs/assets/briefing.js`) and links to the sentences that tell it;
events dated only relative to publication have their own band after it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from briefing.calendar import chronological
from briefing.model import Analysis, Briefing, KeyEvent, Ref, TimelineItem
from briefing.s7_render import split
from briefing.s7_render.markdown import (
    MAX_CITES,
    NAMES,
    carried,
    cites,
    date_label,
    front_matter,
    plural,
    precision,
    sentence_text,
    source_labels,
    text,
)
from briefing.s7_render.split import Part

PAGE = "timeline.md"
RELATIVE = "Relative to publication"
OTHER = "Other dates"
INTRO = (
    "The story's key events first, then every dated happening the sources tell, in date order. "
    "Each date says how precisely the source dates it (day, month, year, ...) and which sources "
    "tell it; each line links to the sentence it comes from."
)
KEY_INTRO = (
    "The developments of the story in time order, each told once: the sentence that tells it "
    "(a source's main news when one is) and how many sources report it; folded under it, the "
    "other sources' sentences telling the same fact and these sources' other sentences of that day."
)
ALL_INTRO = (
    "Every dated happening, each sentence once (a sentence telling two dated happenings is listed "
    "under its main one, the other date noted). Sentences that only describe are left out."
)


def pages(briefing: Briefing) -> dict[str, str]:
    found = parts(briefing)
    if found is None:
        return {PAGE: page(briefing)}
    out = {PAGE: index_page(briefing, found)}
    labels = source_labels(briefing.analyses)
    filters = Filters(briefing)  # once: it reads every mention of every person
    for n, part in enumerate(found):
        out[part.path] = part_page(briefing, found, n, labels, filters)
    return out


def ordered(briefing: Briefing) -> list[tuple[str, TimelineItem]]:
    """Every item with its anchor on this page ("e1", "e2", ...), in the order shown: dated
    items by date, then the relative ones, then the unplaceable ones."""
    # In time order whatever the precision ("2009-Q3" in July, not after December); a coarser
    # value ("2000") before the days within it ("2000-06-04").
    shown = [t for t in briefing.timeline if t.listed]
    dated = sorted(
        (t for t in shown if precision(t.date) not in ("relative", "other")),
        key=lambda t: chronological(t.date),
    )
    relative = [t for t in shown if precision(t.date) == "relative"]
    other = [t for t in shown if precision(t.date) == "other"]
    return [(f"e{i + 1}", t) for i, t in enumerate(dated + relative + other)]


def parts(briefing: Briefing) -> list[Part[tuple[str, TimelineItem]]] | None:
    """The pages of a long timeline (consecutive years, a year of many events in parts, the
    relative and undated events apart), or None when it fits on one page."""
    items = ordered(briefing)
    if len(items) <= split.TIMELINE_EVENTS:
        return None
    years: dict[str, list[tuple[str, TimelineItem]]] = {}
    relative, other = [], []
    for anchor, item in items:
        kind = precision(item.date)
        if kind == "relative":
            relative.append((anchor, item))
        elif kind == "other":
            other.append((anchor, item))
        else:
            years.setdefault(t_year(item), []).append((anchor, item))
    found = split.pack("timeline", list(years.items()), split.TIMELINE_EVENTS)
    if relative:
        found += split.pack("timeline", [(RELATIVE, relative)], split.TIMELINE_EVENTS)
    if other:
        found += split.pack("timeline", [(OTHER, other)], split.TIMELINE_EVENTS)
    return found


def placed(briefing: Briefing) -> list[tuple[str, TimelineItem, str]]:
    """Every item with its anchor and the page it is on."""
    found = parts(briefing)
    if found is None:
        return [(anchor, item, PAGE) for anchor, item in ordered(briefing)]
    return [(anchor, item, part.path) for part in found for _, group in part.groups for anchor, item in group]


def page(briefing: Briefing) -> str:
    lines = front_matter(_description(briefing)) + ["# Timeline", ""]
    if not briefing.timeline:
        lines.append("No dated events were found in these sources.")
        return "\n".join(lines) + "\n"
    labels = source_labels(briefing.analyses)
    items = ordered(briefing)
    lines += [INTRO, ""]
    lines += key_events(briefing, labels, PAGE, f"[All {plural(len(items), 'dated event')}](#all-events)")
    lines += ["## All dated events {#all-events}", "", ALL_INTRO, ""]
    filters = Filters(briefing)
    lines += filters.form([item for _, item in items])
    lines += _body(items, labels, len(briefing.analyses), PAGE, filters)
    return "\n".join(lines) + "\n"


def index_page(briefing: Briefing, found: list[Part]) -> str:
    """The Timeline of a long briefing: the key events, and what each page of the full
    timeline holds, linked."""
    labels = source_labels(briefing.analyses)
    total = sum(part.count for part in found)
    lines = front_matter(_description(briefing)) + ["# Timeline", "", INTRO, ""]
    lines += key_events(briefing, labels, PAGE, f"[All {plural(total, 'dated event')}](#all-events)")
    lines += [
        "## All dated events {#all-events}",
        "",
        ALL_INTRO,
        "The full timeline is long, so it is split into pages:",
        "",
    ]
    lines += split.contents(found, PAGE, "event")
    return "\n".join(lines) + "\n\n"


def part_page(
    briefing: Briefing, found: list[Part], n: int, labels: Mapping[str, str], filters: Filters | None = None
) -> str:
    """One page of a long timeline; `filters`: `Filters(briefing)`, made once for all the pages."""
    part = found[n]
    # Found by its headings (years); its lines repeat source sentences, searchable once, on the
    # sources' pages.
    lines = front_matter(
        f"Timeline, {part.label}: {plural(part.count, 'event')}, each linked to its source sentence.", search=NAMES
    )
    lines += [f"# Timeline: {text(part.label)}", "", split.neighbours(found, n, PAGE, "All of the timeline"), ""]
    items = [entry for _, group in part.groups for entry in group]
    filters = filters or Filters(briefing)
    lines += filters.form([item for _, item in items])
    lines += _body(items, labels, len(briefing.analyses), part.path, filters)
    lines += [split.neighbours(found, n, PAGE, "All of the timeline"), ""]
    return "\n".join(lines) + "\n"


def key_events(briefing: Briefing, labels: Mapping[str, str], here: str, more: str) -> list[str]:
    """The Key events section: one line per development, in time order."""
    lines = ["## Key events {#key-events}", ""]
    if not briefing.key_events:
        return lines + ["No development stands out in these sources.", "", more, ""]
    lines += [KEY_INTRO, "", '<div class="briefing-timeline briefing-keyevents" markdown>', "", "<ul>"]
    lines += [key_event(k, f"k{i + 1}", briefing, labels, here) for i, k in enumerate(briefing.key_events)]
    lines += ["</ul>", "", "</div>", "", more, ""]
    return lines


def key_event(event: KeyEvent, anchor: str, briefing: Briefing, labels: Mapping[str, str], here: str) -> str:
    """One key event as an HTML list item (one line): date and precision, how many sources
    report it, the representative sentence and its link, then folded: the other sources'
    sentences telling the same fact, and these sources' other sentences of that date."""
    first, others = event.sources[0], event.sources[1:]
    count = len({r.source for r in event.sources})
    head = _when(event.date, event.expression, anchor)
    reported = f'<span class="briefing-reported" data-sources="{count}">{plural(count, "source")}</span>'
    line = f"<li>{head} {reported}<br>{text(event.text)} {cites(here, [first], labels, html=True)}"
    by_source = {a.article.id: a for a in briefing.analyses}
    for refs, what in ((others, "telling it"), (event.folded, "of that day")):
        if refs:
            line += _folded(refs, what, by_source, labels, here)
    return line + "</li>"


def _folded(
    refs: Sequence[Ref], what: str, by_source: Mapping[str, Analysis], labels: Mapping[str, str], here: str
) -> str:
    shown = "".join(
        f"<li>{text(sentence_text(by_source[r.source], r.sentence))} {cites(here, [r], labels, html=True)}</li>"
        for r in refs[:MAX_CITES]
        if r.source in by_source
    )
    if len(refs) > MAX_CITES:  # an article repeating itself would list thousands
        shown += f"<li><small>and {plural(len(refs) - MAX_CITES, 'more sentence')}</small></li>"
    return (
        f"<details><summary>{plural(len(refs), 'more sentence')} {what}</summary>"
        f'<ul class="briefing-folded">{shown}</ul></details>'
    )


class Filters:
    """The filter form of the full timeline (by source, person, year and precision), and the
    data each item carries for it; the script in docs/assets/briefing.js does the filtering,
    and without it the form stays hidden."""

    MAX_PEOPLE = 60  # people offered, most mentioned first

    def __init__(self, briefing: Briefing):
        self.labels = source_labels(briefing.analyses)
        self.sources = {a.article.id: n for n, a in enumerate(briefing.analyses)}
        self.titles = {a.article.id: a.article.title for a in briefing.analyses}
        people = sorted((e for e in briefing.entities if e.kind == "person"), key=lambda e: (-len(e.mentions), e.name))
        self.people = {e.name: n for n, e in enumerate(people)}
        self.named: dict[tuple[str, int], set[str]] = {}
        for e in people:
            for r in e.mentions:
                self.named.setdefault((r.source, r.sentence), set()).add(e.name)

    def of(self, item: TimelineItem) -> tuple[list[str], list[str]]:
        """The sources and the people of an item, in their filters' order."""
        sources = sorted({r.source for r in item.sources}, key=self.sources.__getitem__)
        people: set[str] = set()
        for r in item.sources:
            people |= self.named.get((r.source, r.sentence), set())
        return sources, sorted(people, key=self.people.__getitem__)

    def data(self, item: TimelineItem) -> str:
        """The attributes of an item's line that the filters read."""
        sources, people = self.of(item)
        kind = precision(item.date)
        year = t_year(item) if kind not in ("relative", "other") else ""
        # In alphabetical order, as Markdown writes the attributes of HTML inside a block it parses.
        return (
            f' data-k="{kind.replace(" ", "-")}"'
            f' data-p="{" ".join(str(self.people[p]) for p in people)}"'
            f' data-s="{" ".join(str(self.sources[s]) for s in sources)}"'
            f' data-y="{text(year)}"'
        )

    def form(self, items: list[TimelineItem]) -> list[str]:
        """The form (hidden until the script shows it), offering what these items hold."""
        if len(items) < 2:
            return []
        sources: dict[str, None] = {}
        people: dict[str, int] = {}
        years: dict[str, None] = {}
        kinds: dict[str, None] = {}
        for item in items:
            found_sources, found_people = self.of(item)
            sources.update(dict.fromkeys(found_sources))
            for p in found_people:
                people[p] = people.get(p, 0) + 1
            kind = precision(item.date)
            kinds[kind] = None
            if kind not in ("relative", "other"):
                years[t_year(item)] = None
        offered = sorted(people, key=lambda p: (-people[p], p))[: self.MAX_PEOPLE]

        def select(key: str, label: str, everything: str, options: list[tuple[str, str]]) -> str:
            shown = "".join(f'<option value="{text(v)}">{text(name)}</option>' for v, name in options)
            return (
                f'<label>{label} <select data-filter="{key}"><option value="">{everything}</option>'
                f"{shown}</select></label>"
            )

        source_order = sorted(sources, key=self.sources.__getitem__)
        parts = [
            select(
                "s",
                "Source",
                "All sources",
                [(str(self.sources[s]), _short(f"{self.labels.get(s, s)}: {self.titles[s]}")) for s in source_order],
            ),
            select("p", "Person", "Everyone", [(str(self.people[p]), p) for p in sorted(offered)]),
            select("y", "Year", "All years", [(y, y) for y in years]),
            select(
                "k", "Dated to", "Any precision", [(k.replace(" ", "-"), k) for k in FILTER_PRECISIONS if k in kinds]
            ),
        ]
        return [
            # A control, not text: nothing of it is searched.
            '<div class="briefing-filters" role="search" aria-label="Filter the timeline" hidden data-search-exclude>'
            + "".join(parts)
            + '<output class="briefing-filters__count" aria-live="polite"></output></div>',
            "",
        ]


def _short(value: str, most: int = 70) -> str:
    return value if len(value) <= most else value[: most - 1].rsplit(" ", 1)[0] + "…"


# Precisions in the order the filter offers them.
FILTER_PRECISIONS = (
    "day",
    "week",
    "month",
    "season",
    "quarter",
    "half year",
    "year",
    "decade",
    "century",
    "relative",
    "other",
)


def _body(
    items: list[tuple[str, TimelineItem]],
    labels: Mapping[str, str],
    total: int,
    here: str,
    filters: Filters | None = None,
) -> list[str]:
    """The events under their year markers, then the relative and the undated bands."""
    dated = [(i, t) for i, t in items if precision(t.date) not in ("relative", "other")]
    relative = [(i, t) for i, t in items if precision(t.date) == "relative"]
    other = [(i, t) for i, t in items if precision(t.date) == "other"]
    lines: list[str] = []
    if dated:
        lines += ['<div class="briefing-timeline" markdown>', ""]
        years: dict[str, list[tuple[str, TimelineItem]]] = {}
        for anchor, item in dated:
            years.setdefault(t_year(item), []).append((anchor, item))
        for year, group in years.items():
            lines += [f"## {text(year)} {{#{year_anchor(year)} .briefing-year}}", ""]
            lines += entries(group, labels, total, here, filters)
        lines += ["</div>", ""]
    if relative:
        lines += [
            '<div class="briefing-timeline briefing-timeline--relative" markdown>',
            "",
            "## Relative to publication {#relative}",
            "",
            "These events are dated only relative to when the article was written "
            '("on Thursday", "last year") and the source gives no date to resolve them against.',
            "",
        ]
        lines += entries(relative, labels, total, here, filters)
        lines += ["</div>", ""]
    if other:
        lines += [
            '<div class="briefing-timeline briefing-timeline--relative" markdown>',
            "",
            "## Other dates {#other-dates}",
            "",
            "Dates that could not be placed on the calendar.",
            "",
        ]
        lines += entries(other, labels, total, here, filters)
        lines += ["</div>", ""]
    return lines


def t_year(item: TimelineItem) -> str:
    """The heading an item is filed under: its year, or its decade or century if coarser."""
    head = item.date[:4]
    return head if len(head) == 4 and head.isdigit() else date_label(item.date)


def year_anchor(year: str) -> str:
    return "y" + "".join(c for c in year if c.isalnum())


def _when(value: str, expression: str, anchor: str | None) -> str:
    """A date as the timeline heads an item: the date, how precisely it is known, and the
    words the source dates it with when they say more than the date."""
    kind = precision(value)
    ident = f' id="{anchor}"' if anchor else ""
    if kind in ("relative", "other"):
        when = f"“{text(expression)}”" if expression else text(value)
        label = "relative to publication" if kind == "relative" else "undated"
        return (
            f'<span class="briefing-when"{ident}><strong>{when}</strong></span> '
            f'<span class="briefing-precision briefing-precision--relative">{label}</span>'
        )
    head = (
        f'<span class="briefing-when"{ident}><strong>{text(date_label(value))}</strong></span> '
        f'<span class="briefing-precision briefing-precision--{kind.replace(" ", "-")}">{kind}</span>'
    )
    if expression and expression.strip() not in (value, date_label(value)):
        head += f' <small class="briefing-expression">(“{text(expression)}”)</small>'
    return head


def entry(
    item: TimelineItem,
    anchor: str | None,
    labels: Mapping[str, str],
    total: int,
    from_page: str = PAGE,
    filters: Filters | None = None,
) -> str:
    """One event as an HTML list item (the lists are plain HTML, which Markdown passes
    through): date and precision, the sentence, the other dates it tells, its sources and links."""
    head = _when(item.date, item.expression, anchor)
    if item.also:
        head += f' <small class="briefing-also">also {", ".join(text(date_label(d)) for d in item.also)}</small>'
    badge = carried(item.sources, labels, total)
    data = filters.data(item) if filters is not None else ""
    return (
        f"<li{data}>{head}<br>{text(item.text)} {badge} {cites(from_page, item.sources, labels, html=True)}</li>"
    ).replace("  ", " ")


def entries(
    items: Sequence[tuple[str | None, TimelineItem]],
    labels: Mapping[str, str],
    total: int,
    from_page: str,
    filters: Filters | None = None,
) -> list[str]:
    """Events (with their anchors, or None) as one HTML list."""
    return ["<ul>", *(entry(item, anchor, labels, total, from_page, filters) for anchor, item in items), "</ul>", ""]


def _description(briefing: Briefing) -> str:
    shown = [t for t in briefing.timeline if t.listed]
    dated = sorted((t.date for t in shown if precision(t.date) not in ("relative", "other")), key=chronological)
    span = f" from {date_label(dated[0])} to {date_label(dated[-1])}" if dated and dated[0] != dated[-1] else ""
    return (
        f"Timeline of the briefing: {plural(len(briefing.key_events), 'key event')} and "
        f"{plural(len(shown), 'dated event')}{span}, each linked to its source sentence."
    )
