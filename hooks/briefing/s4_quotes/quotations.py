"""Find direct quotations — spans between quotation marks, paired within a paragraph — and
attribute each to a named speaker (the attribution rules live in `speakers`).

Double marks (straight, curly, TimeBank's ``...'') are the quotation marks; single marks
count only in articles that never quote with double marks, and are told from apostrophes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.model import Mention, Quote, Sentence
from briefing.s4_quotes import speakers
from briefing.s4_quotes.index import Span

# (Every branch opens with a literal: the engine skips straight to the next mark.)
_DOUBLE = re.compile(r"``|''|\"|“|”|«|»|„")
_SINGLE = re.compile(r"[‘’']")
_WORD_NEXT = re.compile(r" ?[\w…]")
OPENERS = {"“": "”", "``": "''", "«": "»", "„": "“"}
CLOSERS = {"”", "''", "»"}


def find(body: str, sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> list[Quote]:
    """Every direct quotation in body, with its speaker resolved to a named person."""
    paragraphs = _paragraphs(sentences)
    single = not _DOUBLE.search(body)
    found: list[Span] = []
    for index, (start, end) in enumerate(paragraphs):
        if found and not found[-1].closed and found[-1].paragraph == index - 1 and not single:
            carried = _carried(body, found[-1], start, end)
            if carried is not None:
                found[-1] = carried
                start = carried.close
        found.extend(spans(body, start, end, index, single=single))
    return speakers.attribute(body, sentences, mentions, found)


def _carried(body: str, open_span: Span, start: int, end: int) -> Span | None:
    """A quote left open at the end of a paragraph that the next paragraph closes without
    opening it again (“… North America.¶What BS … hopefully.”): one quote over both. The
    next paragraph's first mark must close words, not open them."""
    close = _DOUBLE.search(body, start, end)
    if close is None or close.start() == start:
        return None
    g, i, j = close.group(), close.start(), close.end()
    if g not in CLOSERS and not (g == '"' and _closes(body, i, j, start, end) and not _opens(body, i, j, start, end)):
        return None
    return Span(open_span.open, open_span.start, i, j, open_span.paragraph)


def _paragraphs(sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    bounds: dict[int, list[int]] = {}
    for s in sentences:
        b = bounds.setdefault(s.paragraph, [s.start, s.end])
        b[0], b[1] = min(b[0], s.start), max(b[1], s.end)
    return [tuple(bounds[k]) for k in sorted(bounds)]  # type: ignore[misc]


def spans(body: str, start: int, end: int, paragraph: int = 0, *, single: bool = False) -> list[Span]:
    """Quotations in body[start:end] (one paragraph); a quote still open at the end of the
    paragraph ends there (the next paragraph of a long quote opens again)."""
    if single:
        return _single_spans(body, start, end, paragraph)
    out: list[Span] = []
    opened: int | None = None  # position of the open mark
    mark = ""  # the open mark
    nested: list[str] = []  # inner marks ("… “As you know…” …" inside "…")
    for m in _DOUBLE.finditer(body, start, end):
        g, i, j = m.group(), m.start(), m.end()
        if _in_tag(body, start, i) or (g == '"' and _inch(body, start, i)):
            continue
        if opened is None:
            if g == '"' and not _opens(body, i, j, start, end) and _closes(body, i, j, start, end):
                continue  # a closing mark whose opening is in another paragraph
            if g not in CLOSERS:
                opened, mark = i, g
            elif g == "”" and i == start and _WORD_NEXT.match(body, j, end):
                opened, mark = i, g  # a paragraph opened with the wrong curly mark
            continue
        if g in OPENERS:
            if g == mark and not nested and not _nests(body, j, end, g):
                # A second opening mark of the same shape: the first quote lost its close.
                out.append(_span(body, opened, len(mark), i, i, paragraph, closed=False))
                opened = i
            else:
                nested.append(g)
            continue
        if g in CLOSERS:
            if nested and nested[-1] in OPENERS:
                nested.pop()
                continue
        elif nested and nested[-1] == '"':
            nested.pop()
            continue
        elif _opens(body, i, j, start, end):
            if mark == '"':
                out.append(_span(body, opened, 1, i, i, paragraph, closed=False))
                opened = i
            else:
                nested.append(g)
            continue
        out.append(_span(body, opened, len(mark), i, j, paragraph))
        opened, mark, nested = None, "", []
    if opened is not None:
        out.append(_span(body, opened, len(mark), end, end, paragraph, closed=False))
    return [s for s in out if s.start < s.end]


def _nests(body: str, j: int, end: int, mark: str) -> bool:
    """After a second “ inside a quote: two closing marks before the next “ mean nesting
    (“… what he calls “hell” than live …”), one means the first quote was never closed."""
    nxt = body.find(mark, j, end)
    stop = end if nxt < 0 else nxt
    return body.count(OPENERS[mark], j, stop) >= 2


def _in_tag(body: str, start: int, i: int) -> bool:
    """Inside markup such as <tweet author="…">: attribute values, not quotations."""
    lo = max(start, i - 2000)  # a bounded look back keeps this linear
    return body.rfind("<", lo, i) > body.rfind(">", lo, i)


def _inch(body: str, start: int, i: int) -> bool:
    """6'3" or a 12" screen: a measure, not a mark."""
    if i <= start:
        return False
    return body[i - 1].isdigit() or (body[i - 1] == "'" and i - 1 > start and body[i - 2].isdigit())


def _closes(body: str, i: int, j: int, start: int, end: int) -> bool:
    before = body[i - 1] if i > start else " "
    after = body[j] if j < end else " "
    return not before.isspace() and (after.isspace() or after in ",.;:!?)")


def _opens(body: str, i: int, j: int, start: int, end: int) -> bool:
    """A straight mark that can only open: space before it, a word right after it."""
    before = body[i - 1] if i > start else " "
    after = body[j] if j < end else " "
    return (before.isspace() or before in "([—–") and (after.isalnum() or after in "‘'")


def _single_spans(body: str, start: int, end: int, paragraph: int) -> list[Span]:
    out: list[Span] = []
    opened: int | None = None
    for m in _SINGLE.finditer(body, start, end):
        i, g = m.start(), m.group()
        before = body[i - 1] if i > start else " "
        after = body[i + 1] if i + 1 < end else " "
        if before.isalnum() and after.isalnum():
            continue  # don’t, Russia’s
        if opened is None:
            if g != "’" and not before.isalnum() and after.isalpha():
                opened = i
            continue
        if g != "‘" and not before.isspace() and not after.isalnum():
            out.append(_span(body, opened, 1, i, i + 1, paragraph))
            opened = None
    return [s for s in out if s.start < s.end]


def _span(
    body: str, opened: int, width: int, close: int, close_end: int, paragraph: int, *, closed: bool = True
) -> Span:
    s, e = opened + width, close
    while s < e and body[s].isspace():
        s += 1
    while e > s and body[e - 1].isspace():
        e -= 1
    return Span(opened, s, e, close_end, paragraph, closed)
