"""Calendar arithmetic on TIMEX3 values."""

from __future__ import annotations

from datetime import date

from briefing import calendar


def test_shift_keeps_the_granularity_of_the_value():
    assert calendar.shift("1989-Q3", "Y", -1) == "1988-Q3"
    assert calendar.shift("1989-11-02", "Y", -1) == "1988"
    assert calendar.shift("2000-01", "M", -1) == "1999-12"
    assert calendar.shift("1989-Q1", "Q", -1) == "1988-Q4"
    assert calendar.shift("2000-06-04", "D", 1) == "2000-06-05"
    assert calendar.shift("PRESENT_REF", "Y", 1) is None


def test_weeks_and_starts():
    assert calendar.week(date(1998, 2, 20)) == "1998-W08"
    assert calendar.start_of("1990-H2") == date(1990, 7, 1)
    assert calendar.start_of("2001-FA") == date(2001, 9, 1)
    assert calendar.start_of("1998-W08") == date(1998, 2, 16)


def test_weekday_near_counts_the_day_itself():
    friday = date(1998, 8, 7)
    assert calendar.weekday_near(friday, 4, -1) == friday
    assert calendar.weekday_near(friday, 1, -1) == date(1998, 8, 4)
    assert calendar.weekday_near(friday, 1, +1) == date(1998, 8, 11)


def test_end_of_a_period():
    assert calendar.end_of("2009-01") == date(2009, 1, 31)
    assert calendar.end_of("2008-Q4") == date(2008, 12, 31)
    assert calendar.end_of("2009-H1") == date(2009, 6, 30)
    assert calendar.end_of("2005") == date(2005, 12, 31)
    assert calendar.end_of("2005-03-04") == date(2005, 3, 4)
    assert calendar.end_of("2005-W10") is None


def test_month_of_a_week_or_weekend():
    assert calendar.month_of_week("2006-W04") == "2006-01"  # Jan 23-29
    assert calendar.month_of_week("2006-W05") is None  # Jan 30 - Feb 5: two months
    assert calendar.month_of_week("2010-W03-WE") == "2010-01"
    assert calendar.month_of_week("2006-01") is None


def test_chronological_puts_values_of_any_precision_in_time_order():
    values = ["2009-12", "2009-Q3", "2009-07-15", "2009", "2009-W04", "199", "2009-H2", "1990", "2009-SU"]
    assert sorted(values, key=calendar.chronological) == [
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
    assert all(calendar.placed(v) for v in ("2000", "2000-06-04", "2009-Q3", "2006-W04", "2005-SU", "2000-06-04T10:00"))
    assert not any(calendar.placed(v) for v in ("XXXX-06", "PAST_REF", "PRESENT_REF", "P3Y"))


def test_span_is_the_first_and_last_day_of_a_date_value():
    assert calendar.span("2000") == (date(2000, 1, 1), date(2000, 12, 31))
    assert calendar.span("2000-02") == (date(2000, 2, 1), date(2000, 2, 29))
    assert calendar.span("1999-12") == (date(1999, 12, 1), date(1999, 12, 31))
    assert calendar.span("2000-06-04") == (date(2000, 6, 4), date(2000, 6, 4))


def test_the_last_day_of_the_calendars_last_month_year_and_quarter():
    assert calendar.end_of("9999-12") == calendar.end_of("9999") == calendar.end_of("9999-Q4") == date.max
    assert calendar.end_of("9999-H2") == date.max and calendar.end_of("0001-01") == date(1, 1, 31)
