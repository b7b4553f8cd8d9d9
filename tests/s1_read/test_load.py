"""load: decoding, front matter, paragraphs and titles, and every broken file named, not fatal."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.model import Paragraph
from briefing.s1_read import load


def _parse(raw: bytes, markdown: bool = True):
    return load.parse(raw, "a", "in/a.md", markdown=markdown)


# (case, file bytes, kept?, body, encoding, [(words in the problem, line)])
DECODING = [
    ("empty", b"", False, None, None, [("is empty; skipped", None)]),
    ("whitespace only", b" \r\n\t\n  ", False, None, None, [("is empty; skipped", None)]),
    ("unicode spaces only", "\u3000\u00a0\n".encode(), False, None, None, [("no article text", None)]),
    ("BOM only", b"\xef\xbb\xbf", False, None, None, [("is empty", None)]),
    ("NUL bytes", b"Text\x00with a NUL.", False, None, None, [("binary content", None)]),
    ("mostly control bytes", bytes(range(32)) * 40, False, None, None, [("binary content", None)]),
    ("PNG header", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", False, None, None, [("binary content", None)]),
    ("UTF-8", "Caf\u00e9 “ok”.".encode(), True, "Café “ok”.", "utf-8", []),
    ("UTF-8 with BOM", b"\xef\xbb\xbfHello.\n", True, "Hello.\n", "utf-8", []),
    ("UTF-16 with BOM", "Hello “x”.\r\n".encode("utf-16"), True, "Hello “x”.\r\n", "utf-16", []),
    (
        "cp1252",
        "One.\nCaf\u00e9 “ok” – 5 €.\n".encode("cp1252"),
        True,
        "One.\nCafé “ok” – 5 €.\n",
        "cp1252",
        [("is not valid UTF-8 (first bad byte on line 2); read as cp1252", 2)],
    ),
    ("cp1252 with CR line ends", b"One.\rTwo.\rCaf\xe9.", True, "One.\rTwo.\rCafé.", "cp1252", [("line 3", 3)]),
    (
        "cp1252 undefined byte kept as Latin-1",
        b"A \x81 b \x93c\x94.",
        True,
        "A \x81 b “c”.",
        "cp1252",
        [("read as cp1252", 1)],
    ),
    (
        "UTF-8 with a stray cp1252 byte",
        "“Oui”, café.\nBad \x93".encode() + b"\x93x\x94.",
        True,
        "“Oui”, café.\nBad \x93“x”.",
        "utf-8+cp1252",
        [("2 stray bytes, the first on line 2", 2)],
    ),
]


@pytest.mark.parametrize("case,raw,kept,body,encoding,problems", DECODING, ids=[c[0] for c in DECODING])
def test_decoding(case, raw, kept, body, encoding, problems):
    article, found = _parse(raw, markdown=False)
    assert (article is not None) == kept
    if kept:
        assert article.body == body
        assert article.encoding == encoding
    assert len(found) == len(problems)
    for problem, (words, line) in zip(found, problems):
        assert problem.path == "in/a.md"
        assert words in problem.message
        assert problem.line == line
        assert str(problem).startswith("in/a.md")


# (case, file text, title, published, body, [(words in the problem, line)])
FRONT_MATTER = [
    (
        "valid",
        "---\ntitle: T\noutlet: O\npublished: 2000-06-04\nurl: https://x.org/a\nauthor: A\n---\nBody.\n",
        "T",
        date(2000, 6, 4),
        "Body.\n",
        [],
    ),
    (
        "CRLF",
        "---\r\ntitle: T\r\npublished: 2000-06-04\r\n---\r\nBody.\r\nMore.\r\n",
        "T",
        date(2000, 6, 4),
        "Body.\r\nMore.\r\n",
        [],
    ),
    ("CR only", "---\rtitle: T\r---\rBody.\rMore.", "T", None, "Body.\rMore.", []),
    ("empty front matter", "---\n---\nBody.\n", "Body.", None, "Body.\n", []),
    ("closed by ...", "---\ntitle: T\n...\nBody.\n", "T", None, "Body.\n", []),
    (
        "invalid YAML",
        "---\ntitle: T\nbad: [unclosed\n---\nBody.\n",
        "Body.",
        None,
        "Body.\n",
        [("front matter is not valid YAML", 3)],
    ),
    (
        "invalid YAML with CRLF",
        "---\r\ntitle: ok\r\nfoo: : x\r\n---\r\nBody.\r\n",
        "Body.",
        None,
        "Body.\r\n",
        [("front matter is not valid YAML", 3)],
    ),
    (
        "YAML control character",
        "---\ntitle: \x01T\n---\nBody.\n",
        "Body.",
        None,
        "Body.\n",
        [("front matter is not valid YAML", 2)],
    ),
    ("not a mapping", "---\n- a\n- b\n---\nBody.\n", "Body.", None, "Body.\n", [("front matter is not a mapping", 2)]),
    ("a bare string", "---\njust words\n---\nBody.\n", "Body.", None, "Body.\n", [("not a mapping", 2)]),
    ("no closing fence", "---\ntitle: T\nBody.\n", "---", None, "---\ntitle: T\nBody.\n", [("no closing '---'", 1)]),
    (
        "python tag refused",
        "---\ntitle: !!python/object/apply:os.system ['echo hi']\n---\nBody.\n",
        "Body.",
        None,
        "Body.\n",
        [("not valid YAML (could not determine a constructor", 2)],
    ),
    (
        "explicit tag that fails",
        "---\ntitle: !!int abc\n---\nBody.\n",
        "Body.",
        None,
        "Body.\n",
        [("front matter cannot be read (ValueError)", 2)],
    ),
    (
        "nesting too deep",
        "---\ntitle: " + "[" * 3000 + "\n---\nBody.\n",
        "Body.",
        None,
        "Body.\n",
        [("front matter cannot be read (RecursionError)", 2)],
    ),
    (
        "impossible date",
        "---\ntitle: T\npublished: 2000-13-45\n---\nBody.\n",
        "T",
        None,
        "Body.\n",
        [("published: '2000-13-45' is not a date (YYYY-MM-DD); ignored", 3)],
    ),
    (
        "date that is words",
        "---\ntitle: T\n\npublished: last week\n---\nBody.\n",
        "T",
        None,
        "Body.\n",
        [("published: 'last week' is not a date", 4)],
    ),
    (
        "date that is a number",
        "---\npublished: 2000\n---\nBody.\n",
        "Body.",
        None,
        "Body.\n",
        [("published: '2000' is not a date", 2)],
    ),
    (
        "date in the future is kept (embargoes; no clock)",
        "---\npublished: 2099-01-01\n---\nBody.\n",
        "Body.",
        date(2099, 1, 1),
        "Body.\n",
        [],
    ),
    ("date and time", "---\npublished: 2000-06-04 10:00:00\n---\nBody.\n", "Body.", date(2000, 6, 4), "Body.\n", []),
    (
        "ISO string with zone",
        "---\npublished: '2000-06-04T23:00:00Z'\n---\nBody.\n",
        "Body.",
        date(2000, 6, 4),
        "Body.\n",
        [],
    ),
    ("title is a number", "---\ntitle: 1984\n---\nBody.\n", "1984", None, "Body.\n", []),
    ("title is a date", "---\ntitle: 2000-06-04\n---\nBody.\n", "2000-06-04", None, "Body.\n", []),
    (
        "title is yes",
        "---\ntitle: yes\n---\nBody.\n",
        "Body.",
        None,
        "Body.\n",
        [("title: is a yes/no value, not text; ignored", 2)],
    ),
    ("title on several lines", "---\ntitle: |\n  One\n  two\n---\nBody.\n", "One two", None, "Body.\n", []),
    (
        "outlet is a list",
        "---\ntitle: T\noutlet: [a, b]\n---\nBody.\n",
        "T",
        None,
        "Body.\n",
        [("outlet: is a list, not text; ignored", 3)],
    ),
    ("quoted key", '---\n"published": nope\n---\nBody.\n', "Body.", None, "Body.\n", [("is not a date", 2)]),
    ("front matter and no body", "---\ntitle: T\n---\n \n", None, None, None, [("has no article text; skipped", None)]),
]


@pytest.mark.parametrize("case,text,title,published,body,problems", FRONT_MATTER, ids=[c[0] for c in FRONT_MATTER])
def test_front_matter(case, text, title, published, body, problems):
    article, found = _parse(text.encode())
    if body is None:
        assert article is None
    else:
        assert article.body == body
        assert article.title == title
        assert article.published == published
        assert article.published_from == ("front matter" if published else None)
    assert [(p.path, p.line) for p in found] == [("in/a.md", line) for _, line in problems]
    for problem, (words, _) in zip(found, problems):
        assert words in problem.message


def test_short_front_matter_nested_as_deep_as_it_can_is_read():
    # Front matter short enough for libyaml (which recurses in C) cannot nest deep enough to crash.
    depth = (load.FAST_YAML_MAX - 20) // 2
    article, found = _parse(("---\nx: " + "[" * depth + "]" * depth + "\ntitle: T\n---\nBody.\n").encode())
    assert found == [] and article.title == "T"


def test_front_matter_values():
    article, found = _parse(
        b"---\ntitle: '  T  '\noutlet: O\nurl: https://x.org/a\nauthor: 'A B'\n"
        b"published: 2000-06-04\nextra: [ignored]\n---\nBody.\n"
    )
    assert found == []
    assert (article.title, article.outlet, article.url, article.author) == ("T", "O", "https://x.org/a", "A B")


def test_aliases_cannot_blow_up_a_value():
    # "Billion laughs": each level repeats the one before nine times; never turned into text.
    levels = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for prev, name in zip("abcdefgh", "bcdefghi"):
        levels.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    text = "---\n" + "\n".join(levels) + "\ntitle: *i\n---\nBody.\n"
    article, found = _parse(text.encode())
    assert article.title == "Body."
    assert [(p.message, p.line) for p in found] == [("title: is a list, not text; ignored", 11)]


def test_front_matter_only_in_markdown():
    text = b"---\ntitle: T\n---\nBody.\n"
    article, found = _parse(text, markdown=False)
    assert article.body == text.decode() and found == []


def test_offsets_stay_true_to_the_file_body_with_any_line_end():
    for end in ("\n", "\r\n", "\r"):
        body = f"Headline Here{end}{end}First para.  {end}  Second para.{end}"
        article, _ = _parse(body.encode(), markdown=False)
        assert article.body == body
        assert [body[p.start : p.end] for p in article.paragraphs] == ["Headline Here", "First para.", "Second para."]
        assert article.title == "Headline Here" and article.title_from == "headline"


def test_every_line_break_ends_a_paragraph():
    body = "a\x0bb\x0cc\x85d\u2028e\u2029f\x1cg"
    assert [body[p.start : p.end] for p in load.find_paragraphs(body)] == list("abcdefg")


def test_paragraphs_are_trimmed_of_unicode_space():
    body = "\u3000 Text here.\u00a0\n\t\n"
    assert load.find_paragraphs(body) == (Paragraph(2, 12),)


@pytest.mark.parametrize(
    "body,title,source",
    [
        ("Summit Minutes Released\nThe text.", "Summit Minutes Released", "headline"),
        ("In response, the president agreed\nThe text.", "In response, the president agreed", "dek"),
        ("First sentence here. Second one.\nMore.", "First sentence here.", "first sentence"),
        ("x" * 20000, "x" * 119 + "…", "first sentence"),
    ],
)
def test_titles(body, title, source):
    article, _ = _parse(body.encode(), markdown=False)
    assert (article.title, article.title_from) == (title, source)


def test_read_and_unreadable_files(tmp_path):
    (tmp_path / "b c#%?é.txt").write_text("Text.", encoding="utf-8")
    article, found = load.read(tmp_path / "b c#%?é.txt", "b c#%?é.txt")
    assert article.id == "b c#%?é" and article.path == "b c#%?é.txt" and found == []
    article, found = load.read(tmp_path / "missing.txt", "missing.txt")
    assert article is None and found[0].path == "missing.txt" and "cannot be read" in found[0].message


def test_file_name_that_is_not_utf8(tmp_path):
    import os

    name = os.fsdecode(b"caf\xe9 \x93x\x94.txt")  # as Python lists it: with lone surrogates
    (tmp_path / name).write_text("Text.", encoding="utf-8")
    article, found = load.read(tmp_path / name, name)
    assert article.id == "café “x”" and article.path == "café “x”.txt"
    assert [(p.path, p.message) for p in found] == [
        ("café “x”.txt", "has a file name that is not UTF-8; read as cp1252")
    ]
    article.id.encode("utf-8")  # no lone surrogates left


def test_too_large_file_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(load, "MAX_BYTES", 10)
    (tmp_path / "big.txt").write_text("Eleven chars and more.", encoding="utf-8")
    article, found = load.read(tmp_path / "big.txt", "big.txt")
    assert article is None and found[0].path == "big.txt" and found[0].message.endswith("; skipped")


def test_collect_ignores_non_articles_and_hidden_files(tmp_path):
    for name in (
        "a.txt",
        "b.MD",
        "c.png",
        ".DS_Store",
        ".hidden.txt",
        "notes",
        ".git/x.txt",
        "sub/d.txt",
        "sub/.obsidian/e.md",
        "dir.txt/f.txt",
    ):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"Text.")
    found = [p.relative_to(tmp_path).as_posix() for p in load.collect([tmp_path, tmp_path / "a.txt"])]
    assert found == ["a.txt", "b.MD", "dir.txt/f.txt", "sub/d.txt"]


@pytest.mark.parametrize(
    "name,found",
    [
        ("2025-08-29-clinton-proposed-joint-anti-terror-effort.txt", date(2025, 8, 29)),
        ("clinton-summit-2025-08-29.md", date(2025, 8, 29)),
        ("news/breitbart_2016-09-12_stealth-over-health.txt", date(2016, 9, 12)),
        ("2025-13-01-not-a-month.txt", None),
        ("report-20250829.txt", None),  # digits run together: a number, not a date
        ("12025-08-29.txt", None),
        ("9999-12-31-far.txt", None),  # no news is dated there
        ("minutes.txt", None),
    ],
)
def test_a_date_in_a_file_name(name, found):
    assert load.date_in_name(name) == found


def test_an_article_not_in_english_is_read_with_a_warning_naming_its_language():
    text = (
        "Der Stadtrat hat am Dienstag beschlossen, die alte Anlegestelle für zwei Jahre zu schließen, "
        "weil die Pfähle schneller verrottet sind, als man es erwartet hatte, und das ist nicht gut."
    )
    article, problems = load.parse(text.encode(), "a", "in/a.txt")
    assert article is not None and article.language == "de" and article.format == "txt"
    (problem,) = problems
    assert problem.path == "in/a.txt" and problem.message.startswith("is in German (de), not English")
