"""Test helpers shared by the date and name tests: the temporal expressions a text holds with
their values, and the names an article mentions."""

from __future__ import annotations

from datetime import date

from briefing.s1_read import sentences
from briefing.s1_read.load import parse
from briefing.s2_dates import expressions as dates
from briefing.s3_names import entities


def tag(text: str, published: date | None = None) -> dict[str, tuple[str, str]]:
    """Each expression found, by its words: (TIMEX3 type, value); offsets checked."""
    found = dates.find(text, [], published)
    for t in found:
        assert text[t.start : t.end] == t.text
    return {t.text: (t.type, t.value) for t in found}


def values(text: str, published: date | None = None) -> dict[str, str]:
    """Each expression found, by its words: its value."""
    return {k: v for k, (_, v) in tag(text, published).items()}


def article_of(text: str, ident: str = "a"):
    """A plain-text article of that text."""
    article, _ = parse(text.encode(), ident, ident + ".txt", markdown=False)
    return article


def mentions_of(text: str):
    """The names the article of that text mentions."""
    article = article_of(text)
    return entities.find(article.body, sentences.split(article))
