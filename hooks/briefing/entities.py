"""Find people, organisations and places and fold their aliases (placeholder: to be written)."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Analysis, Entity, Mention, Sentence


def find(body: str, sentences: Sequence[Sentence]) -> list[Mention]:
    """Every name of a person, organisation or place in body, in text order."""
    return []


def fold(analyses: Sequence[Analysis]) -> list[Entity]:
    """One entity per real-world referent across all articles, aliases folded."""
    return []
