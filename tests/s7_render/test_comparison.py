"""Tests for the Comparison page: its sections, escaping of article text in messages and
matrix rows, and links that land on existing source pages and sentence anchors."""

from __future__ import annotations

import dataclasses
import html
import posixpath
import re
from datetime import date

from rendering import links_checked

from briefing import s7_render as render
from briefing.model import Analysis, Article, Briefing, Claim, Discrepancy, Omitted, Ref, Timex
from briefing.s1_read import load, sentences
from briefing.s6_compare import agreement, align, discrepancies, quotegroups
from briefing.s7_render import comparison
from briefing.s7_render.markdown import source_labels

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
    facts = tuple(agreement.facts(alignment))
    stories = agreement.same_story(facts, analyses)
    return Briefing(
        analyses=analyses,
        timeline=(),
        quotes=tuple(items),
        entities=(),
        discrepancies=tuple(discrepancies.find(analyses, alignment, items, stories, conflicts)),
        facts=facts,
        stories=tuple(sorted(stories)),
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
    assert re.search(r"Only in <span [^>]*>10 March 2008: Title of b</span>:", page)
    assert "Senators from Washington" in page


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


def _outlets(**outlets: str) -> tuple[Briefing, dict[str, str]]:
    """Two bare sources with these outlets, and their labels as the pages show them."""
    found = []
    for ident, outlet in outlets.items():
        a = make(ident, "A sentence.\n")
        found.append(Analysis(dataclasses.replace(a.article, outlet=outlet), *dataclasses.astuple(a)[1:]))
    b = Briefing(tuple(found), (), (), ())
    return b, source_labels(b.analyses)


def said(d: Discrepancy, b: Briefing, labels) -> str:
    """A discrepancy as the page words it, read as text (the sources' badges as their names)."""
    return html.unescape(re.sub(r"<[^>]+>", "", comparison.said(d, b, labels)))


def test_discrepancies_are_worded_with_source_names_and_the_sites_dates():
    b, labels = _outlets(a="Wire One", b="Paper Two")
    assert labels == {"a": "Wire One, 10 March 2008", "b": "Paper Two, 10 March 2008"}
    ra, rb = Ref("a", 0, 11, 0), Ref("b", 0, 11, 0)
    dates = Discrepancy(
        "contradiction",
        "date",
        (ra, rb),
        (Claim("a", "on Friday", "2008-02-29"), Claim("b", "February 28, 2008", "2008-02-28")),
    )
    worded = comparison.said(dates, b, labels)
    assert worded.startswith('<span class="briefing-source" title="Wire One · a · published 10 March 2008">')
    assert said(dates, b, labels) == (
        "Wire One, 10 March 2008 dates this 29 February 2008 (“on Friday”); "
        "Paper Two, 10 March 2008 dates it 28 February 2008 (“February 28, 2008”)."
    )
    amounts = Discrepancy(
        "contradiction",
        "amount",
        (ra, rb),
        (Claim("a", "$40 billion"), Claim("a", "179 tankers"), Claim("b", "$35 billion")),
    )
    assert (
        said(amounts, b, labels)
        == "Wire One, 10 March 2008 gives “$40 billion”, “179 tankers” where Paper Two, 10 March 2008 gives “$35 billion”."
    )
    speaker = Discrepancy(
        "contradiction",
        "speaker",
        (ra, rb),
        (Claim("a", "Jim Lee"), Claim("b", "Ann Ray")),
        subject="one two three four five six seven eight nine ten eleven",
    )
    assert said(speaker, b, labels) == (
        "Wire One, 10 March 2008 gives the quote “one two three four five six seven eight nine ten…” to Jim Lee; "
        "Paper Two, 10 March 2008 gives it to Ann Ray."
    )


def test_anachronisms_say_the_gap_and_the_weekday():
    b, labels = _outlets(a="Wire One", b="Paper Two")
    ra = Ref("a", 0, 11, 0)
    era = Discrepancy(
        "anachronism",
        "era",
        (ra,),
        (Claim("a", "June 4, 2000", "2000-06-04"),),
        subject="post-9/11 era",
        event=Claim("a", "9/11", "2001-09-11"),
        relation="after",
    )
    assert said(era, b, labels) == (
        "“post-9/11 era” places this after 9/11 (11 September 2001), but the event it is about is dated "
        "4 June 2000 (“June 4, 2000”), 15 months before it."
    )
    weekday = Discrepancy("anachronism", "weekday", (ra,), (Claim("a", "Thursday", "2000-06-04"),))
    assert said(weekday, b, labels) == "4 June 2000 was a Sunday, not a Thursday."


def test_an_omission_names_what_each_side_alone_carries():
    b, labels = _outlets(a="Wire One", b="Paper Two")
    ra, rb = Ref("a", 0, 11, 0), Ref("b", 0, 11, 0)
    om = Discrepancy(
        "omission",
        "story",
        (ra, rb),
        (Claim("a", ""), Claim("b", "")),
        omitted=(
            Omitted("b", "quote", "We stand with NATO", rb, "Ann Ray", ("NATO",)),
            Omitted("b", "person", "Jim Lee", rb),
            Omitted("a", "fact", "signed in Denver", ra),
        ),
    )
    assert said(om, b, labels) == (
        "Wire One, 10 March 2008 and Paper Two, 10 March 2008 tell the same story. "
        "Only Paper Two, 10 March 2008 quotes Ann Ray on NATO; names Jim Lee. "
        "Only Wire One, 10 March 2008 adds “signed in Denver”."
    )
    # Things past the first few are counted; a quotation without speaker is quoted.
    many = dataclasses.replace(
        om,
        omitted=(
            Omitted("b", "quote", "one two three four five six seven eight nine ten", rb),
            *(Omitted("b", "person", f"Person {n}", rb) for n in range(comparison.LISTED + 1)),
            Omitted("a", "fact", "<b>bold</b> claim", ra),
        ),
    )
    worded = comparison.said(many, b, labels)
    assert "<b>" not in worded and "&#60;b&#62;bold" in worded
    assert said(many, b, labels).split(". ")[1] == (
        "Only Paper Two, 10 March 2008 quotes “one two three four five six seven eight…”; "
        "names Person 0, Person 1, Person 2, Person 3 and Person 4; and 2 more"
    )


def test_many_discrepancies_and_shared_facts_go_on_pages_of_their_own():
    from briefing.model import Fact
    from briefing.s7_render import split

    arts = [make(f"s{n}", STORY) for n in range(8)]
    refs = [Ref(a.article.id, 0, 5, 0) for a in arts]
    odd = tuple(
        Discrepancy("anachronism", "weekday", (refs[n % 8],), (Claim(refs[n % 8].source, "Thursday", "2000-06-04"),))
        for n in range(split.DISCREPANCIES + 10)
    )
    shared = tuple(Fact(f"Fact number {n} told twice.", (refs[n % 8], refs[(n + 1) % 8])) for n in range(200))
    b = Briefing(analyses=tuple(arts), timeline=(), quotes=(), entities=(), discrepancies=odd, facts=shared)
    pages = render.pages(b)
    main = pages[comparison.PAGE]
    assert "was a Sunday" not in main and "Fact number 3 " not in main
    listed = [p for p in pages if p.startswith("comparison/anachronisms")]
    facts = [p for p in pages if p.startswith("comparison/coverage")]
    assert len(listed) == 2 and len(facts) == 2
    assert sum(pages[p].count("was a Sunday") for p in listed) == len(odd)
    assert sum(pages[p].count("told twice") for p in facts) == len(shared)
    assert all(f"({p})" in main for p in listed + facts)
    assert links_checked(pages) > 100


def test_a_dateline_conflict_shows_both_days():
    b, labels = _outlets(a="Wire One", b="Paper Two")
    line = Discrepancy(
        "contradiction",
        "dateline",
        (Ref("a", 0, 14, 0),),
        (Claim("a", "March 07, 2008", "2008-03-07"), Claim("a", "", "2008-03-10")),
    )
    assert said(line, b, labels) == (
        "Wire One, 10 March 2008 is dated 10 March 2008 in its front matter, but its dateline says 7 March 2008 "
        "(“March 07, 2008”); its relative dates (“on Thursday”, “today”) are counted from the dateline."
    )
