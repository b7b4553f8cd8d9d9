"""Compare the sources: which facts and quotes each carries, and where they disagree with
each other (contradictions), with the calendar (anachronisms) or leave things out (omissions).

Facts only: messages are plain sentences; renderers escape and format them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from . import agreement, align, quotegroups
from .align import Alignment
from .datedsentences import FULL_DATE, Dates, say, sentence_of, sentence_ref, sentence_text, span
from .model import Analysis, Discrepancy, Fact, QuoteItem, Ref, Sentence, Timex

# ---------------------------------------------------------------------------------------
# Lexicons

# Events that name an era; "post-9/11" or "in the wake of the Cold War" refer to them.
# (pattern, first day, last day, how the message names it).
KNOWN_EVENTS: tuple[tuple[str, date, date, str], ...] = (
    (r"9/11|9-11|sept(?:ember|\.)? 11(?:th)?(?: attacks?)?", date(2001, 9, 11), date(2001, 9, 11),
     "9/11 (September 11, 2001)"),
    (r"(?:the )?fall of the berlin wall", date(1989, 11, 9), date(1989, 11, 9),
     "the fall of the Berlin Wall (November 9, 1989)"),
    (r"(?:the )?(?:collapse|fall|break-?up|dissolution) of the soviet union|soviet",
     date(1991, 12, 26), date(1991, 12, 26), "the end of the Soviet Union (December 26, 1991)"),
    (r"(?:the )?cold war", date(1991, 12, 26), date(1991, 12, 26), "the end of the Cold War (1991)"),
    (r"(?:the )?(?:2008 )?(?:global )?financial crisis|lehman", date(2008, 9, 15), date(2008, 9, 15),
     "the financial crisis (September 2008)"),
    (r"brexit", date(2016, 6, 23), date(2016, 6, 23), "the Brexit vote (June 23, 2016)"),
    (r"covid(?:-19)?|(?:the )?(?:coronavirus )?pandemic", date(2020, 3, 11), date(2020, 3, 11),
     "the COVID-19 pandemic (declared March 11, 2020)"),
)

# KNOWN_EVENTS as patterns that match at the start of a phrase.
_KNOWN_EVENTS = tuple((re.compile(r"(?:the )?(?:" + pattern + r")\b", re.IGNORECASE), first, last, name)
                      for pattern, first, last, name in KNOWN_EVENTS)

# Wording that places a sentence's event after X ("after") or before X ("before").
# "post-X" and "pre-X" take X right after the hyphen; the others a noun phrase.
_ERA = re.compile(
    r"\b(?P<prefix>post|pre)-(?P<x1>[\w/.-]+(?: [A-Z][\w]+)?)"
    r"|\b(?P<prep>in the (?:wake|aftermath) of|after|following|since|before|prior to|ahead of)"
    r" (?P<x2>(?:the )?[\w/.-]+(?: [\w/.-]+){0,3})",
    re.IGNORECASE,
)
# Words one of which _ERA needs, lower-cased ("aftermath" holds "after").
_ERA_WORDS = ("post-", "pre-", "after", "following", "since", "before", "prior to", "ahead of", "in the wake of")
# Letters that match an ASCII letter of a pattern when case is ignored, though lower-casing
# does not make them that letter (Python's `re` documents these four).
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")
_ERA_ONLY = ("in the wake of", "in the aftermath of")  # wording that implies X has happened
_BEFORE = ("pre", "before", "prior to", "ahead of")
# Openers that refer back to what the previous sentences told.
_ANAPHOR = re.compile(
    r"(?:This|That|It|These|Those|Such)\b(?! (?:year|month|week|day|morning|afternoon|evening|"
    r"night|time|spring|summer|autumn|fall|winter|decade|century)s?\b)")
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_AT = tuple((w, re.compile(w + r"\b", re.IGNORECASE)) for w in WEEKDAYS)
_WEEKDAY_BEFORE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r"),?\s*(?:the\s+)?$", re.IGNORECASE)

# A number and the word it counts ("$40 billion", "179 tankers", "15%").
_AMOUNT = re.compile(r"(?P<cur>US\$|[$£€¥])?(?P<num>\d+(?:[.,]\d+)*)(?:\s?(?P<scale>million|billion|"
                     r"trillion|thousand|m|bn)\b)?(?P<after>(?:\s?%|(?:\s+[A-Za-z][\w-]*){1,3}))?")
# A place named right after one of these words is where something happened.
_LOCATIVE = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?$", re.IGNORECASE)
# Words after a number that are no unit of a count.
_NOT_UNITS = frozenset({"and", "or", "to", "of", "the", "a", "in", "on", "at", "by", "for", "from",
                        "with", "as", "than", "per", "that", "which", "who", "was", "were", "is",
                        "are", "will", "has", "have", "had", "new", "more", "other", "such",
                        "additional", "further", "extra", "some", "about", "around", "nearly"})

# A name inside a quotation: capitalised words, with lower-case particles ("bin Laden").
_NAME = re.compile(r"(?:(?:bin|al|de|van|von|der|la|le) )?[A-Z][\w’'-]*[\w](?: (?:[A-Z][\w’'-]*[\w]|of|de|bin))*(?<! of)(?<! de)")
_PUNCT = "\"'“”‘’()[],.;:!?…—–-"
# Numbers change as a story develops: compare them only between articles this close in time.
NUMBER_WINDOW_DAYS = 31
# How many items an omission message names before "and N more".
LISTED = 6


# ---------------------------------------------------------------------------------------
# Discrepancies


def discrepancies(analyses: Sequence[Analysis], alignment: Alignment,
                  quote_items: Sequence[QuoteItem], speaker_conflicts: Sequence[Discrepancy] = (),
                  facts_: Sequence[Fact] | None = None) -> list[Discrepancy]:
    """Everything the sources disagree on: contradictions, anachronisms, omissions.

    `facts_`, when given, are `agreement.facts(alignment)` (made once by the caller)."""
    stories = agreement.same_story(agreement.facts(alignment) if facts_ is None else facts_, analyses)
    out: list[Discrepancy] = []
    out.extend(contradictions(analyses, alignment, stories))
    out.extend(d for d in speaker_conflicts if _pair(d.sources) in stories)
    for a in analyses:
        out.extend(anachronisms(a))
    out.extend(omissions(analyses, alignment, quote_items, stories))
    return out


def _pair(refs: Sequence[Ref]) -> tuple[str, str]:
    sources = sorted({r.source for r in refs})
    return (sources[0], sources[-1])


# --- contradictions --------------------------------------------------------------------


def contradictions(analyses: Sequence[Analysis], alignment: Alignment,
                   stories: set[tuple[str, str]]) -> list[Discrepancy]:
    """Closely aligned sentences of two sources telling the same story that give different
    dates (of a past event) or different amounts of the same thing."""
    by_id = {a.article.id: a for a in analyses}
    index = alignment.index
    dated: dict[str, Dates] = {}
    out = []
    for members in alignment.groups:
        if len(members) < 2:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1:]:
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
                message = (_date_conflict(dated[a.article.id], u.ref, dated[b.article.id], v.ref)
                           or _amount_conflict(a, u.ref, b, v.ref)
                           or _place_conflict(a, u.ref, b, v.ref))
                if message:
                    out.append(Discrepancy("contradiction", message, refs))
    return out


def _date_conflict(dated_a: Dates, ra: Ref, dated_b: Dates, rb: Ref) -> str | None:
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
    return (f"{a.article.id} dates this {say(ta.value)} (“{ta.text}”), "
            f"{b.article.id} {say(tb.value)} (“{tb.text}”).")


def _amount_conflict(a: Analysis, ra: Ref, b: Analysis, rb: Ref) -> str | None:
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
        mine.append(f"“{va[0][1]}”")
        theirs.append(f"“{vb[0][1]}”")
    if not mine:
        return None
    return f"{a.article.id} gives {', '.join(mine)} where {b.article.id} gives {', '.join(theirs)}."


def _place_conflict(a: Analysis, ra: Ref, b: Analysis, rb: Ref) -> str | None:
    """Each sentence puts the event "in"/"at" a place the other article never names."""
    pa, pb = _places_at(a, ra), _places_at(b, rb)
    if not pa or not pb:
        return None
    if any(_names_in(p, b.article.body) for p in pa) or any(_names_in(p, a.article.body) for p in pb):
        return None  # "at the Kremlin" and "in Moscow": the other article names it too
    return f"{a.article.id} places this in {', '.join(pa)}; {b.article.id} in {', '.join(pb)}."


def _names_in(name: str, body: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", body) is not None


def _places_at(a: Analysis, ref: Ref) -> list[str]:
    body = a.article.body
    out = []
    for m in a.mentions:
        if m.kind == "place" and ref.start <= m.start < ref.end and m.name not in out \
                and _LOCATIVE.search(body, max(ref.start, m.start - 10), m.start):
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
            nouns = [w for w in words if w.lower() not in _NOT_UNITS]
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


# --- anachronisms ----------------------------------------------------------------------


def anachronisms(a: Analysis) -> list[Discrepancy]:
    """Sentences that place their event after (or before) something the dates rule out, and
    weekdays that do not fall on the date they name."""
    out = []
    body = a.article.body
    dated: Dates | None = None  # made for the first sentence with era wording
    # A sentence without one of _ERA's words is not searched with it (most have none). The
    # lower-cased body stands in for the body only where its offsets are the body's and no
    # letter matches an ASCII one only when case is ignored ("ſince").
    low = body.lower()
    hinted = _hinted(a, low) if len(low) == len(body) and not _ODD_CASE.search(body) else None
    for k in sorted(hinted) if hinted is not None else range(len(a.sentences)):
        s = a.sentences[k]
        if s.role in align.SKIPPED_ROLES:
            continue
        text = body[s.start: s.end]
        for m in _ERA.finditer(text):
            if dated is None:
                dated = Dates(a)
            found = _era_anachronism(a, dated, s, m)
            if found:
                out.append(found)
                break
    out.extend(_weekday_mismatches(a))
    return out


def _hinted(a: Analysis, low: str) -> set[int]:
    """The positions of the sentences holding one of _ERA_WORDS in `low`."""
    starts = [s.start for s in a.sentences]
    out = set()
    for word in _ERA_WORDS:
        at = low.find(word)
        while at >= 0:
            k = bisect_right(starts, at) - 1
            if k >= 0 and at + len(word) <= a.sentences[k].end:
                out.add(k)
            at = low.find(word, at + 1)
    return out


def _era_anachronism(a: Analysis, dated: Dates, s: Sentence, m: re.Match[str]) -> Discrepancy | None:
    body = a.article.body
    word = (m.group("prefix") or m.group("prep")).lower()
    x_text = m.group("x1") or m.group("x2")
    x_start = s.start + (m.start("x1") if m.group("x1") else m.start("x2"))
    x_end = x_start + len(x_text)
    is_era = bool(m.group("prefix")) or word in _ERA_ONLY
    event = _event_date(dated, x_text, x_start, x_end, bare_year=bool(m.group("prefix")))
    if event is None:
        return None
    first, last, name = event
    before = word in _BEFORE
    published = a.article.published
    if is_era and not before and published and first > published:
        return Discrepancy("anachronism",
                           f"{a.article.id} speaks of “{m.group().strip()}”, but it was published "
                           f"{say(published.isoformat())}, before {name}.",
                           (sentence_ref(a, s.index),))
    anchor = _anchor(a, dated, s, (s.start + m.start(), x_end))
    if anchor is None:
        return None
    timex, where = anchor
    lo, hi = span(timex.value)
    if not before and hi >= first or before and lo <= last:
        return None
    # A sharper date for the same event elsewhere in the article ("on June 4, 2000").
    timex, dating = _sharpen(a, dated, timex, where)
    lo, hi = span(timex.value)
    gap = _gap(hi, first) if not before else _gap(last, lo)
    refs = tuple(dict.fromkeys([sentence_ref(a, s.index), sentence_ref(a, where), sentence_ref(a, dating)]))
    relation = "before" if not before else "after"
    return Discrepancy(
        "anachronism",
        f"“{m.group().strip()}” places this {('after' if not before else 'before')} {name}, but the "
        f"event it is about is dated {say(timex.value)}"
        f"{'' if timex.text == say(timex.value) else ' (“' + timex.text + '”)'}, "
        f"{gap + ' ' if gap else ''}{relation} it.",
        refs)


def _event_date(dated: Dates, x_text: str, x_start: int, x_end: int, bare_year: bool) -> tuple[date, date, str] | None:
    """When the X of "post-X" happened: its own date, or a known event's."""
    for t in dated.within(x_start, x_end):
        # "post-2008", or a named event with its date: "after the 2003 invasion";
        # "after 2008" or "since September" are plain dates, no era.
        if bare_year or re.match(r"the (?:[\w-]+ ){0,2}?" + re.escape(t.text) + r" [A-Za-z]", x_text):
            lo, hi = span(t.value)
            said = say(t.value)
            return lo, hi, said if said == t.text else f"{t.text} ({said})"
    for pattern, first, last, name in _KNOWN_EVENTS:
        if pattern.match(x_text):
            return first, last, name
    year = _YEAR.search(x_text)
    if year and (bare_year or re.match(r"(?:the )?" + year.group() + r" [a-z]", x_text)):
        y = int(year.group())
        return date(y, 1, 1), date(y, 12, 31), year.group()
    return None


