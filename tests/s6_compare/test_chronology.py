"""The timeline across articles: every source's events in time order, the same event told by
two sources one item, whatever order the articles come in."""

from __future__ import annotations

import random

from handmade import SEED_A, SEED_B, analyse

from briefing.model import Analysis, Article, Event, Timex
from briefing.s6_compare import chronology


def test_timeline_merges_sources_and_orders_dates():
    items = chronology.timeline([analyse("a", SEED_A), analyse("b", SEED_B)])
    dates_in_order = [i.date for i in items]
    placed = [d for d in dates_in_order if "X" not in d]
    assert placed == sorted(placed)
    assert placed[0] == "2000-06-04"
    assert dates_in_order.index("2022") < dates_in_order.index("XXXX-01")
    by_date = {}
    for i in items:
        by_date.setdefault(i.date, []).append(i)
    (cooperation,) = by_date["2001"]
    assert {r.source for r in cooperation.sources} == {"a", "b"}
    (iraq,) = by_date["2003"]
    assert len(iraq.sources) == 2 and iraq.expression == "2003"
    assert {i.expression for i in items if "X" in i.date} >= {"Thursday", "Earlier this year", "earlier this month"}


def test_timeline_is_deterministic():
    one = chronology.timeline([analyse("a", SEED_A), analyse("b", SEED_B)])
    two = chronology.timeline([analyse("b", SEED_B), analyse("a", SEED_A)])
    assert one == two


def test_the_timeline_merges_as_a_scan_of_every_earlier_group_would():
    # `chronology.timeline` looks up only the groups sharing one of an event's rarer words; the
    # events of one date must still join the first group of another source they overlap
    # enough, as comparing with every group in turn does.
    rng = random.Random(3)
    vocabulary = [f"word{i}" for i in range(30)] + ["the", "said", "a"]
    analyses = []
    for n in range(12):
        sentences = [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 12))) + "." for _ in range(25)]
        body = "\n".join(sentences) + "\n"
        found, at = [], 0
        for i, s in enumerate(sentences):
            day = f"2001-05-0{rng.randint(1, 3)}"
            found.append(Event(i, at, at + len(s), Timex(at, at + 4, s[:4], "DATE", day), day))
            at += len(s) + 1
        article = Article(f"s{n:02}", f"s{n:02}.txt", body, (), f"s{n:02}", "file name")
        analyses.append(Analysis(article, (), (), (), (), tuple(found)))

    def scan(arts):
        groups = []
        for a in arts:
            own = len(groups)
            for e in a.events:
                words = chronology.content_words(a.article.body[e.start : e.end])
                for g in groups[:own]:
                    if (
                        g[0] == e.date
                        and a.article.id not in g[2]
                        and chronology.overlap(words, g[3]) >= chronology.SAME_EVENT_OVERLAP
                    ):
                        g[1].append((a.article.id, e.start))
                        g[2].add(a.article.id)
                        break
                else:
                    groups.append((e.date, [(a.article.id, e.start)], {a.article.id}, words))
        return sorted((g[0], g[1]) for g in groups)

    got = sorted((item.date, [(r.source, r.start) for r in item.sources]) for item in chronology.timeline(analyses))
    assert got == scan(analyses)
    assert any(len(refs) > 2 for _, refs in got)
