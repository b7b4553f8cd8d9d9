"""Find people, organisations and places by capitalisation, cue words, small gazetteers and
context; fold each article's aliases into its fullest name ("Clinton" → "Bill Clinton") and
fold the same referent across articles into one `Entity`.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from . import lexicon as lx
from .model import Analysis, Entity, Mention, Ref, Sentence

KIND_ORDER = {"person": 0, "organization": 1, "place": 2}
# No name runs longer; longer capitalised runs are split, which keeps every step linear.
MAX_NAME_WORDS = 8

# Words joined by apostrophes, hyphens, periods or "&" (AT&T, U.S., Al-Qaeda, O'Neill),
# optionally closed by an abbreviation period. Each character is consumed once: linear.
_TOKEN = re.compile(r"\w+(?:[’'.&-]\w+)*\.?")
_POSSESSIVE = ("’s", "'s", "’", "'")
# Runs of capitalised words with the small words names carry inside; only these are
# tokenised, so the scan costs one regex pass over the text.
_SMALL = "|".join(sorted(lx.PARTICLES, key=len, reverse=True))
_RUN = re.compile(
    rf"(?<![\w’'])(?:(?:{_SMALL})\s)?[A-Z][\w’'.&-]*"
    rf"(?:\s(?:(?:of|for|on|and|&|the|{_SMALL})\s){{0,2}}[A-Z][\w’'.&-]*)*")
_FIRST_WORD = re.compile(r"\w")
_SKIP = frozenset(w.capitalize() for w in lx.NOT_NAMES if w not in ("may", "june", "april", "august"))
_INITIAL = re.compile(r"[A-Z]\.")
_CONTRACTION = re.compile(r"[A-Z][a-z]*[’'](?:ll|m|ve|d|re)")  # I'll, We're
# Endings of words that are no one's name alone ("Journalism", "Islamophobic", "Iowans").
_COMMON_ENDS = ("ism", "ic", "ical", "ist", "ists", "ous", "ive", "ful", "less", "able", "ible",
                "ians", "ans", "ese", "ity", "ment", "ness", "tion", "sion")
_MODEL = re.compile(r" [A-Z]?\d{2,}")
_ROLE_WORDS = lx.TITLES | lx.ROLE_MODIFIERS | lx.ROLE_NOUNS
_GIVEN = lx.MALE_NAMES | lx.FEMALE_NAMES
_SHOUT = re.compile(r"[A-Z0-9&.-]+")  # WKOW-TV, R-S.C.
_AGE = re.compile(r", \d{1,3},")
_SIGNATURE = re.compile(r"[―—–-]\s*$")
# What ends a line, as for paragraphs (load): \n, \r (a file from an old Mac), \r\n, and the rest.
_BREAKS = "\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029"
_LINE_END = re.compile(rf"[^\S{_BREAKS}.]*\.?[^\S{_BREAKS}]*(?:[{_BREAKS}]|$)")
_STATE_AFTER = re.compile(r", ((?:[A-Z][a-z]+ )?[A-Z][a-z]+\.?|[A-Z]\.[A-Z]\.)(?=[,.;:)]|$)", re.M)
# A capital inside a word that is no name prefix (Mc, Mac, O', De, La, Di, Van).
_CAMEL = re.compile(r"(?!Mc|Mac|O'|O’|De|Du|La|Le|Di|Da|Van|Von)[A-Z][a-z]+[A-Z]")
_ANY_WORD = re.compile(r"[A-Za-z][\w’']*")
_LOWER_WORD = re.compile(r"\b[a-z][a-z’'-]*\b")
_NEXT_WORD = re.compile(r",?\s+(?:also\s+|then\s+|later\s+)?([a-z]+)")
_PREV_WORD = re.compile(r"([a-z]+)\s+$")
PARTICLES = lx.PARTICLES
# Endings of the lower-case half of "US-led", "Obama-era", "Democratic-leaning" (not "Ki-moon").
_ADJECTIVE_ENDS = ("ed", "ing", "ly", "er", "era", "style", "like", "born", "based", "led",
                   "run", "owned", "wide", "made", "friendly", "type", "esque", "ish", "free",
                   "backed", "linked", "allied", "made", "related", "specific", "centric")
_TITLE_SPELLING = {"sen": "senator", "rep": "representative", "gov": "governor", "pres": "president",
                   "gen": "general", "sec": "secretary", "prof": "professor", "atty": "attorney",
                   "congressman": "representative", "congresswoman": "representative"}
CONNECTORS = frozenset({"of", "for", "on", "and", "&", "the"})
HONORIFICS = lx.HONORIFICS
# Lower-case prefixes fused to a name by a hyphen ("then-Al-Qaeda", "anti-Trump").
_PREFIX = re.compile(r"(?:then|ex|anti|pro|non|post|pre|neo|pan|mid|un)-(?=[A-Z])")
_LOWER_ROLE = re.compile(r"\b(?:former|then|ex|late|outgoing|incoming|acting)[- ]$")
_APPOSITIVE = re.compile(r",\s+(?:a|an|the|who|whose|his|her)\b")


class _Token:
    __slots__ = ("start", "end", "text", "possessive", "low", "cap")

    def __init__(self, start: int, end: int, text: str, possessive: bool = False) -> None:
        self.start, self.end, self.text, self.possessive = start, end, text, possessive
        self.low = text.lower().rstrip(".")  # without possessive or sentence period
        self.cap = text[:1].isupper()


@dataclass
class _Span:
    tokens: list[_Token]
    sentence_start: bool
    kind: str = ""
    role: str | None = None
    context: bool = False  # a speech verb or a role noun next to it shows a person
    honorific: str = ""  # "mr", "mrs", "ms" when the name follows one
    after_the: bool = False  # "the" right before it
    model: bool = False  # a model number right after it ("Boeing 777", "Airbus A380")

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    def words(self) -> list[str]:
        return [t.text for t in self.tokens]

    def low(self) -> str:
        return " ".join(t.low for t in self.tokens)


# ---------------------------------------------------------------------------------------
# Finding mentions in one article
# ---------------------------------------------------------------------------------------

def find(body: str, sentences: Sequence[Sentence]) -> list[Mention]:
    """Every name of a person, organisation or place in body, in text order."""
    lower_words = set(_LOWER_WORD.findall(body))
    spans: list[_Span] = []
    titled: list[Sentence] = []
    for s in sentences:
        if _title_case(body, s):
            titled.append(s)
            continue
        spans.extend(_spans(body, s.start, s.end))
    classified = [sp for sp in (_classify(body, sp, lower_words) for sp in spans) if sp]
    mentions = _resolve(classified)
    known = {m.text.lower(): m for m in mentions}
    # Headlines capitalise every word: only names the body already uses are taken there.
    for s in titled:
        for sp in _spans(body, s.start, s.end):
            toks = sp.tokens
            i = 0
            while i < len(toks):
                # the longest known name starting here (names are short: a bounded window)
                for j in range(min(len(toks), i + MAX_NAME_WORDS), i, -1):
                    key = " ".join(t.text for t in toks[i:j]).lower()
                    if key in known:
                        m = known[key]
                        mentions.append(Mention(toks[i].start, toks[j - 1].end,
                                                body[toks[i].start: toks[j - 1].end],
                                                m.kind, m.name, None))
                        i = j - 1
                        break
                i += 1
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


def _title_case(body: str, s: Sentence) -> bool:
    """A headline or caption, where every word is capitalised."""
    if s.role in ("headline", "caption"):
        return True
    if s.paragraph > 0:
        return False
    words = _ANY_WORD.findall(body, s.start, s.end)
    if len(words) < 6:
        return False
    return sum(w[0].isupper() for w in words) >= 0.9 * len(words)


def _tokens(body: str, start: int, end: int) -> list[_Token]:
    out = []
    for m in _TOKEN.finditer(body, start, end):
        s, text = m.start(), m.group()
        pre = _PREFIX.match(text)
        if pre:
            s += pre.end()
            text = text[pre.end():]
        possessive = False
        for p in _POSSESSIVE:
            if text.endswith(p) and len(text) > len(p):
                text, possessive = text[: -len(p)], True
                break
        if _CONTRACTION.fullmatch(text):
            continue  # I'll, I’m
        if text.endswith(".") and not _keeps_period(text):
            text = text[:-1]
        head, dash, tail = text.rpartition("-")
        if dash and head and tail[:1].islower() and tail not in PARTICLES \
                and (head.isupper() or tail.endswith(_ADJECTIVE_ENDS) or head.lower() in lx.NOT_NAMES):
            # "US-led", "Democratic-leaning": the name is the front part, then the name ends
            text = head.split("-")[0]
            out.append(_Token(s, s + len(text), text, True))
            continue
        if text:
            out.append(_Token(s, s + len(text), text, possessive))
    return out


def _keeps_period(text: str) -> bool:
    core = text[:-1]
    low = core.lower()
    return (len(core) == 1 and core.isupper()) or "." in core or low in lx.TITLES \
        or low in {"inc", "corp", "co", "ltd", "jr", "sr", "st", "mt", "ft"}


def _spans(body: str, start: int, end: int) -> list[_Span]:
    """Runs of capitalised tokens, with particles and organisation connectors inside."""
    toks: list[_Token] = []
    for m in _RUN.finditer(body, start, end):
        if m.group() in _SKIP:
            continue  # "The", "But", "In": most runs are one sentence opener
        toks.extend(_tokens(body, m.start(), m.end()))
    if not toks:
        return []
    out: list[_Span] = []
    cur: list[_Token] = []
    opener = _FIRST_WORD.search(body, start, end)
    first_word = opener.start() if opener else -1

    def close() -> None:
        nonlocal cur
        while cur and not cur[-1].cap:
            cur.pop()  # a span never ends on a particle or connector
        if cur:
            out.append(_Span(cur, cur[0].start == first_word))
        cur = []

    count = len(toks)
    for i, t in enumerate(toks):
        if cur and body[cur[-1].end: t.start] != " ":
            close()  # only a plain space joins two words of one name
        if t.cap:
            if t.low in lx.WEEKDAYS:
                close()  # "in Florida Friday"
                continue
            if len(cur) >= MAX_NAME_WORDS:
                close()
            cur.append(t)
        else:
            nxt = toks[i + 1] if i + 1 < count else None
            joins = nxt is not None and nxt.cap and body[t.end: nxt.start] == " "
            if joins and t.text in PARTICLES:
                cur.append(t)
            elif joins and cur and t.low in CONNECTORS and not cur[-1].possessive and (
                    cur[-1].low in lx.ORG_HEADS or (t.low == "the" and cur[-1].low == "of")) \
                    and nxt.low not in lx.NOT_NAMES:
                cur.append(t)
            else:
                close()
                continue
        if t.possessive:
            close()
    close()
    return out


def _classify(body: str, sp: _Span, lower_words: set[str]) -> _Span | None:
    toks = sp.tokens
    # Sentence openers, weekdays, demonyms: peel them off the front, unless they open a
    # title ("Russian President Vladimir Putin").
    while toks and _not_a_name(toks[0], sp.sentence_start and toks[0] is sp.tokens[0], lower_words) \
            and not _role_end([t.low for t in toks]):
        toks = toks[1:]
    if not toks:
        return None
    sp = _Span(toks, sp.sentence_start and toks[0] is sp.tokens[0])
    low = sp.low()
    words = [t.low for t in toks]
    last = words[-1]
    if low in lx.ORGANISATIONS:
        return _kind(sp, "organization")
    if _place(low):
        return _kind(sp, "place")
    # A title in front makes the rest a person's name and the front their role.
    cut = _role_end(words)
    rest = toks[cut:] if cut else []
    if rest and any(t.cap for t in rest) and rest[0].low not in lx.NOT_NAMES \
            and (words[cut - 1] in HONORIFICS or not all(t.low in _ROLE_WORDS for t in rest)) \
            and last not in lx.ORG_CUES and last not in lx.OTHER_CUES and last not in lx.PLACE_CUES:
        # "President Obama Speech at …": a common word is not part of the name
        while len(rest) > 1 and rest[-1].low in lower_words:
            rest = rest[:-1]
        out = _Span(rest, False, "person")
        out.honorific = words[cut - 1]
        if words[cut - 1] not in HONORIFICS or cut > 1:
            before = _LOWER_ROLE.search(body, max(0, toks[0].start - 12), toks[0].start)
            out.role = body[before.start() if before else toks[0].start: toks[cut - 1].end]
        return out
    if len(toks) > 1 and (last in lx.ORG_CUES or words[0] in lx.ORG_HEADS and "of" in words):
        return _kind(sp, "organization")
    if last in lx.OTHER_CUES:
        return None
    state = _STATE_AFTER.match(body, sp.end)
    if len(toks) > 1 and (last in lx.PLACE_CUES or words[0] in lx.PLACE_HEADS) \
            or state and _place(state.group(1).lower()):
        return _kind(sp, "place")  # "Fort Wayne", "Kenansville, N.C.", "Flint, Michigan"
    if len(toks) == 1:
        t = toks[0]
        if t.text.isupper() and 2 <= len(t.text.replace(".", "")) <= 6:
            return _kind(sp, "organization")
        if _CAMEL.match(t.text):
            return _kind(sp, "organization")  # PolitiFact, YouTube
        sp.context = _person_context(body, sp)
        sp.after_the = body[max(0, sp.start - 4): sp.start] in ("the ", "The ")
        sp.model = bool(_MODEL.match(body, sp.end))
        return _kind(sp, "single")  # decided once the article's people are known
    if all(w in lx.NOT_NAMES for w in words):
        return None
    if last in lx.PARTY_MEMBERS:
        return _kind(sp, "organization")  # "Senate Democrats", "LGBT Republicans"
    if last in lx.PARTIES or all(w in _ROLE_WORDS for w in words) \
            or last in lx.TITLES and words[0] not in _GIVEN:
        return None  # "Iowa Republican", "Assistant Secretary", "Airbus President": no name
    if sum(t.text.isupper() for t in toks) >= 3:
        return None  # "CONGRESS HAS INVESTIGATED HIM": a shouted heading
    given = next((i for i in range(1, len(words) - 1) if words[i] in _GIVEN), 0)
    if given and words[0] not in _GIVEN:
        # "Maricopa County Recorder Helen Purcell", "Filmmaker Jack Marino": what comes
        # before a given name is a role or nothing
        front = toks[:given]
        out = _Span(toks[given:], False, "person")
        if any(t.low in _ROLE_WORDS for t in front):
            out.role = body[front[0].start: front[-1].end]
        return out
    if any(t.text.isupper() and len(t.text) > 1 and "." not in t.text for t in toks):
        return _kind(sp, "organization")  # "RT America", "USA TODAY", "TD Ameritrade"
    if words[0] in _GIVEN or any(w in PARTICLES for w in words) \
            or len(toks) == 3 and _INITIAL.fullmatch(toks[1].text):
        return _kind(sp, "person")  # "Lawrence B. Cummings": a middle initial
    # Unknown runs of two to four words may be people, unless some word is also used as a
    # common word in the article ("Terrorist International"); `_resolve` decides.
    if len(toks) <= 4 and not any(w in lower_words for w in words) and not _place(last):
        sp.context = _person_context(body, sp)
        return _kind(sp, "maybe")
    return None


def _kind(sp: _Span, kind: str) -> _Span:
    sp.kind = kind
    return sp


def _not_a_name(t: _Token, sentence_initial: bool, lower_words: set[str]) -> bool:
    low = t.low
    if t.text.isupper() and len(t.text) > 1:
        return low in {"i", "a"}
    if low in lx.NOT_NAMES:
        return True
    if not t.cap:
        return t.text not in PARTICLES
    if sentence_initial and low not in lx.TITLES and low not in lx.MALE_NAMES \
            and low not in lx.FEMALE_NAMES and not _place(low) and low not in lx.ORGANISATIONS:
        return low in lower_words or low.endswith("ly")
    return False


def _place(low: str) -> bool:
    if low in lx.PLACE_ALIASES or low in lx.COUNTRIES or low in lx.US_STATES \
            or low in lx.CITIES or low in lx.REGIONS:
        return True
    head, _, rest = low.partition(" ")
    return head in lx.COMPASS and bool(rest) and _place(rest)


def _role_end(words: list[str]) -> int:
    """Number of leading words that form a title ("former us president"), or 0."""
    end = unknown = 0
    for i, w in enumerate(words):
        if w in HONORIFICS or w in ("dr", "prof"):
            return i + 1  # "Mr. King": a name always follows
        if w in lx.TITLES or (i == 0 and w in lx.ROLE_NOUNS and len(words) >= 3) \
                or w in lx.PARTIES and i > 0 or (end == i and i > 0 and w in lx.ROLE_NOUNS):
            # ("Chief Executive Dermot Mannion": a role noun right after a title)
            end = i + 1  # "Activist Angela Davis" opening a sentence
        elif w in lx.ROLE_MODIFIERS or w in lx.DEMONYMS or _place(w) or w == "of" \
                or w in lx.ORG_CUES:
            continue
        elif not end and unknown < 3 and w not in lx.MALE_NAMES and w not in lx.FEMALE_NAMES \
                and w not in lx.NOT_NAMES:
            unknown += 1  # "Retired Lt. Gen.", "PolitiFact Executive Director"
        else:
            break
    # "Secretary of State John F. Kerry", "Secretary of Defense Leon Panetta"
    while 0 < end < len(words) - 2 and words[end] == "of" and (
            words[end + 1] in lx.ROLE_MODIFIERS or words[end + 1] in lx.ORG_CUES or _place(words[end + 1])):
        end += 2
    return end


def _person_context(body: str, sp: _Span) -> bool:
    if _SIGNATURE.search(body, max(0, sp.start - 4), sp.start) and _LINE_END.match(body, sp.end):
        return True  # “…” ― Veronica Cruz
    if len(sp.tokens) == 1:
        # one word alone needs a cue verb: "Caddell said", but "Loki, the …" says nothing
        return _next_word(body, sp.end) in lx.SPEECH_VERBS or _prev_word(body, sp.start) in lx.SAYING
    before = body[max(0, sp.start - 30): sp.start].lower().split()
    if before and before[-1].strip(",") in lx.ROLE_NOUNS:
        return True
    after = body[sp.end: sp.end + 12]
    if _APPOSITIVE.match(after):
        return True
    if _AGE.match(body, sp.end):
        return True  # "Quina Jones, 25,"
    return _next_word(body, sp.end) in lx.SPEECH_VERBS or _prev_word(body, sp.start) in lx.SPEECH_VERBS


def _next_word(body: str, i: int) -> str:
    m = _NEXT_WORD.match(body, i, i + 30)
    return m.group(1) if m else ""


def _prev_word(body: str, i: int) -> str:
    m = _PREV_WORD.search(body, max(0, i - 20), i)
    return m.group(1) if m else ""


# ---------------------------------------------------------------------------------------
# Aliases within one article
# ---------------------------------------------------------------------------------------

def _resolve(spans: list[_Span]) -> list[Mention]:
    """Mentions with `name` set to the fullest form the article uses for each referent."""
    # Unknown runs ("Rucker Culpepper") are people when the article shows it: a role or
    # speech verb next to them, or their last word used alone elsewhere ("Culpepper said").
    alone = {sp.tokens[0].low for sp in spans if len(sp.tokens) == 1}
    # "Boeing said" next to "Boeing Commercial Airplanes" or "Boeing 777": a company
    firms = {sp.tokens[0].low for sp in spans if sp.kind == "organization" and len(sp.tokens) > 1} \
        | {sp.tokens[0].low for sp in spans if sp.model}
    # ... but not a famous surname borrowed by a phrase ("Team Trump" next to Donald Trump)
    taken = {sp.tokens[-1].low for sp in spans if sp.kind == "person" and len(sp.tokens) > 1}
    for sp in spans:
        if sp.kind == "maybe":
            last = sp.tokens[-1].low
            sp.kind = "person" if sp.context or (last in alone and last not in taken) else ""
    spans = [sp for sp in spans if sp.kind]
    fulls = sorted({tuple(sp.words()) for sp in spans if sp.kind == "person" and len(sp.tokens) > 1})
    names = _person_names(fulls)
    # Each word that can stand alone for a full name (its last or first word, or a tail
    # such as "bin Laden") → the full names that carry it, where and with what role.
    index: dict[tuple[str, ...], dict[str, _Holder]] = {}
    for sp in spans:
        words = tuple(sp.words())
        if sp.kind != "person" or len(words) < 2:
            continue
        low = tuple(w.lower() for w in words)
        if _place(low[0]) or low[0] in lx.NOT_NAMES:
            continue  # not a given name: "Florida Friday" is no one's name
        name = names[words]
        for key in {low[i:] for i in range(1, len(low))} | {low[:1]}:
            holder = index.setdefault(key, {}).setdefault(name, _Holder(name))
            holder.add(sp)
    # How often the article names each person unambiguously: in full or by a given name
    # only one of them has ("Hillary" next to "Bill Clinton").
    support: Counter[str] = Counter()
    firsts: dict[str, set[str]] = defaultdict(set)
    for words, name in names.items():
        support[name] += 0
        firsts[words[0].lower()].add(name)
    for sp in spans:
        if sp.kind == "person" and len(sp.tokens) > 1:
            support[names[tuple(sp.words())]] += 1
        elif len(sp.tokens) == 1 and len(firsts.get(sp.tokens[0].low, ())) == 1:
            support[next(iter(firsts[sp.tokens[0].low]))] += 1
    # The gender each short form shows anywhere in the article ("Mr. Obama"): a bare
    # "President Obama" there is not Michelle Obama either.
    shown: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for sp in spans:
        key = tuple(t.low for t in sp.tokens)
        if key in index and tuple(sp.words()) not in names:
            gender = _gender(sp)
            if gender:
                shown[key].add(gender)
    out: list[Mention] = []
    for sp in spans:
        words = tuple(sp.words())
        text = " ".join(words)
        kind = sp.kind
        name = text
        if kind in ("person", "single") or len(words) == 1:
            # a surname beats the gazetteer ("Jordan" after "Rep. Jim Jordan"), but only
            # for a full name that is surely a person's
            strict = _place(text.lower()) or text.lower() in lx.ORGANISATIONS
            match = names.get(words) or _alias_of(sp, index, support, strict=strict, shown=shown)
            if match:
                kind, name = "person", match
            elif kind == "single":
                low = words[0].lower()
                if _place(low):
                    kind = "place"
                elif low in lx.ORGANISATIONS or low in lx.ORG_CUES and sp.after_the or low in firms:
                    kind = "organization"  # "the Times", "the Post", "Boeing"
                elif sp.context and low not in lx.TITLES and low not in lx.ORG_CUES \
                        and low not in lx.PLACE_CUES and not _SHOUT.fullmatch(words[0]) \
                        and (low in _GIVEN or not low.endswith(_COMMON_ENDS)) \
                        and not (sp.sentence_start and low.endswith("s")):
                    # (a capitalised plural opening a sentence is a group: "Syrians said")
                    kind = "person"
                else:
                    continue
        if kind == "place":
            name = lx.PLACE_ALIASES.get(text.lower(), text)
        out.append(Mention(sp.start, sp.end, text, kind, name, sp.role))
    return out


def _person_names(fulls: list[tuple[str, ...]]) -> dict[tuple[str, ...], str]:
    """Each multi-word name → the fullest variant ("Paul Ryan" → "Paul D. Ryan")."""
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for w in fulls:
        by_last.setdefault(w[-1].lower(), []).append(w)
    out: dict[tuple[str, ...], str] = {}
    for w in fulls:
        best = w
        for v in by_last[w[-1].lower()]:
            if len(v) > len(best) and _same_full(v, w):
                best = v
        out[w] = " ".join(best)
    return out


@dataclass
class _Holder:
    """A full name one short form may stand for: where the article uses it, and what the
    text shows of the person's gender and titles."""

    name: str
    at: list[int] = field(default_factory=list)  # in text order
    gender: str | None = None
    titles: set[str] = field(default_factory=set)
    sure: bool = False  # a given name or a role shows it is a person's name

    def add(self, sp: _Span) -> None:
        self.at.append(sp.start)
        self.gender = self.gender or _gender(sp)
        self.titles |= _role_words(sp.role)
        self.sure = self.sure or bool(_gender(sp) or sp.role)


