"""Tests for the Sources pages of a large briefing: articles share pages (a month's articles,
at most a page's worth), and every link to a sentence still reaches its anchor.
"""

from __future__ import annotations

import posixpath
import re
from datetime import date

from rendering import analysis, links_checked, ref, to_html

from briefing import s7_render as render
from briefing.model import Briefing, Entity, QuoteItem, TimelineItem
from briefing.s7_render import markdown as md
from briefing.s7_render import sources as sources_page


def _many(n: int) -> Briefing:
    """n articles of three sentences: 40 a month from January 2020 on, the last 5 undated."""
    arts = [
        analysis(
            f"art-{i:03d}",
            [f"Article {i} opens.", f"It goes on {i}.", f"It ends {i}."],
            title=f"Story {i}",
            published=date(2020, 1 + i // 40, 1 + i % 28) if i < n - 5 else None,
            outlet=f"Outlet {i % 3}",
        )
        for i in range(n)
    ]
    timeline = tuple(TimelineItem("2020-01-02", f"Article {i} opens.", (ref(a, 0),)) for i, a in enumerate(arts))
    quotes = tuple(QuoteItem(f"goes on {i}", "Some One", (ref(a, 1),)) for i, a in enumerate(arts))
    people = (Entity("Some One", "person", (), None, tuple(ref(a, 1) for a in arts)),)
    return Briefing(analyses=tuple(arts), timeline=timeline, quotes=quotes, entities=people)


def test_a_large_briefing_puts_a_months_articles_on_shared_pages():
    briefing = _many(sources_page.SHARE_PAST + 30)
    pages = render.pages(briefing)
    shared = sorted(p for p in pages if p.startswith("sources/") and p != sources_page.INDEX)
    # 80 articles: 40 in January and 35 in February, each month cut in two pages; 5 undated.
    assert [posixpath.basename(p) for p in shared] == [
        "february-2020-part-1.md",
        "february-2020-part-2.md",
        "january-2020-part-1.md",
        "january-2020-part-2.md",
        "undated.md",
    ]
    for path in shared:
        page = pages[path]
        assert page.count('<div class="briefing-article">') <= sources_page.SHARED_PAGE
        ids = re.findall(r'id="([^"]+)"', page)
        assert len(ids) == len(set(ids)), path  # sentence anchors never collide on a page
    # Every article is on exactly one page, once, in order of publication, undated last.
    for a in briefing.analyses:
        holding = [p for p in shared if f">{a.article.body.splitlines()[0]}<" in pages[p]]
        assert len(holding) == 1, a.article.id
    assert "Article 79 opens." in pages["sources/undated.md"]
    january = pages["sources/january-2020-part-1.md"]
    assert january.index("Story 0 ") < january.index("Story 1 ")


def test_every_link_to_a_sentence_reaches_its_anchor_on_a_shared_page():
    pages = render.pages(_many(sources_page.SHARE_PAST + 30))
    assert links_checked(pages) > 500
    # The timeline cites the first sentence of article 3 at its anchor on January's first page.
    third = re.search(
        r'href="([^"]*january-2020-part-1/#(a\d+-s1))"[^>]*>s1</a>',
        pages.get("timeline.md", ""),
    )
    assert third, "timeline links to a sentence on a shared page"
    assert f'id="{third.group(2)}"' in pages["sources/january-2020-part-1.md"]


def test_a_small_briefing_keeps_one_page_per_article_and_rendering_leaves_no_state():
    small = _many(sources_page.SHARE_PAST)
    pages = render.pages(small)
    assert all(md.source_page(a.article.id) in pages for a in small.analyses)
    assert 'id="s1"' in pages["sources/art-000.md"]
    render.pages(_many(sources_page.SHARE_PAST + 1))
    # Shared pages are decided per rendering: afterwards an article has its own page again.
    assert md.source_page("art-000") == "sources/art-000.md" and md.article_anchor("art-000") is None


def test_a_shared_page_shows_each_articles_particulars_as_text():
    briefing = _many(sources_page.SHARE_PAST + 1)
    hostile = analysis(
        "evil",
        ["<script>alert(1)</script> opens."],
        title="<b>Bold</b> [x](javascript:1)",
        outlet="<i>Outlet</i>",
        url="javascript:alert(1)",
        published=date(2020, 1, 1),
    )
    briefing = Briefing(analyses=(*briefing.analyses, hostile), timeline=(), quotes=(), entities=())
    pages = render.pages(briefing)
    page = next(
        p for path, p in pages.items() if path.startswith("sources/") and path != sources_page.INDEX and "evil" in p
    )
    html = to_html(page)
    assert "<script>" not in html and "<b>" not in html and "<i>" not in html
    assert 'href="javascript' not in html and "not a web address" in html
