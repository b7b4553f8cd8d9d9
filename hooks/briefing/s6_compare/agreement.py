"""Where the sources agree: one fact per group of aligned sentences, timeline items telling
one fact merged, and the pairs of sources that tell the same story (the ones whose
differences are worth reporting).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from briefing import calendar as reckon
from briefing.model import Analysis, Fact, Ref, TimelineItem
from briefing.s6_compare.align import Alignment

# Pairs of sources "tell the same story" when this many facts are shared...
STORY_FACTS = 3
# ... and the shared facts make up this share of the shorter article's statements
# (two outlets on one story share most of it; a daily market report shares its template
# with the next day's, about a third)...
STORY_SHARE = 0.4
# ... and, when both dates are known, they were published this close together.
STORY_WINDOW_DAYS = 3
# ... and each names one of the other's this many most-mentioned names.
MAIN_NAMES = 3
# Days of a day-dated fact across which two sources' dates still tell it (the day before and
# the day of the report: "on Thursday night" and "on Friday").
DAY_SLACK = 3


def facts(alignment: Alignment) -> list[Fact]:
    """One fact per group of aligned sentences (one-source facts included), in source order.

    A fact's text is its first sentence that tells nothing else (a sentence telling two facts
    is in two groups, and would be shown twice), or its first sentence."""
    units = alignment.index.units
    out = []
    for members in alignment.groups:
        if len(members) == 1:
            out.append(Fact(units[members[0]].text, (units[members[0]].ref,)))
            continue
        shown = next((k for k in members if len(alignment.groups_at[alignment.key(k)]) == 1), members[0])
        out.append(Fact(units[shown].text, tuple(units[k].ref for k in members)))
    return out


def merge_timeline(items: Sequence[TimelineItem], alignment: Alignment) -> list[TimelineItem]:
    """Timeline items of one date whose sentences tell the same fact become one item carrying
    every source ("took place at the Kremlin on June 4, 2000" in both); a sentence of the
    group that gives no date joins the item too, when the group's items are of one date (the
    other source tells the same fact without dating it: it still reports it).

    Items are merged within a group of the alignment only, so every two sources of an item
    tell the same fact; an item merges once (a sentence in two groups joins the first)."""
    at: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        for r in item.sources:
            at[(r.source, r.sentence)].append(i)
    merged: dict[int, list[int]] = {}  # first item -> the items merged into it
    head: dict[int, int] = {}  # a merged item -> the first item it went into
    taken: set[int] = set()
    undated: dict[int, list[Ref]] = defaultdict(list)  # item -> sentences joining it undated
    joined: set[tuple[str, int]] = set()
    # The largest groups first: a sentence in two groups shows the agreement of more sources.
    for members in sorted(alignment.groups, key=lambda m: -len(m)):
        if len(members) < 2:
            continue
        by_date: dict[str, dict[str, int]] = defaultdict(dict)  # date -> source -> item
        for k in members:
            ref = alignment.unit(k).ref
            for i in at.get((ref.source, ref.sentence), ()):
                if i not in taken:
                    by_date[items[i].date].setdefault(ref.source, i)
        for chosen in _one_date(by_date, items):
            taken.update(chosen)
            merged[chosen[0]] = chosen
            head.update(dict.fromkeys(chosen, chosen[0]))
        dated = sorted({i for k in members for i in at.get(alignment.key(k), ())})
        if len({items[i].date for i in dated}) != 1:
            continue  # no date, or several: which item it would join is not clear
        target = head.get(dated[0], dated[0])
        has = {r.source for i in merged.get(target, [target]) for r in items[i].sources}
        for k in members:
            key = alignment.key(k)
            if key not in at and key not in joined and key[0] not in has:
                joined.add(key)
                has.add(key[0])
                undated[target].append(alignment.unit(k).ref)
    out = []
    for i, item in enumerate(items):
        if i in merged or i in undated:
            refs = tuple(dict.fromkeys(r for k in merged.get(i, [i]) for r in items[k].sources))
            out.append(dataclasses.replace(item, sources=(*refs, *undated.get(i, ()))))
        elif i not in taken:
            out.append(item)
    return out


def _one_date(by_date: dict[str, dict[str, int]], items: Sequence[TimelineItem]) -> list[list[int]]:
    """The items of one group to merge, each list headed by the item whose date it takes: the
    date most sources give (the finest on ties), with the dates that agree with it and with
    each other ("on Thursday night" and "on Friday"; "in December" and "on 11 December"),
    one item per source."""
    out = []
    used: set[str] = set()
    for seed in sorted(by_date, key=lambda d: (-len(by_date[d]), -len(d), d)):
        if seed in used:
            continue
        dates = [seed]
        for d in sorted(by_date, key=lambda d: (-len(by_date[d]), -len(d), d)):
            if d not in used and d not in dates and all(dates_agree(d, x) for x in dates):
                dates.append(d)
        told: dict[str, int] = {}
        for d in dates:
            for source, i in by_date[d].items():
                told.setdefault(source, i)
        if len(told) < 2:
            continue  # a date only one source gives stays its own item
        used.update(dates)
        first = min(i for i in told.values() if items[i].date == seed)
        out.append([first, *sorted(i for i in told.values() if i != first)])
    return out


def same_story(facts_: Sequence[Fact], analyses: Sequence[Analysis] = ()) -> set[tuple[str, str]]:
    """Pairs of sources (sorted) that share enough facts to be telling the same story.

    When `analyses` are given, the two must also have been published close together and
    name each other's main actors: two company briefs built on the same template ("declared
    a 2-for-1 stock split") share sentences but not their subject.
    """
    shared: dict[tuple[str, str], int] = defaultdict(int)
    size: dict[str, int] = defaultdict(int)
    for f in facts_:
        if len(f.sources) == 1:  # most facts: told by one source
            size[f.sources[0].source] += 1
            continue
        sources = sorted({r.source for r in f.sources})
        for r in f.sources:
            size[r.source] += 1
        for i, x in enumerate(sources):
            for y in sources[i + 1 :]:
                shared[(x, y)] += 1
    by_id = {a.article.id: a for a in analyses}
    out = set()
    for (x, y), n in shared.items():
        if n < STORY_FACTS or n < STORY_SHARE * min(size[x], size[y]):
            continue
        if x in by_id and y in by_id and not _same_subject(by_id[x], by_id[y]):
            continue
        out.add((x, y))
    return out


def _same_subject(a: Analysis, b: Analysis) -> bool:
    if not _close_in_time(a.article.published, b.article.published):
        return False
    names_a, names_b = _names_by_count(a), _names_by_count(b)
    if not names_a or not names_b:
        return True  # nothing to tell by
    return bool(set(names_a[:MAIN_NAMES]) & set(names_b)) and bool(set(names_b[:MAIN_NAMES]) & set(names_a))


def _names_by_count(a: Analysis) -> list[str]:
    """The family names (or last words) of the names an article mentions, most mentioned first."""
    count: dict[str, int] = defaultdict(int)
    for m in a.mentions:
        count[m.name.split()[-1].lower()] += 1
    return sorted(count, key=lambda k: (-count[k], k))


def _close_in_time(x: date | None, y: date | None) -> bool:
    return x is None or y is None or abs((x - y).days) <= STORY_WINDOW_DAYS


def dates_agree(a: str, b: str) -> bool:
    """Whether two dates may be one happening's: equal, one within the other, or days a few apart."""
    if a == b:
        return True
    if not (reckon.placed(a) and reckon.placed(b)):
        return False
    sa, ea, sb, eb = reckon.start_of(a), reckon.end_of(a), reckon.start_of(b), reckon.end_of(b)
    if sa is None or ea is None or sb is None or eb is None:
        return False
    if (sa <= sb and eb <= ea) or (sb <= sa and ea <= eb):
        return True  # one within the other
    return precision(a) == precision(b) == "day" and abs((sa - sb).days) <= DAY_SLACK


def precision(value: str) -> str:
    """How finely a TIMEX3 value places its date: day, week, month, coarse (a year, a season,
    a decade...), relative (to an unknown day) or other."""
    if "X" in value or value.endswith("_REF"):
        return "relative"
    if not reckon.placed(value):
        return "other"
    if len(value) >= 10 and value[7] == "-":
        return "day"
    if "-W" in value:
        return "week"
    if len(value) == 7 and value[5:].isdigit():
        return "month"
    return "coarse"