def _alias_of(sp: _Span, index: dict[tuple[str, ...], dict[str, _Holder]],
              support: Counter[str], strict: bool = False,
              shown: dict[tuple[str, ...], set[str]] | None = None) -> str | None:
    """The full name a short form stands for: one of the same gender and role if the text
    shows them ("Mr. Obama", "President Obama"), the one the article names most, then the
    nearest before, else the first after. None when only someone of the other gender
    carries the name ("Mr. Obama" where the article names only Michelle Obama)."""
    key = tuple(t.low for t in sp.tokens)
    holders = list(index.get(key, {}).values())
    if strict:
        holders = [h for h in holders if h.sure]
    if not holders:
        return None
    gender = _gender(sp)
    if gender is None and shown and len(shown.get(key, ())) == 1:
        gender = next(iter(shown[key]))  # the one gender this short form shows elsewhere
    if gender:
        holders = [h for h in holders if h.gender in (gender, None)]
        if not holders:
            return None
    titles = _role_words(sp.role)
    if titles:
        holders = [h for h in holders if titles & h.titles] or holders
    top = max(support[h.name] for h in holders)
    holders = [h for h in holders if support[h.name] == top]
    if len(holders) == 1:
        return holders[0].name
    # the nearest before: the holder whose last use before this one is latest
    def last_before(h: _Holder) -> int:
        i = bisect.bisect_right(h.at, sp.start)
        return h.at[i - 1] if i else -1
    best = max(holders, key=last_before)
    if last_before(best) >= 0:
        return best.name
    return min(holders, key=lambda h: h.at[0]).name


