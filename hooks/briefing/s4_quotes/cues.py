"""Find the cue of a quotation ("said", "according to", "what he called", a transcript label)
and the phrase that names its speaker: after the quote, before it, or further on in its
sentence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from briefing import lexicon as lx
from briefing.model import Mention
from briefing.s4_quotes import phrases
from briefing.s4_quotes.index import ArticleIndex
from briefing.s4_quotes.phrases import Candidate

_ANY_MARK = re.compile(r"[\"“”]")
_LABEL = re.compile(r"([A-Z][A-Z’'.-]+(?: [A-Z][A-Z’'.-]+)?):\s")


@dataclass
class Found:
    """A quote's speaker phrase and cue, and how they were found."""

    candidate: Candidate | None
    cue: str | None
    direct: bool  # found next to the quote, not inherited
    shared: bool = False  # the cue's subject is the sentence's, before an earlier quote


def find(art: ArticleIndex, i: int) -> Found:
    """The cue and speaker phrase of quote `i`: a label inside it, a cue right after it, before
    it or further on in its sentence; else the sentence's subject, a guess (not `direct`)."""
    q = art.quotes[i]
    k = art.sentence_at(max(q.close - 1, q.open))
    limit = art.sentences[k].end if art.sentences else len(art.body)
    if (
        limit <= q.close + 1
        and k + 1 < len(art.sentences)
        and art.body[q.end - 1 : q.end] in "?!…—-"
        and art.sentences[k + 1].paragraph == art.sentences[k].paragraph
        and art.sentences[k + 1].end - art.sentences[k + 1].start <= 60
        and not _ANY_MARK.search(art.body, art.sentences[k + 1].start, art.sentences[k + 1].end)
    ):
        limit = art.sentences[k + 1].end  # “…?” Graham asked. — split after the mark
    if i + 1 < len(art.quotes) and art.quotes[i + 1].open < limit:
        limit = art.quotes[i + 1].open
    label = _LABEL.match(art.body, q.start, q.end)
    if label:
        # a transcript inside the quote: "WALLACE: Let's start with …"
        return Found(Candidate(label.start(1), label.end(1), "label", label.group(1)), ":", True)
    right = _after(art, q.close, limit)
    if right:
        return right
    first = art.sentences[art.sentence_at(q.open)] if art.sentences else None
    floor = first.start if first else 0
    if i > 0 and art.quotes[i - 1].close > floor and art.quotes[i - 1].paragraph == q.paragraph:
        floor = art.quotes[i - 1].close
    left = before(art, floor, q.open)
    if left:
        return left
    later = _later(art, q.close, limit)
    if later:
        return later
    # No cue: the subject of the sentence, if any, is a guess kept for quotes nobody continues;
    # a thing ("The piece used one of …") says nothing without a cue: no one is named.
    toks = art.tokens(floor, q.open)
    cand = phrases.first_named(art, toks, len(toks), things=True)
    if cand is not None and cand.kind == "other":
        cand = Candidate(q.open, q.open, "none")
    return Found(cand, None, False)


