"""Whom a speaker phrase stands for when it names no one itself: a pronoun ("she", "they",
"it"), a role noun ("the Russian president") or a transcript label, resolved to the nearest
compatible person or group of the article by the gender and the roles the text shows.
"""

from __future__ import annotations

import bisect

from briefing import lexicon as lx
from briefing.s4_quotes import phrases
from briefing.s4_quotes.index import ArticleIndex, word_set
from briefing.s4_quotes.phrases import Candidate


def resolve(art: ArticleIndex, memory: Memory, cand: Candidate) -> str | None:
    """The name a speaker phrase stands for: its own name, or the person (or organisation,
    for "it") that its pronoun, role noun, label or the context points to."""
    if cand.kind in ("person", "organization", "place"):
        return cand.name  # a government or company speaks too: "China said"
    if cand.kind == "pronoun":
        if cand.name == "they":
            return None
        return _antecedent(art, memory, cand.start, "male" if cand.name == "he" else "female")
    if cand.kind == "role":
        return _role_holder(art, memory, cand)
    if cand.kind == "context":
        return _antecedent(art, memory, cand.start, None)
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


def _antecedent(
    art: ArticleIndex, memory: Memory, pos: int, gender: str | None, roles: set[str] | None = None
) -> str | None:
    """The first compatible person of the nearest sentence before pos (its likely subject)."""
    k = art.sentence_at(pos)
    for back in range(8):
        idx = k - back
        if idx < 0:
            break
        s = art.sentences[idx]
        hi = pos if back == 0 else s.end
        if back == 1 and idx in memory.quoted_by:
            # “…,” said Jeffery Hemsley, a professor. “…,” he said: the last speaker
            said = memory.quoted_by[idx]
            if compatible(art, said, gender, roles):
                return said
        if back:
            # the head of the sentence's subject first: "Clinton communication director
            # Jennifer Palmieri said …" is about Palmieri
            subject = memory.subject(art, idx)
            if subject and compatible(art, subject, gender, roles):
                return subject
        if roles is None:
            # (looked up: a pronoun in a very long sentence would scan all before it)
            name = memory.first_fit(art, idx, hi, gender)
            if name is not None:
                return name
            continue
        lo = bisect.bisect_left(art.people_starts, s.start)
        hi_i = bisect.bisect_left(art.people_starts, hi)
        options = [(m.start, m.name) for m in art.people[lo:hi_i]]
        options += memory.known[bisect.bisect_left(memory.known_at, s.start) : bisect.bisect_left(memory.known_at, hi)]
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


def _role_holder(art: ArticleIndex, memory: Memory, cand: Candidate) -> str | None:
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
        near = _antecedent(art, memory, cand.start, gender, None)
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
        return _antecedent(art, memory, cand.start, gender)
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


class Memory:
    """Speakers already resolved from a pronoun or role noun, by position (antecedents for the
    next ones), and the speaker of each sentence's last quote: what `resolve` has found so far
    in one article, as the quotes are attributed in text order."""

    def __init__(self) -> None:
        # Resolved speakers by position; also kept apart by the gender asked for (None,
        # "male", "female"), those of the other gender left out, so a pronoun finds its
        # nearest fit without a scan.
        self.known: list[tuple[int, str]] = []
        self.known_at: list[int] = []
        self.known_fit: dict[str | None, tuple[list[int], list[tuple[int, str]]]] = {
            g: ([], []) for g in (None, "male", "female")
        }
        self._first_fit: dict[tuple[int, str | None], tuple[int, str] | None] = {}
        self._subjects: dict[int, str | None] = {}
        self.quoted_by: dict[int, str] = {}  # sentence index → speaker of its last quote

    def subject(self, art: ArticleIndex, index: int) -> str | None:
        """The person who heads the first noun phrase of a sentence, if one does."""
        if index not in self._subjects:
            s = art.sentences[index]
            toks = [t for t in art.tokens(s.start, s.end) if not art.inside(t[0])]
            cand = phrases.first_named(art, toks, len(toks))
            self._subjects[index] = cand.name if cand and cand.kind == "person" else None
        return self._subjects[index]

    def remember(self, art: ArticleIndex, pos: int, name: str) -> None:
        i = bisect.bisect_right(self.known_at, pos)
        self.known_at.insert(i, pos)
        self.known.insert(i, (pos, name))
        for gender, (at, known) in self.known_fit.items():
            if compatible(art, name, gender, None):
                i = bisect.bisect_right(at, pos)
                at.insert(i, pos)
                known.insert(i, (pos, name))

    def first_fit(self, art: ArticleIndex, index: int, end: int, gender: str | None) -> str | None:
        """The first person (by position, then name) of sentence `index` before `end`,
        named or already resolved, that can be of `gender`."""
        s = art.sentences[index]
        key = (index, gender)
        if key not in self._first_fit:
            lo = bisect.bisect_left(art.people_starts, s.start)
            hi = bisect.bisect_left(art.people_starts, s.end)
            self._first_fit[key] = min(
                ((m.start, m.name) for m in art.people[lo:hi] if compatible(art, m.name, gender, None)),
                default=None,
            )
        best = self._first_fit[key]
        if best is not None and best[0] >= end:
            best = None
        at, known = self.known_fit[gender]
        i = bisect.bisect_left(at, s.start)
        if i < len(at) and at[i] < end:
            first = min(k for k in known[i : bisect.bisect_right(at, at[i])])
            best = first if best is None else min(best, first)
        return best[1] if best else None
