"""The day each quotation was said: a date that its attribution gives the saying ("Putin said
on 20 January 2005", "On Friday, the minister told reporters"), else the article's own day
(its dateline's, else its publication date).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from datetime import date

from briefing import calendar
from briefing.lexicon.time import NAMED_DAYS
from briefing.model import Article, Quote, Sentence, Timex
from briefing.s5_events.dated import event_date

# How far from the speaker's name a date may stand and still date the saying: "Cramer said on
# Friday", "X, the firm's chief, said Thursday", "On Monday, Smith told reporters".
SAID_REACH = 30
# Between the name and a date of the saying there is no quotation mark and no clause of its
# own ("who helmed the party from 1995", "the 2016 election of which he spoke").
_NOT_THE_SAYING = re.compile(r"[\"“”]|\b(?:who|whom|whose|which|that|from|since|until|till|to|of)\b", re.I)
# A date that modifies a noun dates the thing, not the saying: "the 2016 election", "a 2013 memo".
_MODIFIER = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|this|that|our|my|your)|['’]s)[ \t]+$", re.I)


def said_on(
    article: Article, sentences: Sequence[Sentence], dates: Sequence[Timex], quotes: Sequence[Quote]
) -> list[Quote]:
    """The quotations, each with the day it was said."""
    day = article.written
    own = day.isoformat() if day else None
    body = article.body
    # Where quoted words stand, marks included: a date inside them is what was said, not when.
    quoted = sorted((q.start - 1, q.end + 1) for q in quotes)
    candidates = [
        t for t in dates if t.type in ("DATE", "TIME") and t.text not in NAMED_DAYS and not _inside(quoted, t.start)
    ]
    at = [t.start for t in candidates]
    starts = [s.start for s in sentences]
    out = []
    for q in quotes:
        when = own
        if q.speaker_start is not None and q.speaker_end is not None:
            when = _saying_date(body, day, sentences, starts, candidates, at, q.speaker_start, q.speaker_end) or own
        out.append(dataclasses.replace(q, date=when))
    return out


def _saying_date(
    body: str,
    day: date | None,
    sentences: Sequence[Sentence],
    starts: list[int],
    candidates: list[Timex],
    at: list[int],
    who_start: int,
    who_end: int,
) -> str | None:
    """The date standing closest to the speaker's name in its sentence that dates the saying."""
    k = bisect.bisect_right(starts, who_start) - 1
    lo, hi = (sentences[k].start, sentences[k].end) if k >= 0 else (who_start, who_end)
    lo, hi = max(lo, who_start - SAID_REACH - 40), min(hi, who_end + SAID_REACH)
    best: tuple[int, str] | None = None
    for t in candidates[bisect.bisect_left(at, lo) : bisect.bisect_left(at, hi)]:
        gap = body[t.end : who_start] if t.end <= who_start else body[who_end : t.start]
        if len(gap) > SAID_REACH or not gap.strip() or _NOT_THE_SAYING.search(gap):
            continue  # too far, a quotation or a clause between, or part of the name ("9/11 widow")
        if _MODIFIER.search(body, max(0, t.start - 8), t.start):
            continue
        value = event_date(body, t, day)
        if value is None or not calendar.placed(value):
            continue
        begins = calendar.start_of(value)
        if begins is None or (day is not None and begins > day):
            continue  # nothing is said after the article was written: a plan, or a date quoted
        if best is None or len(gap) < best[0]:
            best = (len(gap), value)
    return best[1] if best else None


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether pos falls in one of the sorted spans (which may nest or overlap)."""
    i = bisect.bisect_right(spans, (pos, 1 << 62))
    return any(a <= pos < b for a, b in spans[max(0, i - 4) : i])
