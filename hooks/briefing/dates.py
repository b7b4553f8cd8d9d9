"""Find temporal expressions and normalise them to TIMEX3 values (placeholder: to be written)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from .model import Sentence, Timex


def find(body: str, sentences: Sequence[Sentence], published: date | None) -> list[Timex]:
    """Every temporal expression in body, in text order, with its TIMEX3 type and value."""
    return []


def dateline(body: str, sentences: Sequence[Sentence], found: Sequence[Timex]) -> tuple[date, int] | None:
    """The article's own date from a dateline paragraph, and that sentence's index."""
    return None
