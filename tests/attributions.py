"""Test helper shared by the attribution tests (speakers, cues, phrases, referents): the quotes
of a small article with who said them, as the engine attributes them."""

from __future__ import annotations

from briefing.s1_read import sentences
from briefing.s1_read.load import parse
from briefing.s3_names import entities
from briefing.s4_quotes import quotations as quotes


def _quotes(text: str):
    article, _ = parse(text.encode(), "a", "a.txt", markdown=False)
    sents = sentences.split(article)
    return article.body, quotes.find(article.body, sents, entities.find(article.body, sents))


def speakers_of(text: str) -> list[tuple[str, str | None, str | None]]:
    """(quoted words, speaker, the words the attribution names the speaker with)."""
    body, found = _quotes(text)
    return [
        (
            body[q.start : q.end],
            q.speaker,
            body[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None,
        )
        for q in found
    ]


def wordings_of(text: str) -> list[tuple[str, str | None, str | None]]:
    """(quoted words, speaker, the attribution as the article words it)."""
    body, found = _quotes(text)
    return [(body[q.start : q.end], q.speaker, q.source_text) for q in found]
