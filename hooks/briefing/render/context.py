"""The Context page: background themes, each a label over the lines behind it; a line told by
several sources is shown once, citing each of them.
"""

from __future__ import annotations

from ..model import Briefing
from .markdown import cites, text

PAGE = "context.md"


def pages(briefing: Briefing) -> dict[str, str]:
    return {PAGE: page(briefing)}


def page(briefing: Briefing) -> str:
    lines = ["# Context", ""]
    if not briefing.themes:
        lines.append("No background themes were identified in these sources.")
        return "\n".join(lines) + "\n"
    lines += ["Background the sources give, grouped by theme; every sentence links to its source.", ""]
    for theme in briefing.themes:
        lines += [f"## {text(theme.title)}", ""]
        for fact in theme.facts:
            lines.append(f"- {text(fact.text)} {cites(PAGE, fact.sources)}")
        lines.append("")
    return "\n".join(lines) + "\n"
