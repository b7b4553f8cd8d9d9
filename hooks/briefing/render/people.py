"""The People & organisations page: every person, organisation and place with role, aliases,
how often the sources mention it, and links to the sentences that do.
"""

from __future__ import annotations

from ..model import Briefing, Entity
from .markdown import cites, plural, source_slug, text

PAGE = "people.md"
SECTIONS = (("person", "People"), ("organization", "Organisations"), ("place", "Places"))


def pages(briefing: Briefing) -> dict[str, str]:
    return {PAGE: page(briefing)}


def anchor(entity: Entity) -> str:
    """The id of an entity's heading, so other pages can link to it."""
    return f"{entity.kind}-{source_slug(entity.name)}"


def ranked(entities, kind: str) -> list[Entity]:
    """Entities of one kind, most mentioned first."""
    return sorted((e for e in entities if e.kind == kind), key=lambda e: (-len(e.mentions), e.name))


def page(briefing: Briefing) -> str:
    lines = ["# People & organisations", ""]
    if not briefing.entities:
        lines.append("No people, organisations or places were found in these sources.")
        return "\n".join(lines) + "\n"
    lines += ["Who and what the sources name, most mentioned first. Aliases are the other "
              "names the sources use for the same one.", ""]
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
            about = []
            if e.role:
                about.append(f"<em>{text(e.role)}</em>")
            aliases = [a for a in e.aliases if a != e.name]
            if aliases:
                about.append("also " + ", ".join(f"“{text(a)}”" for a in aliases))
            about.append(plural(len(e.mentions), "mention"))
            lines += [" · ".join(about), ""]
            if e.mentions:
                lines += [f"Mentioned in: {cites(PAGE, e.mentions)}", ""]
    return "\n".join(lines) + "\n"
