"""Split an article's paragraphs into sentences with character offsets.

Rule-based and linear: a sentence ends at . ! ? (and any closing quotes or brackets) when
the next word can start a sentence and the word before the period is no abbreviation.
"""

from __future__ import annotations

import re

from briefing import lexicon as lx
from briefing.model import Article, Sentence

# Possessive, and tried only from the first mark of a run, so it is linear on any run of
# marks or quotes (`(?:…|'')*` used to backtrack exponentially, `[.!?…]+` quadratically).
# The mark comes first and the look-behind after it (no mark before it): a pattern that
# opens with a character class lets the engine skip straight to the next mark.
_BOUNDARY = re.compile(r"[.!?…](?<![.!?…]{2})[.!?…]*+[\"'”’)\]]*+(?=\s)")
_NEXT = re.compile(r"\s+([\"“‘'(\[`]*)(\S*)")
_WORD_BEFORE = re.compile(r"([\w.’'&-]++)$")  # possessive: a shorter run never ends at $ either
_INITIAL = re.compile(r"[a-z]")
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
_NUMBERED = re.compile(r"no|vol|p|pp|art|sec")


def split(article: Article) -> tuple[Sentence, ...]:
    """Sentences of every paragraph, numbered in reading order, with their role."""
    body = article.body
    out: list[Sentence] = []
    for p_index, para in enumerate(article.paragraphs):
        role = _paragraph_role(article, p_index, body[para.start : para.end])
        for start, end in spans(body, para.start, para.end):
            out.append(Sentence(len(out), start, end, p_index, role))
    return tuple(out)


def spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence in text[start:end], trimmed of surrounding spaces."""
    end = len(text) if end is None else end
    result = []
    cur = start
    for m in _BOUNDARY.finditer(text, start, end):
        stop = m.end()
        if stop >= end:
            break
        if _is_boundary(text, m.start(), stop, end):
            result.append((cur, stop))
            cur = stop
    result.append((cur, end))
    trimmed = []
    for s, e in result:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            trimmed.append((s, e))
    return trimmed


def _is_boundary(text: str, punct: int, stop: int, end: int) -> bool:
    nxt = _NEXT.match(text, stop, end)
    if not nxt:
        return False
    opener, word = nxt.group(1), nxt.group(2)
    if not word and not opener:
        return False
    first = word[:1] or opener[:1]
    if text[punct] in "!?…" or text.startswith("...", punct):
        # "?” He then" ends a sentence; "?” he asked" does not.
        return first.isupper() or first.isdigit() or (bool(opener) and not first.islower())
    if not (first.isupper() or first.isdigit() or (opener and not first.islower())):
        return False
    before = _WORD_BEFORE.search(text, max(0, punct - 40), punct)
    if not before:
        return True
    token = before.group(1).lower().lstrip("(\"'“‘")
    if token in lx.ABBREVIATIONS or _INITIAL.fullmatch(token):
        return False  # "Mr. Smith", "J. Smith"
    if token in lx.MONTH_ABBREVIATIONS:
        return not first.isdigit()  # "Sept. 11"
    if token in lx.SOMETIMES_FINAL or _INITIALS.fullmatch(token):
        return word.lower().strip(",") in lx.SENTENCE_OPENERS
    return not (first.isdigit() and _NUMBERED.fullmatch(token))


def _paragraph_role(article: Article, index: int, text: str) -> str:
    if index == 0 and article.title_from in ("headline", "dek"):
        return article.title_from
    # (the opening only is lower-cased: a paragraph may be long)
    if text.startswith("©") or text[:8].lower().startswith(("photo:", "image:", "(photo", "caption:")):
        return "caption"
    return "body"
