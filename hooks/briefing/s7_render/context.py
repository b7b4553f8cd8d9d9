"""The Context page: background themes, each a label over the lines behind it; a line told by
several sources is shown once, citing each of them, and a line only one source tells says so.
"""

from __future__ import annotations

from collections.abc import Mapping

from briefing.model import Briefing, Fact
from briefing.s7_render import split
from briefing.s7_render.markdown import carried, cites, front_matter, plural, source_labels, text
from briefing.s7_render.split import Part

PAGE = "context.md"
INTRO = "Background the sources give, grouped by theme; every sentence links to its source."


def pages(briefing: Briefing) -> dict[str, str]:
    found = parts(briefing)
    if found is None:
        return {PAGE: page(briefing)}
    labels = source_labels(briefing.analyses)
    out = {PAGE: index_page(briefing, found)}
    for n, part in enumerate(found):
        out[part.path] = part_page(briefing, found, n, labels)
    return out


def ordered(briefing: Briefing) -> list[tuple[str, str, Fact]]:
    """Every line shown, with its anchor on this page ("c1", ...) and its theme's title.

    A long Context shows at most a page of lines per theme, those told by most sources
    first: past that, "other background" is most of the articles' text again, which the
    Sources pages already show in order."""
    cap = _cap(briefing)
    out, n = [], 0
    for theme in briefing.themes:
        facts = theme.facts
        if len(facts) > cap:
            facts = sorted(facts, key=lambda f: -len({r.source for r in f.sources}))[:cap]
        for fact in facts:
            n += 1
            out.append((f"c{n}", theme.title, fact))
    return out


def _cap(briefing: Briefing) -> int:
    """Lines shown per theme: all of them on a Context that fits on one page."""
    total = sum(len(t.facts) for t in briefing.themes)
    return total if total <= split.CONTEXT_LINES else split.CONTEXT_LINES


def left_out(briefing: Briefing) -> dict[str, int]:
    """Lines of each theme not shown, by theme title."""
    cap = _cap(briefing)
    return {t.title: len(t.facts) - cap for t in briefing.themes if len(t.facts) > cap}


def parts(briefing: Briefing) -> list[Part[tuple[str, str, Fact]]] | None:
    """The pages of a long Context (whole themes, consecutive), or None when it fits on one."""
    lines = ordered(briefing)
    if len(lines) <= split.CONTEXT_LINES:
        return None
    themes: dict[str, list[tuple[str, str, Fact]]] = {}
    for line in lines:
        themes.setdefault(line[1], []).append(line)
    return split.pack("context", list(themes.items()), split.CONTEXT_LINES)


def placed(briefing: Briefing) -> list[tuple[str, str, Fact, str]]:
    """Every line with its anchor, its theme and the page it is on."""
    found = parts(briefing)
    if found is None:
        return [(anchor, title, fact, PAGE) for anchor, title, fact in ordered(briefing)]
    return [
        (anchor, title, fact, part.path) for part in found for _, group in part.groups for anchor, title, fact in group
    ]


def _description(briefing: Briefing) -> str:
    return (
        f"Background of the briefing: {plural(len(briefing.themes), 'theme')}"
        + (f" ({', '.join(t.title for t in briefing.themes[:5])})" if briefing.themes else "")
        + ", every line linked to its source sentence."
    )


def page(briefing: Briefing) -> str:
    lines = front_matter(_description(briefing), search=False) + ["# Context", ""]
    if not briefing.themes:
        lines.append("No background themes were identified in these sources.")
        return "\n".join(lines) + "\n"
    labels = source_labels(briefing.analyses)
    lines += [INTRO, ""]
    lines += _body(ordered(briefing), labels, len(briefing.analyses), PAGE)
    return "\n".join(lines) + "\n"


def index_page(briefing: Briefing, found: list[Part]) -> str:
    lines = front_matter(_description(briefing)) + [
        "# Context",
        "",
        INTRO,
        "There is a lot of it, so it is split into pages by theme:",
        "",
    ]
    lines += split.contents(found, PAGE, "line")
    return "\n".join(lines) + "\n\n"


def part_page(briefing: Briefing, found: list[Part], n: int, labels: Mapping[str, str]) -> str:
    part = found[n]
    here = part.path
    nav = split.neighbours(found, n, PAGE, "All of the context")
    lines = front_matter(
        f"Context, {part.label}: {plural(part.count, 'line')}, each linked to its source sentence.", search=False
    )
    lines += [f"# Context: {text(part.label)}", "", nav, ""]
    lines += _body(
        [line for _, group in part.groups for line in group], labels, len(briefing.analyses), here, left_out(briefing)
    )
    return "\n".join(lines) + "\n"


def _body(
    lines_: list[tuple[str, str, Fact]],
    labels: Mapping[str, str],
    total: int,
    here: str,
    more: Mapping[str, int] | None = None,
) -> list[str]:
    # Theme headings in Markdown (they make the page's table of contents), the lines in plain
    # HTML, which Markdown passes through.
    themes: dict[str, list[tuple[str, Fact]]] = {}
    for anchor, title, fact in lines_:
        themes.setdefault(title, []).append((anchor, fact))
    lines: list[str] = []
    for title, group in themes.items():
        lines += [f"## {text(title)}", "", "<ul>"]
        for anchor, fact in group:
            badge = carried(fact.sources, labels, total)
            lines.append(
                f'<li><span class="briefing-line" id="{anchor}">{text(fact.text)}</span> '
                + (f"{badge} " if badge else "")
                + cites(here, fact.sources, labels, html=True)
                + "</li>"
            )
        lines += ["</ul>", ""]
        if (more or {}).get(title):
            lines += [
                f"… and {plural(more[title], 'more line')} of this theme, those told by the fewest "
                "sources, not shown here: they are in the articles' text on the Sources pages.",
                "",
            ]
    return lines
