"""The Timeline page: a vertical time line of dated events in date order, under year markers,
each with how precisely it is dated, which sources carry it and links to the sentences that
tell it; events dated only relative to publication have their own band after it.
"""

from __future__ import annotations

from collections.abc import Mapping

from briefing.calendar import chronological
from briefing.model import Briefing, TimelineItem
from briefing.s7_render import split
from briefing.s7_render.markdown import carried, cites, date_label, front_matter, plural, precision, source_labels, text
from briefing.s7_render.split import Part

PAGE = "timeline.md"
RELATIVE = "Relative to publication"
OTHER = "Other dates"
INTRO = (
    "Events in date order. Each date says how precisely the source dates it "
    "(day, month, year, ...) and which sources tell it; each line links to the sentence it "
    "comes from."
)


def pages(briefing: Briefing) -> dict[str, str]:
    found = parts(briefing)
    if found is None:
        return {PAGE: page(briefing)}
    out = {PAGE: index_page(briefing, found)}
    labels = source_labels(briefing.analyses)
    for n, part in enumerate(found):
        out[part.path] = part_page(briefing, found, n, labels)
    return out


def ordered(briefing: Briefing) -> list[tuple[str, TimelineItem]]:
    """Every item with its anchor on this page ("e1", "e2", ...), in the order shown: dated
    items by date, then the relative ones, then the unplaceable ones."""
    # In time order whatever the precision ("2009-Q3" in July, not after December); a coarser
    # value ("2000") before the days within it ("2000-06-04").
    dated = sorted(
        (t for t in briefing.timeline if precision(t.date) not in ("relative", "other")),
        key=lambda t: chronological(t.date),
    )
    relative = [t for t in briefing.timeline if precision(t.date) == "relative"]
    other = [t for t in briefing.timeline if precision(t.date) == "other"]
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
    lines += [INTRO, ""]
    lines += _body(ordered(briefing), labels, len(briefing.analyses), PAGE)
    return "\n".join(lines) + "\n"


def index_page(briefing: Briefing, found: list[Part]) -> str:
    """The Timeline of a long briefing: what each of its pages holds, linked."""
    lines = front_matter(_description(briefing)) + [
        "# Timeline",
        "",
        INTRO,
        "The timeline is long, so it is split into pages:",
        "",
    ]
    lines += split.contents(found, PAGE, "event")
    return "\n".join(lines) + "\n\n"


def part_page(briefing: Briefing, found: list[Part], n: int, labels: Mapping[str, str]) -> str:
    part = found[n]
    # Its lines repeat source sentences, which are searchable once, on the sources' pages.
    lines = front_matter(
        f"Timeline, {part.label}: {plural(part.count, 'event')}, each linked to its source sentence.", search=False
    )
    lines += [f"# Timeline: {text(part.label)}", "", split.neighbours(found, n, PAGE, "All of the timeline"), ""]
    items = [entry for _, group in part.groups for entry in group]
    lines += _body(items, labels, len(briefing.analyses), part.path)
    lines += [split.neighbours(found, n, PAGE, "All of the timeline"), ""]
    return "\n".join(lines) + "\n"


def _body(items: list[tuple[str, TimelineItem]], labels: Mapping[str, str], total: int, here: str) -> list[str]:
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
            lines += entries(group, labels, total, here)
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
        lines += entries(relative, labels, total, here)
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
        lines += entries(other, labels, total, here)
        lines += ["</div>", ""]
    return lines


def t_year(item: TimelineItem) -> str:
    """The heading an item is filed under: its year, or its decade or century if coarser."""
    head = item.date[:4]
    return head if len(head) == 4 and head.isdigit() else date_label(item.date)


def year_anchor(year: str) -> str:
    return "y" + "".join(c for c in year if c.isalnum())


def entry(item: TimelineItem, anchor: str | None, labels: Mapping[str, str], total: int, from_page: str = PAGE) -> str:
    """One event as an HTML list item (the lists are plain HTML, which Markdown passes
    through): date and precision, the sentence, its sources and links."""
    kind = precision(item.date)
    ident = f' id="{anchor}"' if anchor else ""
    if kind in ("relative", "other"):
        when = f"“{text(item.expression)}”" if item.expression else text(item.date)
        label = "relative to publication" if kind == "relative" else "undated"
        head = (
            f'<span class="briefing-when"{ident}><strong>{when}</strong></span> '
            f'<span class="briefing-precision briefing-precision--relative">{label}</span>'
        )
    else:
        head = (
            f'<span class="briefing-when"{ident}><strong>{text(date_label(item.date))}</strong></span> '
            f'<span class="briefing-precision briefing-precision--{kind.replace(" ", "-")}">{kind}</span>'
        )
        if item.expression and item.expression.strip() not in (item.date, date_label(item.date)):
            head += f' <small class="briefing-expression">(“{text(item.expression)}”)</small>'
    badge = carried(item.sources, labels, total)
    return (
        f"<li>{head}<br>{text(item.text)} {badge} {cites(from_page, item.sources, labels, html=True)}</li>"
    ).replace("  ", " ")


def entries(items, labels: Mapping[str, str], total: int, from_page: str) -> list[str]:
    """Events (with their anchors, or None) as one HTML list."""
    return ["<ul>", *(entry(item, anchor, labels, total, from_page) for anchor, item in items), "</ul>", ""]


def _description(briefing: Briefing) -> str:
    dated = sorted(
        (t.date for t in briefing.timeline if precision(t.date) not in ("relative", "other")), key=chronological
    )
    span = f" from {date_label(dated[0])} to {date_label(dated[-1])}" if dated and dated[0] != dated[-1] else ""
    return f"Timeline of the briefing: {plural(len(briefing.timeline), 'event')}{span}, each linked to its source sentence."
