"""Broken and hostile article folders: every bad file is named, skipped or recovered, and the
rest of the briefing still builds, in bounded time, without writing to the input folder."""

from __future__ import annotations

import os
import re
import unicodedata
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing import assemble, export
from briefing import s7_render as render
from briefing.s2_dates import expressions as dates
from briefing.s7_render.markdown import MAX_CITES, date_label

GOOD = "Officials met in Geneva on Monday. “We agreed,” the minister said.\n"
LONG = (
    "The transcript of the exchange, which took place at the Kremlin on June 4, 2000, was released on "
    "Thursday after a lawsuit filed by an independent research institute at a university in Washington.\n"
    "At the time, the newly elected president was confronting an insurgency in the North Caucasus, and "
    "he reportedly said a common front was necessary to counter what he called a terrorist international.\n"
)

# (case, {file name: bytes}, ids kept, [(file named, words in the problem, line)])
# Every case also holds a good article, which must come through untouched.
CASES = [
    ("empty file", {"bad.txt": b""}, [], [("bad.txt", "is empty; skipped", None)]),
    ("whitespace only", {"bad.txt": b" \r\n\t \n"}, [], [("bad.txt", "is empty; skipped", None)]),
    (
        "binary with NUL bytes",
        {"bad.txt": b"GIF89a\x00\x01\x02text"},
        [],
        [("bad.txt", "is not text (binary content); skipped", None)],
    ),
    ("mostly control bytes", {"bad.md": bytes(range(1, 32)) * 100}, [], [("bad.md", "binary content", None)]),
    (
        "cp1252",
        {"old.txt": "Caf\u00e9 “owner” said 5 €.\n".encode("cp1252")},
        ["old"],
        [("old.txt", "is not valid UTF-8 (first bad byte on line 1); read as cp1252", 1)],
    ),
    ("latin-1 on line 3", {"old.txt": b"One.\nTwo.\nNa\xefve.\n"}, ["old"], [("old.txt", "read as cp1252", 3)]),
    ("UTF-8 with BOM", {"bom.txt": b"\xef\xbb\xbfHello there.\n"}, ["bom"], []),
    ("CRLF", {"crlf.txt": b"Headline\r\nFirst. Second.\r\n"}, ["crlf"], []),
    ("CR", {"cr.txt": b"Headline\rFirst. Second.\r"}, ["cr"], []),
    (
        "invalid YAML",
        {"fm.md": b"---\ntitle: T\nbad: [x\n---\nBody.\n"},
        ["fm"],
        [("fm.md", "front matter is not valid YAML", 3)],
    ),
    (
        "front matter not a mapping",
        {"fm.md": b"---\n- a\n---\nBody.\n"},
        ["fm"],
        [("fm.md", "front matter is not a mapping", 2)],
    ),
    (
        "invalid published",
        {"fm.md": b"---\ntitle: T\npublished: 2000-02-30\n---\nBody.\n"},
        ["fm"],
        [("fm.md", "published: '2000-02-30' is not a date", 3)],
    ),
    (
        "unsafe YAML tag",
        {"fm.md": b"---\ntitle: !!python/object/apply:os.system [echo]\n---\nBody.\n"},
        ["fm"],
        [("fm.md", "not valid YAML", 2)],
    ),
    (
        "front matter and nothing else",
        {"fm.md": b"---\ntitle: T\n---\n"},
        [],
        [("fm.md", "has no article text; skipped", None)],
    ),
    (
        "awkward names",
        {
            "a b.txt": b"One thing.",
            "caf\u00e9 \u00fc.txt".encode().decode(): b"Two things.",
            "#1 50% why?.md": b"Three things.",
            "UPPER.TXT": b"Four things.",
        },
        ["#1 50% why?", "UPPER", "a b", "café ü"],
        [],
    ),
    (
        "file name not UTF-8",
        {os.fsdecode(b"caf\xe9.txt"): b"Text here."},
        ["café"],
        [("café.txt", "has a file name that is not UTF-8; read as cp1252", None)],
    ),
    (
        "not articles, hidden files",
        {
            ".DS_Store": b"\x00\x01",
            "photo.jpg": b"\xff\xd8\xff",
            "notes": b"x",
            ".hidden.txt": b"Hidden.",
            ".git/HEAD.txt": b"ref",
            "style.css": b"a{}",
        },
        [],
        [
            ("notes", "is a file without a suffix, which the build does not read", None),
            ("photo.jpg", "is an image, which the build does not read: save the article as", None),
            ("style.css", "is a .css file, which the build does not read", None),
        ],
    ),
    (
        "one name in two folders",
        {"a/report.txt": b"Report one.", "b/Report.md": b"Report two."},
        ["Report-2", "report"],
        [("b/Report.md", "has the same name as a/report.txt; its page is named 'Report-2'", None)],
    ),
]


