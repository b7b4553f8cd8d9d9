"""Dates that name something rather than tell when the clause's event happened: a year that is
part of a thing's name ("records from a 2000 summit have surfaced") and an era or aftermath a
date starts ("the early post-9/11 era", "the aftermath of the 9/11 attacks").
"""

from __future__ import annotations

import re

from briefing import lexicon as lx
from briefing.model import Timex
from briefing.s1_read import sentences as sentence_split
from briefing.s2_dates.reference import tense_cues

_YEAR = re.compile(r"\d{4}")
# A determiner or a possessive right before the year: "a 2000 summit", "Trump's 1995 tax return".
_DETERMINED = re.compile(
    r"(?:\b(?:" + "|".join(sorted(lx.DETERMINERS - {"one"} | {"these", "those"})) + r")|\w['’]s)[ \t]+$", re.I
)
# A preposition of time before that determiner: "in the 2008 season".
_TIMED = re.compile(r"\b(?:" + "|".join(sorted(lx.TIME_PREPOSITIONS)) + r")[ \t]+$", re.I)
# Up to three words after the year, the first a word of letters: the noun it names and its head.
_NOUN_AFTER = re.compile(r"[ \t]+((?:[A-Za-z][\w.-]*)(?:[ \t]+[A-Za-z][\w.-]*){0,2})")
_OWNER = re.compile(r"(?:[A-Z][\w.'’-]*[ \t]+)*[A-Z][\w.'’-]*$")  # the name before "'s"
_WORD = re.compile(r"[A-Za-z][\w-]*")
_NO_NOUN = frozenset("and nor through until till".split())
_LOWER_WORD = re.compile(r"[a-z]+")
# Irregular past forms that are not also the present ("found", "wrote"; not "put", "cut").
_PAST_ONLY = lx.PAST_VERBS - frozenset("put cut set let hit quit shut split spread bid cost".split())
# "post-" or "pre-" right before the date, or "the aftermath of" not opening a phrase of time
# ("in the aftermath of the 9/11 attacks, X began" dates X after 9/11).
_ERA_PREFIX = re.compile(r"\b(?:post|pre)-$", re.I)
_AFTERMATH = re.compile(r"(?<!\bin )\bthe[ \t]+aftermath[ \t]+of[ \t]+(?:the[ \t]+)?$", re.I)
_ERA_NOUN_AFTER = re.compile(r"(?:[ \t]+[\w-]+)?[ \t]+(?:" + "|".join(sorted(lx.ERA_NOUNS)) + r")\b", re.I)


def names_only(body: str, t: Timex) -> bool:
    """Whether a date only names something in its sentence and tells nothing of when the
    clause's event happened: a year naming a thing in a clause of now or to come, or an era."""
    return names_an_era(body, t) or names_a_thing(body, t)


def names_an_era(body: str, t: Timex) -> bool:
    """ "the early post-9/11 era", "the pre-2008 world", "the aftermath of the 9/11 attacks"
    (as a thing, not after "in")."""
    lo = max(0, t.start - 40)
    if _AFTERMATH.search(body, lo, t.start):
        return True
    return _ERA_PREFIX.search(body, lo, t.start) is not None and _ERA_NOUN_AFTER.match(body, t.end) is not None


def names_a_thing(body: str, t: Timex) -> bool:
    """A bare year before a noun, after a determiner ("a 2000 summit", "the 2016 election"),
    in a clause whose verb tells of now or what is to come ("records from a 2000 summit have
    surfaced", "will rename it for the 2008 model"). Told in the past ("he won the 2016
    election"), the year is the best date the clause has, and it stays; after a preposition
    of time ("in the 2008 season") or before a period's figures ("its 2006 profit") it dates."""
    if not _YEAR.fullmatch(t.text):
        return False
    determiner = _DETERMINED.search(body, max(0, t.start - 20), t.start)
    after = _NOUN_AFTER.match(body, t.end)
    if determiner is None or after is None:
        return False
    words = [w.lower() for w in _WORD.findall(after.group(1))]
    if words[0] in lx.PHRASE_STOPS or words[0] in _NO_NOUN or words[0] in lx.MONTHS or words[0] in lx.AUXILIARIES:
        return False  # "in 2000 and 2001", "the 2000 was", a month: no noun named
    if any(w in lx.YEAR_PERIOD_NOUNS or w in lx.RESULT_WORDS for w in words):
        return False
    # (Before a possessive, past the name it follows: "since President Obama's 2008 election".)
    owner = _OWNER.search(body, max(0, determiner.start() - 60), determiner.start())
    phrase = owner.start() if owner else determiner.start()
    opening = owner.group().split(maxsplit=1)[0].lower() if owner else ""  # "Since President Obama's"
    if opening in lx.TIME_PREPOSITIONS or _TIMED.search(body, max(0, phrase - 20), phrase):
        return False
    return _tense_of(body, t, phrase) >= 0


def _tense_of(body: str, t: Timex, phrase: int) -> int:
    """The tense of the verb whose subject or object holds the year: the nearest verb before
    the phrase when there is one (an object: "they cite the 2000 election"), else the first
    after it (a subject: "a 2014 study shows"). -1 past, 0 now, 1 to come. Any verb of the
    sentence told in the past makes it -1 (parentheses and modals hide which verb is the
    clause's: "the 1920 election, we might recall, was"), as does seeing no verb at all: the
    year then keeps dating."""
    start, end = _sentence(body, t.start)
    low = body.lower()
    # A participle opening the sentence describes its subject ("Declassified records have ..."):
    # no verb of the clause.
    cues = [c for c in tense_cues(low, start, end) if body[start : c[0]].strip(" \t\"'“‘(")]
    if any(c[2] < 0 for c in cues) or any(
        w.group() in _PAST_ONLY and low[max(start, w.start() - 5) : w.start()].split()[-1:] != ["has"]
        for w in _LOWER_WORD.finditer(low, start, end)
    ):
        return -1
    before = [c for c in cues if c[1] <= phrase]
    if before:
        return before[-1][2]
    after = [c for c in cues if c[0] >= t.end]
    return after[0][2] if after else -1


def _sentence(body: str, pos: int) -> tuple[int, int]:
    """The span of the sentence holding pos, split as the pipeline splits its line."""
    start = body.rfind("\n", 0, pos) + 1
    end = body.find("\n", pos)
    for a, b in sentence_split.spans(body, start, len(body) if end < 0 else end):
        if a <= pos < b:
            return a, b
    return start, len(body) if end < 0 else end
