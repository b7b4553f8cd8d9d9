"""Quotations across sources grouped: one item per quotation with its variants (‘common
front’ inside “common front is necessary”, a paraphrase sharing most words) and every source
carrying it, its speaker, and the quotations two sources give to different people (kept
apart, each under the speaker its source names).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from itertools import chain, compress, islice, repeat
from operator import eq

from briefing import calendar
from briefing.cache import PerAnalysis
from briefing.model import Analysis, Claim, Discrepancy, Quote, QuoteItem, Ref
from briefing.partition import Partition
from briefing.s6_compare import align
from briefing.s6_compare.align import Alignment
from briefing.s6_compare.datedsentences import sentence_ref

# A word of a quotation, with its apostrophes.
_QUOTE_WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*")
# Each article's quotations with their words and stems, as of the last build (`mkdocs serve`
# groups the same analyses again after each edit). Never changed once made: `group` reads them.
_NODES: PerAnalysis[Analysis, list[tuple[Analysis, Quote, list[str], set[str]]]] = PerAnalysis()


def group(analyses: Sequence[Analysis], alignment: Alignment) -> tuple[list[QuoteItem], list[Discrepancy]]:
    """One item per quotation across sources, variants included, and speaker contradictions.

    Two quotations are the same when one's words run inside the other's (‘common front’ and
    “common front is necessary”) or they share most of their content words; short ones must
    also stand in sentences that tell the same thing, since "problem" alone proves nothing.
    """
    nodes: list[tuple[Analysis, Quote, list[str], set[str]]] = []
    for found in _NODES.each(analyses, _quotations):
        nodes.extend(found)
    # Each quotation's words as one string, spaces around: one runs inside another when
    # its string is a part of the other's.
    spelled = [f" {' '.join(words)} " for _, _, words, _ in nodes]
    joined = Partition(len(nodes))
    find = joined.find

    # The same words from the same speaker again in one article (a refrain, a copied
    # paragraph) join the first telling at once; only the rest are compared, so repeats
    # cost nothing however many there are.
    first: dict[tuple, int] = {}
    distinct: list[int] = []
    for i, (a, q, words, _st) in enumerate(nodes):
        j = first.setdefault((a.article.id, q.speaker, tuple(words)), i)
        if j == i:
            distinct.append(i)
        else:
            joined.join(j, i)
    by_word: dict[str, list[int]] = defaultdict(list)
    by_stem: dict[str, list[int]] = defaultdict(list)
    for i in distinct:
        words, st = nodes[i][2], nodes[i][3]
        for w in set(words):
            by_word[w].append(i)
        for w in st:
            by_stem[w].append(i)
    # The stems of few quotations, the ones looked up; how many quotations have each word.
    rare = {w: p for w, p in by_stem.items() if len(p) <= 50}
    quoting = {w: len(p) for w, p in by_word.items()}
    # Who each group's quotations are given to (family names): words given to one person are
    # never joined to words given to another, even through a quotation given to nobody; a
    # reader must see each attribution as its source makes it.
    voices: dict[int, frozenset[str]] = {i: _voice(nodes[i][1].speaker) for i in range(len(nodes))}
    conflicts: list[tuple[int, int]] = []
    disputed: set[tuple[int, int]] = set()  # (each pair is met from both sides)
    for i in distinct:
        a, q, words, st = nodes[i]
        if not words:
            continue
        # A quotation inside another holds the other's rarest word; a paraphrase shares
        # three rare stems. Only those are compared.
        rarest = min(set(words), key=quoting.__getitem__)
        candidates = set(by_word[rarest])
        # Met three times or more: equal to the one two places on once sorted.
        hits = sorted(chain.from_iterable(map(rare.get, st, repeat(()))))
        candidates.update(compress(hits, map(eq, hits, islice(hits, 2, None))))
        candidates.discard(i)
        for j in sorted(candidates):
            if find(i) == find(j):
                continue
            b, r, words2, st2 = nodes[j]
            same = _same_quote(alignment, a, q, words, st, spelled[i], b, r, words2, st2, spelled[j])
            if not same:
                continue
            if q.speaker and r.speaker and not _same_person(q.speaker, r.speaker):
                # The same words given to two people: by two sources, the sources disagree; in
                # one article, one quotes the other or takes up their words.
                if same == "long" and a.article.id != b.article.id and (j, i) not in disputed:
                    disputed.add((i, j))
                    conflicts.append((i, j))
                continue
            ri, rj = find(i), find(j)
            if len(voices[ri] | voices[rj]) > 1:
                continue
            joined.join(ri, rj)
            voices[ri] = voices[ri] | voices[rj]
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(nodes)):
        members[find(i)].append(i)
    items = []
    for group in members.values():
        group.sort(key=lambda i: (nodes[i][0].article.id, nodes[i][1].start))
        longest = max(group, key=lambda i: (len(nodes[i][2]), -group.index(i)))
        # The item's text is the longest variant's words, so its occurrence comes first:
        # the export promises that the first source's span holds the text.
        group.remove(longest)
        group.insert(0, longest)
        refs = tuple(
            Ref(nodes[i][0].article.id, nodes[i][1].start, nodes[i][1].end, nodes[i][1].sentence) for i in group
        )
        speakers = [nodes[i][1].speaker for i in group if nodes[i][1].speaker]
        speaker = max(speakers, key=lambda s: (speakers.count(s), -speakers.index(s))) if speakers else None
        said = next((nodes[i][1] for i in group if nodes[i][1].speaker == speaker), None)
        cue = said.cue if said else None
        a, q = nodes[longest][0], nodes[longest][1]
        said_on = [d for i in group if (d := nodes[i][1].date)]
        earliest = min(said_on, key=calendar.chronological) if said_on else None
        told = a.article.body[q.start : q.end]
        items.append(
            QuoteItem(
                told,
                speaker,
                refs,
                cue,
                said.source_text if said else None,
                date=earliest,
                speaker_kind=said.speaker_kind if said else None,
                via=said.via if said else None,
            )
        )
    items.sort(key=lambda it: (it.sources[0].source, it.sources[0].start))
    contradicted: list[Discrepancy] = []
    for i, j in conflicts:
        (a, q, *_), (b, r, *_) = nodes[i], nodes[j]
        contradicted.append(
            Discrepancy(
                "contradiction",
                "speaker",
                (sentence_ref(a, q.sentence), sentence_ref(b, r.sentence)),
                (Claim(a.article.id, q.speaker or ""), Claim(b.article.id, r.speaker or "")),
                subject=a.article.body[q.start : q.end],
            )
        )
    return items, contradicted


def _quotations(a: Analysis) -> list[tuple[Analysis, Quote, list[str], set[str]]]:
    """An article's quotations, each with its words and stems."""
    return [(a, q, _words(text), align.stem_set(text)) for q in a.quotes for text in [a.article.body[q.start : q.end]]]


