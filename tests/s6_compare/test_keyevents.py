"""Key events: developments told once, weighed across sources, background kept out."""

from __future__ import annotations

from datetime import date

from handmade import analyse

from briefing import assemble
from briefing.s6_compare import keyevents

A = (
    "March 03, 2010\n"
    "The city council approved the new stadium on Tuesday after a long debate.\n"
    "The stadium will open in 2014.\n"
    "The old arena is the smallest in the league.\n"
    "The club had asked for a new ground in 2004.\n"
)
B = (
    "March 04, 2010\n"
    "Councillors approved the new stadium for the city on Tuesday after a long debate.\n"
    "The mayor said the vote was a turning point.\n"
    "In 2008 the club signed a lease with the owners of the site.\n"
)


def _briefing():
    return assemble.combine([analyse("a", A, date(2010, 3, 3)), analyse("b", B, date(2010, 3, 4))])


def test_size_grows_slowly_with_the_sources():
    assert [keyevents.size(n) for n in (0, 2, 30, 510)] == [0, 10, 29, 91]


def test_a_development_told_by_two_sources_is_one_key_event_led_by_a_main_news():
    b = _briefing()
    vote = [k for k in b.key_events if k.date == "2010-03-02"]
    assert len(vote) == 1
    (k,) = vote
    assert {r.source for r in k.sources} == {"a", "b"}
    assert k.leads == 2 and k.text.startswith("The city council approved")
    assert k.weight == max(e.weight for e in b.key_events)


def test_plans_descriptions_and_background_are_no_key_events():
    b = _briefing()
    told = " ".join(k.text for k in b.key_events)
    assert "will open" not in told  # still to come when the sources wrote
    assert "smallest" not in told  # a description
    assert "had asked" not in told  # background: a past perfect
    assert "signed a lease" in told  # an earlier happening stays


def test_each_sentence_tells_one_key_event_and_they_are_in_time_order():
    b = _briefing()
    firsts = [(r.source, r.sentence) for k in b.key_events for r in k.sources[:1]]
    assert len(firsts) == len(set(firsts))
    dates = [k.date for k in b.key_events]
    assert dates == sorted(dates)


def test_latest_is_what_the_last_source_adds():
    late = analyse(
        "c",
        "September 20, 2010\nBuilders started work on the new stadium on Monday.\nEngineer Rita Vance led the crew.\n",
        date(2010, 9, 20),
    )
    b = assemble.combine([analyse("a", A, date(2010, 3, 3)), analyse("b", B, date(2010, 3, 4)), late])
    assert b.latest is not None and b.latest.sources == ("c",) and b.latest.since == date(2010, 3, 4)
    assert any("Builders started" in f.text for f in b.latest.facts)
    undated = assemble.combine([analyse("a", A), analyse("b", B)])
    assert undated.latest is None  # no dates: no source is the latest


def test_a_key_events_sources_are_its_timeline_items_and_a_sources_other_news_of_the_day_is_folded():
    a = analyse(
        "a",
        A.replace("after a long debate.\n", "after a long debate.\nFans marched to the town hall on Tuesday.\n"),
        date(2010, 3, 3),
    )
    b = assemble.combine([a, analyse("b", B, date(2010, 3, 4))])
    (vote,) = [k for k in b.key_events if k.date == "2010-03-02"]
    (item,) = [t for t in b.timeline if vote.sources[0] in t.sources]
    assert set(vote.sources) == set(item.sources) and len(vote.sources) == 2  # one sentence per source
    folded = {b.analysis(r.source).article.body[r.start : r.end]: r for r in vote.folded}
    # a's other news of that day: shown under it, not a source telling the vote
    assert "Fans marched to the town hall on Tuesday." in folded
    assert all(folded["Fans marched to the town hall on Tuesday."] not in k.sources for k in b.key_events)
