"""Where the sources disagree: two sources telling the same story that give one sentence
different dates, amounts or places (contradictions) or carry what the other leaves out
(omissions); `find` gathers these with the quote groups' speaker conflicts and each
article's anachronisms.

Facts only: each discrepancy holds the words and values of each side (`Claim`, `Omitted`);
the renderer words them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from briefing import lexicon as lx
from briefing.calendar import span
from briefing.model import Analysis, Claim, Discrepancy, Omitted, QuoteItem, Ref
from briefing.s6_compare import align, anachronisms
from briefing.s6_compare.align import Alignment
from briefing.s6_compare.datedsentences import Dates, sentence_of, sentence_ref

# ---------------------------------------------------------------------------------------
# Lexicons

# A number and the word it counts ("$40 billion", "179 tankers", "15%").
_AMOUNT = re.compile(
    r"(?P<cur>US\$|[$£€¥])?(?P<num>\d+(?:[.,]\d+)*)(?:\s?(?P<scale>million|billion|"
    r"trillion|thousand|m|bn)\b)?(?P<after>(?:\s?%|(?:\s+[A-Za-z][\w-]*){1,3}))?"
)
# A place named right after one of these words is where something happened.
_LOCATIVE = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?$", re.IGNORECASE)
# Numbers change as a story develops: compare them only between articles this close in time.
NUMBER_WINDOW_DAYS = 31

# A name inside a quotation: capitalised words, with lower-case particles ("bin Laden").
_NAME = re.compile(
    r"(?:(?:bin|al|de|van|von|der|la|le) )?[A-Z][\w’'-]*[\w](?: (?:[A-Z][\w’'-]*[\w]|of|de|bin))*(?<! of)(?<! de)"
)
_PUNCT = "\"'“”‘’()[],.;:!?…—–-"


# ---------------------------------------------------------------------------------------
# Discrepancies


def find(
    analyses: Sequence[Analysis],
    alignment: Alignment,
    quote_items: Sequence[QuoteItem],
    stories: set[tuple[str, str]],
    speaker_conflicts: Sequence[Discrepancy] = (),
) -> list[Discrepancy]:
    """Everything the sources disagree on: contradictions, anachronisms, omissions.

    `stories`: the pairs of sources telling the same story (`agreement.same_story`)."""
    out: list[Discrepancy] = []
    out.extend(contradictions(analyses, alignment, stories))
    out.extend(d for d in speaker_conflicts if _pair(d.sources) in stories)
    out.extend(anachronisms.find_each(analyses))
    out.extend(datelines(analyses))
    out.extend(omissions(analyses, alignment, quote_items, stories))
    return out


def _pair(refs: Sequence[Ref]) -> tuple[str, str]:
    """The two sources a speaker conflict cites, sorted as `same_story`'s pairs are."""
    sources = sorted({r.source for r in refs})
    return (sources[0], sources[-1])


# --- datelines --------------------------------------------------------------------------


def datelines(analyses: Sequence[Analysis]) -> list[Discrepancy]:
    """Articles whose dateline gives another day than their front matter: the body's relative
    dates are counted from the dateline, and the reader sees both days."""
    out = []
    for a in analyses:
        art = a.article
        if art.dateline is None or art.published is None or art.dateline == art.published or not a.sentences:
            continue
        day = art.dateline.isoformat()
        # The dateline's words: the first expression of that day (a dateline opens the body).
        said = next((t for t in a.dates if t.value == day), None)
        index = sentence_of(a, said.start) if said is not None else None
        out.append(
            Discrepancy(
                "contradiction",
                "dateline",
                (sentence_ref(a, index if index is not None else 0),),
                (Claim(art.id, said.text if said else "", day), Claim(art.id, "", art.published.isoformat())),
            )
        )
    return out


# --- contradictions --------------------------------------------------------------------


def contradictions(
    analyses: Sequence[Analysis], alignment: Alignment, stories: set[tuple[str, str]]
) -> list[Discrepancy]:
    """Closely aligned sentences of two sources telling the same story that give different
    dates (of a past event) or different amounts of the same thing."""
    by_id = {a.article.id: a for a in analyses}
    index = alignment.index
    dated: dict[str, Dates] = {}
    out = []
    # The sentences of a group (one fact, though its place may differ) and the closely worded
    # pairs the aligner kept apart for a figure or a date.
    told = [(i, j) for members in alignment.groups for x, i in enumerate(members) for j in members[x + 1 :]]
    for i, j in told + [(i, j) for i, j, _ in alignment.conflicts]:
        u, v = index.units[i], index.units[j]
        if u.source == v.source or tuple(sorted((u.source, v.source))) not in stories:
            continue
        if index.wording(i, j) < align.STRONG:
            continue
        a, b = by_id[u.source], by_id[v.source]
        refs = (u.ref, v.ref)
        for art in (a, b):
            if art.article.id not in dated:
                dated[art.article.id] = Dates(art)
        found = (
            _date_conflict(dated[a.article.id], u.ref, dated[b.article.id], v.ref)
            or _amount_conflict(a, u.ref, b, v.ref)
            or _place_conflict(a, u.ref, b, v.ref)
        )
        if found:
            about, claims = found
            out.append(Discrepancy("contradiction", about, refs, claims))
    return out


