"""Values of expressions counted from another date: from the publication date ("Friday",
"yesterday", "last year", "two weeks ago") or from the last date mentioned ("the following
day", "a year earlier"); clock times; present, past and future references ("now", "recently").
Without the date they lean on they stay underspecified ("XXXX-WXX-5") and `relative`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefing import calendar
from briefing.lexicon.time import (
    DEFERRING_WORDS,
    HISTORIC_DAYS,
    MONTHS,
    PARTS_OF_DAY,
    PAST_WORDS,
    PRESENT_WORDS,
    WEEKDAYS,
)
from briefing.s2_dates.durations import duration, number, unit_of
from briefing.s2_dates.reference import Context, Handler, Value, on_calendar, year_for_month
from briefing.s2_dates.spans import Hit, plain

_UNTIL = re.compile(r"\b(?:until|till|through)[ \t]+$", re.I)
# The capitalised word that makes a weekday a day of history: "Black Monday" (see HISTORIC_DAYS).
_HISTORIC = re.compile(r"\b(" + "|".join(sorted({d.split()[0].capitalize() for d in HISTORIC_DAYS})) + r")[ \t]+$")
# What is put off, or kept shut, until a day looks ahead to it whatever the tense: "postponed
# until Tuesday", "has continued to hold the markets closed until Friday".
_DEFERRED = re.compile(r"\b(?:" + "|".join(sorted(DEFERRING_WORDS)) + r")\b[^.;:!?]*$", re.I)
_ON_WEEKDAY = re.compile(r",?[ \t]+on[ \t]+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _weekday_date(ctx: Context, wd: int, rel: str) -> date | None:
    """The day a weekday names: in this week for "this", else the nearest one before or after the
    publication date, as the relative word or the clause's tense says."""
    dct = ctx.dct
    if dct is None:
        return None
    if (
        not rel
        and _UNTIL.search(ctx.body, max(0, ctx.start - 12), ctx.start)
        and (ctx.tense >= 0 or _DEFERRED.search(ctx.body, max(ctx.sentence[0], ctx.start - 60), ctx.start))
    ):
        rel = "next"  # "markets stay closed until Friday", "postponed until Tuesday": the coming one
    if rel in ("last", "this past", "the previous"):
        return calendar.weekday_near(dct - timedelta(days=1), wd, -1)
    if rel in ("next", "this coming", "the following"):
        return calendar.weekday_near(dct + timedelta(days=1), wd, +1)
    if rel == "this":
        return dct + timedelta(days=wd - dct.weekday())
    return calendar.weekday_near(dct, wd, +1 if ctx.tense > 0 else -1)


def _unanchored(kind: str) -> str:
    """The underspecified value of a unit when nothing anchors it."""
    return {
        "Y": "XXXX",
        "M": "XXXX-XX",
        "W": "XXXX-WXX",
        "D": "XXXX-XX-XX",
        "Q": "XXXX-QX",
        "DE": "XXX",
        "CE": "XX",
        "WE": "XXXX-WXX-WE",
    }.get(kind, "XXXX")


def _deictic_unit(dct: date | None, unit: str, n: int) -> str:
    """The unit holding the publication date, moved n units: "last year" is (Y, -1)."""
    if dct is None:
        return _unanchored(unit)
    if unit == "Y":
        return f"{dct.year + n:04d}"
    if unit == "M":
        return calendar.month(*calendar.add_months(dct.year, dct.month, n))
    if unit == "W":
        return calendar.week(dct + timedelta(weeks=n))
    if unit == "D":
        return (dct + timedelta(days=n)).isoformat()
    # A decade of four figures would read as a year, a century of three as a decade.
    if unit == "DE":
        if not 0 <= dct.year // 10 + n <= 999:
            raise OverflowError(f"decade {dct.year // 10 + n}")
        return f"{(dct.year // 10 + n):03d}"
    if unit == "CE":
        if not 0 <= dct.year // 100 + n <= 99:
            raise OverflowError(f"century {dct.year // 100 + n}")
        return f"{(dct.year // 100 + n):02d}"
    if unit == "WE":
        sat = on_calendar(calendar.weekday_near(dct + timedelta(weeks=n), 5, +1 if n > 0 else -1))
        return calendar.week(sat) + "-WE"
    if unit == "Q":
        return on_calendar(calendar.shift(f"{dct.year}-Q{calendar.quarter_of(dct)}", "Q", n))
    return _unanchored(unit)


