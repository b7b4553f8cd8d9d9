"""Values of durations ("three years", "the past two weeks": P3Y, P2W) and of sets, what
recurs ("every week", "daily", "each Friday": P1W, P1D, XXXX-WXX-5); and reading the counts
and units they are written with, which `relativedates` also needs.
"""

from __future__ import annotations

import re

from briefing.lexicon.time import NUMBER_WORDS, PARTS_OF_DAY, SEASONS, SET_ADVERBS, UNITS, VAGUE_NUMBERS, WEEKDAYS
from briefing.s2_dates.reference import NAME_AFTER, Context, Handler, Value
from briefing.s2_dates.spans import Hit, plain

_NUMBER_BEFORE = re.compile(
    r"(?:\d[\d,.]*%?|\b(?:million|billion|cents?|dollars?|percent|times|twice|once)"
    r")[ \t]*$",
    re.I,
)


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
    """The TIMEX3 code of a unit word ("years" -> Y, "minutes" -> MIN); X when unknown."""
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
    if amount is None and n is not None:  # "2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M
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
    after = ctx.body[hit.end : hit.end + 4].lower()
    if unit == "Q" and after.startswith(" of"):
        return None  # "three-quarters of the shares" is a fraction
    if word in ("a", "an") and unit == "S":
        return None  # "a second time": an ordinal
    if unit == "X":
        return None
    if word in ("a", "an", "per") and m.group("unit").lower().rstrip("s") in ("year", "month", "week", "day", "hour"):
        before = ctx.body[max(0, hit.start - 30) : hit.start]
        if _NUMBER_BEFORE.search(before):
            return "SET", duration(1, unit), False
    if word in ("some", "many") and not m.group("unit").lower().endswith("s"):
        return None
    # "5 year" without a hyphen is odd; "five-year plan" is fine.
    if (
        re.fullmatch(r"\d+(?:\.\d+)?", numtext)
        and not plain(m.group("unit")).endswith("s")
        and not re.search(r"\d[ \t]*-[ \t]*\w+$", m.group(0))
        and not re.search(r"-", m.group(0))
    ):
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
    written = ctx.body[hit.start : hit.end]
    if written[0].isupper() and (
        re.search(r"[A-Z]\w*[ \t]+$", ctx.body[max(0, hit.start - 30) : hit.start])
        or NAME_AFTER.match(ctx.body, hit.end)
    ):
        return None  # "the China Daily", "the Daily Telegraph": a paper's name
    return "SET", SET_ADVERBS[plain(hit.m.group("adv"))], False


def _h_each_weekday(hit: Hit, ctx: Context) -> Value | None:
    wd = WEEKDAYS[plain(hit.m.group("wd"))]
    pod = PARTS_OF_DAY.get(plain(hit.m.group("pod")), "")
    return "SET", f"XXXX-WXX-{wd + 1}" + (f"T{pod}" if pod else ""), False


HANDLERS: dict[str, Handler] = {
    "each_weekday": _h_each_weekday,
    "duration": _h_duration,
    "duration_bare": _h_duration_bare,
    "set_every": _h_set_every,
    "set_times": _h_set_times,
    "set_adverb": _h_set_adverb,
}
