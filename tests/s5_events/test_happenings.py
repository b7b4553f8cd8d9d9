"""Happenings, background, descriptions and bare quotations, told apart by their verbs."""

from __future__ import annotations

from datetime import date

import pytest
from handmade import analyse

from briefing.s5_events import happenings
from briefing.s5_events.happenings import BACKGROUND, DESCRIPTION, HAPPENING, QUOTE


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The company announced the cuts on Tuesday.", HAPPENING),
        ("The carrier, the biggest in the country, signed the order in Paris.", HAPPENING),
        ("The new plant was opened by the minister.", HAPPENING),
        ("Deliveries will begin next year.", HAPPENING),
        ("The first flight is scheduled for March.", HAPPENING),
        ("The union is preparing to strike.", HAPPENING),
        ("The group has won a large order from the navy.", HAPPENING),
        ("“We are pleased,” a spokesman said.", HAPPENING),
        ("The plant is the largest in the region.", DESCRIPTION),
        ("The winglets, designed to save fuel, are small parts.", DESCRIPTION),
        ("At present the airline has 91 aircraft.", DESCRIPTION),
        ("The firm has had a policy of hiring locally for decades.", DESCRIPTION),
        ("The bank is owned by a holding company.", DESCRIPTION),
        ("The firm had signed a first deal with the city.", BACKGROUND),
        ("Lockheed and Reed are two makers of rockets.", DESCRIPTION),  # names, not verbs in -ed
        ("It will be the first airliner of its kind.", DESCRIPTION),
        ("It was the last jet built in the state.", DESCRIPTION),
        ("Such contracts are often justified by their speed.", DESCRIPTION),
        ("“We took a big swing and we hit a home run.”", HAPPENING),  # told in the speaker's words
        ("We've got difficult challenges.”", QUOTE),
        ("“It is a great day for all of us.", QUOTE),
    ],
)
def test_kind_reads_the_verbs(sentence, expected):
    assert happenings.kind(sentence) == expected


def test_a_sentence_naming_the_news_is_about_it():
    assert happenings.names_happening("The takeover was the talk of the show.")
    assert happenings.names_happening("This brings the total to 230.")
    assert not happenings.names_happening("The plant is the largest in the region.")


def test_descriptions_placed_on_the_story_day_are_not_told():
    body = (
        "May 24, 2008\n"
        "The maker announced on Friday that it would close the plant.\n"
        "The plant is the oldest in the state.\n"
    )
    a = analyse("d", body, date(2008, 5, 24))
    told = {a.article.body[e.start : e.end][:14] for e in happenings.told(a)}
    assert "The maker anno" in told
    assert "The plant is t" not in told


def test_the_main_date_of_a_sentence_is_its_main_clause():
    body = "The transcript of the meeting, which took place on June 4, 2000, was released on Thursday.\n"
    a = analyse("m", body, date(2025, 8, 29))
    told = happenings.told(a)
    assert {e.date for e in told} == {"2000-06-04", "2025-08-28"}
    assert happenings.main_dates(a, told) == {0: "2025-08-28"}
