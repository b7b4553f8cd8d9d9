"""The briefing as Markdown pages: one module per page family, all escaping in `markdown.text`.

`pages` maps docs-relative paths ("index.md", "sources/<slug>.md") to page text; the MkDocs
hook adds them as generated files and `scripts/extract.py --pages` writes them to a folder.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Briefing
from . import comparison, context, overview, people, quotes, sources, timeline
from .markdown import source_labels, source_page
from .tooltips import MAX_SOURCES, Glossary

# Page families in site order; each returns {path: markdown}. A new family (e.g. a
# comparison page) adds one entry here and one line to the nav in mkdocs.yml.
FAMILIES: list[Callable[[Briefing], dict[str, str]]] = [
    overview.pages,
    timeline.pages,
    quotes.pages,
    people.pages,
    context.pages,
    comparison.pages,
    sources.pages,
]


def pages(briefing: Briefing) -> dict[str, str]:
    """Every generated page of the site, by docs-relative path, each ending with the tooltips
    (abbreviation definitions) of the names it shows, on a site of a few sources."""
    out: dict[str, str] = {}
    for family in FAMILIES:
        out.update(family(briefing))
    if len(briefing.analyses) > MAX_SOURCES:
        return out
    glossary = Glossary(briefing, source_labels(briefing.analyses))
    by_page = {source_page(a.article.id): a.article.id for a in briefing.analyses}
    for path, page in out.items():
        if path in by_page:  # an article page: the names its article mentions
            extra = glossary.definitions(glossary.by_source.get(by_page[path], ()))
        else:
            extra = glossary.for_text(page)
        if extra:
            out[path] = page.rstrip("\n") + "\n" + "\n".join(extra)
    return out
