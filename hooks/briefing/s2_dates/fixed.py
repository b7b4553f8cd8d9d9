"""Values of expressions that name their calendar unit: days ("June 4, 2000", "9/11"),
months, years, decades, centuries, seasons, quarters, halves and holidays. A month or day
written without its year takes the one `anchoring.year_for_month` finds.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefing import calendar
from briefing.lexicon.time import (
    DECADE_WORDS,
    HOLIDAYS_FIXED,
    HOLIDAYS_NTH,
    MONTHS,
    NAMED_DAYS,
    NUMBER_WORDS,
    ORDINALS,
    SEASON_MONTHS,
    SEASONS,
    WEEKDAYS,
)
from briefing.s2_dates.reference import NAME_AFTER, Context, Handler, Value, on_calendar, year_for_month
from briefing.s2_dates.spans import YEAR, Hit, plain

_YEAR_AFTER_MONTH = re.compile(r"[ \t]+(?:day|morning|afternoon|evening|night)[ \t]+(?:in|of)[ \t]+(" + YEAR + ")")
_NAME_BEFORE = re.compile(
    r"(?<![.!?:]\s)(?<!^)\b(?!(?:In|By|Since|From|Until|Of|Fiscal|Summer|Winter|Spring|Autumn|Fall|Christmas"
    r"|Easter|January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b)[A-Z][a-z]+[ \t]+$"
)
# A word before a month alone that makes it a time ("in June", "since April"), not a name.
_MONTH_CUE = re.compile(
    r"\b(?:in|since|until|till|by|from|through|to|before|after|during|between|of|and|or|the|early|late|mid-?)\s+$"
)
_QUANTITY_AFTER = re.compile(
    r"[ \t]+(?:people|persons|men|women|children|soldiers|troops|shares|units|cars|jobs|workers|employees"
    r"|miles|km|kilometers|kilometres|feet|meters|metres|pounds|tons|tonnes|dollars|euros|yen|points"
    r"|votes|seats|cases|deaths|dead|times|members|students|flights|planes|aircraft|barrels|acres"
    r"|residents|homes|years|pages)\b",
    re.I,
)


def _month_value(ctx: Context, mon: int, rel: str, pos: int) -> tuple[str, bool]:
    """A month's value: "last March" counts from the publication date, a bare "March" takes a
    year written just after it, or the one `year_for_month` finds."""
    dct = ctx.dct
    if rel in ("last", "this past", "the previous"):
        if dct is None:
            return f"XXXX-{mon:02d}", True
        y = dct.year if mon < dct.month else dct.year - 1
        return calendar.month(y, mon), True
    if rel in ("next", "this coming", "the following"):
        if dct is None:
            return f"XXXX-{mon:02d}", True
        y = dct.year if mon > dct.month else dct.year + 1
        return calendar.month(y, mon), True
    if rel == "this":
        return (calendar.month(dct.year, mon) if dct else f"XXXX-{mon:02d}"), True
    later = _YEAR_AFTER_MONTH.match(ctx.body, ctx.end)
    if later:  # "that January day in 2011": the year comes just after
        return calendar.month(int(later.group(1)), mon), False
    found = year_for_month(ctx, mon, None, pos)
    return (calendar.month(found, mon) if found else f"XXXX-{mon:02d}"), True


def _h_named(hit: Hit, ctx: Context) -> Value | None:
    return "DATE", NAMED_DAYS[hit.m.group("named")], False


def _h_iso(hit: Hit, ctx: Context) -> Value | None:
    d = calendar.safe_date(int(hit.m.group("y")), int(hit.m.group("m")), int(hit.m.group("d")))
    return ("DATE", d.isoformat(), False) if d else None


def _h_slash(hit: Hit, ctx: Context) -> Value | None:
    y = int(hit.m.group("y"))
    if y < 100:
        y += 1900 if y > 30 else 2000
    d = calendar.safe_date(y, int(hit.m.group("m")), int(hit.m.group("d")))
    return ("DATE", d.isoformat(), False) if d else None


def _h_mdy(hit: Hit, ctx: Context) -> Value | None:
    m = hit.m
    mon = MONTHS[plain(m.group("mon"))]
    day = int("".join(ch for ch in m.group("day") if ch.isdigit()))  # "21st" is 21
    named = NAMED_DAYS.get(f"{mon}/{day}")
    after = ctx.body[hit.end : hit.end + 20].lower()
    if named and not m.group("year") and re.match(r"\W*(?:attack|terror)", after):
        return "DATE", named, False
    if plain(m.group("mon")) == "may" and not m.group("year") and not m.group("wd") and len(m.group("day")) > 2:
        return None
    if m.group("year"):
        d = calendar.safe_date(int(m.group("year")), mon, day)
        return ("DATE", d.isoformat(), False) if d else None
    if m.group("wd") and ctx.dct is not None:
        # The weekday picks the year: "Friday, Aug. 7" is the Aug. 7 that fell on a Friday.
        wd = WEEKDAYS[plain(m.group("wd"))]
        for y in (ctx.dct.year, ctx.dct.year - 1, ctx.dct.year + 1):
            d = calendar.safe_date(y, mon, day)
            if d and d.weekday() == wd:
                return "DATE", d.isoformat(), True
    found = year_for_month(ctx, mon, day, hit.start)
    if found is None:
        return "DATE", f"XXXX-{mon:02d}-{day:02d}", True
    d = calendar.safe_date(found, mon, day)
    return ("DATE", d.isoformat(), True) if d else None


def _h_month_year(hit: Hit, ctx: Context) -> Value | None:
    mon = MONTHS[plain(hit.m.group("mon"))]
    return "DATE", calendar.month(int(hit.m.group("year")), mon), False


def _h_month(hit: Hit, ctx: Context) -> Value | None:
    m = hit.m
    name = plain(m.group("mon"))
    mon = MONTHS[name]
    rel = plain(m.group("rel"))
    bare = not (rel or m.group("mod") or m.group("each") or m.group("yrel"))
    cued = bare and _MONTH_CUE.search(ctx.body[max(0, hit.start - 12) : hit.start].lower()) is not None
    # "may" is mostly a verb, "Mar"/"Jan" mostly names: want a cue before them.
    if (
        bare
        and name in ("may", "mar", "jan", "dec", "jun", "jul", "sep", "oct", "nov", "aug", "feb", "apr")
        and (not cued or (name != "may" and not m.group("mon").endswith(".")))
    ):
        return None
    if bare and not cued and hit.end == m.end("mon") and NAME_AFTER.match(ctx.body, hit.end):
        return None  # a given name: "April Ryan asked", "said June Carter"
    written = ctx.body[m.start("mon") : m.end("mon")]
    if written.isupper() and len(written) > 3 and not rel:
        return None  # "MARCH" in a headline-like shout is more often a verb or a name
    if m.group("each"):
        return "SET", f"XXXX-{mon:02d}", False
    if m.group("yrel"):
        if ctx.dct is None:
            return "DATE", f"XXXX-{mon:02d}", True
        y = ctx.dct.year + {"last year": -1, "this year": 0, "next year": 1}[plain(m.group("yrel"))]
        return "DATE", calendar.month(y, mon), True
    value, relative = _month_value(ctx, mon, rel, hit.start)
    return "DATE", value, relative


def _h_year(hit: Hit, ctx: Context) -> Value | None:
    m = hit.m
    year = int(m.group("year"))
    before = ctx.body[max(0, m.start("year") - 12) : m.start("year")]
    if before.endswith(("-", "–")) and not re.search(
        r"(?:mid|post|pre|late|early|fiscal)-$|\b\d{4}[-–]$", before, re.I
    ):
        return None
    if not m.group("pre") and not m.group("mod"):
        if _QUANTITY_AFTER.match(ctx.body, hit.end) or re.search(r"(?:\bNo\.?|#|\$|€|£)\s*$", before):
            return None
        if _NAME_BEFORE.search(before) and NAME_AFTER.match(ctx.body, hit.end):
            return None  # "the Russell 2000 Index", "Windows 2000 Server": part of a name
        if re.search(r"\b(?:at|to|from|of|by)\s+$", before) and re.match(
            r"\s*(?:points?|level)", ctx.body[hit.end : hit.end + 10]
        ):
            return None
    mod = plain(m.group("mod"))
    if mod.startswith(("the first half", "the first part")):
        return "DATE", f"{year}-H1", False
    if mod.startswith(("the second half", "the last half", "the latter")):
        return "DATE", f"{year}-H2", False
    for season in SEASONS:
        if mod == f"the {season} of":
            return "DATE", f"{year}-{SEASONS[season]}", False
    return "DATE", f"{year:04d}", False


def _h_spoken_year(hit: Hit, ctx: Context) -> Value | None:
    words = re.split(r"[- ]+", plain(hit.m.group("spoken")))[1:]
    words = [w for w in words if w not in ("hundred", "and", "oh", "o")]
    n = sum(NUMBER_WORDS.get(w, 0) for w in words)
    return ("DATE", f"19{n:02d}", False) if 0 < n < 100 else None


def _h_year_2000(hit: Hit, ctx: Context) -> Value | None:
    ones = hit.m.group("ones")
    return "DATE", f"{2000 + (NUMBER_WORDS[plain(ones)] if ones else 0)}", False


def _h_decade(hit: Hit, ctx: Context) -> Value | None:
    m = hit.m
    if m.group("dec"):
        dec = m.group("dec")
        # "the 1800s" is the century, "the 1990s" the decade; so is "the 2000s": a century
        # not yet over when the article was written is "this century" (undated: after 2000).
        hundreds = dec.endswith("0") and hit.m.group(0).rstrip("s'").endswith("00")
        over = hundreds and int(dec[:2]) < (ctx.dct.year if ctx.dct else 2000) // 100
        return "DATE", dec[:2] if over else dec, False
    short = int(m.group("short"))
    return "DATE", f"19{short}" if short >= 2 else f"20{short}", False


def _h_decade_word(hit: Hit, ctx: Context) -> Value | None:
    return "DATE", f"19{DECADE_WORDS[plain(hit.m.group('word'))]}", False


def _h_century(hit: Hit, ctx: Context) -> Value | None:
    m = hit.m
    n = int(m.group("n")) if m.group("n") else ORDINALS[plain(m.group("w"))]
    return "DATE", f"{n - 1:02d}", False


def _h_season(hit: Hit, ctx: Context) -> Value | None:
    m = hit.m
    name = plain(m.group("season"))
    code = SEASONS[name]
    rel = plain(m.group("rel"))
    after = ctx.body[hit.end : hit.end + 12].lower()
    if name in ("fall", "spring") and not (m.group("year") or m.group("mod") or rel not in ("", "the", "that")):
        before = ctx.body[max(0, hit.start - 4) : hit.start].lower()
        if not (rel == "the" and before.endswith("in ") and not re.match(r"\s+(?:of|in|from)\b", after)):
            return None
    if rel == "the" and re.match(r"\s+of\b", after) and not m.group("year"):
        return None
    if m.group("year"):
        return "DATE", f"{m.group('year')}-{code}", False
    dct = ctx.dct
    if dct is None:
        return "DATE", f"XXXX-{code}", True
    first, last = SEASON_MONTHS[code]
    cur = dct.month if dct.month >= 3 else dct.month + 12  # Jan/Feb belong to last winter
    season_year = dct.year if dct.month >= 3 else dct.year - 1
    if rel in ("last", "this past", "the previous"):
        y = season_year if last < cur else season_year - 1
    elif rel in ("next", "this coming", "the following"):
        y = season_year if first > cur else season_year + 1
    elif rel == "this" or ctx.tense == 0:
        y = season_year
    elif ctx.tense < 0:
        y = season_year if first <= cur else season_year - 1
    else:
        y = season_year if last >= cur else season_year + 1
    return "DATE", f"{y}-{code}", True


def _quarter_default(ctx: Context, q: int) -> tuple[str, bool]:
    """A quarter named without a year: this year's, or last year's when it is still to come
    and the clause is not about the future."""
    dct = ctx.dct
    if dct is None:
        return f"XXXX-Q{q}", True
    cur = calendar.quarter_of(dct)
    y = dct.year
    if q > cur and ctx.tense <= 0:
        y -= 1
    return f"{y}-Q{q}", True


def _h_quarter(hit: Hit, ctx: Context) -> Value | None:
    m = hit.m
    q = ORDINALS[plain(m.group("ord"))]
    if q > 4:
        return None
    if m.group("year") or m.group("qyear"):
        return "DATE", f"{m.group('year') or m.group('qyear')}-Q{q}", False
    dct = ctx.dct
    yrel = plain(m.group("yrel")) or (plain(m.group("qrel")) + " year" if m.group("qrel") else "")
    if yrel:
        if dct is None:
            return "DATE", f"XXXX-Q{q}", True
        off = {"last year": -1, "this year": 0, "next year": 1}.get(yrel, -1)
        if yrel.startswith("a year"):
            value, _ = _quarter_default(ctx, q)
            return "DATE", on_calendar(calendar.shift(value, "Y", -1)), True
        return "DATE", f"{dct.year + off}-Q{q}", True
    adj = plain(m.group("adj"))
    value, relative = _quarter_default(ctx, q)
    if adj in ("year-earlier", "year-ago", "year-before") and "X" not in value:
        return "DATE", on_calendar(calendar.shift(value, "Y", -1)), relative
    return "DATE", value, relative


def _h_quarter_code(hit: Hit, ctx: Context) -> Value | None:
    q = int(hit.m.group("qn"))
    if hit.m.group("year"):
        return "DATE", f"{hit.m.group('year')}-Q{q}", False
    return ("DATE",) + _quarter_default(ctx, q)


def _h_quarter_ref(hit: Hit, ctx: Context) -> Value | None:
    m = hit.m
    rel, adj, what = plain(m.group("rel")), plain(m.group("adj")), plain(m.group("what"))
    dct = ctx.dct
    recent = ctx.state.last_quarter if hit.start - ctx.state.last_quarter_at < 1500 else None
    back = (
        adj in ("year-earlier", "year-ago", "comparable", "corresponding")
        or bool(m.group("yrel"))
        or (adj == "same" and bool(m.group("yrel")))
    )
    if m.group("qmon"):
        q = (MONTHS[plain(m.group("qmon"))] + 2) // 3
        value, relative = _quarter_default(ctx, q)
        return "DATE", value, relative
    if what == "period":
        if not recent or not (adj or m.group("yrel")):
            return None
        return "DATE", on_calendar(calendar.shift(recent, "Y", -1) if back else recent), True
    if rel in ("this",) or adj == "current":
        if dct is None:
            return "DATE", "XXXX-QX", True
        return "DATE", f"{dct.year}-Q{calendar.quarter_of(dct)}", True
    if rel == "next":
        if dct is None:
            return "DATE", "XXXX-QX", True
        return "DATE", on_calendar(calendar.shift(f"{dct.year}-Q{calendar.quarter_of(dct)}", "Q", 1)), True
    if rel == "last" and not adj:
        if dct is None:
            return "DATE", "XXXX-QX", True
        return "DATE", on_calendar(calendar.shift(f"{dct.year}-Q{calendar.quarter_of(dct)}", "Q", -1)), True
    if recent and adj not in ("latest", "most recent", "past"):
        base = recent
    elif dct is not None:
        base = on_calendar(calendar.shift(f"{dct.year}-Q{calendar.quarter_of(dct)}", "Q", -1))
    else:
        return "DATE", "XXXX-QX", True
    return "DATE", on_calendar(calendar.shift(base, "Y", -1) if back else base), True


def _h_half(hit: Hit, ctx: Context) -> Value | None:
    m = hit.m
    h = 1 if plain(m.group("h")) == "first" else 2
    if m.group("year"):
        return "DATE", f"{m.group('year')}-H{h}", False
    dct = ctx.dct
    yrel = plain(m.group("yrel"))
    if dct is None:
        return "DATE", f"XXXX-H{h}", True
    if yrel in ("last year", "next year"):
        return "DATE", f"{dct.year + (1 if yrel == 'next year' else -1)}-H{h}", True
    if not yrel and plain(m.group("h")) not in ("first", "second"):
        return None
    y = dct.year
    if h == 2 and dct.month <= 6 and ctx.tense <= 0:
        y -= 1
    return "DATE", f"{y}-H{h}", True


def _holiday_in(name: str, y: int) -> date | None:
    """The day of a holiday in year y: a fixed date, or the nth (or last) weekday of its month."""
    if name in HOLIDAYS_FIXED:
        mon, day = HOLIDAYS_FIXED[name]
        return calendar.safe_date(y, mon, day)
    mon, wd, nth = HOLIDAYS_NTH[name]
    first = calendar.safe_date(y, mon, 1)
    if first is None:  # a year past the calendar's ends
        return None
    if nth > 0:
        return calendar.add_days(first, (wd - first.weekday()) % 7 + 7 * (nth - 1))
    following = calendar.safe_date(*calendar.add_months(y, mon, 1), 1)
    last = following - timedelta(days=1) if following else date(y, 12, 31)
    return last - timedelta(days=(last.weekday() - wd) % 7)


def _h_holiday(hit: Hit, ctx: Context) -> Value | None:
    m = hit.m
    name = plain(m.group("hol")).replace("’", "'")
    if m.group("year"):
        d = _holiday_in(name, int(m.group("year")))
        return ("DATE", d.isoformat(), False) if d else None
    dct = ctx.dct
    rel = plain(m.group("rel"))
    if dct is None:
        if name in HOLIDAYS_FIXED:
            mon, day = HOLIDAYS_FIXED[name]
            return "DATE", f"XXXX-{mon:02d}-{day:02d}", True
        return "DATE", "XXXX-XX-XX", True
    # (A year past the calendar's ends has none.)
    options = [d for y in (dct.year - 1, dct.year, dct.year + 1) if (d := _holiday_in(name, y)) is not None]
    if rel == "last" or (not rel and ctx.tense < 0):
        d = max([d for d in options if d <= dct] or [options[0]])
    elif rel == "next" or ctx.tense > 0:
        d = min([d for d in options if d >= dct] or [options[-1]])
    else:
        d = min(options, key=lambda d: abs((d - dct).days))
    return "DATE", d.isoformat(), True


HANDLERS: dict[str, Handler] = {
    "named_day": _h_named,
    "iso": _h_iso,
    "slash": _h_slash,
    "mdy": _h_mdy,
    "dmy": _h_mdy,
    "month_year": _h_month_year,
    "month": _h_month,
    "year": _h_year,
    "spoken_year": _h_spoken_year,
    "year_2000": _h_year_2000,
    "decade": _h_decade,
    "decade_word": _h_decade_word,
    "century": _h_century,
    "season": _h_season,
    "quarter": _h_quarter,
    "quarter_code": _h_quarter_code,
    "quarter_ref": _h_quarter_ref,
    "half": _h_half,
    "holiday": _h_holiday,
}
