"""Whether a sentence tells a happening (something done, said, changed or scheduled), background
(what had happened before the news: a past perfect, a state "since" a date), a description
of how things are, or only someone's words without the telling of them.

Read from verb forms outside quotation marks, without a parser: a tense or an auxiliary
says which it is ("has won", "was delayed", "will deliver", "had signed", "is the largest").
"""

from __future__ import annotations

import re

from briefing.lexicon import verbs
from briefing.lexicon.speech import SAYING
from briefing.model import Analysis, Event

HAPPENING = "happening"
BACKGROUND = "background"
DESCRIPTION = "description"
QUOTE = "quote"
# What a timeline lists: something that happened, happens or is to happen at a date.
TOLD = frozenset({HAPPENING, BACKGROUND})

# Verbs that report something said or made known: a report is a happening of its day.
REPORTING = SAYING | frozenset(
    [
        "say",
        "announced",
        "announces",
        "announce",
        "reported",
        "reports",
        "confirmed",
        "confirms",
        "stated",
        "states",
        "claimed",
        "claims",
        "revealed",
        "reveals",
        "disclosed",
        "discloses",
        "declared",
        "declares",
        "unveiled",
        "unveils",
        "denied",
        "denies",
        "warned",
        "warns",
        "urged",
        "urges",
        "called",
        "calls",
        "vowed",
        "vows",
        "pledged",
        "pledges",
        "agreed",
        "agrees",
        "criticised",
        "criticized",
        "criticises",
        "criticizes",
        "accused",
        "accuses",
        "described",
        "describes",
        "predicted",
        "predicts",
        "estimated",
        "estimates",
    ]
)
# Simple pasts that are also present or base forms ("cut", "set"): a past only after a subject.
_AMBIGUOUS = frozenset(
    [
        "bet",
        "bid",
        "burst",
        "cast",
        "cost",
        "cut",
        "forecast",
        "hit",
        "hurt",
        "let",
        "put",
        "quit",
        "read",
        "set",
        "shed",
        "shut",
        "split",
        "spread",
        "thrust",
        "upset",
    ]
)
# Words after a participle that make it a modifier rather than a verb with an object.
_MODIFIER_NEXT = frozenset({"to", "by", "in", "for", "with", "as", "at", "on", "from", "into", ",", ")", "—", "–"})
_BE_NOW = frozenset({"is", "are", "am", "'s", "’s"})
_BE_PAST = frozenset({"was", "were"})
_BE_ALL = frozenset({"is", "are", "am", "was", "were", "be", "been", "being", "'s", "’s"})
_HAVE_NOW = frozenset({"has", "have", "'ve", "’ve"})
# A word: letters, with inner hyphens or apostrophes ("so-called", "won't").
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[-'’][A-Za-z0-9]+)*|[,;:()—–]")
_ADVERB = re.compile(
    r"[a-z]{2,}ly$|not|never|also|already|just|since|still|now|then|once|recently|later|finally|often|always|sometimes"
)
_NAMED = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)[ \t]+(?:[a-z-]+[ \t]+)?(?:"
    + "|".join(sorted(verbs.HAPPENING_NOUNS))
    + r")\b"
)
_CONSEQUENCE = re.compile(
    r"\s*(?:This|That|It)[ \t]+(?:brings|means|leaves|puts|makes|gives|raises|lifts|ends|marks|comes|follows|coincides)\b"
)
# Words opening a clause whose date is not the sentence's main one.
_SUBORDINATE = re.compile(r"\b(?:which|who|whose|when|after|following|since|before|than|until|while)\b|\(", re.I)
# "since" just before a date: a state kept up since then, background to the news.
_SINCE = re.compile(r"\bsince\s+(?:the\s+|early\s+|late\s+|mid-?)*$", re.I)


