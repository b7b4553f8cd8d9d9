"""The amounts a sentence gives, for telling whether two sentences give the same figures: each
number (in digits or words, with its scale) and what it counts (a currency, per cent, or the
nouns after it); dates, years and numbers inside names ("Boeing 787") left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing import lexicon as lx
from briefing.s6_compare.wording import stem

# Number words worth comparing: "one" and "a" count too many things that are no figure.
_WORDS = {w: v for w, v in lx.NUMBER_WORDS.items() if " " not in w and v > 1}
_NUMBER = re.compile(
    r"(?P<cur>US\$|C\$|A\$|[$£€¥])?\s?(?P<num>\d+(?:[.,]\d+)*|(?i:"
    + "|".join(sorted(_WORDS, key=len, reverse=True))
    + r"))\b"
    r"(?P<half>\s+and\s+a\s+half\b)?"
    r"(?:[\s-]?(?P<scale>(?i:" + "|".join(lx.SCALES) + r"))\b)?"
    r"(?P<after>(?:\s?%|(?:[\s-]+[A-Za-z][\w’']*){1,4}))?"
)
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
# The other side of a score or a range ("52-35", "3,500-8,500"), not a code ("A380-800").
_SCORE = re.compile(r"(?<![\w.,])\d+(?:,\d{3})*-$")
# Words after a bare number that leave what it counts to the amount before it ("4,300 jobs in
# France, 3,700 in Germany"; "1,600 and 400 jobs"), where "15 a year" counts nothing of it.
_ELLIPSIS = frozenset({"in", "at", "for", "from", "to", "and", "or", "while"})
# Two amounts agree when they differ by no more than this share (rounding: 17.38 and 17.4).
CLOSE = 0.005


@dataclass(frozen=True)
class Amount:
    value: float
    # What is counted: {"$"}, {"%"}, or the stems of the words after the number up to a
    # function word ("179 new aerial refueling tankers at" -> aerial, refuel, tanker); empty
    # when nothing is named ("52-35"). A bare number after a counted one counts the same
    # thing ("4,300 jobs in France, 3,700 in Germany").
    counts: frozenset[str]
    head: str = ""  # the first word counted ("jobs" of "4,300 jobs cut"), or ""


def find(body: str, start: int, end: int, dated: Sequence[tuple[int, int]] = ()) -> list[Amount]:
    """The amounts of body[start:end], in order; `dated` are the spans of its dates."""
    out: list[Amount] = []
    if not _DIGIT.search(body, start, end) and _WORDS.keys().isdisjoint(body[start:end].lower().split()):
        return out  # most sentences: no figure at all
    for m in _NUMBER.finditer(body, start, end):
        at = m.start("num")
        num = m.group("num")
        if any(s <= at < e for s, e in dated) or _in_name(body, start, at, num, m.group("cur")):
            continue
        low = num.lower()
        if low in _WORDS:
            value = float(_WORDS[low])
        else:
            if not m.group("cur") and _YEAR.fullmatch(num):
                continue
            try:
                value = float(num.replace(",", ""))
            except ValueError:
                continue
        if m.group("half"):
            value += 0.5
        value *= lx.SCALES.get((m.group("scale") or "").lower(), 1)
        after = m.group("after") or ""
        counts, head = _counted(m.group("cur"), after)
        if not counts and out and (not after.split() or after.split()[0].lower() in _ELLIPSIS):
            counts, head = out[-1].counts, out[-1].head
        out.append(Amount(value, counts, head))
    return out


def _in_name(body: str, start: int, at: int, num: str, currency: str | None) -> bool:
    """A number that is part of a name or a code: "A380", "737-800", "Boeing 787", "the Big Three"."""
    before = body[at - 1] if at > start else " "
    if before.isalnum() or before in "/:" or (before == "-" and not _SCORE.search(body, max(start, at - 12), at)):
        return True
    if currency:
        return False
    if num[:1].isupper():
        return bool(body[start:at].strip(" “\"‘'("))  # a capitalised number word inside the sentence
    words = body[max(start, at - 30) : at].split()
    previous = words[-1] if words else ""
    return previous[:1].isupper() and previous.isalpha() and body[at - 1 : at].isspace()


def _counted(currency: str | None, after: str) -> tuple[frozenset[str], str]:
    """What an amount counts, and the first word of it."""
    if currency:
        return frozenset({"$" if "$" in currency else currency}), ""
    after = after.strip()
    low = after.lower()
    if low.startswith(("%", "percent", "per cent")):
        return frozenset({"%"}), ""
    found: list[str] = []
    for word in re.split(r"[\s-]+", after):
        if not word:
            continue
        low = word.lower()
        if low in lx.NOT_UNITS or (low in lx.STOPWORDS and low.rstrip("s") not in lx.UNITS):
            if found or low not in lx.BEFORE_COUNT:
                break  # the counted words end at a function word: "555 people in ..."
            continue
        if word[:1].isupper():
            break  # a name: "3,700 in Germany"
        found.append(stem(word))
    return frozenset(found), found[0] if found else ""


def agree(x: Amount, y: Amount) -> bool:
    """The same figure of the same thing (or of nothing named on either side)."""
    if x.value == y.value:
        close = True
    elif x.value.is_integer() and y.value.is_integer() and max(abs(x.value), abs(y.value)) < 1000:
        close = False  # counts of things: 257 killed is not 258
    else:
        close = abs(x.value - y.value) <= CLOSE * max(abs(x.value), abs(y.value))
    return close and (bool(x.counts & y.counts) or (not x.counts and not y.counts))


def compare(xs: Sequence[Amount], ys: Sequence[Amount]) -> tuple[bool, int]:
    """(conflict, agreeing): whether the figures of two sentences disagree, and how many of
    the first agree with one of the second.

    They disagree when none agrees, or when the sentence with fewer figures gives one that the
    other counts differently ("killed 257" and "killed 258"): the one that says less must not
    say otherwise."""
    if not xs or not ys:
        return False, 0
    matched_x = [x for x in xs if any(agree(x, y) for y in ys)]
    if not matched_x:
        return True, 0
    matched_y = [y for y in ys if any(agree(x, y) for x in xs)]
    few, many, matched = (xs, ys, matched_x) if len(xs) <= len(ys) else (ys, xs, matched_y)
    for x in few:
        if x not in matched and any(x.counts & y.counts or (not x.counts and not y.counts) for y in many):
            return True, len(matched_x)
    return False, len(matched_x)
