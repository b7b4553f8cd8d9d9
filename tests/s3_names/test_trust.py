"""Entities a reader can trust: one person per entity (a name that fits two people joins
neither, a monarch is no namesake's short form), roles that are the person's own, and names
that are no person's (companies, a legal form, a word opening a sentence)."""

from __future__ import annotations

import pytest
from tagging import article_of, mentions_of

from briefing.model import Analysis
from briefing.s1_read import sentences
from briefing.s3_names import entities

FILLER = " The talks went on for most of the day in the old hall.\n"


def _analysis(text: str, ident: str) -> Analysis:
    article = article_of(text, ident)
    sents = sentences.split(article)
    return Analysis(article, sents, (), tuple(entities.find(article.body, sents)), (), ())


def _people(*texts: str) -> dict[str, tuple[str, ...]]:
    folded = entities.fold([_analysis(t + FILLER, f"a{i}") for i, t in enumerate(texts)])
    return {e.name: e.aliases for e in folded if e.kind == "person"}


def test_a_name_that_fits_two_people_joins_neither():
    people = _people(
        "Former President Arlo H.K. Venn spoke on Monday.",
        "President Arlo K. Venn spoke on Tuesday.",
        "Arlo Venn said on Wednesday that he was in town.",
    )
    assert not any("Arlo H.K. Venn" in aliases for aliases in people.values())
    assert "Arlo H.K. Venn" in people and "Arlo K. Venn" in people


def test_a_monarch_is_no_namesakes_short_form():
    found = {
        m.text: m for m in mentions_of("Iraq's Omar Tessaly spoke. Later King Tessaly of Varnia arrived." + FILLER)
    }
    assert found["Tessaly"].name == "King Tessaly"
    assert found["Omar Tessaly"].name == "Omar Tessaly"


def test_a_title_with_a_surname_is_the_one_holding_it_in_full():
    folded = entities.fold(
        [
            _analysis("President Arlo Venn spoke on Monday. Venn said he would stay." + FILLER, "a"),
            _analysis("Mara Venn said on Tuesday she had won. President Venn was not there." + FILLER, "b"),
        ]
    )
    people = {e.name: e for e in folded if e.kind == "person"}
    assert people["Mara Venn"].role is None
    assert len(people["Mara Venn"].mentions) == 1
    assert len(people["Arlo Venn"].mentions) == 3
    assert "Mara Venn" not in people["Arlo Venn"].aliases


def _found(text: str) -> dict[str, str]:
    return {m.text: m.kind for m in mentions_of(text + FILLER)}


@pytest.mark.parametrize(
    "text,word",
    [
        ("The Vellum quoted an official as saying the men had left.", "Vellum"),
        ("Ross Brill of Brill amp Co. said he would wait.", "Co."),
        ("Amid reports that the soldiers had surrendered, the general said little.", "Amid"),
    ],
)
def test_a_word_no_person_is_named_by(text, word):
    assert _found(text).get(word) != "person"


def test_a_name_that_says_something_of_its_own_is_a_company():
    assert _found("Orvane said its new plan would start in May, and Orvane would hire.")["Orvane"] == "organization"


def test_a_single_name_inside_sentences_stays_a_person():
    assert _found("On Monday the crowd cheered, and Melvine said she would vote.")["Melvine"] == "person"


def test_a_slip_and_a_middle_name_still_join():
    people = _people(
        "Rosana Venn said on Monday that she would run.",
        "Rosena Venn said on Tuesday that she had won.",
        "Rosana Brook Venn said on Wednesday that she was glad.",
    )
    assert len(people) == 1


def test_a_description_two_people_share_is_no_ones_alias():
    from briefing.s4_quotes import quotations

    def said(text: str, ident: str) -> Analysis:
        article = article_of(text, ident)
        sents = sentences.split(article)
        mentions = tuple(entities.find(article.body, sents))
        return Analysis(article, sents, (), mentions, tuple(quotations.find(article.body, sents, mentions)), ())

    folded = entities.fold(
        [
            said("President Arlo Venn met the envoy.\nThe president said a “common front” was needed.\n", "a"),
            said("President Bram Tully met the envoy.\nThe president said “no deal” was near.\n", "b"),
        ]
    )
    people = {e.name: e for e in folded if e.kind == "person"}
    assert {"Arlo Venn", "Bram Tully"} <= set(people)
    assert not any("the president" in e.aliases for e in people.values())


def test_a_word_opening_a_sentence_is_not_glued_to_a_name():
    names = _found("Rana Tolle spoke on Monday. Given Tolle's rating, the vote was close. Tolle said so.")
    assert "Given Tolle" not in names and names.get("Tolle") == "person"


def test_a_monarch_named_by_title_is_the_one_holding_it_in_full():
    people = _people("King Tessaly II of Varnia spoke on Monday.", "Later King Tessaly said he would stay.")
    assert len(people) == 1


def test_a_run_after_the_is_no_person():
    names = _found("The parade began in silence, the Vellby Star-Tribune reported on Monday.")
    assert names.get("Vellby Star-Tribune") == "organization"


@pytest.mark.parametrize(
    "text,word",
    [
        ("Mr. Brill of Brill & Associates said he would wait.", "Associates"),
        ("Vell Corp. International said it expects a loss.", "International"),
        ("Lawmaker urges a vote. Members of the panel met on Monday.", "Lawmaker"),
        ("In the north, the town held out, and Syrians said they would stay.", "Syrians"),
    ],
)
def test_a_firms_word_a_role_noun_or_a_people_is_no_person(text, word):
    assert _found(text).get(word) != "person"


def test_the_first_part_of_a_hyphenated_company_is_that_company():
    names = _found("Orr-Vantage Co. makes servers. Orr announced last week that it would ship one.")
    assert names.get("Orr") == "organization"


def test_a_name_particle_keeps_the_name_whole():
    names = _found("They met President Tomas arap Kibet in the capital on Monday.")
    assert "Tomas arap Kibet" in names


@pytest.mark.parametrize(
    "text,word",
    [
        ("Ana Ruiz, head of Priests for Life, said the plan was late.", "Life"),
        ("Blistering attacks on the plan went on. Ana Ruiz said so.", "Blistering"),
    ],
)
def test_the_end_of_a_longer_name_or_a_participle_is_no_person(text, word):
    assert _found(text).get(word) != "person"


def test_a_pollster_is_an_organisation():
    assert _found("In May, Gallup found that most voters agreed.")["Gallup"] == "organization"


def test_an_acronym_opening_another_name_is_not_a_namesakes_initials():
    folded = entities.fold(
        [
            _analysis("Orr Vale Co. said its profit rose." + FILLER, "a"),
            _analysis("OVC Holding Partners made a bid. OVC said it had the money." + FILLER, "b"),
        ]
    )
    orr = next(e for e in folded if e.name.startswith("Orr Vale"))
    assert "OVC" not in orr.aliases


def test_an_airport_named_after_a_person_stays_a_place():
    folded = entities.fold(
        [
            _analysis("Senator Arlo Venn spoke on Monday. Venn said he would stay." + FILLER, "a"),
            _analysis("The flight landed at Arlo Venn airport at noon on Monday." + FILLER, "b"),
        ]
    )
    person = next(e for e in folded if e.kind == "person" and e.name == "Arlo Venn")
    assert not any("airport" in a for a in person.aliases)
    assert any(e.kind == "place" for e in folded)


def test_a_company_named_like_a_general_is_a_company():
    assert _found("Its share rose while General Mills' share fell.")["General Mills"] == "organization"
