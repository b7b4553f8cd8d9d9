"""What a date without its year is read against: verb cues give the clause's tense, a year
written before a month gives it its year, the publication date the rest."""

from __future__ import annotations

from datetime import date

from tagging import values

from briefing.s2_dates import expressions as dates
from briefing.s2_dates import reference as anchoring


def test_verb_cues_and_their_tense():
    low = "he will meet them, he said, and plans to leave; vacation plans are set."
    got = [(low[s:e], tense) for s, e, tense in anchoring.tense_cues(low, 0, len(low))]
    # "vacation plans" is a noun: only "plans to" looks ahead.
    assert got == [("will", 1), ("said", -1), ("plans", 1), ("are", 0)]


def test_future_tense_picks_the_coming_day():
    got = values("The board will meet on Tuesday.", date(1998, 8, 7))
    assert got["Tuesday"] == "1998-08-11"
    assert values("The group might come as soon as Tuesday.", date(2000, 4, 3))["Tuesday"] == "2000-04-04"


def test_nouns_and_places_that_look_like_future_cues():
    # "next to the embassies" and "vacation plans" say nothing about when
    got = values("Many were killed in the blasts next to the embassies on Friday.", date(1998, 8, 8))
    assert got["Friday"] == "1998-08-07"
    got = values("On Friday, when she set aside vacation plans, she left.", date(1998, 8, 17))
    assert got["Friday"] == "1998-08-14"
    assert values("He plans to leave on Friday.", date(1998, 8, 17))["Friday"] == "1998-08-21"


def test_month_without_year_follows_tense():
    dct = date(2000, 1, 10)
    assert values("The plan was approved in December.", dct)["December"] == "1999-12"
    assert values("The vote will be held in March.", dct)["March"] == "2000-03"


def test_month_takes_year_from_same_sentence():
    assert values("In 2003 the army moved in, and in May it left.", date(2010, 1, 1))["May"] == "2003-05"


def test_month_takes_the_last_year_before_it_in_a_very_long_sentence():
    # ~100 KB without a full stop or a publication date: each month looks back to the start.
    body = (
        "In 2003 the army moved in, "
        + "and the talks went on for a while " * 3000
        + "and in May it left, and by 2005 it came back, and in June it stayed, and 40 2006% grew in July"
    )
    got = values(body)
    assert (got["May"], got["June"], got["July"]) == ("2003-05", "2005-06", "2005-07")


def test_succeed_is_no_past_cue():
    body = "Mr. Schwarz will succeed Daniel P. Davison Feb. 1, soon after he retires.\n"
    found = dates.find(body, [], date(1989, 10, 26))
    assert [(t.text, t.value) for t in found] == [("Feb. 1", "1990-02-01")]


def test_since_points_back():
    body = "Investigators have been searching for him since shortly after the Oct. 23 slaying.\n"
    found = dates.find(body, [], date(1999, 5, 6))
    assert [(t.text, t.value) for t in found] == [("Oct. 23", "1998-10-23")]


def test_a_future_clause_is_not_in_the_past_year_before_it():
    body = "The three, invited in July 1997, will officially join on March 12 in a ceremony.\n"
    found = dates.find(body, [], date(1999, 2, 27))
    assert [(t.text, t.value) for t in found] == [("July 1997", "1997-07"), ("March 12", "1999-03-12")]


def test_is_to_and_set_to_look_ahead():
    body = "The talks are set to resume Monday in Belfast. Trading is to resume in Paris Tuesday.\n"
    found = dates.find(body, [], date(1998, 3, 22))  # a Sunday
    assert [(t.text, t.value) for t in found] == [("Monday", "1998-03-23"), ("Tuesday", "1998-03-24")]
