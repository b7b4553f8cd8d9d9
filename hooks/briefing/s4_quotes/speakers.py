"""Attribute quotations to speakers: for each quote the cue and the phrase that names its
speaker, kept as worded (`cues`, `phrases`), the speaker of a quote it continues, and whom a
pronoun or role noun stands for (`referents`).
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing import lexicon as lx
from briefing.model import Mention, Quote, Sentence
from briefing.s4_quotes import cues, phrases, referents
from briefing.s4_quotes.phrases import Candidate

if TYPE_CHECKING:
    from briefing.s4_quotes.quotations import Span

_INITIAL = re.compile(r"[A-Z]\.")
_WORD = re.compile(r"\w+(?:[’'.&-]\w+)*[’']?|[,;:—–―()]")
_NAMING = {"billed", "dubbed", "named", "titled", "branded"}


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
        self.gender = referents.genders(body, mentions)
        self.roles: dict[str, set[str]] = {}
        for m in mentions:
            if m.kind == "person" and m.role:
                self.roles.setdefault(m.name, set()).update(referents.word_set(m.role))
        self.role_words: dict[str, list[str]] = defaultdict(list)  # a word of a role → who holds it
        for name, role in self.roles.items():
            for w in role:
                self.role_words[w].append(name)

        # Speakers already resolved from a pronoun or role noun, by position: antecedents too;
        # also kept apart by the gender asked for (None, "male", "female"), those of the
        # other gender left out, so a pronoun finds its nearest fit without a scan.
        self.known: list[tuple[int, str]] = []
        self.known_at: list[int] = []
        self.known_fit: dict[str | None, tuple[list[int], list[tuple[int, str]]]] = {
            g: ([], []) for g in (None, "male", "female")
        }
        self._first_fit: dict[tuple[int, str | None], tuple[int, str] | None] = {}
        self._subjects: dict[int, str | None] = {}
        self.phrases: dict[int, phrases.SentencePhrases] = {}  # of long sentences, by index
        self.quoted_by: dict[int, str] = {}  # sentence index → speaker of its last quote

    def subject(self, index: int) -> str | None:
        """The person who heads the first noun phrase of a sentence, if one does."""
        if index not in self._subjects:
            s = self.sentences[index]
            toks = [t for t in self.tokens(s.start, s.end) if not self.inside(t[0])]
            cand = phrases.first_named(self, toks, len(toks))
            self._subjects[index] = cand.name if cand and cand.kind == "person" else None
        return self._subjects[index]

    def remember(self, pos: int, name: str) -> None:
        i = bisect.bisect_right(self.known_at, pos)
        self.known_at.insert(i, pos)
        self.known.insert(i, (pos, name))
        for gender, (at, known) in self.known_fit.items():
            if referents.compatible(self, name, gender, None):
                i = bisect.bisect_right(at, pos)
                at.insert(i, pos)
                known.insert(i, (pos, name))

    def first_fit(self, index: int, end: int, gender: str | None) -> str | None:
        """The first person (by position, then name) of sentence `index` before `end`,
        named or already resolved, that can be of `gender`."""
        s = self.sentences[index]
        key = (index, gender)
        if key not in self._first_fit:
            lo = bisect.bisect_left(self.people_starts, s.start)
            hi = bisect.bisect_left(self.people_starts, s.end)
            self._first_fit[key] = min(
                ((m.start, m.name) for m in self.people[lo:hi] if referents.compatible(self, m.name, gender, None)),
                default=None,
            )
        best = self._first_fit[key]
        if best is not None and best[0] >= end:
            best = None
        at, known = self.known_fit[gender]
        i = bisect.bisect_left(at, s.start)
        if i < len(at) and at[i] < end:
            first = min(k for k in known[i : bisect.bisect_right(at, at[i])])
            best = first if best is None else min(best, first)
        return best[1] if best else None

    def inside(self, pos: int) -> bool:
        i = bisect.bisect_right(self.quote_opens, pos) - 1
        return i >= 0 and pos < self.quotes[i].close

    def sentence_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)

    def tokens(self, start: int, end: int) -> list[tuple[int, int, str]]:
        return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(self.body, start, end)]


def attribute(
    body: str, sentences: Sequence[Sentence], mentions: Sequence[Mention], spans: Sequence[Span]
) -> list[Quote]:
    """A `Quote` for each span, with its speaker where the text names one."""
    # Titles and scare-quoted names are no one's words and no boundary for attributions.
    spans = sorted((s for s in spans if not _title(body, s)), key=lambda s: s.open)
    art = ArticleIndex(body, sentences, mentions, spans)
    found = [cues.find(art, i) for i in range(len(spans))]
    for i in range(1, len(found)):
        # "X, which Trump had called a “disaster” and promised to “rip up”": one subject
        if (
            found[i].shared
            and found[i - 1].candidate is not None
            and found[i - 1].direct
            and art.sentence_at(spans[i - 1].open) == art.sentence_at(spans[i].open)
        ):
            found[i].candidate = found[i - 1].candidate
    _inherit(art, found)
    out: list[Quote] = []
    for q, f in zip(spans, found):
        cand = f.candidate
        if cand is not None and cand.kind == "pronoun" and cand.name == "they":
            group = referents.they(art, cand.start)
            if group is not None:  # the pronoun's place, the group's words
                cand = Candidate(cand.start, cand.end, group.kind, group.name, group.words or (group.start, group.end))
        name = referents.resolve(art, cand) if cand else None
        if cand and name and cand.kind in ("pronoun", "role"):
            art.remember(cand.start, name)
        if name and cand and cand.kind in ("person", "pronoun", "role", "label"):
            art.quoted_by[art.sentence_at(max(q.open, q.close - 1))] = name
        named = cand is not None and cand.kind not in ("context", "none")
        out.append(
            Quote(
                q.start,
                q.end,
                art.sentence_at(q.open),
                name,
                cand.start if named else None,
                cand.end if named else None,
                f.cue,
                _wording(art, cand, name),
            )
        )
    return out


def _wording(art: ArticleIndex, cand: Candidate | None, name: str | None) -> str | None:
    """The attribution as the article words it: the phrase at the cue, or the resolved name
    where that phrase is a pronoun, a transcript label or missing."""
    if cand is None or cand.kind in ("pronoun", "it", "context", "label", "none"):
        return name
    start, end = cand.words or (cand.start, cand.end)
    words = " ".join(art.body[start:end].split()).strip(",;:—–-( ")
    # A phrase read from after a preposition ("what do you think of Carson saying") names
    # its object: "Carson", not "of Carson".
    first, _, rest = words.partition(" ")
    if rest and first.lower() in lx.PREPOSITIONS:
        words = rest
    return words or name


def _title(body: str, q: Span) -> bool:
    """Not words someone said: “Face the Nation” on MSNBC’s “Morning Joe”, a nickname
    (Rep. Robert C. "Bobby" Scott), a stage direction ("(CROSSTALK.)")."""
    text = body[q.start : q.end]
    if text[:1] in "([" and text.rstrip(".")[-1:] in ")]":
        return True
    words: list[str] = []
    for w in text.split():
        if w.lower() not in lx.TITLE_CASE_SMALL:
            words.append(w)
            if len(words) > 6:
                return False  # (a long quote is read no further)
    if not words or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False
    before = body[max(0, q.open - 30) : q.open].split()
    after = body[q.close : q.close + 30].split()
    last = before[-1].strip(",:").lower() if before else ""
    if (
        len(words) == 1
        and before
        and after
        and before[-1][:1].isupper()
        and after[0][:1].isupper()
        and (not before[-1].endswith((".", ",", ":")) or _INITIAL.fullmatch(before[-1]))
    ):
        return True  # a nickname between a first name and a surname
    if len(before) > 1 and last == "as" and before[-2].lower() in _NAMING:
        return True  # an event "billed as “Hard Hats for Hillary”"
    if len(before) > 1 and last == "of" and before[-2].lower() in lx.TITLE_CUES | {"edition", "season"}:
        return True  # an "episode of “The Steve Harvey Morning Show”"
    return (
        last in lx.TITLE_CUES
        or (bool(before) and before[-1].endswith(("’s", "'s")))
        or any(w.strip(",.").lower() in lx.TITLE_CUES - {"on"} for w in after[:2])
        or words[-1].strip(",.").lower() in lx.OTHER_CUES
    )


def _inherit(art: ArticleIndex, found: list[cues.Found]) -> None:
    """A quote without a cue takes the speaker of the quote it continues."""
    quotes = art.quotes
    for i, f in enumerate(found):
        if f.direct:
            continue
        q = quotes[i]
        # “A,” he said. “B.” / “A.” “B,” he said: same paragraph, same speaker.
        same = [
            j
            for j in (i - 1, i + 1)
            if 0 <= j < len(quotes) and quotes[j].paragraph == q.paragraph and found[j].direct and found[j].candidate
        ]
        if same:
            f.candidate, f.cue = found[same[0]].candidate, found[same[0]].cue
            continue
        k = art.sentence_at(q.open)
        if i > 0 and art.sentence_at(quotes[i - 1].open) == k and found[i - 1].candidate:
            # “human leech” and a “spoiled brat”: one attribution for the list
            f.candidate, f.cue = found[i - 1].candidate, found[i - 1].cue
            continue
        if f.candidate is not None:
            continue  # the subject of its own sentence
        # A paragraph opened by a quote continues the speaker introduced just before it.
        prev_par = _paragraph_before(art, q.open)
        if prev_par is not None and _starts_paragraph(art, q):
            p_start, p_end = prev_par
            text = art.body[p_start:p_end].rstrip()
            if text.endswith(":"):
                left = cues.before(art, art.sentences[art.sentence_at(p_end - 1)].start, p_end)
                if left and left.candidate:
                    f.candidate, f.cue = left.candidate, left.cue
                    continue
            if i > 0 and quotes[i - 1].paragraph >= _paragraph_index(art, p_start) and found[i - 1].candidate:
                f.candidate, f.cue = found[i - 1].candidate, found[i - 1].cue
                continue
        # A quote that opens its sentence after one that reports someone speaking
        # ("Cummings called him a master at deals. “He showed …”"): that someone.
        sent = art.sentences[k]
        quote_before = i > 0 and quotes[i - 1].close > art.sentences[k - 1].start if k > 0 else False
        if k > 0 and not art.body[sent.start : q.open].strip() and not quote_before:
            prev = art.sentences[k - 1]
            left = cues.before(art, prev.start, prev.end)
            if left and left.candidate and left.candidate.kind in ("person", "pronoun", "role"):
                f.candidate, f.cue = left.candidate, left.cue
                continue
        # Nothing names the speaker: the person the text was last about.
        f.candidate = Candidate(q.open, q.open, "context")


def _paragraph_index(art: ArticleIndex, pos: int) -> int:
    return art.sentences[art.sentence_at(pos)].paragraph if art.sentences else 0


def _paragraph_before(art: ArticleIndex, pos: int) -> tuple[int, int] | None:
    k = art.sentence_at(pos)
    par = art.sentences[k].paragraph if art.sentences else 0
    prev = [s for s in art.sentences[max(0, k - 40) : k] if s.paragraph == par - 1]
    if not prev:
        return None
    return prev[0].start, prev[-1].end


def _starts_paragraph(art: ArticleIndex, q: Span) -> bool:
    s = art.sentences[art.sentence_at(q.open)]
    return q.open <= art.paragraph_start.get(s.paragraph, s.start) + 1
