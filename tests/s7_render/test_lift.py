"""Tests for `render.lift` and `render.put_back`: plain-HTML blocks taken out of the pages for
Markdown and put back after it, for readers and, without what it would not index, for search.
"""

from __future__ import annotations

import dataclasses
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from rendering import analysis, ref, to_html

from briefing import s7_render as render
from briefing.model import Analysis, Background, Briefing, Paragraph, TimelineItem
from briefing.s7_render import markdown as md


def test_lift_takes_plain_html_out_of_markdown_and_gives_it_back(briefing):
    pages = render.pages(briefing)
    lifted, blocks = render.lift(pages)
    assert set(lifted) == set(pages) and blocks
    for path, page in pages.items():
        html = to_html(lifted[path])
        for key, block, ids in blocks.get(path, ()):
            assert html.count(f"<p>{key}</p>") == 1 and key not in block
            assert set(ids) == set(re.findall(r'id="([^"]+)"', block))
            html = html.replace(f"<p>{key}</p>", block)
        assert "~" not in html
        assert " ".join(html.split()) == " ".join(to_html(page).split()), path
    # Article text can never forge a placeholder: "~" is always escaped.
    assert "~" not in md.text("~¦¤~")


def test_lift_gives_blocks_with_only_blank_lines_between_one_placeholder():
    page = (
        '# Title\n\n<ul>\n<li>one</li>\n</ul>\n\n\n<ul>\n<li id="x">two</li>\n</ul>\n'
        '<p class="briefing-about">three</p>\n\nSome text.\n\n<ul>\n<li>four</li>\n</ul>\n\n'
        "<ul data-search-exclude>\n<li>five</li>\n</ul>\n"
    )
    lifted, blocks = render.lift({"p.md": page})
    found = blocks["p.md"]
    assert [html for _, html, _ in found] == [
        '<ul>\n<li>one</li>\n</ul>\n<ul>\n<li id="x">two</li>\n</ul>\n<p class="briefing-about">three</p>',
        "<ul>\n<li>four</li>\n</ul>",
        "<ul data-search-exclude>\n<li>five</li>\n</ul>",  # the search view drops it alone
    ]
    assert found[0][2] == ("x",)
    html = to_html(lifted["p.md"])
    assert html.count("<p>~") == 3
    # What one placeholder per block gave: the blocks one newline apart.
    whole = (
        '<h1 id="title">Title</h1>\n<ul>\n<li>one</li>\n</ul>\n<ul>\n<li id="x">two</li>\n</ul>\n'
        '<p class="briefing-about">three</p>\n<p>Some text.</p>\n<ul>\n<li>four</li>\n</ul>\n'
    )
    assert render.put_back(html, found) == whole + "<ul data-search-exclude>\n<li>five</li>\n</ul>"
    assert render.put_back(html, found, for_search=True) == whole


def _indexed(html: str) -> list[tuple[str | None, str, str]]:
    """The sections Material's search plugin makes of a page: (id, title, text)."""
    from material.plugins.search.plugin import Parser

    parser = Parser()
    parser.feed(html)
    parser.close()
    return [(s.id, "".join(s.title).strip(), "".join(s.text).strip()) for s in parser.data if not s.is_excluded()]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(st.sampled_from(list("ab <>&;\"' \t\x02\xa0’“\\*_#-1.")), max_size=12), min_size=1, max_size=6))
def test_the_search_view_of_an_article_indexes_the_same_text(lines):
    # Sentences of spaces or control characters only, hostile marks, odd spacing included, and
    # all in one paragraph, with the sentence that has words last.
    parts = lines + ["The summit opened on June 4, 2000."]
    one = analysis("one", parts)
    paragraph = (Paragraph(0, len(one.article.body)),)
    one = Analysis(
        dataclasses.replace(one.article, paragraphs=paragraph),
        tuple(dataclasses.replace(x, paragraph=0) for x in one.sentences),
        (),
        (),
        (),
        (),
    )
    two = analysis("two", ["The summit opened on June 4, 2000."])
    two_sources = Briefing(
        analyses=(one, two),
        timeline=(),
        quotes=(),
        entities=(),
        background=Background(
            (TimelineItem("2000-06-04", "The summit opened on June 4, 2000.", (ref(one, len(lines)), ref(two, 0))),)
        ),
    )
    lifted, blocks = render.lift(render.pages(two_sources))
    html = to_html(lifted["sources/one.md"])
    found = blocks["sources/one.md"]
    assert render.searched_apart(found)
    searched = render.put_back(html, found, for_search=True)
    assert f'id="s{len(lines) + 1}">The summit' in render.put_back(html, found)
    if all(md.text(line) for line in lines):  # else the text is indexed as it stands
        assert f'id="s{len(lines) + 1}"' not in searched and "The summit opened on June 4, 2000.</p>" in searched
    assert _indexed(searched) == _indexed(render.put_back(html, found))
