"""Find the background of a story: what a reader needs to follow it, found in the sources.

Earlier events: the timeline's happenings dated well before the sources that tell them were
published, or told as what had happened (a past perfect), in time order. Key figures: the
amounts and counts the sources give with what they measure ("$14 billion" of a "bailout
package", "30,000 jobs"), the same figure told by several sources once. The organisations
and places involved are the folded entities, ranked by mentions (chosen where they are shown).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing import calendar as reckon
from briefing import lexicon as lx
from briefing.model import Analysis, Background, Figure, KeyEvent, Ref, TimelineItem
from briefing.s5_events import happenings

# An event this long before its sources' publication is background to their news.
BEFORE_DAYS = 30
MAX_EARLIER = 40
MAX_FIGURES = 20
_SCALE = r"(?:\s?(?:million|billion|trillion|bn|mn|m|k))?"
# An amount ("US$14 billion", "£8.4 bn", "9.9 billion yuan") or a count ("30,000 jobs").
_AMOUNT = re.compile(
    r"(?:(?:US|AU|CA|A|C|NZ|HK)?[$€£¥]\s?\d[\d,]*(?:\.\d+)?" + _SCALE + r"\b"
    r"|\b\d[\d,]*(?:\.\d+)?\s(?:million|billion|trillion)\s(?:dollars|euros|pounds|yuan|yen|rubles|roubles)\b)"
)
_COUNT = re.compile(
    r"(?<![\w$€£¥.,/-])(\d{1,3}(?:,\d{3})+|\d{2,}|\d+(?:\.\d+)?\s(?:million|billion))(?![\w.,]*\d)(?:\s|-)"
)
_WORD = re.compile(r"[A-Za-z][a-z-]*")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def background(
    analyses: Sequence[Analysis], timeline: Sequence[TimelineItem], key_events: Sequence[KeyEvent] = ()
) -> Background:
    """The story's earlier events and key figures."""
    return Background(tuple(earlier(analyses, timeline)), tuple(figures(analyses, key_events)))


def earlier(analyses: Sequence[Analysis], timeline: Sequence[TimelineItem]) -> list[TimelineItem]:
    """Happenings before the news: dated well before their sources were published (any date
    on the calendar, for sources of no date), or told in the past perfect; in time order, those
    most sources tell kept when there are many."""
    by_id = {a.article.id: a for a in analyses}
    found = []
    for item in timeline:
        if not item.listed or not reckon.placed(item.date):
            continue
        end = reckon.end_of(item.date) or reckon.start_of(item.date)
        if end is None:
            continue
        before = True
        for r in item.sources:
            published = by_id[r.source].article.published
            cutoff = reckon.add_days(published, -BEFORE_DAYS) if published is not None else None
            if published is not None and (cutoff is None or end > cutoff):
                before = False  # (no day is a month before the calendar's first)
        first = item.sources[0]
        told = happenings.kind(by_id[first.source].article.body[first.start : first.end])
        if (before and told in happenings.TOLD) or told == happenings.BACKGROUND:
            found.append(item)
    if len(found) > MAX_EARLIER:
        kept = sorted(found, key=lambda t: -len({r.source for r in t.sources}))[:MAX_EARLIER]
        found = [t for t in found if t in kept]
    return sorted(found, key=lambda t: reckon.chronological(t.date))


def figures(analyses: Sequence[Analysis], key_events: Sequence[KeyEvent] = ()) -> list[Figure]:
    """Amounts and counts with what they measure, one per figure however many sources give
    it; those of key events and those most sources give first."""
    key = {(r.source, r.sentence) for k in key_events for r in (*k.sources, *k.folded)}
    found: dict[tuple[str, str], list[tuple[Ref, int, int]]] = {}
    order: list[tuple[str, str]] = []
    for a in analyses:
        body = a.article.body
        for s in a.sentences:
            if s.role != "body":
                continue
            for start, end, m_start, m_end in _figures(body, s.start, s.end):
                value = re.sub(r"[^\d.]", "", body[start:end]) + _scale(body[start:end])
                what = body[m_start:m_end].lower().rstrip("s")
                k = (value, what)
                if k not in found:
                    found[k] = []
                    order.append(k)
                if all(r.source != a.article.id for r, _, _ in found[k]):
                    found[k].append((Ref(a.article.id, start, end, s.index), m_start, m_end))
    ranked = sorted(
        order,
        key=lambda k: (
            not any((r.source, r.sentence) in key for r, _, _ in found[k]),
            -len(found[k]),
            order.index(k),
        ),
    )
    out = []
    for k in ranked[:MAX_FIGURES]:
        refs = found[k]
        first, m_start, m_end = refs[0]
        body = next(a.article.body for a in analyses if a.article.id == first.source)
        out.append(Figure(body[first.start : first.end], body[m_start:m_end], tuple(r for r, _, _ in refs)))
    return out


def _scale(text: str) -> str:
    low = text.lower()
    for word, mark in (("trillion", "T"), ("billion", "B"), ("bn", "B"), ("million", "M"), ("mn", "M")):
        if word in low:
            return mark
    return ""


def _figures(body: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """(figure start, end, measured words start, end) in body[start:end]."""
    out = []
    taken: list[tuple[int, int]] = []
    for m in _AMOUNT.finditer(body, start, end):
        what = _measured_after(body, m.end(), end) or _measured_before(body, start, m.start())
        if what:
            out.append((m.start(), m.end(), *what))
        taken.append((m.start(), m.end()))
    for m in _COUNT.finditer(body, start, end):
        if any(a <= m.start() < b for a, b in taken) or _YEAR.fullmatch(m.group(1)):
            continue
        what = _measured_after(body, m.end(1), end, counted=True)
        if what:
            out.append((m.start(1), m.end(1), *what))
    return out


def _measured_after(body: str, at: int, end: int, counted: bool = False) -> tuple[int, int] | None:
    """The one or two words after a figure that name what it measures ("jobs", "bailout
    package"), if they do."""
    words = list(_WORD.finditer(body, at, min(end, at + 40)))
    if not words or body[at : words[0].start()].strip(" -") or words[0].group().lower() in lx.NOT_MEASURES:
        return None
    first = words[0]
    if first.group()[0].isupper() or first.group().lower() in lx.NOT_COUNTED or first.group().endswith("ed"):
        return None  # a name, a unit, or a verb ("earmarked")
    if counted and (not first.group().endswith("s") or first.group().endswith("ss")):
        return None  # a count names things in the plural ("14 plants")
    if (
        len(words) > 1
        and not body[first.end() : words[1].start()].strip()
        and words[1].group().lower() not in lx.NOT_MEASURES
    ):
        second = words[1].group()
        if not second[0].isupper() and (second.endswith("s") or not counted) and len(second) > 3:
            return first.start(), words[1].end()
    return first.start(), first.end()


def _measured_before(body: str, start: int, at: int) -> tuple[int, int] | None:
    """The noun before "worth", "of" or "for" that an amount measures ("a contract worth $40
    billion", "a loss of $6 billion")."""
    m = re.search(r"\b([a-z]{4,})\s+(?:worth|of|valued at|totalling|totaling)\s+$", body[max(start, at - 40) : at])
    if not m or m.group(1) in lx.NOT_MEASURES or m.group(1).endswith("ed"):
        return None
    offset = max(start, at - 40)
    return offset + m.start(1), offset + m.end(1)