def _gender(sp: _Span) -> str | None:
    first = sp.tokens[0].low
    words = _role_words(sp.role) | {sp.honorific}
    if words & lx.MALE_WORDS or first in lx.MALE_NAMES:
        return "male"
    if words & lx.FEMALE_WORDS or first in lx.FEMALE_NAMES:
        return "female"
    return None


# ---------------------------------------------------------------------------------------
# Folding across articles
# ---------------------------------------------------------------------------------------

def fold(analyses: Sequence[Analysis]) -> list[Entity]:
    """One entity per real-world referent across all articles, aliases folded."""
    # One kind per name: the one most of its mentions have ("Boeing said" read as a person
    # in one article, a company in five others).
    # Counted by spelling first: far fewer spellings than mentions.
    spelled = Counter((m.name, m.kind) for a in analyses for m in a.mentions)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    for (name, kind), n in spelled.items():
        kinds[name.lower()][kind] += n
    kind_of = {name: max(sorted(c), key=lambda k: c[k]) for name, c in kinds.items()}
    key_of = {name: (kind_of[name.lower()], name) for name, _ in spelled}
    groups: dict[tuple[str, str], list[tuple[str, Mention, int]]] = defaultdict(list)
    for a in analyses:
        starts = [s.start for s in a.sentences]
        source = a.article.id
        for m in a.mentions:
            index = max(0, bisect.bisect_right(starts, m.start) - 1)
            groups[key_of[m.name]].append((source, m, index))
    parent = {k: k for k in groups}

    def root(k: tuple[str, str]) -> tuple[str, str]:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    # Full names: the same surname and compatible given names (Osama / Usama bin Laden).
    by_last: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for k in sorted(groups):
        words = k[1].split()
        if k[0] == "person" and len(words) > 1:
            by_last[words[-1].lower()].append(k)
    for keys in by_last.values():
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                if _same_full(tuple(a[1].split()), tuple(b[1].split())):
                    parent[root(b)] = root(a)
    # A surname alone joins one full name: the one whose role it shares, else the most
    # mentioned ("Obama" → Barack Obama, not Michelle Obama).
    size: Counter[tuple[str, str]] = Counter()
    titles: dict[tuple[str, str], set[str]] = defaultdict(set)
    for x, rows in groups.items():
        r = root(x)
        size[r] += len(rows)
        for _, m, _ in rows:
            if m.role:
                titles[r] |= _role_words(m.role)
    for k in sorted(groups):
        if k[0] != "person" or len(k[1].split()) > 1:
            continue
        owners = {root(o) for o in by_last.get(k[1].lower(), [])}
        if not owners:
            continue
        roles = {w for _, m, _ in groups[k] for w in _role_words(m.role)}
        best = max(sorted(owners), key=lambda o: (bool(roles & titles[o]), size[o]))
        parent[root(k)] = best
    # Organisations and places: the same name in any case.
    seen: dict[tuple[str, str], tuple[str, str]] = {}
    for k in sorted(groups):
        if k[0] != "person":
            key = (k[0], k[1].lower())
            if key in seen:
                parent[root(k)] = root(seen[key])
            else:
                seen[key] = k
    # An acronym joins the one organisation whose initials it spells (NRA, National Rifle
    # Association).
    by_initials: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for k in groups:
        if k[0] == "organization" and len(k[1].split()) > 1:
            by_initials[_initials(k[1])].add(k)
    for k in sorted(groups):
        if k[0] == "organization" and k[1].isupper() and len(by_initials.get(k[1], ())) == 1:
            parent[root(k)] = root(next(iter(by_initials[k[1]])))
    merged: dict[tuple[str, str], list[tuple[str, Mention, int]]] = defaultdict(list)
    for k, rows in groups.items():
        merged[root(k)].extend(rows)
    described = _descriptions(analyses)
    entities = []
    for (kind, _), rows in merged.items():
        if len(rows) == 1:  # most names are mentioned once: the same entity, made directly
            source, m, index = rows[0]
            aliases = {m.text} if m.text != m.name else set()
            if kind == "person":
                aliases |= described.get(m.name, set())
            entities.append(Entity(m.name, kind, tuple(sorted(aliases)), m.role or None,
                                   (Ref(source, m.start, m.end, index),)))
            continue
        names = Counter(m.name for _, m, _ in rows)
        # the most used full name, not a one-off variant ("Crooked Hillary Clinton")
        name = max(names, key=lambda n: (len(n.split()) > 1, names[n], len(n.split()), n))
        aliases = sorted({n for n in names if n != name} | {m.text for _, m, _ in rows if m.text != name}
                         | (set().union(*(described.get(n, set()) for n in names)) if kind == "person" else set()))
        roles = Counter(m.role for _, m, _ in rows if m.role)
        role = max(roles, key=lambda r: (roles[r], len(r), r)) if roles else None
        refs = tuple(sorted((Ref(src, m.start, m.end, idx) for src, m, idx in rows),
                            key=lambda r: (r.source, r.start, r.end)))
        entities.append(Entity(name, kind, tuple(aliases), role, refs))
    entities.sort(key=lambda e: (KIND_ORDER.get(e.kind, 9), -len(e.mentions), e.name))
    return entities


