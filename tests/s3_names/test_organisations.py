"""What shows a name is an organisation (or is none): the words around it, lists, cue words
and gazetteers; and what is no organisation though written like one."""

from __future__ import annotations

import pytest
from tagging import mentions_of

FILLER = " The talks went on for most of the day in the old hall.\n"


def kinds_of(text: str) -> dict[str, str]:
    """Each name found, as written: its kind."""
    return {m.text: m.kind for m in mentions_of(text + FILLER)}


@pytest.mark.parametrize(
    "text,name",
    [
        ("The Dutch airline Quorvair flew the plane to the coast.", "Quorvair"),  # a noun in front
        ("The deal went to engine maker Veltrop last spring.", "Veltrop"),
        ("Orders came from the carrier, Brelmo, in March.", "Brelmo"),  # after a comma, in apposition
        ("Analysts cheered Zandrix, a Swiss parts company, on the news.", "Zandrix"),  # appositive head
        ("Quorvair say the deal is good.\nThe staff of Quorvair agreed.", "Quorvair"),  # plural verb
        ("Lena Marsh, an analyst at Drummet, said prices fell.", "Drummet"),  # an office at it
        ("Prices rose, and Plenko shares fell on Monday.", "Plenko"),  # shares after it
    ],
)
def test_words_around_a_name_show_an_organisation(text, name):
    assert kinds_of(text).get(name) == "organization"


def test_a_person_named_in_full_stays_a_person_beside_such_words():
    found = kinds_of("Marco Velde spoke on Monday. A Velde spokesman said Velde wrote the plan.")
    assert found["Velde"] == "person"


def test_a_comma_before_a_name_shows_apposition_only_when_one_follows():
    found = kinds_of("In an interview with a weekly magazine, Ostrander said he would run.")
    assert found.get("Ostrander") != "organization"


def test_a_list_with_an_organisation_lists_organisations():
    found = kinds_of("The order was split between Boeing and Trellix on Monday.")
    assert found["Trellix"] == "organization"


def test_an_apposition_is_no_list():
    found = kinds_of("The vice president of Toyota, Harlan Quist, said sales fell.")
    assert found.get("Harlan Quist") != "organization"


def test_a_list_with_a_person_lists_no_organisations():
    found = kinds_of("The firm hired Tyrone Woods and Glenmore Doss last year.")
    assert found.get("Glenmore Doss") != "organization"


@pytest.mark.parametrize(
    "text,name",
    [
        ("Passengers flew Air Quendo to the coast.", "Air Quendo"),  # "Air" opens an airline
        ("Travellers chose American Airlines over the rest.", "American Airlines"),  # adjective kept
        ("Members of the Canadian Auto Workers union voted.", "Canadian Auto Workers"),
        (
            "Papers were filed with the Securities and Exchange Commission on Monday.",
            "Securities and Exchange Commission",
        ),
        ("Toyota opened Toyota Brazil in May.", "Toyota Brazil"),  # a company's branch in a place
    ],
)
def test_names_of_organisations_kept_whole(text, name):
    assert kinds_of(text).get(name) == "organization"


@pytest.mark.parametrize(
    "text,absent",
    [
        ("The plane lands at 12:30 EST (16:30 UTC) on Monday.", "EST"),  # time zones
        ("The plane lands at 12:30 EST (16:30 UTC) on Monday.", "UTC"),
        ("The fare is SGD1.75 or US$1.20 a ride.", "SGD1.75"),  # amounts
        ("Senator Mara Holt (R-AZ) spoke.", "R-AZ"),  # a legislator's party and state
        ("The firm filed for Chapter 11 protection.", "Chapter"),  # a label before a number
        ("The Nikkei fell two percent on Monday.", "Nikkei"),  # a stock index
        ("The Delta IV rocket flew on Monday.", "Delta IV"),  # a model
        ("The company's Class A shares fell.", "Class A"),
        ("The Ford Taurus sold well on Monday.", "Ford Taurus"),  # a company's product
        ("It met the Secretary of Defense on Monday.", "Secretary of Defense"),  # an office
        ("Sales rose for Ford's North American unit.", "North American"),  # an adjective
        ("The Irish stock markets fell and Irish workers left.", "Irish"),
    ],
)
def test_no_organisation(text, absent):
    assert absent not in kinds_of(text)


def test_a_model_number_ends_its_makers_name():
    found = kinds_of("The Zorvic A380 flew and Zorvic KC-45 tankers followed.")
    assert found.get("Zorvic") == "organization"
    assert "Zorvic A380" not in found


def test_a_web_address_names_its_site():
    assert kinds_of("The report, Plonkly.com said, was wrong.").get("Plonkly.com") == "organization"


def test_an_acronym_written_again_after_the_name_is_cut():
    found = kinds_of("A new Canadian Auto Workers CAW contract was signed.")
    assert "Canadian Auto Workers CAW" not in found


def test_a_legal_form_ends_a_companys_name():
    found = kinds_of("“It is early,” said the chairman of Brandel LLC Jim Press.")
    assert found.get("Brandel LLC") == "organization"
    assert "Brandel LLC Jim Press" not in found


def test_a_cue_word_is_a_surname_beside_a_person_cue():
    found = kinds_of("“It is a hard day,” said Jim Press, the vice chairman of the firm.")
    assert found.get("Jim Press") == "person"


def test_adjectives_before_a_known_company_are_not_its_name():
    found = kinds_of("Sales of South Korean Hyundai Motor Company rose.")
    assert found.get("Hyundai Motor Company") == "organization"
