"""Tests for datedsentences: an article's absolute dates looked up by position, by sentence and
by the date they fall within, and date values and sentences as messages cite them."""

from __future__ import annotations

from briefing.model import Analysis, Article, Ref, Timex
from briefing.s1_read import load, sentences
from briefing.s6_compare import datedsentences


def make(body: str, dates=()) -> Analysis:
    """An analysis of body; dates are (text, value, relative)."""
    article = Article("a", "a.txt", body, load.find_paragraphs(body), "a", "file name")
    found = []
    for text, value, relative in dates:
        start = body.index(text)
        found.append(Timex(start, start + len(text), text, "DATE", value, relative=relative))
    return Analysis(article, sentences.split(article), tuple(found), (), (), ())


BODY = (
    "Records from a 2000 summit have surfaced. It was held in June 2000.\n"
    "The summit took place at the Kremlin on June 4, 2000. Talks resumed today.\n"
)


def dated() -> datedsentences.Dates:
    return datedsentences.Dates(
        make(
            BODY,
            [
                ("2000", "2000", False),
                ("June 2000", "2000-06", False),
                ("June 4, 2000", "2000-06-04", False),
                ("today", "2000-06-05", True),
            ],
        )
    )


def test_only_absolute_calendar_dates_are_kept():
    d = dated()
    assert [t.text for t in d.found] == ["2000", "June 2000", "June 4, 2000"]  # not "today"
    s = d.a.sentences[2]
    assert [t.text for t in d.within(s.start, s.end)] == ["June 4, 2000"]
    assert d.within(d.a.sentences[3].start, d.a.sentences[3].end) == []


def test_dated_sentence_before_stays_in_the_paragraph():
    d = dated()
    assert d.dated_before(1) == 0
    assert d.dated_before(2) is None  # a new paragraph
    assert d.dated_before(3) == 2


def test_dates_inside_a_date_by_width_and_shared_word():
    d = dated()
    assert d.widths_within("2000", 365) == [0, 29]  # June 4 (one day), June (30 days)
    found = d.sharing("2000", 0, frozenset({"summit"}))
    assert [(t.text, index) for t, index in found] == [("June 4, 2000", 2)]
    assert d.sharing("2000", 0, frozenset({"nothing"})) == []


def test_sentences_by_offset_and_their_refs():
    a = make(BODY)
    second = a.sentences[1]
    assert datedsentences.sentence_of(a, second.start + 3) == 1
    assert datedsentences.sentence_of(a, second.start + 3, [s.start for s in a.sentences]) == 1
    assert datedsentences.sentence_text(a, 1) == "It was held in June 2000."
    assert datedsentences.sentence_ref(a, 1) == Ref("a", second.start, second.end, 1)