def _after(art: ArticleIndex, start: int, limit: int) -> Found | None:
    """Attribution right after the closing mark: “…,” said X / X said / X, a …, said."""
    toks = art.tokens(start, limit)
    dash = False
    while toks and toks[0][2] in {",", "—", "–", ":", "(", "―", "-"}:
        dash = dash or toks[0][2] in {"—", "–", "―", "-"}
        toks = toks[1:]
    if not toks:
        return None
    first = toks[0][2].lower()
    if first == "according" and len(toks) > 2 and toks[1][2].lower() == "to":
        cand, _ = phrases.phrase_at(art, toks, 2)
        return Found(cand, "according to", True) if cand else None
    if first in lx.SPEECH_VERBS and not first.endswith("ing"):
        cand, _ = phrases.phrase_at(art, toks, 1)
        if cand:
            return Found(cand, toks[0][2], True)
    if first in ("it", "this") and _verb_after(toks, 1) is not None:
        # “…,” it read: a document or statement speaks, no person
        return Found(Candidate(toks[0][0], toks[0][1], "it"), toks[_verb_after(toks, 1)][2], True)
    cand, k = phrases.phrase_at(art, toks, 0)
    if not cand:
        return None
    if cand.kind in ("role", "other") and k < len(toks) and toks[k][2] == ",":
        named, after = phrases.phrase_at(art, toks, k + 1)
        if named and named.kind == "person" and after < len(toks) and toks[after][2] in (",", "("):
            cand = named  # “…” Scott's niece, state Del. Marcia Price, shouted
    verb = _verb_after(toks, k)
    if verb is not None and not (cand.kind == "person" and verb == k and _base_form(toks[verb][2])):
        # ("a Donald Trump tweet attacking …": a name and a bare "tweet" make a noun)
        return Found(cand, toks[verb][2], True)
    if dash and cand.kind == "person":
        return Found(cand, "―", True)  # “…” ― Pamela Padilla
    return None


def _later(art: ArticleIndex, start: int, limit: int) -> Found | None:
    """A cue further on in the sentence: “…” for criminal behavior, she said."""
    toks = art.tokens(start, limit)
    for v, (_, _, w) in enumerate(toks):
        if w.lower() == "according" and v + 1 < len(toks) and toks[v + 1][2].lower() == "to":
            cand, _ = phrases.phrase_at(art, toks, v + 2)  # “…” at a conference, according to X
            if cand:
                return Found(cand, "according to", True)
            continue
        if not _cue(toks, v):
            continue
        cand = _subject(art, toks, v)
        if cand is None and w.lower() in lx.INVERTING:
            cand = _inverted(art, toks, v)  # “…” for criminal behavior, said Warren.
        if cand:
            return Found(cand, w, True)
    return None


def _verb_after(toks: list[tuple[int, int, str]], k: int) -> int | None:
    """Index of the cue after a speaker ending at token k, past auxiliaries or an appositive."""
    j = _skip_parenthesis(toks, k)
    while j < len(toks) and (
        toks[j][2].lower() in lx.BEFORE_VERB or phrases.adverb(toks[j][2]) or phrases.weekday(toks[j][2])
    ):
        j += 1
    if j < len(toks) and toks[j][2].lower() in lx.SPEECH_VERBS:
        return j
    if j < len(toks) and toks[j][2] == ",":
        # "X, a lawyer for Y, said": the cue after the next comma
        for n in range(j + 1, len(toks) - 1):
            if toks[n][2] == ",":
                m = n + 1
                while m < len(toks) and (toks[m][2].lower() in lx.BEFORE_VERB or phrases.adverb(toks[m][2])):
                    m += 1
                if m < len(toks) and toks[m][2].lower() in lx.SPEECH_VERBS:
                    return m
    return None


def _cue(toks: list[tuple[int, int, str]], v: int) -> bool:
    """A speech verb used as a verb, or the first word of a two-word cue ("put it")."""
    word = toks[v][2].lower()
    if word in lx.SPEECH_VERBS:
        # "measures added by Republicans": a participle, no one speaking
        return not _noun_use(toks, v) and not (v + 1 < len(toks) and toks[v + 1][2].lower() == "by")
    return v + 1 < len(toks) and (word, toks[v + 1][2].lower()) in lx.SPEECH_PHRASES


def _claim(art: ArticleIndex, toks: list[tuple[int, int, str]], v: int) -> Candidate | None:
    """The owner of a claim whose content follows: "Trump’s claim that …", "Obama's words:"."""
    if v == 0 or toks[v][2].lower() not in lx.CUE_NOUNS or v + 1 >= len(toks):
        return None
    if toks[v + 1][2].lower() not in ("that", ":") or not toks[v - 1][2].endswith(("’s", "'s")):
        return None
    cand, _ = phrases.phrase_at(art, toks, v - 1, v)
    return cand if cand and cand.kind in ("person", "organization") else None


