"""Tell what a run of capitalised words names — a person, an organisation, a place, or
nothing — by gazetteers, cue words and the words around it, and split a title in front
("Russian Foreign Minister Sergey Lavrov") off as the person's role.
"""

from __future__ import annotations

import re

from briefing import lexicon as lx
from briefing.s3_names.capitals import Span, Token

_INITIAL = re.compile(r"[A-Z]\.")
_MODEL = re.compile(r" [A-Z]?\d{2,}")
_ROLE_WORDS = lx.TITLES | lx.ROLE_MODIFIERS | lx.ROLE_NOUNS
GIVEN = lx.MALE_NAMES | lx.FEMALE_NAMES
_AGE = re.compile(r", \d{1,3},")
_SIGNATURE = re.compile(r"[―—–-]\s*$")
# What ends a line, as for paragraphs (load): \n, \r (a file from an old Mac), \r\n, and the rest.
_BREAKS = "\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029"
_LINE_END = re.compile(rf"[^\S{_BREAKS}.]*\.?[^\S{_BREAKS}]*(?:[{_BREAKS}]|$)")
_STATE_AFTER = re.compile(r", ((?:[A-Z][a-z]+ )?[A-Z][a-z]+\.?|[A-Z]\.[A-Z]\.)(?=[,.;:)]|$)", re.M)
# A capital inside a word that is no name prefix (Mc, Mac, O', De, La, Di, Van).
_CAMEL = re.compile(r"(?!Mc|Mac|O'|O’|De|Du|La|Le|Di|Da|Van|Von)[A-Z][a-z]+[A-Z]")
_NEXT_WORD = re.compile(r",?\s+(?:also\s+|then\s+|later\s+)?([a-z]+)")
_PREV_WORD = re.compile(r"([a-z]++)\s++$")  # possessive: no shorter run ends at $ either
_LOWER_ROLE = re.compile(r"\b(?:former|then|ex|late|outgoing|incoming|acting)[- ]$")
_APPOSITIVE = re.compile(r",\s+(?:a|an|the|who|whose|his|her)\b")
# The place gazetteers as one set: `place` is asked about nearly every word of every run.
_PLACES = frozenset(lx.PLACE_ALIASES) | lx.COUNTRIES | lx.US_STATES | lx.CITIES | lx.REGIONS


def classify(body: str, sp: Span, lower_words: set[str]) -> Span | None:
    """The run as a name of some kind (its front trimmed, a title split off as the role), or
    None; "single" and "maybe" runs are decided once the article's people are known."""
    toks = sp.tokens
    # Sentence openers, weekdays, demonyms: peel them off the front, unless they open a
    # title ("Russian President Vladimir Putin").
    while (
        toks
        and _not_a_name(toks[0], sp.sentence_start and toks[0] is sp.tokens[0], lower_words)
        and not _role_end([t.low for t in toks])
        and not _given_month(toks)
    ):
        toks = toks[1:]
    if not toks:
        return None
    if toks is not sp.tokens:
        sp = Span(toks, sp.sentence_start and toks[0] is sp.tokens[0])
    # (else the run from `capitals` is taken as it is: nothing is set on it yet)
    words = [t.low for t in toks]
    low = " ".join(words)  # sp.low()
    last = words[-1]
    if low in lx.ORGANISATIONS:
        return _kind(sp, "organization")
    if place(low):
        return _kind(sp, "place")
    # A title in front makes the rest a person's name and the front their role.
    cut = _role_end(words) if len(words) > 1 else 0  # (one word leaves no name after a title)
    rest = toks[cut:] if cut else []
    if (
        rest
        and any(t.cap for t in rest)
        and (rest[0].low not in lx.NOT_NAMES or _given_month(rest))
        and (words[cut - 1] in lx.HONORIFICS or not all(t.low in _ROLE_WORDS for t in rest))
        and last not in lx.ORG_CUES
        and last not in lx.OTHER_CUES
        and last not in lx.PLACE_CUES
    ):
        # "President Obama Speech at …": a common word is not part of the name
        while len(rest) > 1 and rest[-1].low in lower_words:
            rest = rest[:-1]
        out = Span(rest, False, "person")
        out.honorific = words[cut - 1]
        if words[cut - 1] not in lx.HONORIFICS or cut > 1:
            before = _LOWER_ROLE.search(body, max(0, toks[0].start - 12), toks[0].start)
            out.role = body[before.start() if before else toks[0].start : toks[cut - 1].end]
        return out
    if len(toks) > 1 and (last in lx.ORG_CUES or (words[0] in lx.ORG_HEADS and "of" in words)):
        return _kind(sp, "organization")
    if last in lx.OTHER_CUES:
        return None
    if (len(toks) > 1 and (last in lx.PLACE_CUES or words[0] in lx.PLACE_HEADS)) or (
        (state := _STATE_AFTER.match(body, sp.end)) and place(state.group(1).lower())
    ):
        return _kind(sp, "place")  # "Fort Wayne", "Kenansville, N.C.", "Flint, Michigan"
    if len(toks) == 1:
        t = toks[0]
        if t.text.isupper() and 2 <= len(t.text.replace(".", "")) <= 6:
            if len(t.low) >= 4 and t.low in lower_words:
                return None  # a word shouted ("TEXT", "CHANGE") that the article also writes small
            return _kind(sp, "organization")
        if _CAMEL.match(t.text):
            return _kind(sp, "organization")  # PolitiFact, YouTube
        sp.context = _person_context(body, sp)
        sp.after_the = body[max(0, sp.start - 4) : sp.start] in ("the ", "The ")
        sp.model = bool(_MODEL.match(body, sp.end))
        return _kind(sp, "single")  # decided once the article's people are known
    if all(w in lx.NOT_NAMES for w in words):
        return None
    if last in lx.PARTY_MEMBERS:
        return _kind(sp, "organization")  # "Senate Democrats", "LGBT Republicans"
    if last in lx.PARTIES or all(w in _ROLE_WORDS for w in words) or (last in lx.TITLES and words[0] not in GIVEN):
        return None  # "Iowa Republican", "Assistant Secretary", "Airbus President": no name
    if sum(t.text.isupper() for t in toks) >= 3:
        return None  # "CONGRESS HAS INVESTIGATED HIM": a shouted heading
    given = next((i for i in range(1, len(words) - 1) if words[i] in GIVEN), 0)
    if given and words[0] not in GIVEN:
        # "Maricopa County Recorder Helen Purcell", "Filmmaker Jack Marino": what comes
        # before a given name is a role or nothing
        front = toks[:given]
        out = Span(toks[given:], False, "person")
        if any(t.low in _ROLE_WORDS for t in front):
            out.role = body[front[0].start : front[-1].end]
        return out
    if any(t.text.isupper() and len(t.text) > 1 and "." not in t.text for t in toks):
        if all(t.text.isupper() and (t.low in lower_words or t.low in lx.NOT_NAMES) for t in toks):
            return None  # words shouted ("PROGRAM TRADING", "WE WIN"), not a name
        return _kind(sp, "organization")  # "RT America", "USA TODAY", "TD Ameritrade"
    if (
        words[0] in GIVEN
        or any(w in lx.PARTICLES for w in words)
        or (len(toks) == 3 and _INITIAL.fullmatch(toks[1].text))
    ):
        return _kind(sp, "person")  # "Lawrence B. Cummings": a middle initial
    # Unknown runs of two to four words may be people, unless some word is also used as a
    # common word in the article ("Terrorist International"); `fullnames.resolve` decides.
    if len(toks) <= 4 and not any(w in lower_words for w in words) and not place(last):
        sp.context = _person_context(body, sp)
        return _kind(sp, "maybe")
    return None


