"""The People & organisations page: every person, organisation and place with role, aliases,
how often the sources mention it, and links to the sentences that do; and one page per person
(not in the nav) with all their quotes and the timeline events they are in.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol, TypeVar

from briefing.model import Briefing, Entity, QuoteItem, Ref, TimelineItem
from briefing.s7_render import quotes as quotes_page
from briefing.s7_render import split
from briefing.s7_render import timeline as timeline_page
from briefing.s7_render.markdown import (
    NAMES,
    first_cites,
    front_matter,
    href,
    link,
    people_pages,
    plural,
    source_labels,
    source_slug,
    text,
)
from briefing.s7_render.split import Part


class _Told(Protocol):
    @property
    def sources(self) -> tuple[Ref, ...]: ...


T = TypeVar("T", bound=_Told)

PAGE = "people.md"
FOLDER = "names"  # the pages of a long People list (people/ holds people's own pages)
# Sentences cited per name on the list and on a person's page; the rest are counted.
MAX_CITED = 20
MAX_LISTED = 6  # on the pages of a long list
# Quotes and events shown on a person's page, those most sources carry (the rest are counted
# and linked): the page stays under about 20 screens at desk width.
MAX_QUOTES = 25
MAX_EVENTS = 40
# A person's page is ranked this much higher in search than other pages naming them.
PERSON_BOOST = 4
SECTIONS = (("person", "People"), ("organization", "Organisations"), ("place", "Places"))


def pages(briefing: Briefing) -> dict[str, str]:
    paths = people_pages(briefing)
    found = parts(briefing)
    where = located(briefing, found)
    out = {PAGE: page(briefing, found, paths)}
    labels = source_labels(briefing.analyses)
    for n, part in enumerate(found or []):
        out[part.path] = part_page(found or [], n, paths, labels)
    cards = quotes_page.Cards(briefing)
    events = _events_by_sentence(briefing)
    order = {id(t): n for n, (_, t) in enumerate(timeline_page.ordered(briefing))}
    said_by: dict[str, list[QuoteItem]] = {}
    for q in briefing.quotes:
        if q.speaker:
            said_by.setdefault(q.speaker, []).append(q)
    quoted_at = {
        speaker: (page, quotes_page.speaker_anchor(speaker)) for speaker, page in quotes_page.speaker_pages(briefing)
    }
    for e in briefing.entities:
        if e.kind == "person" and e.name in paths:
            out[paths[e.name]] = person_page(
                briefing, e, paths[e.name], cards, events, order, where, said_by, quoted_at
            )
    return out


def parts(briefing: Briefing) -> list[Part[Entity]] | None:
    """The pages of a long People & organisations list (people, then organisations, then
    places, most mentioned first), or None when every name fits on one page."""
    if len(briefing.entities) <= split.NAMES:
        return None
    return split.pack(
        FOLDER, [(heading, ranked(briefing.entities, kind)) for kind, heading in _sections(briefing)], split.NAMES
    )


def located(briefing: Briefing, found: list[Part[Entity]] | None = None) -> dict[str, str]:
    """The page of each name's entry on the list, by its anchor."""
    if found is None:
        found = parts(briefing)
    if found is None:
        return {anchor(e): PAGE for e in briefing.entities}
    return {anchor(e): part.path for part in found for _, group in part.groups for e in group}


def anchor(entity: Entity) -> str:
    """The id of an entity's heading, so other pages can link to it."""
    return f"{entity.kind}-{source_slug(entity.name)}"


def ranked(entities: Iterable[Entity], kind: str) -> list[Entity]:
    """Entities of one kind, most mentioned first."""
    return sorted((e for e in entities if e.kind == kind), key=lambda e: (-len(e.mentions), e.name))


def about(e: Entity) -> list[str]:
    """Role, other names and number of mentions, as short Markdown pieces."""
    parts = []
    if e.role:
        parts.append(f"<em>{text(e.role)}</em>")
    aliases = [a for a in e.aliases if a != e.name]
    if aliases:
        parts.append("also " + ", ".join(f"“{text(a)}”" for a in aliases))
    sources = len({r.source for r in e.mentions})
    parts.append(plural(len(e.mentions), "mention") + (f" in {plural(sources, 'source')}" if sources > 1 else ""))
    return parts


