"""Attribution of each quote as a whole: titles that are no one's words, a quote that
continues another's speaker, one subject for two quotes."""

from __future__ import annotations

from attributions import speakers_of as _speakers
from attributions import wordings_of as _wordings


def test_unattributed_quote_continues_previous_speaker():
    got = _speakers(
        "Pat Caddell spoke on the radio for an hour on Thursday.\n"
        "“One poll is out,” said Caddell.\n"
        "“Another is coming soon to a state near you.”\n"
    )
    assert [s for _, s, _ in got] == ["Pat Caddell", "Pat Caddell"]


def test_two_quotes_with_one_subject_and_two_verbs():
    got = _wordings(
        "Donald Trump spoke at the rally in the city on a cold morning.\n"
        "And the trade deal, which Trump had called a “disaster” and promised to “rip up”?\n"
    )
    assert [(t, s) for t, s, _ in got] == [("disaster", "Donald Trump"), ("rip up", "Donald Trump")]


def test_a_title_in_quotation_marks_is_no_quote():
    got = _wordings(
        "The talks went on in the city for a week in the spring.\n"
        "Ed Smith appeared on MSNBC’s “Morning Joe” on Monday.\n"
        "“We won,” he said.\n"
    )
    assert got == [("We won,", "Ed Smith", "Ed Smith")]


def test_a_paragraph_opened_by_a_quote_continues_the_speaker_introduced_before_it():
    got = _wordings(
        "The talks went on in the city for a week in the spring.\n"
        "Ed Smith met the press on Monday and said:\n\n"
        "“We won. It was close.”\n"
    )
    assert got == [("We won. It was close.", "Ed Smith", "Ed Smith")]


def test_a_quote_right_after_a_reported_cue_and_the_next_paragraph_take_their_own_speakers():
    got = _wordings(
        "The talks went on in the city for a week in the spring.\n"
        "Ed Smith met Mary Jones on Monday.\n"
        "Smith called the plan a “disaster.” “It cannot work.”\n\n"
        "“It can,” Jones said. “Not now.”\n"
    )
    assert [(t, s) for t, s, _ in got] == [
        ("disaster.", "Ed Smith"),
        ("It cannot work.", "Ed Smith"),
        ("It can,", "Mary Jones"),
        ("Not now.", "Mary Jones"),
    ]


def test_the_wording_of_a_speaker_read_after_a_preposition_leaves_it_out():
    got = _wordings(
        "Ben Carson spoke in Iowa on a cold Monday morning.\n"
        "What do you think of Carson privately saying “pray for him” in response?\n"
    )
    assert got == [("pray for him", "Ben Carson", "Carson")]