def _anaphoric_unit(ctx: Context, unit: str, n: int) -> tuple[str, bool]:
    """The unit of the last date mentioned, moved n units ("the following year")."""
    last = ctx.state.last
    if last:
        if unit == "Y" and n == 0:
            return last[:4], True
        if (unit == "M" and n == 0 and re.match(r"\d{4}-\d\d", last) and not re.match(r"\d{4}-\d\d-\d\d", last)) or (
            unit == "M" and n == 0 and re.match(r"\d{4}-\d\d-\d\d", last)
        ):
            return last[:7], True
        if unit == "D" and n == 0 and re.match(r"\d{4}-\d\d-\d\d", last):
            return last[:10], True
        moved = calendar.shift(last if unit != "Y" else last[:4], unit, n)
        if moved:
            return moved, True
    return _deictic_unit(ctx.dct, unit, n) if ctx.dct else _unanchored(unit), True


def _shift_from(base: date, unit: str, n: int) -> str:
    """The date n units from base, as precise as the unit down to a day: "two weeks ago" is a week,
    "ten hours ago" a day, "two decades ago" a year."""
    if unit == "Y":
        return f"{base.year + n:04d}"
    if unit == "DE":
        return f"{base.year + 10 * n:04d}"
    if unit == "CE":
        return f"{base.year + 100 * n:04d}"
    if unit == "Q":
        return on_calendar(calendar.shift(f"{base.year}-Q{calendar.quarter_of(base)}", "Q", n))
    if unit == "M":
        return calendar.month(*calendar.add_months(base.year, base.month, n))
    if unit == "W":
        return calendar.week(base + timedelta(weeks=n))
    if unit == "D":
        return (base + timedelta(days=n)).isoformat()
    if unit in ("H", "MIN", "S"):
        return base.isoformat()
    return f"{base.year:04d}"


def _recent_quarter(ctx: Context, pos: int) -> str | None:
    """A quarter mentioned just before: financial news says "a year ago" of that quarter."""
    if ctx.state.last_quarter and pos - ctx.state.last_quarter_at < 600:
        return ctx.state.last_quarter
    return None


def _clock_day(ctx: Context, m: re.Match) -> str | None:
    """The day a clock time falls on: one written with it, else the last day mentioned, else the
    publication date."""
    on = m.groupdict().get("on")
    if not on:  # "at 2 p.m. on Friday": the day follows as an expression of its own
        follow = _ON_WEEKDAY.match(ctx.body, m.end())
        on = follow.group(1) if follow else None
    dct = ctx.dct
    if on:
        w = plain(on)
        if w in WEEKDAYS:
            d = _weekday_date(ctx, WEEKDAYS[w], "")
            return d.isoformat() if d else f"XXXX-WXX-{WEEKDAYS[w] + 1}"
        if w in ("yesterday", "today", "tomorrow"):
            if dct is None:
                return "XXXX-XX-XX"
            return (dct + timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[w])).isoformat()
        if m.groupdict().get("tmon"):
            mon = MONTHS[plain(m.group("tmon"))]
            day = int("".join(ch for ch in m.group("tday") if ch.isdigit()))  # "21st" is 21
            y = year_for_month(ctx, mon, day, m.start())
            return f"{y:04d}-{mon:02d}-{day:02d}" if y else f"XXXX-{mon:02d}-{day:02d}"
    last = ctx.state.last
    if last and re.fullmatch(r"\d{4}-\d\d-\d\d", last):
        return last
    return dct.isoformat() if dct else "XXXX-XX-XX"