def _base_form(word: str) -> bool:
    low = word.lower()
    return not low.endswith(("s", "ed", "ing")) and low not in lx.PAST_SAYING


def _noun_use(toks: list[tuple[int, int, str]], v: int) -> bool:
    """ "Trump's tweet", "a statement", "the report", "United States": no verb here."""
    if toks[v][2][:1].isupper():
        return v > 0 or toks[v][2].lower() not in lx.INVERTING
    if v == 0:
        return False
    prev = toks[v - 1][2]
    if v > 1 and toks[v - 2][2].lower() in ("a", "an") and _base_form(toks[v][2]):
        return True  # "a declarative answer" (a friend "answers")
    return (
        prev.lower() in lx.DETERMINERS
        or prev.lower() in lx.PREPOSITIONS - {"to"}
        or prev.endswith(("’s", "'s", "s’", "s'"))
    )


def _skip_parenthesis(toks: list[tuple[int, int, str]], k: int) -> int:
    """The token after "(D-Wis.)" when one starts at k."""
    if k < len(toks) and toks[k][2] == "(":
        for n in range(k + 1, min(len(toks), k + 8)):
            if toks[n][2] == ")":
                return n + 1
    return k


def before(art: ArticleIndex, floor: int, end: int) -> Found | None:
    """Attribution before the opening mark: X said, “…” / He called it a “…” / according to X."""
    toks = art.tokens(floor, end)
    for v in range(len(toks) - 1, -1, -1):
        word = toks[v][2].lower()
        if word == "according" and v + 1 < len(toks) and toks[v + 1][2].lower() == "to":
            cand, _ = phrases.phrase_at(art, toks, v + 2)
            return Found(cand, "according to", True)
        said_by = _claim(art, toks, v)
        if said_by is not None:
            return Found(said_by, toks[v][2], True)  # "Trump’s claim that there were “…”"
        if not _cue(toks, v):
            continue
        cand = _subject(art, toks, v)
        if cand is None and word in lx.INVERTING:
            cand = _inverted(art, toks, v)  # Said Ellis: “…”
        if cand is None and toks and art.sentences:
            # "… and said she has …": the subject of the whole sentence
            sent = art.sentences[art.sentence_at(toks[0][0])]
            if sent.start < toks[0][0]:
                cand = phrases.named_before(art, art.sentence_at(toks[0][0]), toks[v][0])
                return Found(cand, toks[v][2], True, shared=True)
        return Found(cand, toks[v][2], True)
    return None


def _inverted(art: ArticleIndex, toks: list[tuple[int, int, str]], v: int) -> Candidate | None:
    """The speaker after the cue at v ("said Warren"); a phrase naming no one must end the
    clause ("said the mayor.", not "said the days when …")."""
    cand, after = phrases.phrase_at(art, toks, v + 1)
    if (
        cand is not None
        and cand.kind == "other"
        and after < len(toks)
        and toks[after][2] not in phrases.PUNCTUATION
        and toks[after][2].lower() not in lx.PREPOSITIONS
    ):
        return None
    return cand


