"""The Timeline page: dated events in date order, each with how precisely it is dated and
links to the sentences that tell it; events dated only relative to publication come last.
"""

from __future__ import annotations

from ..model import Briefing, TimelineItem
from .markdown import cites, date_label, precision, text

PAGE = "timeline.md"


def pages(briefing: Briefing) -> dict[str, str]:
    return {PAGE: page(briefing)}


def page(briefing: Briefing) -> str:
    lines = ["# Timeline", ""]
    dated = [t for t in briefing.timeline if precision(t.date) not in ("relative", "other")]
    relative = [t for t in briefing.timeline if precision(t.date) == "relative"]
    other = [t for t in briefing.timeline if precision(t.date) == "other"]
    if not briefing.timeline:
        lines.append("No dated events were found in these sources.")
        return "\n".join(lines) + "\n"
    lines += [
        "Events in date order. Each date says how precisely the source dates it "
        "(day, month, year, ...); each line links to the sentence it comes from.",
        "",
    ]
    # Sort by the value itself: TIMEX3 values of the same precision sort as dates do, and a
    # coarser value ("2000") sorts before the days within it ("2000-06-04").
    year = None
    for item in sorted(dated, key=lambda t: t.date):
        if t_year(item) != year:
            year = t_year(item)
            lines += [f"## {text(year)}", ""]
        lines += [entry(item), ""]
    if relative:
        lines += [
            "## Relative to publication",
            "",
            "These events are dated only relative to when the article was written "
            "(\"on Thursday\", \"last year\") and the source gives no date to resolve them against.",
            "",
        ]
        lines += [line for item in relative for line in (entry(item), "")]
    if other:
        lines += ["## Other dates", "", "Dates that could not be placed on the calendar.", ""]
        lines += [line for item in other for line in (entry(item), "")]
    return "\n".join(lines) + "\n"


def t_year(item: TimelineItem) -> str:
    """The heading an item is filed under: its year, or its decade or century if coarser."""
    head = item.date[:4]
    return head if len(head) == 4 and head.isdigit() else date_label(item.date)


def entry(item: TimelineItem) -> str:
    kind = precision(item.date)
    if kind in ("relative", "other"):
        when = f"“{text(item.expression)}”" if item.expression else text(item.date)
        label = "relative to publication" if kind == "relative" else "undated"
        head = f'**{when}** <span class="briefing-precision briefing-precision--relative">{label}</span>'
    else:
        head = (f"**{text(date_label(item.date))}** "
                f'<span class="briefing-precision briefing-precision--{kind.replace(" ", "-")}">{kind}</span>')
        if item.expression:
            head += f" <small>(“{text(item.expression)}”)</small>"
    return f"- {head}<br>{text(item.text)} {cites(PAGE, item.sources)}"
