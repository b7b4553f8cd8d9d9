"""What a capitalised run names: person, organisation, place or nothing, and a title
in front as the role."""

from __future__ import annotations

from tagging import mentions_of as _mentions

from briefing.s3_names import kinds


def test_title_becomes_role_not_name():
    found = _mentions(
        "Former US President Bill Clinton met with Russian Foreign Minister Sergey Lavrov "
        "in the capital on a cold and rainy day.\n"
        "Clinton spoke first.\n"
    )
    people = {m.text: m for m in found if m.kind == "person"}
    assert people["Bill Clinton"].role == "Former US President"
    assert people["Sergey Lavrov"].role == "Russian Foreign Minister"
    assert people["Clinton"].name == "Bill Clinton"


def test_cue_words_and_gazetteer():
    found = {
        (m.text, m.kind)
        for m in _mentions(
            "The records were released by the National Security Archive at George Washington "
            "University after talks on NATO in Moscow and the North Caucasus.\n"
        )
    }
    assert ("National Security Archive", "organization") in found
    assert ("George Washington University", "organization") in found
    assert ("NATO", "organization") in found
    assert ("Moscow", "place") in found
    assert ("North Caucasus", "place") in found


def test_sentence_openers_and_adjectives_are_not_names():
    found = {
        m.text
        for m in _mentions(
            "Earlier this year, officials met. Islamist groups grew earlier than expected.\n"
            "Declassified papers were declassified again.\n"
        )
    }
    assert not found & {"Earlier", "Islamist", "Declassified"}


def test_acronym_makes_an_organisation():
    found = {(m.text, m.kind) for m in _mentions("He appeared on RT America and USA TODAY printed it.\n")}
    assert ("RT America", "organization") in found


def test_titles_without_a_name_are_not_people():
    found = {
        m.text
        for m in _mentions(
            "The Assistant Secretary met the Airbus President, and Chief Executive Dermot Mannion "
            "talked with Mr. King and Charlie King on the same day in the city.\n"
        )
    }
    assert "Assistant Secretary" not in found and "Airbus President" not in found
    assert {"Dermot Mannion", "King", "Charlie King"} <= found


def test_a_signature_name_ends_its_line_whatever_ends_the_line():
    # A file from an old Mac ends lines with \r alone; Unicode has its own line separator.
    for end in ("\n", "\r\n", "\r", "\u2028"):
        text = f"Readers wrote to us about the debate last night.{end}“He is a bully.” ― Quinlan{end}It went on.{end}"
        assert [(m.name, m.kind) for m in _mentions(text)] == [("Quinlan", "person")], repr(end)


def test_places_are_gazetteer_names_or_a_compass_point_before_one():
    assert kinds.place("north carolina") and kinds.place("east moscow")
    assert not kinds.place("east") and not kinds.place("clinton")


def test_a_month_that_is_a_given_name_opens_a_persons_name():
    found = _mentions(
        "Former Arizona governor Jan Brewer said she backed him. April Ryan asked "
        "the question. The vote was held in Jan. Smith and June were absent.\n"
    )
    people = {m.name for m in found if m.kind == "person"}
    assert {"Jan Brewer", "April Ryan"} <= people
    assert not any(name.startswith(("Jan. ", "June")) for name in people)


def test_a_show_is_no_person_even_when_it_opens_with_a_given_name():
    found = _mentions(
        "On the episode of “The Steve Harvey Morning Show,” Hillary Clinton said she would speak about it.\n"
    )
    people = {m.name for m in found if m.kind == "person"}
    assert people == {"Hillary Clinton"}


def test_words_shouted_in_capitals_are_no_organisations():
    found = _mentions(
        "TEXT: PROGRAM TRADING HALTED. The text of the rule on program trading was "
        "read to NATO and the WHO by a USA TODAY reporter, who said so.\n"
    )
    orgs = {m.name for m in found if m.kind == "organization"}
    assert {"NATO", "WHO", "USA TODAY"} <= orgs
    assert not orgs & {"TEXT", "PROGRAM TRADING", "PROGRAM TRADING HALTED"}
