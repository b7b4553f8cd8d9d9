"""Quotation marks that are no one's words, told apart from speech: a short capitalised name
the article writes again; and a quote that a paragraph leaves open and the next one closes."""

from __future__ import annotations

from attributions import wordings_of as _wordings


def test_a_capitalised_name_written_again_is_no_quote():
    got = _wordings(
        "General Motors filed for bankruptcy on Monday.\n\n"
        "Fritz Henderson outlined a plan for the “New GM” on Monday.\n\n"
        "The New GM will sell four brands, Fritz Henderson said.\n"
    )
    assert got == []


def test_what_someone_calls_a_thing_stays_their_words():
    got = _wordings(
        "Donald Trump spoke on Monday.\n\n"
        "Within minutes, Donald Trump called Marco Rubio “Little Marco” at the rally.\n\n"
        "Little Marco was the name he used all year.\n"
    )
    assert [(t, s) for t, s, _ in got] == [("Little Marco", "Donald Trump")]


def test_a_quote_left_open_at_a_paragraphs_end_closes_in_the_next():
    got = _wordings(
        "The emails were read into the record on Monday.\n\n"
        "Acquisition chief Darleen Druyun wrote: “I read the article with disgust.\n\n"
        "It was a low blow.” Secretary James Roche replied: “I agree.”\n"
    )
    assert [t for t, _, _ in got] == ["I read the article with disgust.\n\nIt was a low blow.", "I agree."]