def _descriptions(analyses: Sequence[Analysis]) -> dict[str, set[str]]:
    """The role nouns a speaker is named by where quoted ("the Russian president"), by name:
    the reader looking for "the Russian leader" finds the person under it."""
    out: dict[str, set[str]] = defaultdict(set)
    for a in analyses:
        for q in a.quotes:
            if q.speaker and q.speaker_start is not None and q.speaker_end is not None:
                words = a.article.body[q.speaker_start: q.speaker_end].split()
                if len(words) >= 2 and words[0].lower() == "the":
                    out[q.speaker].add(" ".join(["the", *words[1:]]))
    return out


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _role_words(role: str | None) -> set[str]:
    """The titles in a role, in one spelling: "Sen." and "Senator" are one office."""
    if not role:
        return set()
    words = {w.lower().rstrip(".") for w in role.split()} & lx.TITLES
    return {_TITLE_SPELLING.get(w, w) for w in words}


def _same_full(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two full names with one surname for the same person: equal, one a particle tail of
    the other ("bin Laden"), the same given name ("Paul D. Ryan"), or a one-letter variant."""
    la, lb = [w.lower() for w in a], [w.lower() for w in b]
    if len(la) < len(lb):
        la, lb = lb, la
    if la == lb:
        return True
    if la[-1] != lb[-1]:
        return False
    if lb[0] in PARTICLES and la[-len(lb):] == lb:
        return True
    return la[0] == lb[0] or (len(la) == len(lb) and la[1:] == lb[1:] and _close(la[0], lb[0]))


def _close(x: str, y: str) -> bool:
    """One letter apart and long enough not to join different people (Osama / Usama, but
    not Mark / Mary or Ivana / Ivanka)."""
    return len(x) == len(y) >= 5 and sum(c != d for c, d in zip(x, y)) == 1
