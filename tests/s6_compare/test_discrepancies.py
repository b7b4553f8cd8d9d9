"""Tests for discrepancies: contradictions in dates, amounts and places between sources
telling the same story (not updates, plans or each day's own news), omissions per pair, and
nothing raised between unrelated articles."""

from __future__ import annotations

import dataclasses
from datetime import date

from handmade import STORY, make, run, summit

from briefing.model import Analysis, Mention
from briefing.s6_compare import discrepancies


def test_contradiction_in_dates_and_amounts():
    a = make(
        "a",
        STORY + "The contract was awarded on February 29, 2008 and is worth $40 billion.\n",
        dates=[("February 29, 2008", "2008-02-29")],
        published=date(2008, 3, 10),
    )
    b = make(
        "b",
        STORY + "The contract was awarded on February 28, 2008 and is worth $35 billion.\n",
        dates=[("February 28, 2008", "2008-02-28")],
        published=date(2008, 3, 11),
    )
    found = [d for d in run(a, b)[2] if d.kind == "contradiction"]
    assert len(found) == 1
    assert found[0].about == "date"
    assert [(c.source, c.value) for c in found[0].claims] == [("a", "2008-02-29"), ("b", "2008-02-28")]
    assert {r.source for r in found[0].sources} == {"a", "b"}
    c = make(
        "c",
        STORY + "The contract was awarded on February 29, 2008 and is worth $35 billion.\n",
        dates=[("February 29, 2008", "2008-02-29")],
        published=date(2008, 3, 11),
    )
    found = [d for d in run(a, c)[2] if d.kind == "contradiction"]
    assert len(found) == 1 and found[0].about == "amount"
    assert [(c.source, c.text) for c in found[0].claims] == [("a", "$40 billion"), ("c", "$35 billion")]


def test_every_differing_amount_is_named():
    a = make(
        "a",
        STORY + "Boeing lost a US$40 billion (£20.1 billion) order for 179 new tankers.\n",
        published=date(2008, 3, 10),
    )
    b = make(
        "b",
        STORY + "Boeing lost a US$35 billion (£17.6 billion) order for 197 new tankers.\n",
        published=date(2008, 3, 10),
    )
    found = [d for d in run(a, b)[2] if d.kind == "contradiction"]
    assert len(found) == 1
    said = [c.text for c in found[0].claims]
    for amount in ("US$40 billion", "£20.1 billion", "179 new tankers", "US$35 billion", "197 new tankers"):
        assert amount in said


def test_agreeing_or_updated_accounts_raise_no_contradiction():
    a = make(
        "a",
        STORY + "The contract was awarded on February 29, 2008 and is worth $40 billion.\n",
        dates=[("February 29, 2008", "2008-02-29")],
        published=date(2008, 3, 1),
    )
    same = make(
        "b",
        STORY + "The contract, worth US$40 billion, was awarded in February 2008.\n",
        dates=[("February 2008", "2008-02")],
        published=date(2008, 3, 2),
    )
    assert [d for d in run(a, same)[2] if d.kind == "contradiction"] == []
    # Months later the value has grown: an update, not a contradiction.
    later = make(
        "c",
        STORY + "The contract was awarded on February 29, 2008 and is worth $45 billion.\n",
        dates=[("February 29, 2008", "2008-02-29")],
        published=date(2008, 9, 1),
    )
    assert [d for d in run(a, later)[2] if d.kind == "contradiction"] == []


def test_each_days_own_news_is_no_contradiction():
    # Two daily reports: each dates its event to its own day, and "today" is two days.
    a = make(
        "a",
        STORY + "Stock markets in Europe fell sharply on September 17, 2008 after the news.\n",
        dates=[("September 17, 2008", "2008-09-17")],
        published=date(2008, 9, 17),
    )
    b = make(
        "b",
        STORY + "Stock markets in Europe fell sharply on September 19, 2008 after the news.\n",
        dates=[("September 19, 2008", "2008-09-19")],
        published=date(2008, 9, 19),
    )
    assert [d for d in run(a, b)[2] if d.kind == "contradiction"] == []


