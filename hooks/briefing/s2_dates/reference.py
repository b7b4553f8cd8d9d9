"""What a date written without its year is read against: the publication date, the tense of
its clause (read from verb cues) and the last date the text mentioned. `Context` carries them
to the rules' value makers, and `year_for_month` places a month or day in a year.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

from briefing import calendar
from briefing.lexicon.time import (
    AUXILIARIES,
    FUTURE_BEFORE_TO,
    FUTURE_CUES,
    FUTURE_IF_TO,
    FUTURE_UNLESS_TO,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    NOT_PAST,
    PAST_CUES,
    PRESENT_CUES,
)
from briefing.s2_dates.spans import YEAR, Hit

T = TypeVar("T")

# How many characters back a verb cue still governs an expression.
TENSE_REACH = 60
# How far a date may lie on the "wrong" side of publication before the tense moves it a year.
TENSE_MARGIN_DAYS = 90

_CUE_WORD = re.compile(r"[a-z]+")
_SAME_SENTENCE_YEAR = re.compile(rf"(?<![\w$€£#.,/-])({YEAR})(?![.,]\d|%|\w)")
_MONTH_NAME = (
    r"(?:" + "|".join(MONTH_NAMES) + "|(?:" + "|".join(sorted(w.capitalize() for w in MONTH_ABBREVIATIONS)) + r")\.?)"
)
# The other end of a range of months or days, with its year: "(September) and October of 2007",
# "(March 3) to April 5, 2009".
_RANGE_END_YEAR = re.compile(
    rf"[ \t]*(?:and|or|to|through|until|till|into|[-–])[ \t]*(?:(?:early|late|mid)[ -]+)?{_MONTH_NAME}"
    rf"(?:[ \t]+\d{{1,2}}(?:st|nd|rd|th)?)?,?[ \t]+(?:of[ \t]+)?({YEAR})"
)
# A capitalised word next: the expression is part of a name ("Windows 2000 Server", "the Daily Telegraph").
NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")


@dataclass
class State:
    """What the values found so far give later ones to lean on."""

    dct: date | None
    last: str | None = None  # the last date value with a year: anchor of "a year earlier"
    last_quarter: str | None = None
    last_quarter_at: int = -1
    # Where the body's years stand (`_SAME_SENTENCE_YEAR`), found once when first needed.
    year_starts: list[int] | None = None
    year_texts: list[str] | None = None


def on_calendar(value: T | None) -> T:
    """A value reckoned from another, which the reckoning gives as None past the calendar's ends
    (years 1 to 9999): `expressions.find` catches the OverflowError and reports the expression."""
    if value is None:
        raise OverflowError("past the calendar's ends")
    return value


# A value: TIMEX3 type, value, and whether it was worked out from another date.
Value = tuple[str, str, bool]
Handler = Callable[[Hit, "Context"], "Value | None"]


@dataclass
class Context:
    """Where an expression stands and what it may lean on; the tense is read only when asked."""

    body: str
    state: State
    sentence: tuple[int, int]  # span of the sentence holding the expression
    cues: Callable[[], list[tuple[int, int, int]]]  # tense cues of that sentence, on demand
    start: int
    end: int

    @property
    def tense(self) -> int:
        """-1 past, 0 neutral, +1 future: from the verb cue nearest the expression."""
        return _tense(self.cues(), self.start, self.end)

    @property
    def dct(self) -> date | None:
        return self.state.dct


def tense_cues(low: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(start, end, tense) of the verb cues in low[start:end]: +1 looks ahead ("will", "plans
    to"), -1 back ("said", "was"), 0 is now ("says")."""
    out = []
    prev = ""
    for w in _CUE_WORD.finditer(low, start, end):
        word = w.group()
        if word in FUTURE_CUES or (word == "to" and prev in FUTURE_BEFORE_TO):
            # "vacation plans" is a noun and "next to the embassy" a place: "plans to leave"
            # and "next week" look ahead.
            before_to = low.startswith(" to ", w.end())
            if (word in FUTURE_IF_TO and not before_to) or (word in FUTURE_UNLESS_TO and before_to):
                prev = word
                continue
            out.append((w.start(), w.end(), 1))
        elif (
            word in PAST_CUES or (len(word) > 4 and word.endswith("ed") and word not in NOT_PAST)
        ) and prev not in AUXILIARIES:
            # A participle after an auxiliary ("will be held") leaves the tense to the auxiliary.
            out.append((w.start(), w.end(), -1))
        elif word in PRESENT_CUES:
            out.append((w.start(), w.end(), 0))
        prev = word
    return out


