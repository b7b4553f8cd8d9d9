"""Find where temporal expressions stand: each rule (a regular expression) is tried only in
small windows around its anchor words, which one scan of the text finds, so the work stays
linear; where matches overlap the longest wins. `dates.find` gives them their values.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from briefing.lexicon.time import ANCHOR_WORDS, WEEKDAYS

# --- Rules ---------------------------------------------------------------------------

SP = r"[ \t\u00a0]+"
# Rules run on an ASCII-lower-cased copy of the body (fast, no re.I); the names that must
# be capitalised (months, weekdays, holidays) are checked against the original afterwards.
_MONTH = (
    r"\b(?:(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)(?![\w-])|(?:sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)"
    r"(?:\.|(?![\w-])))"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d])"
_WDAY = r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_ONES = r"one|two|three|four|five|six|seven|eight|nine"
_NUM = (
    r"(?:\d+(?:\.\d+| [13]/[24])?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    rf"(?:[- ](?:{_ONES}))?|{_ONES}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|a hundred|hundred|a dozen|dozen|a couple of|a couple"
    r"|couple of|a few|few|several|some|many|a number of|an|a)"
)
_APPROX = (
    r"(?:(?:about|around|nearly|almost|roughly|approximately|more than|less than"
    r"|fewer than|over|under|at least|at most|up to|only|just|barely|well over|close to"
    r"|the better part of|as many as|as long as|some|within)" + SP + ")"
)
_UNIT = r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|quarters?)"
_POD = r"(?:morning|afternoon|evening|night)"
_REL = (
    r"(?:this past|this coming|the past|the last|the coming|the current|the previous"
    r"|the prior|the following|the next|the same|the preceding|the latest|this|last|next|that)"
)
_EDGE = r"(?<![\w$€£#/.-])"  # no match inside a word, a number, an amount or a path

RULES: list[tuple[str, str]] = [
    ("named_day", r"(?:(?<=post-)|(?<=pre-)|(?<![\w/.-]))(?P<named>9/11)(?![\d/])"),
    ("iso", rf"(?<![\w-])(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])"),
    ("slash", r"(?<![\w/.])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>(?:19|20)?\d\d)(?![\d/])"),
    (
        "mdy",
        rf"{_EDGE}(?:(?P<wd>{_WDAY}),?{SP})?(?:(?P<mod>early|late|mid|the end of|the middle of)[ -]+)?"
        rf"(?P<mon>{_MONTH}){SP}?(?P<day>{_DAY})(?:(?:,{SP}?|{SP})(?P<year>{YEAR}))?",
    ),
    (
        "dmy",
        rf"{_EDGE}(?:(?P<wd>{_WDAY}),?{SP})?(?:the{SP})?(?P<day>{_DAY}){SP}(?:of{SP})?"
        rf"(?P<mon>{_MONTH})(?:,?{SP}(?P<year>{YEAR}))?",
    ),
    (
        "month_year",
        rf"(?:(?P<mod>early|late|mid|the middle of|the end of|the beginning of|the start of)[ -]+)?"
        rf"(?P<mon>{_MONTH}),?{SP}(?:of{SP})?(?P<year>{YEAR})",
    ),
    (
        "month",
        rf"(?:(?P<each>every|each){SP})?(?:(?P<mod>early|late|mid|the middle of|the end of"
        rf"|the beginning of|the start of)[ -]+)?(?:(?P<rel>last|next|this|this past|this coming"
        rf"|the previous|the following|the same|that){SP})?(?P<mon>{_MONTH})"
        rf"(?:{SP}(?P<yrel>last year|this year|next year))?",
    ),
    (
        "year",
        rf"(?:(?P<pre>the{SP}year|fiscal(?:{SP}year)?|fy|calendar(?:{SP}year)?|model{SP}year)"
        rf"{SP}|(?P<mod>early|late|mid|the middle of|the end of|the beginning of|the start of"
        rf"|the first half of|the second half of|the last half of|the latter half of|the first part of"
        rf"|the latter part of|the spring of|the summer of|the fall of|the autumn of|the winter of)"
        rf"[ -]+)?(?<![\w$€£#.,/])(?P<year>{YEAR})(?!(?:[.,]\d|%|[-–](?!(?:1[6-9]|20)?\d\d\b)\d|'?s\b|\w))",
    ),
    (
        "spoken_year",
        r"(?:the year )?\b(?P<spoken>nineteen[- ](?:hundred )?(?:and )?(?:(?:twenty|thirty|forty|fifty"
        rf"|sixty|seventy|eighty|ninety)(?:[- ](?:{_ONES}))?|ten|eleven|twelve|thirteen|fourteen"
        rf"|fifteen|sixteen|seventeen|eighteen|nineteen|(?:oh|o)[- ](?:{_ONES})))(?!\w)",
    ),
    ("year_2000", rf"\bthe year two{SP}thousand(?:{SP}(?:and{SP})?(?P<ones>{_ONES}))?"),
    ("decade", rf"(?:the{SP})?(?:(?P<mod>early|late|mid)[ -]+)?(?:(?P<dec>1[6-9]\d|20\d)0'?s|'(?P<short>\d)0s)(?!\w)"),
    (
        "decade_word",
        rf"\bthe{SP}(?:(?P<mod>early|late|mid)[ -]+)?(?P<word>twenties|thirties|forties|fifties"
        r"|sixties|seventies|eighties|nineties)(?!\w)",
    ),
    (
        "century",
        rf"(?:the{SP})?(?:(?P<mod>early|late|mid)[ -]+)?(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)"
        r"|(?P<w>eighteenth|nineteenth|twentieth|twenty-first))[ -]century(?!\w)",
    ),
    (
        "season",
        rf"(?:(?P<mod>early|late|mid|the middle of|the end of|the beginning of)[ -]+)?"
        rf"(?:(?P<rel>last|next|this|this past|this coming|the previous|the following|that|the){SP})?"
        rf"(?P<season>spring|summer|fall|autumn|winter)(?:(?:{SP}of)?{SP}(?P<year>{YEAR}))?(?![\w-])",
    ),
    (
        "quarter",
        rf"(?:(?:the|its|their|this|last|next){SP})?(?:(?P<qyear>{YEAR})(?:'s)?{SP}"
        rf"|(?P<qrel>this|last|next){SP}year's{SP}|(?P<adj>year-earlier|year-ago|latest|current|same"
        rf"|previous|prior|corresponding|comparable|year-before|most recent|recent|past)(?:{SP}|-))?"
        rf"(?:(?:fiscal|calendar)[ -])?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final)"
        rf"[ -](?:fiscal[ -])?quarter(?![\w-])(?:(?:{SP}of)?{SP}(?:fiscal{SP})?(?P<year>{YEAR})"
        rf"|(?:{SP}of)?{SP}(?P<yrel>last year|this year|next year|a year (?:earlier|ago)))?",
    ),
    ("quarter_code", rf"\b(?P<qq>q)(?P<qn>[1-4])(?:{SP}(?P<year>{YEAR}))?(?!\w)"),
    (
        "quarter_ref",
        rf"(?P<rel>the|this|last|next|that){SP}(?:(?P<adj>latest|current|year-earlier|year-ago|same|previous"
        rf"|prior|most recent|recent|comparable|corresponding|final|(?P<qmon>June|September|March|December))[ -])?"
        rf"(?P<what>quarter|period)(?![\w-])(?:{SP}(?P<yrel>a year (?:earlier|ago)|last year))?",
    ),
    (
        "half",
        rf"(?:the{SP})?(?P<h>first|second|latter|last|back){SP}half(?:{SP}of{SP}(?:(?P<year>{YEAR})"
        r"|(?P<yrel>this year|last year|next year|the year)))?(?![\w-])",
    ),
    (
        "weekday",
        rf"(?:(?P<rel>last|next|this|this coming|this past|the previous|the following|early|late|earlier"
        rf"|later){SP})?(?P<wd>{_WDAY})(?P<plural>s)?(?:{SP}(?P<pod>{_POD}))?(?!\w)",
    ),
    ("each_weekday", rf"(?:every|each){SP}(?P<wd>{_WDAY})(?:{SP}(?P<pod>{_POD}))?"),
    (
        "rel_day",
        rf"(?:(?P<mod>early|late|earlier|later|mid-?){SP}?)?\b(?P<w>the day before yesterday|the day after tomorrow"
        rf"|yesterday|today|tomorrow|tonight|last night|overnight)(?:{SP}(?P<pod>{_POD}))?(?!\w)",
    ),
    ("this_pod", rf"\b(?P<rel>this|that|the){SP}(?P<pod>morning|afternoon|evening)(?!\w)"),
    (
        "rel_unit",
        rf"(?:(?P<mod>early|late|earlier|later|sometime|the end of|the beginning of|the start of|the middle of"
        rf"|the rest of|the remainder of|the first half of|the second half of)[ -]+(?:in{SP})?)?\b"
        rf"(?P<rel>{_REL})[ -](?:fiscal{SP})?(?P<unit>day|week|weekend|month|year|decade|century)(?![\w-])",
    ),
    (
        "in_the_unit",
        rf"(?P<mod>the end of|the beginning of|the start of|the middle of|earlier in|later in|early in"
        rf"|late in|the rest of|the remainder of){SP}the{SP}(?:fiscal{SP})?(?P<unit>week|month|year)(?![\w-])",
    ),
    ("the_weekend", rf"\b(?:(?P<rel>the|this|last|next|this past|this coming){SP})weekend(?![\w-])"),
    (
        "the_year",
        rf"\b(?P<pre>for|over|during|throughout|in|of)?{SP}?(?P<t>the{SP}(?:(?P<adj>full|whole|entire|fiscal|calendar){SP})?year)(?![\w-])",
    ),
    ("year_ago_adj", r"\b(?P<t>year-(?:earlier|ago))(?![\w-])"),
    ("year_end", r"\b(?:the )?(?:year-end|year end|year's end|end-of-year|end of the year)(?!\w)"),
    (
        "ago",
        rf"(?:{_APPROX})?\b(?P<num>{_NUM})[ -]+(?:(?:more|additional|full){SP})?(?P<unit>{_UNIT})"
        rf"(?:{SP}or{SP}so)?{SP}(?P<dir>ago|earlier|later|from now|hence|before|after)(?!\w)",
    ),
    ("ago_bare", rf"\b(?P<unit>years|months|weeks|days|decades){SP}(?P<dir>ago|earlier|later)(?!\w)"),
    ("unit_around", rf"\bthe{SP}(?P<unit>day|week|month|year){SP}(?P<dir>before|after|earlier|later|prior)(?![\w-])"),
    (
        "duration",
        rf"(?:{_APPROX})?(?:(?P<det>the|its|their|his|her|each of the|all|an|a){SP})?(?:(?P<rel>past|last"
        rf"|next|first|previous|coming|final|latest|remaining|following|initial|preceding|ensuing"
        rf"|succeeding|subsequent|same|entire|full|additional|further|other){SP})?\b(?P<num>{_NUM})"
        rf"(?:{SP}(?:more|additional|straight|consecutive|full|long|trading|business|working"
        rf"|calendar))?[ -]+(?P<unit>{_UNIT})(?:{SP}or{SP}(?:so|more|longer))?(?![-\w])",
    ),
    (
        "duration_bare",
        rf"\b(?:(?P<pre>for|within|over|in|for many|for several|in the|the|the past few|the last few)"
        rf"{SP})(?P<t>(?:(?P<adj>recent|coming){SP})?(?P<unit>years|months|weeks|days|hours"
        r"|decades|centuries))(?![-\w])",
    ),
    (
        "set_every",
        rf"\b(?P<q>every|each|per){SP}(?:(?P<other>other){SP})?(?:(?P<num>{_NUM}){SP})?"
        r"(?P<unit>years?|months?|weeks?|days?|hours?|minutes?|quarters?|nights?|mornings?|evenings?"
        r"|summers?|winters?|springs?|falls?)(?![\w-])",
    ),
    (
        "set_times",
        rf"\b(?:once|twice|(?:{_NUM}){SP}times){SP}(?:a|an|per|each|every){SP}"
        r"(?P<unit>year|month|week|day|hour|minute|quarter)(?![\w-])",
    ),
    ("set_adverb", r"\b(?P<adv>daily|nightly|weekly|annually|yearly|hourly|biweekly|semiannually)(?![\w-])"),
    (
        "clock",
        rf"(?<![\w:.$])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?{SP}?(?P<ap>a\.m\.?|p\.m\.?|am|pm)(?!\w)(?:{SP}(?P<tz>[ecmp][sd]?t|gmt|utc|bst|cet))?(?:,?{SP}(?P<on>{_WDAY}|yesterday"
        rf"|today|tomorrow|(?P<tmon>{_MONTH}){SP}(?P<tday>{_DAY})))?",
    ),
    (
        "clock24",
        rf"(?<![\w:.$])(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d){SP}(?P<tz>gmt|utc|[ecmp][sd]t)(?:,?{SP}(?:on{SP})?"
        rf"(?P<on>{_WDAY}|yesterday|today|tomorrow|(?P<tmon>{_MONTH}){SP}(?P<tday>{_DAY})))?",
    ),
    ("noon", rf"\b(?P<word>noon|midnight|midday)(?:{SP}(?P<on>{_WDAY}|yesterday|today|tomorrow))?(?!\w)"),
    (
        "holiday",
        rf"(?:(?P<rel>last|next|this){SP})?(?P<hol>christmas(?:{SP}(?:day|eve))?|new{SP}year's(?:{SP}(?:day|eve))?"
        rf"|thanksgiving(?:{SP}day)?|independence{SP}day|labor{SP}day|memorial{SP}day|halloween"
        rf"|valentine's{SP}day|veterans{SP}day|boxing{SP}day|bastille{SP}day|martin{SP}luther{SP}king{SP}day"
        rf"|presidents{SP}day)(?:,?{SP}(?P<year>{YEAR}))?(?!\w)",
    ),
    (
        "ref",
        r"\b(?P<ref>right now|just now|now|currently|presently|at present|nowadays|these days|at the moment"
        r"|recently|lately|more recently|the past|recent years|past years|recent decades|recent|the old days"
        r"|the near future|the distant future|the future|the years ahead|the coming years|coming years"
        r"|a later date|the months ahead|the weeks ahead|the days ahead|current)(?![\w-])",
    ),
]
# Every match starts a word: the leading look-behind fails fast everywhere else.
_COMPILED = [(name, re.compile(r"(?<!\w)" + pattern)) for name, pattern in RULES]
# Rules whose expression is the group "t" inside a wider match ("for years" -> "years").
_INNER_SPAN = frozenset(name for name, rx in _COMPILED if "t" in rx.groupindex)
# Groups holding names that only count when capitalised in the original text.
_CAPITALISED = ("mon", "wd", "tmon", "qmon", "hol", "qq")

# Anchor words: a rule is tried only in a window around one of its anchors (see
# `_candidates`); anchors are found by one pass over the words, which keeps things fast.
_KIND_RULES = {  # every match contains one of its rule's anchors, so each rule has few kinds
    "mon": ("mdy", "dmy", "month_year", "month", "quarter_ref"),
    "wd": ("weekday", "each_weekday"),
    "year": ("year", "iso"),
    "slash": ("slash", "named_day"),
    "unit": (
        "ref",
        "rel_unit",
        "the_year",
        "year_ago_adj",
        "in_the_unit",
        "year_end",
        "duration",
        "duration_bare",
        "set_every",
        "unit_around",
        "holiday",
        "year_2000",
    ),
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
_KIND_WINDOWS = {
    "unit": (55, 25),
    "mon": (40, 35),
    "wd": (40, 40),
    "year": (50, 30),
    "dayword": (40, 30),
    "ago": (60, 10),
    "quarter": (55, 30),
    "times": (20, 25),
}
WINDOW = (40, 30)
WINDOW_GAP = 40
# Each kind's window (before, after) and rules, looked up once per anchor.
_KIND_PLAN = {kind: (*_KIND_WINDOWS.get(kind, WINDOW), rules) for kind, rules in _KIND_RULES.items()}
# Words one of which every match of the rule contains: a window that has none of them is
# not searched by the rule (many windows are opened by a word of another rule of the kind).
# A day or a year is written in figures: "[0-9]" stands for any of them.
_REQUIRED = {
    name: re.compile("|".join(words))
    for name, words in {
        "mdy": ("[0-9]",),
        "dmy": ("[0-9]",),
        "month_year": ("[0-9]",),
        "iso": ("-",),
        "year_end": ("year",),
        "the_year": ("year",),
        "year_ago_adj": ("year-",),
        "year_2000": ("thousand",),
        "set_every": ("every", "each", "per"),
        "each_weekday": ("every", "each"),
        "ago": ("ago", "earlier", "later", "from now", "hence", "before", "after"),
        "unit_around": ("before", "after", "earlier", "later", "prior"),
        "quarter_ref": ("quarter", "period"),
        "this_pod": ("morning", "afternoon", "evening"),
        "noon": ("noon", "midnight", "midday"),
        "duration_bare": ("years", "months", "weeks", "days", "hours", "decades", "centuries"),
        "ref": (
            "now",
            "current",
            "present",
            "days",
            "moment",
            "recent",
            "lately",
            "past",
            "future",
            "ahead",
            "coming years",
            "later date",
        ),
        "holiday": (
            "christmas",
            "new",
            "thanksgiving",
            "independence",
            "labor",
            "memorial",
            "halloween",
            "valentine",
            "veterans",
            "boxing",
            "bastille",
            "martin",
            "presidents",
        ),
    }.items()
}
_ANCHOR_WORDS: dict[str, str] = {}
for _kind, _words in ANCHOR_WORDS.items():
    for _w in _words.split():
        _ANCHOR_WORDS[_w] = _kind
# One scan finds the anchor words and every number; the rest of the text is never looked at.
# (No look-behind in front: a pattern that starts with literals lets the engine skip ahead
# by first character; the word start is checked afterwards.)


def trie_pattern(words: Iterable[str]) -> str:
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


# A word is tried only where no letter comes before it; inside a word only "q1".."q4" is
# matched, as the scan always did, so the numbers after it are read the same.
_TOKEN = re.compile(r"\d+|(?<![a-z])" + trie_pattern(_ANCHOR_WORDS) + r"(?![a-z])|(?<=[a-z])q[1-4](?![a-z])")
_CLOCK_AFTER = re.compile(r" ?[ap]\.?m\b")
_WORD_END = re.compile(r"[^\s]{0,40}")  # bounded: a window never runs on through a huge token


@dataclass
class Hit:
    """A rule's match: the expression's span (perhaps a group inside the match) and the match
    its value is read from."""

    start: int
    end: int
    rule: str
    m: re.Match


def lowered(body: str) -> str:
    """The copy of body the rules run on: ASCII letters lower-cased (fast, no re.I), so every
    offset stays that of body."""
    # bytes.lower() changes only ASCII letters, and in UTF-8 those bytes stand for nothing
    # else: the same text as str.translate, many times faster (surrogatepass keeps any
    # lone surrogate as it is).
    return body.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


def find(body: str, low: str) -> list[Hit]:
    """The expressions of body as rule matches that do not overlap, in text order; `low` is
    `lowered(body)`, which the caller keeps for reading tense cues."""
    return _select(_candidates(body, low))


def plain(text: str | None) -> str:
    """A matched group's words as the lexicons spell them: lower case, no dots, single spaces."""
    return " ".join((text or "").lower().replace(".", "").split())


