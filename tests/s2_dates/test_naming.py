"""Dates that name something (a year in a thing's name, an era) rather than tell when."""

from __future__ import annotations

import pytest

from briefing.s2_dates import find, naming


def _named(sentence: str, text: str) -> bool:
    body = sentence + "\n"
    (t,) = [t for t in find(body, [], None) if t.text == text]
    return naming.names_only(body, t)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Declassified records from a 2000 summit between the two leaders have surfaced.", "2000"),
        ("The 2016 Committee has spent more than $1 million on mugs.", "2016"),
        ("She is now senior adviser to the 2016 front-runner.", "2016"),
        ("The ferries are scheduled to be ready for the 2012 regatta.", "2012"),
        ("This marked a moment in the early post-9/11 era when the two countries drew closer.", "9/11"),
        ("The landscape, including the aftermath of the 9/11 attacks, has changed the alliance.", "9/11"),
        ("Analysts describe the pre-2008 world of cheap credit.", "2008"),
    ],
)
def test_a_date_that_names_a_thing_or_an_era(sentence, text):
    assert _named(sentence, text)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("He won the 2016 election by a wide margin.", "2016"),  # told in the past: the year is the best date
        ("Moscow condemned the 2003 invasion of the country.", "2003"),
        ("A 2014 study by two universities found the odds were worst in the city.", "2014"),
        ("After that fiasco, the 1920 election, we might recall, was a blow-out.", "1920"),
        ("Since President Barack Obama's 2008 election, donors have moved away.", "2008"),  # a time
        ("In the 2008 season the team has won every home game.", "2008"),
        ("The firm says its 2006 profit is the highest in a decade.", "2006"),  # a period's figures
        ("Following the 9/11 attacks, the two countries began to cooperate.", "9/11"),
        ("In the aftermath of the 9/11 attacks, the two countries began to cooperate.", "9/11"),
        ("The factory has been open since 2000 and employs 500 people.", "2000"),
        ("Sales in 2000 and 2001 have grown.", "2000"),
    ],
)
def test_a_date_that_tells_when(sentence, text):
    assert not _named(sentence, text)
