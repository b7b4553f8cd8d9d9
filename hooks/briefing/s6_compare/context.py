"""Find the background of a story: the statements of fact, grouped into themes.

A theme is a word or a name that several such statements share, picked greedily so that
each statement sits in one theme; its lines are facts (one line per thing told, with every
source that tells it), so nothing is written that a source did not say.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import chain, compress
from operator import not_

from briefing import lexicon as lx
from briefing.cache import PerText
from briefing.model import Analysis, Entity, Fact, Mention, Theme
from briefing.s6_compare.align import stem_each

MAX_THEMES = 6
MIN_LINES = 2  # a theme of one line is no theme
# A term shared by more than this share of the lines says nothing about any of them.
TOO_COMMON = 0.6
# A sentence mostly made of quoted words belongs to the Quotes page, not to the context.
MAX_QUOTED_SHARE = 0.5
OTHER = "Other background"
# Marks stripped from the ends of a word.
_PUNCT = ".,;:!?\"'“”‘’()[]—–-"
# Four letters or more with nothing but those marks around them up to the spaces (letters
# as `str.isalpha` has them, checked again: the class also takes some numerals).
_WORD = re.compile(r"(?<!\S)[" + re.escape(_PUNCT) + r"]*([^\W\d_]{4,})[" + re.escape(_PUNCT) + r"]*(?!\S)")
# Sentence text -> what `_read` found in it, as of the last build (`mkdocs serve` reads the
# same sentences again after each edit).
_READ: PerText[tuple[tuple[str, ...], tuple[str, ...]]] = PerText()


def themes(analyses: Sequence[Analysis], facts: Sequence[Fact], entities: Sequence[Entity]) -> list[Theme]:
    """Themes over the facts told in running text that are not mainly quotes."""
    sentences = {a.article.id: _Sentences(a) for a in analyses}
    lines = [f for f in facts if all(sentences[r.source].background(r.sentence) for r in f.sources)]
    if not lines:
        return []
    # Places are where a story happens rather than what it is about: they label no theme.
    canonical = {alias: e.name for e in entities if e.kind != "place" for alias in (e.name, *e.aliases)}
    # A sentence's words are read once, though its text serves both its terms and the labels.
    read: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    terms = [_terms(sentences, f, canonical, read) for f in lines]
    surface = _surface_words(lines, read)

    counts = Counter(chain.from_iterable(terms))
    limit = max(MIN_LINES, int(len(lines) * TOO_COMMON))
    # A term of fewer lines than a theme needs never labels one (a term's lines only go).
    useful = {t for t, n in counts.items() if MIN_LINES <= n <= limit}
    holding: dict[str, set[int]] = defaultdict(set)
    for i, ts in enumerate(terms):
        for t in useful.intersection(ts):
            holding[t].add(i)
    out: list[Theme] = []
    while holding and len(out) < MAX_THEMES:
        # Most lines first; a word before a name at equal count; then alphabetical, for a stable page.
        most = max(map(len, holding.values()))
        term = min((t for t, held in holding.items() if len(held) == most), key=lambda t: (t.startswith("="), t))
        chosen = sorted(holding[term])
        if len(chosen) < MIN_LINES:
            break
        # A placed line leaves the terms it holds (and only those hold it).
        for i in chosen:
            for t in terms[i]:
                held = holding.get(t)
                if held is not None:
                    held.discard(i)
                    if not held:
                        del holding[t]
        out.append(Theme(_label(term, surface), tuple(lines[i] for i in chosen)))
    _READ.keep(read)
    placed = {id(f) for t in out for f in t.facts}
    rest = tuple(f for f in lines if id(f) not in placed)
    if rest:
        out.append(Theme(OTHER, rest))
    return out


class _Sentences:
    """One article's sentences with the quoted share and the names of each, found in one pass."""

    def __init__(self, analysis: Analysis):
        self.analysis = analysis
        starts = [s.start for s in analysis.sentences]
        self.quoted: dict[int, int] = defaultdict(int)
        for q in analysis.quotes:
            i = max(0, bisect_right(starts, q.start) - 1)
            while i < len(analysis.sentences) and analysis.sentences[i].start < q.end:
                s = analysis.sentences[i]
                self.quoted[i] += max(0, min(q.end, s.end) - max(q.start, s.start))
                i += 1
        self.mentions: dict[int, list[Mention]] = defaultdict(list)
        for m in analysis.mentions:
            i = bisect_right(starts, m.start) - 1
            if i >= 0 and m.start < analysis.sentences[i].end:
                self.mentions[i].append(m)

    def background(self, index: int) -> bool:
        s = self.analysis.sentences[index]
        return s.role == "body" and self.quoted[index] <= MAX_QUOTED_SHARE * (s.end - s.start)


def _terms(
    sentences: dict[str, _Sentences],
    fact: Fact,
    canonical: dict[str, str],
    read: dict[str, tuple[tuple[str, ...], tuple[str, ...]]],
) -> set[str]:
    """The stems of a line's content words and, marked with "=", the names it mentions."""
    out: set[str] = set()
    for ref in fact.sources:
        found = sentences[ref.source]
        text = found.analysis.article.body[ref.start : ref.end]
        named: set[str] = set()
        for m in found.mentions[ref.sentence]:
            named.update(m.text.lower().split())
            if m.name in canonical:
                out.add("=" + canonical[m.name])
        lows, stems = _read(text, read)
        if named:
            out.update(compress(stems, map(not_, map(named.__contains__, lows))))
        else:
            out.update(stems)
    return out


def _read(
    text: str, read: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The content words of text, lower-cased, and their stems; remembered in `read`."""
    found = read.get(text)
    if found is None:
        found = _READ.last.get(text)
        if found is None:
            # The words of more than three letters between spaces, marks at their ends left
            # out, function words too (all of it in C).
            words = list(filter(str.isalpha, _WORD.findall(text)))
            lows = list(map(sys.intern, map(str.lower, words)))  # kept in `_READ`: one copy of each
            content = list(map(not_, map(lx.STOPWORDS.__contains__, lows)))
            found = (tuple(compress(lows, content)), tuple(stem_each(list(compress(words, content)))))
        read[text] = found
    return found


def _surface_words(lines: Sequence[Fact], read: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]) -> dict[str, str]:
    """The most frequent spelling of each stem, to label a theme with a real word."""
    readings = [_read(f.text, read) for f in lines]
    counted = Counter(chain.from_iterable(zip(stems, lows) for lows, stems in readings))
    best: dict[str, tuple[int, str]] = {}
    for (st, low), n in counted.items():
        # Most frequent, then first in alphabetical order.
        if st not in best or (-n, low) < best[st]:
            best[st] = (-n, low)
    return {st: low for st, (_, low) in best.items()}


def _label(term: str, surface: dict[str, str]) -> str:
    if term.startswith("="):
        return term[1:]
    word = surface.get(term, term)
    return word[:1].upper() + word[1:]