def _sections(briefing: Briefing) -> list[tuple[str, str]]:
    known = {kind for kind, _ in SECTIONS}
    others = sorted({e.kind for e in briefing.entities} - known)
    return list(SECTIONS) + [(kind, kind.capitalize()) for kind in others]


def page(briefing: Briefing, found: list[Part[Entity]] | None = None, paths: dict[str, str] | None = None) -> str:
    counts = {kind: len([e for e in briefing.entities if e.kind == kind]) for kind, _ in SECTIONS}
    lines = front_matter(
        f"{plural(counts['person'], 'person', 'people')}, {plural(counts['organization'], 'organisation')} "
        f"and {plural(counts['place'], 'place')} named in the sources, with roles and the sentences that name them."
    ) + ["# People & organisations", ""]
    if not briefing.entities:
        lines.append("No people, organisations or places were found in these sources.")
        return "\n".join(lines) + "\n"
    lines += [
        "Who and what the sources name, most mentioned first. Aliases are the other "
        "names the sources use for the same one.",
        "",
    ]
    paths = people_pages(briefing) if paths is None else paths
    if found:
        lines += ["There are many of them, so the list is split into pages:", ""]
        for part in found:
            first, last = part.groups[0][1][0].name, part.groups[-1][1][-1].name
            lines.append(
                f"- [{text(part.label)}]({link(PAGE, part.path)}): {plural(part.count, 'name')}, "
                f"from {text(first)} to {text(last)}"
            )
        lines.append("")
        people = [e for e in ranked(briefing.entities, "person") if e.name in paths]
        if people:
            # Plain HTML: Python-Markdown's link pattern rescans a line for each link in it.
            shown = ", ".join(f'<a href="{href(PAGE, paths[e.name])}">{text(e.name)}</a>' for e in people)
            lines += ["## People with a page of their own", "", f"<p>{shown}</p>", ""]
        return "\n".join(lines) + "\n"
    labels = source_labels(briefing.analyses)
    for kind, heading in _sections(briefing):
        group = ranked(briefing.entities, kind)
        if group:
            lines += [f"## {text(heading)}", ""]
            lines += _entries(group, PAGE, paths, labels)
    return "\n".join(lines) + "\n"


def part_page(found: list[Part[Entity]], n: int, paths: dict[str, str], labels: Mapping[str, str]) -> str:
    part = found[n]
    here = part.path
    nav = split.neighbours(found, n, PAGE, "All people & organisations")
    # Names and roles are no article text: searchable here (the citations are left out).
    lines = front_matter(
        f"People & organisations, {part.label}: {plural(part.count, 'name')}, with roles "
        "and the sentences that name them."
    )
    lines += [f"# {text(part.label)}", "", nav, ""]
    for heading, group in part.groups:
        # One block of plain HTML per kind: a block each per name was hundreds of paragraphs
        # for Markdown to carry through (see `render.lift`).
        lines += [f"## {text(heading)}", "", '<div class="briefing-names">']
        lines += [line for line in _entries(list(group), here, paths, labels, headings=False) if line]
        lines += ["</div>", ""]
    return "\n".join(lines) + "\n"


def _entries(
    group: list[Entity], here: str, paths: dict[str, str], labels: Mapping[str, str], headings: bool = True
) -> list[str]:
    """Each name with its role, mentions and links: under a heading of its own on a single
    page; on the pages of a long list a bold line (hundreds of headings would make a table of
    contents heavier than the page)."""
    lines: list[str] = []
    for e in group:
        if headings:
            lines += [f"### {text(e.name)} {{#{anchor(e)}}}", ""]
        else:
            lines += [f'<p class="briefing-name" id="{anchor(e)}"><strong>{text(e.name)}</strong></p>', ""]
        parts_ = about(e)
        if e.kind == "person" and e.name in paths:
            parts_.append(f'<a href="{href(here, paths[e.name])}">quotes and events</a>')
        # Plain HTML, which Markdown passes through (see `render.lift`).
        lines += [f'<p class="briefing-about">{" · ".join(parts_)}</p>', ""]
        if e.mentions:
            most = MAX_CITED if headings else MAX_LISTED
            lines += [
                f'<p class="briefing-mentions">Mentioned in: {first_cites(here, e.mentions, labels, most, True)}</p>',
                "",
            ]
    return lines


