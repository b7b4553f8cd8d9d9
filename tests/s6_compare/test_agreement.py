"""Tests for agreement: paraphrases as one fact, timeline items of one fact merged, and which
pairs of sources tell the same story (shared facts, publication dates, main names)."""

from __future__ import annotations

from datetime import date

from handmade import STORY, make, run, summit

from briefing.s6_compare import agreement, align


def test_paraphrases_are_one_fact():
    facts, _, _ = run(*summit())
    by_sentence = {(r.source, r.sentence): f for f in facts for r in f.sources}
    # "inquired about the prospects of a coordinated strategy" ≈ "proposed a “coordinated strategy”"
    assert by_sentence[("a", 1)] is by_sentence[("b", 3)]
    assert by_sentence[("a", 4)] is by_sentence[("b", 2)]
    assert {r.source for r in by_sentence[("b", 6)].sources} == {"b"}  # Lavrov: only in b


def test_articles_far_apart_in_time_are_not_one_story():
    a = make("a", STORY, published=date(2008, 3, 1))
    b = make("b", STORY + "The Air Force reopened the competition.\n", published=date(2008, 6, 20))
    assert run(a, b)[2] == []
    facts = run(a, b)[0]
    assert ("a", "b") in agreement.same_story(facts)  # without dates they would be
    assert ("a", "b") not in agreement.same_story(facts, [a, b])


def test_template_briefs_on_different_companies_are_not_one_story():
    template = (
        "{0} declared a two-for-one stock split of its common shares.\n"
        "The split will raise the number of shares outstanding of {0}.\n"
        "The board of {0} also boosted the quarterly dividend for shareholders.\n"
    )
    a = make("a", template.format("UniFirst"), people=["UniFirst"] * 1)
    b = make("b", template.format("Oneida"), people=["Oneida"])
    facts = run(a, b)[0]
    # The same words about two companies are two facts, so the briefs share none.
    assert all(len({r.source for r in f.sources}) == 1 for f in facts)
    assert ("a", "b") not in agreement.same_story(facts, [a, b])
    assert run(a, b)[2] == []


def test_few_shared_background_facts_do_not_make_a_story():
    background = "Airbus is owned by the European Aeronautic Defence and Space Company.\n"
    a = make(
        "a",
        background + "Airbus won an order from Qatar Airways for sixty aircraft.\n"
        "The order is worth fifteen billion dollars at list prices.\n"
        "Qatar Airways will take the first aircraft in Doha.\n"
        "Analysts welcomed the order for the struggling planemaker.\n",
    )
    b = make(
        "b",
        background + "Airbus announced ten thousand job cuts across Europe.\n"
        "Unions in France and Germany called strikes against the plan.\n"
        "The chief executive defended the cuts as necessary.\n"
        "Factories in Saint-Nazaire and Laupheim will be sold.\n",
    )
    _, _, found = run(a, b)
    assert [d for d in found if d.kind == "omission"] == []


def test_timeline_items_of_aligned_sentences_merge():
    from briefing.model import Ref, TimelineItem

    a, b = summit()
    alignment = align.align([a, b])
    ra = Ref("a", a.sentences[4].start, a.sentences[4].end, 4)  # "The summit took place ... June 4, 2000"
    rb = Ref("b", b.sentences[2].start, b.sentences[2].end, 2)  # "The exchange took place ... June 4, 2000"
    rc = Ref("b", b.sentences[6].start, b.sentences[6].end, 6)  # Lavrov: not the same thing
    items = [
        TimelineItem("2000-06-04", "x", (ra,)),
        TimelineItem("2000-06-04", "y", (rb,)),
        TimelineItem("2000-06-04", "z", (rc,)),
        TimelineItem("2000", "w", (ra,)),
    ]
    merged = agreement.merge_timeline(items, alignment)
    assert [m.text for m in merged] == ["x", "z", "w"]
    assert merged[0].sources == (ra, rb)


def test_a_sentence_of_two_facts_merges_with_each_telling_at_its_date():
    from briefing.model import Ref, TimelineItem

    filler = "Reporters waited outside in the rain.\nA band played in the square.\nTraffic was closed all day.\n"
    flight, service = ("October 25", "2007-10-25"), ("October 28", "2007-10-28")
    a = make(
        "a",
        "The first flight will take off as a special charity flight and land in Sydney on October 25.\n"
        "Special services will continue on the route from October 28.\n" + filler,
        dates=[flight, service],
    )
    b = make(
        "b",
        "The A380 will make a special charity flight to Sydney on October 25 and begin "
        "special services on the route on October 28.\n" + filler,
        dates=[flight, service],
    )
    alignment = align.align([a, b])

    def at(x, n):
        s = x.sentences[n]
        return Ref(x.article.id, s.start, s.end, n)

    items = [
        TimelineItem("2007-10-25", "a flight", (at(a, 0),)),
        TimelineItem("2007-10-25", "b flight", (at(b, 0),)),
        TimelineItem("2007-10-28", "a service", (at(a, 1),)),
        TimelineItem("2007-10-28", "b service", (at(b, 0),)),
    ]
    merged = agreement.merge_timeline(items, alignment)
    assert [(m.text, [r.source for r in m.sources]) for m in merged] == [
        ("a flight", ["a", "b"]),
        ("a service", ["a", "b"]),
    ]


def test_a_sentence_telling_the_same_fact_without_a_date_joins_the_dated_item():
    from briefing.model import Ref, TimelineItem

    a, b = summit()
    alignment = align.align([a, b])
    ra = Ref("a", a.sentences[4].start, a.sentences[4].end, 4)  # "The summit took place ... June 4, 2000"
    rb = Ref("b", b.sentences[2].start, b.sentences[2].end, 2)  # the same fact, b's sentence not on the timeline
    (item,) = agreement.merge_timeline([TimelineItem("2000-06-04", "x", (ra,))], alignment)
    assert item.sources == (ra, rb)  # "in 2 sources", as the fact and the key event say


def test_items_of_one_fact_at_dates_that_agree_merge_at_the_finer_date():
    from briefing.model import Ref, TimelineItem

    a, b = summit()
    alignment = align.align([a, b])
    ra = Ref("a", a.sentences[4].start, a.sentences[4].end, 4)
    rb = Ref("b", b.sentences[2].start, b.sentences[2].end, 2)
    merged = agreement.merge_timeline(
        [TimelineItem("2000-06", "in June", (rb,)), TimelineItem("2000-06-04", "on the 4th", (ra,))], alignment
    )
    assert [(m.date, m.text, m.sources) for m in merged] == [("2000-06-04", "on the 4th", (ra, rb))]
    apart = agreement.merge_timeline(
        [TimelineItem("2000-06-04", "x", (ra,)), TimelineItem("2001-06-04", "y", (rb,))], alignment
    )
    assert [m.sources for m in apart] == [(ra,), (rb,)]  # a year apart: two happenings


def test_dates_agree_when_equal_one_within_the_other_or_days_apart():
    agree = agreement.dates_agree
    assert agree("2000-06-04", "2000-06-04") and agree("2000", "2000-06-04") and agree("2000-06-05", "2000-06-02")
    assert not agree("2000-06-04", "2000-06-09") and not agree("2000-06", "2000-07") and not agree("XXXX", "2000")
