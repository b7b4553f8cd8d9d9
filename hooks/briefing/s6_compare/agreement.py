"""Where the sources agree: one fact per group of aligned sentences, timeline items telling
one fact merged, and the pairs of sources that tell the same story (the ones whose
differences are worth reporting).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from briefing.model import Analysis, Fact, TimelineItem
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
    every source ("took place at the Kremlin on June 4, 2000" in both).

    Items are merged within a group of the alignment only, so every two sources of an item
    tell the same fact; an item merges once (a sentence in two groups joins the first)."""
    at: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        for r in item.sources:
            at[(r.source, r.sentence)].append(i)
    merged: dict[int, list[int]] = {}  # first item -> the items merged into it
    taken: set[int] = set()
    for members in alignment.groups:
        if len(members) < 2:
            continue
        by_date: dict[str, dict[str, int]] = defaultdict(dict)  # date -> source -> item
        for k in members:
            ref = alignment.unit(k).ref
            for i in at.get((ref.source, ref.sentence), ()):
                if i not in taken:
                    by_date[items[i].date].setdefault(ref.source, i)
        for told in by_date.values():
            if len(told) > 1:
                chosen = sorted(told.values())
                taken.update(chosen)
                merged[chosen[0]] = chosen
    out = []
    for i, item in enumerate(items):
        if i in merged:
            refs = tuple(dict.fromkeys(r for k in merged[i] for r in items[k].sources))
            out.append(dataclasses.replace(item, sources=refs))
        elif i not in taken:
            out.append(item)
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
