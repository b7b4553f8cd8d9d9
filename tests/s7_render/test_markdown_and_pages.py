"""Tests for the page renderers: escaping of untrusted text, links to source sentences, date
precision labels, grouping of relative dates, and each page family on hand-built briefings.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rendering import analysis, body, links_checked, meta, parse, ref, to_html

from briefing import s7_render as render
from briefing.model import (
    Analysis,
    Article,
    Background,
    Briefing,
    Entity,
    Paragraph,
    QuoteItem,
    Sentence,
    TimelineItem,
)
from briefing.s7_render import markdown as md
from briefing.s7_render import quotes as quotes_page
from briefing.s7_render import sources as sources_page
from briefing.s7_render import timeline as timeline_page

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "# heading",
    "*em* and _em_ and **strong**",
    "<!-- comment -->",
    "{{ config }} {% include x %}",
    "He said \"yes\" and 'no'",
    "`code`",
    "1. not a list",
    "- not a list",
    "> not a quote",
    "!!! note",
    "a | b | c",
    "&lt;b&gt; &amp;",
    "<https://example.com>",
    "x\x02klzzwxh:0\x03y",
    "{: .evil onclick=alert(1) }",
    "    indented code",
]


# --- the escaping function --------------------------------------------------------------------


@pytest.mark.parametrize("hostile", HOSTILE)
def test_text_makes_hostile_text_inert(hostile):
    html = to_html(md.text(hostile))
    found = parse(html)
    assert [t for t, _ in found.tags] == ["p"]
    assert not found.comments
    shown = "".join(found.data)
    expected = " ".join("".join(c for c in hostile if c >= " ").split())
    assert shown == expected


@pytest.mark.parametrize("hostile", HOSTILE)
def test_text_is_safe_in_headings_list_items_and_links(hostile):
    source = f"## {md.text(hostile)}\n\n- {md.text(hostile)}\n\n[{md.text(hostile)}](x.md)\n"
    found = parse(to_html(source))
    assert [t for t, _ in found.tags] == ["h2", "ul", "li", "p", "a"]
    assert all(set(attrs) <= {"id", "href"} for _, attrs in found.tags)


def test_text_neutralises_template_and_markdown_syntax():
    out = md.text("{{ x }} {% y %} [a](b) <i> *c* # d")
    for forbidden in ("{{", "{%", "{", "}", "[", "]", "<", ">", "*", "#"):
        # "#" only occurs as part of the character references ("&#123;"), never bare.
        assert forbidden not in out.replace("&#", "")
    assert "\n" not in md.text("one\ntwo\r\nthree") and md.text("one\ntwo") == "one two"


@pytest.mark.parametrize("start", ["# x", "- x", "+ x", "1. x", "12) x", "> x", "=== x", ": x"])
def test_text_never_starts_a_block(start):
    assert parse(to_html("- " + md.text(start))).tags[:2] == [("ul", {}), ("li", {})]
    assert len(parse(to_html("- " + md.text(start))).tags) == 2


def test_text_is_safe_inside_an_attribute():
    found = parse(f'<p><a href="{md.text(chr(34) + " onmouseover=" + chr(39) + "x")}">y</a></p>')
    assert found.tags[1] == ("a", {"href": "\" onmouseover='x"})


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>&\"'`*_[](){}#!|~^$%-+.:=\\/ \n\tab1é\x02\x03")), max_size=40))
def test_text_round_trips_any_text_as_plain_text(value):
    found = parse(to_html("- " + md.text(value)))
    kept = " ".join("".join(c for c in value if c >= " " or c in "\t\n").split())
    if kept:
        assert [t for t, _ in found.tags] == ["ul", "li"]
        assert "".join(found.data).strip() == kept


def test_url_links_only_http_and_https():
    assert md.url("javascript:alert(1)") is None
    assert md.url("data:text/html,<b>") is None
    assert md.url("//example.com/x") is None
    assert md.url("https://exa mple.com") is None
    assert md.url("https://example.com/a?b=1&c=2") == "https://example.com/a?b=1&#38;c=2"
    assert md.url('http://e.com/"><script>') == "http://e.com/&#34;&#62;&#60;script&#62;"


# --- file names, links, dates -----------------------------------------------------------------


@pytest.mark.parametrize("ident", ["a b", "a#b", "50%", "why?", "Ünïcödé", "日本", "index", "A", "../x", ""])
def test_source_slug_is_safe_and_distinct(ident):
    slug = md.source_slug(ident)
    assert re.fullmatch(r"[a-z0-9_-]+", slug)
    assert slug != "index"


def test_source_slug_keeps_plain_ids_and_separates_near_ids():
    assert md.source_slug("000_31fe34bf849fea64") == "000_31fe34bf849fea64"
    ids = ["a b", "a-b", "a#b", "A-B", "a?b", "a%b"]
    assert len({md.source_slug(i) for i in ids}) == len(ids)


def test_link_is_relative_to_the_page():
    assert md.link("timeline.md", "sources/x.md", "s3") == "sources/x.md#s3"
    assert md.link("sources/a.md", "sources/b.md") == "b.md"
    assert md.link("sources/index.md", "timeline.md") == "../timeline.md"
    # Plain-HTML links name the address a page is served at.
    assert md.href("timeline.md", "sources/x.md", "s3") == "../sources/x/#s3"
    assert md.href("sources/a.md", "sources/b.md") == "../b/"
    assert md.href("sources/a.md", "index.md", "leads") == "../../#leads"
    assert md.href("index.md", "sources/index.md") == "sources/"
    assert md.href("sources/a.md", "sources/a.md", "s1") == "#s1"
    assert md.href("timeline/2000.md", "timeline.md", "e4") == "../#e4"


@pytest.mark.parametrize(
    "value, kind, label",
    [
        ("2000-06-04", "day", "4 June 2000"),
        ("2000-06", "month", "June 2000"),
        ("2000", "year", "2000"),
        ("199", "decade", "the 1990s"),
        ("2025-W23", "week", "week 23 of 2025"),
        ("2001-SU", "season", "summer 2001"),
        ("XXXX-WXX-4", "relative", "a Thursday, date not given"),
        ("PRESENT_REF", "relative", "the present"),
        ("2025-XX", "relative", "a month of 2025"),
        ("2025-WXX-4", "relative", "a Thursday of 2025"),
    ],
)
def test_precision_and_date_label(value, kind, label):
    assert md.precision(value) == kind
    assert md.date_label(value) == label


# --- pages ------------------------------------------------------------------------------------


def test_pages_cover_every_family(briefing):
    paths = set(render.pages(briefing))
    assert {
        "index.md",
        "timeline.md",
        "quotes.md",
        "people.md",
        "context.md",
        "sources/index.md",
        "sources/one.md",
        f"sources/{md.source_slug('two words')}.md",
    } <= paths
    assert all(p.endswith(".md") for p in paths)


def test_timeline_orders_dates_and_labels_precision(briefing):
    page = body(timeline_page.page(briefing))
    june, day, relative = (
        page.index("June 2000</strong>"),
        page.index("4 June 2000"),
        page.index("## Relative to publication"),
    )
    assert june < day < relative
    assert 'briefing-precision--month">month<' in page and 'briefing-precision--day">day<' in page
    rel = page[relative:]
    assert "“On Thursday”" in rel and "relative to publication" in rel and "records were released" in rel
    assert '"../sources/one/#s3"' in rel
    assert '"../sources/' + md.source_slug("two words") + '/#s1"' in page


def test_timeline_links_resolve_to_sentence_anchors(briefing):
    pages = render.pages(briefing)
    found = re.findall(r'href="\.\./(sources/[^"#]+)/#(s\d+)"', pages["timeline.md"])
    assert len(found) >= 3
    for target, anchor in found:
        assert f'id="{anchor}"' in pages[target + ".md"]


def test_quotes_grouped_by_speaker_with_role_and_unattributed_last(briefing):
    page = quotes_page.page(briefing)
    assert page.index("## Vladimir Putin") < page.index("## Unattributed")
    assert "<em>Russian President</em>" in page
    assert "“we agree”" in page and "Putin said “we agree” at the Kremlin." in page
    assert '"../sources/one/#s2"' in page


def test_quotes_of_described_sources_are_listed_under_their_words(briefing):
    one, two = briefing.analyses
    quotes = (
        QuoteItem("No comment,", None, (ref(two, 1),), "said", "an aide"),
        QuoteItem("we agree", "Vladimir Putin", (ref(one, 1),), "said", "the Russian leader"),
        QuoteItem("we will see", "Vladimir Putin", (ref(one, 2),), "said", "Putin"),
        QuoteItem("maybe", None, (ref(one, 0),)),
    )
    b = Briefing(briefing.analyses, briefing.timeline, quotes, briefing.entities)
    page = quotes_page.page(b)
    # the person first, then the source the article only describes, then nobody
    assert page.index("## Vladimir Putin") < page.index("## an aide {#speaker-an-aide-") < page.index("## Unattributed")
    assert "— <strong>an aide</strong>" in page and "sources they describe without naming" in page
    # the words beside the name when they describe rather than name: not "(Putin)"
    assert (
        "Vladimir Putin</a> (the Russian leader)</strong>" in page
        or "Vladimir Putin (the Russian leader)</strong>" in page
    )
    assert "(Putin)" not in page
    assert [s for s, *_ in quotes_page.placed(b)] == ["Vladimir Putin", "Vladimir Putin", "an aide", None]


def test_source_page_anchors_every_sentence_and_admits_title_origin(briefing):
    pages = render.pages(briefing)
    two = pages[f"sources/{md.source_slug('two words')}.md"]
    assert 'id="s1"' in two and 'id="s2"' in two
    assert "title is the dek" in two and "no publication date" in two
    one = pages["sources/one.md"]
    assert "published 12 June 2025" in one and "Wire" in one
    index = pages["sources/index.md"]
    assert 'href="one/"' in index and "title from the dek" in index and "no publication date" in index


def test_source_page_keeps_text_between_sentences():
    text = "First one. Second one."
    art = Article("a", "a.txt", text, (Paragraph(0, len(text)),), "T", "headline")
    a = Analysis(art, (Sentence(0, 0, 10, 0), Sentence(1, 11, 22, 0)), (), (), (), ())
    html = to_html("\n".join(sources_page.body_paragraphs(a)))
    assert "".join(parse(html).data) == "First one. Second one."


def test_background_page_cites_earlier_events_figures_and_names_or_says_there_are_none(briefing):
    pages = render.pages(briefing)
    page = pages["context.md"]
    assert "# Background" in page and "## Earlier events" in page and "## Key figures" in page
    assert (
        '<li><span class="briefing-line" id="c1"><strong>June 2000</strong> In June 2000 the leaders met.</span> '
        in page
    )
    assert '<span class="briefing-line" id="f1"><strong>two</strong> leaders</span>' in page
    assert '"../sources/' + md.source_slug("two words") + '/#s1"' in page
    assert "only in" in page  # told by one source of two
    assert "## Organisations" in page and "## Places" in page and "Kremlin" in page
    empty = Briefing(briefing.analyses, (), (), ())
    assert "No background was found" in render.pages(empty)["context.md"]


def test_overview_story_facts_latest_whos_who_sources_and_cards(briefing):
    page = render.pages(briefing)["index.md"]
    assert "2 sources · 0 key events · 2 quotations · 1 person" in page
    # No key event: the story in brief is the first source's lead, linked.
    story = page[page.index("## The story in brief") : page.index("## Key facts")]
    assert "The summit opened on June 4, 2000. <span" in story and "(sources/one.md#s1 " in story
    facts = page[page.index("## Key facts") : page.index("## Latest")]
    assert 'data-first="2000-06" data-last="2000-06-04"><strong>June 2000 – 4 June 2000</strong>' in facts
    assert 'data-fact="where"' in facts and "[Kremlin](people.md#place-kremlin" in facts
    assert '<span data-count="2">2 articles</span>, published 12 June 2025' in facts
    assert "do not set any of them apart" in page[page.index("## Latest") :]
    who = page[page.index("## Who's who") : page.index("## Sources by date")]
    assert "[Vladimir Putin](people/vladimir-putin.md), <em>Russian President</em>" in who and "quoted once" in who
    listed = page[page.index("## Sources by date") : page.index("## Sections")]
    assert listed.index("12 June 2025</span> · Wire · [") < listed.index("undated")
    cards = page[page.index('<div class="grid cards" markdown>') :]
    for target in ("timeline.md", "quotes.md", "people.md", "context.md", "comparison.md", "sources/index.md"):
        assert f"]({target})**" in cards
    assert "Briefing from 2 news articles about Vladimir Putin" in meta(page)["description"]


def test_overview_shows_only_source_sentences():
    """Every sentence-like line of the Overview's facts and leads is a source's own, linked."""
    one = analysis("one", ["Alpha met Beta in Paris on June 4, 2000.", "They talked."])
    b = Briefing((one,), (TimelineItem("2000-06-04", one.article.body[:40], (ref(one, 0),), "June 4, 2000"),), (), ())
    page = body(render.pages(b)["index.md"])
    for line in page.splitlines():
        if "briefing-cite" in line and "data-fact" not in line:
            assert line.removeprefix("- ").startswith("Alpha met Beta in Paris on June 4, 2000. "), line


def test_people_page_lists_roles_aliases_and_mentions(briefing):
    page = render.pages(briefing)["people.md"]
    assert page.index("## People") < page.index("## Places")
    assert "<em>Russian President</em>" in page and "1 mention" in page
    assert re.search(r"also “(<abbr [^>]+>)?Putin(</abbr>)?”", page)


def test_empty_briefing_renders():
    pages = render.pages(Briefing((), (), (), ()))
    assert "No articles were read" in pages["index.md"]
    assert "No dated events" in pages["timeline.md"]


def test_hostile_article_never_becomes_markup():
    lines = [h for h in HOSTILE if h.strip()]
    a = analysis(
        "evil <id> #1",
        lines,
        title='<script>alert("t")</script> *T*',
        title_from="first sentence",
        outlet="[o](javascript:x)",
        url="javascript:alert(1)",
    )
    b = Briefing(
        analyses=(a,),
        timeline=(
            TimelineItem("2000-01-01", lines[0], (ref(a, 0),), "{{ when }}"),
            TimelineItem("XXXX", lines[1], (ref(a, 1),), "<b>then</b>"),
        ),
        quotes=(
            QuoteItem(lines[2], "<i>Evil</i> {{x}}", (ref(a, 2),), "<cue>", "<b>the</b> {{mayor}}"),
            QuoteItem(lines[3], None, (ref(a, 3),), None, "[a](javascript:z) {% x %} <i>"),
            QuoteItem(lines[4], None, (ref(a, 4),)),
        ),
        entities=(Entity("<i>Evil</i> {{x}}", "person", ("*al*",), "# role", (ref(a, 2),)),),
        background=Background((TimelineItem("1999", lines[4], (ref(a, 4),)),)),
    )
    allowed = {
        "h1",
        "h2",
        "h3",
        "p",
        "ul",
        "li",
        "a",
        "span",
        "em",
        "strong",
        "small",
        "br",
        "blockquote",
        "code",
        "pre",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "div",
        "abbr",
        # the Timeline's filters and folded sentences
        "label",
        "select",
        "option",
        "output",
        "details",
        "summary",
    }
    for path, page in render.pages(b).items():
        assert "{{" not in page and "{%" not in page, path
        if page.startswith("---"):  # page meta: a description, escaped
            assert set(meta(page)) <= {"description", "search"} and "<" not in meta(page)["description"], path
            assert set(meta(page).get("search", {})) <= {"exclude", "view", "boost"}, path
        found = parse(to_html(page))
        tags = {t for t, _ in found.tags}
        assert tags <= allowed, (path, tags - allowed)
        assert not found.comments, path
        for tag, attrs in found.tags:
            assert not any(k.startswith("on") for k in attrs), (path, tag, attrs)
            assert "javascript" not in (attrs.get("href") or ""), (path, attrs)
        assert not any(t in ("code", "pre") for t, _ in found.tags), path


def test_cites_group_by_source_and_link_each_sentence_once(briefing):
    one, two = briefing.analyses
    out = md.cites("context.md", [ref(one, 0), ref(one, 2), ref(two, 0), ref(one, 0)])
    assert out.count("](sources/one.md#s1 ") == 1
    found = parse(to_html(out))
    assert "".join(found.data) == "one s1 s3; two words s1"
    # Sources by name; outlet, title and date in a tooltip, escaped.
    labels = md.source_labels(briefing.analyses)
    labelled = parse(to_html(md.cites("context.md", [ref(two, 0)], labels)))
    assert "".join(labelled.data) == "The leaders met in June s1"
    assert ("span", {"class": "briefing-source", "title": "The leaders met in June"}) in labelled.tags
    assert any(t == "a" and a.get("title") == "The leaders met in June, sentence 1" for t, a in labelled.tags)
    assert labels["one"] == "Wire, 12 June 2025"
    assert [a["href"] for t, a in found.tags if t == "a"] == [
        "sources/one.md#s1",
        "sources/one.md#s3",
        f"sources/{md.source_slug('two words')}.md#s1",
    ]
    assert md.cites("context.md", []) == ""


def test_first_cites_links_the_first_sentences_and_counts_the_rest(briefing):
    one, two = briefing.analyses
    refs = [ref(one, 0), ref(one, 2), ref(two, 0), ref(one, 0)]
    assert md.first_cites("context.md", refs, None, 3) == md.cites("context.md", refs)
    found = parse(to_html(md.first_cites("context.md", iter(refs), None, 2)))
    assert "".join(found.data) == "one s1 s3 and 1 more sentence"


def test_extract_script_writes_the_pages(tmp_path):
    import runpy
    import sys

    (tmp_path / "arts").mkdir()
    (tmp_path / "arts" / "a b.txt").write_text("Clinton met Putin on June 4, 2000. They talked.\n", encoding="utf-8")
    script = Path(__file__).resolve().parents[2] / "scripts" / "extract.py"
    argv = sys.argv
    sys.argv = [str(script), str(tmp_path / "arts"), "--pages", str(tmp_path / "out")]
    try:
        with pytest.raises(SystemExit) as done:
            runpy.run_path(str(script), run_name="__main__")
    finally:
        sys.argv = argv
    assert done.value.code == 0
    written = {p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.md")}
    assert {"index.md", "timeline.md", "sources/index.md", f"sources/{md.source_slug('a b')}.md"} <= written


def test_timeline_files_coarse_dates_and_unknown_values_apart(briefing):
    one = briefing.analyses[0]
    items = (
        TimelineItem("199", "In the 1990s.", (ref(one, 0),), "the 1990s"),
        TimelineItem("2000-06-04", "Day.", (ref(one, 0),), "June 4"),
        TimelineItem("FUTURE_REF", "Later.", (ref(one, 1),), "in future"),
        TimelineItem("WEIRD", "Odd.", (ref(one, 2),), "sometime"),
    )
    page = body(timeline_page.page(Briefing(briefing.analyses, items, (), ())))
    assert (
        page.index("## the 1990s")
        < page.index("## 2000")
        < page.index("## Relative to publication")
        < page.index("## Other dates")
    )
    assert "decade</span>" in page
    assert (
        '<strong>“in future”</strong></span> <span class="briefing-precision briefing-precision--relative">relative to publication'
        in page
    )
    assert (
        '<strong>“sometime”</strong></span> <span class="briefing-precision briefing-precision--relative">undated'
        in page
    )


def test_source_labels_name_outlet_and_date_then_title():
    arts = [
        analysis("001_ab12", ["x."], outlet="Wire", published=date(2008, 3, 1)),
        analysis("002_cd34", ["x."], outlet="Daily", published=date(2008, 3, 1), title="Boeing loses the tanker deal"),
        analysis("003_ef56", ["x."], outlet="Daily", published=date(2008, 3, 1), title="Airbus wins a contract"),
        analysis("story", ["x."], title="A very long headline about the summit of the two presidents in Moscow"),
        analysis("7-a", ["x."], title="Same title", published=date(2001, 1, 2)),
        analysis("7_b", ["x."], title="Same title", published=date(2001, 1, 3)),
        analysis("8", [""], title="8", title_from="file name"),
        analysis("9", ["x."], outlet="Wire", title="Talks go on"),
    ]
    labels = md.source_labels(arts)
    assert labels == {
        "001_ab12": "Wire, 1 March 2008",
        # the outlet and date are shared: the title tells them apart
        "002_cd34": "Daily: Boeing loses the tanker deal",
        "003_ef56": "Daily: Airbus wins a contract",
        "story": "A very long headline about the…",
        "7-a": "Same title, 2 January 2001",
        "7_b": "Same title, 3 January 2001",
        "8": "8",  # a file without text: its file name
        "9": "Wire: Talks go on",
    }
    assert labels.about["002_cd34"] == "Daily · Boeing loses the tanker deal · published 1 March 2008"
    # Outlet, date and title all shared: numbered, in order.
    twins = [analysis(i, ["x."], outlet="Wire", title="Same", published=date(2001, 1, 2)) for i in ("a", "b")]
    assert md.source_labels(twins) == {"a": "Wire, 2 January 2001: Same (1)", "b": "Wire, 2 January 2001: Same (2)"}
    assert md.short_id("001_53711d12af322687") == "001" and md.short_id("abc") == "abc"


def test_carried_marks_one_source_items():
    one, two = analysis("001_a", ["x."]), analysis("002_b", ["y."])
    labels = md.source_labels([one, two])
    only = md.carried([ref(one, 0)], labels, 2)
    assert "only in A headline (1)" in only and 'title="A headline"' in only and "briefing-carried--one" in only
    assert "in 2 sources" in md.carried([ref(one, 0), ref(two, 0), ref(one, 0)], {}, 2)
    assert md.carried([ref(one, 0)], {}, 1) == ""  # a one-source briefing marks nothing


def test_timeline_and_quotes_carry_source_badges(briefing):
    pages = render.pages(briefing)
    timeline = pages["timeline.md"]
    assert timeline.count("only in ") == 3 and '<span class="briefing-when" id="e1">' in timeline
    quotes = pages["quotes.md"]
    assert quotes.count("only in ") == 2


def test_quote_cards_filter_and_person_pages(briefing):
    pages = render.pages(briefing)
    page = body(pages["quotes.md"])
    assert '<div class="briefing-filter" data-filter="speaker" hidden></div>' in page
    assert '<div class="briefing-speaker" data-speaker="speaker-vladimir-putin-' in page
    assert '<div class="briefing-quote" id="q1">' in page
    assert '<p class="briefing-quote__words">“we agree”</p>' in page
    assert re.search(
        r'— <strong><a href="\.\./people/vladimir-putin/"><abbr title="[^"]+">Vladimir Putin</abbr></a>'
        r"</strong>, <em>Russian President</em>",
        page,
    )
    html = to_html(page)
    assert 'class="briefing-quote__words"' in html and "<blockquote" not in html
    person = pages["people/vladimir-putin.md"]
    assert person.startswith("---\n") and "# Vladimir Putin" in person
    assert "“we agree”" in person and "## Events" in person
    assert "[All people & organisations](../people.md#person-vladimir-putin-" in person
    # The Kremlin is a place: no page of its own.
    assert not any(p.startswith("people/") and "kremlin" in p for p in pages)


def test_person_pages_have_distinct_safe_names():
    paths = md.person_pages(["José Ruiz", "Jose Ruiz", "Index", "李", "Ann Lee"])
    assert paths["Ann Lee"] == "people/ann-lee.md"
    assert len(set(paths.values())) == 5
    assert all(re.fullmatch(r"people/[a-z0-9_-]+\.md", p) for p in paths.values())
    assert paths["Index"] != "people/index.md"


def test_a_quote_card_shows_the_day_the_words_were_said(briefing):
    said = tuple(dataclasses.replace(q, date="2000-06-04") for q in briefing.quotes)
    dated = dataclasses.replace(briefing, quotes=said)
    assert "<em>Russian President</em> · 4 June 2000" in render.pages(dated)["quotes.md"]
    # A dated sentence is not the day of its words: "he said the plant will close in 2012".
    one = briefing.analyses[0]
    told = dataclasses.replace(briefing, timeline=(TimelineItem("2012", "x", (ref(one, 1),), "in 2012"),))
    assert "2012" not in render.pages(told)["quotes.md"]


def test_tooltips_define_names_on_the_pages_that_show_them(briefing):
    pages = render.pages(briefing)
    definition = "*[Vladimir Putin]: Russian President · quoted once · named in Wire, 12 June 2025"
    assert definition in pages["quotes.md"] and "*[Putin]: Russian President" in pages["quotes.md"]
    assert definition in pages["sources/one.md"]  # the article that names him
    assert "*[Vladimir Putin]" not in pages[f"sources/{md.source_slug('two words')}.md"]
    html = to_html(pages["quotes.md"])
    assert '<abbr title="Russian President · quoted once · named in Wire, 12 June 2025">Putin</abbr>' in html


def test_abbreviation_takes_plain_names_and_escapes_the_title():
    assert md.abbreviation("Bill Clinton", "former <b>US</b> {{x}}") == (
        "*[Bill Clinton]: former &#60;b&#62;US&#60;/b&#62; &#123;&#123;x&#125;&#125;"
    )
    for bad in ("<i>x</i>", "a]b", "*x*", "x_y", "", "-x", "a\nb"):
        assert md.abbreviation(bad, "t") is None, bad
    html = to_html("Said Bill Clinton.\n\n" + md.abbreviation("Bill Clinton", 'a "<script>" & b'))
    found = parse(html)
    assert ("abbr", {"title": 'a "<script>" & b'}) in found.tags and "<script>" not in html


def test_source_page_lists_where_its_sentences_are_cited(briefing):
    pages = render.pages(briefing)
    one = body(pages["sources/one.md"])
    cited = one[one.index("## Cited on") :]
    assert '<a href="#s1">s1</a>' in cited and '<a href="#s2">s2</a>' in cited and '<a href="#s3">s3</a>' in cited
    assert '"../../timeline/#e' in cited and '"../../quotes/#q' in cited
    # Every anchor a "cited on" link names exists on its page (served at "<name>/").
    for target, anchor in re.findall(r'href="\.\./\.\./([a-z]+)/#([a-z0-9-]+)"', cited):
        assert f'id="{anchor}"' in pages[target + ".md"] or f"{{#{anchor}" in pages[target + ".md"], (target, anchor)
    assert parse(to_html(one)).tags.count(("a", {"href": "#s1"})) == 1


def test_page_descriptions_are_escaped_yaml():
    a = analysis("x", ['He said "a: b" {{y}} <i>z</i> \\ #c'])
    page = render.pages(Briefing((a,), (), (), ()))["sources/x.md"]
    assert (
        meta(page)["description"]
        == "He said &#34;a: b&#34; &#123;&#123;y&#125;&#125; &#60;i&#62;z&#60;/i&#62; &#92; &#35;c"
    )


def test_overview_lead_skips_a_bare_dateline_and_the_sources_are_listed_by_date():
    arts = [analysis(f"{i:03d}_x", ["June 4, 2000", "Alpha met Beta in Paris for talks.", "More."]) for i in range(6)]
    item = TimelineItem("2000-06-04", "June 4, 2000", tuple(ref(a, 0) for a in arts), "June 4, 2000")
    page = render.pages(Briefing(tuple(arts), (item,), (), ()))["index.md"]
    story = page[page.index("## The story in brief") : page.index("## Key facts")]
    assert "Alpha met Beta in Paris for talks. <span" in story and "June 4, 2000 <span" not in story
    when = next(line for line in page.splitlines() if 'data-fact="when"' in line)
    assert "<strong>4 June 2000</strong>" in when
    listed = page[page.index("## Sources by date") : page.index("## Sections")]
    assert listed.count("undated</span>") == 6


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_page_description_is_always_valid_yaml(value):
    import html

    lines = md.front_matter(value)
    data = meta("\n".join(lines))
    assert set(data) == {"description"} and "\n" not in data["description"]
    shown = html.unescape(data["description"])
    assert "<" not in data["description"] and len(shown) <= md.MAX_DESCRIPTION


# --- a large briefing splits its long pages -------------------------------------------------------


def _large_briefing() -> Briefing:
    """Two articles of 1,200 sentences; 1,100 events over 40 years (and some relative), 700
    quotes from 90 speakers, 900 names."""
    a = analysis("one", [f"Sentence number {i} of the first article." for i in range(1200)])
    b = analysis("two", [f"Sentence number {i} of the second article." for i in range(1200)])
    events = [
        TimelineItem(
            f"{1980 + i % 40}-{1 + i % 12:02d}-{1 + i % 28:02d}",
            f"Event {i} happened.",
            (ref(a, i % 1200), ref(b, i % 1200)),
        )
        for i in range(1100)
    ]
    events += [TimelineItem("XXXX-WXX-1", f"Relative event {i}.", (ref(a, i),), "on Monday") for i in range(50)]
    speakers = [f"Speaker Number{n}" for n in range(90)]
    quotes = [
        QuoteItem(f"Words number {i}", speakers[i % 90 if i < 600 else 0], (ref(a, i % 1200),), "said")
        for i in range(700)
    ]
    quotes.append(QuoteItem("Said only once", "Lone Voice", (ref(b, 5),), "said"))
    entities = [Entity(s, "person", (), "minister", (ref(a, n), ref(b, n))) for n, s in enumerate(speakers)]
    entities.append(Entity("Lone Voice", "person", (), None, (ref(b, 5),)))
    entities += [Entity(f"Silent Person{n}", "person", (), None, (ref(b, n),)) for n in range(15)]
    entities += [
        Entity(f"Place Number{n}", "place", (), None, tuple(ref(a, (n + k) % 1200) for k in range(30)))
        for n in range(810)
    ]
    return Briefing(analyses=(a, b), timeline=tuple(events), quotes=tuple(quotes), entities=tuple(entities))


def test_a_large_briefing_splits_long_pages_under_the_size_cap_with_working_links():
    from briefing.s7_render import split

    pages = render.pages(_large_briefing())
    for folder, cap in (
        ("timeline", split.TIMELINE_EVENTS),
        ("quotes", split.QUOTES),
        ("names", split.NAMES),
    ):
        parts = [p for p in pages if p.startswith(folder + "/")]
        assert len(parts) >= 2, folder
        for path in parts:
            html = to_html(pages[path])
            assert len(html.encode()) < 1_000_000, path
            items = html.count('class="briefing-quote"') if folder == "quotes" else html.count("<li")
            if folder != "names":
                assert items <= cap + 2, (path, items)  # + the two links of the page's own nav lines
    # The parts repeat source sentences: out of the search index, which keeps their indexes;
    # the quotes' and the timeline's are found by their headings (speakers, years), the names'
    # by names and roles.
    for path, page in pages.items():
        if path.startswith("context/"):
            assert meta(page).get("search") == {"exclude": True}, path
        elif path.startswith(("quotes/", "timeline/")):
            assert meta(page).get("search") == {"view": "names"}, path
        elif path.startswith("names/"):
            assert "search" not in meta(page), path
    assert "search" not in meta(pages["timeline.md"]) and "search" not in meta(pages["quotes.md"])
    # Every event, quote and line of context is on exactly one page.
    everything = "".join(pages.values())
    for anchor in ("e1", "e1100", "e1150", "q1", "q701"):
        assert sum(f'id="{anchor}"' in p for p in pages.values()) == 1, anchor
    # The year pages are named for their years and linked from the Timeline in order.
    index = pages["timeline.md"]
    years = re.findall(r"\]\(timeline/([\w-]+)\.md\)", index)
    assert years and years[0].startswith("1980") and "relative-to-publication" in years
    # Every link between generated pages reaches an existing page and anchor.
    assert links_checked(pages) > 8000 and "Speaker Number0" in everything
    # Only people quoted several times get a page; on a large site no page carries tooltips.
    assert "people/speaker-number0.md" in pages and "people/lone-voice.md" not in pages
    assert sum(p.startswith("people/") for p in pages) == 90
    assert not any(p.rstrip().endswith("minister") for p in pages.values())


def test_a_small_briefing_keeps_one_page_per_family():
    a = analysis("one", ["First.", "Second."])
    b = Briefing(
        analyses=(a,),
        timeline=(TimelineItem("2000", "First.", (ref(a, 0),)),),
        quotes=(QuoteItem("words", "Someone", (ref(a, 1),)),),
        entities=(Entity("Someone", "person", (), None, (ref(a, 1),)),),
        background=Background((TimelineItem("2000", "First.", (ref(a, 0),)),)),
    )
    pages = render.pages(b)
    assert not any(p.startswith(("timeline/", "quotes/", "context/", "names/")) for p in pages)
    assert "people/someone.md" in pages
    # The Background repeats source sentences: it stays out of the search index; the sources do not.
    assert meta(pages["context.md"]).get("search") == {"exclude": True}
    assert "search" not in meta(pages["sources/one.md"]) and "search" not in meta(pages["quotes.md"])


def test_timeline_orders_quarters_and_weeks_among_months():
    a = analysis(
        "one",
        [
            "Sales fell in December 2009.",
            "Profits rose in the third quarter of 2009.",
            "A recall began in week 4 of 2009.",
        ],
    )
    items = (
        TimelineItem("2009-12", a.article.body.splitlines()[0], (ref(a, 0),)),
        TimelineItem("2009-Q3", a.article.body.splitlines()[1], (ref(a, 1),)),
        TimelineItem("2009-W04", a.article.body.splitlines()[2], (ref(a, 2),)),
    )
    b = Briefing(analyses=(a,), timeline=items, quotes=(), entities=())
    assert [t.date for _, t in timeline_page.ordered(b)] == ["2009-W04", "2009-Q3", "2009-12"]


def test_relative_links_are_those_posixpath_gives():
    import posixpath
    import random

    parts = ["a", "b", "sources", "people", "index.md", "2.md", "x.md"]
    rng = random.Random(7)
    for _ in range(2000):
        base = "/".join(rng.choice(parts) for _ in range(rng.randrange(4))) or "."
        to = "/".join(rng.choice(parts) for _ in range(rng.randrange(4))) or "."
        assert md._relative(base, to) == posixpath.relpath(to, base), (base, to)
