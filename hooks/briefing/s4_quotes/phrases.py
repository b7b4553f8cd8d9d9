"""Read the noun phrase that names a speaker at a cue: where it begins and ends, its head
("the former secretary of state"), the name inside it ("campaign spokesman Brian Fallon"),
appositives left out, and what kind of speaker it names (a `Candidate`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from briefing import lexicon as lx
from briefing.model import Mention
from briefing.s4_quotes.index import ArticleIndex

_NOW = {"today", "yesterday", "tonight"}
PUNCTUATION = {",", ";", ":", "—", "–", "(", ")"}
# A sentence this long (characters) has its phrases read once for all its quotes; a phrase
# is read in about 15 tokens, one that reads more than _NEAR is looked at apart.
_LONG_SENTENCE = 2000
_NEAR = 64
# Lower-case words a speaker's phrase may hold after a name began ("Bill de Blasio",
# "Secretary of State").
NP_INNER = lx.ROLE_NOUNS | lx.ROLE_MODIFIERS | lx.PARTICLES | {"of", "and", "the"}


@dataclass(frozen=True)
class Candidate:
    """The words that name a speaker at an attribution, and what they are."""

    start: int
    end: int
    # person | organization | place | pronoun | it | role | label | other | context | none
    kind: str
    name: str | None = None  # a mention's name, the pronoun, or the role noun phrase
    words: tuple[int, int] | None = None  # the attribution as written, if not start:end


def named_before(art: ArticleIndex, index: int, end: int) -> Candidate | None:
    """`first_named` over the tokens of sentence `index` before `end`, outside quotes."""
    s = art.sentences[index]
    if s.end - s.start > _LONG_SENTENCE and end <= s.end:
        read = art.long_sentences.get(index)
        if read is None:
            read = art.long_sentences[index] = SentencePhrases(art, index)
        done, cand = read.before(art, end)
        if done:
            return cand
    whole = [t for t in art.tokens(s.start, end) if not art.inside(t[0])]
    return first_named(art, whole, len(whole))


def first_named(
    art: ArticleIndex, toks: list[tuple[int, int, str]], j: int, *, things: bool = False
) -> Candidate | None:
    """The first comma-separated phrase among toks[:j] that names someone (or something,
    with `things`)."""
    for n in range(j):
        if phrase_start(toks, n):
            cand = named_at(art, toks, n, j, things=things)
            if cand:
                return cand
    return None


def phrase_start(toks: Sequence[tuple[int, int, str]], n: int) -> bool:
    """Whether a comma-separated phrase may begin at token n: the first token, or one after a
    comma or a dash ("WASHINGTON — Sen. Chuck Grassley said")."""
    if n == 0 or toks[n - 1][2] == ",":
        return True
    return toks[n - 1][2] in ("—", "–") and dateline(toks, n - 1)


def dateline(toks: Sequence[tuple[int, int, str]], n: int) -> bool:
    """Whether toks[:n] are a dateline: capitals, numbers and parentheses only
    ("WASHINGTON, Aug. 24 (UPI)", "Washington (AFP)")."""
    return 0 < n <= 10 and all(
        t[2][:1].isupper() or t[2][:1].isdigit() or t[2] in (",", "(", ")", ".") for t in toks[:n]
    )


def named_at(
    art: ArticleIndex, toks: Sequence[tuple[int, int, str]], n: int, j: int, *, things: bool = False
) -> Candidate | None:
    """Who the comma-separated phrase at token n (read no further than token j) names."""
    cand, after = phrase_at(art, toks, n, j)  # type: ignore[arg-type]
    if cand and cand.kind == "place" and after < j and _where(toks, n, after):
        return None  # where, not who: "in Salem, New Hampshire, Trump went", a dateline
    if cand and cand.kind in ("role", "other"):
        # "Another critic, Laurence H. Tribe, likened …", "His former business
        # partner at Lenox, Lawrence B. Cummings, called …"
        comma = next((c for c in range(after, min(j, after + 8)) if toks[c][2] == ","), None)
        if comma is not None:
            named, _ = phrase_at(art, toks, comma + 1, j)  # type: ignore[arg-type]
            if named and named.kind == "person":
                return named
    if (
        cand
        and cand.kind == "other"
        and not things
        and after < j
        and toks[after][2] != ","
        and toks[after][2].lower() not in lx.PREPOSITIONS
        and not group_noun(toks[after - 1][2].lower())
    ):
        # a thing names a source only with its appositive or complement ("The letter,
        # signed by …, said", "A document on the website states"), not "This stigma was …"
        return None
    return cand


def _where(toks: Sequence[tuple[int, int, str]], n: int, after: int) -> bool:
    """A place phrase (toks[n:after]) that says where: a dateline ("WASHINGTON, Aug. 24",
    "PARIS —"), or the state after a city ("in Salem, New Hampshire,")."""
    nxt = toks[after][2]
    if nxt in ("(", "—", "–"):
        return True
    if nxt != ",":
        return False
    if toks[n][2].isupper() and len(toks[n][2]) > 2:
        return True
    return n > 1 and toks[n - 1][2] == "," and toks[n - 2][2][:1].isupper()


class _Reads(list):
    """Tokens that remember the furthest one read: a phrase read within the first j tokens
    is read the same in any longer stretch."""

    furthest = -1

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, int):
            self.furthest = max(self.furthest, i if i >= 0 else len(self) + i)
        return super().__getitem__(i)


class SentencePhrases:
    """The phrases of one long sentence (tokens outside quotes), each read once with the
    whole sentence, for `first_named` over any beginning of it: a sentence of a page with
    a quote every line would otherwise be read again from its start for each quote."""

    def __init__(self, art: ArticleIndex, index: int) -> None:
        s = art.sentences[index]
        every = art.tokens(s.start, s.end)
        self.starts = [t[0] for t in every]
        self.ends = [t[1] for t in every]
        self.toks = [t for t in every if not art.inside(t[0])]
        self.kept_starts = [t[0] for t in self.toks]
        # Each phrase start with who it names and the furthest token it read.
        self.at: list[int] = []
        self.reach: list[int] = []
        self.named: list[Candidate | None] = []
        reads = _Reads(self.toks)
        for n in range(len(self.toks)):
            if phrase_start(self.toks, n):
                reads.furthest = n
                self.at.append(n)
                self.named.append(named_at(art, reads, n, len(self.toks)))
                self.reach.append(reads.furthest)
        self.hits = [k for k, c in enumerate(self.named) if c]
        self.far = [k for k in range(len(self.at)) if self.reach[k] - self.at[k] > _NEAR]

    def before(self, art: ArticleIndex, end: int) -> tuple[bool, Candidate | None]:
        """(True, who the sentence's tokens before `end` name first), or (False, None) when
        `end` cuts a token, which only reading anew gets right."""
        k = bisect.bisect_left(self.starts, end)
        if k and self.ends[k - 1] > end:
            return False, None
        j = bisect.bisect_left(self.kept_starts, end)
        # A phrase whose reading reached token j may read differently when cut there.
        first_hit = None
        for h in self.hits:
            if self.at[h] >= j:
                break
            if self.reach[h] < j:
                first_hit = h
                break
        stop = self.at[first_hit] if first_hit is not None else j
        near = bisect.bisect_left(self.at, j - _NEAR)
        cut = sorted(
            {k for k in self.far if self.at[k] < stop and self.reach[k] >= j}
            | {k for k in range(near, len(self.at)) if self.at[k] < stop and self.reach[k] >= j}
        )
        for k in cut:
            cand = named_at(art, self.toks, self.at[k], j)
            if cand:
                return True, cand
        return True, (self.named[first_hit] if first_hit is not None else None)


def common_start(toks: list[tuple[int, int, str]], j: int) -> int | None:
    """Where a noun phrase that ends right before token j begins, when it may hold common
    nouns ("the union", "a Times article", "Small groups of protesters", "63 percent"): it
    must open with a determiner, a capital, a digit or a possessive, or be one plural noun
    ("critics"). None when the words before j make no such phrase."""
    start = j
    while (
        start > 0
        and j - start < 8
        and _noun_at(toks, start - 1)
        and not adverb(toks[start - 1][2])
        and toks[start - 1][2].lower() not in lx.NOT_NOUNS
    ):
        start -= 1
        if toks[start][2].lower() in lx.DETERMINERS | lx.QUANTIFIERS and not (
            start > 1 and toks[start - 1][2].lower() == "of"
        ):
            return start  # (past "of the": "a friend of the family")
    if start == j:
        return None
    if start > 1 and toks[start - 1][2].lower() == "and" and toks[start][2][:1].islower():
        # two roles of one person: "the former secretary of state and current … nominee"
        before = common_start(toks, start - 1)
        if before is not None and toks[before][2].lower() in lx.DETERMINERS:
            return before
    if start == j - 1 and toks[start][2].endswith("s") and not toks[start][2].endswith("ss"):
        return start  # one plural noun: "critics said" (not "to committee members calls")
    while start < j:
        word = toks[start][2]
        if word[:1].isupper() or word[:1].isdigit() or word.endswith(("’s", "'s")):
            return start
        start += 1
    return None


def _noun_at(toks: list[tuple[int, int, str]], i: int) -> bool:
    """A noun-phrase word at token i; a speech verb there is a noun after "of", a determiner
    or a capital ("secretary of state", "the claims", "Islamic State")."""
    word = toks[i][2]
    if np_word(word):
        return True
    return (
        word.lower() in lx.SPEECH_VERBS
        and i > 0
        and (toks[i - 1][2].lower() in lx.DETERMINERS or toks[i - 1][2].lower() == "of" or word[:1].isupper())
    )


def np_back_word(word: str) -> bool:
    """Words a speaker's noun phrase is made of, read leftwards from the cue."""
    low = word.lower().rstrip(".")
    if word[:1].isupper() and low in lx.SPEECH_VERBS:
        return True  # a name's word: "the State Department"
    if not np_word(word):
        return False
    return (
        word[:1].isupper()
        or low in NP_INNER
        or low in lx.DETERMINERS
        or word.endswith(("’s", "'s", "’"))
        or word[:1].isdigit()
        or "-" in word
    )


def np_word(word: str) -> bool:
    """A word that may belong to a noun phrase: no stop word, speech verb or punctuation."""
    low = word.lower()
    return not (low in lx.PHRASE_STOPS or low in lx.SPEECH_VERBS or before_verb(word) or word in PUNCTUATION)


def before_verb(word: str) -> bool:
    """A word that may stand between a subject and its verb ("is", "also", "reportedly" apart);
    "Will" or "May" written with a capital inside a sentence is a name (the columnist Will)."""
    low = word.lower()
    return low in lx.BEFORE_VERB and not (word[:1].isupper() and low in ("will", "may"))


def phrase_at(
    art: ArticleIndex, toks: list[tuple[int, int, str]], k: int, stop: int | None = None, *, whole: bool = False
) -> tuple[Candidate | None, int]:
    """The speaker named by the noun phrase starting at token k (read no further than
    token `stop`), and the token after it. `whole`: the tokens up to `stop` are known to be
    the subject of a cue, so a phrase naming nobody ("the union") is the speaker too."""
    size = len(toks) if stop is None else min(stop, len(toks))
    while k < size and toks[k][2].lower() in {"and", "but", "so", "then", "by", "even", "also", "still"}:
        k += 1
    if k >= size:
        return None, k
    s, e, w = toks[k]
    low = w.lower() if not (w.isupper() and len(w) > 1) else w  # "US Senator X" is not "us"
    if low in lx.PERSON_PRONOUNS:
        return Candidate(s, e, "pronoun", low), k + 1
    if low in ("my", "our") and k + 1 < size and toks[k + 1][2][:1].islower() and _people_noun(toks[k + 1][2].lower()):
        return Candidate(s, toks[k + 1][1], "other"), k + 2  # "my father often said"
    if low in lx.FIRST_PERSON or low == "it":
        return None, k
    # the run of noun-phrase words
    n = k
    named = False  # a capitalised word seen: lower-case words now end the phrase
    while n < size and n - k < 12 and not adverb(toks[n][2]) and ((n > k and _noun_at(toks, n)) or np_word(toks[n][2])):
        word = toks[n][2]
        low_n = word.lower()
        if low_n == "of" and n + 1 < size and not _noun_at(toks, n + 1):
            break
        if word[:1].islower() and named and low_n not in NP_INNER and not whole:
            break  # "Gov. Earl Ray Tomblin of West Virginia | lauded …"
        if low_n == "and" and (named or low not in lx.DETERMINERS):
            break  # "Trump and Pence"; but "the former first lady and U.S. senator"
        if (
            not whole
            and n > k
            and low_n.endswith("ed")
            and word[:1].islower()
            and low_n not in NP_INNER
            and toks[n - 1][2].lower() not in lx.DETERMINERS
            and not toks[n - 1][2].endswith(("’s", "'s"))
        ):
            break  # a verb: "several environmental groups | granted Mr. Clarke …" (not "a retired general")
        if not whole and n > k and word[:1].islower() and low_n in lx.SAID_IRREGULARLY:
            break  # "Smith | shot back", "the aide | told"
        named = named or (word[:1].isupper() and n > k)
        n += 1
    if n == k:
        return None, k
    if (
        not whole
        and n < size
        and n - k >= 3
        and verb_like(toks[n - 1][2])
        and toks[n][2].lower() in lx.PREPOSITIONS | lx.DETERMINERS
    ):
        n -= 1  # "the dispute centers | on …", "a complaint filed | by …": a verb ends it
    start, end = toks[k][0], toks[n - 1][1]
    # A name inside the phrase; the last person is its head ("campaign spokesman Brian
    # Fallon", "Representative Charles B. Rangel of New York").
    best = None
    lo = bisect.bisect_left(art.mention_starts, start - 80)  # a mention may begin before
    hi = bisect.bisect_left(art.mention_starts, end)
    for m in art.mentions[lo:hi]:
        inside = m.end > start and m.start < end and art.body[m.start - 1 : m.start] != "-"  # not "anti-Trump"
        if inside and (best is None or (m.kind == "person", m.start) > (best.kind == "person", best.start)):
            best = m
    last = toks[n - 1][2].lower().rstrip(".")
    if toks[n - 1][2].endswith(("’s", "'s")) and n < size and toks[n][2][:1].islower() and _person_noun(toks, n, size):
        # "Clinton’s right-hand woman" is someone else; "Trump’s campaign" speaks for Trump
        return Candidate(start, toks[n][1], "other"), n + 1
    if any(
        toks[i][2].endswith(("’s", "'s")) and toks[i + 1][2][:1].islower() for i in range(k, n - 1)
    ) and _people_noun(last):
        return Candidate(start, end, "other"), n  # "Scott’s family", "Pyongyang’s only ally"
    if best is not None and best.kind == "place" and n < size and toks[n][2] in ("—", "–", "-", "("):
        return None, k  # a dateline, "WASHINGTON — …", is no speaker
    of = next((i for i in range(k + 1, n - 1) if toks[i][2] == "of"), None)
    if (
        best is not None
        and of is not None
        and best.start > toks[of][0]
        and (best.kind != "person" or (toks[of - 1][2][:1].islower() and _people_noun(toks[of - 1][2].lower())))
    ):
        if best.kind != "person" and toks[of - 1][2].lower() in lx.ROLE_NOUNS:
            return Candidate(start, best.end, "role", art.body[start : best.end]), n  # "the chair of the DNC"
        return Candidate(start, end, "other"), n  # "Critics of the EB-5 program", "the wife of X"
    if best is not None and (best.kind == "person" or best.end >= end - 2 or last not in lx.ROLE_NOUNS):
        return Candidate(best.start, best.end, best.kind, best.name, _named_words(art.body, toks, k, n, best, whole)), n
    if best is None:
        unnamed = _unnamed(toks, k, n)
        if unnamed is not None:
            s0, e0 = toks[unnamed][0], toks[n - 1][1]
            return Candidate(s0, e0, "person", " ".join(t[2] for t in toks[unnamed:n]), (start, end)), n
    head = last if of is None else toks[of - 1][2].lower().rstrip(".")  # "the secretary of state"
    if head in lx.ROLE_NOUNS and (low in lx.DETERMINERS or w[:1].isupper()):
        e = _where_from(toks, n, size) if of is None else n
        # "the senator from Vermont", "a professor at the University of Michigan": the
        # place or body is part of the description
        return Candidate(start, toks[e - 1][1], "role", art.body[start : toks[e - 1][1]]), e
    if ((low in lx.DETERMINERS or low in lx.QUANTIFIERS) and n - k >= 2) or (whole and n == size):
        return Candidate(start, end, "other", None), n  # "the union", "several environmental groups"
    if n - k == 1 and low.endswith("s") and _people_noun(low):
        # "Officials at Homeland Security Investigations, …, said": with where they work
        e = n
        the = e + 1 < size and toks[e + 1][2] == "the"
        if (
            e + 1 + the < size
            and toks[e][2] in ("at", "of", "from", "for", "with")
            and toks[e + 1 + the][2][:1].isupper()
        ):
            e += 1 + the
            while e < size and (toks[e][2][:1].isupper() or toks[e][2] in ("of", "and", "the")):
                e += 1
            while toks[e - 1][2] in ("of", "and", "the"):
                e -= 1
        return Candidate(start, toks[e - 1][1], "other", None), e
    return None, k


def _where_from(toks: Sequence[tuple[int, int, str]], n: int, size: int) -> int:
    """The end of "from Vermont" or "at the University of Michigan" after a role noun ending
    at token n (n itself when no such phrase follows)."""
    if n + 1 >= size or toks[n][2] not in ("from", "at", "of"):
        return n
    e = n + 1 + (toks[n + 1][2] == "the")
    if e >= size or not toks[e][2][:1].isupper() or not toks[e][2][:1].isalpha():
        return n
    while e < size and (toks[e][2][:1].isupper() or toks[e][2] in ("of", "and", "the")) and e - n < 8:
        e += 1
    while toks[e - 1][2] in ("of", "and", "the"):
        e -= 1
    return e


def _unnamed(toks: Sequence[tuple[int, int, str]], k: int, n: int) -> int | None:
    """Where a name the names stage did not read begins, when a role noun or title is followed
    by one or two capitalised words that end the phrase ("American president Obama",
    "for Acquisition Darleen Druyun"): the index of its first word."""
    i = n
    while (
        i > k
        and n - i < 3
        and toks[i - 1][2][:1].isupper()
        and toks[i - 1][2].isalpha()
        and not toks[i - 1][2].isupper()
    ):
        if toks[i - 1][2].lower() in lx.ROLE_NOUNS or toks[i - 1][2].lower().rstrip(".") in lx.TITLES:
            break
        i -= 1
    if i in (n, k):
        return None
    before = toks[i - 1][2].lower().rstrip(".")
    if before in lx.ROLE_NOUNS or before in lx.TITLES:
        return i
    return None


def _named_words(
    body: str, toks: list[tuple[int, int, str]], k: int, n: int, best: Mention, whole: bool
) -> tuple[int, int]:
    """The words of a phrase that name someone: the name with the capitalised words and
    titles before it ("campaign spokesman Brian Fallon", not "this time Trump"), and, in a
    phrase that is a cue's whole subject, a possessive noun after it ("Trump’s campaign")."""
    i = n - 1
    while i > k and toks[i][0] >= best.end:
        i -= 1
    end = best.end
    if toks[i][2].endswith(("’s", "'s")) and i + 1 < n and toks[i + 1][2][:1].islower():
        if whole:
            end = toks[n - 1][1]
        elif toks[i + 1][2].lower() in lx.SPEAKS_FOR:
            end = toks[i + 1][1]  # "Clinton’s campaign is seeking …"
    while i > k and toks[i][0] > best.start:
        i -= 1
    while (
        i > k
        and np_back_word(toks[i - 1][2])
        and toks[i - 1][2].lower() != "and"
        and not toks[i - 1][2][:1].isdigit()
        and not body[toks[i - 1][1] : toks[i][0]].strip(". ")
    ):
        i -= 1  # (not over markup or a year: "in 2017 America says")
    return min(toks[i][0], best.start), end


def verb_like(word: str) -> bool:
    """A lower-case word that may be a verb in the present or past: "closes", "filed"."""
    return word[:1].islower() and (
        word.endswith("ed") or (word.endswith("s") and not word.endswith(("ss", "us", "is", "’s", "'s")))
    )


def _person_noun(toks: list[tuple[int, int, str]], n: int, size: int) -> bool:
    """Whether the words from n name a person by role ("right-hand woman", "top aide")."""
    for m in range(n, min(size, n + 3)):
        low = toks[m][2].lower()
        if low in lx.ROLE_NOUNS:
            return True
        if not toks[m][2][:1].islower():
            break
    return False


def group_noun(word: str) -> bool:
    """Plural people or a body of them: "groups", "officials", "the union"."""
    return (_people_noun(word) and word.endswith("s")) or word in lx.COLLECTIVE or word.rstrip("s") in lx.COLLECTIVE


def _people_noun(word: str) -> bool:
    """A noun for people other than the one named before it: "aide", "relatives", "ally"."""
    return any(form in lx.ROLE_NOUNS or form in lx.KIN for form in (word, word[:-1], word[:-2], word[:-3] + "y"))


def adverb(word: str) -> bool:
    """A lower-case "-ly" word that is no noun ("reportedly", not "family")."""
    return len(word) > 4 and word.endswith("ly") and word[:1].islower() and word not in lx.LY_NOUNS


def weekday(word: str) -> bool:
    """A day word that may stand between a speaker and the cue ("Obama Monday said")."""
    return word.lower() in lx.WEEKDAYS or word.lower() in _NOW
