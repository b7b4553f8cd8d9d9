"""Calendar arithmetic on TIMEX3 values."""

from __future__ import annotations

from datetime import date

from briefing import calendar as reckon


def test_shift_keeps_the_granularity_of_the_value():
    assert reckon.shift("1989-Q3", "Y", -1) == "1988-Q3"
    assert reckon.shift("1989-11-02", "Y", -1) == "1988"
    assert reckon.shift("2000-01", "M", -1) == "1999-12"
    assert reckon.shift("1989-Q1", "Q", -1) == "1988-Q4"
    assert reckon.shift("2000-06-04", "D", 1) == "2000-06-05"
    assert reckon.shift("PRESENT_REF", "Y", 1) is None


def test_weeks_and_starts():
    assert reckon.week(date(1998, 2, 20)) == "1998-W08"
    assert reckon.start_of("1990-H2") == date(1990, 7, 1)
    assert reckon.start_of("2001-FA") == date(2001, 9, 1)
    assert reckon.start_of("1998-W08") == date(1998, 2, 16)


def test_weekday_near_counts_the_day_itself():
    friday = date(1998, 8, 7)
    assert reckon.weekday_near(friday, 4, -1) == friday
    assert reckon.weekday_near(friday, 1, -1) == date(1998, 8, 4)
    assert reckon.weekday_near(friday, 1, +1) == date(1998, 8, 11)


def test_end_of_a_period():
    assert reckon.end_of("2009-01") == date(2009, 1, 31)
    assert reckon.end_of("2008-Q4") == date(2008, 12, 31)
    assert reckon.end_of("2009-H1") == date(2009, 6, 30)
    assert reckon.end_of("2005") == date(2005, 12, 31)
    assert reckon.end_of("2005-03-04") == date(2005, 3, 4)
    assert reckon.end_of("2005-W10") is None


def test_month_of_a_week_or_weekend():
    assert reckon.month_of_week("2006-W04") == "2006-01"  # Jan 23-29
    assert reckon.month_of_week("2006-W05") is None  # Jan 30 - Feb 5: two months
    assert reckon.month_of_week("2010-W03-WE") == "2010-01"
    assert reckon.month_of_week("2006-01") is None


def test_chronological_puts_values_of_any_precision_in_time_order():
    values = ["2009-12", "2009-Q3", "2009-07-15", "2009", "2009-W04", "199", "2009-H2", "1990", "2009-SU"]
    assert sorted(values, key=reckon.chronological) == [
        "199",
        "1990",
        "2009",
        "2009-W04",
        "2009-SU",
        "2009-H2",
        "2009-Q3",
        "2009-07-15",
        "2009-12",
    ]


def test_placed_values_are_on_the_calendar():
    assert all(reckon.placed(v) for v in ("2000", "2000-06-04", "2009-Q3", "2006-W04", "2005-SU", "2000-06-04T10:00"))
    assert not any(reckon.placed(v) for v in ("XXXX-06", "PAST_REF", "PRESENT_REF", "P3Y"))
