"""Governments and administrations that articles name in lower case."""

from __future__ import annotations

from tagging import mentions_of


def orgs(text: str) -> dict[str, str]:
    return {m.text: m.name for m in mentions_of(text) if m.kind == "organization"}


def test_a_countrys_adjective_before_government():
    assert orgs("The Belgian government will pay.\n") == {"Belgian government": "Government of Belgium"}


def test_government_of_a_place():
    found = orgs("Loans came from the government of Canada and the provincial government of Ontario.\n")
    assert found == {
        "government of Canada": "Government of Canada",
        "provincial government of Ontario": "Government of Ontario",
    }


def test_the_home_countrys_government_takes_the():
    assert orgs("It asked the US government for aid.\n") == {"US government": "Government of the United States"}


def test_a_persons_administration():
    found = orgs("Barack Obama spoke. The Obama administration is looking at it.\n")
    assert found == {"Obama administration": "Obama administration"}


def test_no_government_of_an_unknown_word():
    assert orgs("The shadow government met on Monday.\n") == {}