def _build(tmp_path, files: dict[str, bytes]):
    folder = tmp_path / "articles"
    for name, raw in {"good.txt": GOOD.encode(), **files}.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
    return assemble.build([folder], root=folder)


@pytest.mark.parametrize("case,files,kept,problems", CASES, ids=[c[0] for c in CASES])
def test_broken_files_are_named_and_the_rest_builds(tmp_path, case, files, kept, problems):
    briefing = _build(tmp_path, files)
    ids = [a.article.id for a in briefing.analyses]
    assert sorted(ids) == sorted(["good", *kept])
    assert [(p.path, p.line) for p in briefing.problems] == [(path, line) for path, _, line in problems]
    for problem, (path, words, _) in zip(briefing.problems, problems):
        assert words in problem.message
        assert str(problem).startswith(path)
    good = briefing.analysis("good").article
    assert good.body == GOOD and good.encoding == "utf-8"
    _assert_offsets_true(briefing)


@pytest.mark.parametrize(
    "files,kept,copy,similar",
    [
        ({"copy of good.txt": GOOD.replace("\n", "\r\n").encode()}, "good", "copy of good.txt", 1.0),
        (
            {"story.txt": LONG.encode(), "story (1).txt": ("By A. Reporter\n" + LONG).encode()},
            "story",
            "story (1).txt",
            0.9,
        ),
    ],
    ids=["the same article twice", "a near-identical copy"],
)
def test_a_copy_is_built_once_and_noted_without_a_problem(tmp_path, files, kept, copy, similar):
    briefing = _build(tmp_path, files)
    assert briefing.problems == ()
    assert copy not in {a.article.path for a in briefing.analyses}
    [found] = briefing.copies
    assert found.source == kept and found.path == copy and found.similarity >= similar
    [entry] = [s for s in export.to_dict(briefing)["sources"] if s["id"] == kept]
    assert [c["path"] for c in entry["also_published"]] == [copy]


def _assert_offsets_true(briefing):
    for a in briefing.analyses:
        body = a.article.body
        for p in a.article.paragraphs:
            text = body[p.start : p.end]
            assert text and text == text.strip() and len(text.splitlines()) == 1
        for s in a.sentences:
            text = body[s.start : s.end]
            assert text and text == text.strip() and len(text.splitlines()) == 1
    data = export.to_dict(briefing)
    bodies = {a.article.id: a.article.body for a in briefing.analyses}
    for d in data["dates"]:
        assert bodies[d["source"]][d["start"] : d["end"]] == d["text"]


