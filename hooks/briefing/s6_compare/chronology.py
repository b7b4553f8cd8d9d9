"""The timeline across articles: every event of every article in time order, one item per
event told, the same event told by several sources (the same date and mostly the same
words) folded into one item; events dated only relative to an unknown day last.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter
from collections.abc import Sequence

from briefing import calendar
from briefing import lexicon as lx
from briefing.model import Analysis, Ref, TimelineItem
from briefing.s5_events import happenings

SAME_EVENT_OVERLAP = 0.6
_WORD = re.compile(r"[a-z0-9]+")


def timeline(analyses: Sequence[Analysis]) -> list[TimelineItem]:
    """All events in chronological order, underspecified ones last; one item per event told."""
    analyses = sorted(analyses, key=lambda a: a.article.id)
    happened = [happenings.told(a) for a in analyses]
    said = [[content_words(a.article.body[e.start : e.end]) for e in events] for a, events in zip(analyses, happened)]
    # Two sets with a Dice overlap of at least t share at least t / (2 - t) of the words of
    # each; so, the words of all sets ranked rarest first, they share one of the first
    # n - that + 1 words of each (the first word they share is one). Only those first words
    # are looked up: an event is compared with the groups that share a rare word with it.
    counts = Counter(itertools.chain.from_iterable(itertools.chain.from_iterable(said)))
    rank = {w: k for k, w in enumerate(sorted(counts, key=lambda w: (counts[w], w)))}
    share = SAME_EVENT_OVERLAP / (2 - SAME_EVENT_OVERLAP)

    def rarest(words: set[str]) -> list[int]:
        # Rounded down (and a little below) so that float rounding cannot lose a match.
        return sorted(map(rank.__getitem__, words))[: len(words) - max(0, int(len(words) * share - 1e-6)) + 1]

    groups: list[dict] = []
    by_date: dict[str, list[dict]] = {}
    # Date -> word rank -> positions in by_date[date] of the groups with that among their rarest.
    holding: dict[str, dict[int, list[int]]] = {}
    for a, events, article_words in zip(analyses, happened, said):
        body = a.article.body
        source = a.article.id
        # Groups this article makes are looked up only once it is done: none is a match for
        # its own events (a long article has thousands of events of one date).
        made: list[dict] = []
        for e, words in zip(events, article_words):
            ref = Ref(source, e.start, e.end, e.sentence)
            index = holding.get(e.date)
            first = None
            ranks = rarest(words) if words else ()
            if index and words:
                told = by_date[e.date]
                near = set(itertools.chain.from_iterable(map(index.get, ranks, itertools.repeat(()))))
                # The first group (in order) of another source with enough words in common.
                for k in sorted(near):
                    g = told[k]
                    if source not in g["sources"] and overlap(words, g["words"]) >= SAME_EVENT_OVERLAP:
                        first = k
                        break
            if first is not None:
                g = by_date[e.date][first]
                g["refs"].append(ref)
                g["sources"].add(source)
            else:
                # The expression is shown only when it stands in the event's own sentence.
                own = e.start <= e.timex.start and e.timex.end <= e.end
                g = {
                    "date": e.date,
                    "text": body[e.start : e.end],
                    "expression": e.timex.text if own else "",
                    "refs": [ref],
                    "sources": {source},
                    "words": words,
                    "ranks": ranks,
                    "key": (source, e.start, e.timex.start),
                }
                groups.append(g)
                made.append(g)
        for g in made:
            told = by_date.setdefault(g["date"], [])
            index = holding.setdefault(g["date"], {})
            for r in g["ranks"]:
                index.setdefault(r, []).append(len(told))
            told.append(g)
    placed = {d: calendar.placed(d) for d in by_date}
    order = {d: calendar.chronological(d) for d in placed}
    specified = sorted((g for g in groups if placed[g["date"]]), key=lambda g: (order[g["date"]], g["key"]))
    relative = sorted((g for g in groups if not placed[g["date"]]), key=lambda g: g["key"])
    return [TimelineItem(g["date"], g["text"], tuple(g["refs"]), g["expression"]) for g in specified + relative]


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


def content_words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower())).difference(lx.FOLD_STOPWORDS, _ONE_LETTER)


# Words of one letter or digit are no content words ("a", "5" of "5 million").
_ONE_LETTER = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def overlap(a: set[str], b: set[str]) -> float:
    """Dice coefficient of two word sets."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))