def _anchor(a: Analysis, dated: Dates, s: Sentence, skip: tuple[int, int]) -> tuple[Timex, int] | None:
    """The date of what a sentence tells: its own absolute date, or, when it opens with
    "This"/"It", the nearest absolute date of the sentences before it in the paragraph."""
    own = [t for t in dated.within(s.start, s.end) if not (skip[0] <= t.start < skip[1])]
    if own:
        return own[0], s.index
    if not _ANAPHOR.match(a.article.body, s.start):
        return None
    prev = dated.dated_before(s.index)
    if prev is None:
        return None
    return dated.within(a.sentences[prev].start, a.sentences[prev].end)[0], prev


def _sharpen(a: Analysis, dated: Dates, timex: Timex, where: int) -> tuple[Timex, int]:
    """A more precise date within the anchor's, in a sentence sharing a content word with it:
    the first of the most precise ones."""
    lo, hi = span(timex.value)
    words = frozenset(w for w in align.stems(sentence_text(a, where)) if not w[:1].isdigit())
    for width in dated.widths_within(timex.value, (hi - lo).days):
        for t, index in dated.sharing(timex.value, width, words):
            if index != where:
                return t, index
    return timex, where


def _weekday_mismatches(a: Analysis) -> list[Discrepancy]:
    out = []
    body = a.article.body
    starts = [s.start for s in a.sentences]
    for t in a.dates:
        m = FULL_DATE.match(t.value)
        if not m or not m.group(3):
            continue
        named = _WEEKDAY_BEFORE.search(body, max(0, t.start - 14), t.start)
        written = named.group(1) if named else next((w for w, at in _WEEKDAY_AT if at.match(t.text)), None)
        if not written:
            continue
        try:
            actual = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
        if WEEKDAYS[actual.weekday()] != written.lower():
            sentence = sentence_of(a, t.start, starts)
            if sentence is None:
                continue
            out.append(Discrepancy(
                "anachronism",
                f"{say(t.value)} was a {WEEKDAYS[actual.weekday()].capitalize()}, "
                f"not a {written.capitalize()}.",
                (sentence_ref(a, sentence),)))
    return out


