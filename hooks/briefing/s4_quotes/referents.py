"""Whom a speaker phrase stands for when it names no one itself: a pronoun ("she", "they",
"it"), a role noun ("the Russian president") or a transcript label, resolved to the nearest
compatible person or group of the article by the gender and the roles the text shows.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing import lexicon as lx
from briefing.model import Mention
from briefing.s4_quotes import phrases
from briefing.s4_quotes.phrases import Candidate

if TYPE_CHECKING:
    from briefing.s4_quotes.speakers import ArticleIndex

_WORDS = re.compile(r"[\w.’'-]+")
_SAID_PRONOUN = re.compile(
    r",? (?:also |later |then )?(?:said|says|added|noted|argued|explained|wrote|insisted|told \w+)"
    r" (?:that )?(he|she)\b"
)


def resolve(art: ArticleIndex, cand: Candidate) -> str | None:
    """The name a speaker phrase stands for: its own name, or the person (or organisation,
    for "it") that its pronoun, role noun, label or the context points to."""
    if cand.kind in ("person", "organization", "place"):
        return cand.name  # a government or company speaks too: "China said"
    if cand.kind == "pronoun":
        if cand.name == "they":
            return None
        return _antecedent(art, cand.start, "male" if cand.name == "he" else "female")
    if cand.kind == "role":
        return _role_holder(art, cand)
    if cand.kind == "context":
        return _antecedent(art, cand.start, None)
    if cand.kind == "it":
        return _organisation_before(art, cand.start)
    if cand.kind == "label":
        return art.labelled.get((cand.name or "").lower(), (cand.name or "").title())
    return None


def they(art: ArticleIndex, pos: int) -> Candidate | None:
    """What "they" speaks for: the subject of its sentence before it, or of the sentence
    before, when that is a group ("Clinton’s campaign … what they call", "Officials said")."""
    k = art.sentence_at(pos)
    for idx in range(k, max(-1, k - 3), -1):
        s = art.sentences[idx]
        toks = [t for t in art.tokens(s.start, pos if idx == k else s.end) if not art.inside(t[0])]
        cand = phrases.first_named(art, toks, len(toks), things=True)
        comma = next((t[0] for t in toks if t[2] == ","), None)
        if cand is not None and comma is not None and cand.start > comma and cand.kind == "other":
            cand = None  # a thing in a later clause is not the sentence's subject
        if cand is None or (cand.kind == "pronoun" and cand.name == "they"):
            continue  # "They sent a letter … they wrote": further back
        if cand.kind == "person":
            after = bisect.bisect_left([t[0] for t in toks], cand.end)
            if after + 1 < len(toks) and toks[after][2].lower() == "and":
                other, _ = phrases.phrase_at(art, toks, after + 1)
                if other is not None and other.kind == "person" and other.name != cand.name:
                    return Candidate(
                        cand.start, other.end, "group", None, ((cand.words or (cand.start,))[0], other.end)
                    )
        start, end = cand.words or (cand.start, cand.end)
        head = (art.body[start:end].split(" of ")[0].split() or [""])[-1].lower()
        if cand.kind == "organization" or (
            cand.kind in ("person", "other")
            and (head in lx.COLLECTIVE or (cand.kind == "other" and head.endswith("s") and not head.endswith("ss")))
        ):
            return cand
        return None  # a person or a thing is no "they"
    return None


def _antecedent(art: ArticleIndex, pos: int, gender: str | None, roles: set[str] | None = None) -> str | None:
    """The first compatible person of the nearest sentence before pos (its likely subject)."""
    k = art.sentence_at(pos)
    for back in range(8):
        idx = k - back
        if idx < 0:
            break
        s = art.sentences[idx]
        hi = pos if back == 0 else s.end
        if back == 1 and idx in art.quoted_by:
            # “…,” said Jeffery Hemsley, a professor. “…,” he said: the last speaker
            said = art.quoted_by[idx]
            if compatible(art, said, gender, roles):
                return said
        if back:
            # the head of the sentence's subject first: "Clinton communication director
            # Jennifer Palmieri said …" is about Palmieri
            subject = art.subject(idx)
            if subject and compatible(art, subject, gender, roles):
                return subject
        if roles is None:
            # (looked up: a pronoun in a very long sentence would scan all before it)
            name = art.first_fit(idx, hi, gender)
            if name is not None:
                return name
            continue
        lo = bisect.bisect_left(art.people_starts, s.start)
        hi_i = bisect.bisect_left(art.people_starts, hi)
        options = [(m.start, m.name) for m in art.people[lo:hi_i]]
        options += art.known[bisect.bisect_left(art.known_at, s.start) : bisect.bisect_left(art.known_at, hi)]
        for _, name in sorted(options):
            if compatible(art, name, gender, roles):
                return name
    return None


def _organisation_before(art: ArticleIndex, pos: int) -> str | None:
    """What "it" stands for as a speaker: the first organisation named, outside quotes, in
    this sentence before it or in the one before ("the Security Council … what it called")."""
    k = art.sentence_at(pos)
    for idx in (k, k - 1):
        if idx < 0:
            break
        s = art.sentences[idx]
        hi = pos if idx == k else s.end
        lo = bisect.bisect_left(art.mention_starts, s.start)
        for m in art.mentions[lo : bisect.bisect_left(art.mention_starts, hi)]:
            if m.kind == "organization":
                return m.name
    return None


def compatible(art: ArticleIndex, name: str, gender: str | None, roles: set[str] | None) -> bool:
    """Whether `name` may be of `gender` and hold `roles`, as far as the article shows."""
    g = art.gender.get(name)
    if gender and g and g != gender:
        return False
    if roles:
        return bool(_role_match(art.roles.get(name, set()), roles))
    return True


def _role_holder(art: ArticleIndex, cand: Candidate) -> str | None:
    words = word_set(cand.name or "") - lx.DETERMINERS
    # the head noun, before any "of" ("the former secretary of state")
    noun = (cand.name or "").split(" of ")[0].split()[-1].lower() if cand.name else ""
    gender = "male" if words & lx.MALE_WORDS else "female" if words & lx.FEMALE_WORDS else None
    scored: dict[str, int] = {}
    # Only those whose role shares a word (or its synonym, or the country of a demonym) can score.
    holders = {
        name
        for w in words
        for form in lx.ROLE_SYNONYMS.get(w, {w}) | ({lx.DEMONYMS[w].lower()} if w in lx.DEMONYMS else set())
        for name in art.role_words.get(form, ())
    }
    for name in holders:
        score = _role_match(art.roles[name], words, noun if noun in lx.ROLE_NOUNS else "")
        if score and compatible(art, name, gender, None):
            scored[name] = score
    if scored:
        top = max(scored.values())
        best = {n for n, v in scored.items() if v == top}
        near = _antecedent(art, cand.start, gender, None)
        if near in best:
            return near
        # the nearest holder before, else the first after (a dek comes before the names)
        named = [art.mentions_of[n] for n in best if n in art.mentions_of]  # (indices, starts)
        before = [at[k - 1] for at, starts in named if (k := bisect.bisect_left(starts, cand.start))]
        if before:
            return art.people[max(before)].name
        return art.people[min(at[0] for at, _ in named)].name if named else sorted(best)[0]
    definite = (cand.name or "").lower().startswith("the ")
    of = (cand.name or "").partition(" of ")[2].partition(" and ")[0]
    if (
        (noun in lx.PERSON_ROLE_TITLES or (definite and gender and noun in lx.ROLE_NOUNS))
        and not (cand.name or "").lower().startswith(("a ", "an ", "another "))
        and not any(w[:1].isupper() for w in of.split())
    ):  # "the chair of the DNC": its holder only
        # the one the text is about ("the 34-year-old mother of three", of the gender the noun
        # shows: "the source" or "the announcer" may be anyone); "a spokesman" is someone new
        return _antecedent(art, cand.start, gender)
    return None


def _role_match(role: set[str], words: set[str], head: str = "") -> int:
    if role & lx.SUBORDINATE - words:
        return 0  # "the president" is not the vice president
    if head and not role & lx.ROLE_SYNONYMS.get(head, {head}):
        return 0  # the office itself must match: "the Republican nominee" is no "Republican governor"
    score = 0
    for w in words:
        forms = lx.ROLE_SYNONYMS.get(w, {w})
        if role & forms:
            score += 2 if w in lx.ROLE_NOUNS or w in lx.TITLES else 1
        elif w in lx.DEMONYMS and lx.DEMONYMS[w].lower() in role:
            score += 1
    # a demonym or modifier alone ("Russian") is weaker than the office itself
    return score


def word_set(text: str) -> set[str]:
    """The lower-case words of a text, a closing abbreviation period left out ("Sen.")."""
    return {w.lower().rstrip(".") for w in _WORDS.findall(text)}


def genders(body: str, mentions: Sequence[Mention]) -> dict[str, str]:
    """Each person's gender where the article shows it: a given name, a title ("Mrs."),
    a gendered role, or a pronoun right after a cue ("Mariano said she …")."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if m.kind != "person":
            continue
        first = m.name.split()[0].lower()
        words = word_set(body[max(0, m.start - 5) : m.start])
        if m.role:
            words |= word_set(m.role)
        if first in lx.MALE_NAMES or words & lx.MALE_WORDS:
            votes[m.name]["male"] += 3
        elif first in lx.FEMALE_NAMES or words & lx.FEMALE_WORDS:
            votes[m.name]["female"] += 3
        said = _SAID_PRONOUN.match(body, m.end, m.end + 60)
        if said:
            votes[m.name]["male" if said.group(1).lower() == "he" else "female"] += 1
    out: dict[str, str] = {}
    for name, v in votes.items():
        (best, n), *rest = v.most_common()
        if not rest or n > rest[0][1]:
            out[name] = best
    return out
