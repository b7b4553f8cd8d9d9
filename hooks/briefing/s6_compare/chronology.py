"""The timeline across articles: every event of every article in time order, one item per
event (the alignment merges the items of several sources telling one fact); events dated
only relative to an unknown day last; each sentence listed once, under its main date.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from briefing import calendar
from briefing.model import Analysis, Ref, TimelineItem
from briefing.s5_events import happenings


def timeline(analyses: Sequence[Analysis]) -> list[TimelineItem]:
    """Every source's events in chronological order, underspecified ones last; one item per
    event. Items of several sources telling the same fact are merged afterwards, by the
    alignment (`agreement.merge_timeline`): sharing a date and some words is not enough."""
    analyses = sorted(analyses, key=lambda a: a.article.id)
    made: list[tuple[str, tuple[str, int, int], TimelineItem]] = []
    for a in analyses:
        body = a.article.body
        source = a.article.id
        for e in happenings.told(a):
            # The expression is shown only when it stands in the event's own sentence.
            own = e.start <= e.timex.start and e.timex.end <= e.end
            item = TimelineItem(
                e.date, body[e.start : e.end], (Ref(source, e.start, e.end, e.sentence),), e.timex.text if own else ""
            )
            made.append((e.date, (source, e.start, e.timex.start), item))
    placed = {d: calendar.placed(d) for d, _, _ in made}
    order = {d: calendar.chronological(d) for d in placed}
    specified = sorted((m for m in made if placed[m[0]]), key=lambda m: (order[m[0]], m[1]))
    relative = sorted((m for m in made if not placed[m[0]]), key=lambda m: m[1])
    return [item for _, _, item in specified + relative]


def listing(items: Sequence[TimelineItem], analyses: Sequence[Analysis]) -> list[TimelineItem]:
    """The items with each sentence listed once: an item is listed when one of its sentences
    has it as its main date (`happenings.main_dates`), and notes the other dates its
    sentences tell; an item all of whose sentences are listed elsewhere is not listed."""
    main: dict[tuple[str, int], str] = {}
    bodies = {a.article.id: a.article.body for a in analyses}
    dates: dict[tuple[str, int], list[str]] = {}
    for a in analyses:
        told = happenings.told(a)
        for index, value in happenings.main_dates(a, told).items():
            main[(a.article.id, index)] = value
        for e in told:
            dates.setdefault((a.article.id, e.sentence), []).append(e.date)
    out = []
    for item in items:
        keys = [(r.source, r.sentence) for r in item.sources]
        listed = [k for k in keys if main.get(k, item.date) == item.date]
        if not listed:
            out.append(dataclasses.replace(item, listed=False))
            continue
        also = tuple(d for d in dict.fromkeys(dates.get(listed[0], ())) if d != item.date)
        if keys[0] != listed[0]:
            # The sentence shown is one listed here, not one the timeline lists elsewhere.
            first = item.sources[keys.index(listed[0])]
            refs = (first, *(r for r in item.sources if r is not first))
            text = bodies[first.source][first.start : first.end]
            item = dataclasses.replace(item, sources=refs, text=text, expression="")
        out.append(dataclasses.replace(item, also=also) if also else item)
    return out
