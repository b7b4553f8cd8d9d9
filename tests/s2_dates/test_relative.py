"""Values counted from another date: the publication date (deictic) or the last date mentioned
(anaphoric); clock times; underspecified values when nothing anchors them."""

from __future__ import annotations

from datetime import date

from tagging import tag, values

from briefing.s2_dates import expressions as dates


def test_seed_relative_expressions_stay_underspecified_without_a_date():
    text = (
        "The transcript, which took place at the Kremlin on June 4, 2000, was released on Thursday. "
        "Earlier this year, Lavrov spoke. Since Trump assumed office in January, they met "
        "at the summit in Alaska earlier this month."
    )
    found = {t.text: t for t in dates.find(text, [], None)}
    assert found["Thursday"].value == "XXXX-WXX-4"
    assert found["Earlier this year"].value == "XXXX"
    assert found["January"].value == "XXXX-01"
    assert found["earlier this month"].value == "XXXX-XX"
    assert all(found[k].unresolved for k in ("Thursday", "Earlier this year", "January"))
    assert not found["June 4, 2000"].relative


def test_relative_expressions_resolve_against_publication():
    dct = date(1998, 8, 7)  # a Friday
    got = values(
        "Bombs exploded Friday. Officials met on Tuesday and last year talks failed; "
        "the report came out yesterday and earlier this month.",
        dct,
    )
    assert got["Friday"] == "1998-08-07"
    assert got["Tuesday"] == "1998-08-04"
    assert got["last year"] == "1997"
    assert got["yesterday"] == "1998-08-06"
    assert got["earlier this month"] == "1998-08"


def test_over_the_weekend_is_the_weekend_just_past():
    got = tag("Over the weekend, officials confirmed the plan.", date(1990, 8, 13))
    assert got["the weekend"] == ("DATE", "1990-W32-WE")


def test_until_a_weekday_looks_ahead_unless_the_clause_is_past():
    got = values("The match has been postponed until Saturday.", date(2013, 3, 22))
    assert got["Saturday"] == "2013-03-23"
    got = values("The talks lasted until Saturday.", date(2013, 3, 22))
    assert got["Saturday"] == "2013-03-16"


def test_present_past_and_future_references():
    got = values(
        "Prices are now high and currently rising; recently they fell. In recent years growth slowed.", date(2000, 1, 1)
    )
    assert got["now"] == "PRESENT_REF"
    assert got["currently"] == "PRESENT_REF"
    assert got["recently"] == "PAST_REF"
    assert got["recent years"] == "PAST_REF"
    assert values("Today he left.", date(2000, 1, 5))["Today"] == "2000-01-05"


def test_seasons_weekday_parts_and_clock_times():
    dct = date(1998, 10, 23)
    got = values("Last fall it rained. Friday night at 10 p.m. the lights went out.", dct)
    assert got["Last fall"] == "1997-FA"
    assert got["Friday night"] == "1998-10-23"
    assert got["10 p.m."] == "1998-10-23T22:00"


def test_anaphoric_expressions_use_the_last_date():
    got = values("The treaty was signed on June 4, 2000. The following day, troops withdrew.")
    assert got["The following day"] == "2000-06-05"


def test_day_one_is_no_day():
    body = "He emphasized that day one motions had been filed. He left that day.\n"
    found = dates.find(body, [], date(2009, 6, 4))
    assert [t.text for t in found] == ["that day"] and found[0].start > 40


def test_year_ranges_and_clock_with_a_following_day():
    got = [(t.text, t.value) for t in dates.find("Prices rose in 2003-2005 and 1998–2001.", [], None)]
    assert got == [("2003", "2003"), ("2005", "2005"), ("1998", "1998"), ("2001", "2001")]
    got = values("The launch will start at 2 p.m. ET on Friday.", date(2010, 1, 6))
    assert got["2 p.m. ET"] == "2010-01-08T14:00"


def test_a_weekday_naming_a_day_of_history_is_no_day_of_this_week():
    text = "Traders recalled Black Monday as prices fell on Monday."
    found = dates.find(text, [], date(2007, 10, 19))
    # only the second: "Black Monday" is the crash of 1987
    assert [(t.start, t.value) for t in found] == [(text.rindex("Monday"), "2007-10-15")]
    # a day that comes back each year is written of near it
    assert values("Christie stood behind Trump on Super Tuesday.", date(2016, 3, 2)) == {"Tuesday": "2016-03-01"}


def test_the_day_after_a_verb_is_no_date():
    got = values("The index rebounded late in the day after falling 250 points.", date(2007, 8, 10))
    assert "the day after" not in got
    got = values("Talks began on May 3. He resigned the day after.", date(2009, 6, 1))
    assert got["the day after"] == "2009-05-04"


def test_until_a_weekday_looks_ahead_after_what_is_put_off_or_kept_shut():
    # whatever the tense: what was put off is put off to a day to come (TimeBank's reading too)
    assert values("The match was postponed until Saturday.", date(2013, 3, 22))["Saturday"] == "2013-03-23"
    thursday = date(2008, 9, 18)
    assert values("The government has kept the markets closed until Friday.", thursday)["Friday"] == "2008-09-19"
    assert values("Officials postponed until Tuesday any action on the case.", thursday)["Tuesday"] == "2008-09-23"
    assert values("It was not until Tuesday that the police came.", thursday)["Tuesday"] == "2008-09-16"
