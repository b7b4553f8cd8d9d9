"""The briefing as Markdown pages: one module per page family, all escaping in `markdown.text`.

`pages` maps docs-relative paths ("index.md", "sources/<slug>.md") to page text; the MkDocs
hook adds them as generated files and `scripts/extract.py --pages` writes them to a folder.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing import collector
from briefing.model import Briefing
from briefing.s7_render import comparison, context, overview, people, quotes, sources, timeline
from briefing.s7_render.markdown import NAMES as NAMES
from briefing.s7_render.markdown import place_articles, source_labels, source_page
from briefing.s7_render.tooltips import MAX_SOURCES, MAX_TERMS, Glossary

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
    with collector.paused():  # strings and small lists, no cycles
        return _pages(briefing)


def _pages(briefing: Briefing) -> dict[str, str]:
    out: dict[str, str] = {}
    # Links to a sentence depend on which page of its article holds it: decided once, for
    # every family.
    place_articles(sources.placement(briefing))
    try:
        for family in FAMILIES:
            out.update(family(briefing))
    finally:
        place_articles({})
    if len(briefing.analyses) > MAX_SOURCES:
        return out
    glossary = Glossary(briefing, source_labels(briefing.analyses))
    by_page = {
        source_page(a.article.id, n + 1): a.article.id
        for a in briefing.analyses
        for n in range(len(sources.part_starts(a)) + 1)
    }
    for path, page in out.items():
        if path in by_page:  # an article page: the names its article mentions
            terms = list(dict.fromkeys(glossary.by_source.get(by_page[path], ())))[:MAX_TERMS]
        else:
            terms = glossary.terms_in(page)
        # Markdown text gets its tooltips from the definitions, plain HTML from <abbr> tags.
        extra = glossary.definitions(terms)
        if extra:
            out[path] = glossary.wrap(page, terms).rstrip("\n") + "\n" + "\n".join(extra)
    return out


# Plain-HTML blocks the renderers write, by their first line, and the line that closes each.
# A paragraph ("<p ...>...</p>") is a block of one line.
_BLOCKS = (
    ("<ul>", "</ul>"),
    ("<ul data-search-exclude>", "</ul>"),
    ('<div class="briefing-quote"', "</div>"),
    ('<div class="briefing-article"', "</div>"),
    ('<div class="briefing-timeline">', "</div>"),
    ('<div class="briefing-names">', "</div>"),
    ('<div class="briefing-summaries">', "</div>"),
    ('<p class="briefing-about">', "</p>"),
    ('<p class="briefing-mentions">', "</p>"),
    ('<p class="briefing-name"', "</p>"),
    ('<p class="briefing-speakers">', "</p>"),
)
_OPENS = re.compile("|".join(re.escape(start) for start, _ in _BLOCKS))
_CLOSES = dict(_BLOCKS)
_ID = re.compile(r' id="([^"]+)"')  # every id the renderers write follows a space


def lift(pages_: dict[str, str]) -> tuple[dict[str, str], dict[str, list[tuple[str, str, tuple[str, ...]]]]]:
    """The pages with each block of plain HTML replaced by a placeholder paragraph, and the
    blocks by page: (placeholder, HTML, the ids in it).

    Python-Markdown passes such blocks through but still parses every tag of them, twice; a
    site of hundreds of articles spends most of its build there. The MkDocs hook puts the
    blocks back into each page's HTML. A placeholder holds "~", which `markdown.text` never
    leaves in article text, so no article can forge one.
    """
    out: dict[str, str] = {}
    blocks: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {}
    for path, page in pages_.items():
        lines = page.split("\n")
        kept: list[str] = []
        own: list[tuple[str, list[str]]] = []  # placeholder, the lines of its blocks
        i = 0
        joinable = False  # only blank lines since a block the next one may join
        while i < len(lines):
            line = lines[i]
            opened = _OPENS.match(line)
            if opened is None:
                kept.append(line)
                joinable = joinable and not line
                i += 1
                continue
            end = _CLOSES[opened.group()]
            if end == "</p>":
                j = i  # a paragraph may close on its own line
                while j < len(lines) and not lines[j].endswith(end):
                    j += 1
            else:
                try:
                    j = lines.index(end, i + 1)
                except ValueError:
                    j = len(lines)
            searched = not line.startswith(_UNSEARCHED)
            if joinable and searched:
                # Blocks with only blank lines between share one placeholder: Markdown writes
                # two paragraphs one newline apart, so the HTML is the same, and each
                # placeholder costs Markdown a paragraph (thousands at 500 articles).
                own[-1][1].extend(lines[i : j + 1])
            else:
                # No word character in it: the `abbr` extension can never take part of it for a name.
                key = "~" + format(len(own) + 1, "b").replace("0", "¤").replace("1", "¦") + "~"
                own.append((key, lines[i : j + 1]))
                kept += ["", key, ""]
            # A block the search view leaves out stays alone (`put_back` drops it whole).
            joinable = searched
            i = j + 1
        if own:
            blocks[path] = [(key, html, tuple(_ID.findall(html))) for key, found in own for html in ["\n".join(found)]]
        out[path] = "\n".join(kept)
    return out, blocks


# A placeholder paragraph of `lift`, as Markdown leaves it in the HTML.
_PLACEHOLDER = re.compile(r"<p>(~[¤¦]+~)</p>")
# Blocks the search index leaves out anyway: a "cited on" list repeats its article's text.
_UNSEARCHED = "<ul data-search-exclude>"
# A sentence of an article's text (`sources.body_paragraphs`): the index keeps its words, not
# its tag, and parsing a tag per sentence was a third of the time spent indexing a large site.
# Its words, escaped, never hold "<" nor start or end with a space, and one space parts it from
# the next, so the index keeps the same text without the tags. Not so beside a sentence of no
# words (two spaces would meet, which the index reads as one): a block holding one is kept whole.
_SENTENCE = re.compile(r'<span class="sentence[^"]*" id="[^"]*">([^<]+)</span>')
_WORDLESS = re.compile(r'<span class="sentence[^"]*" id="[^"]*"></span>')
_SENTENCE_MARK = '<span class="sentence'


def put_back(
    html: str, blocks: list[tuple[str, str, tuple[str, ...]]], for_search: bool = False, names_only: bool = False
) -> str:
    """The HTML Markdown made of a lifted page, with its blocks back in their places.

    `for_search`: as a search plugin needs it, which indexes the same text: without the blocks
    it would leave out anyway and without the sentences' tags. `names_only`: without any of
    the blocks, for a page indexed by its headings and Markdown text (`markdown.NAMES`)."""
    if names_only:
        by_key = {key: "" for key, _, _ in blocks}
    elif for_search:
        by_key = {key: _searched(block) for key, block, _ in blocks}
    else:
        by_key = {key: block for key, block, _ in blocks}
    return _PLACEHOLDER.sub(lambda m: by_key[m[1]], html)


def _searched(block: str) -> str:
    if block.startswith(_UNSEARCHED):
        return ""
    if _SENTENCE_MARK not in block or _WORDLESS.search(block):
        return block
    return _SENTENCE.sub(r"\1", block)


def searched_apart(blocks: list[tuple[str, str, tuple[str, ...]]]) -> bool:
    """Whether the search view of a page differs from its HTML (see `put_back`)."""
    return any(block.startswith(_UNSEARCHED) or _SENTENCE_MARK in block for _, block, _ in blocks)
