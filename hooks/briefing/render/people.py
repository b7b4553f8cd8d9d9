"""The People & organisations page: every person, organisation and place with role, aliases,
how often the sources mention it, and links to the sentences that do; and one page per person
(not in the nav) with all their quotes and the timeline events they are in.
"""

from __future__ import annotations

from ..model import Briefing, Entity, TimelineItem
from . import quotes as quotes_page
from . import timeline as timeline_page
from .markdown import cites, front_matter, link, person_pages, plural, source_labels, source_slug, text

PAGE = "people.md"
SECTIONS = (("person", "People"), ("organization", "Organisations"), ("place", "Places"))


def pages(briefing: Briefing) -> dict[str, str]:
    out = {PAGE: page(briefing)}
    persons = [e for e in briefing.entities if e.kind == "person"]
    paths = person_pages(e.name for e in persons)
    cards = quotes_page.Cards(briefing)
    events = _events_by_sentence(briefing)
    order = {id(t): n for n, (_, t) in enumerate(timeline_page.ordered(briefing))}
    for e in persons:
        out[paths[e.name]] = person_page(briefing, e, paths[e.name], cards, events, order)
    return out


def anchor(entity: Entity) -> str:
    """The id of an entity's heading, so other pages can link to it."""
    return f"{entity.kind}-{source_slug(entity.name)}"


def ranked(entities, kind: str) -> list[Entity]:
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


def page(briefing: Briefing) -> str:
    counts = {kind: len([e for e in briefing.entities if e.kind == kind]) for kind, _ in SECTIONS}
    lines = front_matter(
        f"{plural(counts['person'], 'person', 'people')}, {plural(counts['organization'], 'organisation')} "
        f"and {plural(counts['place'], 'place')} named in the sources, with roles and the sentences that name them."
    ) + ["# People & organisations", ""]
    if not briefing.entities:
        lines.append("No people, organisations or places were found in these sources.")
        return "\n".join(lines) + "\n"
    lines += ["Who and what the sources name, most mentioned first. Aliases are the other "
              "names the sources use for the same one.", ""]
    labels = source_labels(briefing.analyses)
    paths = person_pages(e.name for e in briefing.entities if e.kind == "person")
    known = {kind for kind, _ in SECTIONS}
    sections = list(SECTIONS)
    others = sorted({e.kind for e in briefing.entities} - known)
    sections += [(kind, kind.capitalize()) for kind in others]
    for kind, heading in sections:
        group = ranked(briefing.entities, kind)
        if not group:
            continue
        lines += [f"## {text(heading)}", ""]
        for e in group:
            lines += [f"### {text(e.name)} {{#{anchor(e)}}}", ""]
            parts = about(e)
            if e.name in paths and kind == "person":
                parts.append(f"[quotes and events]({link(PAGE, paths[e.name])})")
            lines += [" · ".join(parts), ""]
            if e.mentions:
                lines += [f"Mentioned in: {cites(PAGE, e.mentions, labels)}", ""]
    return "\n".join(lines) + "\n"


def person_page(briefing: Briefing, e: Entity, here: str, cards: quotes_page.Cards,
                events: dict[tuple[str, int], list[TimelineItem]], order: dict[int, int]) -> str:
    """A person's page: who they are, every quote of theirs, and the events they are named in."""
    said = [q for q in briefing.quotes if q.speaker == e.name]
    seen: set[int] = set()
    theirs: list[TimelineItem] = []
    for r in e.mentions:
        for item in events.get((r.source, r.sentence), ()):
            if id(item) not in seen:
                seen.add(id(item))
                theirs.append(item)
    theirs.sort(key=lambda t: order.get(id(t), 0))
    role = f", {e.role}" if e.role else ""
    lines = front_matter(f"{e.name}{role}: {plural(len(said), 'quotation')} and "
                         f"{plural(len(theirs), 'event')} from the sources.")
    lines += [f"# {text(e.name)}", "", f'<p class="briefing-counts">{" · ".join(about(e))}</p>', "",
              f"[All people & organisations]({link(here, PAGE, anchor(e))})", ""]
    lines += ["## Quotes", ""]
    if said:
        for q in said:
            lines += cards.card(q, None, here)
    else:
        lines += ["The sources quote no words of theirs.", ""]
    lines += ["## Events", ""]
    if theirs:
        lines += ['<div class="briefing-timeline" markdown>', ""]
        for item in theirs:
            lines += [timeline_page.entry(item, None, cards.labels, cards.total, here), ""]
        lines += ["</div>", ""]
    else:
        lines += ["No dated event names them.", ""]
    if e.mentions:
        lines += ["## Mentioned in", "", cites(here, e.mentions, cards.labels), ""]
    return "\n".join(lines) + "\n"


def _events_by_sentence(briefing: Briefing) -> dict[tuple[str, int], list[TimelineItem]]:
    out: dict[tuple[str, int], list[TimelineItem]] = {}
    for item in briefing.timeline:
        for r in item.sources:
            out.setdefault((r.source, r.sentence), []).append(item)
    return out
