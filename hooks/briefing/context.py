"""Find the background of a story: the statements of fact, grouped into themes.

A theme is a word or a name that several such statements share, picked greedily so that
each statement sits in one theme; its lines are facts (one line per thing told, with every
source that tells it), so nothing is written that a source did not say.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from .align import STOPWORDS, stem
from .model import Analysis, Entity, Fact, Theme

MAX_THEMES = 6
MIN_LINES = 2  # a theme of one line is no theme
# A term shared by more than this share of the lines says nothing about any of them.
TOO_COMMON = 0.6
# A sentence mostly made of quoted words belongs to the Quotes page, not to the context.
MAX_QUOTED_SHARE = 0.5
OTHER = "Other background"


def themes(analyses: Sequence[Analysis], facts: Sequence[Fact], entities: Sequence[Entity]) -> list[Theme]:
    """Themes over the facts told in running text that are not mainly quotes."""
    by_id = {a.article.id: a for a in analyses}
    lines = [f for f in facts if _is_background(by_id, f)]
    if not lines:
        return []
    # Places are where a story happens rather than what it is about: they label no theme.
    canonical = {alias: e.name for e in entities if e.kind != "place" for alias in (e.name, *e.aliases)}
    terms = [_terms(by_id, f, canonical) for f in lines]
    surface = _surface_words(lines)

    counts = Counter(t for ts in terms for t in ts)
    limit = max(MIN_LINES, int(len(lines) * TOO_COMMON))
    left = set(range(len(lines)))
    out: list[Theme] = []
    while left and len(out) < MAX_THEMES:
        scores = Counter(t for i in left for t in terms[i] if counts[t] <= limit)
        if not scores:
            break
        # Most lines first; a word before a name at equal count; then alphabetical, for a stable page.
        term, n = min(scores.items(), key=lambda kv: (-kv[1], kv[0].startswith("="), kv[0]))
        if n < MIN_LINES:
            break
        chosen = sorted(i for i in left if term in terms[i])
        left -= set(chosen)
        out.append(Theme(_label(term, surface), tuple(lines[i] for i in chosen)))
    if left:
        out.append(Theme(OTHER, tuple(lines[i] for i in sorted(left))))
    return out


def _is_background(by_id: dict[str, Analysis], fact: Fact) -> bool:
    for ref in fact.sources:
        a = by_id[ref.source]
        s = a.sentences[ref.sentence]
        if s.role != "body":
            return False
        quoted = sum(max(0, min(q.end, s.end) - max(q.start, s.start)) for q in a.quotes)
        if quoted > MAX_QUOTED_SHARE * (s.end - s.start):
            return False
    return True


def _terms(by_id: dict[str, Analysis], fact: Fact, canonical: dict[str, str]) -> set[str]:
    """The stems of a line's content words and, marked with "=", the names it mentions."""
    out: set[str] = set()
    for ref in fact.sources:
        a = by_id[ref.source]
        text = a.article.body[ref.start: ref.end]
        named = set()
        for m in a.mentions:
            if ref.start <= m.start < ref.end:
                named.update(w.lower() for w in m.text.split())
                if m.name in canonical:
                    out.add("=" + canonical[m.name])
        out.update(stem(w) for w in _words(text) if w.lower() not in named)
    return out


def _words(text: str) -> list[str]:
    words = []
    for raw in text.split():
        w = raw.strip(".,;:!?\"'“”‘’()[]—–-")
        if len(w) > 3 and w.isalpha() and w.lower() not in STOPWORDS:
            words.append(w)
    return words


def _surface_words(lines: Sequence[Fact]) -> dict[str, str]:
    """The most frequent spelling of each stem, to label a theme with a real word."""
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for f in lines:
        for w in _words(f.text):
            seen[stem(w)][w.lower()] += 1
    return {s: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for s, c in seen.items()}


def _label(term: str, surface: dict[str, str]) -> str:
    if term.startswith("="):
        return term[1:]
    word = surface.get(term, term)
    return word[:1].upper() + word[1:]
