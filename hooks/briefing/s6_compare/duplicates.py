"""Find the same article read twice: identical or near-identical text under two file names
(wire copy run by two outlets, a page saved twice). The briefing is built from one of them and
says where else the article was published.

Texts are compared as words (case, spacing, punctuation and quote marks ignored) by the
overlap of their five-word runs; a paraphrase shares few runs, a re-saved copy nearly all.
"""

from __future__ import annotations

import hashlib
import heapq
import re
import zlib
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from briefing import collector
from briefing.cache import PerText, Words
from briefing.model import Article, Copy

# Share of five-word runs two texts must have in common (Jaccard) to be one article.
NEAR_IDENTICAL = 0.8
SHINGLE = 5
# Runs kept per article (the smallest hashes): bounded memory for any size of article,
# and exact for articles of up to this many words.
SKETCH = 2048

_WORD = re.compile(r"\w+")
# Word -> its number, from its letters (not from `hash`, which changes with each run), so the
# sketch, and the decision, are the same on every build; kept across articles: most recur.
_NUMBERS: Words[int] = Words(lambda w: zlib.crc32(w.encode("utf-8", "surrogatepass")))
# Text -> its fingerprint, packed (`_runs`), as of the last build (`mkdocs serve` looks again
# at the same texts after each edit; packed, a few kB a text instead of tens as a set).
_PRINTS: PerText[tuple[str, array, int]] = PerText()


@dataclass(frozen=True)
class Duplicate:
    """`dropped` tells what `kept` tells; `similarity` is 1.0 for the same words."""

    kept: Article
    dropped: Article
    similarity: float

    def copy(self, source: str) -> Copy:
        """`dropped` as a copy of the article kept, whose id is `source`."""
        art = self.dropped
        return Copy(source, art.path, art.title, art.outlet, art.url, art.published, self.similarity)


@dataclass(frozen=True)
class _Print:
    digest: str
    sketch: frozenset[int]
    size: int  # number of distinct runs
    # The smallest runs of the sketch, as many as make any sketch sharing NEAR_IDENTICAL of
    # both share one of them (prefix filtering): the smallest shared run is among them, since
    # fewer than that many runs of each lie outside the other.
    prefix: tuple[int, ...]


def find(articles: Sequence[Article]) -> list[Duplicate]:
    """Every article that repeats one kept before it, the one with most metadata kept.

    An article is compared only with kept articles that share enough of its runs to reach
    NEAR_IDENTICAL (found through an index of runs), so unrelated articles cost nothing.
    """
    with collector.paused():  # many small objects, no cycles
        return _find(articles)


def _find(articles: Sequence[Article]) -> list[Duplicate]:
    order = sorted(articles, key=_preference)
    kept: list[tuple[Article, _Print]] = []
    # Run -> positions in `kept` of the articles having it in their sketch's prefix.
    holding: dict[int, list[int]] = {}
    found: list[Duplicate] = []
    prints: dict[str, tuple[str, array, int]] = {}
    for article in order:
        packed = prints[article.body] = _PRINTS.last.get(article.body) or _runs(article.body)
        mark = _unpack(*packed)
        match = None
        for other, other_mark in _candidates(mark, kept, holding):
            similarity = _similarity(mark, other_mark)
            if similarity >= NEAR_IDENTICAL and (match is None or similarity > match[1]):
                match = (other, similarity)
        if match:
            found.append(Duplicate(match[0], article, match[1]))
        else:
            for run in mark.prefix:
                holding.setdefault(run, []).append(len(kept))
            kept.append((article, mark))
    _PRINTS.keep(prints)
    return found


def _candidates(
    mark: _Print, kept: list[tuple[Article, _Print]], holding: dict[int, list[int]]
) -> list[tuple[Article, _Print]]:
    # `_similarity` counts shared runs among at most max(sketch sizes) of them, so two texts
    # sharing fewer than NEAR_IDENTICAL of the larger sketch can never match: skipping them
    # changes no result. Identical texts have identical sketches, so they always qualify.
    near = sorted({i for run in mark.prefix for i in holding.get(run, ())})
    return [
        kept[i]
        for i in near
        if len(mark.sketch & kept[i][1].sketch) >= NEAR_IDENTICAL * max(len(mark.sketch), len(kept[i][1].sketch))
    ]


def _preference(article: Article) -> tuple:
    # Front matter tells more (a publication date dates its relative expressions); a copy's
    # name is usually the longer one ("a copy.txt", "a (1).txt").
    known = sum(v is not None for v in (article.published, article.outlet, article.url, article.author))
    return (-known, article.title_from != "front matter", len(article.path), article.path)


def _fingerprint(body: str) -> _Print:
    return _unpack(*_runs(body))


def _runs(body: str) -> tuple[str, array, int]:
    """A text's fingerprint, packed: its digest, its smallest runs (sorted), its number of runs."""
    # Texts without a single word (all emoji, say) are compared by what lies between spaces.
    words = _WORD.findall(body.casefold()) or body.split()
    digest = hashlib.sha256("\x00".join(words).encode("utf-8", "surrogatepass")).hexdigest()
    ids = list(map(_NUMBERS.get, words))
    if None in ids:
        _NUMBERS.learn(words)
        ids = list(map(_NUMBERS.__getitem__, words))
    if len(ids) < SHINGLE:
        runs = {hash(tuple(ids))}
    else:
        runs = set(map(hash, zip(*(ids[i:] for i in range(SHINGLE)))))
    # Runs are `hash` values: signed machine words.
    return digest, array("q", sorted(runs)[:SKETCH]), len(runs)


def _unpack(digest: str, smallest: Sequence[int], size: int) -> _Print:
    """The fingerprint of a text with this digest, these smallest runs (sorted) and this many runs."""
    prefix = tuple(smallest[: len(smallest) - int(NEAR_IDENTICAL * len(smallest)) + 1])
    return _Print(digest, frozenset(smallest), size, prefix)


def _similarity(a: _Print, b: _Print) -> float:
    """Estimated Jaccard similarity of the two texts' runs (exact for short texts)."""
    if a.digest == b.digest:
        return 1.0
    if min(a.size, b.size) < NEAR_IDENTICAL * max(a.size, b.size):
        return 0.0  # sizes alone rule it out
    union = heapq.nsmallest(SKETCH, a.sketch | b.sketch)
    both = sum(1 for h in union if h in a.sketch and h in b.sketch)
    # Never 1.0 unless the words are the same.
    return min(both / len(union), 0.999)
