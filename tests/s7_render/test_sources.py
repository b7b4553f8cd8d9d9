"""Tests for the Sources pages: each article on a page of its own at any size (a link to a
sentence opens its article alone), the articles listed by publication date, on pages of their
own when there are many, and every link to a sentence reaching its anchor.
"""

from __future__ import annotations

import dataclasses
import posixpath
import re
from datetime import date

from rendering import analysis, links_checked, ref, to_html

from briefing import s7_render as render
from briefing.model import Briefing, Copy, Entity, QuoteItem, TimelineItem
from briefing.s7_render import markdown as md
from briefing.s7_render import sources as sources_page
from briefing.s7_render import split


def _many(n: int) -> Briefing:
    """n articles of three sentences: 200 in 2020, 40 a month, then 2021; the last 5 undated."""
    arts = [
        analysis(
            f"art-{i:03d}",
            [f"Article {i} opens.", f"It goes on {i}.", f"It ends {i}."],
            title=f"Story {i}",
            published=date(2020 + i // 200, 1 + i % 200 // 40, 1 + i % 28) if i < n - 5 else None,
            outlet=f"Outlet {i % 3}",
        )
        for i in range(n)
    ]
    timeline = tuple(TimelineItem("2020-01-02", f"Article {i} opens.", (ref(a, 0),)) for i, a in enumerate(arts))
    quotes = tuple(QuoteItem(f"goes on {i}", "Some One", (ref(a, 1),)) for i, a in enumerate(arts))
    people = (Entity("Some One", "person", (), None, tuple(ref(a, 1) for a in arts)),)
    return Briefing(analyses=tuple(arts), timeline=timeline, quotes=quotes, entities=people)


def test_every_article_has_a_page_of_its_own_at_any_size():
    briefing = _many(split.SOURCES + 60)
    pages = render.pages(briefing)
    for a in briefing.analyses:
        page = pages[md.source_page(a.article.id)]
        assert page.count('<div class="briefing-article">') == 1
        assert f'id="s1">{a.article.body.splitlines()[0]}<' in page
    assert links_checked(pages) > 500
    # The timeline cites the first sentence of article 3 at its anchor on that article's page.
    timeline = "".join(page for path, page in pages.items() if path.startswith("timeline"))
    assert re.search(r'href="\.\./\.\./sources/art-003/#s1"[^>]*>s1</a>', timeline)


def test_a_long_list_of_sources_is_split_by_year_in_order_of_publication():
    briefing = _many(split.SOURCES + 60)  # 200 in 2020, 5 in 2021, 5 undated
    pages = render.pages(briefing)
    lists = sorted(p for p in pages if p.startswith(sources_page.FOLDER + "/"))
    assert [posixpath.basename(p) for p in lists] == ["2020-part-1.md", "2020-part-2.md", "2021.md"]
    index = pages[sources_page.INDEX]
    assert index.count("](list/") == 3 and "<li>" not in index
    listed = []
    for path in lists:
        found = re.findall(r">Story (\d+)</a>", pages[path])
        assert len(found) <= split.SOURCES
        listed += [int(n) for n in found]
    # Every article once, by publication date, the undated last.
    assert sorted(listed) == list(range(len(briefing.analyses)))
    dated = listed[:-5]
    assert dated == sorted(dated, key=lambda i: briefing.analyses[i].article.published)
    assert set(listed[-5:]) == set(range(len(briefing.analyses) - 5, len(briefing.analyses)))


def test_a_short_list_of_sources_stays_on_the_sources_page():
    briefing = _many(12)
    pages = render.pages(briefing)
    assert not any(p.startswith(sources_page.FOLDER + "/") for p in pages)
    index = pages[sources_page.INDEX]
    assert index.count("<li>") == 12 and "Outlet 1" in index and "published 2 January 2020" in index


def test_an_article_page_shows_its_particulars_as_text():
    hostile = analysis(
        "evil",
        ["<script>alert(1)</script> opens."],
        title="<b>Bold</b> [x](javascript:1)",
        outlet="<i>Outlet</i>",
        url="javascript:alert(1)",
        published=date(2020, 1, 1),
    )
    pages = render.pages(Briefing(analyses=(hostile,), timeline=(), quotes=(), entities=()))
    for path in (md.source_page("evil"), sources_page.INDEX):
        html = to_html(pages[path])
        assert "<script>" not in html and "<b>" not in html and "<i>" not in html, path
        assert 'href="javascript' not in html, path
    assert "not a web address" in to_html(pages[md.source_page("evil")])


def test_a_long_article_goes_on_over_pages_and_links_reach_each_sentence_on_its_page():
    paragraph = " ".join(f"Sentence {i} of a very long report goes on about the tankers." for i in range(40))
    lines = [f"{paragraph} End of paragraph {n}." for n in range(20)]  # about 50,000 characters
    long = analysis("long", lines, title="A long report")
    timeline = tuple(TimelineItem("2020-01-02", f"End of paragraph {n}.", (ref(long, n),)) for n in range(20))
    briefing = Briefing(analyses=(long,), timeline=timeline, quotes=(), entities=())
    pages = render.pages(briefing)
    parts = [md.source_page("long")] + sorted(p for p in pages if p.startswith("sources/long/"))
    assert len(parts) >= 3 and parts[1] == "sources/long/2.md"
    # Every sentence on exactly one page, in order; the pages cut between paragraphs.
    anchors = [re.findall(r'<span class="sentence" id="(s\d+)">', pages[p]) for p in parts]
    assert [a for found in anchors for a in found] == [f"s{i + 1}" for i in range(20)]
    for path in parts:
        assert len(re.sub(r"<[^>]+>", "", pages[path])) < 2 * sources_page.ARTICLE_PART, path
    # A citation of the last sentence opens the last page at its anchor; all links resolve.
    assert re.search(rf'href="\.\./sources/long/{len(parts)}/#s20"', pages["timeline.md"])
    assert links_checked(pages) > 20
    assert "Part 2 of" in pages[parts[1]] and "[Part 2 →](long/2.md#text)" in pages[parts[0]]
    # Rendering leaves no state behind: afterwards the article is one page again.
    assert md.sentence_page("long", 19) == "sources/long.md"


def test_an_article_found_twice_says_where_else_it_was_published():
    briefing = _many(3)
    copies = (
        Copy("art-000", "wire/copy.txt", "Story 0", "<b>Wire</b>", None, None, 1.0),
        Copy("art-000", "saved/story (1).txt", "Story 0", None, None, None, 0.93),
    )
    pages = render.pages(dataclasses.replace(briefing, copies=copies))
    html = to_html(pages["sources/art-000.md"])
    assert "Also published in:" in html and "<b>Wire</b>" not in html
    assert (
        "wire/copy.txt), the same text" in html
        and "saved/story (1).txt, the same text with small edits (93% alike)" in html
    )
    assert "Also published in" not in to_html(pages["sources/art-001.md"])
