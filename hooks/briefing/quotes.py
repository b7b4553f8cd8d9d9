"""Find direct quotations and attribute them to speakers (placeholder: to be written)."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Mention, Quote, Sentence


def find(body: str, sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> list[Quote]:
    """Every direct quotation in body, with its speaker resolved to a named person."""
    return []