def _h_weekday(hit: Hit, ctx: Context) -> Value | None:
    m = hit.m
    wd = WEEKDAYS[plain(m.group("wd"))]
    pod = PARTS_OF_DAY.get(plain(m.group("pod")), "")
    if m.group("plural"):
        return "SET", f"XXXX-WXX-{wd + 1}" + (f"T{pod}" if pod else ""), False
    after = ctx.body[hit.end : hit.end + 12]
    if re.match(r"[ \t]+(?-i:Times|Telegraph|Mirror|Express|Herald|Post|Night Live|School)\b", after):
        return None
    named = None if m.group("rel") else _HISTORIC.search(ctx.body, max(0, hit.start - 12), hit.start)
    if named and f"{named.group(1).lower()} {plain(m.group('wd'))}" in HISTORIC_DAYS:
        return None  # "Black Monday": a day of history, not this week's Monday
    rel = plain(m.group("rel"))
    d = _weekday_date(ctx, wd, rel)
    # "Friday night" is dated by its day: news practice (and TimeBank's, mostly).
    if d is None:
        return "DATE", f"XXXX-WXX-{wd + 1}", True
    return "DATE", d.isoformat(), True


def _h_rel_day(hit: Hit, ctx: Context) -> Value | None:
    m = hit.m
    w = plain(m.group("w"))
    pod = PARTS_OF_DAY.get(plain(m.group("pod")), "")
    offsets = {
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
        "yesterday": -1,
        "today": 0,
        "tomorrow": 1,
        "tonight": 0,
        "last night": -1,
        "overnight": -1,
    }
    if w == "overnight":
        pod = "NI"
    if w == "last night":
        pod = "NI"
    dct = ctx.dct
    if dct is None:
        if w == "today" and not pod:
            return "DATE", "PRESENT_REF", True
        return ("TIME" if pod else "DATE"), "XXXX-XX-XX" + (f"T{pod}" if pod else ""), True
    d = dct + timedelta(days=offsets[w])
    return ("TIME" if pod else "DATE"), d.isoformat() + (f"T{pod}" if pod else ""), True


def _h_this_pod(hit: Hit, ctx: Context) -> Value | None:
    rel = plain(hit.m.group("rel"))
    pod = PARTS_OF_DAY[plain(hit.m.group("pod"))]
    if rel == "this":
        base = ctx.dct.isoformat() if ctx.dct else "XXXX-XX-XX"
    else:
        last = ctx.state.last
        base = (
            last
            if last and re.fullmatch(r"\d{4}-\d\d-\d\d", last)
            else (ctx.dct.isoformat() if ctx.dct else "XXXX-XX-XX")
        )
        if rel == "the" and not (last and re.fullmatch(r"\d{4}-\d\d-\d\d", last)):
            return None
    return "TIME", f"{base}T{pod}", True


def _h_rel_unit(hit: Hit, ctx: Context) -> Value | None:
    m = hit.m
    rel = plain(m.group("rel"))
    unit = unit_of(m.group("unit"))
    if rel in ("the past", "the last") and unit in ("D",):
        return None
    if unit == "D" and re.match(r"[ \t]+(?:one|two|1|2)\b", ctx.body[hit.end : hit.end + 6]):
        return None  # "that day one motions were filed": "day one" is a name for a stage
    if rel in ("that", "the same"):
        value, relative = _anaphoric_unit(ctx, unit, 0)
    elif rel in ("the following", "the next") and unit in ("D", "Y", "M", "W"):
        if unit == "D" or (ctx.state.last and re.match(r"\d{4}", ctx.state.last) and hit.start > 0):
            value, relative = _anaphoric_unit(ctx, unit, 1)
        else:
            value, relative = _deictic_unit(ctx.dct, unit, 1), True
    elif rel in ("the previous", "the prior", "the preceding"):
        value, relative = _anaphoric_unit(ctx, unit, -1)
    else:
        n = {
            "this": 0,
            "the current": 0,
            "last": -1,
            "the past": -1,
            "the last": -1,
            "this past": -1,
            "the latest": -1,
            "next": 1,
            "this coming": 1,
            "the coming": 1,
        }.get(rel, 0)
        if rel in ("the past", "the last") and unit in ("DE", "CE"):
            return "DURATION", duration(1, unit), False
        if rel == "the coming" and unit not in ("W", "Y", "M"):
            return None
        value, relative = _deictic_unit(ctx.dct, unit, n), True
    return "DATE", value, relative


