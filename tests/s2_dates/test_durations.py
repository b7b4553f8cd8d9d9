"""Durations and sets: their values, and the counts and units they are written with."""

from __future__ import annotations

from datetime import date

from briefing.s2_dates import durations
from briefing.s2_dates import expressions as dates


def tag(text: str, published: date | None = None) -> dict[str, tuple[str, str]]:
    found = dates.find(text, [], published)
    for t in found:
        assert text[t.start : t.end] == t.text
    return {t.text: (t.type, t.value) for t in found}


def test_durations_and_sets():
    got = tag("In the past three years it grew, for two weeks it paused; it reports daily and meets every week.")
    assert got["the past three years"] == ("DURATION", "P3Y")
    assert got["two weeks"] == ("DURATION", "P2W")
    assert got["daily"] == ("SET", "P1D")
    assert got["every week"] == ("SET", "P1W")


def test_a_papers_name_is_no_set():
    body = "The China Daily newspaper reported the deal. The Daily Telegraph said so. Daily, he runs.\n"
    found = dates.find(body, [], date(2009, 6, 18))
    assert [(t.text, t.value) for t in found] == [("Daily", "P1D")]


def test_duration_values():
    assert durations.duration(3, "Y") == "P3Y"
    assert durations.duration(None, "M") == "PXM"
    assert durations.duration(2.5, "Y") == "P2Y6M"
    assert durations.duration(5.5, "H") == "PT5H30M"
    assert durations.duration(1.5, "D") == "P1DT12H"
    assert durations.duration(2, "DE") == "P20Y"
    assert durations.duration(3, "Q") == "P9M"
    assert durations.duration(30, "MIN") == "PT30M"


def test_counts_and_units_as_written():
    assert durations.number("twenty-five") == 25
    assert durations.number("2 1/2") == 2.5
    assert durations.number("a dozen") == 12
    assert durations.number("several") is None
    assert (durations.unit_of("centuries"), durations.unit_of("Minutes"), durations.unit_of("fortnight")) == (
        "CE",
        "MIN",
        "X",
    )
