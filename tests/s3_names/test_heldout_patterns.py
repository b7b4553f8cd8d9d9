"""Names as news outside the two studied sets writes them: a known name whose first word is no
name alone, offices held at a company, organisations whose name holds "and" or "for the",
state abbreviations, words shouted in capitals, two-word surnames and descriptions set
beside a name."""

from __future__ import annotations

import pytest
from tagging import article_of, mentions_of

from briefing.model import Analysis
from briefing.s1_read import sentences
from briefing.s3_names import entities, fullnames, roles
from briefing.s4_quotes import quotations

FILLER = " The talks went on for most of the day in the old hall.\n"


def found(text: str) -> dict[str, tuple[str, str]]:
    """Each name found, as written: (kind, the name it stands for)."""
    return {m.text: (m.kind, m.name) for m in mentions_of(text + FILLER)}


def _analysis(text: str, ident: str) -> Analysis:
    article = article_of(text, ident)
    sents = sentences.split(article)
    return Analysis(article, sents, (), tuple(entities.find(article.body, sents)), (), ())


# --- a known name is not peeled --------------------------------------------------------------


def test_a_known_name_keeps_its_first_word():
    names = found("A Northern Ireland team met the White House staff on Monday.")
    assert names["White House"][0] == "organization"
    assert names["Northern Ireland"][0] == "place"
    assert "House" not in names


# --- offices held at a company ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text,name",
    [
        ("“Prices fell,” said Vorbank analyst Lena Quist on Monday.", "Vorbank"),
        ("“Not yet,” said Tell Curve Trading chief strategy expert, Ned Amsel.", "Tell Curve Trading"),
    ],
)
def test_a_name_before_an_office_and_its_holder_is_where_they_work(text, name):
    names = found(text)
    assert names[name][0] == "organization"
    assert sum(kind == "person" for kind, _ in names.values()) == 1


def test_a_person_named_before_an_aide_stays_that_person():
    names = found("Donald Trump spoke. Trump adviser Corey Lewandowski said so.")
    assert names["Trump"] == ("person", "Donald Trump")


@pytest.mark.parametrize(
    "text",
    [
        "Former Soviet leader Mikhail Gorbachev spoke in the hall.",  # an adjective, not an employer
        "Albright, Berger and defense secretary William Cohen left.",  # a list: "and" is no office
        "On the contrary, according to Automotive analyst Dennis Rooney the plant is safe.",  # a common word
    ],
)
def test_no_organisation_before_an_office_that_is_none(text):
    names = found(text)
    assert not any(kind == "organization" for kind, _ in names.values())


# --- names holding "and", "for the", "of the" ------------------------------------------------


@pytest.mark.parametrize(
    "text,name",
    [
        ("The Department of Health and Human Services said the law helps.", "Department of Health and Human Services"),
        ("He left the Office of Management and Budget today.", "Office of Management and Budget"),
        ("She chairs the Environment and Public Works Committee now.", "Environment and Public Works Committee"),
        ("The Immigration and Naturalization Service said so.", "Immigration and Naturalization Service"),
        ("The U.S. Securities and Exchange Commission said so.", "U.S. Securities and Exchange Commission"),
        ("The Federal Service for the Financial Markets ordered it.", "Federal Service for the Financial Markets"),
        ("He met officials of the Department of the Treasury.", "Department of the Treasury"),
        ("A coalition including the American Academy of Pediatrics wrote.", "American Academy of Pediatrics"),
    ],
)
def test_one_organisation_whose_name_holds_connectors(text, name):
    assert found(text)[name][0] == "organization"


@pytest.mark.parametrize(
    "text,names",
    [
        ("The Justice Department and Congress met.", ["Justice Department", "Congress"]),
        ("Sailors of the Navy and Air Force met.", ["Navy", "Air Force"]),
        ("The Urban Institute and Brookings Institution wrote.", ["Urban Institute", "Brookings Institution"]),
        ("The Department of Defense and Northrop Grumman agreed. Northrop Grumman said so.", ["Department of Defense"]),
    ],
)
def test_two_organisations_joined_by_and_stay_two(text, names):
    got = found(text)
    for name in names:
        assert got[name][0] == "organization"


def test_an_office_of_someone_is_no_organisation():
    names = found("Assistant Secretary of the Air Force for Acquisition John Sambur spoke.")
    assert names["John Sambur"][0] == "person"
    assert not any(n.startswith("Assistant") for n in names)


def test_a_body_named_by_its_kind_alone_is_no_name():
    names = found("Members of the Senate Ethics Commission met. The Commission voted, and the Times said so.")
    assert "Commission" not in names
    assert names["Times"][0] == "organization"


# --- places written short, words shouted -----------------------------------------------------


def test_state_abbreviations_are_places():
    names = found("TRENTON, N.J. (AP) — Refugees found a home in Clarkston, Ga., and in DC.")
    assert names["N.J."] == ("place", "New Jersey")
    assert names["Clarkston"][0] == "place"
    assert names["DC"][0] == "place"
    assert names["AP"][0] == "organization"


def test_common_words_shouted_are_no_names():
    names = found("We need it NOW! Make us ALL safer, said the WHO and the US.")
    assert "NOW" not in names and "ALL" not in names
    assert names["WHO"][0] == "organization"
    assert names["US"][0] == "place"