def test_planned_dates_that_moved_are_no_contradiction():
    a = make(
        "a",
        STORY + "Deliveries of the tanker to the Air Force will begin in 2010, Boeing said.\n",
        dates=[("2010", "2010")],
        published=date(2008, 3, 1),
    )
    b = make(
        "b",
        STORY + "Deliveries of the tanker to the Air Force will begin in 2011, Boeing said.\n",
        dates=[("2011", "2011")],
        published=date(2008, 3, 2),
    )
    assert [d for d in run(a, b)[2] if d.kind == "contradiction"] == []


def test_place_contradiction_unless_both_name_both_places():
    def with_place(ident: str, sentence: str, places: list[str]) -> Analysis:
        an = make(ident, STORY + sentence, published=date(2008, 3, 10))
        body = an.article.body
        found = tuple(Mention(body.rindex(p), body.rindex(p) + len(p), p, "place", p) for p in places)
        boeing = Mention(body.index("Boeing"), body.index("Boeing") + 6, "Boeing", "organization", "Boeing")
        return dataclasses.replace(an, mentions=(boeing, boeing, *found))

    a = with_place("a", "The two leaders signed the tanker agreement at a ceremony in Denver.\n", ["Denver"])
    b = with_place("b", "The two leaders signed the tanker agreement at a ceremony in Chicago.\n", ["Chicago"])
    found = [d for d in run(a, b)[2] if d.kind == "contradiction"]
    assert len(found) == 1 and found[0].about == "place"
    assert [(c.source, c.text) for c in found[0].claims] == [("a", "Denver"), ("b", "Chicago")]
    # "at the Kremlin" / "in Moscow": no conflict when each article names the other's place too.
    c = with_place(
        "c",
        "The two leaders signed the tanker agreement at a ceremony in Chicago, near Denver.\n",
        ["Chicago", "Denver"],
    )
    assert [d for d in run(a, c)[2] if d.kind == "contradiction"] == []


def test_omission_summarised_per_pair():
    _, _, found = run(*summit())
    om = [d for d in found if d.kind == "omission"]
    assert len(om) == 1
    only_b = [o for o in om[0].omitted if o.source == "b"]
    assert any(o.kind == "quote" and "NATO" in o.names for o in only_b)
    assert any("Lavrov" in (o.speaker or o.text) for o in only_b)
    assert ("b", 6) in {(r.source, r.sentence) for r in om[0].sources}


def test_unrelated_articles_raise_nothing():
    a = make(
        "a",
        "Airbus delivered its first A380 to Singapore Airlines in Toulouse.\n"
        "The airline will fly the aircraft between Singapore and Sydney.\n"
        "Airbus expects to deliver thirteen more aircraft next year.\n",
        published=date(2007, 10, 15),
    )
    b = make(
        "b",
        "Ryanair exercised options on five Boeing 737 aircraft.\n"
        "The low-cost carrier will take delivery of the planes in 2006.\n"
        "Ryanair's chief executive praised the fuel efficiency of the 737.\n",
        dates=[("2006", "2006")],
        published=date(2005, 6, 13),
    )
    facts, _, found = run(a, b)
    assert found == []
    assert all(len({r.source for r in f.sources}) == 1 for f in facts)


def test_a_dateline_that_disagrees_with_the_front_matter_is_a_discrepancy():
    body = "March 05, 2009\nStocks dropped to twelve-year lows on Thursday.\n"
    a = make("a", body, dates=[("March 05, 2009", "2009-03-05")], published=date(2009, 3, 9))
    a = dataclasses.replace(a, article=dataclasses.replace(a.article, dateline=date(2009, 3, 5)))
    (found,) = discrepancies.datelines([a])
    assert (found.kind, found.about) == ("contradiction", "dateline")
    assert [(c.text, c.value) for c in found.claims] == [("March 05, 2009", "2009-03-05"), ("", "2009-03-09")]
    assert found.sources[0].start == 0 and found.sources[0].sentence == 0
    agreeing = dataclasses.replace(a, article=dataclasses.replace(a.article, published=date(2009, 3, 5)))
    assert discrepancies.datelines([agreeing]) == []