def _date_conflict(dated_a: Dates, ra: Ref, dated_b: Dates, rb: Ref) -> tuple[str, tuple[Claim, ...]] | None:
    a, b = dated_a.a, dated_b.a
    da = dated_a.within(ra.start, ra.end)
    db = dated_b.within(rb.start, rb.end)
    if len(da) != 1 or len(db) != 1:
        return None  # several dates: no telling which two belong to the same event
    ta, tb = da[0], db[0]
    if _compatible(ta.value, tb.value) or ta.relative or tb.relative:
        return None  # "today" in two articles is two days, and resolving it can err
    for t, art in ((ta, a), (tb, b)):
        published = art.article.published
        if published and span(t.value)[1] > published:
            return None  # a planned date: plans change between articles
        if published and abs((span(t.value)[0] - published).days) <= 2:
            return None  # each article reports its own day's news ("Markets fell on May 3")
    return "date", (Claim(a.article.id, ta.text, ta.value), Claim(b.article.id, tb.text, tb.value))


def _amount_conflict(a: Analysis, ra: Ref, b: Analysis, rb: Ref) -> tuple[str, tuple[Claim, ...]] | None:
    pa, pb = a.article.published, b.article.published
    if pa and pb and abs((pa - pb).days) > NUMBER_WINDOW_DAYS:
        return None
    xa = _amounts(a, ra)
    xb = _amounts(b, rb)
    mine, theirs = [], []
    for unit in sorted(set(xa) & set(xb), key=lambda u: xa[u][0][1]):
        va, vb = xa[unit], xb[unit]
        if len(va) != len(vb) or any(_close(p[0], q[0]) for p in va for q in vb):
            continue  # one of them matches: the other number counts something else
        mine.append(Claim(a.article.id, va[0][1]))
        theirs.append(Claim(b.article.id, vb[0][1]))
    if not mine:
        return None
    return "amount", (*mine, *theirs)


def _place_conflict(a: Analysis, ra: Ref, b: Analysis, rb: Ref) -> tuple[str, tuple[Claim, ...]] | None:
    """Each sentence puts the event "in"/"at" a place the other article never names."""
    pa, pb = _places_at(a, ra), _places_at(b, rb)
    if not pa or not pb:
        return None
    if any(_names_in(p, b.article.body) for p in pa) or any(_names_in(p, a.article.body) for p in pb):
        return None  # "at the Kremlin" and "in Moscow": the other article names it too
    return "place", (*(Claim(a.article.id, p) for p in pa), *(Claim(b.article.id, p) for p in pb))