# --- Candidates ----------------------------------------------------------------------


def _candidates(body: str, low: str) -> list[Hit]:
    """Every rule's matches, looked for only in windows around the rule's anchor words:
    one fast scan for anchors keeps the engine linear and quick on long texts."""
    windows: dict[str, list[list[int]]] = {}
    size = len(body)
    for kind, a_start, a_end in _anchors(low):
        before, after, rules = _KIND_PLAN[kind]
        start = max(0, a_start - before)
        reach = min(size, a_end + after)
        word = _WORD_END.match(low, reach)  # (always matches: it may match nothing)
        end = word.end() if word else reach
        for rule in rules:
            spans = windows.get(rule)
            if spans is None:
                windows[rule] = [[start, end]]
                continue
            last = spans[-1]
            # Windows close together are searched as one: fewer, longer searches are cheaper.
            if start <= last[1] + WINDOW_GAP:
                if end > last[1]:
                    last[1] = end
            else:
                spans.append([start, end])
    hits: list[Hit] = []
    seen: set[tuple[int, int, str]] = set()
    for name, rx in _COMPILED:
        inner = name in _INNER_SPAN
        required = _REQUIRED.get(name)
        for start, end in windows.get(name, ()):
            if required is not None and required.search(low, start, end) is None:
                continue
            for m in rx.finditer(low, start, end):
                span = m.span("t") if inner and m.start("t") >= 0 else m.span()
                key = (span[0], span[1], name)
                if span[1] > span[0] and key not in seen and _capitalised(body, m):
                    seen.add(key)
                    hits.append(Hit(span[0], span[1], name, m))
    return hits