def told(a: Analysis) -> list[Event]:
    """The events of an article a timeline lists: those dated by an expression of their own
    sentence, and those placed on the story's day whose sentence tells a happening."""
    body = a.article.body
    kinds: dict[int, str] = {}
    out = []
    for e in a.events:
        found = kinds.get(e.sentence)
        if found is None:
            found = kinds[e.sentence] = kind(body[e.start : e.end])
        if found in TOLD or (found == DESCRIPTION and names_happening(body[e.start : e.end])):
            out.append(e)
        elif e.start <= e.timex.start < e.end and found != QUOTE:
            # A date the sentence writes dates something, even told as a state ("The first
            # flight of the 777 was in 1994", "It currently produces fifteen brands").
            out.append(e)
    return out


def main_dates(a: Analysis, events: list[Event]) -> dict[int, str]:
    """The date each sentence is listed under when it tells several dated happenings: the main
    clause's, not one in a relative or temporal clause ("The transcript, which took place on
    June 4, 2000, was released on Thursday" is of Thursday); a date the sentence writes beats
    the story's day; else the first."""
    body = a.article.body
    by_sentence: dict[int, list[Event]] = {}
    for e in events:
        by_sentence.setdefault(e.sentence, []).append(e)
    out = {}
    for index, found in by_sentence.items():
        if len(found) == 1:
            out[index] = found[0].date
            continue
        own = [e for e in found if e.start <= e.timex.start < e.end]
        main = [e for e in own if not _subordinate(body, e)] or own or found
        out[index] = main[0].date
    return out


def _subordinate(body: str, e: Event) -> bool:
    """Whether an event's date stands in a relative or temporal clause of its sentence."""
    start = max(e.start, body.rfind(",", e.start, e.timex.start) + 1)
    return _SUBORDINATE.search(body, start, e.timex.start) is not None


def names_happening(text: str) -> bool:
    """Whether a sentence speaks of a happening by name ("the takeover", "This move") or of
    what one brings ("This brings the total to 230"): what it says is about the news."""
    return _NAMED.search(text) is not None or _CONSEQUENCE.match(text) is not None


def kind(text: str) -> str:
    """What a sentence tells: `HAPPENING`, `BACKGROUND`, `DESCRIPTION` or `QUOTE`.

    Quoted words are read like the rest: "We took a big swing and hit a home run" tells what
    happened in the speaker's words; "It is a great day" only describes."""
    tokens = _TOKEN.findall(text)
    words = [t.lower() for t in tokens]
    # A capital inside the sentence starts a name ("Lockheed", "Reed"), never a verb.
    named = {i for i, t in enumerate(tokens) if (i or t.endswith("ed")) and t[:1].isupper()}
    if not any(w[0].isalpha() for w in words):
        return DESCRIPTION
    found = _verbs(words, named)
    if "report" in found or "happening" in found or "future" in found:
        return HAPPENING
    if "perfect-past" in found:
        return BACKGROUND
    # Someone's words that tell nothing: inside a quotation from its start, or up to its end.
    stripped = text.strip()
    if stripped[:1] in '“"‘' or stripped[-1:] in '”"’':
        return QUOTE
    return DESCRIPTION


def background_date(text: str, at: int) -> bool:
    """Whether the date expression at `at` in `text` opens a state kept since ("has outsold
    Boeing since 2003"): the date dates no happening of its own."""
    return _SINCE.search(text, max(0, at - 24), at) is not None


