"""Turn dated sentences into timeline events and merge the same event across sources (placeholder)."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Analysis, Article, Event, Sentence, TimelineItem, Timex


def find(article: Article, sentences: Sequence[Sentence], dates: Sequence[Timex]) -> list[Event]:
    """The dated clauses of one article."""
    return []


def timeline(analyses: Sequence[Analysis]) -> list[TimelineItem]:
    """All events in chronological order, underspecified ones last; one item per event told."""
    return []
