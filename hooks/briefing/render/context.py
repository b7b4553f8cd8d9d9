"""The Context page: background themes, each a label over the lines behind it; a line told by
several sources is shown once, citing each of them, and a line only one source tells says so.
"""

from __future__ import annotations

from ..model import Briefing, Fact
from .markdown import carried, cites, front_matter, plural, source_labels, text

PAGE = "context.md"


def pages(briefing: Briefing) -> dict[str, str]:
    return {PAGE: page(briefing)}


def ordered(briefing: Briefing) -> list[tuple[str, str, Fact]]:
    """Every line with its anchor on this page ("c1", ...) and its theme's title."""
    out, n = [], 0
    for theme in briefing.themes:
        for fact in theme.facts:
            n += 1
            out.append((f"c{n}", theme.title, fact))
    return out


def page(briefing: Briefing) -> str:
    lines = front_matter(f"Background of the briefing: {plural(len(briefing.themes), 'theme')}"
                         + (f" ({', '.join(t.title for t in briefing.themes[:5])})" if briefing.themes else "")
                         + ", every line linked to its source sentence.") + ["# Context", ""]
    if not briefing.themes:
        lines.append("No background themes were identified in these sources.")
        return "\n".join(lines) + "\n"
    labels = source_labels(briefing.analyses)
    total = len(briefing.analyses)
    lines += ["Background the sources give, grouped by theme; every sentence links to its source.", ""]
    theme = None
    for anchor, title, fact in ordered(briefing):
        if title != theme:
            if theme is not None:
                lines.append("")
            theme = title
            lines += [f"## {text(title)}", ""]
        badge = carried(fact.sources, labels, total)
        lines.append(f'- <span class="briefing-line" id="{anchor}">{text(fact.text)}</span> '
                     + (f"{badge} " if badge else "") + cites(PAGE, fact.sources, labels))
    lines.append("")
    return "\n".join(lines) + "\n"
