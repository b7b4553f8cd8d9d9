"""The timeline across articles: every source's events in time order, whatever order the
articles come in; items of one fact told by two sources merged by the alignment."""

from __future__ import annotations

from handmade import SEED_A, SEED_B, analyse

from briefing.s6_compare import agreement, align, chronology


def test_timeline_orders_dates_and_keeps_one_item_per_event():
    a, b = analyse("a", SEED_A), analyse("b", SEED_B)
    items = chronology.timeline([a, b])
    dates_in_order = [i.date for i in items]
    placed = [d for d in dates_in_order if "X" not in d]
    assert placed == sorted(placed)
    assert placed[0] == "2000-06-04"
    assert dates_in_order.index("2022") < dates_in_order.index("XXXX-01")
    # Sharing a date and words is not the same fact: the alignment merges items, not the timeline.
    assert all(len(i.sources) == 1 for i in items)
    assert {i.expression for i in items if "X" in i.date} >= {"Thursday", "Earlier this year", "earlier this month"}


def test_items_of_one_fact_are_merged_by_the_alignment():
    a, b = analyse("a", SEED_A), analyse("b", SEED_B)
    merged = agreement.merge_timeline(chronology.timeline([a, b]), align.align([a, b]))
    by_date = {}
    for i in merged:
        by_date.setdefault(i.date, []).append(i)
    (cooperation,) = by_date["2001"]
    assert {r.source for r in cooperation.sources} == {"a", "b"}
    (iraq,) = by_date["2003"]
    assert len(iraq.sources) == 2 and iraq.expression == "2003"


def test_timeline_is_deterministic():
    one = chronology.timeline([analyse("a", SEED_A), analyse("b", SEED_B)])
    two = chronology.timeline([analyse("b", SEED_B), analyse("a", SEED_A)])
    assert one == two