def _verbs(words: list[str], named: set[int] | frozenset[int] = frozenset()) -> set[str]:
    """The kinds of verb groups in a sentence's words (outside quotations, lower-cased; `named`:
    the positions of capitalised words inside it)."""
    found: set[str] = set()
    n = len(words)
    for i, w in enumerate(words):
        prev = words[i - 1] if i else ""
        if i in named:
            continue
        if w in REPORTING and (w not in verbs.STATE_VERBS or prev not in verbs.NOT_SUBJECT) and prev != "to":
            # "had said" is background; "to say" and "the announced plan" report nothing.
            if prev == "had":
                found.add("perfect-past")
            elif prev not in verbs.NOT_SUBJECT or prev in _HAVE_NOW or prev in _BE_PAST:
                found.add("report")
            continue
        if w in verbs.FUTURE:
            j = _skip_adverbs(words, i + 1)
            if j < n and words[j] == "be":
                k = _skip_adverbs(words, j + 1)
                state = k >= n or not (_participle(words[k]) or words[k].endswith("ing"))
                if state and not (k < n and words[k] in verbs.PLANNED):
                    continue  # "will be the first airliner": how things will be
            found.add("future")
            continue
        if w in _BE_NOW or w in _BE_PAST:
            j = _skip_adverbs(words, i + 1)
            nxt = words[j] if j < n else ""
            after = words[j + 1] if j + 1 < n else ""
            if (nxt in verbs.PLANNED and (after == "to" or w in _BE_NOW)) or (nxt == "to" and after.isalpha()):
                found.add("future")  # "is expected to", "are due", "is to visit"
            elif w in _BE_PAST and _participle(nxt):
                found.add("happening")  # "was delayed", "were given"
            elif w in _BE_NOW and _participle(nxt) and after == "to" and nxt not in ("aimed", "designed"):
                found.add("future")  # "is slated to", "are required to"
            elif nxt == "being" and _participle(after):
                found.add("happening")  # "are being used"
            elif nxt.endswith("ing") and len(nxt) > 5 and nxt not in verbs.STATE_VERBS:
                found.add("happening")  # "is preparing", "were being used": under way
            continue
        if w in _HAVE_NOW or w == "had":
            j = _skip_adverbs(words, i + 1)
            nxt = words[j] if j < n else ""
            if not _participle(nxt) and nxt not in ("had", "been"):
                continue  # "has 91 aircraft": possession
            if nxt in ("had", "been"):
                k = _skip_adverbs(words, j + 1)
                if nxt == "had" or k >= n or not _participle(words[k]):
                    continue  # "has had a policy", "has been the largest": a state
            found.add("perfect-past" if w == "had" else "happening")
            continue
        nxt = words[i + 1] if i + 1 < n else ""
        if w == "got" and (prev in _HAVE_NOW or prev.endswith(("'ve", "’ve", "'s", "’s"))):
            continue  # "we've got challenges": possession
        if _after_be(words, i):
            continue  # a participle the "be" before it has read ("are often justified")
        if w in verbs.IRREGULAR_PAST and w not in verbs.STATE_VERBS:
            ambiguous = w in _AMBIGUOUS or w in ("left", "led", "lost", "held")
            if ambiguous and (prev in verbs.NOT_SUBJECT or prev in ("to", ",", "(", "did") or prev in verbs.MODALS):
                continue
            if w in verbs.SAME_PARTICIPLE and nxt in _MODIFIER_NEXT:
                continue  # "the last jet built in California"
            found.add("happening")
            continue
        # After a comma, a participle modifies ("the winglets, designed to improve"); a verb
        # goes on to its object ("the airline, the third largest, signed the deal").
        if (
            _past_ed(w)
            and prev not in verbs.NOT_SUBJECT
            and prev not in verbs.MODALS
            and (prev not in (",", "(", "—", "–") or (i + 1 < n and words[i + 1] not in _MODIFIER_NEXT))
        ):
            found.add("happening")
    return found


def _after_be(words: list[str], i: int) -> bool:
    """Whether a form of "be" comes just before position i (adverbs between)."""
    j = i - 1
    while j >= 0 and _ADVERB.fullmatch(words[j]):
        j -= 1
    return j >= 0 and words[j] in _BE_ALL


def _skip_adverbs(words: list[str], j: int) -> int:
    while j < len(words) and _ADVERB.fullmatch(words[j]):
        j += 1
    return j


def _participle(w: str) -> bool:
    return w in verbs.IRREGULAR_PARTICIPLES or w in verbs.IRREGULAR_PAST or _past_ed(w)


def _past_ed(w: str) -> bool:
    return len(w) >= 5 and w.endswith("ed") and "-" not in w and w not in verbs.ED_ADJECTIVES