# --- omissions -------------------------------------------------------------------------


def omissions(analyses: Sequence[Analysis], alignment: Alignment, quote_items: Sequence[QuoteItem],
              stories: set[tuple[str, str]]) -> list[Discrepancy]:
    """For each pair of sources telling the same story: what only one of them carries."""
    by_id = {a.article.id: a for a in analyses}
    quotes_of: dict[str, list[tuple[QuoteItem, frozenset[str]]]] = defaultdict(list)
    for item in quote_items:
        carriers = frozenset(r.source for r in item.sources)
        for source in carriers:
            quotes_of[source].append((item, carriers))
    out = []
    for x, y in sorted(stories):
        parts = []
        refs: list[Ref] = []
        for one, other in ((y, x), (x, y)):
            labels, found = _only_in(by_id[one], by_id[other], alignment, quotes_of[one])
            if labels:
                shown = labels[:LISTED]
                more = f" and {len(labels) - LISTED} more" if len(labels) > LISTED else ""
                parts.append(f"only in {one}: " + "; ".join(shown) + more)
                refs.extend(found)
        if parts:
            out.append(Discrepancy("omission", f"{x} and {y} tell the same story; " + ". ".join(parts) + ".",
                                   tuple(dict.fromkeys(refs))))
    return out


def _only_in(a: Analysis, b: Analysis, alignment: Alignment,
             quote_items: Sequence[tuple[QuoteItem, frozenset[str]]]) -> tuple[list[str], list[Ref]]:
    """What a carries and b does not: quotes, people, then facts; with the sentences.

    `quote_items` are a's quotation items, each with the sources that carry it.
    """
    labels: list[str] = []
    refs: list[Ref] = []
    me, other = a.article.id, b.article.id
    quoted_sentences: set[int] = set()
    # People named as the speaker of a listed quote need no line of their own.
    seen: set[str] = set()
    for item, sources in quote_items:
        if other in sources:
            continue
        first = next(r for r in item.sources if r.source == me)
        group = alignment.group(me, first.sentence)
        if group is not None and other in alignment.sources(group):
            continue  # the other source tells the same thing without quoting it
        who = f"{item.speaker}’s quote" if item.speaker else "the quote"
        names = _names(item.text)
        labels.append(f"{who} on {' and '.join(names)}" if names else f"{who} “{quotegroups.clip(item.text, 8)}”")
        refs.append(sentence_ref(a, first.sentence))
        quoted_sentences.add(first.sentence)
        if item.speaker:
            seen.add(item.speaker.split()[-1].lower())
    theirs = {m.name.split()[-1].lower() for m in b.mentions if m.kind == "person"}
    starts = [s.start for s in a.sentences]
    for m in a.mentions:
        key = m.name.split()[-1].lower()
        if m.kind == "person" and " " in m.name and not any(c.isdigit() for c in m.name) \
                and key not in theirs and key not in seen:
            seen.add(key)
            labels.append(m.name)
            s = sentence_of(a, m.start, starts)
            if s is not None:
                refs.append(sentence_ref(a, s))
    other_words = alignment.words_of(other)
    for g in alignment.groups_of(me):
        if other in alignment.sources(g):
            continue
        for k in alignment.groups[g]:
            u = alignment.unit(k)
            if u.source != me or u.ref.sentence in quoted_sentences or u.role in ("headline", "dek"):
                continue
            label = _distinct_phrase(u.text, other_words)
            if label:
                labels.append(label)
                refs.append(u.ref)
            break
    return labels, refs


