"""Find temporal expressions and give each its TIMEX3 (TimeML) type and value, in text order
so that "a year earlier" leans on the last date before it; and read an article's own date
from its dateline. Spans come from `timespans`; what values lean on from `anchoring`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from datetime import date, timedelta

from . import reckon, sentences as sentence_split, timespans
from .anchoring import NAME_AFTER, Context, Handler, State, Value, tense_cues, year_for_month
from .model import Sentence, Timex
from .timespans import YEAR, Hit, plain
from .timewords import (
    DECADE_WORDS, HOLIDAYS_FIXED, HOLIDAYS_NTH, MONTHS, NAMED_DAYS, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY,
    PAST_WORDS, PRESENT_WORDS, SEASON_MONTHS, SEASONS, SET_ADVERBS, UNITS, VAGUE_NUMBERS, WEEKDAYS,
)

# Expressions that lean on another date ("a year earlier") never become the anchor
# themselves, or a chain of them would drift a year each time.
_COMPARATIVE = re.compile(r"\b(?:ago|earlier|later|before|after|year-ago|year-earlier|previous|prior|following"
                          r"|same|corresponding|comparable)\b", re.I)
# A paragraph that is only a date, perhaps labelled and with a time: "Published: March 3,
# 2024, 10:00 GMT".
_DATELINE_LABEL = re.compile(r"\s*(?:(?:Published|Updated|Last updated|Posted|Dated?|Date)(?:\s+on)?\s*:?\s*)?",
                             re.I)
_DATELINE_TAIL = re.compile(r"[\s.,:;–—|-]*(?:(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?"
                            r"[\s.,;–—|-]*)?", re.I)
_DATELINE_DASH = re.compile(r"\s*(?:\([^)]{1,30}\)\s*)?(?:[–—_:-]|--)")  # "(AP) —" after a dateline's date
_YEAR_AFTER_MONTH = re.compile(r"[ \t]+(?:day|morning|afternoon|evening|night)[ \t]+(?:in|of)[ \t]+(" + YEAR + ")")
_UNTIL = re.compile(r"\b(?:until|till|through)[ \t]+$", re.I)
_ON_WEEKDAY = re.compile(r",?[ \t]+on[ \t]+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_NUMBER_BEFORE = re.compile(r"(?:\d[\d,.]*%?|\b(?:million|billion|cents?|dollars?|percent|times|twice|once)"
                            r")[ \t]*$", re.I)
_NAME_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!^)\b(?!(?:In|By|Since|From|Until|Of|Fiscal|Summer|Winter|Spring|Autumn|Fall|Christmas"
                          r"|Easter|January|February|March|April|May|June|July|August|September|October"
                          r"|November|December)\b)[A-Z][a-z]+[ \t]+$")
_QUANTITY_AFTER = re.compile(
    r"[ \t]+(?:people|persons|men|women|children|soldiers|troops|shares|units|cars|jobs|workers|employees"
    r"|miles|km|kilometers|kilometres|feet|meters|metres|pounds|tons|tonnes|dollars|euros|yen|points"
    r"|votes|seats|cases|deaths|dead|times|members|students|flights|planes|aircraft|barrels|acres"
    r"|residents|homes|years|pages)\b", re.I)


def find(body: str, sentences: Sequence[Sentence], published: date | None) -> list[Timex]:
    """Every temporal expression in body, in text order, with its TIMEX3 type and value."""
    low = timespans.lowered(body)
    hits = timespans.find(body, low)
    spans = sorted((s.start, s.end) for s in sentences)
    if not spans:  # called on bare text: split it the way the pipeline would
        spans = [span for line in re.finditer(r"[^\n]+", body)
                 for span in sentence_split.spans(body, line.start(), line.end())]
    starts = [s for s, _ in spans]
    state = State(published)
    out: list[Timex] = []
    cues_cache: dict[tuple[int, int], list[tuple[int, int, int]]] = {}
    for hit in hits:
        span = _sentence_of(body, spans, starts, hit.start)

        def cues(span=span):
            if span not in cues_cache:
                cues_cache[span] = tense_cues(low, *span)
            return cues_cache[span]

        ctx = Context(body, state, span, cues, hit.start, hit.end)
        result = HANDLERS[hit.rule](hit, ctx)
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
            if t.start - s.start <= 60 \
                    and re.fullmatch(r"(?:[A-Z][\w.'’-]*(?:[ ,]+|$))*", body[s.start: t.start].strip() + " ") \
                    and _DATELINE_DASH.match(body, t.end, s.end):
                rest = re.sub(r"^\s*(?:\([^)]{1,30}\)\s*)?(?:--|[–—_:-])\s*", "", body[t.end: s.end])
                return day, (s.index if len(rest.strip()) < 3 else -1)
    return None


def _sentence_of(body: str, spans: list[tuple[int, int]], starts: list[int], pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i]
    # No sentence given (or a gap between sentences): the line holding the position.
    return body.rfind("\n", 0, pos) + 1, (body.find("\n", pos) % (len(body) + 1)) or len(body)


# --- Values --------------------------------------------------------------------------


def number(text: str) -> int | float | None:
    """A count written in figures or words; None when vague ("several")."""
    w = plain(text)
    if w in VAGUE_NUMBERS:
        return None
    frac = re.fullmatch(r"(\d+) ([13])/([24])", text.strip())
    if frac:
        return int(frac.group(1)) + int(frac.group(2)) / int(frac.group(3))
    if re.fullmatch(r"\d+(?:\.\d+)?", text.strip()):
        n = float(text)
        return int(n) if n.is_integer() else n
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    parts = re.split(r"[- ]", w)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


def unit_of(text: str) -> str:
    w = plain(text)
    if w in ("centuries", "century"):
        return "CE"
    return UNITS.get(w.rstrip("s"), UNITS.get(w, "X"))


def duration(n: int | float | None, unit: str) -> str:
    """A TIMEX3 duration value: P3Y, PT5H, PXM."""
    if unit == "DE":
        unit, n = "Y", (None if n is None else n * 10)
    elif unit == "CE":
        unit, n = "Y", (None if n is None else n * 100)
    elif unit == "Q" and n is not None and n != 1 and float(n).is_integer():
        unit, n = "M", n * 3
    amount = "X" if n is None else (str(int(n)) if float(n).is_integer() else None)
    if amount is None:  # "2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M
        small = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60)}
        if unit not in small:
            return f"PX{unit}"
        whole, part = int(n), n - int(n)
        sub_unit, factor = small[unit]
        rest = f"{round(part * factor)}{'M' if sub_unit == 'MIN' else sub_unit}"
        head = f"{whole}{unit}" if whole else ""
        if unit == "H" or sub_unit == "H":
            return f"P{head}T{rest}" if unit != "H" else f"PT{head}{rest}"
        return f"P{head}{rest}"
    if unit in ("H", "MIN", "S"):
        return f"PT{amount}{'M' if unit == 'MIN' else unit}"
    return f"P{amount}{unit}"


def _h_duration(hit: Hit, ctx: Context) -> Value | None:
    m = hit.m
    numtext = m.group("num")
    n = number(numtext)
    unit = unit_of(m.group("unit"))
    word = plain(numtext)
    det = plain(m.group("det"))
    if word in ("a", "an") and det in ("a", "an"):
        return None
    after = ctx.body[hit.end: hit.end + 4].lower()
    if unit == "Q" and after.startswith(" of"):
        return None  # "three-quarters of the shares" is a fraction
    if word in ("a", "an") and unit == "S":
        return None  # "a second time": an ordinal
    if unit == "X":
        return None
    if word in ("a", "an", "per") and m.group("unit").lower().rstrip("s") in ("year", "month", "week", "day", "hour"):
        before = ctx.body[max(0, hit.start - 30): hit.start]
        if _NUMBER_BEFORE.search(before):
            return "SET", duration(1, unit), False
    if word in ("some", "many") and not m.group("unit").lower().endswith("s"):
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", numtext) and not plain(m.group("unit")).endswith("s") and \
            not re.search(r"\d[ \t]*-[ \t]*\w+$", m.group(0)):
        # "5 year" without a hyphen is odd; "five-year plan" is fine.
        if not re.search(r"-", m.group(0)):
            return None
    return "DURATION", duration(n, unit), False


def _h_duration_bare(hit: Hit, ctx: Context) -> Value | None:
    unit = unit_of(hit.m.group("unit"))
    adj = plain(hit.m.group("adj"))
    pre = plain(hit.m.group("pre"))
    if adj == "coming":
        return "DATE", "FUTURE_REF", True
    if adj == "recent" and unit in ("Y", "DE"):
        return "DATE", "PAST_REF", True
    if not adj and pre in ("the", "in the"):
        return None
    return "DURATION", duration(None, unit), False


def _h_set_every(hit: Hit, ctx: Context) -> Value | None:
    m = hit.m
    unit_word = plain(m.group("unit")).rstrip("s")
    if unit_word in ("summer", "winter", "spring", "fall"):
        return "SET", f"XXXX-{SEASONS[unit_word]}", False
    if unit_word in ("morning", "evening", "night"):
        return "SET", f"TX{PARTS_OF_DAY[unit_word]}", False
    n = number(m.group("num")) if m.group("num") else 1
    if m.group("other"):
        n = 2
    return "SET", duration(n, unit_of(unit_word)), False


def _h_set_times(hit: Hit, ctx: Context) -> Value | None:
    return "SET", duration(1, unit_of(hit.m.group("unit"))), False


def _h_set_adverb(hit: Hit, ctx: Context) -> Value | None:
    written = ctx.body[hit.start: hit.end]
    if written[0].isupper() and (re.search(r"[A-Z]\w*[ \t]+$", ctx.body[max(0, hit.start - 30): hit.start])
                                 or NAME_AFTER.match(ctx.body, hit.end)):
        return None  # "the China Daily", "the Daily Telegraph": a paper's name
    return "SET", SET_ADVERBS[plain(hit.m.group("adv"))], False


def _h_each_weekday(hit: Hit, ctx: Context) -> Value | None:
    wd = WEEKDAYS[plain(hit.m.group("wd"))]
    pod = PARTS_OF_DAY.get(plain(hit.m.group("pod")), "")
    return "SET", f"XXXX-WXX-{wd + 1}" + (f"T{pod}" if pod else ""), False


def _month_value(ctx: Context, mon: int, rel: str, pos: int) -> tuple[str, bool]:
    dct = ctx.dct
    if rel in ("last", "this past", "the previous"):
        if dct is None:
            return f"XXXX-{mon:02d}", True
        y = dct.year if mon < dct.month else dct.year - 1
        return reckon.month(y, mon), True
    if rel in ("next", "this coming", "the following"):
        if dct is None:
            return f"XXXX-{mon:02d}", True
        y = dct.year if mon > dct.month else dct.year + 1
        return reckon.month(y, mon), True
    if rel == "this":
        return (reckon.month(dct.year, mon) if dct else f"XXXX-{mon:02d}"), True
    later = _YEAR_AFTER_MONTH.match(ctx.body, ctx.end)
    if later:  # "that January day in 2011": the year comes just after
        return reckon.month(int(later.group(1)), mon), False
    y = year_for_month(ctx, mon, None, pos)
    return (reckon.month(y, mon) if y else f"XXXX-{mon:02d}"), True


def _h_named(hit: Hit, ctx: Context) -> Value | None:
    return "DATE", NAMED_DAYS[hit.m.group("named")], False


def _h_iso(hit: Hit, ctx: Context) -> Value | None:
    d = reckon.safe_date(int(hit.m.group("y")), int(hit.m.group("m")), int(hit.m.group("d")))
    return ("DATE", d.isoformat(), False) if d else None


def _h_slash(hit: Hit, ctx: Context) -> Value | None:
    y = int(hit.m.group("y"))
    if y < 100:
        y += 1900 if y > 30 else 2000
    d = reckon.safe_date(y, int(hit.m.group("m")), int(hit.m.group("d")))
    return ("DATE", d.isoformat(), False) if d else None


def _h_mdy(hit: Hit, ctx: Context) -> Value | None:
    m = hit.m
    mon = MONTHS[plain(m.group("mon"))]
    day = int(re.match(r"\d+", m.group("day")).group())
    named = NAMED_DAYS.get(f"{mon}/{day}")
    after = ctx.body[hit.end: hit.end + 20].lower()
    if named and not m.group("year") and re.match(r"\W*(?:attack|terror)", after):
        return "DATE", named, False
    if plain(m.group("mon")) == "may" and not m.group("year") and not m.group("wd") and len(m.group("day")) > 2:
        return None
    if m.group("year"):
        d = reckon.safe_date(int(m.group("year")), mon, day)
        return ("DATE", d.isoformat(), False) if d else None
    if m.group("wd") and ctx.dct is not None:
        # The weekday picks the year: "Friday, Aug. 7" is the Aug. 7 that fell on a Friday.
        wd = WEEKDAYS[plain(m.group("wd"))]
        for y in (ctx.dct.year, ctx.dct.year - 1, ctx.dct.year + 1):
            d = reckon.safe_date(y, mon, day)
            if d and d.weekday() == wd:
                return "DATE", d.isoformat(), True
    y = year_for_month(ctx, mon, day, hit.start)
    if y is None:
        return "DATE", f"XXXX-{mon:02d}-{day:02d}", True
    d = reckon.safe_date(y, mon, day)
    return ("DATE", d.isoformat(), True) if d else None


def _h_month_year(hit: Hit, ctx: Context) -> Value | None:
    mon = MONTHS[plain(hit.m.group("mon"))]
    return "DATE", reckon.month(int(hit.m.group("year")), mon), False


def _h_month(hit: Hit, ctx: Context) -> Value | None:
    m = hit.m
    name = plain(m.group("mon"))
    mon = MONTHS[name]
    rel = plain(m.group("rel"))
    if name in ("may", "mar", "jan", "dec", "jun", "jul", "sep", "oct", "nov", "aug", "feb", "apr") \
            and not (rel or m.group("mod") or m.group("each") or m.group("yrel")):
        # "may" is mostly a verb, "Mar"/"Jan" mostly names: want a cue before them.
        before = ctx.body[max(0, hit.start - 12): hit.start].lower()
        if not re.search(r"\b(?:in|since|until|till|by|from|through|to|before|after|during|of|early|late|mid-?)\s+$", before):
            return None
        if name != "may" and not m.group("mon").endswith("."):
            return None
    written = ctx.body[m.start("mon"): m.end("mon")]
    if written.isupper() and len(written) > 3 and not rel:
        return None  # "MARCH" in a headline-like shout is more often a verb or a name
    if m.group("each"):
        return "SET", f"XXXX-{mon:02d}", False
    if m.group("yrel"):
        if ctx.dct is None:
            return "DATE", f"XXXX-{mon:02d}", True
        y = ctx.dct.year + {"last year": -1, "this year": 0, "next year": 1}[plain(m.group("yrel"))]
        return "DATE", reckon.month(y, mon), True
    value, relative = _month_value(ctx, mon, rel, hit.start)
    return "DATE", value, relative


def _h_year(hit: Hit, ctx: Context) -> Value | None:
    m = hit.m
    year = int(m.group("year"))
    before = ctx.body[max(0, m.start("year") - 12): m.start("year")]
    if before.endswith(("-", "–")) and not re.search(r"(?:mid|post|pre|late|early|fiscal)-$|\b\d{4}[-–]$", before, re.I):
        return None
    if not m.group("pre") and not m.group("mod"):
        if _QUANTITY_AFTER.match(ctx.body, hit.end) or re.search(r"(?:\bNo\.?|#|\$|€|£)\s*$", before):
            return None
        if _NAME_BEFORE.search(before) and NAME_AFTER.match(ctx.body, hit.end):
            return None  # "the Russell 2000 Index", "Windows 2000 Server": part of a name
        if re.search(r"\b(?:at|to|from|of|by)\s+$", before) and re.match(r"\s*(?:points?|level)", ctx.body[hit.end:hit.end + 10]):
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
        # "the 1800s" is the century, "the 1990s" the decade.
        return "DATE", dec[:2] if dec.endswith("0") and hit.m.group(0).rstrip("s'").endswith("00") else dec, False
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
    after = ctx.body[hit.end: hit.end + 12].lower()
    if name in ("fall", "spring") and not (m.group("year") or m.group("mod") or rel not in ("", "the", "that")):
        before = ctx.body[max(0, hit.start - 4): hit.start].lower()
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
    dct = ctx.dct
    if dct is None:
        return f"XXXX-Q{q}", True
    cur = reckon.quarter_of(dct)
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
            return "DATE", reckon.shift(value, "Y", -1), True
        return "DATE", f"{dct.year + off}-Q{q}", True
    adj = plain(m.group("adj"))
    value, relative = _quarter_default(ctx, q)
    if adj in ("year-earlier", "year-ago", "year-before") and "X" not in value:
        value = reckon.shift(value, "Y", -1)
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
    back = adj in ("year-earlier", "year-ago", "comparable", "corresponding") or bool(m.group("yrel")) \
        or (adj == "same" and bool(m.group("yrel")))
    if m.group("qmon"):
        q = (MONTHS[plain(m.group("qmon"))] + 2) // 3
        value, relative = _quarter_default(ctx, q)
        return "DATE", value, relative
    if what == "period":
        if not recent or not (adj or m.group("yrel")):
            return None
        return "DATE", (reckon.shift(recent, "Y", -1) if back else recent), True
    if rel in ("this",) or adj == "current":
        if dct is None:
            return "DATE", "XXXX-QX", True
        return "DATE", f"{dct.year}-Q{reckon.quarter_of(dct)}", True
    if rel == "next":
        if dct is None:
            return "DATE", "XXXX-QX", True
        return "DATE", reckon.shift(f"{dct.year}-Q{reckon.quarter_of(dct)}", "Q", 1), True
    if rel == "last" and not adj:
        if dct is None:
            return "DATE", "XXXX-QX", True
        return "DATE", reckon.shift(f"{dct.year}-Q{reckon.quarter_of(dct)}", "Q", -1), True
    if recent and adj not in ("latest", "most recent", "past"):
        base = recent
    elif dct is not None:
        base = reckon.shift(f"{dct.year}-Q{reckon.quarter_of(dct)}", "Q", -1)
    else:
        return "DATE", "XXXX-QX", True
    return "DATE", (reckon.shift(base, "Y", -1) if back else base), True


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
    if name in HOLIDAYS_FIXED:
        mon, day = HOLIDAYS_FIXED[name]
        return reckon.safe_date(y, mon, day)
    mon, wd, nth = HOLIDAYS_NTH[name]
    if nth > 0:
        first = date(y, mon, 1)
        return first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (nth - 1))
    nxt = date(*reckon.add_months(y, mon, 1), 1) - timedelta(days=1)
    return nxt - timedelta(days=(nxt.weekday() - wd) % 7)


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
    options = [(y, _holiday_in(name, y)) for y in (dct.year - 1, dct.year, dct.year + 1)]
    if rel == "last" or (not rel and ctx.tense < 0):
        picks = [d for _, d in options if d <= dct] or [options[0][1]]
        d = max(picks)
    elif rel == "next" or ctx.tense > 0:
        picks = [d for _, d in options if d >= dct] or [options[-1][1]]
        d = min(picks)
    else:
        d = min((d for _, d in options), key=lambda d: abs((d - dct).days))
    return "DATE", d.isoformat(), True


def _weekday_date(ctx: Context, wd: int, rel: str) -> date | None:
    dct = ctx.dct
    if dct is None:
        return None
    if not rel and ctx.tense >= 0 and _UNTIL.search(ctx.body, max(0, ctx.start - 12), ctx.start):
        rel = "next"  # "markets stay closed until Friday": the coming one
    if rel in ("last", "this past", "the previous"):
        return reckon.weekday_near(dct - timedelta(days=1), wd, -1)
    if rel in ("next", "this coming", "the following"):
        return reckon.weekday_near(dct + timedelta(days=1), wd, +1)
    if rel == "this":
        return dct + timedelta(days=wd - dct.weekday())
    return reckon.weekday_near(dct, wd, +1 if ctx.tense > 0 else -1)


def _unanchored(kind: str) -> str:
    """The underspecified value of a unit when nothing anchors it."""
    return {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "D": "XXXX-XX-XX", "Q": "XXXX-QX",
            "DE": "XXX", "CE": "XX", "WE": "XXXX-WXX-WE"}.get(kind, "XXXX")


def _deictic_unit(dct: date | None, unit: str, n: int) -> str:
    """The unit holding the publication date, moved n units: "last year" is (Y, -1)."""
    if dct is None:
        return _unanchored(unit)
    if unit == "Y":
        return f"{dct.year + n:04d}"
    if unit == "M":
        return reckon.month(*reckon.add_months(dct.year, dct.month, n))
    if unit == "W":
        return reckon.week(dct + timedelta(weeks=n))
    if unit == "D":
        return (dct + timedelta(days=n)).isoformat()
    if unit == "DE":
        return f"{(dct.year // 10 + n):03d}"
    if unit == "CE":
        return f"{(dct.year // 100 + n):02d}"
    if unit == "WE":
        sat = reckon.weekday_near(dct + timedelta(weeks=n), 5, +1 if n > 0 else -1)
        return reckon.week(sat) + "-WE"
    if unit == "Q":
        return reckon.shift(f"{dct.year}-Q{reckon.quarter_of(dct)}", "Q", n)
    return _unanchored(unit)


def _anaphoric_unit(ctx: Context, unit: str, n: int) -> tuple[str, bool]:
    """The unit of the last date mentioned, moved n units ("the following year")."""
    last = ctx.state.last
    if last:
        if unit == "Y" and n == 0:
            return last[:4], True
        if unit == "M" and n == 0 and re.match(r"\d{4}-\d\d", last) and not re.match(r"\d{4}-\d\d-\d\d", last) or \
                unit == "M" and n == 0 and re.match(r"\d{4}-\d\d-\d\d", last):
            return last[:7], True
        if unit == "D" and n == 0 and re.match(r"\d{4}-\d\d-\d\d", last):
            return last[:10], True
        moved = reckon.shift(last if unit != "Y" else last[:4], unit, n)
        if moved:
            return moved, True
    return _deictic_unit(ctx.dct, unit, n) if ctx.dct else _unanchored(unit), True


def _shift_from(base: date, unit: str, n: int) -> str:
    if unit == "Y":
        return f"{base.year + n:04d}"
    if unit == "DE":
        return f"{base.year + 10 * n:04d}"
    if unit == "CE":
        return f"{base.year + 100 * n:04d}"
    if unit == "Q":
        return reckon.shift(f"{base.year}-Q{reckon.quarter_of(base)}", "Q", n)
    if unit == "M":
        return reckon.month(*reckon.add_months(base.year, base.month, n))
    if unit == "W":
        return reckon.week(base + timedelta(weeks=n))
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
            day = int(re.match(r"\d+", m.group("tday")).group())
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
    after = ctx.body[hit.end: hit.end + 12]
    if re.match(r"[ \t]+(?-i:Times|Telegraph|Mirror|Express|Herald|Post|Night Live|School)\b", after):
        return None
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
    offsets = {"the day before yesterday": -2, "the day after tomorrow": 2, "yesterday": -1,
               "today": 0, "tomorrow": 1, "tonight": 0, "last night": -1, "overnight": -1}
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
        base = last if last and re.fullmatch(r"\d{4}-\d\d-\d\d", last) else (
            ctx.dct.isoformat() if ctx.dct else "XXXX-XX-XX")
        if rel == "the" and not (last and re.fullmatch(r"\d{4}-\d\d-\d\d", last)):
            return None
    return "TIME", f"{base}T{pod}", True


def _h_rel_unit(hit: Hit, ctx: Context) -> Value | None:
    m = hit.m
    rel = plain(m.group("rel"))
    unit = unit_of(m.group("unit"))
    if rel in ("the past", "the last") and unit in ("D",):
        return None
    if unit == "D" and re.match(r"[ \t]+(?:one|two|1|2)\b", ctx.body[hit.end: hit.end + 6]):
        return None  # "that day one motions were filed": "day one" is a name for a stage
    if rel in ("that", "the same"):
        value, relative = _anaphoric_unit(ctx, unit, 0)
    elif rel in ("the following", "the next") and unit in ("D", "Y", "M", "W"):
        if unit == "D" or ctx.state.last and re.match(r"\d{4}", ctx.state.last) and hit.start > 0:
            value, relative = _anaphoric_unit(ctx, unit, 1)
        else:
            value, relative = _deictic_unit(ctx.dct, unit, 1), True
    elif rel in ("the previous", "the prior", "the preceding"):
        value, relative = _anaphoric_unit(ctx, unit, -1)
    else:
        n = {"this": 0, "the current": 0, "last": -1, "the past": -1, "the last": -1,
             "this past": -1, "the latest": -1, "next": 1, "this coming": 1, "the coming": 1}.get(rel, 0)
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
        return "DATE", reckon.week(dct) + "-WE", True
    saturday = reckon.weekday_near(dct + timedelta(days=1) if ahead else dct - timedelta(days=1), 5,
                                   +1 if ahead else -1)
    return "DATE", reckon.week(saturday) + "-WE", True


def _h_the_year(hit: Hit, ctx: Context) -> Value | None:
    pre = plain(hit.m.group("pre"))
    after = ctx.body[hit.end: hit.end + 12]
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
        return "DATE", reckon.shift(quarter, "Y", -1), True
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
                return "DATE", reckon.shift(quarter, "Y", -1), True
        if ctx.dct is None:
            return "DATE", _unanchored(unit), True
        return "DATE", _shift_from(ctx.dct, unit, sign * n), True
    # "a year earlier", "two days later": from the date last mentioned.
    last = ctx.state.last
    if unit == "Y" and n == 1:
        quarter = _recent_quarter(ctx, hit.start)
        if quarter:
            return "DATE", reckon.shift(quarter, "Y", sign), True
    if last:
        start = reckon.start_of(last)
        if unit in ("Y", "DE", "CE"):
            moved = reckon.shift(last[:4], "Y", sign * n * {"Y": 1, "DE": 10, "CE": 100}[unit])
        elif unit == "M" and re.match(r"\d{4}-\d\d(?:$|-)", last):
            moved = reckon.shift(last[:7], "M", sign * n)
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
    after = ctx.body[hit.end: hit.end + 30]
    if direction in ("before", "after", "prior") and re.match(r"[ \t]+(?:to[ \t]+)?(?:the|a|an|his|her|its|their|[A-Z])\w*", after):
        return None
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
        after = ctx.body[hit.end: hit.end + 15].lower()
        if re.match(r"[ \t]+(?:account|affairs|events|exchange|status|form|law|leadership|members?|owners?|president|chairman)\b", after):
            return None
    if w in PRESENT_WORDS:
        return "DATE", "PRESENT_REF", True
    if w in PAST_WORDS:
        return "DATE", "PAST_REF", True
    if w == "future":
        return None
    return "DATE", "FUTURE_REF", True


HANDLERS: dict[str, Handler] = {
    "named_day": _h_named, "iso": _h_iso, "slash": _h_slash, "mdy": _h_mdy, "dmy": _h_mdy,
    "month_year": _h_month_year, "month": _h_month, "year": _h_year,
    "spoken_year": _h_spoken_year, "year_2000": _h_year_2000, "decade": _h_decade,
    "decade_word": _h_decade_word, "century": _h_century, "season": _h_season,
    "quarter": _h_quarter, "quarter_code": _h_quarter_code, "quarter_ref": _h_quarter_ref,
    "half": _h_half, "the_weekend": _h_the_weekend, "the_year": _h_the_year,
    "year_ago_adj": _h_year_ago_adj, "weekday": _h_weekday, "each_weekday": _h_each_weekday,
    "rel_day": _h_rel_day, "this_pod": _h_this_pod, "rel_unit": _h_rel_unit,
    "in_the_unit": _h_in_the_unit, "year_end": _h_year_end, "ago": _h_ago,
    "ago_bare": _h_ago_bare, "unit_around": _h_unit_around, "duration": _h_duration,
    "duration_bare": _h_duration_bare, "set_every": _h_set_every, "set_times": _h_set_times,
    "set_adverb": _h_set_adverb, "clock": _h_clock, "clock24": _h_clock24, "noon": _h_noon,
    "holiday": _h_holiday, "ref": _h_ref,
}
