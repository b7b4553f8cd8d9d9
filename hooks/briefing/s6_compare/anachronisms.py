"""Anachronisms within one article: wording that places an event after (or before) something
its own dates rule out ("the early post-9/11 era" for a June 2000 summit, in an article
published before it), and weekdays that do not fall on the date they name.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from datetime import date

from briefing import lexicon as lx
from briefing.cache import PerAnalysis
from briefing.calendar import FULL_DATE, span
from briefing.model import Analysis, Claim, Discrepancy, Sentence, Timex
from briefing.s6_compare import align
from briefing.s6_compare.datedsentences import Dates, sentence_of, sentence_ref, sentence_text

# ---------------------------------------------------------------------------------------
# Lexicons


# lx.KNOWN_EVENTS as patterns that match at the start of a phrase.
_KNOWN_EVENTS = tuple(
    (re.compile(r"(?:the )?(?:" + pattern + r")\b", re.IGNORECASE), day, name) for pattern, day, name in lx.KNOWN_EVENTS
)

# Wording that places a sentence's event after X ("after") or before X ("before").
# "post-X" and "pre-X" take X right after the hyphen; the others a noun phrase.
_ERA = re.compile(
    r"\b(?P<prefix>post|pre)-(?P<x1>[\w/.-]+(?: [A-Z][\w]+)?)"
    r"|\b(?P<prep>in the (?:wake|aftermath) of|after|following|since|before|prior to|ahead of)"
    r" (?P<x2>(?:the )?[\w/.-]+(?: [\w/.-]+){0,3})",
    re.IGNORECASE,
)
# Letters that match an ASCII letter of a pattern when case is ignored, though lower-casing
# does not make them that letter (Python's `re` documents these four).
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")
_ERA_ONLY = ("in the wake of", "in the aftermath of")  # wording that implies X has happened
_BEFORE = ("pre", "before", "prior to", "ahead of")
# Openers that refer back to what the previous sentences told.
_ANAPHOR = re.compile(
    r"(?:This|That|It|These|Those|Such)\b(?! (?:year|month|week|day|morning|afternoon|evening|"
    r"night|time|spring|summer|autumn|fall|winter|decade|century)s?\b)"
)
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
WEEKDAYS = tuple(lx.WEEKDAYS)  # in week order, indexed by `date.weekday()`
_WEEKDAY_AT = tuple((w, re.compile(w + r"\b", re.IGNORECASE)) for w in WEEKDAYS)
_WEEKDAY_BEFORE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r"),?\s*(?:the\s+)?$", re.IGNORECASE)


# ---------------------------------------------------------------------------------------
# Finding them


# Each article's findings as of the last build (`mkdocs serve` looks again at the same
# analyses after each edit).
_FOUND: PerAnalysis[Analysis, list[Discrepancy]] = PerAnalysis()


def find_each(analyses: Sequence[Analysis]) -> list[Discrepancy]:
    """`find` of every article, in order."""
    out: list[Discrepancy] = []
    for found in _FOUND.each(analyses, find):
        out.extend(found)
    return out


def find(a: Analysis) -> list[Discrepancy]:
    """Sentences that place their event after (or before) something the dates rule out, and
    weekdays that do not fall on the date they name."""
    out = []
    body = a.article.body
    dated: Dates | None = None  # made for the first sentence with era wording
    # A sentence without one of _ERA's words is not searched with it (most have none). The
    # lower-cased body stands in for the body only where its offsets are the body's and no
    # letter matches an ASCII one only when case is ignored ("ſince").
    low = body.lower()
    hinted = _hinted(a, low) if len(low) == len(body) and not _ODD_CASE.search(body) else None
    for k in sorted(hinted) if hinted is not None else range(len(a.sentences)):
        s = a.sentences[k]
        if s.role in align.SKIPPED_ROLES:
            continue
        text = body[s.start : s.end]
        for m in _ERA.finditer(text):
            if dated is None:
                dated = Dates(a)
            found = _era_anachronism(a, dated, s, m)
            if found:
                out.append(found)
                break
    out.extend(_weekday_mismatches(a))
    return out


def _hinted(a: Analysis, low: str) -> set[int]:
    """The positions of the sentences holding one of lx.ERA_WORDS in `low`."""
    starts = [s.start for s in a.sentences]
    out = set()
    for word in lx.ERA_WORDS:
        at = low.find(word)
        while at >= 0:
            k = bisect_right(starts, at) - 1
            if k >= 0 and at + len(word) <= a.sentences[k].end:
                out.add(k)
            at = low.find(word, at + 1)
    return out


def _era_anachronism(a: Analysis, dated: Dates, s: Sentence, m: re.Match[str]) -> Discrepancy | None:
    word = (m.group("prefix") or m.group("prep")).lower()
    x_text = m.group("x1") or m.group("x2")
    x_start = s.start + (m.start("x1") if m.group("x1") else m.start("x2"))
    x_end = x_start + len(x_text)
    is_era = bool(m.group("prefix")) or word in _ERA_ONLY
    event = _event_date(dated, x_text, x_start, x_end, bare_year=bool(m.group("prefix")), source=a.article.id)
    if event is None:
        return None
    first, last, name = event
    before = word in _BEFORE
    published = a.article.published
    if is_era and not before and published and first > published:
        return Discrepancy(
            "anachronism", "published", (sentence_ref(a, s.index),), subject=m.group().strip(), event=name
        )
    anchor = _anchor(a, dated, s, (s.start + m.start(), x_end))
    if anchor is None:
        return None
    timex, where = anchor
    lo, hi = span(timex.value)
    if (not before and hi >= first) or (before and lo <= last):
        return None
    # A sharper date for the same event elsewhere in the article ("on June 4, 2000").
    timex, dating = _sharpen(a, dated, timex, where)
    lo, hi = span(timex.value)
    refs = tuple(dict.fromkeys([sentence_ref(a, s.index), sentence_ref(a, where), sentence_ref(a, dating)]))
    return Discrepancy(
        "anachronism",
        "era",
        refs,
        (Claim(a.article.id, timex.text, timex.value),),
        subject=m.group().strip(),
        event=name,
        relation="before" if before else "after",
    )


def _event_date(
    dated: Dates, x_text: str, x_start: int, x_end: int, bare_year: bool, source: str
) -> tuple[date, date, Claim] | None:
    """When the X of "post-X" happened: its own date, or a known event's; with its name."""
    for t in dated.within(x_start, x_end):
        # "post-2008", or a named event with its date: "after the 2003 invasion";
        # "after 2008" or "since September" are plain dates, no era.
        if bare_year or re.match(r"the (?:[\w-]+ ){0,2}?" + re.escape(t.text) + r" [A-Za-z]", x_text):
            lo, hi = span(t.value)
            return lo, hi, Claim(source, t.text, t.value)
    for pattern, day, name in _KNOWN_EVENTS:
        if pattern.match(x_text):
            return day, day, Claim(source, name, day.isoformat())
    year = _YEAR.search(x_text)
    if year and (bare_year or re.match(r"(?:the )?" + year.group() + r" [a-z]", x_text)):
        y = int(year.group())
        return date(y, 1, 1), date(y, 12, 31), Claim(source, year.group(), year.group())
    return None


