"""Places: gazetteers, heads and cue words, and a town's name before its state."""

from __future__ import annotations

import pytest
from tagging import mentions_of

FILLER = " The talks went on for most of the day in the old hall.\n"


def kinds_of(text: str) -> dict[str, str]:
    return {m.text: m.kind for m in mentions_of(text + FILLER)}


@pytest.mark.parametrize(
    "text,name",
    [
        ("The plant in St. Louis will close.", "St. Louis"),  # "St." opens a place
        ("Talks were held in Ontario and Bavaria.", "Ontario"),  # provinces and states
        ("Talks were held in Ontario and Bavaria.", "Bavaria"),
        ("The jet is due at Brenford airport at noon.", "Brenford airport"),  # a lower-case cue
        ("It closed the Fenwick Plant last year.", "Fenwick Plant"),
        ("Workers at Louisville Assembly walked out.", "Louisville Assembly"),  # a town's car plant
        ("It will open in Mobile, Alabama next year.", "Mobile"),  # a town before its state
    ],
)
def test_places(text, name):
    assert kinds_of(text).get(name) == "place"


def test_a_word_before_a_town_is_no_place():
    found = kinds_of("Location, Birmingham, Alabama.")
    assert found.get("Location") != "place"


def test_an_airport_is_named_without_its_cue():
    (m,) = [m for m in mentions_of("The jet landed at Brenford airport at noon." + FILLER) if m.kind == "place"]
    assert (m.text, m.name) == ("Brenford airport", "Brenford")


def test_aliases_of_places():
    found = {
        m.text: m.name for m in mentions_of("Ships sailed from Surinam to the People's Republic of China." + FILLER)
    }
    assert found["Surinam"] == "Suriname"
    assert found["People's Republic of China"] == "China"
