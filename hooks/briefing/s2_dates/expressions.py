"""Find temporal expressions and give each its TIMEX3 (TimeML) type and value, in text order
so that "a year earlier" leans on the last date before it; and read an article's own date
from its dateline. Spans come from `timespans`, values from the modules named in HANDLERS.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from datetime import date

from briefing.model import Sentence, Timex
from briefing.s1_read import sentences as sentence_split
from briefing.s2_dates import durations
from briefing.s2_dates import fixed as fixeddates
from briefing.s2_dates import relative as relativedates
from briefing.s2_dates import spans as timespans
from briefing.s2_dates.reference import Context, Handler, State, Value, tense_cues

# Expressions that lean on another date ("a year earlier") never become the anchor
# themselves, or a chain of them would drift a year each time.
_COMPARATIVE = re.compile(
    r"\b(?:ago|earlier|later|before|after|year-ago|year-earlier|previous|prior|following"
    r"|same|corresponding|comparable)\b",
    re.I,
)
# A paragraph that is only a date, perhaps labelled and with a time: "Published: March 3,
# 2024, 10:00 GMT".
_DATELINE_LABEL = re.compile(r"\s*(?:(?:Published|Updated|Last updated|Posted|Dated?|Date)(?:\s+on)?\s*:?\s*)?", re.I)
_DATELINE_TAIL = re.compile(
    r"[\s.,:;–—|-]*(?:(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?"
    r"[\s.,;–—|-]*)?",
    re.I,
)
_DATELINE_DASH = re.compile(r"\s*(?:\([^)]{1,30}\)\s*)?(?:[–—_:-]|--)")  # "(AP) —" after a dateline's date

# The figures a value opens with (a year, decade or century), with a minus sign if any.
_LEADING_FIGURES = re.compile(r"-?\d+")

# The value maker of each rule of `timespans.RULES`.
HANDLERS: dict[str, Handler] = {**fixeddates.HANDLERS, **relativedates.HANDLERS, **durations.HANDLERS}


def find(
    body: str, sentences: Sequence[Sentence], published: date | None, outside: list[Timex] | None = None
) -> list[Timex]:
    """Every temporal expression in body, in text order, with its TIMEX3 type and value.

    An expression whose reckoning leaves the calendar (years 1 to 9999: "tomorrow" of
    9999-12-31) is read as if nothing anchored it, and is added to `outside` as well.
    """
    low = timespans.lowered(body)
    hits = timespans.find(body, low)
    spans = sorted((s.start, s.end) for s in sentences)
    if not spans:  # called on bare text: split it the way the pipeline would
        spans = [
            span
            for line in re.finditer(r"[^\n]+", body)
            for span in sentence_split.spans(body, line.start(), line.end())
        ]
    starts = [s for s, _ in spans]
    state = State(published)
    out: list[Timex] = []
    cues_cache: dict[tuple[int, int], list[tuple[int, int, int]]] = {}
    for hit in hits:
        span = _sentence_of(body, spans, starts, hit.start)

        def cues(span: tuple[int, int] = span) -> list[tuple[int, int, int]]:
            if span not in cues_cache:
                cues_cache[span] = tense_cues(low, *span)
            return cues_cache[span]

        ctx = Context(body, state, span, cues, hit.start, hit.end)
        try:
            result = HANDLERS[hit.rule](hit, ctx)
            if result is not None and not _in_calendar(result[1]):
                raise OverflowError(result[1])
        except (OverflowError, ValueError):  # `date` and `timedelta` past year 1 or 9999
            result = _unanchored(hit, ctx)
            if outside is not None:
                kind, value, relative = result or ("DATE", "", True)
                outside.append(Timex(hit.start, hit.end, body[hit.start : hit.end], kind, value, relative))
        if result is None:
            continue
        kind, value, relative = result
        start, end = hit.start, hit.end
        out.append(Timex(start, end, body[start:end], kind, value, relative))
        if kind == "DATE" and re.match(r"\d{4}", value) and not _COMPARATIVE.search(body, start, end):
            state.last = value
            if re.match(r"\d{4}-[QH]\d$", value):
                state.last_quarter, state.last_quarter_at = value, end
    return out


def _in_calendar(value: str | None) -> bool:
    """False for a value reckoned past the calendar's ends: a year of five figures, year 0, a
    negative year, or no value at all (a shift that found no year to land in)."""
    if not isinstance(value, str):
        return False
    m = _LEADING_FIGURES.match(value)
    if m is None:  # "XXXX-06", "P3Y", "PRESENT_REF"
        return True
    figures = m.group()
    return not figures.startswith("-") and len(figures) <= 4 and figures != "0000"


def _unanchored(hit: timespans.Hit, ctx: Context) -> Value | None:
    """The value of an expression read with no date to lean on, as in an undated article."""
    try:
        found = HANDLERS[hit.rule](hit, Context(ctx.body, State(None), ctx.sentence, ctx.cues, hit.start, hit.end))
    except (OverflowError, ValueError):
        return None
    return found if found is None or _in_calendar(found[1]) else None  # "the 0th century"


def dateline(body: str, sentences: Sequence[Sentence], found: Sequence[Timex]) -> tuple[date, int] | None:
    """The article's own date from a dateline: a leading paragraph that is only a date
    ("March 01, 2008") or opens with place and date ("NAIROBI, Kenya, Aug. 7 (AP) —").

    The index is that of the sentence to mark as the dateline, or -1 when the date opens a
    sentence that also carries news (which then stays a body sentence).
    """
    for s in list(sentences)[:3]:
        for t in found:
            if not (s.start <= t.start < s.end) or not re.match(r"\d{4}-\d\d-\d\d", t.value):
                continue
            day = date.fromisoformat(t.value[:10])
            # Matched in place, not on copies: a first sentence may be very long, with many dates.
            if _DATELINE_LABEL.fullmatch(body, s.start, t.start) and _DATELINE_TAIL.fullmatch(body, t.end, s.end):
                return day, s.index
            if (
                t.start - s.start <= 60
                and re.fullmatch(r"(?:[A-Z][\w.'’-]*(?:[ ,]+|$))*", body[s.start : t.start].strip() + " ")
                and _DATELINE_DASH.match(body, t.end, s.end)
            ):
                rest = re.sub(r"^\s*(?:\([^)]{1,30}\)\s*)?(?:--|[–—_:-])\s*", "", body[t.end : s.end])
                return day, (s.index if len(rest.strip()) < 3 else -1)
    return None


def _sentence_of(body: str, spans: list[tuple[int, int]], starts: list[int], pos: int) -> tuple[int, int]:
    """The span of the sentence holding pos: its tense cues and its years are what the value reads."""
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i]
    # No sentence given (or a gap between sentences): the line holding the position.
    return body.rfind("\n", 0, pos) + 1, (body.find("\n", pos) % (len(body) + 1)) or len(body)
