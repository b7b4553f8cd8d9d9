"""Look-ups over one article for the quote stage: its tokens, sentences, quoted stretches
(`Span`), the names outside them, and what the text shows of each person (gender, roles).
Built once per article; the rules of `cues`, `phrases` and `referents` only read it.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from briefing import lexicon as lx
from briefing.model import Mention, Sentence

_WORD = re.compile(r"\w+(?:[’'.&-]\w+)*[’']?|[,;:—–―()]")
_WORDS = re.compile(r"[\w.’'-]+")
_SAID_PRONOUN = re.compile(
    r",? (?:also |later |then )?(?:said|says|added|noted|argued|explained|wrote|insisted|told \w+)"
    r" (?:that )?(he|she)\b"
)


@dataclass(frozen=True)
class Span:
    """A quotation: `start`/`end` without the marks; `open`/`close` include them."""

    open: int
    start: int
    end: int
    close: int
    paragraph: int
    closed: bool = True


class ArticleIndex:
    """Look-ups over one article: tokens, mentions, sentences and quoted stretches."""

    def __init__(
        self, body: str, sentences: Sequence[Sentence], mentions: Sequence[Mention], quotes: Sequence[Span]
    ) -> None:
        self.body = body
        self.sentences = sentences
        self.sentence_starts = [s.start for s in sentences]
        self.quotes = quotes
        self.quote_opens = [q.open for q in quotes]
        self.quote_closes = [q.close for q in quotes]
        self.mentions = [m for m in mentions if not self.inside(m.start)]
        self.mention_starts = [m.start for m in self.mentions]
        first: dict[int, int] = {}
        for sent in sentences:
            first.setdefault(sent.paragraph, sent.start)
        self.paragraph_start = first
        self.people = [m for m in self.mentions if m.kind == "person"]
        self.people_starts = [m.start for m in self.people]
        # Each person's mentions (indices into `people`, with their starts), and who a
        # transcript label ("WALLACE:") names: the first person it is the name or surname of.
        self.mentions_of: dict[str, tuple[list[int], list[int]]] = {}
        self.labelled: dict[str, str] = {}
        for n, m in enumerate(self.people):
            at, starts = self.mentions_of.setdefault(m.name, ([], []))
            at.append(n)
            starts.append(m.start)
            self.labelled.setdefault(m.name.lower().split()[-1], m.name)
            self.labelled.setdefault(m.name.lower(), m.name)
        self.gender = genders(body, mentions)
        self.roles: dict[str, set[str]] = {}
        for m in mentions:
            if m.kind == "person" and m.role:
                self.roles.setdefault(m.name, set()).update(word_set(m.role))
        self.role_words: dict[str, list[str]] = defaultdict(list)  # a word of a role → who holds it
        for name, role in self.roles.items():
            for w in role:
                self.role_words[w].append(name)
        # The phrases of long sentences, read once by `phrases.named_before` (its own type).
        self.long_sentences: dict[int, Any] = {}

    def inside(self, pos: int) -> bool:
        i = bisect.bisect_right(self.quote_opens, pos) - 1
        return i >= 0 and pos < self.quotes[i].close

    def sentence_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)

    def tokens(self, start: int, end: int) -> list[tuple[int, int, str]]:
        return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(self.body, start, end)]


def word_set(text: str) -> set[str]:
    """The lower-case words of a text, a closing abbreviation period left out ("Sen.")."""
    return {w.lower().rstrip(".") for w in _WORDS.findall(text)}


def genders(body: str, mentions: Sequence[Mention]) -> dict[str, str]:
    """Each person's gender where the article shows it: a given name, a title ("Mrs."),
    a gendered role, or a pronoun right after a cue ("Mariano said she …")."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if m.kind != "person":
            continue
        first = m.name.split()[0].lower()
        words = word_set(body[max(0, m.start - 5) : m.start])
        if m.role:
            words |= word_set(m.role)
        if first in lx.MALE_NAMES or words & lx.MALE_WORDS:
            votes[m.name]["male"] += 3
        elif first in lx.FEMALE_NAMES or words & lx.FEMALE_WORDS:
            votes[m.name]["female"] += 3
        said = _SAID_PRONOUN.match(body, m.end, m.end + 60)
        if said:
            votes[m.name]["male" if said.group(1).lower() == "he" else "female"] += 1
    out: dict[str, str] = {}
    for name, v in votes.items():
        (best, n), *rest = v.most_common()
        if not rest or n > rest[0][1]:
            out[name] = best
    return out