def _same_quote(
    alignment: Alignment,
    a: Analysis,
    q: Quote,
    words: list[str],
    st: set[str],
    spelled: str,
    b: Analysis,
    r: Quote,
    words2: list[str],
    st2: set[str],
    spelled2: str,
) -> str | None:
    """ "long" for a long quotation inside another, "near" for a match that needs context.

    `spelled` is " ".join(words) with a space on each side, likewise `spelled2`: the words
    of one run, in order and together, inside the other's when its string is in the other's."""
    if not words or not words2:
        return None
    short, long_ = (spelled, spelled2) if len(words) <= len(words2) else (spelled2, spelled)
    if short in long_:
        if min(len(words), len(words2)) >= 4:
            return "long"
        return "near" if _aligned(alignment, a.article.id, q.sentence, b.article.id, r.sentence) else None
    shared = st & st2
    if (
        len(shared) >= 3
        and len(shared) >= 0.5 * (len(st) + len(st2) - len(shared))
        and (len(shared) >= 5 or _aligned(alignment, a.article.id, q.sentence, b.article.id, r.sentence))
    ):
        return "near"
    return None


def _aligned(alignment: Alignment, s1: str, i1: int, s2: str, i2: int) -> bool:
    return alignment.together(s1, i1, s2, i2)


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _QUOTE_WORD.findall(text)]


def _voice(speaker: str | None) -> frozenset[str]:
    return frozenset((speaker.split()[-1].lower(),)) if speaker and speaker.split() else frozenset()


def _same_person(x: str, y: str) -> bool:
    """Same person when the family names agree ("Putin", "Vladimir Putin")."""
    return x.split()[-1].lower() == y.split()[-1].lower()
