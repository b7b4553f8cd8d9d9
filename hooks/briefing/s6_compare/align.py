"""Find the sentences of different articles that tell the same fact.

The pairs of sentences alike enough to compare (`wording.pairs`) are judged by `samefact` (the
same people, figures and dates, and enough in common) and grouped so that every two sentences
of a group tell the same fact.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefing.model import Analysis, Entity
from briefing.s6_compare import samefact
from briefing.s6_compare.wording import (
    CANDIDATE,
    SKIPPED_ROLES,
    STRONG,
    Index,
    Unit,
    pairs,
    stem,
    stem_each,
    stem_set,
    stems,
    units,
)

# What the other comparisons read from here.
__all__ = [
    "CANDIDATE",
    "SKIPPED_ROLES",
    "STRONG",
    "Alignment",
    "Index",
    "Unit",
    "align",
    "pairs",
    "stem",
    "stem_each",
    "stem_set",
    "stems",
    "units",
]


@dataclass
class Alignment:
    """The sentences of a set of articles grouped by the fact they tell.

    A group holds one sentence per source, each telling the same fact as every other (a
    clique, not a chain of resemblances). A sentence telling two things may be in two groups
    (one source tells the flight of 25 October and the service from 28 October in one
    sentence, another in two); a sentence in none is a group of its own."""

    index: Index
    groups: list[list[int]]  # unit indices, in source order; groups in order of their first unit
    # Closely worded sentence pairs of two sources that give other figures or dates (unit
    # indices and what differs: "amount" or "date"): candidates for contradictions.
    conflicts: list[tuple[int, int, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._words: dict[str, set[str]] = {}
        source_of = self.index.sources
        self.group_sources = [frozenset([source_of[k] for k in m]) for m in self.groups]
        self.groups_at: dict[tuple[str, int], list[int]] = defaultdict(list)
        self.by_source: dict[str, list[int]] = defaultdict(list)
        for g, members in enumerate(self.groups):
            for k in members:
                self.groups_at[(source_of[k], self.index.units[k].ref.sentence)].append(g)
            for source in sorted(self.group_sources[g]):
                self.by_source[source].append(g)

    def unit(self, k: int) -> Unit:
        return self.index.units[k]

    def key(self, k: int) -> tuple[str, int]:
        """Unit k's (source, sentence index)."""
        ref = self.index.units[k].ref
        return (ref.source, ref.sentence)

    def group(self, source: str, sentence: int) -> int | None:
        """The first group holding a sentence (None for a caption, a dateline, a sentence too thin)."""
        found = self.groups_at.get((source, sentence))
        return found[0] if found else None

    def together(self, source: str, sentence: int, other: str, other_sentence: int) -> bool:
        """Whether two sentences are in one group: they tell the same fact."""
        mine = self.groups_at.get((source, sentence), ())
        return any(g in mine for g in self.groups_at.get((other, other_sentence), ()))

    def told_by(self, source: str, sentence: int, other: str) -> bool:
        """Whether `other` tells something a sentence of `source` tells."""
        return any(other in self.group_sources[g] for g in self.groups_at.get((source, sentence), ()))

    def sources(self, g: int) -> frozenset[str]:
        return self.group_sources[g]

    def groups_of(self, source: str) -> list[int]:
        """The groups holding a sentence of source, in order."""
        return self.by_source.get(source, [])

    def words_of(self, source: str) -> set[str]:
        """Every stem a source uses."""
        if source not in self._words:
            self._words[source] = {
                w
                for g in self.groups_of(source)
                for k in self.groups[g]
                if self.index.units[k].source == source
                for w in self.index.units[k].words
            }
        return self._words[source]


def align(analyses: Sequence[Analysis], entities: Sequence[Entity] = ()) -> Alignment:
    """Group the sentences of all articles by the fact they tell.

    Pairs judged the same fact (`samefact.Judge.same`) are taken best first. A pair joins a
    group of one of its sentences when the other is the same fact as every member and its
    source is not there yet; else it makes a group of its own (so a sentence telling two
    things can agree with two sources on two things). `entities`: the names folded across
    articles, so that "Obama" and "Barack Obama" are one actor."""
    index = Index(units(analyses))
    judge = samefact.Judge(index, analyses, entities)
    source_of = index.sources
    found: list[tuple[float, int, int]] = []
    conflicts: list[tuple[int, int, str]] = []
    for _score, i, j in pairs(index, CANDIDATE):
        what = judge.conflict(i, j)
        if what is None:
            evidence = judge.same(i, j)
            if evidence is not None:
                found.append((evidence, i, j))
        elif what in ("amount", "date") and index.wording(i, j) >= STRONG:
            conflicts.append((i, j, what))
    found.sort(key=lambda t: (-t[0], t[1], t[2]))
    groups: list[list[int]] = []
    of: dict[int, list[int]] = defaultdict(list)
    for _evidence, i, j in found:
        if not set(of[i]).isdisjoint(of[j]):
            continue  # already together
        if not (_join(groups, of, i, j, judge, source_of) or _join(groups, of, j, i, judge, source_of)):
            of[i].append(len(groups))
            of[j].append(len(groups))
            groups.append([i, j])
    keys = [(u.ref.source, u.ref.start) for u in index.units]
    alone = [[k] for k in range(len(index.units)) if not of.get(k)]
    out = [sorted(m, key=keys.__getitem__) for m in groups] + alone
    out.sort(key=lambda m: keys[m[0]])
    return Alignment(index, out, sorted(conflicts))


def _join(
    groups: list[list[int]],
    of: dict[int, list[int]],
    member: int,
    new: int,
    judge: samefact.Judge,
    source_of: list[str],
) -> bool:
    """Put `new` in a group of `member` where it tells the same fact as every sentence; whether it went."""
    for g in of[member]:
        held = groups[g]
        if any(source_of[k] == source_of[new] for k in held):
            continue
        if all(k == member or judge.same(new, k) is not None for k in held):
            held.append(new)
            of[new].append(g)
            return True
    return False