def _subject(art: ArticleIndex, toks: list[tuple[int, int, str]], v: int) -> Candidate | None:
    """The speaker left of the cue at token v."""
    j = v
    while j > 0 and (
        toks[j - 1][2].lower() in lx.BEFORE_VERB or phrases.adverb(toks[j - 1][2]) or phrases.weekday(toks[j - 1][2])
    ):
        j -= 1
    if j < v and j > 1 and phrases.verb_like(toks[j - 1][2]) and toks[j - 2][2][:1].islower():
        j -= 1  # "The email goes on to say"
    if j > 0 and toks[j - 1][2] == ")":
        # "Rep. Gwen Moore (D-Wis.) said"
        for n in range(j - 2, max(-1, j - 9), -1):
            if toks[n][2] == "(":
                j = n
                break
    relative = j > 1 and toks[j - 1][2].lower() == "who" and toks[j - 2][2] == ","
    if relative:
        j -= 2  # "Trump, who has called …": the name before the relative clause
    elif (
        j > 1
        and toks[j - 1][2].lower() in ("who", "which", "that")
        and phrases.np_word(toks[j - 2][2])
        and toks[j - 2][2] not in phrases.PUNCTUATION
    ):
        relative = True
        j -= 1  # "turned to the Chicago Police Department which reported": what the pronoun stands for
    # What a relative pronoun or a gerund's subject stands for may follow a preposition:
    # "a lecture from the Mexican president, who said", "from Bush calling …".
    loose = relative or toks[v][2].lower().endswith("ing")
    if j > 0 and toks[j - 1][2].lower() in lx.PERSON_PRONOUNS:
        s, e, w = toks[j - 1]
        return Candidate(s, e, "pronoun", w.lower())
    if j > 0 and toks[j - 1][2].lower() == "it":
        return Candidate(toks[j - 1][0], toks[j - 1][1], "it")  # "what it called"
    if j > 0 and toks[j - 1][2] != ",":
        start = j
        while start > 0 and phrases.np_back_word(toks[start - 1][2]):
            if toks[start - 1][2].lower() == "and" and (
                start == j or start < 2 or toks[start - 2][2].lower() not in phrases.NP_INNER
            ):
                break  # "… sponsored by NBC News and said": a second verb, not a phrase
            start -= 1
        common = phrases.common_start(toks, j) if not toks[v][2].endswith("ing") else None
        # Not the subject of a cue inside reported words ("Ryan said … protests demands")
        # nor the object of a preposition ("marching through the streets chanted").
        whole = (
            common is not None
            and common <= start
            and not (common > 0 and toks[common - 1][2].lower() in lx.PREPOSITIONS and not loose)
            and not any(
                toks[x][2].lower() in lx.SPEECH_VERBS and not _noun_use(toks, x)
                for x in range(_clause_start(toks, common), common)
            )
        )
        first = common if whole else start
        cand, _ = phrases.phrase_at(art, toks, first, j, whole=whole)
        if cand and cand.kind == "person" and first > 1 and toks[first - 1][2].lower() == "and":
            other = _person_ending(art, toks[first - 2][1])
            if other is not None and other.name != cand.name:
                # "Obama and Clinton call": both, so neither alone
                return Candidate(cand.start, cand.end, "group", None, (other.start, cand.end))
        # What follows a preposition is no subject ("Officials at the State Department
        # said", "calls for the party to respond"): a phrase before it, if any, is; nor is
        # someone hoped for ("seeking a leader to counter …").
        if cand and first > 0 and toks[first - 1][2].lower() in lx.PREPOSITIONS and not loose:
            head = phrases.first_named(art, toks, j)
            if head is not None or cand.kind == "other":
                return head
        if cand and relative and cand.kind == "other" and not phrases.group_noun(toks[j - 1][2].lower()):
            cand = None  # "a comment that described …" is no speaker; "the department which reported" is
        if cand and not (
            cand.kind in ("role", "other") and toks[v - 1][2].lower() == "to" and toks[first][2].lower() in ("a", "an")
        ):
            return cand
    # "X, a lawyer for Y, said" or "In an interview, X said"
    return phrases.first_named(art, toks, j)


def _person_ending(art: ArticleIndex, end: int) -> Mention | None:
    """The person named by a mention that ends at `end`."""
    i = bisect.bisect_left(art.mention_starts, end) - 1
    while i >= 0 and art.mentions[i].start > end - 80:
        m = art.mentions[i]
        if m.end == end and m.kind == "person":
            return m
        i -= 1
    return None


def _clause_start(toks: list[tuple[int, int, str]], i: int) -> int:
    """The first token of the clause holding token i: after the last comma or semicolon."""
    while i > 0 and toks[i - 1][2] not in (",", ";"):
        i -= 1
    return i
