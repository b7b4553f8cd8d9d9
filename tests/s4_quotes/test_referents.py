"""Pronouns, role nouns and labels resolved to the person or group they stand for, by gender
and role."""

from __future__ import annotations

from attributions import speakers_of as _speakers
from attributions import wordings_of as _wordings


def test_pronoun_gender_skips_the_wrong_person():
    got = _speakers(
        "Mary Jones met John Smith in the city on a cold morning.\nSmith left early. “It was fine,” she said.\n"
    )
    assert got == [("It was fine,", "Mary Jones", "she")]


def test_pronoun_chain_keeps_the_speaker():
    got = _speakers(
        "Senator Mary Jones spoke for an hour on Monday.\n“We will win,” she said.\n“They will lose,” she added.\n"
    )
    assert [s for _, s, _ in got] == ["Mary Jones", "Mary Jones"]


def test_role_noun_matches_the_role_not_the_nearest_name():
    got = _speakers(
        "Russian President Vladimir Putin met former US President Bill Clinton in the city.\n"
        "Clinton spoke first. The Russian leader said a “common front” was needed.\n"
    )
    assert got == [("common front", "Vladimir Putin", "The Russian leader")]


def test_pronoun_prefers_the_head_of_the_previous_subject():
    got = _speakers(
        "Campaign aides met in the city on a cold Monday morning.\n"
        "Clinton communication director Jennifer Palmieri said the rival was weak. "
        "“He cannot defend his record,” she said.\n"
    )
    assert got[-1][:2] == ("He cannot defend his record,", "Jennifer Palmieri")


def test_gender_learnt_from_said_she_and_titles():
    got = _speakers(
        "Dr. Connie Mariano said she examined the patient. Mr. Lorne Kale agreed.\n“It was a clot,” she said.\n"
    )
    assert got == [("It was a clot,", "Connie Mariano", "she")]


def test_it_is_an_organisation_or_no_one():
    got = _speakers(
        "The email went to aides on a cold Monday in the city.\n"
        "“Deploy the forces,” it read.\n"
        "The Security Council warned of what it called “a clear threat.”\n"
    )
    assert [s for _, s, _ in got] == [None, "Security Council"]


def test_pronouns_in_a_very_long_sentence_find_the_first_fitting_person():
    # ~60 KB in one sentence: each pronoun takes the first person of its gender named before it.
    text = (
        "Mary Jones met John Smith in the city on a cold morning, "
        + "and “it went on,” she said, and “it went on,” he said, " * 800
        + "and they left.\n"
    )
    got = _speakers(text)
    assert len(got) == 1600
    assert {(s, cue) for _, s, cue in got} == {("Mary Jones", "she"), ("John Smith", "he")}


def test_role_noun_before_any_name_takes_the_first_holder_after_it_and_labels_name_people():
    got = _speakers(
        "The Russian leader said a “common front” was needed, officials said.\n"
        "Russian President Vladimir Putin met US President Bill Clinton in the city.\n"
        "“PUTIN: We will win.”\n"
    )
    assert got == [
        ("common front", "Vladimir Putin", "The Russian leader"),
        ("PUTIN: We will win.", "Vladimir Putin", "PUTIN"),
    ]


def test_they_speaks_for_the_group_before_it():
    got = _wordings(
        "Ed Smith ran for office in the city on a cold morning.\n"
        "Smith’s campaign is seeking to contrast his plan with what they call a “reckless scheme.”\n"
        "Officials at the State Department said they were “deeply concerned.”\n"
    )
    assert got == [
        ("reckless scheme.", "Ed Smith", "Smith’s campaign"),
        ("deeply concerned.", None, "Officials at the State Department"),
    ]


def test_a_role_noun_needs_the_office_itself_not_a_lower_one():
    got = _wordings(
        "The talks went on in the city for a week in the spring.\n"
        "Vice President Joe Biden and President Barack Obama met in the city on Monday.\n"
        "Biden left. The president said the talks were “productive.”\n"
        "Republican Governor Mike Pence spoke later. Donald Trump spoke last.\n"
        "The Republican nominee said it was “a disaster.”\n"
    )
    assert [(s, w) for _, s, w in got] == [
        ("Barack Obama", "The president"),
        ("Donald Trump", "The Republican nominee"),
    ]