def _anchor(a: Analysis, dated: Dates, s: Sentence, skip: tuple[int, int]) -> tuple[Timex, int] | None:
    """The date of what a sentence tells: its own absolute date, or, when it opens with
    "This"/"It", the nearest absolute date of the sentences before it in the paragraph."""
    own = [t for t in dated.within(s.start, s.end) if not (skip[0] <= t.start < skip[1])]
    if own:
        return own[0], s.index
    if not _ANAPHOR.match(a.article.body, s.start):
        return None
    prev = dated.dated_before(s.index)
    if prev is None:
        return None
    return dated.within(a.sentences[prev].start, a.sentences[prev].end)[0], prev


def _sharpen(a: Analysis, dated: Dates, timex: Timex, where: int) -> tuple[Timex, int]:
    """A more precise date within the anchor's, in a sentence sharing a content word with it:
    the first of the most precise ones."""
    lo, hi = span(timex.value)
    words = frozenset(w for w in align.stems(sentence_text(a, where)) if not w[:1].isdigit())
    for width in dated.widths_within(timex.value, (hi - lo).days):
        for t, index in dated.sharing(timex.value, width, words):
            if index != where:
                return t, index
    return timex, where


def _weekday_mismatches(a: Analysis) -> list[Discrepancy]:
    out = []
    body = a.article.body
    starts = [s.start for s in a.sentences]
    for t in a.dates:
        m = FULL_DATE.match(t.value)
        if not m or not m.group(3):
            continue
        named = _WEEKDAY_BEFORE.search(body, max(0, t.start - 14), t.start)
        written = named.group(1) if named else next((w for w, at in _WEEKDAY_AT if at.match(t.text)), None)
        if not written:
            continue
        try:
            actual = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
        if WEEKDAYS[actual.weekday()] != written.lower():
            sentence = sentence_of(a, t.start, starts)
            if sentence is None:
                continue
            out.append(
                Discrepancy(
                    "anachronism", "weekday", (sentence_ref(a, sentence),), (Claim(a.article.id, written, t.value),)
                )
            )
    return out
