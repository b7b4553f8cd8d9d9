"""Background: earlier events in time order, key figures with what they measure, each cited."""

from __future__ import annotations

from datetime import date

from handmade import analyse

from briefing import assemble
from briefing.s6_compare import context

A = (
    "March 03, 2010\n"
    "The council approved a US$14 billion rescue package on Tuesday.\n"
    "The plan will cut 30,000 jobs and close 14 plants.\n"
    "The club was founded in 1902 by a group of miners.\n"
    "The company had signed a first lease in 2004.\n"
)
B = (
    "March 04, 2010\n"
    "Councillors approved the rescue package on Tuesday, which will cut 30,000 jobs.\n"
    "A contract worth $40 billion was signed in 2008 after the 9/11 attacks were studied.\n"
)


def _briefing():
    return assemble.combine([analyse("a", A, date(2010, 3, 3)), analyse("b", B, date(2010, 3, 4))])


def test_earlier_events_are_the_happenings_before_the_news_in_time_order():
    earlier = _briefing().background.earlier
    dates = [t.date for t in earlier]
    assert dates == sorted(dates) and dates[:1] == ["1902"]
    assert "2004" in dates and "2008" in dates
    assert not any(d.startswith("2010") for d in dates)  # the news itself is no background


def test_key_figures_say_what_they_measure_and_cite_every_source_once():
    figures = {(f.value, f.measures): f for f in _briefing().background.figures}
    assert ("US$14 billion", "rescue package") in figures
    assert ("$40 billion", "contract") in figures
    jobs = figures[("30,000", "jobs")]
    assert {r.source for r in jobs.sources} == {"a", "b"}
    assert ("14", "plants") in figures
    assert not any(value == "11" for value, _ in figures)  # "9/11" counts nothing


def test_no_articles_no_background():
    assert context.background((), ()) == context.background((), ())
    assert context.background((), ()).earlier == ()
