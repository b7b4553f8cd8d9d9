"""The story's developments: the timeline's happenings grouped into one development each (the
same fact told by several sources, by the alignment), weighed by salience across the sources,
and the most salient few kept, in time order. Background and descriptions stay out.

Salience: how many sources report it (its sentences and those aligned with them), how many
give it as their main news (their first sentence, or one aligned with it), how many other
sources name its date, and how close it is to the latest news. The number kept grows slowly
with the number of sources (`size`).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from briefing import calendar as reckon
from briefing.model import Analysis, KeyEvent, Ref, TimelineItem
from briefing.s5_events import happenings
from briefing.s6_compare.align import Alignment

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
# Days of a day-dated fact across which two sources' dates still tell one development (the
# day before and the day of the report).
DAY_SLACK = 3
# A first "sentence" shorter than this is a dateline or a label, not the lead.
LEAD_WORDS = 4
# Precisions fine enough that naming the same date says two sources speak of one thing.
_FINE = ("day", "week", "month")


def size(sources: int) -> int:
    """How many key events a briefing of `sources` articles shows."""
    return max(1, round(SCALE * sources**GROWTH)) if sources else 0


def find(analyses: Sequence[Analysis], timeline: Sequence[TimelineItem], alignment: Alignment) -> list[KeyEvent]:
    """The key events, in time order (relative dates after the placed ones)."""
    by_id = {a.article.id: a for a in analyses}
    leads = {r for r in (lead(a) for a in analyses) if r is not None}
    lead_groups = {g for r in leads if (g := alignment.group(r.source, r.sentence)) is not None}
    published = {a.article.id: a.article.published for a in analyses}
    candidates = [t for t in timeline if _candidate(t, by_id, published)]
    clusters = _developments(candidates, alignment)
    named = _sources_by_date(timeline)
    placed_ends = [e for t in candidates if reckon.placed(t.date) and (e := reckon.end_of(t.date)) is not None]
    latest = max(placed_ends, default=None)
    earliest = min((s for t in candidates if (s := reckon.start_of(t.date)) is not None), default=None)
    scale = max(7.0, ((latest - earliest).days / 8) if latest and earliest else 7.0)

    scored: list[tuple[float, bool, int, str, list[TimelineItem], int]] = []
    for members in clusters:
        refs = [r for t in members for r in t.sources]
        keys = {(r.source, r.sentence) for r in refs}
        groups = {g for k in keys if (g := alignment.group(*k)) is not None}
        reporting = {r.source for r in refs} | {s for g in groups for s in alignment.sources(g)}
        leading = {r.source for r in refs if r in leads} | {
            s for g in groups if g in lead_groups for s in alignment.sources(g)
        }
        value = _date(members)
        naming = named.get(value, set()) - reporting if _precision(value) in _FINE else set()
        recent = _recency(value, latest, scale)
        weight = (
            len(reporting)
            + LEAD_WEIGHT * len(leading)
            + DATE_WEIGHT * min(len(naming), MAX_DATE_SOURCES)
            + RECENT_WEIGHT * recent
        )
        listed = any(t.listed for t in members)
        scored.append((weight, listed, len(scored), value, members, len(leading)))
    # Most salient first; a development whose sentences are listed under another date (a
    # sentence's second date) after one of the same weight whose are not.
    scored.sort(key=lambda s: (-s[0], not s[1], s[2]))
    kept: list[KeyEvent] = []
    shown: set[tuple[str, int]] = set()  # each sentence represents one development at most
    for weight, _, _, value, members, lead_count in scored:
        if len(kept) == size(len(analyses)):
            break
        first = _representative(members, leads, published, shown)
        if first is None:
            continue
        shown.add((first.source, first.sentence))
        told = {r for t in members for r in t.sources}
        # The sentences aligned with them tell it too, dated or not ("The minutes, released
        # following a lawsuit" beside "was released on Thursday").
        for g in {g for r in told if (g := alignment.group(r.source, r.sentence)) is not None}:
            told.update(alignment.unit(k).ref for k in alignment.groups[g])
        others = sorted(told - {first}, key=lambda r: (r.source, r.sentence))
        text = by_id[first.source].article.body[first.start : first.end]
        said = next((t.expression for t in members if t.date == value and t.sources[0] == first), "")
        kept.append(KeyEvent(value, text, round(weight, 2), (first, *others), lead_count, said))
    return sorted(kept, key=_order)


def lead(a: Analysis) -> Ref | None:
    """An article's main news: its first sentence of running text after the dateline."""
    for s in a.sentences:
        if s.role == "body" and len(a.article.body[s.start : s.end].split()) >= LEAD_WORDS:
            return Ref(a.article.id, s.start, s.end, s.index)
    return None