def test_an_organisation_noun_used_as_a_verb_shows_nothing():
    names = found("Congress failed to fund Zarkovia before the recess.")
    assert names.get("Zarkovia", ("", ""))[0] != "organization"


# --- people --------------------------------------------------------------------------------


def test_a_two_word_surname_is_the_full_name():
    assert fullnames.same_full(("Debbie", "Wasserman", "Schultz"), ("Wasserman", "Schultz"))
    assert fullnames.same_full(("Hillary", "Rodham", "Clinton"), ("Rodham", "Clinton"))
    assert not fullnames.same_full(("Paul", "Ryan"), ("Jack", "Ryan"))
    a = _analysis("Debbie Wasserman Schultz spoke.\n", "a")
    b = _analysis("Wasserman Schultz said no.\n", "b")
    people = [e for e in entities.fold([a, b]) if e.kind == "person"]
    assert [e.name for e in people] == ["Debbie Wasserman Schultz"]


def test_an_office_is_the_role_before_what_the_person_is():
    given = [("Donald Trump", "Billionaire"), ("Donald Trump", "Billionaire"), ("Donald Trump", "Republican nominee")]
    assert roles.own_role(given) == "Republican nominee"
    assert roles.own_role([("Pat Caddell", "Pollster")]) == "Pollster"


def test_a_description_set_beside_the_name_is_an_alias():
    text = "Ned Volk, the Ohio businessman, spoke in Iowa.\n“We will win,” the Ohio businessman said.\n"
    article = article_of(text, "a")
    sents = sentences.split(article)
    mentions = tuple(entities.find(article.body, sents))
    said = tuple(quotations.find(article.body, sents, mentions))
    folded = entities.fold([Analysis(article, sents, (), mentions, said, ())])
    volk = next(e for e in folded if e.name == "Ned Volk")
    assert "the Ohio businessman" in volk.aliases
    # said by someone, but never set beside them: no alias
    other = "Ned Volk said he spoke in Iowa.\n“We will win,” the Ohio businessman said.\n"
    article = article_of(other, "b")
    sents = sentences.split(article)
    mentions = tuple(entities.find(article.body, sents))
    said = tuple(quotations.find(article.body, sents, mentions))
    folded = entities.fold([Analysis(article, sents, (), mentions, said, ())])
    assert "the Ohio businessman" not in next(e for e in folded if e.name == "Ned Volk").aliases


# --- companies written like people, peoples, common words ------------------------------------


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "Dresdner took a stake in Banque Internationale de Placement on Monday.",
            "Banque Internationale de Placement",
        ),
        ("The bid for Societe de Bourses Lavalle was raised.", "Societe de Bourses Lavalle"),
        ("A unit of Quorvel Marine Industries Oy said so.", "Quorvel Marine Industries Oy"),
        ("Mr. Weil of Bailey & Glasser said so.", "Bailey & Glasser"),
        ("Protesters marched to the U.S. Embassy on Monday.", "U.S. Embassy"),
    ],
)
def test_names_that_look_like_people_but_are_organisations(text, name):
    assert found(text)[name][0] == "organization"


@pytest.mark.parametrize(
    "text,gone",
    [
        ("Castro Cubans and Cuban Americans marched, an official said.", "Cuban Americans"),
        ("Newspaper reports have said Amir was in Paris. The newspaper said so.", "Newspaper"),
        ("“Mr. President, will you pledge?” he asked.", "President"),
    ],
)
def test_peoples_common_words_and_bare_titles_are_no_person(text, gone):
    assert gone not in found(text)


def test_a_title_of_address_keeps_the_words_before_a_given_name():
    names = found("Former Miss Universe Alicia Machado spoke. Gov. Earl Ray Tomblin spoke.")
    assert names["Alicia Machado"][0] == "person"
    assert names["Earl Ray Tomblin"][0] == "person"


def test_a_possessive_closing_a_sentence_is_cut():
    names = found("Vladimir Putin came. Regardless, it's Mr. Putin's. He left.")
    assert "Putin's" not in names
    assert names["Putin"] == ("person", "Vladimir Putin")


def test_a_given_name_alone_joins_the_one_person_named_in_full_with_it():
    a = _analysis("Elian Gonzalez, 6, came to Miami.\n", "a")
    b = _analysis("“I am happy,” Elian said.\n", "b")
    c = _analysis("Daniel Smith and Daniel Jones met.\n", "c")
    d = _analysis("“No,” Daniel said.\n", "d")
    people = {e.name: e for e in entities.fold([a, b, c, d]) if e.kind == "person"}
    assert "Elian" in people["Elian Gonzalez"].aliases
    assert "Daniel" in people  # two Daniels: the given name alone stays apart


def test_a_heading_in_capitals_is_no_name():
    names = found("THE OTHER SIDE OF THE STORY was told. THE HAGUE, Netherlands (AP) - ACME ENERGY Corp. said.")
    assert not any("SIDE" in n for n in names)
    assert names["THE HAGUE"][0] == "place"
    assert names["ACME ENERGY Corp."][0] == "organization"
