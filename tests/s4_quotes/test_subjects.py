"""The speaker is the subject of the verb that introduces the words, whatever the verb: never
its object, a dateline, a place or a time phrase, and a body or a document speaks too."""

from __future__ import annotations

from attributions import wordings_of as _wordings


def _said(text: str) -> list[tuple[str, str | None]]:
    """(quoted words, the attribution as worded) of each quote."""
    return [(t, w) for t, _, w in _wordings(text)]


def test_any_verb_after_a_name_introduces_words_that_run_on_into_it():
    got = _wordings(
        "The reporter Jorge Ramos tried to ask Donald Trump a question.\n\n"
        "“Go back to Univision,” Donald Trump barked, and a guard escorted Jorge Ramos out.\n\n"
        "“Will it be negotiable?” Sean Hannity pressed.\n"
    )
    assert [(t, s) for t, s, _ in got] == [
        ("Go back to Univision,", "Donald Trump"),
        ("Will it be negotiable?", "Sean Hannity"),
    ]


def test_a_partial_quote_followed_by_a_name_and_a_verb_is_not_that_names():
    got = _wordings(
        "Judge Michael Mosman heard the case on Monday.\n\n"
        "In a clip the judge called “distasteful,” Pete Santilli expressed a desire to win.\n"
    )
    assert [s for _, s, _ in got] != ["Pete Santilli"]


def test_any_verb_before_a_name_after_words_that_run_on():
    got = _wordings("Delegates cheered on the floor.\n\n“This is fantastic!” beamed Donald Hartley of Madison.\n")
    assert got[0][1] == "Donald Hartley"


def test_an_inverted_cue_names_the_person_after_a_description():
    got = _wordings(
        "Ford posted a profit on Monday.\n\n"
        "“Our results show progress,” said the firm's chief executive officer, Alan Mulally.\n"
    )
    assert got[0][1] == "Alan Mulally"


def test_a_role_noun_and_a_name_not_read_as_one_name_the_person():
    got = _wordings("The deal went through on Monday.\n\n“It is a partnership,” said American president Obama.\n")
    assert got[0][1] == "Obama"


def test_an_inverted_cue_names_capitalised_words_the_names_stage_missed():
    got = _said("The ad ran on Monday.\n\n“It is the leaders,” said Steven Law, a former aide.\n")
    assert got == [("It is the leaders,", "Steven Law")]


def test_a_dateline_and_a_place_are_no_speakers():
    got = _said(
        "PHILADELPHIA, July 25 (UPI) — The Democratic National Committee released a statement on "
        "Monday, offering “a deep and sincere apology” to Sen. Bernie Sanders.\n\n"
        "Speaking at a town hall in Salem, New Hampshire, Donald Trump went after Jeb Bush, calling him “a total stiff.”\n"
    )
    assert got == [
        ("a deep and sincere apology", "The Democratic National Committee"),
        ("a total stiff.", "Donald Trump"),
    ]


def test_the_sender_of_a_message_speaks_through_its_participle():
    got = _said(
        "The city was angry on Wednesday.\n\n"
        "The town released a statement Wednesday saying the comments “are based on opinion.”\n\n"
        "Donald Trump posted a message on Twitter reading “Thank you Georgia” after the polls closed.\n"
    )
    assert got == [("are based on opinion.", "The town"), ("Thank you Georgia", "Donald Trump")]


def test_a_body_a_group_or_a_document_is_the_speaker_of_its_verb():
    got = _said(
        "The bill passed the House on Monday.\n\n"
        "Proponents of the new bill, however, say the department would act as an “umpire.”\n\n"
        "The complaint, which was filed in federal court, alleged that the party “failed to act.”\n\n"
        "Republicans on Capitol Hill seized on the message, arguing that it showed “intent.”\n"
    )
    assert got == [
        ("umpire.", "Proponents of the new bill"),
        ("failed to act.", "The complaint"),
        ("intent.", "Republicans on Capitol Hill"),
    ]


def test_a_time_phrase_is_no_subject():
    got = _wordings(
        "Barack Obama spoke about the carmaker on Monday.\n\n"
        "He said he expected it to make “safe cars,” and several times described them as “better.”\n"
    )
    assert [s for _, s, _ in got] == ["Barack Obama", "Barack Obama"]


def test_a_person_described_before_the_verb_is_its_subject():
    got = _wordings(
        "The award was announced on Friday.\n\n"
        "Ralph Crosby, the North America chief and ex Northrop executive commented the business has "
        "“committed our full resources.”\n"
    )
    assert got[0][1] == "Ralph Crosby"


def test_a_name_and_a_colon_introduce_the_words_after_them():
    got = _wordings(
        "The emails were released on Monday.\n\n"
        "Director of Air Force Communications Bill Bodie: “We don't have to turn the other cheek.”\n"
    )
    assert got[0][1] == "Bill Bodie"


def test_a_clause_that_ends_on_a_colon_gives_its_subject_whatever_the_verb():
    got = _wordings(
        "Marco Rubio met the press on Monday.\n\nMarco Rubio fired back forcefully: “They are going to lose.”\n"
    )
    assert got[0][1] == "Marco Rubio"


def test_a_signature_after_the_words_names_their_speaker():
    got = _said(
        "Car sales fell in March.\n\n“Automakers are pulling every lever.” Jesse Toprak, an analyst for Edmunds.\n"
    )
    assert got == [("Automakers are pulling every lever.", "Jesse Toprak")]


def test_an_uncued_partial_quote_belongs_to_its_clauses_subject():
    got = _said("The campaign released a new spot on Monday.\n\nThe ad targets a “corrupt political system.”\n")
    assert got == [("corrupt political system.", "The ad")]
