"""Helpers for the renderer tests: hand-built analyses (one sentence per line), Markdown read as
MkDocs reads it, and a check that every link between generated pages reaches its anchor.
"""

from __future__ import annotations

import posixpath
import re
from datetime import date
from html.parser import HTMLParser

import markdown as pymd

from briefing.model import Analysis, Article, Paragraph, Quote, Ref, Sentence
from briefing.s7_render import markdown as md

EXTENSIONS = ["toc", "attr_list", "tables", "md_in_html", "abbr"]  # as in mkdocs.yml


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.data: list[str] = []
        self.comments: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.data.append(data)

    def handle_comment(self, data):
        self.comments.append(data)


def body(page: str) -> str:
    """A generated page without its YAML front matter (MkDocs reads that as page meta)."""
    if page.startswith("---\n"):
        return page[page.index("\n---\n", 3) + 5 :]
    return page


def meta(page: str) -> dict:
    import yaml

    assert page.startswith("---\n")
    return yaml.safe_load(page[4 : page.index("\n---\n", 3)])


def to_html(markdown_text: str) -> str:
    return pymd.markdown(body(markdown_text), extensions=EXTENSIONS)


def parse(html: str) -> _Collect:
    c = _Collect()
    c.feed(html)
    c.close()
    return c


def analysis(
    ident: str,
    lines: list[str],
    *,
    title: str = "A headline",
    title_from: str = "headline",
    published: date | None = None,
    outlet: str | None = None,
    url: str | None = None,
    quotes: tuple[Quote, ...] = (),
    roles: dict[int, str] | None = None,
) -> Analysis:
    """An article with one sentence per line (lines joined by newlines)."""
    body = "\n".join(lines)
    paragraphs, sentences, pos = [], [], 0
    for i, line in enumerate(lines):
        paragraphs.append(Paragraph(pos, pos + len(line)))
        sentences.append(Sentence(i, pos, pos + len(line), i, (roles or {}).get(i, "body")))
        pos += len(line) + 1
    art = Article(
        ident,
        f"seeds/{ident}.txt",
        body,
        tuple(paragraphs),
        title,
        title_from,
        published=published,
        published_from="front matter" if published else None,
        outlet=outlet,
        url=url,
    )
    return Analysis(art, tuple(sentences), (), (), quotes, ())


def ref(a: Analysis, sentence: int) -> Ref:
    s = a.sentences[sentence]
    return Ref(a.article.id, s.start, s.end, sentence)


def _anchors(page: str) -> set[str]:
    return set(re.findall(r'id="([^"]+)"', page)) | set(re.findall(r"\{#([\w-]+)", page))


def links_checked(pages: dict[str, str]) -> int:
    """Assert that every link between generated pages, Markdown (by path) or plain HTML (by the
    address its page is served at), reaches an existing page and anchor; the links checked."""
    served = {md._address(p): p for p in pages}
    checked = 0
    for path, page in pages.items():
        for target, anchor in re.findall(r"\]\(([^)\s#]+\.md)(?:#([^)\s\"]+))?", page):
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
            assert resolved in pages, (path, target)
            if anchor:
                assert anchor in _anchors(pages[resolved]), (path, target, anchor)
            checked += 1
        for target, anchor in re.findall(r'href="([^"#:]*)(?:#([^"]*))?"', page):
            address = posixpath.normpath(posixpath.join(md._address(path), target)) if target else md._address(path)
            address = "" if address == "." else address
            assert address in served, (path, target)
            if anchor:
                assert anchor in _anchors(pages[served[address]]), (path, target, anchor)
            checked += 1
    return checked
