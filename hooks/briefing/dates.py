"""Find temporal expressions and normalise them to TIMEX3 (TimeML) types and values.

Rules are regular expressions tried only in small windows around anchor words (one scan
of the text finds them), so the work stays linear; the longest match wins where they
overlap. Values are resolved in text order: deictic
expressions ("on Thursday", "last year") against the publication date, tense-aware;
anaphoric ones ("a year earlier", "the following day") against the last date mentioned.
Without an anchor they stay underspecified ("XXXX-01", "XXXX-WXX-4") and `relative`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from . import reckon, sentences as sentence_split
from .timewords import (
    ANCHOR_WORDS, AUXILIARIES, DECADE_WORDS, FUTURE_BEFORE_TO, FUTURE_CUES, FUTURE_IF_TO, FUTURE_UNLESS_TO, HOLIDAYS_FIXED, HOLIDAYS_NTH, MONTHS,
    NAMED_DAYS, NOT_PAST, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, PAST_CUES, PAST_WORDS,
    PRESENT_CUES, PRESENT_WORDS, SEASON_MONTHS, SEASONS, SET_ADVERBS, UNITS, VAGUE_NUMBERS,
    WEEKDAYS,
)
from .model import Sentence, Timex

# How many characters back a verb cue still governs an expression.
TENSE_REACH = 60
# How far a date may lie on the "wrong" side of publication before the tense moves it a year.
TENSE_MARGIN_DAYS = 90

# --- Regular expressions ------------------------------------------------------------

SP = r"[ \t\u00a0]+"
# Rules run on an ASCII-lower-cased copy of the body (fast, no re.I); the names that must
# be capitalised (months, weekdays, holidays) are checked against the original afterwards.
_MONTH = (r"\b(?:(?:january|february|march|april|may|june|july|august|september|october"
          r"|november|december)(?![\w-])|(?:sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)"
          r"(?:\.|(?![\w-])))")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d])"
_WDAY = r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_ONES = r"one|two|three|four|five|six|seven|eight|nine"
_NUM = (r"(?:\d+(?:\.\d+| [13]/[24])?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
        rf"(?:[- ](?:{_ONES}))?|{_ONES}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
        r"|seventeen|eighteen|nineteen|a hundred|hundred|a dozen|dozen|a couple of|a couple"
        r"|couple of|a few|few|several|some|many|a number of|an|a)")
_APPROX = (r"(?:(?:about|around|nearly|almost|roughly|approximately|more than|less than"
           r"|fewer than|over|under|at least|at most|up to|only|just|barely|well over|close to"
           r"|the better part of|as many as|as long as|some|within)" + SP + ")")
_UNIT = r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|quarters?)"
_POD = r"(?:morning|afternoon|evening|night)"
_REL = (r"(?:this past|this coming|the past|the last|the coming|the current|the previous"
        r"|the prior|the following|the next|the same|the preceding|the latest|this|last|next|that)")
_EDGE = r"(?<![\w$€£#/.-])"  # no match inside a word, a number, an amount or a path

RULES: list[tuple[str, str]] = [
    ("named_day", rf"(?:(?<=post-)|(?<=pre-)|(?<![\w/.-]))(?P<named>9/11)(?![\d/])"),
    ("iso", rf"(?<![\w-])(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])"),
    ("slash", r"(?<![\w/.])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>(?:19|20)?\d\d)(?![\d/])"),
    ("mdy", rf"{_EDGE}(?:(?P<wd>{_WDAY}),?{SP})?(?:(?P<mod>early|late|mid|the end of|the middle of)[ -]+)?"
            rf"(?P<mon>{_MONTH}){SP}?(?P<day>{_DAY})(?:(?:,{SP}?|{SP})(?P<year>{_YEAR}))?"),
    ("dmy", rf"{_EDGE}(?:(?P<wd>{_WDAY}),?{SP})?(?:the{SP})?(?P<day>{_DAY}){SP}(?:of{SP})?"
            rf"(?P<mon>{_MONTH})(?:,?{SP}(?P<year>{_YEAR}))?"),
    ("month_year", rf"(?:(?P<mod>early|late|mid|the middle of|the end of|the beginning of|the start of)[ -]+)?"
                   rf"(?P<mon>{_MONTH}),?{SP}(?:of{SP})?(?P<year>{_YEAR})"),
    ("month", rf"(?:(?P<each>every|each){SP})?(?:(?P<mod>early|late|mid|the middle of|the end of"
              rf"|the beginning of|the start of)[ -]+)?(?:(?P<rel>last|next|this|this past|this coming"
              rf"|the previous|the following|the same|that){SP})?(?P<mon>{_MONTH})"
              rf"(?:{SP}(?P<yrel>last year|this year|next year))?"),
    ("year", rf"(?:(?P<pre>the{SP}year|fiscal(?:{SP}year)?|fy|calendar(?:{SP}year)?|model{SP}year)"
             rf"{SP}|(?P<mod>early|late|mid|the middle of|the end of|the beginning of|the start of"
             rf"|the first half of|the second half of|the last half of|the latter half of|the first part of"
             rf"|the latter part of|the spring of|the summer of|the fall of|the autumn of|the winter of)"
             rf"[ -]+)?(?<![\w$€£#.,/])(?P<year>{_YEAR})(?!(?:[.,]\d|%|[-–](?!(?:1[6-9]|20)?\d\d\b)\d|'?s\b|\w))"),
    ("spoken_year", r"(?:the year )?\b(?P<spoken>nineteen[- ](?:hundred )?(?:and )?(?:(?:twenty|thirty|forty|fifty"
                    rf"|sixty|seventy|eighty|ninety)(?:[- ](?:{_ONES}))?|ten|eleven|twelve|thirteen|fourteen"
                    rf"|fifteen|sixteen|seventeen|eighteen|nineteen|(?:oh|o)[- ](?:{_ONES})))(?!\w)"),
    ("year_2000", rf"\bthe year two{SP}thousand(?:{SP}(?:and{SP})?(?P<ones>{_ONES}))?"),
    ("decade", rf"(?:the{SP})?(?:(?P<mod>early|late|mid)[ -]+)?(?:(?P<dec>1[6-9]\d|20\d)0'?s|'(?P<short>\d)0s)(?!\w)"),
    ("decade_word", rf"\bthe{SP}(?:(?P<mod>early|late|mid)[ -]+)?(?P<word>twenties|thirties|forties|fifties"
                    r"|sixties|seventies|eighties|nineties)(?!\w)"),
    ("century", rf"(?:the{SP})?(?:(?P<mod>early|late|mid)[ -]+)?(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)"
                r"|(?P<w>eighteenth|nineteenth|twentieth|twenty-first))[ -]century(?!\w)"),
    ("season", rf"(?:(?P<mod>early|late|mid|the middle of|the end of|the beginning of)[ -]+)?"
               rf"(?:(?P<rel>last|next|this|this past|this coming|the previous|the following|that|the){SP})?"
               rf"(?P<season>spring|summer|fall|autumn|winter)(?:(?:{SP}of)?{SP}(?P<year>{_YEAR}))?(?![\w-])"),
    ("quarter", rf"(?:(?:the|its|their|this|last|next){SP})?(?:(?P<qyear>{_YEAR})(?:'s)?{SP}"
                rf"|(?P<qrel>this|last|next){SP}year's{SP}|(?P<adj>year-earlier|year-ago|latest|current|same"
                rf"|previous|prior|corresponding|comparable|year-before|most recent|recent|past)(?:{SP}|-))?"
                rf"(?:(?:fiscal|calendar)[ -])?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final)"
                rf"[ -](?:fiscal[ -])?quarter(?![\w-])(?:(?:{SP}of)?{SP}(?:fiscal{SP})?(?P<year>{_YEAR})"
                rf"|(?:{SP}of)?{SP}(?P<yrel>last year|this year|next year|a year (?:earlier|ago)))?"),
    ("quarter_code", rf"\b(?P<qq>q)(?P<qn>[1-4])(?:{SP}(?P<year>{_YEAR}))?(?!\w)"),
    ("quarter_ref", rf"(?P<rel>the|this|last|next|that){SP}(?:(?P<adj>latest|current|year-earlier|year-ago|same|previous"
                    rf"|prior|most recent|recent|comparable|corresponding|final|(?P<qmon>June|September|March|December))[ -])?"
                    rf"(?P<what>quarter|period)(?![\w-])(?:{SP}(?P<yrel>a year (?:earlier|ago)|last year))?"),
    ("half", rf"(?:the{SP})?(?P<h>first|second|latter|last|back){SP}half(?:{SP}of{SP}(?:(?P<year>{_YEAR})"
             r"|(?P<yrel>this year|last year|next year|the year)))?(?![\w-])"),
    ("weekday", rf"(?:(?P<rel>last|next|this|this coming|this past|the previous|the following|early|late|earlier"
                rf"|later){SP})?(?P<wd>{_WDAY})(?P<plural>s)?(?:{SP}(?P<pod>{_POD}))?(?!\w)"),
    ("each_weekday", rf"(?:every|each){SP}(?P<wd>{_WDAY})(?:{SP}(?P<pod>{_POD}))?"),
    ("rel_day", rf"(?:(?P<mod>early|late|earlier|later|mid-?){SP}?)?\b(?P<w>the day before yesterday|the day after tomorrow"
                rf"|yesterday|today|tomorrow|tonight|last night|overnight)(?:{SP}(?P<pod>{_POD}))?(?!\w)"),
    ("this_pod", rf"\b(?P<rel>this|that|the){SP}(?P<pod>morning|afternoon|evening)(?!\w)"),
    ("rel_unit", rf"(?:(?P<mod>early|late|earlier|later|sometime|the end of|the beginning of|the start of|the middle of"
                 rf"|the rest of|the remainder of|the first half of|the second half of)[ -]+(?:in{SP})?)?\b"
                 rf"(?P<rel>{_REL})[ -](?:fiscal{SP})?(?P<unit>day|week|weekend|month|year|decade|century)(?![\w-])"),
    ("in_the_unit", rf"(?P<mod>the end of|the beginning of|the start of|the middle of|earlier in|later in|early in"
                    rf"|late in|the rest of|the remainder of){SP}the{SP}(?:fiscal{SP})?(?P<unit>week|month|year)(?![\w-])"),
    ("the_weekend", rf"\b(?:(?P<rel>the|this|last|next|this past|this coming){SP})weekend(?![\w-])"),
    ("the_year", rf"\b(?P<pre>for|over|during|throughout|in|of)?{SP}?(?P<t>the{SP}(?:(?P<adj>full|whole|entire|fiscal|calendar){SP})?year)(?![\w-])"),
    ("year_ago_adj", r"\b(?P<t>year-(?:earlier|ago))(?![\w-])"),
    ("year_end", r"\b(?:the )?(?:year-end|year end|year's end|end-of-year|end of the year)(?!\w)"),
    ("ago", rf"(?:{_APPROX})?\b(?P<num>{_NUM})[ -]+(?:(?:more|additional|full){SP})?(?P<unit>{_UNIT})"
            rf"(?:{SP}or{SP}so)?{SP}(?P<dir>ago|earlier|later|from now|hence|before|after)(?!\w)"),
    ("ago_bare", rf"\b(?P<unit>years|months|weeks|days|decades){SP}(?P<dir>ago|earlier|later)(?!\w)"),
    ("unit_around", rf"\bthe{SP}(?P<unit>day|week|month|year){SP}(?P<dir>before|after|earlier|later|prior)(?![\w-])"),
    ("duration", rf"(?:{_APPROX})?(?:(?P<det>the|its|their|his|her|each of the|all|an|a){SP})?(?:(?P<rel>past|last"
                 rf"|next|first|previous|coming|final|latest|remaining|following|initial|preceding|ensuing"
                 rf"|succeeding|subsequent|same|entire|full|additional|further|other){SP})?\b(?P<num>{_NUM})"
                 rf"(?:{SP}(?:more|additional|straight|consecutive|full|long|trading|business|working"
                 rf"|calendar))?[ -]+(?P<unit>{_UNIT})(?:{SP}or{SP}(?:so|more|longer))?(?![-\w])"),
    ("duration_bare", rf"\b(?:(?P<pre>for|within|over|in|for many|for several|in the|the|the past few|the last few)"
                      rf"{SP})(?P<t>(?:(?P<adj>recent|coming){SP})?(?P<unit>years|months|weeks|days|hours"
                      r"|decades|centuries))(?![-\w])"),
    ("set_every", rf"\b(?P<q>every|each|per){SP}(?:(?P<other>other){SP})?(?:(?P<num>{_NUM}){SP})?"
                  r"(?P<unit>years?|months?|weeks?|days?|hours?|minutes?|quarters?|nights?|mornings?|evenings?"
                  r"|summers?|winters?|springs?|falls?)(?![\w-])"),
    ("set_times", rf"\b(?:once|twice|(?:{_NUM}){SP}times){SP}(?:a|an|per|each|every){SP}"
                  r"(?P<unit>year|month|week|day|hour|minute|quarter)(?![\w-])"),
    ("set_adverb", r"\b(?P<adv>daily|nightly|weekly|annually|yearly|hourly|biweekly|semiannually)(?![\w-])"),
    ("clock", rf"(?<![\w:.$])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?{SP}?(?P<ap>a\.m\.?|p\.m\.?|am|pm)(?!\w)(?:{SP}(?P<tz>[ecmp][sd]?t|gmt|utc|bst|cet))?(?:,?{SP}(?P<on>{_WDAY}|yesterday"
              rf"|today|tomorrow|(?P<tmon>{_MONTH}){SP}(?P<tday>{_DAY})))?"),
    ("clock24", rf"(?<![\w:.$])(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d){SP}(?P<tz>gmt|utc|[ecmp][sd]t)(?:,?{SP}(?:on{SP})?"
                rf"(?P<on>{_WDAY}|yesterday|today|tomorrow|(?P<tmon>{_MONTH}){SP}(?P<tday>{_DAY})))?"),
    ("noon", rf"\b(?P<word>noon|midnight|midday)(?:{SP}(?P<on>{_WDAY}|yesterday|today|tomorrow))?(?!\w)"),
    ("holiday", rf"(?:(?P<rel>last|next|this){SP})?(?P<hol>christmas(?:{SP}(?:day|eve))?|new{SP}year's(?:{SP}(?:day|eve))?"
                rf"|thanksgiving(?:{SP}day)?|independence{SP}day|labor{SP}day|memorial{SP}day|halloween"
                rf"|valentine's{SP}day|veterans{SP}day|boxing{SP}day|bastille{SP}day|martin{SP}luther{SP}king{SP}day"
                rf"|presidents{SP}day)(?:,?{SP}(?P<year>{_YEAR}))?(?!\w)"),
    ("ref", r"\b(?P<ref>right now|just now|now|currently|presently|at present|nowadays|these days|at the moment"
            r"|recently|lately|more recently|the past|recent years|past years|recent decades|recent|the old days"
            r"|the near future|the distant future|the future|the years ahead|the coming years|coming years"
            r"|a later date|the months ahead|the weeks ahead|the days ahead|current)(?![\w-])"),
]
# Every match starts a word: the leading look-behind fails fast everywhere else.
_COMPILED = [(name, re.compile(r"(?<!\w)" + pattern)) for name, pattern in RULES]
# Rules whose expression is the group "t" inside a wider match ("for years" -> "years").
_INNER_SPAN = frozenset(name for name, rx in _COMPILED if "t" in rx.groupindex)
# Groups holding names that only count when capitalised in the original text.
_CAPITALISED = ("mon", "wd", "tmon", "qmon", "hol", "qq")
_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

# Anchor words: a rule is tried only in a window around one of its anchors (see
# `_candidates`); anchors are found by one pass over the words, which keeps things fast.
_KIND_RULES = {  # every match contains one of its rule's anchors, so each rule has few kinds
    "mon": ("mdy", "dmy", "month_year", "month", "quarter_ref"),
    "wd": ("weekday", "each_weekday"),
    "year": ("year", "iso"),
    "slash": ("slash", "named_day"),
    "unit": ("ref", "rel_unit", "the_year", "year_ago_adj", "in_the_unit", "year_end", "duration",
             "duration_bare", "set_every", "unit_around", "holiday", "year_2000"),
    "quarter": ("quarter", "quarter_ref", "duration", "duration_bare", "set_every", "ago"),
    "period": ("quarter_ref",),
    "half": ("half",),
    "weekend": ("the_weekend", "rel_unit"),
    "century": ("century", "duration", "rel_unit", "duration_bare"),
    "fiscal": ("year", "quarter", "the_year", "rel_unit"),
    "ago": ("ago", "ago_bare"),
    "times": ("set_times",),
    "dayword": ("rel_day", "this_pod", "noon", "set_every"),
    "ref": ("ref", "duration_bare", "ago"),
    "setadv": ("set_adverb",),
    "season": ("season", "set_every"),
    "clock": ("clock", "clock24"),
    "holiday": ("holiday",),
    "spoken": ("spoken_year", "year_2000"),
    "decade": ("decade", "decade_word"),
    "qcode": ("quarter_code",),
}
_KIND_WINDOWS = {"unit": (55, 25), "mon": (40, 35), "wd": (40, 40), "year": (50, 30), "dayword": (40, 30),
                 "ago": (60, 10), "quarter": (55, 30), "times": (20, 25)}
WINDOW = (40, 30)
WINDOW_GAP = 40
_ANCHOR_WORDS: dict[str, str] = {}
for _kind, _words in ANCHOR_WORDS.items():
    for _w in _words.split():
        _ANCHOR_WORDS[_w] = _kind
# One scan finds the anchor words and every number; the rest of the text is never looked at.
# (No look-behind in front: a pattern that starts with literals lets the engine skip ahead
# by first character; the word start is checked afterwards.)


def _trie_pattern(words) -> str:
    """An alternation of words factored by shared prefixes ("mon(?:day|th)"), so the engine
    tries one branch per character instead of every word at every position."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


