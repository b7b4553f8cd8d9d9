"""Attribute quotations to speakers: for each quote the cue and the phrase that names its
speaker, kept as worded (`cues`, `phrases`), the speaker of a quote it continues, and whom a
pronoun or role noun stands for (`referents`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from briefing import lexicon as lx
from briefing.model import Mention, Quote, Sentence
from briefing.s4_quotes import cues, phrases, referents
from briefing.s4_quotes.index import ArticleIndex, Span
from briefing.s4_quotes.phrases import Candidate

_INITIAL = re.compile(r"[A-Z]\.")
_NAMING = {"billed", "dubbed", "named", "titled", "branded"}
_WORD = re.compile(r"\w+(?:[’'.&-]\w+)*[’']?")


def attribute(
    body: str, sentences: Sequence[Sentence], mentions: Sequence[Mention], spans: Sequence[Span]
) -> list[Quote]:
    """A `Quote` for each span, with its speaker where the text names one."""
    # Titles and scare-quoted names are no one's words and no boundary for attributions.
    spans = sorted((s for s in spans if not _title(body, s)), key=lambda s: s.open)
    art = ArticleIndex(body, sentences, mentions, spans)
    memory = referents.Memory()
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
        name = referents.resolve(art, memory, cand) if cand else None
        if cand and name and cand.kind in ("pronoun", "role"):
            memory.remember(art, cand.start, name)
        if name and cand and cand.kind in ("person", "pronoun", "role", "label"):
            memory.quoted_by[art.sentence_at(max(q.open, q.close - 1))] = name
        named = cand is not None and cand.kind not in ("context", "none")
        out.append(
            Quote(
                q.start,
                q.end,
                art.sentence_at(q.open),
                name,
                cand.start if named and cand else None,
                cand.end if named and cand else None,
                f.cue,
                _wording(art, cand, name),
                speaker_kind=_kind(art, cand) if named else None,
                via=_wording(art, f.via, referents.resolve(art, memory, f.via)) if f.via is not None else None,
            )
        )
    return out


def _kind(art: ArticleIndex, cand: Candidate | None) -> str | None:
    """What kind of speaker a phrase names: a person (a name, a pronoun, a role, a label), an
    organisation, a place, a document ("the lawsuit", "a statement"), a group ("officials")."""
    if cand is None:
        return None
    if cand.kind in ("person", "pronoun", "role", "label"):
        return "group" if cand.kind == "pronoun" and cand.name == "they" else "person"
    if cand.kind in ("organization", "place", "group"):
        return cand.kind
    if cand.kind == "it":
        return "organization"
    start, end = cand.words or (cand.start, cand.end)
    words = art.body[start:end].split()
    cut = next((i for i, w in enumerate(words) if i and w.lower() in lx.PREPOSITIONS), len(words))
    head = words[cut - 1].lower().strip(",.") if words else ""  # "Republicans | on Capitol Hill"
    if head.rstrip("s") in lx.MESSAGE_NOUNS or head in lx.MESSAGE_NOUNS or head in lx.DOCUMENT_NOUNS:
        return "document"
    if phrases.group_noun(head) or (head.endswith("s") and not head.endswith(("ss", "us", "is"))):
        return "group"  # "officials", "Republicans on Capitol Hill"
    return "other"


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
    if len(words) <= 4 and _named_again(body, q):
        return True
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


def _named_again(body: str, q: Span) -> bool:
    """A short capitalised phrase the article writes again, in quotation marks or not, is a
    name (the “New GM”, the 787 “Dreamliner”), unless it stands as speech: after a colon,
    opening its paragraph, followed by a speech verb, or what someone is said to call it."""
    text = body[q.start : q.end].rstrip(",.;:")
    if body.count(text) < 2 or text[-1:] in "!?":
        return False
    lead = body[max(0, q.open - 3) : q.open].strip()
    if lead.endswith(":") or q.open == 0 or body[q.open - 1] == "\n":
        return False
    before = [w.lower() for w in _WORD.findall(body, max(0, q.open - 60), q.open)][-6:]
    if any(w in lx.CALLING for w in before) or before[-1:] == ["as"]:
        return False  # what someone called it: their words ("dubbed the “Defeat Crooked Hillary PAC”")
    after = _WORD.findall(body, q.close, q.close + 40)[:4]
    return not any(w.lower() in lx.SPEECH_VERBS for w in after)


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
            if 0 <= j < len(quotes)
            and quotes[j].paragraph == q.paragraph
            and found[j].direct
            and found[j].candidate
            and not _someone_between(art, quotes[min(i, j)].close, quotes[max(i, j)].open, found[j].candidate)
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
            last = art.sentences[art.sentence_at(p_end - 1)]
            if i == 0 or quotes[i - 1].close <= last.start:
                # “…” after a paragraph that ends on someone speaking: "chairman Dieter Zetsche
                # denied allegations.¶“We do not exclude any option …”"
                left = cues.before(art, last.start, last.end)
                if left and left.candidate and left.candidate.kind in ("person", "pronoun", "role"):
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


def _someone_between(art: ArticleIndex, start: int, end: int, speaker: Candidate | None) -> bool:
    """Whether a sentence between two quotes names someone else than the other quote's
    speaker: "“A.” Senator Bob Corker was unhappy. “B,” he said" does not give A to Corker."""
    own = art.sentence_at(speaker.start) if speaker is not None else -1
    i = bisect.bisect_left(art.people_starts, start)
    while i < len(art.people) and art.people[i].start < end:
        if art.sentence_at(art.people[i].start) not in (own, art.sentence_at(start), art.sentence_at(end)):
            return True
        i += 1
    return False


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
