"""How the sentences of the articles are worded, for comparing them: light stems, each
article's statement sentences (`units`), their words weighted by rarity (`Index`), and the
pairs of sentences of two sources alike enough to compare (`pairs`).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, compress, islice, repeat
from operator import eq
from typing import cast

from briefing import lexicon as lx
from briefing.cache import PerAnalysis, Words
from briefing.model import Analysis, Ref

# A word (with its apostrophe) or a number ("1,000", "20.1").
_WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*|\d+(?:[.,]\d+)*")
# A quoted phrase, single or double marks.
_QUOTED = re.compile(r"[\"“‘]([^\"“”‘’]{2,}?)[\"”’](?![^\W_])")

# Roles whose sentences are not statements of fact (a photo credit, a dateline).
SKIPPED_ROLES = frozenset({"caption", "dateline"})

# Pairs of sentences this alike (cosine of rarity-weighted stems; see `similarity`) are judged;
# most pairs below it share a word or two by chance.
CANDIDATE = 0.2
# Closely worded pairs (see `wording`) that give other figures or dates: what a contradiction
# is made of.
STRONG = 0.5
# Stems in more sentences than this are not used to find candidate pairs (they still count
# in the similarity of the pairs found).
CANDIDATE_DF = 40
# A sentence with fewer content words is too thin to be matched ("It has to be.").
MIN_WORDS = 3
# A word carried by more than this share of the sentences is no evidence of sameness.
COMMON_SHARE = 0.25


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light stem: lower case, no possessive or common suffix, at most 7 letters."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'")
    if w.isdigit() or not w.isalpha():
        return w.replace(",", "")
    for suffix, repl in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("ly", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4 and not w.endswith("ss"):
            w = w[: len(w) - len(suffix)] + repl
            break
    if w.endswith("e") and len(w) >= 5:
        w = w[:-1]  # "service" and "services", "release" and "released" alike
    return w[:7]


def stems(text: str) -> list[str]:
    """The stems of the content words of text, in order."""
    words = _WORD.findall(text)
    found = list(map(_CONTENT.get, words))
    if None in found:
        _CONTENT.learn(words)
        found = list(map(_CONTENT.__getitem__, words))
    return list(filter(None, found))


def stem_set(text: str) -> set[str]:
    """The set of `stems(text)`, made without the list."""
    words = _WORD.findall(text)
    known = set(map(_CONTENT.get, words))
    if None in known:
        _CONTENT.learn(words)
        found = set(map(_CONTENT.__getitem__, words))
    else:
        found = cast(set[str], known)
    found.discard("")
    return found


def stem_each(words: Sequence[str]) -> list[str]:
    """`stem` of each word (through the memo of the words `stems` has read)."""
    known = list(map(_CONTENT.get, words))
    if None in known or "" in known:
        return [s or stem(w) for s, w in zip(known, words)]
    return cast(list[str], known)


def _content_stem(word: str) -> str:
    if word.lower().replace("’", "'").removesuffix("'s") in lx.STOPWORDS or (len(word) < 2 and not word.isdigit()):
        return ""
    return stem(word)


# Word -> its stem, or "" for a function word: every sentence of every article is read, and
# a plain dict lookup per word is the cheapest way to do it. Bounded by the vocabulary.
_CONTENT: Words[str] = Words(_content_stem)


@dataclass(frozen=True)
class Unit:
    """One sentence as the aligner sees it."""

    ref: Ref
    text: str
    role: str
    words: frozenset[str]  # content stems, plus the speakers' and names' stems
    quoted: tuple[tuple[str, ...], ...]  # stems of each quoted phrase

    @property
    def source(self) -> str:
        return self.ref.source


# Each article's units as of the last build (`mkdocs serve` aligns the same analyses again
# after each edit, and only the edited one is new).
_UNITS: PerAnalysis[Analysis, list[Unit]] = PerAnalysis()


def units(analyses: Sequence[Analysis]) -> list[Unit]:
    """Every statement sentence of every article (captions and datelines left out)."""
    out: list[Unit] = []
    named: dict[str, set[str]] = {}  # a name's stems: names recur across articles
    for found in _UNITS.each(analyses, lambda a: _units_of(a, named)):
        out.extend(found)
    return out


def _units_of(a: Analysis, named: dict[str, set[str]]) -> list[Unit]:
    """One article's units."""

    def stems_of(name: str) -> set[str]:
        found = named.get(name)
        if found is None:
            found = named[name] = stem_set(name)
        return found

    out = []
    body = a.article.body
    # Names the sentence stands for without spelling them: a quote's speaker ("He"),
    # the full name behind a short one ("Clinton" for "Bill Clinton").
    implied: dict[int, set[str]] = defaultdict(set)
    for q in a.quotes:
        if q.speaker:
            implied[q.sentence].update(stems_of(q.speaker))
    starts = [s.start for s in a.sentences]
    for m in a.mentions:
        if m.name != m.text:
            k = bisect_right(starts, m.start) - 1
            if k >= 0 and m.start < a.sentences[k].end:
                implied[a.sentences[k].index].update(stems_of(m.name))
    source = a.article.id
    for s in a.sentences:
        if s.role in SKIPPED_ROLES:
            continue
        text = body[s.start : s.end]
        words = stem_set(text)
        extra = implied.get(s.index)
        if extra:
            words |= extra
        if len(words) >= MIN_WORDS:
            quoted = tuple(q for q in (tuple(stems(m.group(1))) for m in _QUOTED.finditer(text)) if q)
            out.append(Unit(Ref(source, s.start, s.end, s.index), text, s.role, frozenset(words), quoted))
    return out