def _h_the_weekend(hit: Hit, ctx: Context) -> Value | None:
    rel = plain(hit.m.group("rel"))
    dct = ctx.dct
    if dct is None:
        return "DATE", "XXXX-WXX-WE", True
    ahead = rel in ("next", "this coming") or (rel in ("the", "this") and ctx.tense > 0)
    if rel == "this" and dct.weekday() >= 5:
        return "DATE", calendar.week(dct) + "-WE", True
    saturday = calendar.weekday_near(
        dct + timedelta(days=1) if ahead else dct - timedelta(days=1), 5, +1 if ahead else -1
    )
    return "DATE", calendar.week(on_calendar(saturday)) + "-WE", True


def _h_the_year(hit: Hit, ctx: Context) -> Value | None:
    pre = plain(hit.m.group("pre"))
    after = ctx.body[hit.end : hit.end + 12]
    if pre in ("over", "throughout") or re.match(r"[ \t]+end(?:ed|ing)\b", after):
        return "DURATION", "P1Y", False  # "over the year", "the year ended March 31"
    if re.match(r"[ \t]+(?:before|after|earlier|later|ago|to)\b", after):
        return None
    if ctx.dct is None:
        return "DATE", "XXXX", True
    return "DATE", f"{ctx.dct.year}", True


def _h_year_ago_adj(hit: Hit, ctx: Context) -> Value | None:
    quarter = _recent_quarter(ctx, hit.start)
    if quarter:
        return "DATE", on_calendar(calendar.shift(quarter, "Y", -1)), True
    if ctx.dct is None:
        return "DATE", "XXXX", True
    return "DATE", f"{ctx.dct.year - 1}", True


def _h_in_the_unit(hit: Hit, ctx: Context) -> Value | None:
    unit = unit_of(hit.m.group("unit"))
    if ctx.dct is None:
        last = ctx.state.last
        if last and unit == "Y":
            return "DATE", last[:4], True
        return "DATE", _unanchored(unit), True
    return "DATE", _deictic_unit(ctx.dct, unit, 0), True


def _h_year_end(hit: Hit, ctx: Context) -> Value | None:
    text = plain(hit.m.group(0))
    dct = ctx.dct
    if dct is None:
        return "DATE", "XXXX", True
    y = dct.year
    if ctx.tense < 0 and dct.month <= 3:
        y -= 1
    return "DATE", (f"{y}-12-31" if "year-end" in text and "the" not in text else f"{y}"), True


def _h_ago(hit: Hit, ctx: Context) -> Value | None:
    m = hit.m
    n = number(m.group("num"))
    unit = unit_of(m.group("unit"))
    direction = plain(m.group("dir"))
    if direction in ("before", "after"):
        # "two days before the vote": a duration; the event is the vote.
        return "DURATION", duration(n, unit), False
    if n is None or not float(n).is_integer():
        return "DATE", "PAST_REF" if direction in ("ago", "earlier") else "FUTURE_REF", True
    n = int(n)
    sign = -1 if direction in ("ago", "earlier") else 1
    if direction in ("ago", "from now", "hence"):
        if unit == "Y" and n == 1 and direction == "ago":
            quarter = _recent_quarter(ctx, hit.start)
            if quarter:
                return "DATE", on_calendar(calendar.shift(quarter, "Y", -1)), True
        if ctx.dct is None:
            return "DATE", _unanchored(unit), True
        return "DATE", _shift_from(ctx.dct, unit, sign * n), True
    # "a year earlier", "two days later": from the date last mentioned.
    last = ctx.state.last
    if unit == "Y" and n == 1:
        quarter = _recent_quarter(ctx, hit.start)
        if quarter:
            return "DATE", on_calendar(calendar.shift(quarter, "Y", sign)), True
    if last:
        start = calendar.start_of(last)
        if unit in ("Y", "DE", "CE"):
            moved = calendar.shift(last[:4], "Y", sign * n * {"Y": 1, "DE": 10, "CE": 100}[unit])
        elif unit == "M" and re.match(r"\d{4}-\d\d(?:$|-)", last):
            moved = calendar.shift(last[:7], "M", sign * n)
        elif unit in ("D", "W") and re.match(r"\d{4}-\d\d-\d\d", last) and start:
            moved = _shift_from(start, unit, sign * n)
        elif unit in ("H", "MIN", "S") and re.match(r"\d{4}-\d\d-\d\d", last):
            moved = last[:10]
        else:
            moved = None
        if moved:
            return "DATE", moved, True
    if ctx.dct is None:
        return "DATE", _unanchored(unit), True
    return "DATE", _shift_from(ctx.dct, unit, sign * n), True