def _tense(cues: list[tuple[int, int, int]], start: int, end: int) -> int:
    """The tense of the nearest verb cue before the expression ("will meet Bush on
    Thursday"), or after it when none comes close before ("Friday, troops left")."""
    # Cues are words in text order: the nearest before is the last to end by `start`, the
    # nearest after the first to start at `end` (looked up, as a sentence may be very long).
    i = bisect.bisect_right(cues, start, key=lambda c: c[1])
    j = bisect.bisect_left(cues, end, key=lambda c: c[0])
    if i and (start - cues[i - 1][1] <= TENSE_REACH or j == len(cues)):
        return cues[i - 1][2]
    if j < len(cues):
        return cues[j][2]
    return 0


def year_for_month(ctx: Context, mon: int, day: int | None, pos: int) -> int | None:
    """The year of a month (and day) written without one: an explicit year earlier in the
    same sentence, else the year that fits the publication date and the clause's tense."""
    ahead = _RANGE_END_YEAR.match(ctx.body, ctx.end)
    if ahead:  # "between September and October of 2007": both ends are of the year written last
        return int(ahead.group(1))
    s_start = ctx.sentence[0]
    # With a publication date, only a year close before ("in 2003 ... in May") overrides it.
    year = _last_year(ctx, s_start if ctx.dct is None else max(s_start, pos - 40), pos)
    dct = ctx.dct
    # "joined in July 1997, will join on March 12": a future clause is not in a past year.
    if year and not (dct is not None and int(year) < dct.year and ctx.tense > 0):
        return int(year)
    if dct is None:
        return None
    options = []
    for y in (dct.year - 1, dct.year, dct.year + 1):
        start = calendar.safe_date(y, mon, day or 1)
        if start is None:
            continue
        following = calendar.safe_date(*calendar.add_months(y, mon, 1), 1)  # None after December 9999
        end = start if day else (following - timedelta(days=1) if following else date.max)
        options.append((y, start, end))
    if not options:
        return None

    def distance(o: tuple[int, date, date], dct: date = dct) -> int:
        _, start, end = o
        if start <= dct <= end:
            return 0
        return min(abs((start - dct).days), abs((end - dct).days))

    # The closest year, unless the tense says it lies well on the other side of the date.
    best = min(options, key=distance)
    i = options.index(best)
    # Differences, not dct ± the margin, which would leave the calendar at its ends.
    if ctx.tense < 0 and (best[1] - dct).days > TENSE_MARGIN_DAYS and i > 0:
        best = options[i - 1]
    elif ctx.tense > 0 and (dct - best[2]).days > TENSE_MARGIN_DAYS and i + 1 < len(options):
        best = options[i + 1]
    return best[0]


def _last_year(ctx: Context, start: int, end: int) -> str | None:
    """The last year written in body[start:end], as `_SAME_SENTENCE_YEAR.findall` there finds it.

    A long stretch (a sentence of a whole page) is not searched again for each month in it:
    the body's years are found once. Only a year ending at the stretch's last two characters
    is looked at anew, as the end of the stretch cuts off what the pattern looks at after it.
    """
    body = ctx.body
    if end - start <= 64:
        years = _SAME_SENTENCE_YEAR.findall(body, start, end)
        return years[-1] if years else None
    for at in (end - 4, end - 5):  # a year ending at end or at end - 1
        m = _SAME_SENTENCE_YEAR.match(body, at, end)
        if m:
            return m.group(1)
    state = ctx.state
    if state.year_starts is None or state.year_texts is None:
        found = list(_SAME_SENTENCE_YEAR.finditer(body))
        state.year_starts = [m.start() for m in found]
        state.year_texts = [m.group(1) for m in found]
    # A year is four figures no figure or letter precedes: years never overlap, so a search
    # of the whole body finds the same ones as a search of the stretch.
    k = bisect.bisect_right(state.year_starts, end - 6) - 1
    return state.year_texts[k] if k >= 0 and state.year_starts[k] >= start else None