def person_page(
    briefing: Briefing,
    e: Entity,
    here: str,
    cards: quotes_page.Cards,
    events: dict[tuple[str, int], list[TimelineItem]],
    order: dict[int, int],
    where: dict[str, str] | None = None,
    said_by: dict[str, list[QuoteItem]] | None = None,
    quoted_at: dict[str, tuple[str, str]] | None = None,
) -> str:
    """A person's page: who they are, their quotes and the events they are named in (those
    most sources carry, the others counted and linked). `quoted_at`: the page and anchor of
    each speaker's section of the Quotes."""
    said = [q for q in briefing.quotes if q.speaker == e.name] if said_by is None else said_by.get(e.name, [])
    seen: set[int] = set()
    theirs: list[TimelineItem] = []
    for r in e.mentions:
        for item in events.get((r.source, r.sentence), ()):
            if id(item) not in seen:
                seen.add(id(item))
                theirs.append(item)
    theirs.sort(key=lambda t: order.get(id(t), 0))
    role = f", {e.role}" if e.role else ""
    # Found in search by name, role and headings (the quotes and events are the sources' words,
    # searchable on their own pages), and first among the pages naming them.
    lines = front_matter(
        f"{e.name}{role}: {plural(len(said), 'quotation')} and {plural(len(theirs), 'event')} from the sources.",
        search=NAMES,
        boost=PERSON_BOOST,
    )
    lines += [
        f"# {text(e.name)}",
        "",
        f'<p class="briefing-counts">{" · ".join(about(e))}</p>',
        "",
        f"[All people & organisations]({link(here, (where or {}).get(anchor(e), PAGE), anchor(e))})",
        "",
    ]
    lines += ["## Quotes", ""]
    if said:
        for q in most_carried(said, MAX_QUOTES):
            lines += cards.card(q, None, here)
        if len(said) > MAX_QUOTES:
            where_said = (quoted_at or {}).get(e.name)
            shown = (
                f"[Quotes]({link(here, *where_said)})" if where_said else f"[Quotes]({link(here, quotes_page.PAGE)})"
            )
            lines += [
                f"… and {plural(len(said) - MAX_QUOTES, 'more quotation')}, those fewest sources carry, on the "
                f"{shown} pages.",
                "",
            ]
    else:
        lines += ["The sources quote no words of theirs.", ""]
    lines += ["## Events", ""]
    if theirs:
        kept = {id(t) for t in most_carried(theirs, MAX_EVENTS)}
        shown_events = [(None, t) for t in theirs if id(t) in kept]
        lines += [
            '<div class="briefing-timeline">',
            *timeline_page.entries(shown_events, cards.labels, cards.total, here)[:-1],
            "</div>",
            "",
        ]
        if len(theirs) > MAX_EVENTS:
            lines += [
                f"… and {plural(len(theirs) - MAX_EVENTS, 'more event')}, those fewest sources tell, on the "
                f"[Timeline]({link(here, timeline_page.PAGE)}).",
                "",
            ]
    else:
        lines += ["No dated event names them.", ""]
    if e.mentions:
        shown = first_cites(here, e.mentions, cards.labels, MAX_CITED, True)
        lines += ["## Mentioned in", "", f'<p class="briefing-mentions">{shown}</p>', ""]
    return "\n".join(lines) + "\n"


def most_carried(items: list[T], most: int) -> list[T]:
    """The `most` items told by the most sources (the earliest on ties), in their order."""
    if len(items) <= most:
        return items
    ranked = sorted(range(len(items)), key=lambda n: (-len({r.source for r in items[n].sources}), n))
    return [items[n] for n in sorted(ranked[:most])]


def _events_by_sentence(briefing: Briefing) -> dict[tuple[str, int], list[TimelineItem]]:
    out: dict[tuple[str, int], list[TimelineItem]] = {}
    for item in briefing.timeline:
        for r in item.sources:
            out.setdefault((r.source, r.sentence), []).append(item)
    return out
