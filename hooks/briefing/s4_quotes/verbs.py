"""Which words are verbs where they stand: a speech verb used as a verb (not "a statement",
"Trump's tweet"), any verb form ("barked", "shot"), and where a clause begins; read by the
attribution rules (`cues`, `subjects`).
"""

from __future__ import annotations

import bisect

from briefing import lexicon as lx
from briefing.model import Mention
from briefing.s4_quotes.index import ArticleIndex


def speech_verb_at(toks: list[tuple[int, int, str]], v: int) -> bool:
    """A speech verb used as a verb, or the first word of a two-word cue ("put it")."""
    word = toks[v][2].lower()
    if word in lx.SPEECH_VERBS:
        # "measures added by Republicans": a participle, no one speaking
        return not noun_use(toks, v) and not (v + 1 < len(toks) and toks[v + 1][2].lower() == "by")
    return v + 1 < len(toks) and (word, toks[v + 1][2].lower()) in lx.SPEECH_PHRASES


def base_form(word: str) -> bool:
    low = word.lower()
    return not low.endswith(("s", "ed", "ing")) and low not in lx.PAST_SAYING


def noun_use(toks: list[tuple[int, int, str]], v: int) -> bool:
    """ "Trump's tweet", "a statement", "the report", "United States": no verb here."""
    if toks[v][2][:1].isupper():
        return v > 0 or toks[v][2].lower() not in lx.INVERTING
    if v == 0:
        return False
    prev = toks[v - 1][2]
    if prev.lower() == "another" and (toks[v][2].lower().endswith("ed") or toks[v][2].lower() in lx.PAST_SAYING):
        return False  # "Another tweeted, “…”": someone else spoke
    if v > 1 and toks[v - 2][2].lower() in ("a", "an") and base_form(toks[v][2]):
        return True  # "a declarative answer" (a friend "answers")
    return (
        prev.lower() in lx.DETERMINERS
        or prev.lower() in lx.PREPOSITIONS - {"to"}
        or prev.endswith(("’s", "'s", "s’", "s'"))
    )


def any_verb(word: str) -> bool:
    """A lower-case word that may be a verb in the past or present: "barked", "fumes", "shot"."""
    low = word.lower()
    if not word[:1].islower() or len(low) < 3:
        return False
    return (
        low in lx.SAID_IRREGULARLY or low.endswith("ed") or (low.endswith("s") and not low.endswith(("ss", "us", "is")))
    )


def clause_start(toks: list[tuple[int, int, str]], i: int) -> int:
    """The first token of the clause holding token i: after the last comma or semicolon."""
    while i > 0 and toks[i - 1][2] not in (",", ";"):
        i -= 1
    return i


def person_ending(art: ArticleIndex, end: int) -> Mention | None:
    """The person named by a mention that ends at `end`."""
    i = bisect.bisect_left(art.mention_starts, end) - 1
    while i >= 0 and art.mentions[i].start > end - 80:
        m = art.mentions[i]
        if m.end == end and m.kind == "person":
            return m
        i -= 1
    return None


def skip_parenthesis(toks: list[tuple[int, int, str]], k: int) -> int:
    """The token after "(D-Wis.)" when one starts at k."""
    if k < len(toks) and toks[k][2] == "(":
        for n in range(k + 1, min(len(toks), k + 8)):
            if toks[n][2] == ")":
                return n + 1
    return k