def _h_ago_bare(hit: Hit, ctx: Context) -> Value | None:
    direction = plain(hit.m.group("dir"))
    return "DATE", "PAST_REF" if direction in ("ago", "earlier") else "FUTURE_REF", True


def _h_unit_around(hit: Hit, ctx: Context) -> Value | None:
    unit = unit_of(hit.m.group("unit"))
    direction = plain(hit.m.group("dir"))
    n = -1 if direction in ("before", "earlier", "prior") else 1
    # "the day before the vote" names no date of its own.
    after = ctx.body[hit.end : hit.end + 30]
    if direction in ("before", "after", "prior") and re.match(
        r"[ \t]+(?:to[ \t]+)?(?:(?:the|a|an|his|her|its|their|[A-Z])\w*|[a-z]{2,}ing\b)", after
    ):
        return None  # "the day before the vote", "the day after falling": no date of its own
    value, relative = _anaphoric_unit(ctx, unit, n)
    return "DATE", value, relative


def _h_clock(hit: Hit, ctx: Context) -> Value | None:
    m = hit.m
    h = int(m.group("h"))
    ap = m.group("ap").lower()
    if h > 12 or h == 0:
        return None
    if ap.startswith("p") and h != 12:
        h += 12
    elif ap.startswith("a") and h == 12:
        h = 0
    mi = m.group("mi") or "00"
    return "TIME", f"{_clock_day(ctx, m)}T{h:02d}:{mi}", True


def _h_clock24(hit: Hit, ctx: Context) -> Value | None:
    return "TIME", f"{_clock_day(ctx, hit.m)}T{int(hit.m.group('h')):02d}:{hit.m.group('mi')}", True


def _h_noon(hit: Hit, ctx: Context) -> Value | None:
    w = plain(hit.m.group("word"))
    clock = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[w]
    return "TIME", f"{_clock_day(ctx, hit.m)}T{clock}", True


def _h_ref(hit: Hit, ctx: Context) -> Value | None:
    w = plain(hit.m.group("ref"))
    if w == "current":
        after = ctx.body[hit.end : hit.end + 15].lower()
        if re.match(
            r"[ \t]+(?:account|affairs|events|exchange|status|form|law|leadership|members?|owners?|president|chairman)\b",
            after,
        ):
            return None
    if w in PRESENT_WORDS:
        return "DATE", "PRESENT_REF", True
    if w in PAST_WORDS:
        return "DATE", "PAST_REF", True
    if w == "future":
        return None
    return "DATE", "FUTURE_REF", True


HANDLERS: dict[str, Handler] = {
    "the_weekend": _h_the_weekend,
    "the_year": _h_the_year,
    "year_ago_adj": _h_year_ago_adj,
    "weekday": _h_weekday,
    "rel_day": _h_rel_day,
    "this_pod": _h_this_pod,
    "rel_unit": _h_rel_unit,
    "in_the_unit": _h_in_the_unit,
    "year_end": _h_year_end,
    "ago": _h_ago,
    "ago_bare": _h_ago_bare,
    "unit_around": _h_unit_around,
    "clock": _h_clock,
    "clock24": _h_clock24,
    "noon": _h_noon,
    "ref": _h_ref,
}