@pytest.mark.parametrize(
    "raw,body,sentences",
    [
        (b"\xef\xbb\xbfHello there. Bye now.\n", "Hello there. Bye now.\n", ["Hello there.", "Bye now."]),
        (
            b"Head Line\r\n\r\nHello there. Bye now.\r\n",
            "Head Line\r\n\r\nHello there. Bye now.\r\n",
            ["Head Line", "Hello there.", "Bye now."],
        ),
        (
            b"Head Line\rHello there. Bye now.\r",
            "Head Line\rHello there. Bye now.\r",
            ["Head Line", "Hello there.", "Bye now."],
        ),
        (
            b"---\r\ntitle: T\r\n---\r\nHello there.\r\nBye now.",
            "Hello there.\r\nBye now.",
            ["Hello there.", "Bye now."],
        ),
        (b"Caf\xe9 one. Caf\xe9 two.", "Café one. Café two.", ["Café one.", "Café two."]),
    ],
)
def test_recovered_bodies_and_sentence_offsets(tmp_path, raw, body, sentences):
    (tmp_path / "a.md").write_bytes(raw)
    briefing = assemble.build([tmp_path])
    [a] = briefing.analyses
    assert a.article.body == body
    assert [body[s.start : s.end] for s in a.sentences] == sentences


# Texts that make a careless regex backtrack: each must be analysed in well under a second
# (the engine's budget is 1 MB/s; these are 20,000 characters).
PATHOLOGICAL = {
    "letters, no space": "x" * 20000,
    "words, no punctuation": "word " * 4000,
    "capitalised words": "Aaa Bbb " * 2500,
    "periods": "." * 20000,
    "exclamation marks": "!" * 20000 + " Then",
    "quotes after a period": "a." + "'" * 20000 + "x",
    "straight double quotes": '"' * 20000,
    "curly quotes": "“" * 10000 + "”" * 10000,
    "open quote, no close": "“He said " + "so and " * 2850,
    "brackets": "(" * 10000 + ")" * 10000,
    "digits": "1" * 20000,
    "numbers": "1 " * 10000,
    "date-like": "2000-" * 4000,
    "month names": "June " * 4000,
    "titles": "Mr. " * 5000,
    "initials": "A. " * 6600,
    "hyphens": "-" * 20000,
    "apostrophes in words": "rock'n'roll " * 1700,
    "no-break spaces": "a\u00a0" * 10000,
    "said after every word": "he said " * 2500,
    "commas": "," * 20000,
    "ellipses": "… " * 10000,
    "mixed": "On June 4, 2000, “Mr. Smith,” the U.S. President said. " * 350,
    "capital and hyphen": "A-" * 10000,
    "name of name": "Aaa of " * 2850,
    "unclosed quote": "“" + "a " * 10000,
    "many short quotes": "he said “x” " * 1650,
    "pronouns": "He said. She said. " * 1050,
    "a dateline": "MOSCOW, June 4 (Reuters) - " * 740,
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_paragraph_is_analysed_whole(tmp_path, name):
    # Each input is sized so that a backtracking regex or a step quadratic in the paragraph
    # would run for minutes; how long they take is measured by scripts/stress.py, not here.
    text = PATHOLOGICAL[name]
    (tmp_path / "a.txt").write_text(f"Headline\n{text}\n", encoding="utf-8")
    briefing = assemble.build([tmp_path])
    assert [a.article.id for a in briefing.analyses] == ["a"]
    _assert_offsets_true(briefing)


def test_the_input_folder_is_never_written(tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    for name, raw in {"a.txt": GOOD.encode(), "b.md": b"---\nbad: [\n---\nBody.\n", "c.txt": b""}.items():
        (folder / name).write_bytes(raw)
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}
    assemble.build([folder], root=folder)
    assemble.build([folder / "a.txt", folder])
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}
    assert after == before


NEWS = (
    "MOSCOW, June {d} (Example News) - Former US President Bill Clinton proposed to Russian President "
    "Vladimir Putin a joint effort against terrorism on June {d}, 2000, according to records released on "
    "Thursday.\n"
    "“We ought to get our people together,” Clinton said. He added that the talks in {year} had gone well.\n"
    "Putin reportedly said a “common front is necessary” to counter what he called a “Terrorist "
    "International.” The Russian president met NATO officials two weeks later.\n"
    "Records from a 2000 summit have surfaced. This marked a significant moment in the early post-9/11 era "
    "when the US and Russia were beginning to align. The summit took place at the Kremlin on June 4, 2000.\n"
)


