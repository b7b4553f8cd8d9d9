"""Tests for the Comparison page: its sections, escaping of article text in messages and
matrix rows, and links that land on existing source pages and sentence anchors."""

from __future__ import annotations

import posixpath
import re
from datetime import date

from briefing import s7_render as render
from briefing.model import Analysis, Article, Briefing, Timex
from briefing.s1_read import load, sentences
from briefing.s6_compare import agreement, align, discrepancies, quotegroups
from briefing.s7_render import comparison

STORY = (
    "Northrop Grumman and EADS defeated Boeing for a tanker contract with the United States Air Force.\n"
    "Boeing said it would protest the decision of the Air Force to the Government Accountability Office.\n"
    "The tankers will be assembled at a new plant in Mobile, Alabama.\n"
)


def make(ident: str, body: str, dates=()) -> Analysis:
    article = Article(
        ident,
        f"{ident}.txt",
        body,
        load.find_paragraphs(body),
        f"Title of {ident}",
        "file name",
        published=date(2008, 3, 10),
    )
    found = []
    for text, value in dates:
        start = body.index(text)
        found.append(Timex(start, start + len(text), text, "DATE", value))
    return Analysis(article, sentences.split(article), tuple(found), (), (), ())


def briefing(*analyses: Analysis) -> Briefing:
    alignment = align.align(analyses)
    items, conflicts = quotegroups.group(analyses, alignment)
    return Briefing(
        analyses=analyses,
        timeline=(),
        quotes=tuple(items),
        entities=(),
        discrepancies=tuple(discrepancies.find(analyses, alignment, items, conflicts)),
        facts=tuple(agreement.facts(alignment)),
    )


def two_sources() -> Briefing:
    a = make(
        "a",
        STORY + "The contract was awarded on February 29, 2008 to <b>them</b> | *all*.\n",
        dates=[("February 29, 2008", "2008-02-29")],
    )
    b = make(
        "b",
        STORY + "The contract was awarded on February 28, 2008 to <b>them</b> | *all*.\n"
        "Senators from Washington state criticised the award.\n",
        dates=[("February 28, 2008", "2008-02-28")],
    )
    return briefing(a, b)


def test_page_lists_matrix_discrepancies_and_summaries():
    page = comparison.page(two_sources())
    assert "\n# Comparison\n" in page and page.startswith("---\ndescription: ")
    assert "## Discrepancies" in page and "### Contradictions" in page
    assert "## Coverage" in page and "## Per source" in page
    assert "| Fact | " in page and "✓" in page and "—" in page
    assert "Only in b" in page and "Senators from Washington" in page


def test_article_text_is_escaped():
    page = comparison.page(two_sources())
    assert "<b>them</b>" not in page and "*all*" not in page
    # The only raw "|" are the table's own: every matrix row has one cell per source plus the fact.
    for line in page.splitlines():
        if line.startswith("| ") and "---" not in line:
            assert line.count("|") == 4


def test_links_land_on_pages_and_sentences():
    b = two_sources()
    pages = render.pages(b)
    assert comparison.PAGE in pages
    anchors = {}
    for a in b.analyses:
        for path, page in pages.items():
            if 'id="s1"' in page and a.article.title in page:
                anchors[path] = set(re.findall(r'id="(s\d+)"', page))
    targets = re.findall(r"\]\(([^)\s]+)", pages[comparison.PAGE])
    assert targets
    for target in targets:
        path, _, anchor = target.partition("#")
        resolved = posixpath.normpath(posixpath.join(posixpath.dirname(comparison.PAGE), path))
        assert resolved in pages, target
        if anchor:
            assert anchor in anchors[resolved], target


def test_single_source_says_comparison_needs_two():
    page = comparison.page(briefing(make("a", STORY)))
    assert "at least two sources" in page


def test_many_sources_summarised_on_pages_of_their_own():
    from briefing.s7_render import split

    many = briefing(
        *(make(f"s{n:03d}", STORY.replace("Mobile", f"Town{n}")) for n in range(comparison.HEADED_SOURCES + 10))
    )
    pages = comparison.pages(many)
    parts = sorted(p for p in pages if p.startswith("comparison/"))
    assert parts and sum(pages[p].count('<p class="briefing-summary-title">') for p in parts) == len(many.analyses)
    main = pages["comparison.md"]
    assert "### [" not in main and all(f"({p})" in main for p in parts)
    for path in parts:
        assert 0 < pages[path].count('<p class="briefing-summary-title">') <= split.SUMMARIES
        assert all(t.startswith("../../sources/") for t in re.findall(r'<strong><a href="([^"]+)"', pages[path]))
        for target in re.findall(r"\]\(([^)\s#]+\.md)", pages[path]):
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
            assert resolved == "comparison.md" or resolved.startswith(("comparison/", "sources/")), target
