"""Values of expressions naming their calendar unit: days, months, years, decades, quarters,
and the numbers that are no years."""

from __future__ import annotations

from datetime import date

from tagging import values

from briefing.s2_dates import expressions as dates


def test_absolute_dates():
    got = values(
        "The summit took place at the Kremlin on June 4, 2000, and talks resumed March 01, 2008. Troops left in 2003."
    )
    assert got == {"June 4, 2000": "2000-06-04", "March 01, 2008": "2008-03-01", "2003": "2003"}


def test_abbreviated_month_and_decade():
    got = values("Shares fell on Sept. 30, 1989 and prices had risen through the 1990s.")
    assert got["Sept. 30, 1989"] == "1989-09-30"
    assert got["the 1990s"] == "199"


def test_nine_eleven():
    found = dates.find("After the 9/11 attacks, post-9/11 cooperation grew.", [], None)
    assert [(t.text, t.value) for t in found] == [("9/11", "2001-09-11"), ("9/11", "2001-09-11")]


def test_a_month_takes_the_year_written_just_after_it():
    got = values("Her induction that January day in 2011 was a shock.", date(2013, 3, 21))
    assert got["that January"] == "2011-01"
    assert values("He arrived on a cold January morning in 1998.", date(2013, 3, 21))["January"] == "1998-01"


def test_quarters_and_anaphora():
    dct = date(1989, 11, 2)
    got = values(
        "Profit rose in the third quarter from $5 million a year earlier. "
        "Fiscal 1989 ended; the company expects gains in mid-1990.",
        dct,
    )
    assert got["the third quarter"] == "1989-Q3"
    assert got["a year earlier"] == "1988-Q3"
    assert got["Fiscal 1989"] == "1989"
    assert got["mid-1990"] == "1990"


def test_a_number_in_a_name_is_no_year():
    got = values("The Russell 2000 Index fell, unlike after the 2003 US-led invasion.", date(2010, 1, 1))
    assert got == {"2003": "2003"}


def test_a_month_name_before_a_surname_is_a_given_name():
    got = values("April Ryan asked the question. “Not yet,” said June Carter.", published=date(2010, 5, 5))
    assert got == {}
    # A word that makes it a time keeps it one, whatever follows.
    got = values(
        "In June Apple released it; the July Democratic convention and May Day followed. "
        "Between June and July Congress waited.",
        published=date(2010, 5, 5),
    )
    assert got["June"] == "2010-06" and got["July"] == "2010-07"


def test_both_ends_of_a_range_of_months_take_the_year_written_last():
    got = values("The index last rose four weeks in a row between September and October of 2007.", date(2009, 4, 4))
    assert got["September"] == "2007-09"
    assert got["October of 2007"] == "2007-10"
    got = values("The fair runs from March 3 to April 5, 2010.", date(2009, 12, 1))
    assert got["March 3"] == "2010-03-03"


def test_a_holiday_in_the_calendars_last_and_first_years():
    assert values("They met on Thanksgiving.", date(9999, 12, 1)) == {"Thanksgiving": "9999-11-25"}
    assert values("They met on Memorial Day.", date(1, 6, 1)) == {"Memorial Day": "0001-05-28"}