def test_a_long_news_like_article_is_analysed_whole(tmp_path):
    # ~140 KB of news-like text: a step comparing every sentence (or name, or date) with
    # every other would take minutes here. scripts/stress.py times it at 10 MB.
    text = "".join(NEWS.format(d=1 + i % 28, year=1990 + i % 30) for i in range(200))
    (tmp_path / "long.txt").write_text("Long Article Headline\n" + text, encoding="utf-8")
    briefing = assemble.build([tmp_path])
    assert [a.article.id for a in briefing.analyses] == ["long"]
    assert any(d.kind == "anachronism" for d in briefing.discrepancies)
    _assert_offsets_true(briefing)


# --- Dates at the calendar's ends ----------------------------------------------------------------

# Anchors at and near both ends of the calendar Python's dates cover (years 1 to 9999).
EDGE_DAYS = [
    date.min,
    date(1, 1, 2),
    date(1, 1, 7),
    date(1, 2, 1),
    date(1, 12, 31),
    date(9999, 1, 1),
    date(9999, 6, 30),
    date(9999, 12, 1),
    date(9999, 12, 25),
    date(9999, 12, 30),
    date.max,
]
# Expressions whose value is reckoned from the publication date or from the last date named.
RECKONED = [
    "tomorrow",
    "yesterday",
    "the day after tomorrow",
    "next week",
    "last week",
    "this week",
    "next month",
    "last month",
    "next year",
    "last year",
    "in June",
    "in January",
    "in December",
    "on Monday",
    "next Tuesday",
    "last Friday",
    "on Dec. 31",
    "on Jan. 1",
    "two weeks from now",
    "in two days",
    "three years ago",
    "10 days earlier",
    "a year later",
    "the next day",
    "the previous week",
    "next summer",
    "last winter",
    "next quarter",
    "the next decade",
    "a century later",
    "earlier this month",
    "later this year",
    "on December 31, 9999",
    "in 9999",
    "on January 1 in the year 1",
]
VERBS = ["met", "will meet", "meets", "had met"]


# Dates in the text itself, which later expressions ("the next day") lean on; a dateline is
# the article's date when front matter gives none.
WRITTEN = ["", "On December 31, 9999, talks began. ", "In 9999, talks began. ", "On Jan. 1, 0001, talks began. "]
DATELINES = ["", "December 31, 9999\n", "PARIS, Dec. 31, 9999 (AP) - "]


@given(
    published=st.one_of(st.none(), st.sampled_from(EDGE_DAYS), st.dates()),
    dateline=st.sampled_from(DATELINES),
    written=st.sampled_from(WRITTEN),
    said=st.lists(st.tuples(st.sampled_from(VERBS), st.sampled_from(RECKONED)), min_size=1, max_size=6),
)
def test_dates_at_the_calendars_ends_are_named_and_the_build_goes_on(
    tmp_path_factory, published, dateline, written, said
):
    folder = tmp_path_factory.mktemp("edge")
    body = dateline + written + " ".join(f"Officials {verb} {phrase} in Paris, Smith said." for verb, phrase in said)
    meta = f"---\npublished: {published.isoformat()}\n---\n" if published else ""
    (folder / "edge.md").write_text(f"{meta}{body}\n", encoding="utf-8")
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    briefing = assemble.build([folder], root=folder)
    assert sorted(a.article.id for a in briefing.analyses) == ["edge", "good"]
    for problem in briefing.problems:
        assert problem.path == "edge.md" and "calendar" in problem.message, str(problem)
    render.pages(briefing)
    export.to_json(briefing)
    _assert_offsets_true(briefing)


