"""The Background page (context.md): what a reader needs to follow the story — the earlier
events in time order, the key figures with what they measure, and the organisations and places
involved — every line citing the sentences it comes from.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from briefing.model import Briefing, Entity, Fact, Ref
from briefing.s7_render.markdown import (
    carried,
    cites,
    date_label,
    first_cites,
    front_matter,
    href,
    plural,
    source_labels,
    text,
)
from briefing.s7_render.people import PAGE as PEOPLE
from briefing.s7_render.people import anchor as name_anchor
from briefing.s7_render.people import located, ranked

PAGE = "context.md"
INTRO = (
    "What a reader needs to follow the story: what happened before it, the figures the sources "
    "give, and the organisations and places involved. Every line links to its source sentences."
)
EARLIER = "Earlier events"
FIGURES = "Key figures"
ORGANISATIONS = "Organisations"
PLACES = "Places"
MAX_NAMES = 15  # organisations, and places, listed
CITED = 3  # sentences cited per name


def pages(briefing: Briefing) -> dict[str, str]:
    return {PAGE: page(briefing)}


def placed(briefing: Briefing) -> list[tuple[str, str, Fact, str]]:
    """Every line with its anchor, its section and the page it is on (the sources' "cited on"
    lists link back to them)."""
    out: list[tuple[str, str, Fact, str]] = []
    for n, item in enumerate(briefing.background.earlier):
        out.append((f"c{n + 1}", EARLIER, Fact(item.text, item.sources), PAGE))
    for n, f in enumerate(briefing.background.figures):
        out.append((f"f{n + 1}", FIGURES, Fact(f.value, f.sources), PAGE))
    return out


def _description(briefing: Briefing) -> str:
    bg = briefing.background
    return (
        f"Background of the briefing: {plural(len(bg.earlier), 'earlier event')}, "
        f"{plural(len(bg.figures), 'key figure')}, the organisations and places involved; "
        "every line linked to its source sentence."
    )


def page(briefing: Briefing) -> str:
    # It repeats source sentences, which are searchable once, on the sources' pages.
    lines = front_matter(_description(briefing), search=False) + ["# Background", ""]
    bg = briefing.background
    orgs = ranked(briefing.entities, "organization")[:MAX_NAMES]
    places = ranked(briefing.entities, "place")[:MAX_NAMES]
    if not (bg.earlier or bg.figures or orgs or places):
        lines.append("No background was found in these sources.")
        return "\n".join(lines) + "\n"
    labels = source_labels(briefing.analyses)
    total = len(briefing.analyses)
    lines += [INTRO, ""]
    lines += _earlier(briefing, labels, total)
    lines += _figures(briefing, labels, total)
    where = located(briefing)
    lines += _names(ORGANISATIONS, "organisations", orgs, where, labels)
    lines += _names(PLACES, "places", places, where, labels)
    return "\n".join(lines) + "\n"


def _earlier(briefing: Briefing, labels: Mapping[str, str], total: int) -> list[str]:
    items = briefing.background.earlier
    lines = [(date_label(item.date), item.text, item.sources) for item in items]
    return _cited(f"{EARLIER} {{#earlier}}", "c", lines, "The sources tell nothing of what came before.", labels, total)


def _figures(briefing: Briefing, labels: Mapping[str, str], total: int) -> list[str]:
    figures = briefing.background.figures
    lines = [(f.value, f.measures, f.sources) for f in figures]
    return _cited(
        f"{FIGURES} {{#figures}}", "f", lines, "The sources give no amount or count of something.", labels, total
    )


def _cited(
    heading: str,
    prefix: str,
    items: Sequence[tuple[str, str, Sequence[Ref]]],
    none: str,
    labels: Mapping[str, str],
    total: int,
) -> list[str]:
    """A section of lines, each a bold lead and its words, how many sources carry it and where."""
    lines = [f"## {heading}", ""]
    if not items:
        return lines + [none, ""]
    lines += ["<ul>"]
    for n, (lead, words, sources) in enumerate(items):
        badge = carried(sources, labels, total)
        lines.append(
            f'<li><span class="briefing-line" id="{prefix}{n + 1}"><strong>{text(lead)}</strong> '
            f"{text(words)}</span> "
            + (f"{badge} " if badge else "")
            + cites(PAGE, sources, labels, html=True)
            + "</li>"
        )
    return lines + ["</ul>", ""]


def _names(
    title: str, what: str, entities: list[Entity], where: Mapping[str, str], labels: Mapping[str, str]
) -> list[str]:
    lines = [f"## {title} {{#{what}}}", ""]
    if not entities:
        return lines + [f"The sources name no {what}.", ""]
    lines += ["<ul>"]
    for e in entities:
        target = href(PAGE, where.get(name_anchor(e), PEOPLE), name_anchor(e))
        role = f", <em>{text(e.role)}</em>" if e.role else ""
        lines.append(
            f'<li><a href="{target}">{text(e.name)}</a>{role} <small>named {"once" if len(e.mentions) == 1 else f"{len(e.mentions)} times"}</small> '
            + first_cites(PAGE, e.mentions, labels, CITED, html=True)
            + "</li>"
        )
    return lines + ["</ul>", ""]