def _kind(sp: Span, kind: str) -> Span:
    sp.kind = kind
    return sp


def _given_month(toks: list[Token]) -> bool:
    """Whether the run opens with a month that is a given name here: a surname follows ("Jan
    Brewer"), and it is not written as the abbreviation ("Jan.")."""
    return (
        len(toks) > 1
        and toks[0].low in lx.GIVEN_NAME_MONTHS
        and not toks[0].text.endswith(".")
        and toks[1].cap
        and toks[1].low not in lx.NOT_NAMES
    )


def _not_a_name(t: Token, sentence_initial: bool, lower_words: set[str]) -> bool:
    low = t.low
    if t.text.isupper() and len(t.text) > 1:
        return low in {"i", "a"}
    if low in lx.NOT_NAMES:
        return True
    if not t.cap:
        return t.text not in lx.PARTICLES
    if (
        sentence_initial
        and low not in lx.TITLES
        and low not in lx.MALE_NAMES
        and low not in lx.FEMALE_NAMES
        and not place(low)
        and low not in lx.ORGANISATIONS
    ):
        return low in lower_words or low.endswith("ly")
    return False


def place(low: str) -> bool:
    """A lower-case name in the gazetteers of places, or a compass point before one."""
    if low in _PLACES:
        return True
    if " " not in low:
        return False
    head, _, rest = low.partition(" ")
    return head in lx.COMPASS and bool(rest) and place(rest)


def _role_end(words: list[str]) -> int:
    """Number of leading words that form a title ("former us president"), or 0."""
    end = unknown = 0
    for i, w in enumerate(words):
        if w in lx.HONORIFICS or w in ("dr", "prof"):
            return i + 1  # "Mr. King": a name always follows
        if (
            w in lx.TITLES
            or (i == 0 and w in lx.ROLE_NOUNS and len(words) >= 3)
            or (w in lx.PARTIES and i > 0)
            or (end == i and i > 0 and w in lx.ROLE_NOUNS)
        ):
            # ("Chief Executive Dermot Mannion": a role noun right after a title)
            end = i + 1  # "Activist Angela Davis" opening a sentence
        elif w in lx.ROLE_MODIFIERS or w in lx.DEMONYMS or place(w) or w == "of" or w in lx.ORG_CUES:
            continue
        elif not end and unknown < 3 and w not in lx.MALE_NAMES and w not in lx.FEMALE_NAMES and w not in lx.NOT_NAMES:
            unknown += 1  # "Retired Lt. Gen.", "PolitiFact Executive Director"
        else:
            break
    # "Secretary of State John F. Kerry", "Secretary of Defense Leon Panetta"
    while (
        0 < end < len(words) - 2
        and words[end] == "of"
        and (words[end + 1] in lx.ROLE_MODIFIERS or words[end + 1] in lx.ORG_CUES or place(words[end + 1]))
    ):
        end += 2
    return end


def _person_context(body: str, sp: Span) -> bool:
    if _SIGNATURE.search(body, max(0, sp.start - 4), sp.start) and _LINE_END.match(body, sp.end):
        return True  # “…” ― Veronica Cruz
    if len(sp.tokens) == 1:
        # one word alone needs a cue verb: "Caddell said", but "Loki, the …" says nothing
        return _next_word(body, sp.end) in lx.SPEECH_VERBS or _prev_word(body, sp.start) in lx.SAYING
    before = body[max(0, sp.start - 30) : sp.start].lower().split()
    if before and before[-1].strip(",") in lx.ROLE_NOUNS:
        return True
    after = body[sp.end : sp.end + 12]
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