def _anchors(low: str) -> Iterator[tuple[str, int, int]]:
    """(kind, start, end) of every word or number a rule could be built around."""
    for t in _TOKEN.finditer(low):
        word = t.group()
        s, e = t.span()
        if s and "a" <= low[s - 1] <= "z":
            continue
        if word[-1].isdigit() and word[0].isdigit():
            nxt = low[e : e + 4]
            if len(word) == 4 and 1600 <= int(word) <= 2099:
                yield "year", s, e
            if nxt[:1] in ("/", "-") and nxt[1:2].isdigit():
                yield "slash", s, e
            if (nxt[:1] == ":" and nxt[1:2].isdigit()) or _CLOCK_AFTER.match(nxt):
                yield "clock", s, e
            if word.endswith("0") and (nxt[:1] == "s" or nxt[:2] == "'s"):
                yield "decade", s, e
        else:
            yield _ANCHOR_WORDS[word], s, e


def _capitalised(body: str, m: re.Match) -> bool:
    """Whether the names in the match (months, weekdays, holidays) are capitalised in body: the
    rules read a lower-cased copy, and "may" or "march" is a name only when written "May", "March"."""
    groups = m.re.groupindex
    for g in _CAPITALISED:
        if g in groups and m.start(g) >= 0 and not body[m.start(g)].isupper():
            return False
    return not (
        "on" in groups and m.start("on") >= 0 and m.group("on") in WEEKDAYS and not body[m.start("on")].isupper()
    )


def _select(hits: list[Hit]) -> list[Hit]:
    """The longest candidates that do not overlap, in text order (earlier rule on ties)."""
    order = {name: i for i, (name, _) in enumerate(RULES)}
    hits.sort(key=lambda h: (-(h.end - h.start), h.start, order[h.rule]))
    taken_starts: list[int] = []
    taken_ends: list[int] = []
    chosen: list[Hit] = []
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