_TOKEN = re.compile(r"\d+|" + _trie_pattern(_ANCHOR_WORDS) + r"(?![a-z])")
_CLOCK_AFTER = re.compile(r" ?[ap]\.?m\b")
_WORD_END = re.compile(r"[^\s]{0,40}")  # bounded: a window never runs on through a huge token

_CUE_WORD = re.compile(r"[a-z]+")
_YEAR_AFTER_MONTH = re.compile(r"[ \t]+(?:day|morning|afternoon|evening|night)[ \t]+(?:in|of)[ \t]+(" + _YEAR + ")")
_UNTIL = re.compile(r"\b(?:until|till|through)[ \t]+$", re.I)
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
_ON_WEEKDAY = re.compile(r",?[ \t]+on[ \t]+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_SAME_SENTENCE_YEAR = re.compile(rf"(?<![\w$€£#.,/-])({_YEAR})(?![.,]\d|%|\w)")
_NUMBER_BEFORE = re.compile(r"(?:\d[\d,.]*%?|\b(?:million|billion|cents?|dollars?|percent|times|twice|once)"
                            r")[ \t]*$", re.I)
_NAME_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!^)\b(?!(?:In|By|Since|From|Until|Of|Fiscal|Summer|Winter|Spring|Autumn|Fall|Christmas"
                          r"|Easter|January|February|March|April|May|June|July|August|September|October"
                          r"|November|December)\b)[A-Z][a-z]+[ \t]+$")
_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
_QUANTITY_AFTER = re.compile(
    r"[ \t]+(?:people|persons|men|women|children|soldiers|troops|shares|units|cars|jobs|workers|employees"
    r"|miles|km|kilometers|kilometres|feet|meters|metres|pounds|tons|tonnes|dollars|euros|yen|points"
    r"|votes|seats|cases|deaths|dead|times|members|students|flights|planes|aircraft|barrels|acres"
    r"|residents|homes|years|pages)\b", re.I)


@dataclass
class _Hit:
    start: int
    end: int
    rule: str
    m: re.Match


@dataclass
class _State:
    """What the values found so far give later ones to lean on."""

    dct: date | None
    last: str | None = None  # the last date value with a year: anchor of "a year earlier"
    last_quarter: str | None = None
    last_quarter_at: int = -1
    # Where the body's years stand (`_SAME_SENTENCE_YEAR`), found once when first needed.
    year_starts: list[int] | None = None
    year_texts: list[str] | None = None


Handler = Callable[[_Hit, "_Context"], "tuple[str, str, bool] | None"]


@dataclass
class _Context:
    body: str
    state: _State
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


def find(body: str, sentences: Sequence[Sentence], published: date | None) -> list[Timex]:
    """Every temporal expression in body, in text order, with its TIMEX3 type and value."""
    low = body.translate(_LOWER)
    hits = _select(_candidates(body, low))
    spans = sorted((s.start, s.end) for s in sentences)
    if not spans:  # called on bare text: split it the way the pipeline would
        spans = [span for line in re.finditer(r"[^\n]+", body)
                 for span in sentence_split.spans(body, line.start(), line.end())]
    starts = [s for s, _ in spans]
    state = _State(published)
    out: list[Timex] = []
    cues_cache: dict[tuple[int, int], list[tuple[int, int, int]]] = {}
    for hit in hits:
        span = _sentence_of(body, spans, starts, hit.start)

        def cues(span=span):
            if span not in cues_cache:
                cues_cache[span] = _cues(low, *span)
            return cues_cache[span]

        ctx = _Context(body, state, span, cues, hit.start, hit.end)
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


# --- Candidates ----------------------------------------------------------------------


def _candidates(body: str, low: str) -> list[_Hit]:
    """Every rule's matches, looked for only in windows around the rule's anchor words:
    one fast scan for anchors keeps the engine linear and quick on long texts."""
    windows: dict[str, list[list[int]]] = {}
    size = len(body)
    for kind, a_start, a_end in _anchors(low):
        before, after = _KIND_WINDOWS.get(kind, WINDOW)
        start = max(0, a_start - before)
        end = _WORD_END.match(low, min(size, a_end + after)).end()
        for rule in _KIND_RULES[kind]:
            spans = windows.setdefault(rule, [])
            # Windows close together are searched as one: fewer, longer searches are cheaper.
            if spans and start <= spans[-1][1] + WINDOW_GAP:
                spans[-1][1] = max(end, spans[-1][1])
            else:
                spans.append([start, end])
    hits = []
    seen: set[tuple[int, int, str]] = set()
    for name, rx in _COMPILED:
        inner = name in _INNER_SPAN
        for start, end in windows.get(name, ()):
            for m in rx.finditer(low, start, end):
                span = m.span("t") if inner and m.start("t") >= 0 else m.span()
                key = (span[0], span[1], name)
                if span[1] > span[0] and key not in seen and _capitalised(body, m):
                    seen.add(key)
                    hits.append(_Hit(span[0], span[1], name, m))
    return hits


def _anchors(low: str):
    """(kind, start, end) of every word or number a rule could be built around."""
    for t in _TOKEN.finditer(low):
        word = t.group()
        s, e = t.span()
        if s and "a" <= low[s - 1] <= "z":
            continue
        if word[-1].isdigit() and word[0].isdigit():
            nxt = low[e: e + 4]
            if len(word) == 4 and 1600 <= int(word) <= 2099:
                yield "year", s, e
            if nxt[:1] in ("/", "-") and nxt[1:2].isdigit():
                yield "slash", s, e
            if nxt[:1] == ":" and nxt[1:2].isdigit() or _CLOCK_AFTER.match(nxt):
                yield "clock", s, e
            if word.endswith("0") and (nxt[:1] == "s" or nxt[:2] == "'s"):
                yield "decade", s, e
        else:
            yield _ANCHOR_WORDS[word], s, e


def _capitalised(body: str, m: re.Match) -> bool:
    groups = m.re.groupindex
    for g in _CAPITALISED:
        if g in groups and m.start(g) >= 0 and not body[m.start(g)].isupper():
            return False
    if "on" in groups and m.start("on") >= 0 and m.group("on") in WEEKDAYS and not body[m.start("on")].isupper():
        return False
    return True


def _select(hits: list[_Hit]) -> list[_Hit]:
    """The longest candidates that do not overlap, in text order (earlier rule on ties)."""
    order = {name: i for i, (name, _) in enumerate(RULES)}
    hits.sort(key=lambda h: (-(h.end - h.start), h.start, order[h.rule]))
    taken_starts: list[int] = []
    taken_ends: list[int] = []
    chosen = []
    for h in hits:
        i = bisect.bisect_left(taken_starts, h.start)
        if i > 0 and taken_ends[i - 1] > h.start:
            continue
        if i < len(taken_starts) and taken_starts[i] < h.end:
            continue
        taken_starts.insert(i, h.start)
        taken_ends.insert(i, h.end)
        chosen.append(h)
    chosen.sort(key=lambda h: h.start)
    return chosen


def _sentence_of(body: str, spans: list[tuple[int, int]], starts: list[int], pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i]
    # No sentence given (or a gap between sentences): the line holding the position.
    return body.rfind("\n", 0, pos) + 1, (body.find("\n", pos) % (len(body) + 1)) or len(body)


def _cues(low: str, start: int, end: int) -> list[tuple[int, int, int]]:
    out = []
    prev = ""
    for w in _CUE_WORD.finditer(low, start, end):
        word = w.group()
        if word in FUTURE_CUES or word == "to" and prev in FUTURE_BEFORE_TO:
            # "vacation plans" is a noun and "next to the embassy" a place: "plans to leave"
            # and "next week" look ahead.
            before_to = low.startswith(" to ", w.end())
            if word in FUTURE_IF_TO and not before_to or word in FUTURE_UNLESS_TO and before_to:
                prev = word
                continue
            out.append((w.start(), w.end(), 1))
        elif (word in PAST_CUES or len(word) > 4 and word.endswith("ed") and word not in NOT_PAST) \
                and prev not in AUXILIARIES:
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


# --- Values --------------------------------------------------------------------------


def _word(text: str | None) -> str:
    return " ".join((text or "").lower().replace(".", "").split())


def _number(text: str) -> int | float | None:
    """A count written in figures or words; None when vague ("several")."""
    w = _word(text)
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


def _unit(text: str) -> str:
    w = _word(text)
    if w in ("centuries", "century"):
        return "CE"
    return UNITS.get(w.rstrip("s"), UNITS.get(w, "X"))


def _duration(n: int | float | None, unit: str) -> str:
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


def _under(kind: str) -> str:
    """The underspecified value of a unit when nothing anchors it."""
    return {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "D": "XXXX-XX-XX", "Q": "XXXX-QX",
            "DE": "XXX", "CE": "XX", "WE": "XXXX-WXX-WE"}.get(kind, "XXXX")


def _year_for_month(ctx: _Context, mon: int, day: int | None, pos: int) -> int | None:
    """The year of a month (and day) written without one: an explicit year earlier in the
    same sentence, else the year that fits the publication date and the clause's tense."""
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
        start = reckon.safe_date(y, mon, day or 1)
        if start is None:
            continue
        end = start if day else reckon.safe_date(*reckon.add_months(y, mon, 1), 1) - timedelta(days=1)
        options.append((y, start, end))
    if not options:
        return None

    def distance(o):
        _, start, end = o
        if start <= dct <= end:
            return 0
        return min(abs((start - dct).days), abs((end - dct).days))

    # The closest year, unless the tense says it lies well on the other side of the date.
    best = min(options, key=distance)
    i = options.index(best)
    if ctx.tense < 0 and best[1] > dct + timedelta(days=TENSE_MARGIN_DAYS) and i > 0:
        best = options[i - 1]
    elif ctx.tense > 0 and best[2] < dct - timedelta(days=TENSE_MARGIN_DAYS) and i + 1 < len(options):
        best = options[i + 1]
    return best[0]


def _last_year(ctx: _Context, start: int, end: int) -> str | None:
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


def _month_value(ctx: _Context, mon: int, rel: str, pos: int) -> tuple[str, bool]:
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
    y = _year_for_month(ctx, mon, None, pos)
    return (reckon.month(y, mon) if y else f"XXXX-{mon:02d}"), True


def _weekday_date(ctx: _Context, wd: int, rel: str) -> date | None:
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


def _h_named(hit, ctx):
    return "DATE", NAMED_DAYS[hit.m.group("named")], False


def _h_iso(hit, ctx):
    d = reckon.safe_date(int(hit.m.group("y")), int(hit.m.group("m")), int(hit.m.group("d")))
    return ("DATE", d.isoformat(), False) if d else None


def _h_slash(hit, ctx):
    y = int(hit.m.group("y"))
    if y < 100:
        y += 1900 if y > 30 else 2000
    d = reckon.safe_date(y, int(hit.m.group("m")), int(hit.m.group("d")))
    return ("DATE", d.isoformat(), False) if d else None


def _h_mdy(hit, ctx):
    m = hit.m
    mon = MONTHS[_word(m.group("mon"))]
    day = int(re.match(r"\d+", m.group("day")).group())
    named = NAMED_DAYS.get(f"{mon}/{day}")
    after = ctx.body[hit.end: hit.end + 20].lower()
    if named and not m.group("year") and re.match(r"\W*(?:attack|terror)", after):
        return "DATE", named, False
    if _word(m.group("mon")) == "may" and not m.group("year") and not m.group("wd") and len(m.group("day")) > 2:
        return None
    if m.group("year"):
        d = reckon.safe_date(int(m.group("year")), mon, day)
        return ("DATE", d.isoformat(), False) if d else None
    if m.group("wd") and ctx.dct is not None:
        # The weekday picks the year: "Friday, Aug. 7" is the Aug. 7 that fell on a Friday.
        wd = WEEKDAYS[_word(m.group("wd"))]
        for y in (ctx.dct.year, ctx.dct.year - 1, ctx.dct.year + 1):
            d = reckon.safe_date(y, mon, day)
            if d and d.weekday() == wd:
                return "DATE", d.isoformat(), True
    y = _year_for_month(ctx, mon, day, hit.start)
    if y is None:
        return "DATE", f"XXXX-{mon:02d}-{day:02d}", True
    d = reckon.safe_date(y, mon, day)
    return ("DATE", d.isoformat(), True) if d else None


def _h_month_year(hit, ctx):
    mon = MONTHS[_word(hit.m.group("mon"))]
    return "DATE", reckon.month(int(hit.m.group("year")), mon), False


def _h_month(hit, ctx):
    m = hit.m
    name = _word(m.group("mon"))
    mon = MONTHS[name]
    rel = _word(m.group("rel"))
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
        y = ctx.dct.year + {"last year": -1, "this year": 0, "next year": 1}[_word(m.group("yrel"))]
        return "DATE", reckon.month(y, mon), True
    value, relative = _month_value(ctx, mon, rel, hit.start)
    return "DATE", value, relative


def _h_year(hit, ctx):
    m = hit.m
    year = int(m.group("year"))
    before = ctx.body[max(0, m.start("year") - 12): m.start("year")]
    if before.endswith(("-", "–")) and not re.search(r"(?:mid|post|pre|late|early|fiscal)-$|\b\d{4}[-–]$", before, re.I):
        return None
    if not m.group("pre") and not m.group("mod"):
        if _QUANTITY_AFTER.match(ctx.body, hit.end) or re.search(r"(?:\bNo\.?|#|\$|€|£)\s*$", before):
            return None
        if _NAME_BEFORE.search(before) and _NAME_AFTER.match(ctx.body, hit.end):
            return None  # "the Russell 2000 Index", "Windows 2000 Server": part of a name
        if re.search(r"\b(?:at|to|from|of|by)\s+$", before) and re.match(r"\s*(?:points?|level)", ctx.body[hit.end:hit.end + 10]):
            return None
    mod = _word(m.group("mod"))
    if mod.startswith(("the first half", "the first part")):
        return "DATE", f"{year}-H1", False
    if mod.startswith(("the second half", "the last half", "the latter")):
        return "DATE", f"{year}-H2", False
    for season in SEASONS:
        if mod == f"the {season} of":
            return "DATE", f"{year}-{SEASONS[season]}", False
    return "DATE", f"{year:04d}", False


def _h_spoken_year(hit, ctx):
    words = re.split(r"[- ]+", _word(hit.m.group("spoken")))[1:]
    words = [w for w in words if w not in ("hundred", "and", "oh", "o")]
    n = sum(NUMBER_WORDS.get(w, 0) for w in words)
    return ("DATE", f"19{n:02d}", False) if 0 < n < 100 else None


def _h_year_2000(hit, ctx):
    ones = hit.m.group("ones")
    return "DATE", f"{2000 + (NUMBER_WORDS[_word(ones)] if ones else 0)}", False


def _h_decade(hit, ctx):
    m = hit.m
    if m.group("dec"):
        dec = m.group("dec")
        # "the 1800s" is the century, "the 1990s" the decade.
        return "DATE", dec[:2] if dec.endswith("0") and hit.m.group(0).rstrip("s'").endswith("00") else dec, False
    short = int(m.group("short"))
    return "DATE", f"19{short}" if short >= 2 else f"20{short}", False


def _h_decade_word(hit, ctx):
    return "DATE", f"19{DECADE_WORDS[_word(hit.m.group('word'))]}", False


def _h_century(hit, ctx):
    m = hit.m
    n = int(m.group("n")) if m.group("n") else ORDINALS[_word(m.group("w"))]
    return "DATE", f"{n - 1:02d}", False


def _h_season(hit, ctx):
    m = hit.m
    name = _word(m.group("season"))
    code = SEASONS[name]
    rel = _word(m.group("rel"))
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


def _quarter_default(ctx: _Context, q: int) -> tuple[str, bool]:
    dct = ctx.dct
    if dct is None:
        return f"XXXX-Q{q}", True
    cur = reckon.quarter_of(dct)
    y = dct.year
    if q > cur and ctx.tense <= 0:
        y -= 1
    return f"{y}-Q{q}", True


def _h_quarter(hit, ctx):
    m = hit.m
    q = ORDINALS[_word(m.group("ord"))]
    if q > 4:
        return None
    if m.group("year") or m.group("qyear"):
        return "DATE", f"{m.group('year') or m.group('qyear')}-Q{q}", False
    dct = ctx.dct
    yrel = _word(m.group("yrel")) or (_word(m.group("qrel")) + " year" if m.group("qrel") else "")
    if yrel:
        if dct is None:
            return "DATE", f"XXXX-Q{q}", True
        off = {"last year": -1, "this year": 0, "next year": 1}.get(yrel, -1)
        if yrel.startswith("a year"):
            value, _ = _quarter_default(ctx, q)
            return "DATE", reckon.shift(value, "Y", -1), True
        return "DATE", f"{dct.year + off}-Q{q}", True
    adj = _word(m.group("adj"))
    value, relative = _quarter_default(ctx, q)
    if adj in ("year-earlier", "year-ago", "year-before") and "X" not in value:
        value = reckon.shift(value, "Y", -1)
    return "DATE", value, relative


def _h_quarter_code(hit, ctx):
    q = int(hit.m.group("qn"))
    if hit.m.group("year"):
        return "DATE", f"{hit.m.group('year')}-Q{q}", False
    return ("DATE",) + _quarter_default(ctx, q)


def _h_quarter_ref(hit, ctx):
    m = hit.m
    rel, adj, what = _word(m.group("rel")), _word(m.group("adj")), _word(m.group("what"))
    dct = ctx.dct
    recent = ctx.state.last_quarter if hit.start - ctx.state.last_quarter_at < 1500 else None
    back = adj in ("year-earlier", "year-ago", "comparable", "corresponding") or bool(m.group("yrel")) \
        or (adj == "same" and bool(m.group("yrel")))
    if m.group("qmon"):
        q = (MONTHS[_word(m.group("qmon"))] + 2) // 3
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


def _h_half(hit, ctx):
    m = hit.m
    h = 1 if _word(m.group("h")) == "first" else 2
    if m.group("year"):
        return "DATE", f"{m.group('year')}-H{h}", False
    dct = ctx.dct
    yrel = _word(m.group("yrel"))
    if dct is None:
        return "DATE", f"XXXX-H{h}", True
    if yrel in ("last year", "next year"):
        return "DATE", f"{dct.year + (1 if yrel == 'next year' else -1)}-H{h}", True
    if not yrel and _word(m.group("h")) not in ("first", "second"):
        return None
    y = dct.year
    if h == 2 and dct.month <= 6 and ctx.tense <= 0:
        y -= 1
    return "DATE", f"{y}-H{h}", True


def _h_weekday(hit, ctx):
    m = hit.m
    wd = WEEKDAYS[_word(m.group("wd"))]
    pod = PARTS_OF_DAY.get(_word(m.group("pod")), "")
    if m.group("plural"):
        return "SET", f"XXXX-WXX-{wd + 1}" + (f"T{pod}" if pod else ""), False
    after = ctx.body[hit.end: hit.end + 12]
    if re.match(r"[ \t]+(?-i:Times|Telegraph|Mirror|Express|Herald|Post|Night Live|School)\b", after):
        return None
    rel = _word(m.group("rel"))
    d = _weekday_date(ctx, wd, rel)
    # "Friday night" is dated by its day: news practice (and TimeBank's, mostly).
    if d is None:
        return "DATE", f"XXXX-WXX-{wd + 1}", True
    return "DATE", d.isoformat(), True


def _h_each_weekday(hit, ctx):
    wd = WEEKDAYS[_word(hit.m.group("wd"))]
    pod = PARTS_OF_DAY.get(_word(hit.m.group("pod")), "")
    return "SET", f"XXXX-WXX-{wd + 1}" + (f"T{pod}" if pod else ""), False


def _h_rel_day(hit, ctx):
    m = hit.m
    w = _word(m.group("w"))
    pod = PARTS_OF_DAY.get(_word(m.group("pod")), "")
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


def _h_this_pod(hit, ctx):
    rel = _word(hit.m.group("rel"))
    pod = PARTS_OF_DAY[_word(hit.m.group("pod"))]
    if rel == "this":
        base = ctx.dct.isoformat() if ctx.dct else "XXXX-XX-XX"
    else:
        last = ctx.state.last
        base = last if last and re.fullmatch(r"\d{4}-\d\d-\d\d", last) else (
            ctx.dct.isoformat() if ctx.dct else "XXXX-XX-XX")
        if rel == "the" and not (last and re.fullmatch(r"\d{4}-\d\d-\d\d", last)):
            return None
    return "TIME", f"{base}T{pod}", True


def _deictic_unit(dct: date | None, unit: str, n: int) -> str:
    """The unit holding the publication date, moved n units: "last year" is (Y, -1)."""
    if dct is None:
        return _under(unit)
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
    return _under(unit)


def _anaphoric_unit(ctx: _Context, unit: str, n: int) -> tuple[str, bool]:
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
    return _deictic_unit(ctx.dct, unit, n) if ctx.dct else _under(unit), True


def _h_rel_unit(hit, ctx):
    m = hit.m
    rel = _word(m.group("rel"))
    unit = _unit(m.group("unit"))
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
            return "DURATION", _duration(1, unit), False
        if rel == "the coming" and unit not in ("W", "Y", "M"):
            return None
        value, relative = _deictic_unit(ctx.dct, unit, n), True
    return "DATE", value, relative


def _h_the_weekend(hit, ctx):
    rel = _word(hit.m.group("rel"))
    dct = ctx.dct
    if dct is None:
        return "DATE", "XXXX-WXX-WE", True
    ahead = rel in ("next", "this coming") or (rel in ("the", "this") and ctx.tense > 0)
    if rel == "this" and dct.weekday() >= 5:
        return "DATE", reckon.week(dct) + "-WE", True
    saturday = reckon.weekday_near(dct + timedelta(days=1) if ahead else dct - timedelta(days=1), 5,
                                   +1 if ahead else -1)
    return "DATE", reckon.week(saturday) + "-WE", True


def _h_the_year(hit, ctx):
    pre = _word(hit.m.group("pre"))
    after = ctx.body[hit.end: hit.end + 12]
    if pre in ("over", "throughout") or re.match(r"[ \t]+end(?:ed|ing)\b", after):
        return "DURATION", "P1Y", False  # "over the year", "the year ended March 31"
    if re.match(r"[ \t]+(?:before|after|earlier|later|ago|to)\b", after):
        return None
    if ctx.dct is None:
        return "DATE", "XXXX", True
    return "DATE", f"{ctx.dct.year}", True


def _h_year_ago_adj(hit, ctx):
    quarter = _recent_quarter(ctx, hit.start)
    if quarter:
        return "DATE", reckon.shift(quarter, "Y", -1), True
    if ctx.dct is None:
        return "DATE", "XXXX", True
    return "DATE", f"{ctx.dct.year - 1}", True


def _h_in_the_unit(hit, ctx):
    unit = _unit(hit.m.group("unit"))
    if ctx.dct is None:
        last = ctx.state.last
        if last and unit == "Y":
            return "DATE", last[:4], True
        return "DATE", _under(unit), True
    return "DATE", _deictic_unit(ctx.dct, unit, 0), True


def _h_year_end(hit, ctx):
    text = _word(hit.m.group(0))
    dct = ctx.dct
    if dct is None:
        return "DATE", "XXXX", True
    y = dct.year
    if ctx.tense < 0 and dct.month <= 3:
        y -= 1
    return "DATE", (f"{y}-12-31" if "year-end" in text and "the" not in text else f"{y}"), True


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


def _h_ago(hit, ctx):
    m = hit.m
    n = _number(m.group("num"))
    unit = _unit(m.group("unit"))
    direction = _word(m.group("dir"))
    if direction in ("before", "after"):
        # "two days before the vote": a duration; the event is the vote.
        return "DURATION", _duration(n, unit), False
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
            return "DATE", _under(unit), True
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
        return "DATE", _under(unit), True
    return "DATE", _shift_from(ctx.dct, unit, sign * n), True


def _recent_quarter(ctx: _Context, pos: int) -> str | None:
    """A quarter mentioned just before: financial news says "a year ago" of that quarter."""
    if ctx.state.last_quarter and pos - ctx.state.last_quarter_at < 600:
        return ctx.state.last_quarter
    return None


def _h_ago_bare(hit, ctx):
    direction = _word(hit.m.group("dir"))
    return "DATE", "PAST_REF" if direction in ("ago", "earlier") else "FUTURE_REF", True


def _h_unit_around(hit, ctx):
    unit = _unit(hit.m.group("unit"))
    direction = _word(hit.m.group("dir"))
    n = -1 if direction in ("before", "earlier", "prior") else 1
    # "the day before the vote" names no date of its own.
    after = ctx.body[hit.end: hit.end + 30]
    if direction in ("before", "after", "prior") and re.match(r"[ \t]+(?:to[ \t]+)?(?:the|a|an|his|her|its|their|[A-Z])\w*", after):
        return None
    value, relative = _anaphoric_unit(ctx, unit, n)
    return "DATE", value, relative


def _h_duration(hit, ctx):
    m = hit.m
    numtext = m.group("num")
    n = _number(numtext)
    unit = _unit(m.group("unit"))
    word = _word(numtext)
    det = _word(m.group("det"))
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
            return "SET", _duration(1, unit), False
    if word in ("some", "many") and not m.group("unit").lower().endswith("s"):
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", numtext) and not _word(m.group("unit")).endswith("s") and \
            not re.search(r"\d[ \t]*-[ \t]*\w+$", m.group(0)):
        # "5 year" without a hyphen is odd; "five-year plan" is fine.
        if not re.search(r"-", m.group(0)):
            return None
    return "DURATION", _duration(n, unit), False


def _h_duration_bare(hit, ctx):
    unit = _unit(hit.m.group("unit"))
    adj = _word(hit.m.group("adj"))
    pre = _word(hit.m.group("pre"))
    if adj == "coming":
        return "DATE", "FUTURE_REF", True
    if adj == "recent" and unit in ("Y", "DE"):
        return "DATE", "PAST_REF", True
    if not adj and pre in ("the", "in the"):
        return None
    return "DURATION", _duration(None, unit), False


def _h_set_every(hit, ctx):
    m = hit.m
    unit_word = _word(m.group("unit")).rstrip("s")
    if unit_word in ("summer", "winter", "spring", "fall"):
        return "SET", f"XXXX-{SEASONS[unit_word]}", False
    if unit_word in ("morning", "evening", "night"):
        return "SET", f"TX{PARTS_OF_DAY[unit_word]}", False
    n = _number(m.group("num")) if m.group("num") else 1
    if m.group("other"):
        n = 2
    return "SET", _duration(n, _unit(unit_word)), False


def _h_set_times(hit, ctx):
    return "SET", _duration(1, _unit(hit.m.group("unit"))), False


def _h_set_adverb(hit, ctx):
    written = ctx.body[hit.start: hit.end]
    if written[0].isupper() and (re.search(r"[A-Z]\w*[ \t]+$", ctx.body[max(0, hit.start - 30): hit.start])
                                 or _NAME_AFTER.match(ctx.body, hit.end)):
        return None  # "the China Daily", "the Daily Telegraph": a paper's name
    return "SET", SET_ADVERBS[_word(hit.m.group("adv"))], False


def _clock_day(ctx: _Context, m: re.Match) -> str | None:
    on = m.groupdict().get("on")
    if not on:  # "at 2 p.m. on Friday": the day follows as an expression of its own
        follow = _ON_WEEKDAY.match(ctx.body, m.end())
        on = follow.group(1) if follow else None
    dct = ctx.dct
    if on:
        w = _word(on)
        if w in WEEKDAYS:
            d = _weekday_date(ctx, WEEKDAYS[w], "")
            return d.isoformat() if d else f"XXXX-WXX-{WEEKDAYS[w] + 1}"
        if w in ("yesterday", "today", "tomorrow"):
            if dct is None:
                return "XXXX-XX-XX"
            return (dct + timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[w])).isoformat()
        if m.groupdict().get("tmon"):
            mon = MONTHS[_word(m.group("tmon"))]
            day = int(re.match(r"\d+", m.group("tday")).group())
            y = _year_for_month(ctx, mon, day, m.start())
            return f"{y:04d}-{mon:02d}-{day:02d}" if y else f"XXXX-{mon:02d}-{day:02d}"
    last = ctx.state.last
    if last and re.fullmatch(r"\d{4}-\d\d-\d\d", last):
        return last
    return dct.isoformat() if dct else "XXXX-XX-XX"


def _h_clock(hit, ctx):
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


def _h_clock24(hit, ctx):
    return "TIME", f"{_clock_day(ctx, hit.m)}T{int(hit.m.group('h')):02d}:{hit.m.group('mi')}", True


def _h_noon(hit, ctx):
    w = _word(hit.m.group("word"))
    clock = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[w]
    return "TIME", f"{_clock_day(ctx, hit.m)}T{clock}", True


def _easter(y: int) -> date:
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month_ = (h + l_ - 7 * m + 114) // 31
    return date(y, month_, (h + l_ - 7 * m + 114) % 31 + 1)


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


def _h_holiday(hit, ctx):
    m = hit.m
    name = _word(m.group("hol")).replace("’", "'")
    if m.group("year"):
        d = _holiday_in(name, int(m.group("year")))
        return ("DATE", d.isoformat(), False) if d else None
    dct = ctx.dct
    rel = _word(m.group("rel"))
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


def _h_ref(hit, ctx):
    w = _word(hit.m.group("ref"))
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