def _names(text: str) -> list[str]:
    """The names a quotation mentions ("Russia", "NATO", "bin Laden"), its first word aside."""
    found = []
    for m in _NAME.finditer(text):
        if m.start() == 0 and " " not in m.group():
            continue  # a capital that only opens the quotation
        bare = re.sub(r"[’'](?:s|m|re|ll|ve|d)$", "", m.group().lower())
        if m.group() not in found and bare not in align.STOPWORDS:
            found.append(m.group())
    return found[:3]


def _distinct_phrase(text: str, other_words: set[str]) -> str | None:
    """The stretch of a sentence from its first to its last word the other source lacks."""
    tokens = list(re.finditer(r"\S+", text))
    bare = [m.group().strip(_PUNCT).lower() for m in tokens]
    new = [i for i, w in enumerate(bare) if w and w[0].isalpha() and w not in align.STOPWORDS
           and align.stem(w) not in other_words]
    if len(new) < 2:
        return None
    first, last = new[0], new[-1]
    clipped = last - first > 9
    if clipped:
        last = first + 9
        while last > first and bare[last] in align.STOPWORDS:
            last -= 1
    phrase = text[tokens[first].start(): tokens[last].end()].strip(_PUNCT)
    return phrase + "…" if clipped else phrase


# ---------------------------------------------------------------------------------------
# Helper functions


def _compatible(x: str, y: str) -> bool:
    return x.startswith(y) or y.startswith(x)


def _gap(earlier: date, later: date) -> str:
    months = (later.year - earlier.year) * 12 + later.month - earlier.month - (later.day < earlier.day)
    if months >= 24:
        return f"{months // 12} years"
    if months >= 2:
        return f"{months} months"
    days = (later - earlier).days
    return f"{days} day{'s' if days != 1 else ''}" if days > 0 else ""
