"""Whether a sentence tells a happening (something done, said, changed or scheduled), background
(what had happened before the news: a past perfect, a state "since" a date), a description
of how things are, or only someone's words without the telling of them.

Read from verb forms, without a parser: a tense or an auxiliary says which it is ("has won",
"was delayed", "will deliver", "had signed", "is the largest"), in the clauses the sentence
tells (not a relative clause describing a noun, a condition, or what someone believes).
"""

from __future__ import annotations

import functools
import re

from briefing.lexicon import verbs
from briefing.lexicon.grammar import PREPOSITIONS
from briefing.lexicon.speech import SAYING
from briefing.model import Analysis, Event

HAPPENING = "happening"
BACKGROUND = "background"
DESCRIPTION = "description"
QUOTE = "quote"
# What a timeline lists: something that happened, happens or is to happen at a date.
TOLD = frozenset({HAPPENING, BACKGROUND})

# Verbs that report something said or made known: a report is a happening of its day.
REPORTING = SAYING | verbs.REPORTED
# Words after a participle that make it a modifier rather than a verb with an object.
_MODIFIER_NEXT = frozenset({"to", "by", "in", "for", "with", "as", "at", "on", "from", "into", ",", ")", "—", "–"})
_BE_NOW = frozenset({"is", "are", "am", "'s", "’s", "'re", "’re", "'m", "’m"})
_BE_PAST = frozenset({"was", "were"})
_BE_ALL = _BE_NOW | _BE_PAST | {"be", "been", "being"}
_HAVE_NOW = frozenset({"has", "have", "'ve", "’ve"})
_THAT = frozenset({"that", "which"})
# Words that end a clause, and the finite verbs a clause has one of.
_CLAUSE_BREAK = frozenset({",", ";", ":", "—", "–", "and", "but", "or", "that"}) | verbs.RELATIVES
_FINITE = _BE_NOW | _BE_PAST | _HAVE_NOW | verbs.MODALS | verbs.FUTURE | {"had", "did", "does", "do", "would"}
# Words that may stand before a verb of its own group: auxiliaries and modals.
_AUXILIARY = _BE_ALL | _HAVE_NOW | verbs.MODALS | verbs.FUTURE | {"had", "would", "did", "does", "do", "to"}
# Words before a "that" that make it a conjunction or a determiner, not a relative pronoun.
_NOT_ANTECEDENT = frozenset({"so", "such", "now", "fact", "given", "than", "and", "but", "or", "except", "provided"})
# Words after "by" that measure a change ("fell by 3%", "rose by nearly half") rather than name
# who did it.
_MEASURE = re.compile(
    r"[0-9].*|no|about|around|nearly|almost|more|less|over|up|as|some|roughly|just|only|half|a|one|two|three|four|five|six|seven|eight|nine|ten|much|far"
)
_DETERMINER = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these", "those"}
)
# A word: letters, with inner hyphens or apostrophes ("so-called", "won't").
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[-'’][A-Za-z0-9]+)*|[,;:()—–]")
# A contraction's second part, read as a word of its own ("we've" is "we" + "'ve").
_CLITIC = re.compile(r"(.+?)(n['’]t|['’](?:ve|re|m|ll|d))$", re.I)
# Pronouns whose "'s" is "is" or "has" rather than a possessive ("it's", "that's").
_S_PRONOUN = re.compile(r"(it|he|she|that|there|what|who|here|where)(['’]s)$", re.I)
# Quotation marks opening and closing someone's words.
_OPENING = '“"‘'
_CLOSING = '”"’'
_ADVERB = re.compile(
    r"[a-z]{2,}ly$|not|never|also|already|just|since|still|now|then|once|recently|later|finally|often|always"
    r"|sometimes|even|yet|ever|again|more|very|so|quite|too|less|further"
)
# A happening named as what the sentence is about: its subject, at the start ("The deal was
# the centrepiece of the event", "However, this move comes after...").
_NAMED = re.compile(
    r"\s*(?:[A-Z][a-z]+,[ \t]+)?(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)[ \t]+(?:[a-z-]+[ \t]+)?(?:"
    + "|".join(sorted(verbs.HAPPENING_NOUNS))
    + r")\b"
)
# ... or what someone says or does about it: "disapproves of the takeover", "reacted to the
# decision".
_ABOUT = re.compile(
    r"\b(?:of|on|to|about|against|over)[ \t]+(?:the|this|that|its|their)[ \t]+(?:[a-z-]+[ \t]+)?(?:"
    + "|".join(sorted(verbs.HAPPENING_NOUNS))
    + r")\b(?![’'])"
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
    quoted = [(q.start, q.end) for q in a.quotes]
    # Sentences that write a date of their own.
    dated = {e.sentence for e in a.events if e.start <= e.timex.start < e.end}
    kinds: dict[int, str] = {}
    out = []
    for e in a.events:
        found = kinds.get(e.sentence)
        if found is None:
            words_alone = spoken(body, e.start, e.end, quoted)
            found = kinds[e.sentence] = kind(body[e.start : e.end], words_alone, e.sentence in dated)
        if found in TOLD or (found == DESCRIPTION and names_happening(body[e.start : e.end])):
            out.append(e)
        elif e.start <= e.timex.start < e.end and found != QUOTE:
            # A date the sentence writes dates something, even told as a state ("The first
            # flight of the 777 was in 1994", "It currently produces fifteen brands").
            out.append(e)
    return out


def spoken(body: str, start: int, end: int, quoted: list[tuple[int, int]]) -> bool:
    """Whether the sentence at `start`..`end` is someone's words alone: every word of it inside
    a quotation (`quoted`: the spans of the article's quotations) but for words naming the
    speaker without a verb, or, where no quotation was
    found, opening one it does not close or closing one it did not open."""
    inside = [(max(s, start), min(e, end)) for s, e in quoted if s < end and start < e]
    if inside:
        rest = body[start:end]
        for s, e in sorted(inside, reverse=True):
            rest = rest[: s - start] + " " + rest[e - start :]
        # The words around it only name the speaker ("..., an analyst for the bank"): no verb.
        return not any(_verbish(w) or w in REPORTING for w in (t.lower() for t in _TOKEN.findall(rest)))
    text = body[start:end].strip()
    opens = any(c in _OPENING for c in text)
    closes = any(c in _CLOSING[:2] for c in text)
    return (text[:1] in _OPENING and not closes) or (text[-1:] in _CLOSING and not opens)


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
    """Whether a sentence speaks of a happening by name as its subject ("The takeover was...",
    "This move comes...") or of what one brings ("This brings the total to 230"): what it says is about the news."""
    return any(p.match(text) for p in (_NAMED, _CONSEQUENCE)) or _ABOUT.search(text) is not None


# Kept across sentences and `mkdocs serve` builds: the timeline, the key events and the
# background each ask again of the same sentences, and a rebuild asks of all of them again.
@functools.lru_cache(maxsize=1 << 16)
def kind(text: str, spoken: bool = False, dated: bool = False) -> str:
    """What a sentence tells: `HAPPENING`, `BACKGROUND`, `DESCRIPTION` or `QUOTE`.

    Quoted words are read like the rest: "We took a big swing and hit a home run" tells what
    happened in the speaker's words; "It is a great day" only describes. A sentence that is
    someone's words alone (`spoken`) tells a happening only by what was done or decided: what
    the speaker foretells ("It will require hard choices") or finds under way is their view,
    unless the words give its date (`dated`: "tomorrow Airbus will get back to business")."""
    tokens = _tokens(text)
    words = [t.lower() for t in tokens]
    # A capital inside the sentence starts a name ("Lockheed", "Reed"), never a verb.
    named = {i for i, t in enumerate(tokens) if (i or t.endswith("ed")) and t[:1].isupper()}
    if not any(w[0].isalpha() for w in words):
        return DESCRIPTION
    found = _verbs(words, named)
    counted = {"report", "happening", "planned"} | ({"future"} if dated or not spoken else set())
    if found & (counted if spoken else counted | {"ongoing"}):
        return HAPPENING
    if "perfect-past" in found:
        return BACKGROUND
    # Someone's words that tell nothing: inside a quotation from its start, or up to its end.
    stripped = text.strip()
    if spoken or stripped[:1] in _OPENING or stripped[-1:] in _CLOSING:
        return QUOTE
    return DESCRIPTION


def background_date(text: str, at: int) -> bool:
    """Whether the date expression at `at` in `text` opens a state kept since ("has outsold
    Boeing since 2003"): the date dates no happening of its own."""
    return _SINCE.search(text, max(0, at - 24), at) is not None


def _tokens(text: str) -> list[str]:
    """The words of a text, a contraction read as two ("we've" as "we", "'ve"; "won't" as
    "will", "n't")."""
    out = []
    for t in _TOKEN.findall(text):
        m = _CLITIC.fullmatch(t) or _S_PRONOUN.fullmatch(t)
        if m is None:
            out.append(t)
            continue
        first, second = m.group(1), m.group(2)
        out.append({"wo": "will", "ca": "can", "sha": "shall"}.get(first.lower(), first))
        out.append("not" if second.lower().startswith("n") else second)
    return out


def _verbs(words: list[str], named: set[int] | frozenset[int] = frozenset()) -> set[str]:
    """The kinds of verb groups in the clauses a sentence tells (lower-cased words; `named`:
    the positions of capitalised words inside it): "report", "happening", "future" (foretold),
    "planned" (arranged), "ongoing" (under way) or "perfect-past" (background)."""
    relative = _relative_verbs(words, named)
    condition, governed = _conditions(words)
    found = _read(words, named, relative | condition, governed)
    if not found & {"report", "happening", "planned", "future", "ongoing"} and any(
        w in _BE_PAST for i, w in enumerate(words) if i not in relative
    ):
        # A past "be" sets the sentence in the story's past: its relative clause tells what
        # happened then ("The biggest drop was Barclays, which dropped 13.1%").
        found = _read(words, named, condition, governed)
    return found


def _read(words: list[str], named: set[int] | frozenset[int], masked: set[int], governed: set[int]) -> set[str]:
    """The kinds of verb groups outside the `masked` positions; a "will" in the `governed`
    ones depends on a condition and tells nothing to come."""
    found: set[str] = set()
    n = len(words)
    # After a word of stance, what the speaker believes or hopes, up to the clause's end.
    believed = n
    # Participles an auxiliary before them has read: one joined to them by "and" is read alike
    # ("would have stayed and tortured him").
    read: set[int] = set()
    # Whether the clause so far has its verb: a word in -ed after it, before a preposition,
    # is a participle ("It is a response to the carriers banned in the EU").
    finite = False
    for i, w in enumerate(words):
        prev = words[i - 1] if i else ""
        if i in named or i in masked:
            continue
        if w == ";":
            believed = n
        if w in _CLAUSE_BREAK:
            finite = False
        elif w in _FINITE:
            finite = True
        if w in REPORTING and (w not in verbs.STATE_VERBS or prev not in verbs.NOT_SUBJECT) and prev != "to":
            nxt = words[i + 1] if i + 1 < n else ""
            if w.endswith("s") and ((nxt in _AUXILIARY and nxt != "to") or prev[:1].isdigit()):
                continue  # "the earnings reports were", "40 states": a noun
            # "had said" is background; "to say" and "the announced plan" report nothing.
            if prev == "had":
                found.add("perfect-past")
            elif prev not in verbs.NOT_SUBJECT or prev in _HAVE_NOW or prev in _BE_PAST:
                found.add("report")
            continue
        if believed == n and _stance(words, i):
            believed = i
            continue
        if i > believed:
            continue
        if w in verbs.FUTURE:
            j = _skip_adverbs(words, i + 1)
            nxt = words[j] if j < n else ""
            if nxt == "be":
                k = _skip_adverbs(words, j + 1)
                state = k >= n or not (_participle(words[k]) or words[k].endswith("ing"))
                if k < n and words[k] in verbs.STATE_PARTICIPLES:
                    continue  # "will be owned by": how things will be
                if state and not (k < n and words[k] in verbs.PLANNED):
                    continue  # "will be the first airliner": how things will be
            elif nxt in verbs.FUTURE_STATES:
                after = words[j + 1] if j + 1 < n else ""
                if not (nxt == "have" and _participle(after) and after not in ("to", "had")):
                    continue  # "it will seat 300", "will have to": how things will be
            if i not in governed:
                found.add("future")
            continue
        if w in _BE_NOW or w in _BE_PAST:
            j = _skip_adverbs(words, i + 1)
            nxt = words[j] if j < n else ""
            after = words[j + 1] if j + 1 < n else ""
            read.add(j)
            if nxt == "due" and any(words[k] in verbs.DEGREE for k in range(i + 1, j)):
                continue  # "was mainly due to": a cause, not a schedule
            if nxt in verbs.PLANNED and (after == "to" or w in _BE_NOW):
                if after == "to" and not _arranged(words, j + 2):
                    continue  # "is due to the events", "is expected to be 8,000 miles"
                if nxt in verbs.PREDICTION:
                    if i not in governed:
                        found.add("future")  # "is likely to", "are going to"
                else:
                    found.add("planned")  # "is expected to", "are due"
            elif nxt == "to" and after.isalpha() and after not in _DETERMINER:
                found.add("planned")  # "is to visit"
            elif w in _BE_PAST and nxt == "able" and after == "to":
                found.add("happening")  # "was able to transmit": it did
            elif (
                w in _BE_PAST and _participle(nxt) and nxt not in verbs.STATE_PARTICIPLES and nxt not in verbs.FEELINGS
            ):
                found.add("happening")  # "was delayed", "were given"
            elif (
                w in _BE_NOW
                and _participle(nxt)
                and after == "to"
                and nxt not in ("aimed", "designed")
                and nxt not in verbs.FEELINGS
            ):
                found.add("planned")  # "is slated to", "are required to"
            elif nxt == "being" and _participle(after):
                found.add("ongoing")  # "are being used"
            elif (
                nxt.endswith("ing")
                and len(nxt) > 5
                and nxt not in verbs.STATE_VERBS
                and nxt not in verbs.STATE_ING
                and nxt not in verbs.ING_PREPOSITIONS
                and nxt not in verbs.ING_NOT_VERBS
            ):
                found.add("ongoing")  # "is preparing", "were being used": under way
            continue
        if w in _HAVE_NOW or w == "had":
            j = _skip_adverbs(words, i + 1)
            nxt = words[j] if j < n else ""
            read.update((j, _skip_adverbs(words, j + 1)))
            if (not _participle(nxt) and nxt not in ("had", "been")) or nxt == "got":
                continue  # "has 91 aircraft", "we've got challenges": possession
            if _unreal(words, i):
                continue  # "would have been delivered", "should have known": not what happened
            if any(words[k] in ("not", "never") for k in range(i + 1, j)):
                continue  # "has not closed above 8,000 since February": nothing happened
            if nxt in ("had", "been"):
                k = _skip_adverbs(words, j + 1)
                if nxt == "had" or k >= n or not _participle(words[k]) or words[k] in verbs.STATE_PARTICIPLES:
                    continue  # "has had a policy", "has been the largest": a state
            elif nxt in verbs.STATE_PARTICIPLES or nxt in verbs.STATE_PASTS:
                continue  # "we've known": a state
            elif w == "had" and nxt in verbs.WISHED:
                continue  # "I had hoped": what was wished, not what happened
            found.add("perfect-past" if w == "had" else "happening")
            continue
        if w == "did":
            j = _skip_adverbs(words, i + 1)
            if j < n and words[j].isalpha() and words[j] not in verbs.STATE_VERBS and j not in named:
                found.add("happening")  # "did not exchange", "did go through"
            continue
        nxt = words[i + 1] if i + 1 < n else ""
        if w == "got" and prev in _HAVE_NOW:
            continue  # "we've got challenges": possession
        if prev in ("and", "or") and i - 2 in read and _participle(words[i - 2]):
            read.add(i)
            continue
        if _after_be(words, i):
            continue  # a participle the "be" before it has read ("are often justified")
        if w in verbs.STATE_PASTS:
            continue  # "accounted for 30,000 units": how things stood
        if _by_agent(words, i):
            continue  # "the company selected by the agency": a participle, not a verb
        if w in verbs.IRREGULAR_PAST and w not in verbs.STATE_VERBS:
            ambiguous = w in verbs.AMBIGUOUS_PAST
            if ambiguous and (prev in verbs.NOT_SUBJECT or prev in (",", "(") or prev in _AUXILIARY):
                continue  # "to cut", "will put": a base form
            if w in verbs.SAME_PARTICIPLE and (nxt in _MODIFIER_NEXT or not nxt or (i + 1 in masked and nxt in _THAT)):
                continue  # "the last jet built in California", "30,000 units sold", "the sum lost that"
            found.add("happening")
            continue
        # After a comma, a participle modifies ("the winglets, designed to improve"); a verb
        # goes on to its object ("the airline, the third largest, signed the deal").
        if (
            _past_ed(w)
            and w not in verbs.STATE_VERBS
            and prev not in verbs.NOT_SUBJECT
            and prev not in verbs.MODALS
            and (prev not in (",", "(", "—", "–") or (i + 1 < n and words[i + 1] not in _MODIFIER_NEXT))
            and not (finite and i + 1 < n and words[i + 1] in _MODIFIER_NEXT)
        ):
            found.add("happening")
            finite = True
    return found


def _relative_verbs(words: list[str], named: set[int] | frozenset[int]) -> set[int]:
    """The positions of a relative clause's pronoun and verb group ("the Taurus, which is
    being phased out", "dealerships that are to be eliminated"): they describe a noun, they
    are not what the sentence tells."""
    out: set[int] = set()
    n = len(words)
    for i, w in enumerate(words):
        if i == 0 or i in named:
            continue
        prev = words[i - 1]
        if w == "that":
            nxt = words[i + 1] if i + 1 < n else ""
            antecedent = (
                prev.isalpha()
                and prev not in verbs.NOT_SUBJECT
                and prev not in REPORTING
                and prev not in verbs.STANCE
                and prev not in verbs.STATE_VERBS
                and prev not in _NOT_ANTECEDENT
                and not prev.endswith(("ed", "ing"))
            )
            if not (antecedent and (_verbish(nxt) or nxt in verbs.STATE_VERBS)):
                continue
        elif w not in verbs.RELATIVES:
            continue
        # The clause's verb group: up to its first verb, its auxiliaries and that verb.
        j = i + 1
        while j < n and j - i <= 6 and words[j] not in (",", ";", ":") and not _verbish(words[j]):
            j += 1
        if j >= n or not _verbish(words[j]):
            continue
        while j + 1 < n and (words[j] in _AUXILIARY or _ADVERB.fullmatch(words[j])):
            j += 1
        out.update(range(i, j + 1))
    return out


def _conditions(words: list[str]) -> tuple[set[int], set[int]]:
    """The positions of each condition ("if it doesn't do so by then", "unless backed by
    shareholders", up to the comma that closes it), and those of the clause it governs: the
    one after it when it opens its clause ("If it doesn't, it will be obliged"), else the words
    before it in its clause ("It will fall through unless backed")."""
    condition: set[int] = set()
    governed: set[int] = set()
    n = len(words)
    bounds = [i for i, w in enumerate(words) if w in (",", ";", ":")]
    for c, w in enumerate(words):
        if w not in verbs.CONDITIONS or (c and words[c - 1] == "even"):
            continue  # "even if" concedes: what follows holds whatever happens
        if w in verbs.CONDITION_OPENERS and c and words[c - 1] not in (",", ";", ":", "and", "but"):
            continue  # "was once named": an adverb; "Once we have read it, we will" opens one
        start = max((b + 1 for b in bounds if b < c), default=0)
        end = min((b for b in bounds if b > c), default=n)
        condition.update(range(c, end))
        if all(words[k] in ("and", "but", "or", "only", "then") for k in range(start, c)):
            after = min((b for b in bounds if b > end), default=n)
            governed.update(range(end + 1, after))
        else:
            governed.update(range(start, c))
    return condition, governed


def _verbish(w: str) -> bool:
    """Whether a word can open a verb group."""
    return (w in _AUXILIARY and w != "to") or w in verbs.IRREGULAR_PAST or _past_ed(w)


def _stance(words: list[str], i: int) -> bool:
    """Whether the word at i says what someone believes, hopes or fears now ("believes",
    "is hoping", "are concerned"); a belief in the past was told ("he believed")."""
    w, prev = words[i], words[i - 1] if i else ""
    if w in verbs.STANCE_STATES:
        return prev in _BE_NOW
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if w.endswith("s") and (
        prev in _DETERMINER or (nxt in PREPOSITIONS and nxt != "to") or (nxt in _AUXILIARY and nxt != "to")
    ):
        return False  # "the worries", "suspects in the case", "fears were": a noun
    return w in verbs.STANCE and prev not in ("to", "not", "did") and prev not in verbs.MODALS


def _arranged(words: list[str], j: int) -> bool:
    """Whether the words from `j` on, after "expected to" or "due to", tell an arranged
    happening ("to take place", "to be completed") rather than a thing ("due to the events")
    or a state ("expected to be 8,000 miles")."""
    if j >= len(words) or words[j] in _DETERMINER or not words[j].isalpha():
        return False
    if words[j] != "be":
        # A noun is no happening: "due to disagreements", "due to inflation".
        return not _noun(words[j])
    k = _skip_adverbs(words, j + 1)
    return k < len(words) and (_participle(words[k]) or words[k].endswith("ing"))


def _noun(w: str) -> bool:
    """Whether a word after "to" is a noun by its ending: a plural ("losses", not "discuss")
    or a noun suffix ("inflation", "weakness")."""
    return (w.endswith("s") and not w.endswith(("ss", "us"))) or w.endswith(verbs.NOUN_ENDS)


def _unreal(words: list[str], i: int) -> bool:
    """Whether the "have" at i follows a modal ("would have", "should not have"): what might
    have been, not what was."""
    j = i - 1
    while j >= 0 and _ADVERB.fullmatch(words[j]):
        j -= 1
    return j >= 0 and (words[j] in verbs.MODALS or words[j] in ("would", "'d", "’d"))


def _by_agent(words: list[str], i: int) -> bool:
    """Whether the word in -ed at i is a participle naming who did it ("the company selected
    by the agency"), not a verb measured by an amount ("dropped by 10%")."""
    if not _past_ed(words[i]) or i + 2 >= len(words) or words[i + 1] != "by":
        return False
    agent = words[i + 2]
    return not _MEASURE.fullmatch(agent) and not agent.endswith("ing")


def _after_be(words: list[str], i: int) -> bool:
    """Whether a form of "be" or a linking verb ("appear", "seem") comes just before position
    i (adverbs between), or before a participle joined to it ("are selected and purchased")."""
    j = i - 1
    while j >= 0 and _ADVERB.fullmatch(words[j]):
        j -= 1
    if j >= 1 and words[j] in ("and", "or") and _participle(words[j - 1]):
        return _after_be(words, j - 1)
    return j >= 0 and (words[j] in _BE_ALL or words[j] in verbs.LINKING)


def _skip_adverbs(words: list[str], j: int) -> int:
    while j < len(words) and _ADVERB.fullmatch(words[j]):
        j += 1
    return j


def _participle(w: str) -> bool:
    return w in verbs.IRREGULAR_PARTICIPLES or w in verbs.IRREGULAR_PAST or _past_ed(w)


def _past_ed(w: str) -> bool:
    if w in verbs.SHORT_PASTS:
        return True
    return len(w) >= 5 and w.endswith("ed") and "-" not in w and w not in verbs.ED_ADJECTIVES
