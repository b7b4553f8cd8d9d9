"""The Overview (home) page: the story in brief — who, what, when — with counts, and the lead
sentence of each source linked to where it stands in the article.
"""

from __future__ import annotations

from ..model import Analysis, Briefing, Ref
from .markdown import cites, date_label, link, plural, precision, source_page, text
from .people import PAGE as PEOPLE, anchor, ranked

PAGE = "index.md"
TOP_PEOPLE = 5


def pages(briefing: Briefing) -> dict[str, str]:
    return {PAGE: page(briefing)}


def page(briefing: Briefing) -> str:
    people = ranked(briefing.entities, "person")
    counts = [
        plural(len(briefing.analyses), "source"),
        plural(len(briefing.timeline), "event"),
        plural(len(briefing.quotes), "quotation"),
        plural(len(people), "person", "people"),
    ]
    lines = ["# Overview", "", f'<p class="briefing-counts">{" · ".join(counts)}</p>', ""]
    if not briefing.analyses:
        lines.append("No articles were read: add article files to the sources folder.")
        return "\n".join(lines) + "\n"

    lines += ["## Who", ""]
    if people:
        for e in people[:TOP_PEOPLE]:
            role = f" — <em>{text(e.role)}</em>" if e.role else ""
            lines.append(f"- [{text(e.name)}]({link(PAGE, PEOPLE, anchor(e))}){role} · "
                         f"{plural(len(e.mentions), 'mention')}")
        if len(people) > TOP_PEOPLE:
            lines.append(f"- … and {len(people) - TOP_PEOPLE} more on [People & organisations]({link(PAGE, PEOPLE)})")
    else:
        lines.append("No people were identified.")
    lines.append("")

    lines += ["## What", "", "The lead of each source, as it opens its account:", ""]
    for a in briefing.analyses:
        lead = _lead(a)
        title = f"[{text(a.article.title)}]({link(PAGE, source_page(a.article.id))})"
        if lead is None:
            lines.append(f"- {title}: no running text.")
        else:
            said = a.article.body[lead.start: lead.end]
            lines.append(f"- {text(said)} {cites(PAGE, [lead])}")
    lines.append("")

    lines += ["## When", "", _when(briefing), ""]
    return "\n".join(lines) + "\n"


def _lead(a: Analysis) -> Ref | None:
    """The first sentence of running text (not a headline, dek, caption or dateline)."""
    for s in a.sentences:
        if s.role == "body":
            return Ref(a.article.id, s.start, s.end, s.index)
    return None


def _when(briefing: Briefing) -> str:
    dated = sorted(t.date for t in briefing.timeline if precision(t.date) not in ("relative", "other"))
    relative = len(briefing.timeline) - len(dated)
    timeline = link(PAGE, "timeline.md")
    if not dated:
        told = "No event could be placed on a calendar"
    elif dated[0] == dated[-1]:
        told = f"The dated events fall on {text(date_label(dated[0]))}"
    else:
        told = f"The dated events run from {text(date_label(dated[0]))} to {text(date_label(dated[-1]))}"
    extra = f"; {plural(relative, 'more is', 'more are')} dated only relative to publication" if relative else ""
    return f"{told}{extra}. See the [Timeline]({timeline})."