class Index:
    """Rarity weights of stems over a set of units, and candidate lookup by shared stems."""

    def __init__(self, all_units: Sequence[Unit]):
        self.units = list(all_units)
        # How many units hold each stem.
        self.df = Counter(chain.from_iterable(u.words for u in self.units))
        n = max(len(self.units), 1)
        self.n = n
        self.limit = max(3, min(int(n * COMMON_SHARE), CANDIDATE_DF))
        # Smoothed so that a tiny set (two articles) still weighs rare words above common ones.
        self.idf = {w: math.log(1 + (n + 1) / c) for w, c in self.df.items()}
        self.squared = {w: v * v for w, v in self.idf.items()}
        # Sums of floats over sets are taken with fsum: exact, so they do not depend on the
        # order a set happens to iterate in (string hashing changes it from run to run).
        self.norm = [math.sqrt(math.fsum(map(self.squared.__getitem__, u.words))) or 1.0 for u in self.units]
        self.sources = [u.ref.source for u in self.units]

    def wording(self, i: int, j: int) -> float:
        """Cosine of the rarity-weighted stems, numbers left out: how alike two sentences are
        worded, whatever amounts they give."""
        a, b = self.units[i].words, self.units[j].words

        def norm(words: frozenset[str]) -> float:
            return math.sqrt(math.fsum(self.squared[w] for w in words if not w[:1].isdigit())) or 1.0

        common = math.fsum(self.squared[w] for w in a & b if not w[:1].isdigit())
        return common / (norm(a) * norm(b))

    def similarity(self, i: int, j: int) -> float:
        """Cosine of the rarity-weighted stems, plus a bonus for a phrase one quotes and the other carries."""
        a, b = self.units[i], self.units[j]
        shared = a.words & b.words
        # One shared word, or shared numbers alone, are coincidence more often than not.
        if len(shared) < 2 or sum(1 for w in shared if not w[:1].isdigit()) < 2:
            return 0.0
        common = math.fsum(map(self.squared.__getitem__, shared))
        score = common / (self.norm[i] * self.norm[j])
        # Extents differ between paraphrases: a short sentence wholly inside a long one counts.
        if len(shared) >= 3:
            small = min(self.norm[i], self.norm[j])
            score = max(score, 0.6 * common / (small * small))
        if (a.quoted or b.quoted) and (_quote_shared(a, b) or _quote_shared(b, a)):
            score += 0.15
        return score


def _quote_shared(a: Unit, b: Unit) -> bool:
    """A phrase quoted in a whose content words all appear in b."""
    return any(len(q) >= 2 and set(q) <= b.words for q in a.quoted)


def pairs(index: Index, threshold: float = CANDIDATE) -> list[tuple[float, int, int]]:
    """Pairs of units of different sources at or above threshold, best first.

    Only the later units of other sources sharing at least two rare stems with a unit are
    scored with it, so the work grows with the matches, not with the square of the number
    of sentences.
    """
    sources = index.sources
    common = {w for w, c in index.df.items() if c > index.limit}
    rare = [u.words - common for u in index.units]
    # Rare stem -> units of the sources already passed: sources are taken last to first, so
    # these are the later ones.
    later: dict[str, list[int]] = {}
    out = []
    end = len(index.units)
    while end > 0:
        start = end - 1
        while start > 0 and sources[start - 1] == sources[end - 1]:
            start -= 1
        for i in range(start, end):
            hits = list(chain.from_iterable(map(later.get, rare[i], repeat(()))))
            if len(hits) < 2:
                continue
            # The units met twice or more: equal neighbours once sorted (all of it in C: most
            # units meet hundreds of others once).
            hits.sort()
            source = sources[i]
            for j in set(compress(hits, map(eq, hits, islice(hits, 1, None)))):
                if sources[j] != source:
                    score = index.similarity(i, j)
                    if score >= threshold:
                        out.append((score, i, j))
        for i in range(start, end):
            for w in rare[i]:
                later.setdefault(w, []).append(i)
        end = start
    out.sort(key=lambda t: (-t[0], t[1], t[2]))
    return out
