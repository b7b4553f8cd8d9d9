"""Find the runs of capitalised words that may be names: words joined by apostrophes,
hyphens and periods read as one token, possessives and "US-led" ends cut off, particles
("bin", "de") and organisation connectors ("of", "&") kept inside, one linear pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing import lexicon as lx

# No name runs longer; longer capitalised runs are split, which keeps every step linear.
MAX_NAME_WORDS = 8
# Words joined by apostrophes, hyphens, periods or "&" (AT&T, U.S., Al-Qaeda, O'Neill),
# optionally closed by an abbreviation period. Each character is consumed once: linear.
_TOKEN = re.compile(r"\w+(?:[’'.&-]\w+)*\.?|&")
_POSSESSIVE = ("’s", "'s", "’", "'")
# Runs of capitalised words with the small words names carry inside; only these are
# tokenised, so the scan costs one regex pass over the text.
_SMALL = "|".join(sorted(lx.PARTICLES, key=len, reverse=True))
# (A capital is tried before the particles: a run's words mostly start with one, no particle does.)
_RUN = re.compile(
    rf"(?<![\w’'])(?:[A-Z]|(?:{_SMALL})\s[A-Z])[\w’'.&-]*"
    rf"(?:\s(?:(?:of|for|on|and|&|the|{_SMALL})\s){{0,2}}[A-Z][\w’'.&-]*)*"
)
_FIRST_WORD = re.compile(r"\w")
_SKIP = frozenset(w.capitalize() for w in lx.NOT_NAMES - lx.GIVEN_NAME_MONTHS)
_CONTRACTION = re.compile(r"[A-Z][a-z]*[’'](?:ll|m|ve|d|re)")  # I'll, We're
# A nickname between a given name and a surname, in quotation marks: “Bobby”, "Bobby", ‘Bobby’.
_ENDS_NAME = frozenset({"inc", "corp", "co", "llc", "ltd", "plc", "ag", "gmbh", "spa", "nv", "n.v"})
_INITIALS = re.compile(r"(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}")  # U.S., N.V., H.W. (not Forex.com)
_GIVEN = lx.MALE_NAMES | lx.FEMALE_NAMES
# Bodies named by one word ("the Navy"): no first half of a name joined by "and".
_BODIES = frozenset({"navy", "army", "senate", "house", "congress", "parliament", "cabinet"})
_NICK_OPEN = frozenset({" “", ' "', " ‘"})
_NICK_CLOSE = frozenset({"” ", '" ', "’ "})
_NICKNAME_GAP = re.compile(r" [“\"‘][A-Z][\w.-]*[”\"’] ")
# Lower-case prefixes fused to a name by a hyphen ("then-Al-Qaeda", "anti-Trump").
_PREFIX = re.compile(r"(?:then|ex|anti|pro|non|post|pre|neo|pan|mid|un)-(?=[A-Z])")


# The place gazetteers as one set: `place` is asked about nearly every word of every run.
PLACES = (
    frozenset(lx.PLACE_ALIASES)
    | lx.COUNTRIES
    | lx.US_STATES
    | lx.CITIES
    | lx.REGIONS
    | lx.PROVINCES
    | lx.MORE_CITIES
    | lx.MORE_REGIONS
)


def place(low: str) -> bool:
    """A lower-case name in the gazetteers of places (an abbreviation with or without its
    last period: a token is read without it, "N.Y"), or a compass point before one."""
    if low in PLACES or ("." in low and low + "." in PLACES):
        return True
    if " " not in low:
        return False
    head, _, rest = low.partition(" ")
    return head in lx.COMPASS and bool(rest) and place(rest)


class Token:
    """A word of a run, its possessive ending cut off and noted."""

    __slots__ = ("cap", "end", "low", "possessive", "start", "text")

    def __init__(self, start: int, end: int, text: str, possessive: bool = False) -> None:
        self.start, self.end, self.text, self.possessive = start, end, text, possessive
        self.low = text.lower().rstrip(".")  # without possessive or sentence period
        self.cap = text[:1].isupper()


@dataclass(slots=True)
class Span:
    """A run of tokens that may be a name, with what `kinds` and `fullnames` find of it."""

    tokens: list[Token]
    sentence_start: bool
    kind: str = ""
    role: str | None = None
    context: bool = False  # a speech verb or a role noun next to it shows a person
    honorific: str = ""  # "mr", "mrs", "ms" when the name follows one
    after_the: bool = False  # "the" right before it
    name_tail: bool = False  # the end of a longer name: "Democrats for Life", "Paths to Peace"
    model: bool = False  # a model number right after it ("Boeing 777", "Airbus A380")
    # what around it shows an organisation: "noun", "after", "plural" (a verb), "list", or
    # "office" (an office held there follows, then its holder: "Uralsib analyst Chris Weafer")
    org: str = ""

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


def _tokens(body: str, start: int, end: int) -> list[Token]:
    out = []
    for m in _TOKEN.finditer(body, start, end):
        s, text = m.start(), m.group()
        if text.isalnum():
            # Most tokens are plain words: no prefix, possessive, contraction, period or hyphen.
            out.append(Token(s, m.end(), text))
            continue
        pre = _PREFIX.match(text)
        if pre:
            s += pre.end()
            text = text[pre.end() :]
        if text.endswith(("'s.", "’s.")):
            text = text[:-1]  # "it's Mr. Putin's.": the sentence's period after a possessive
        possessive = False
        for p in () if text.lower() in lx.NAMED_POSSESSIVES else _POSSESSIVE:
            if text.endswith(p) and len(text) > len(p):
                text, possessive = text[: -len(p)], True
                break
        if _CONTRACTION.fullmatch(text):
            continue  # I'll, I’m
        if text.endswith(".") and not _keeps_period(text):
            text = text[:-1]
        head, dash, tail = text.rpartition("-")
        if (
            dash
            and head
            and tail[:1].islower()
            and tail not in lx.PARTICLES
            and (head.isupper() or tail.endswith(lx.ADJECTIVE_ENDS) or head.lower() in lx.NOT_NAMES)
        ):
            # "US-led", "Democratic-leaning": the name is the front part, then the name ends
            text = head.split("-")[0]
            out.append(Token(s, s + len(text), text, True))
            continue
        if text:
            out.append(Token(s, s + len(text), text, possessive))
    return out


def _one_name(
    body: str, cur: list[Token], toks: list[Token], after: int, lower_words: frozenset[str] | set[str]
) -> bool:
    """Whether "and" joins two halves of one organisation's name: common words on both sides
    ending in an organisation's cue word ("Securities and Exchange Commission"); an office's
    field of two words ("Department of Health and Human Services", "Office of Management and
    Budget"); or a name after "the" whose first half is no name alone ("the Immigration and
    Naturalization Service"). The second half is never a name of its own: a known name, a
    given name, an acronym, or words the article writes elsewhere."""
    if cur[-1].possessive:
        return False
    the = cur[0].low == "the"
    if the:
        cur = cur[1:]  # "The Department of …" opening a sentence
    if not cur:
        return False
    tail: list[Token] = []
    for j in range(after, min(len(toks), after + 5)):
        t = toks[j]
        if not t.cap or (j > after and t.start != toks[j - 1].end + 1):
            break
        tail.append(t)
        if t.possessive or (t.low in lx.ORG_CUES and j > after):
            break  # the name ends at its cue word ("… Space Company EADS N.V.")
    if not tail or len(tail) > 4:
        return False

    def common(t: Token) -> bool:
        return t.low in lower_words or t.low in lx.ORG_CUES or t.low in lx.NAME_ADJECTIVES

    # (the home country in front is no part of it: "U.S. Securities and Exchange Commission")
    # (nor a name complete alone before "and": "the Navy and Air Force")
    whole = cur[-1].low in lx.KIND_OF_BODY or cur[-1].low in _BODIES
    if lower_words and not whole and all(common(t) or place(t.low) for t in cur if t.cap):
        for j, t in enumerate(tail):
            if t.low in lx.ORG_CUES and j > 0:
                return True
            if not common(t):
                break
    first = tail[0]
    if (
        first.low in lx.ORGANISATIONS
        or place(first.low)
        or first.low in _GIVEN
        or first.low in lx.ORG_HEADS
        or any(t.text.isupper() and len(t.text) > 1 for t in tail)
        or body.count(body[first.start : tail[-1].end]) > 1
    ):
        return False
    words = [t.low for t in cur]
    if "of" in words or "for" in words:
        # "Department of Health and Human Services": the head, then its field in two parts
        at = max(i for i, w in enumerate(words) if w in ("of", "for"))
        field = [t for t in cur[at + 1 :] if t.cap]
        return (
            0 < at <= 2
            and words[0] in lx.ORG_HEADS
            and 0 < len(field) <= 2
            and len(tail) <= 3
            and not place(" ".join(t.low for t in field))
            and not any(t.low in lx.ORGANISATIONS or t.low in _GIVEN or place(t.low) for t in field)
        )
    # "the Environment and Public Works Committee": a cue word ends the name, none is before "and"
    before = body[max(0, cur[0].start - 4) : cur[0].start]
    return (
        len(cur) <= 3
        and (the or before in ("the ", "The ") or cur[0].low in lx.NAME_ADJECTIVES)
        and tail[-1].low in lx.ORG_CUES
        and not any(
            t.low in lx.ORG_CUES or t.low in lx.ORGANISATIONS or t.low in _GIVEN or place(t.low) or t.text.isupper()
            for t in cur
            if t.low not in lx.NAME_ADJECTIVES
        )
    )


def _keeps_period(text: str) -> bool:
    core = text[:-1]
    low = core.lower()
    return (
        (len(core) == 1 and core.isupper())
        or _INITIALS.fullmatch(core) is not None
        or low in lx.TITLES
        or low in {"inc", "corp", "co", "ltd", "jr", "sr", "st", "mt", "ft"}
    )


def spans(body: str, start: int, end: int, lower_words: frozenset[str] | set[str] = frozenset()) -> list[Span]:
    """Runs of capitalised tokens, with particles and organisation connectors inside; an
    "and" between common words of one organisation's name too ("Securities and Exchange
    Commission"), when `lower_words` (the article's lower-case words) says they are common."""
    toks: list[Token] = []
    for m in _RUN.finditer(body, start, end):
        run = m.group()
        if run in _SKIP:
            continue  # "The", "But", "In": most runs are one sentence opener
        if run.isalnum():
            toks.append(Token(m.start(), m.end(), run))  # one plain word: what `_tokens` makes of it
            continue
        toks.extend(_tokens(body, m.start(), m.end()))
    if not toks:
        return []
    out: list[Span] = []
    cur: list[Token] = []
    opener = _FIRST_WORD.search(body, start, end)
    first_word = opener.start() if opener else -1

    def close() -> None:
        nonlocal cur
        while cur and not cur[-1].cap:
            cur.pop()  # a span never ends on a particle or connector
        if cur:
            out.append(Span(cur, cur[0].start == first_word))
        cur = []

    count = len(toks)
    for i, t in enumerate(toks):
        if (
            cur
            and t.cap
            and body[t.start - 2 : t.start] in _NICK_OPEN
            and body[t.end : t.end + 2] in _NICK_CLOSE
            and i + 1 < count
            and toks[i + 1].start == t.end + 2
            and toks[i + 1].cap
        ):
            continue  # a nickname inside the name: Robert C. “Bobby” Scott is Robert C. Scott
        gap = body[cur[-1].end : t.start] if cur else " "
        if gap != " " and not _NICKNAME_GAP.fullmatch(gap):
            close()  # only a plain space (or a nickname in quotation marks) joins two words of one name
        if (
            cur
            and t.cap
            and (
                (cur[-1].low in _ENDS_NAME and t.low not in lx.LEGAL_FORMS)
                or (
                    len(cur) > 1
                    and cur[-1].low in lx.FIRM_ENDS
                    and t.low in _GIVEN
                    and i + 1 < count
                    and toks[i + 1].cap
                )
            )
        ):
            # "Chrysler LLC Jim Press", "Fort Pitt Capital Group Charlie Smith": a company's
            # name ends at its legal form or its cue word before a person's name
            close()
        if t.cap:
            if t.low in lx.WEEKDAYS:
                close()  # "in Florida Friday"
                continue
            if len(cur) >= MAX_NAME_WORDS:
                close()
            cur.append(t)
        else:
            nxt = toks[i + 1] if i + 1 < count else None
            joins = nxt is not None and nxt.cap and body[t.end : nxt.start] == " "
            if (
                (joins and t.text in lx.PARTICLES)
                or (
                    joins
                    and cur
                    and t.low in lx.NAME_CONNECTORS
                    and not cur[-1].possessive
                    and (
                        (cur[-1].low in lx.ORG_HEADS and t.low != "and")
                        or t.low == "&"
                        or (t.low == "the" and cur[-1].low in ("of", "for"))
                    )
                    and nxt is not None
                    and nxt.low not in lx.NOT_NAMES
                )
                or (joins and cur and t.low == "and" and _one_name(body, cur, toks, i + 1, lower_words))
                or (
                    # "Department of the Treasury", "Federal Service for the Financial Markets"
                    cur
                    and cur[-1].low in lx.ORG_HEADS
                    and t.low in ("of", "for")
                    and nxt is not None
                    and nxt.low == "the"
                    and body[t.end : nxt.start] == " "
                    and i + 2 < count
                    and toks[i + 2].cap
                    and body[nxt.end : toks[i + 2].start] == " "
                    and toks[i + 2].low not in lx.NOT_NAMES
                )
            ):
                cur.append(t)
            else:
                close()
                continue
        if t.possessive:
            close()
    close()
    return out