def _candidate(item: TimelineItem, by_id: dict[str, Analysis], published: dict[str, date | None]) -> bool:
    """A happening (not background, a description or words alone), not still to come when
    its sources wrote, and dated on the calendar or relative to an undated article."""
    precision = _precision(item.date)
    if precision == "other":
        return False
    start = reckon.start_of(item.date) if precision != "relative" else None
    kinds = []
    for r in item.sources:
        body = by_id[r.source].article.body
        kinds.append(happenings.kind(body[r.start : r.end]))
        when = published[r.source]
        if start is not None and when is not None and start > when:
            return False  # a plan or a forecast: no development yet
    return happenings.HAPPENING in kinds


def _developments(items: Sequence[TimelineItem], alignment: Alignment) -> list[list[TimelineItem]]:
    """Items that tell one development: one source's sentences of one date, and sentences of
    one alignment group (the same fact) at dates that agree (equal, one within the other, or
    days a few apart)."""
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_group: dict[int, list[int]] = defaultdict(list)
    by_day: dict[tuple[str, str], int] = {}
    for i, item in enumerate(items):
        for r in item.sources:
            g = alignment.group(r.source, r.sentence)
            if g is not None:
                by_group[g].append(i)
            # One source's sentences of one date tell one development: the article's story.
            first = by_day.setdefault((r.source, item.date), i)
            if find(first) != find(i):
                parent[find(i)] = find(first)
    for members in by_group.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if find(i) != find(j) and _agree(items[i].date, items[j].date):
                    parent[find(j)] = find(i)
    clusters: dict[int, list[TimelineItem]] = defaultdict(list)
    for i, item in enumerate(items):
        clusters[find(i)].append(item)
    return list(clusters.values())


def _agree(a: str, b: str) -> bool:
    if a == b:
        return True
    if not (reckon.placed(a) and reckon.placed(b)):
        return False
    sa, ea, sb, eb = reckon.start_of(a), reckon.end_of(a), reckon.start_of(b), reckon.end_of(b)
    if None in (sa, ea, sb, eb):
        return False
    assert sa and ea and sb and eb
    if (sa <= sb and eb <= ea) or (sb <= sa and ea <= eb):
        return True  # one within the other
    return _precision(a) == _precision(b) == "day" and abs((sa - sb).days) <= DAY_SLACK


def _sources_by_date(timeline: Sequence[TimelineItem]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for t in timeline:
        out[t.date].update(r.source for r in t.sources)
    return out


def _date(members: Sequence[TimelineItem]) -> str:
    """The date most sources give the development, the finest on ties."""
    count: dict[str, set[str]] = defaultdict(set)
    for t in members:
        count[t.date].update(r.source for r in t.sources)
    return min(count, key=lambda d: (-len(count[d]), -len(d), d))


def _recency(value: str, latest: date | None, scale: float) -> float:
    """1 for the latest news, halving every `scale` days before it; an undated article's
    relative date is of its own time, the latest there is."""
    if not reckon.placed(value):
        return 1.0
    end = reckon.end_of(value)
    if end is None or latest is None:
        return 0.0
    return math.pow(0.5, max(0, (latest - end).days) / scale)


def _representative(
    members: Sequence[TimelineItem], leads: set[Ref], published: dict[str, date | None], shown: set[tuple[str, int]]
) -> Ref | None:
    """The sentence that tells the development: the earliest source's lead, else the first
    sentence of the item most sources tell (its main date's, when it has one); never one that
    tells a development already kept."""
    ranked = sorted(members, key=lambda t: (not t.listed, -len({r.source for r in t.sources})))
    refs = [r for t in ranked for r in t.sources if (r.source, r.sentence) not in shown]
    leading = [r for r in refs if r in leads]
    if leading:
        return min(leading, key=lambda r: (published[r.source] or date.max, r.source))
    return refs[0] if refs else None


def _order(e: KeyEvent) -> tuple[int, tuple[str, str], str]:
    placed = reckon.placed(e.date)
    return (0 if placed else 1, reckon.chronological(e.date) if placed else ("", ""), e.sources[0].source)


def _precision(value: str) -> str:
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
