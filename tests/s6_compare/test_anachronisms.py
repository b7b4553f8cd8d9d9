"""Tests for anachronisms: era wording ("post-9/11", "in the wake of the 2003 invasion")
checked against the article's own dates and its publication date, the date that anchors it,
and weekdays that do not fall on their date."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from handmade import kinds, make, run, summit

from briefing.model import Timex
from briefing.s6_compare import anachronisms


def test_anachronism_links_both_sentences():
    _, _, found = run(*summit())
    ana = [d for d in found if d.kind == "anachronism"]
    assert len(ana) == 1
    linked = {(r.source, r.sentence) for r in ana[0].sources}
    assert ("a", 3) in linked  # "This marked ... post-9/11 era"
    assert ("a", 4) in linked  # "The summit took place ... on June 4, 2000"
    d = ana[0]
    assert (d.about, d.subject, d.relation) == ("era", "post-9/11 era", "after")
    assert d.event is not None and (d.event.text, d.event.value) == ("9/11", "2001-09-11")
    assert [(c.text, c.value) for c in d.claims] == [("June 4, 2000", "2000-06-04")]


def test_era_wording_consistent_with_dates_is_not_flagged():
    a = make(
        "a",
        "In 2005 the two countries signed a treaty. This marked a turning point in the post-9/11 era.\n"
        "In the wake of the 2008 financial crisis, Boeing cut jobs in 2009.\n"
        "Airbus said in 2007 that production would resume after 2008.\n",
        dates=[("2005", "2005"), ("2008", "2008"), ("2009", "2009"), ("2007", "2007"), ("after 2008", "2008")],
    )
    assert anachronisms.find(a) == []


def test_anachronism_from_own_date_and_known_year():
    a = make(
        "a",
        "In 1999, in the wake of the 2003 invasion, the alliance was reshaped.\n",
        dates=[("1999", "1999"), ("2003", "2003")],
    )
    found = anachronisms.find(a)
    assert kinds(found) == ["anachronism"]
    assert found[0].event is not None and found[0].event.value == "2003"


def test_post_era_in_an_article_written_before_it():
    a = make("a", "Analysts describe a new post-9/11 era of cooperation.\n", published=date(2000, 7, 1))
    found = anachronisms.find(a)
    assert kinds(found) == ["anachronism"] and found[0].about == "published"
    assert found[0].event is not None and found[0].event.text == "9/11"


def test_anachronism_dated_by_the_first_of_the_most_precise_related_dates():
    body = (
        "Records from a 2000 summit have surfaced. This marked the early post-9/11 era.\n"
        "The talks were held on June 3, 2000.\n"  # shares no word with the anchor sentence
        "The summit opened in June 2000.\n"
        "The summit took place at the Kremlin on June 4, 2000.\n"
        "A second summit followed on June 5, 2000.\n"
    )
    a = make(
        "a",
        body,
        dates=[
            ("2000", "2000"),
            ("June 3, 2000", "2000-06-03"),
            ("June 2000", "2000-06"),
            ("June 4, 2000", "2000-06-04"),
            ("June 5, 2000", "2000-06-05"),
        ],
    )
    found = anachronisms.find(a)
    assert kinds(found) == ["anachronism"] and [c.value for c in found[0].claims] == ["2000-06-04"]
    assert [r.sentence for r in found[0].sources] == [1, 0, 4]
    month_only = make(
        "b",
        body.replace("on June 4, 2000", "then").replace("on June 5, 2000", "later"),
        dates=[("2000", "2000"), ("June 3, 2000", "2000-06-03"), ("June 2000", "2000-06")],
    )
    assert [c.value for c in anachronisms.find(month_only)[0].claims] == ["2000-06"]


def test_every_era_sentence_of_a_long_article_is_checked():
    paragraph = (
        "Records from a 2000 summit have surfaced. This marked the early post-9/11 era. "
        "It came before the pre-1990 talks. The summit took place on June 4, 2000.\n"
    )
    body = paragraph * 2000  # ~300 KB
    dates = tuple(
        Timex(m.start(), m.end(), m.group(), "DATE", "2000" if m.group() == "2000" else "2000-06-04")
        for m in re.finditer(r"June 4, 2000|2000", body)
    )
    a = dataclasses.replace(make("a", body), dates=dates)
    found = anachronisms.find(a)
    assert len(found) == 2000 and all([c.value for c in d.claims] == ["2000-06-04"] for d in found)
    # Each era sentence and the one before it; the date from the first sentence that has it.
    assert {r.sentence for d in found for r in d.sources} == {i for i in range(len(a.sentences)) if i % 4 < 2} | {3}


def test_weekday_that_does_not_fall_on_the_date():
    a = make("a", "The meeting was held on Thursday, June 4, 2000 in Moscow.\n", dates=[("June 4, 2000", "2000-06-04")])
    found = anachronisms.find(a)
    assert kinds(found) == ["anachronism"] and found[0].about == "weekday"
    assert [(c.text, c.value) for c in found[0].claims] == [("Thursday", "2000-06-04")]
    ok = make("b", "The meeting was held on Sunday, June 4, 2000 in Moscow.\n", dates=[("June 4, 2000", "2000-06-04")])
    assert anachronisms.find(ok) == []


def test_pre_era_after_the_event_and_unknown_eras():
    late = make("a", "In 2005 the two agencies still worked in a pre-9/11 way.\n", dates=[("2005", "2005")])
    found = anachronisms.find(late)
    assert kinds(found) == ["anachronism"] and found[0].relation == "before"
    unknown = make(
        "b", "In 1950 Europe was rebuilt in the post-war era. It was a post-Franco moment.\n", dates=[("1950", "1950")]
    )
    assert anachronisms.find(unknown) == []


def test_find_each_gives_what_find_gives_for_each_article_also_again():
    analyses = summit()
    expected = [d for a in analyses for d in anachronisms.find(a)]
    assert anachronisms.find_each(analyses) == expected
    assert anachronisms.find_each(analyses) == expected  # `mkdocs serve` looking again
    assert anachronisms.find_each(analyses[1:]) == [d for d in expected if d.sources[0].source != "a"]
