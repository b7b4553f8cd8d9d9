"""An article's sentences and absolute dates, found by position for the checks across
articles: the sentence at an offset and its `Ref`, the dates within a sentence or inside a
date, and a date value's first and last day and its words for a message.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence

from briefing.calendar import FULL_DATE, span
from briefing.model import Analysis, Ref, Timex
from briefing.s6_compare import align

# A date value of the calendar ("2000", "2000-06", "2000-06-04"): the ones with a span.


class Dates:
    """One article's absolute dates ("June 4, 2000", not "today"), in text order, found by
    position, by sentence and by the date they fall within: looked up, not rescanned, for
    each era sentence of a long article."""

    def __init__(self, a: Analysis) -> None:
        self.a = a
        self.found = sorted(
            (t for t in a.dates if t.type == "DATE" and not t.relative and FULL_DATE.match(t.value)),
            key=lambda t: t.start,
        )
        self.starts = [t.start for t in self.found]
        self._before: list[int | None] | None = None
        # Containing value -> width in days -> the sentences with such a date, with their first one.
        self._inside: dict[str, dict[int, list[tuple[Timex, int]]]] | None = None
        self._words: dict[int, frozenset[str]] = {}
        self._shared: dict[tuple[str, int, frozenset[str]], list[tuple[Timex, int]]] = {}

    def within(self, start: int, end: int) -> list[Timex]:
        """The dates that start in body[start:end], in text order."""
        return self.found[bisect_left(self.starts, start) : bisect_left(self.starts, end)]

    def dated_before(self, index: int) -> int | None:
        """The nearest body sentence before sentence `index`, in its paragraph and with no
        other kind of sentence between, that has an absolute date."""
        if self._before is None:
            sents = self.a.sentences
            before: list[int | None] = [None] * len(sents)
            for i in range(1, len(sents)):
                prev = sents[i - 1]
                if prev.paragraph != sents[i].paragraph or prev.role != "body":
                    continue
                before[i] = i - 1 if self.within(prev.start, prev.end) else before[i - 1]
            self._before = before
        return self._before[index]

    def widths_within(self, value: str, width: int) -> list[int]:
        """The widths, narrowest first, of the dates inside `value` narrower than it."""
        return sorted(w for w in self._index().get(value, {}) if w < width)

    def sharing(self, value: str, width: int, words: frozenset[str]) -> list[tuple[Timex, int]]:
        """The first two sentences (their first date and index) with a date of this width
        inside `value` that share one of `words`: one of them is not the anchor's own."""
        key = (value, width, words)
        if key not in self._shared:
            out = []
            for t, index in self._index()[value][width]:
                if not words.isdisjoint(self._words_of(index)):
                    out.append((t, index))
                    if len(out) == 2:
                        break
            self._shared[key] = out
        return self._shared[key]

    def _index(self) -> dict[str, dict[int, list[tuple[Timex, int]]]]:
        if self._inside is None:
            inside: dict[str, dict[int, list[tuple[Timex, int]]]] = defaultdict(lambda: defaultdict(list))
            for s in self.a.sentences:
                if s.role in align.SKIPPED_ROLES:
                    continue
                for t in self.within(s.start, s.end):
                    lo, hi = span(t.value)
                    parts = t.value.split("-")
                    for n in range(1, len(parts)):
                        entries = inside["-".join(parts[:n])][(hi - lo).days]
                        if not entries or entries[-1][1] != s.index:
                            entries.append((t, s.index))
            self._inside = inside
        return self._inside

    def _words_of(self, index: int) -> frozenset[str]:
        if index not in self._words:
            self._words[index] = frozenset(align.stems(sentence_text(self.a, index)))
        return self._words[index]


def sentence_text(a: Analysis, index: int) -> str:
    """The words of sentence `index`, as the body holds them."""
    s = a.sentences[index]
    return a.article.body[s.start : s.end]


def sentence_ref(a: Analysis, index: int) -> Ref:
    """A link to the whole of sentence `index`: what a discrepancy cites."""
    s = a.sentences[index]
    return Ref(a.article.id, s.start, s.end, s.index)


def sentence_of(a: Analysis, offset: int, starts: Sequence[int] | None = None) -> int | None:
    """The sentence at offset; `starts` (the sentences' starts) saves making them per call."""
    k = bisect_right(starts if starts is not None else [s.start for s in a.sentences], offset) - 1
    if k >= 0 and offset < a.sentences[k].end:
        return a.sentences[k].index
    return None