@pytest.mark.parametrize(
    "published,said,value",
    [
        ("9999-12-31", "will meet tomorrow", None),
        ("9999-12-31", "will meet next week", None),
        ("9999-12-31", "will meet next Tuesday", None),
        ("9999-12-31", "will meet next century", None),
        ("0001-01-01", "met yesterday", None),
        ("0001-01-01", "met last week", None),
        ("0001-01-01", "met three years ago", None),
        # A month without a year is placed in a year the calendar has.
        ("9999-12-31", "will meet in June", "9999-06"),
        ("9999-12-31", "met in December", "9999-12"),
        ("9999-12-31", "will meet in January", "9999-01"),
        ("0001-01-01", "met in December", "0001-12"),
    ],
)
def test_a_date_past_the_calendars_end_is_a_warning_naming_the_file(tmp_path, published, said, value):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "edge.md").write_text(f"---\npublished: {published}\n---\nOfficials {said} in Paris.\n")
    briefing = assemble.build([folder], root=folder)
    [analysis] = briefing.analyses
    [timex] = analysis.dates
    assert timex.text in said
    if value:
        assert timex.value == value and briefing.problems == ()
        return
    [problem] = briefing.problems
    assert str(problem).startswith(f"edge.md: {timex.text!r}") and "outside the calendar" in problem.message
    assert f"counted from the article's date {published}" in problem.message
    assert not timex.value[:1].isdigit()  # left relative, as without a publication date


# --- Lists of citations are capped ------------------------------------------------------------


def _most_links_on_a_line(tmp_path, repeats: int) -> int:
    folder = tmp_path / f"repeated-{repeats}"
    folder.mkdir()
    (folder / "q.txt").write_text("“A,” said John Smith on 4 June 2000. " * repeats + "\n", encoding="utf-8")
    pages = render.pages(assemble.build([folder]))
    return max(line.count("](") + line.count("<a ") for page in pages.values() for line in page.split("\n"))


def test_no_line_of_a_page_links_more_sentences_as_an_article_repeats_itself(tmp_path):
    # One sentence with a quote and a date, said again and again: every list citing it (the
    # Overview's "When", the timeline's event, the person's mentions) links a bounded number
    # of sentences. Markdown takes time quadratic in the links of one line; the build's time is
    # measured by scripts/stress.py.
    assert _most_links_on_a_line(tmp_path, 60) == _most_links_on_a_line(tmp_path, 120) <= 2 * MAX_CITES


# --- What a reader or a log is shown ----------------------------------------------------------


def test_a_problems_text_holds_no_control_or_bidirectional_character(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "a\x1b[31mb\u202ec\x85.txt").write_bytes(b"")
    [problem] = assemble.build([folder], root=folder).problems
    assert problem.path == "a\x1b[31mb\u202ec\x85.txt"  # the value keeps the name as it is
    assert str(problem) == "a\\x1b[31mb\\u202ec\\x85.txt: is empty; skipped"


BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


def test_bidirectional_controls_are_never_shown(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "spoof\u202etxt.exe.md").write_text(
        "---\n"
        'title: "Report \u202eevil\u202c of the talks"\n'
        'outlet: "Wire\u2067 Daily\u2069"\n'
        'url: "https://example.com/\u202efdp.exe"\n'
        'author: "A. \u200fReporter"\n'
        "---\n"
        "“We agree\u202e on this,” said Mayor Jean Dupont on June 4, 2000, in \u2066Paris\u2069.\n",
        encoding="utf-8",
    )
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    pages = render.pages(assemble.build([folder], root=folder))
    shown = "\n".join(pages.values())
    assert "https://example.com/fdp.exe" in shown and "Report evil of the talks" in shown
    assert not set(shown) & set(BIDI)


