"""amounts: the figures a sentence gives, what each counts, and when two sentences' figures
disagree."""

from __future__ import annotations

import pytest

from briefing.s6_compare import amounts


def _found(text: str, dated=()) -> list[tuple[float, set[str]]]:
    return [(a.value, set(a.counts)) for a in amounts.find(text, 0, len(text), dated)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("They won a US$40 billion contract.", [(40e9, {"$"})]),
        ("Sales fell 35% in the month.", [(35.0, {"%"})]),
        ("Sales fell 35 per cent.", [(35.0, {"%"})]),
        ("The plant will cut 4,300 jobs in France, 3,700 in Germany.", [(4300.0, {"jobs"}), (3700.0, {"jobs"})]),
        (
            "It ordered 179 new aerial refueling tankers at a rate of 15 a year.",
            [(179.0, {"aerial", "refuel", "tanker"}), (15.0, set())],
        ),
        ("Two more plants will close.", [(2.0, {"plant"})]),
        ("The delay is two and a half years.", [(2.5, {"year"})]),
        ("The vote was 52-35 in the Senate.", [(52.0, set()), (35.0, set())]),
    ],
)
def test_figures_and_what_they_count(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Boeing 787 flew in 2009.",  # a model in a name, a year
        "The A380-800 is the largest.",  # a code
        "The Big Three asked for help.",  # a number word inside a name
        "Most of them agreed.",  # no figure
    ],
)
def test_names_codes_and_years_are_no_figures(text):
    assert _found(text) == []


def test_a_date_is_no_figure():
    text = "The summit took place on June 4, 2000, with 40 guests."
    start = text.index("June")
    assert _found(text, [(start, start + len("June 4, 2000"))]) == [(40.0, {"guest"})]


def _compare(x: str, y: str) -> tuple[bool, int]:
    return amounts.compare(amounts.find(x, 0, len(x)), amounts.find(y, 0, len(y)))


def test_the_same_figures_agree_even_when_one_sentence_gives_more():
    assert _compare(
        "Northrop won a US$40 billion contract for 179 tankers.", "Northrop won an order for 179 tankers."
    ) == (False, 1)


def test_other_figures_of_the_same_thing_disagree():
    assert _compare("The attacks killed 257 people.", "The bombings killed 258 people.")[0]
    # The sentence that says less must not say otherwise: 5,500 agrees, 257 and 258 do not.
    assert _compare(
        "The attacks killed 257 people and injured 5,500 people.",
        "The bombings killed 258 people, injured 5,500 people.",
    )[0]


def test_one_number_counting_two_things_is_no_agreement():
    assert _compare("The jet uses 20 percent less fuel.", "It offers 20 extra seats.") == (True, 0)


def test_rounding_agrees():
    assert _compare("Loans worth US$17.4 billion were given.", "They got $17.38 billion in loans.") == (False, 1)
