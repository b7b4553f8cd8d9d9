"""The story's developments: each a happening one source tells (its representative sentence)
with the other sources' sentences of its timeline item (the same fact, by the alignment: a
clique, never a chain of resemblances), and these sources' other sentences of that date folded
under it; weighed by salience across the sources, and the most salient few kept, in time
order. Background and descriptions stay out.

Salience: how many sources report it (those of its timeline item), how many give it as their
main news (their first sentence is part of it), how many other sources name its date, and how
close it is to the latest news. The number kept grows slowly with the number of sources
(`size`).
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from briefing import calendar as reckon
from briefing.model import Analysis, KeyEvent, Ref, TimelineItem
from briefing.s5_events import happenings
from briefing.s6_compare.agreement import dates_agree, precision

# How many key events a briefing of n sources has: SCALE * n ** GROWTH (10 at 2 sources,
# 29 at 30, 91 at 510), never more than it has candidates.
SCALE = 7.5
GROWTH = 0.4
# Weights of the parts of salience (one source reporting it counts 1).
LEAD_WEIGHT = 1.5
DATE_WEIGHT = 0.5
RECENT_WEIGHT = 0.5
# Other sources naming the same date count up to this many (a date named everywhere is
# the story's day, not one development's).
MAX_DATE_SOURCES = 6
# Precisions fine enough that naming the same date says two sources speak of one thing.
_FINE = ("day", "week", "month")

Key = tuple[str, int]  # (source, sentence index)


@dataclass(frozen=True)
class _Option:
    """A development as it could be told: a representative sentence at one of its dates, the
    other sources' sentences telling the same fact, and these sources' other sentences of that
    date (each source's story of the day)."""

    first: Ref
    date: str
    agreeing: tuple[Ref, ...]  # one sentence of each other source, each the same fact as every other
    folded: tuple[Ref, ...]  # these sources' other sentences of that date
    listed: bool
    order: int


def size(sources: int) -> int:
    """How many key events a briefing of `sources` articles shows."""
    return max(1, round(SCALE * sources**GROWTH)) if sources else 0


def find(analyses: Sequence[Analysis], timeline: Sequence[TimelineItem]) -> list[KeyEvent]:
    """The key events, in time order (relative dates after the placed ones).

    Every key event's sources tell the same fact: the representative sentence and the other
    sources' sentences of its timeline item (one group of the alignment, at dates that agree),
    so a key event and its line on the timeline name the same sources. A sentence represents
    one key event at most and is held by one of each date at most."""
    by_id = {a.article.id: a for a in analyses}
    leads = {(r.source, r.sentence) for r in (a.lead() for a in analyses) if r is not None}
    published = {a.article.id: a.article.published for a in analyses}
    candidates = [t for t in timeline if _candidate(t, by_id, published)]
    timeline_dates = _dates_of(timeline)
    options = _options(candidates, timeline_dates, by_id)
    named = _sources_by_date(timeline)
    placed_ends = [e for t in candidates if reckon.placed(t.date) and (e := reckon.end_of(t.date)) is not None]
    latest = max(placed_ends, default=None)
    earliest = min((s for t in candidates if (s := reckon.start_of(t.date)) is not None), default=None)
    scale = max(7.0, ((latest - earliest).days / 8) if latest and earliest else 7.0)
    held: dict[Key, list[str]] = defaultdict(list)  # the dates of the kept key events holding a sentence
    represented: set[Key] = set()

    def free(r: Ref, value: str) -> bool:
        """Whether a sentence may still tell a development of date `value`: it represents
        none yet, and no kept one of that date holds it (a sentence telling two dated
        happenings may tell each)."""
        key = (r.source, r.sentence)
        return key not in represented and not any(dates_agree(value, d) for d in held.get(key, ()))

    def weigh(o: _Option) -> tuple[float, str, int]:
        """Salience, date and main-news count of an option, with the sentences taken so far."""
        told = [o.first, *o.agreeing, *(r for r in o.folded if free(r, o.date))]
        reporting = {r.source for r in told}
        leading = {r.source for r in told if (r.source, r.sentence) in leads}
        value = o.date  # the timeline's date of the item: the one most of its sources give
        naming = named.get(value, set()) - reporting if precision(value) in _FINE else set()
        weight = (
            len(reporting)
            + LEAD_WEIGHT * len(leading)
            + DATE_WEIGHT * min(len(naming), MAX_DATE_SOURCES)
            + RECENT_WEIGHT * _recency(value, latest, scale)
        )
        return round(weight, 6), value, len(leading)

    def rank(o: _Option, weight: float) -> tuple[float, bool, bool, date, int]:
        # Most salient first; on a tie, a main news before other sentences, a sentence listed
        # under this date before one listed under another, the earliest source first.
        is_lead = (o.first.source, o.first.sentence) in leads
        return (-weight, not is_lead, not o.listed, published[o.first.source] or date.max, o.order)

    heap = [(rank(o, weigh(o)[0]), n) for n, o in enumerate(options)]
    heapq.heapify(heap)
    kept: list[KeyEvent] = []
    limit = size(len(analyses))
    while heap and len(kept) < limit:
        ranked, n = heapq.heappop(heap)
        o = options[n]
        if not free(o.first, o.date):
            continue
        weight, value, lead_count = weigh(o)
        now = rank(o, weight)
        if now != ranked:
            heapq.heappush(heap, (now, n))  # others' key events took some of its sentences
            continue
        folded = [r for r in o.folded if free(r, o.date)]
        represented.add((o.first.source, o.first.sentence))
        for r in (o.first, *o.agreeing, *folded):
            held[(r.source, r.sentence)].append(o.date)
        text = by_id[o.first.source].article.body[o.first.start : o.first.end]
        said = next(
            (t.expression for t in candidates if t.date == o.date and t.sources[0] == o.first and t.expression), ""
        )
        kept.append(KeyEvent(value, text, round(weight, 2), (o.first, *o.agreeing), lead_count, said, tuple(folded)))
    return sorted(kept, key=_order)


def _options(
    candidates: Sequence[TimelineItem], dates: dict[Key, list[str]], by_id: dict[str, Analysis]
) -> list[_Option]:
    """Every way a development could be told: each happening sentence of a candidate item at
    that item's date, with the item's sentences of the other sources (one group of the
    alignment: the same fact, as the timeline shows it), and these sources' other sentences
    of that date folded."""
    tellings: dict[tuple[str, str], list[Ref]] = defaultdict(list)
    for t in candidates:
        for r in t.sources:
            refs = tellings[(r.source, t.date)]
            if r not in refs:
                refs.append(r)
    out: list[_Option] = []
    for t in candidates:
        for r in t.sources:
            body = by_id[r.source].article.body
            if happenings.kind(body[r.start : r.end]) != happenings.HAPPENING:
                continue  # words or a description aligned with a happening: not its teller
            others = {x.source: x for x in reversed(t.sources) if x.source != r.source}
            best = tuple(x for x in t.sources if others.get(x.source) is x)
            # Each source's other sentences of that date tell its story of the day: folded.
            told = {r, *best}
            folded = [x for x in tellings[(r.source, t.date)] if x not in told]
            for m in best:
                for d in dict.fromkeys(dates.get((m.source, m.sentence), ())):
                    if dates_agree(t.date, d):
                        folded += [x for x in tellings.get((m.source, d), ()) if x not in told and x not in folded]
            out.append(_Option(r, t.date, best, tuple(folded), t.listed, len(out)))
    return out


def _dates_of(timeline: Sequence[TimelineItem]) -> dict[Key, list[str]]:
    """Each sentence's dates on the timeline."""
    out: dict[Key, list[str]] = defaultdict(list)
    for t in timeline:
        for r in t.sources:
            out[(r.source, r.sentence)].append(t.date)
    return out


def _candidate(item: TimelineItem, by_id: dict[str, Analysis], published: dict[str, date | None]) -> bool:
    """A happening (not background, a description or words alone), not still to come when
    its sources wrote, and dated on the calendar or relative to an undated article."""
    how = precision(item.date)
    if how == "other":
        return False
    start = reckon.start_of(item.date) if how != "relative" else None
    kinds = []
    for r in item.sources:
        body = by_id[r.source].article.body
        kinds.append(happenings.kind(body[r.start : r.end]))
        when = published[r.source]
        if start is not None and when is not None and start > when:
            return False  # a plan or a forecast: no development yet
    return happenings.HAPPENING in kinds


def _sources_by_date(timeline: Sequence[TimelineItem]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for t in timeline:
        out[t.date].update(r.source for r in t.sources)
    return out


def _recency(value: str, latest: date | None, scale: float) -> float:
    """1 for the latest news, halving every `scale` days before it; an undated article's
    relative date is of its own time, the latest there is."""
    if not reckon.placed(value):
        return 1.0
    end = reckon.end_of(value)
    if end is None or latest is None:
        return 0.0
    return math.pow(0.5, max(0, (latest - end).days) / scale)


def _order(e: KeyEvent) -> tuple[int, tuple[str, str], str]:
    placed = reckon.placed(e.date)
    return (0 if placed else 1, reckon.chronological(e.date) if placed else ("", ""), e.sources[0].source)