@pytest.mark.parametrize(
    "value,label",
    [("00", "the 1st century"), ("01", "the 2nd century"), ("02", "the 3rd century"), ("03", "the 4th century")]
    + [("10", "the 11th century"), ("11", "the 12th century"), ("12", "the 13th century"), ("19", "the 20th century")]
    + [("20", "the 21st century"), ("21", "the 22nd century"), ("22", "the 23rd century"), ("200", "the 2000s")],
)
def test_centuries_are_said_with_their_ordinal(value, label):
    assert date_label(value) == label


@pytest.mark.parametrize(
    "value,label",
    [
        ("XXXX-01-01", "1 January, year not given"),
        ("XXXX-06", "June, year not given"),
        ("XXXX", "a year not given"),
        ("XXXX-SU", "summer, year not given"),
        ("XXXX-WXX-1", "a Monday, date not given"),
        ("XXXX-WXX-WE", "a weekend, date not given"),
        ("XXX", "a decade not given"),
        ("PRESENT_REF", "the present"),
        ("-1", "a date not on the calendar"),
        ("199X", "a date not given in full"),
    ],
)
def test_a_value_without_its_year_is_said_in_words(value, label):
    assert date_label(value) == label


@pytest.mark.parametrize(
    "sentence,published,label",
    [
        ("It grew in the 2000s.", None, "the 2000s"),
        ("It grew in the 2000s.", date(2015, 3, 1), "the 2000s"),
        ("It grew in the 1900s.", date(2015, 3, 1), "the 20th century"),
        ("It grew in the 1900s.", date(1950, 3, 1), "the 1900s"),  # "this century" was still running
        ("It grew in the 1800s.", None, "the 19th century"),
        ("It grew in the 1990s.", None, "the 1990s"),
    ],
)
def test_the_2000s_is_a_decade_while_its_century_runs(sentence, published, label):
    [found] = dates.find(sentence, [], published)
    assert date_label(found.value) == label


def test_no_page_shows_a_raw_date_value_or_a_wrong_ordinal(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "undated.txt").write_text(
        "Talks resumed\nOn June 4, 2000, officials met Mayor Jean Dupont, and on January 1 and this year and on "
        "Monday they talked. “We agree,” Dupont said on Monday, June 5, 2000. In the 2000s, and in the 1st "
        "century, they met.\n",
        encoding="utf-8",
    )
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    pages = render.pages(assemble.build([folder], root=folder))
    shown = re.sub(r"<[^>]*>", " ", "\n".join(pages.values()))  # attributes are no text
    assert "the 2000s" in shown.replace("In the 2000s", "")  # as a date, not only the article's words
    assert not re.search(r"XXXX|\bXX\b|_REF|\b[02-9]?[123]th\b", shown), re.findall(
        r".{40}(?:XXXX|_REF|th c).{20}", shown
    )


@pytest.mark.parametrize(
    "written,name",
    [
        (unicodedata.normalize("NFD", "José Müller"), "José Müller"),
        ("Jo\u200bhn Smith", "John Smith"),
        ("John\u00adathan Smith", "Johnathan Smith"),
        ("Ma\u200dria Lo\u2060pez", "Maria Lopez"),
    ],
)
def test_decomposed_letters_and_format_characters_do_not_cut_names(tmp_path, written, name):
    def analysed(who: str, folder: str):
        body = f"Officials met in Geneva on Monday. “We agreed,” {who} said. Later, {who} left.\n"
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(body, encoding="utf-8")
        [analysis] = assemble.build([tmp_path / folder]).analyses
        return analysis

    plain, odd = analysed(name, "plain"), analysed(written, "odd")
    # Found as the same name is in plain text: whole, with the same kind, and quoted as it.
    assert [(m.name, m.kind) for m in odd.mentions] == [(m.name, m.kind) for m in plain.mentions]
    assert [q.speaker for q in odd.quotes] == [q.speaker for q in plain.quotes] == [name]
    for m in odd.mentions:  # offsets into the text as read
        assert m.text == odd.article.body[m.start : m.end]
    assert written in [m.text for m in odd.mentions]