def _names_in(name: str, body: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", body) is not None


def _places_at(a: Analysis, ref: Ref) -> list[str]:
    body = a.article.body
    out = []
    for m in a.mentions:
        if (
            m.kind == "place"
            and ref.start <= m.start < ref.end
            and m.name not in out
            and _LOCATIVE.search(body, max(ref.start, m.start - 10), m.start)
        ):
            out.append(m.name)
    return out


def _amounts(a: Analysis, ref: Ref) -> dict[str, list[tuple[float, str]]]:
    """Amounts in a sentence by what they count, dates and years left out."""
    body = a.article.body
    dated = [(t.start, t.end) for t in a.dates if ref.start <= t.start < ref.end]
    out: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for m in _AMOUNT.finditer(body, ref.start, ref.end):
        if not m.group("num") or any(s <= m.start("num") < e for s, e in dated):
            continue
        num = m.group("num")
        if not m.group("cur") and re.fullmatch(r"1[89]\d\d|20\d\d", num):
            continue  # a year
        if m.start() > 0 and (body[m.start() - 1].isalnum() or body[m.start() - 1] in "-/"):
            continue  # part of a name or code: "A380", "737-800"
        scale = (m.group("scale") or "").lower()
        words = (m.group("after") or "").split()
        shown = m.group("cur") or ""
        shown += num + (" " + m.group("scale") if m.group("scale") else "")
        if m.group("cur"):
            unit = "$" if "$" in m.group("cur") else m.group("cur")
            unit += scale
        elif words[:1] in (["%"], ["percent"]) or words[:2] == ["per", "cent"]:
            unit = "%"
            shown += "%" if words[0] == "%" else " " + " ".join(words[: 1 if words[0] == "percent" else 2])
        else:
            nouns = [w for w in words if w.lower() not in lx.NOT_UNITS]
            if not nouns or not words or words[0].lower() in ("and", "or", "to", "of") or nouns[0][0].isupper():
                continue  # "5 and 6", "3 to 4", "10 of them", "25 Boeing 737s"
            noun = nouns[0]
            shown += " " + " ".join(words[: words.index(noun) + 1])
            unit = scale + align.stem(noun)
        try:
            value = float(num.replace(",", ""))
        except ValueError:
            continue
        out[unit].append((value, shown))
    return out


def _close(x: float, y: float) -> bool:
    return abs(x - y) <= 0.05 * max(abs(x), abs(y))


def _compatible(x: str, y: str) -> bool:
    """Two date values that may name one day: one holds the other ("2008-02", "2008-02-29")."""
    return x.startswith(y) or y.startswith(x)


# --- omissions -------------------------------------------------------------------------


def omissions(
    analyses: Sequence[Analysis], alignment: Alignment, quote_items: Sequence[QuoteItem], stories: set[tuple[str, str]]
) -> list[Discrepancy]:
    """For each pair of sources telling the same story: what only one of them carries."""
    by_id = {a.article.id: a for a in analyses}
    quotes_of: dict[str, list[tuple[QuoteItem, frozenset[str]]]] = defaultdict(list)
    for item in quote_items:
        carriers = frozenset(r.source for r in item.sources)
        for source in carriers:
            quotes_of[source].append((item, carriers))
    out = []
    for x, y in sorted(stories):
        omitted: list[Omitted] = []
        for one, other in ((y, x), (x, y)):
            omitted += _only_in(by_id[one], by_id[other], alignment, quotes_of[one])
        if omitted:
            refs = tuple(dict.fromkeys(o.ref for o in omitted))
            out.append(Discrepancy("omission", "story", refs, (Claim(x, ""), Claim(y, "")), omitted=tuple(omitted)))
    return out


def _only_in(
    a: Analysis, b: Analysis, alignment: Alignment, quote_items: Sequence[tuple[QuoteItem, frozenset[str]]]
) -> list[Omitted]:
    """What a carries and b does not: quotes, people, then facts; each with its sentence.

    `quote_items` are a's quotation items, each with the sources that carry it.
    """
    found: list[Omitted] = []
    me, other = a.article.id, b.article.id
    quoted_sentences: set[int] = set()
    # People named as the speaker of a listed quote need no line of their own.
    seen: set[str] = set()
    for item, sources in quote_items:
        if other in sources:
            continue
        first = next(r for r in item.sources if r.source == me)
        if alignment.told_by(me, first.sentence, other):
            continue  # the other source tells the same thing without quoting it
        ref = sentence_ref(a, first.sentence)
        found.append(Omitted(me, "quote", item.text, ref, item.speaker, tuple(_names(item.text))))
        quoted_sentences.add(first.sentence)
        if item.speaker:
            seen.add(item.speaker.split()[-1].lower())
    theirs = {m.name.split()[-1].lower() for m in b.mentions if m.kind == "person"}
    starts = [s.start for s in a.sentences]
    for m in a.mentions:
        key = m.name.split()[-1].lower()
        if (
            m.kind == "person"
            and " " in m.name
            and not any(c.isdigit() for c in m.name)
            and key not in theirs
            and key not in seen
        ):
            seen.add(key)
            s = sentence_of(a, m.start, starts)
            if s is not None:
                found.append(Omitted(me, "person", m.name, sentence_ref(a, s)))
    other_words = alignment.words_of(other)
    listed: set[int] = set()  # a sentence telling two things is in two groups: listed once
    for g in alignment.groups_of(me):
        if other in alignment.sources(g):
            continue
        for k in alignment.groups[g]:
            u = alignment.unit(k)
            if u.source != me or u.ref.sentence in quoted_sentences or u.role in ("headline", "dek"):
                continue
            if u.ref.sentence in listed or alignment.told_by(me, u.ref.sentence, other):
                break
            listed.add(u.ref.sentence)
            label = _distinct_phrase(u.text, other_words)
            if label:
                found.append(Omitted(me, "fact", label, u.ref))
            break
    return found


def _names(text: str) -> list[str]:
    """The names a quotation mentions ("Russia", "NATO", "bin Laden"), its first word aside."""
    found = []
    for m in _NAME.finditer(text):
        if m.start() == 0 and " " not in m.group():
            continue  # a capital that only opens the quotation
        bare = re.sub(r"[’'](?:s|m|re|ll|ve|d)$", "", m.group().lower())
        if m.group() not in found and bare not in lx.STOPWORDS:
            found.append(m.group())
    return found[:3]


def _distinct_phrase(text: str, other_words: set[str]) -> str | None:
    """The stretch of a sentence from its first to its last word the other source lacks."""
    tokens = list(re.finditer(r"\S+", text))
    bare = [m.group().strip(_PUNCT).lower() for m in tokens]
    new = [
        i
        for i, w in enumerate(bare)
        if w and w[0].isalpha() and w not in lx.STOPWORDS and align.stem(w) not in other_words
    ]
    if len(new) < 2:
        return None
    first, last = new[0], new[-1]
    clipped = last - first > 9
    if clipped:
        last = first + 9
        while last > first and bare[last] in lx.STOPWORDS:
            last -= 1
    phrase = text[tokens[first].start() : tokens[last].end()].strip(_PUNCT)
    return phrase + "…" if clipped else phrase
