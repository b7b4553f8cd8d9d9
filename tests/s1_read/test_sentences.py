"""sentences: where sentences end, their roles, and offsets that index the body as read."""

from __future__ import annotations

import pytest

from briefing.s1_read import load, sentences


def _split(body: str):
    article, _ = load.parse(body.encode(), "a", "a.txt", markdown=False)
    return article, sentences.split(article)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("One thing. Another thing.", ["One thing.", "Another thing."]),
        ("Is it? Yes! Fine.", ["Is it?", "Yes!", "Fine."]),
        ("Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]),
        ("It was Sept. 11 when it began. Then more.", ["It was Sept. 11 when it began.", "Then more."]),
        ("J. R. Smith spoke. He left.", ["J. R. Smith spoke.", "He left."]),
        ("Made by Acme Inc. The firm grew.", ["Made by Acme Inc.", "The firm grew."]),
        ("Acme Inc. Chief Ana spoke.", ["Acme Inc. Chief Ana spoke."]),
        ("He met U.S. officials. They agreed.", ["He met U.S. officials.", "They agreed."]),
        ("“Leave now.” He left.", ["“Leave now.”", "He left."]),
        ("“Why?” he asked. Nobody knew.", ["“Why?” he asked.", "Nobody knew."]),
        ("“Why?” He then left.", ["“Why?”", "He then left."]),
        ("Wait... What now? Go.", ["Wait...", "What now?", "Go."]),
        ("See item no. 5 here. Done.", ["See item no. 5 here.", "Done."]),
        ("It rose 5.5 percent. It fell.", ["It rose 5.5 percent.", "It fell."]),
        ("lower case. then more", ["lower case. then more"]),
        ("No end mark", ["No end mark"]),
        ("(It ended.) Then it began.", ["(It ended.)", "Then it began."]),
    ],
)
def test_sentence_ends(text, expected):
    assert [text[s:e] for s, e in sentences.spans(text)] == expected


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r", "\u2029"])
def test_paragraphs_and_offsets_with_any_line_end(end):
    body = f"A Headline Here{end}{end}  First one. Second one.  {end}Third one.{end}"
    _article, sents = _split(body)
    assert [body[s.start : s.end] for s in sents] == ["A Headline Here", "First one.", "Second one.", "Third one."]
    assert [s.paragraph for s in sents] == [0, 1, 1, 2]
    assert [s.index for s in sents] == [0, 1, 2, 3]
    assert [s.id for s in sents] == ["s1", "s2", "s3", "s4"]
    assert [s.role for s in sents] == ["headline", "body", "body", "body"]


def test_roles():
    body = "In response, the president agreed\nThe text goes on. It ends.\n© Photo: someone, 2000.\n"
    _, sents = _split(body)
    assert [(body[s.start : s.end], s.role) for s in sents] == [
        ("In response, the president agreed", "dek"),
        ("The text goes on.", "body"),
        ("It ends.", "body"),
        ("© Photo: someone, 2000.", "caption"),
    ]


def test_spans_within_a_slice():
    text = "xx One. Two. yy"
    assert sentences.spans(text, 3, 12) == [(3, 7), (8, 12)]


def test_sentences_never_cross_paragraphs_or_hold_line_breaks():
    body = "One.\r\nTwo\rthree.\nFour\u2028five.\x0cSix."
    _, sents = _split(body)
    assert [body[s.start : s.end] for s in sents] == ["One.", "Two", "three.", "Four", "five.", "Six."]


@pytest.mark.parametrize(
    "text",
    [
        "." * 20000,
        "!" * 20000 + " A",
        "a." + "'" * 20000 + "x",
        "a." + "”" * 20000 + " B",
        "x " * 10000,
        "Mr. " * 5000,
        ". " * 10000,
        "A. " * 6000,
        "x" * 20000,
    ],
)
def test_runs_that_make_regexes_backtrack_are_split_whole(text):
    # A backtracking pattern takes minutes on these; scripts/stress.py times them.
    found = sentences.spans(text)
    assert all(text[s:e] == text[s:e].strip() for s, e in found)
