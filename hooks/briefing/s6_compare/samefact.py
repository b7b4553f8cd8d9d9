"""Whether two sentences of different sources tell the same fact: the same happening or claim,
by the same people, with figures and dates that agree. Sharing a topic, a few words, a unit or
a number is not enough.

`Traits` is what the judge reads in one sentence; `Judge.same` first looks for a conflict (other
figures, other dates, other people, other actors, another occasion), then weighs what the two
share (content words by rarity, an actor, figures, a date, a quoted phrase).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from briefing import calendar
from briefing import lexicon as lx
from briefing.model import Analysis, Entity
from briefing.s3_names import kinds
from briefing.s6_compare import amounts
from briefing.s6_compare.wording import Index, stem, stem_each, stem_set

# Sentences less alike than this (cosine of their rare words) are not compared.
SIMILAR = 0.2
# Evidence two sentences must share to tell one fact (see `Judge.same`); more when their
# articles are this many days apart and no date ties them.
EVIDENCE = 2.0
FAR_APART = EVIDENCE + 1.0
FAR_DAYS = 365
# Without a shared figure, date or quoted phrase, two sentences must share this many content
# words to tell one fact ("defeat" and "establishment" are not enough).
WORDS_ALONE = 3
# What a shared figure and a shared quoted phrase weigh (a word weighs its rarity, at most 1).
AMOUNT = 0.5
QUOTE = 0.5
# A date weighs by how exact it is; half as much unless both sentences write it out.
DATE_WEIGHT = {3: 1.0, 2: 0.75, 1: 0.5}
# A bound ("since December") may sit this far from the day it bounds; a deictic date
# ("Friday", "last month"), resolved against each article's own date, a day.
BOUND_DAYS = 31
DEICTIC_DAYS = 1
# Quotations from articles further apart than this are said on two occasions.
OCCASION_DAYS = 7
# Sentences mostly inside quotation marks are statements of their speaker.
QUOTED = 0.5
# Wording this close overrides the subjects of two articles (the same sentence in both).
SAME_WORDING = 0.6
# Sentences this alike (wire copy, a sentence taken over) tell one fact when nothing conflicts,
# however few rare words they have.
ALIKE = 0.7
# A sentence that names no actor stands for its article's subject: the names of its title and
# this many of its most named people and organisations.
SUBJECT_NAMES = 3

_WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*")
_TOKEN = re.compile(r"[^\W_][\w’'&.-]*[\w]|[^\W_]")
_CODE = re.compile(r"\b[A-Z]*\d+[A-Za-z]*(?:-\d+[A-Z]*)?\b")
_DIGIT = re.compile(r"\d")
_POSSESSIVE = re.compile(r"[’']s\b")
_TIME_WORDS = frozenset([*lx.MONTHS, *lx.WEEKDAYS])
# Lower-case words inside names ("Dar es Salaam", "Osama bin Laden", "Bank of America").
_JOINERS = lx.PARTICLES | lx.NAME_JOINERS
# Words no action is told by (matched as written: "strategist" is a role, "strategy" is not).
_NOT_ACTION = frozenset([*_TIME_WORDS, *lx.UNITS, *lx.ORDINALS, *lx.DEICTIC_WORDS, *lx.TITLES, *lx.ROLE_NOUNS])
_NUMBERISH = frozenset(stem(w) for w in [*lx.NUMBER_WORDS, *lx.SCALES, "half", "percent", "cent"] if " " not in w)
# Name words too common to tell one actor from another on their own ("Corp", "United").
_GENERIC = frozenset([*lx.ORG_CUES, *lx.ORG_HEADS, *lx.TITLES, *lx.GENERIC_NAME_WORDS])


@dataclass(frozen=True)
class Date:
    first: date
    last: date
    precision: int  # 3 day, 2 month, 1 year or coarser
    written: bool  # "October 28", "May 2008", "2006", not "Friday" or "last month"
    deictic: bool  # resolved against the article's date ("Friday", "last month")
    bound: bool  # "since December", "until October"


@dataclass(frozen=True)
class Traits:
    """What the judge reads in one sentence."""

    amounts: tuple[amounts.Amount, ...]
    dates: tuple[Date, ...]
    actors: frozenset[str]  # people, organisations, products named (as written or resolved)
    places: frozenset[str]
    people: frozenset[str]  # the people among them, and the speakers of its quotations
    speakers: frozenset[str]
    named: frozenset[str]  # stems of the words of its names
    words: frozenset[str]  # stems of its own content words, roles and times left out
    counted: frozenset[str]  # the head noun of each amount ("jobs" of "4,300 jobs")
    quoted: float = 0.0  # share of the sentence inside quotation marks
    keys: frozenset[str] = field(default=frozenset())  # `keys(actors)`
    # "+" when it tells only of a rise ("rose", "gained"), "-" only of a fall ("dropped"), else "".
    direction: str = ""
    place_keys: frozenset[str] = field(default=frozenset())


class Judge:
    """The same-fact judge over the units of an `Index`; each sentence read once, when first met."""

    def __init__(self, index: Index, analyses: Sequence[Analysis], entities: Sequence[Entity]) -> None:
        self.index = index
        self.top = math.log(1 + (index.n + 1))  # the rarity of a word found once
        self.by_id = {a.article.id: a for a in analyses}
        self.canonical = {n: e.name for e in entities if e.kind != "place" for n in e.names}
        self.lower = {w for a in analyses for w in re.findall(r"\b[a-z][a-z’'-]*\b", a.article.body)}
        self._traits: dict[int, Traits] = {}
        self._subjects: dict[str, frozenset[str]] = {}
        self._sentences: dict[str, _Sentences] = {}

    # --- the judge -----------------------------------------------------------------------

    def conflict(self, i: int, j: int) -> str | None:
        """What makes units i and j two facts whatever their words share: "amount", "date",
        "people", "speaker", "direction" (a rise and a fall), "actor" or "occasion"; None when
        nothing does."""
        a, b = self.traits(i), self.traits(j)
        if amounts.compare(a.amounts, b.amounts)[0]:
            return "amount"
        if _dates_conflict(a.dates, b.dates):
            return "date"
        if a.speakers and b.speakers and not same_people(a.speakers, b.speakers):
            return "speaker"
        if a.people and b.people and not same_people(a.people, b.people):
            return "people"
        if a.direction and b.direction and a.direction != b.direction:
            return "direction"
        if self._other_occasion(i, j, a, b):
            return "occasion"
        if self._other_actors(i, j, a, b):
            return "actor"
        return None

    def same(self, i: int, j: int) -> float | None:
        """How much units i and j share when they tell the same fact; None when they do not.

        Nothing may conflict, and what they share must reach EVIDENCE: content words by
        rarity; a shared figure, date or quoted phrase; and, beside one of those, the rarest
        actor both name (in a story's articles everyone is named everywhere, so a name alone
        proves nothing). They must also be tied by a name, figures or a date, or a phrase one
        quotes and the other carries."""
        if self.index.similarity(i, j) < SIMILAR or self.conflict(i, j) is not None:
            return None
        evidence, tied = self.evidence(i, j)
        if self.index.similarity(i, j) >= ALIKE:
            # Nearly the same words, and nothing differs: one fact, when they tell something
            # (a word of an action, a figure, a date). A dateline or a label of names alone
            # ("NAIROBI, Kenya (AP) _", run by every wire story from there) tells nothing.
            return max(evidence, EVIDENCE) if evidence > 0 else None
        if not tied or evidence < self._needed(i, j):
            return None
        return evidence

    def evidence(self, i: int, j: int) -> tuple[float, bool]:
        """What units i and j share, weighed, and whether a name, figure or date ties them."""
        a, b = self.traits(i), self.traits(j)
        idf = self.index.idf
        action = (a.words & b.words) - a.named - b.named - _NUMBERISH - (a.counted & b.counted)
        words = math.fsum(idf[w] for w in action if not w[:1].isdigit()) / self.top
        figures = amounts.compare(a.amounts, b.amounts)[1]
        when = _date_weight(a.dates, b.dates)
        quoted = self._quote_shared(i, j)
        anchored = figures > 0 or when >= 0.5 or quoted
        who = 0.0
        if anchored:
            common = a.keys & b.keys
            who = max((idf.get(stem(k.split()[-1]), 0.0) / self.top for k in common), default=0.0)
        evidence = words + AMOUNT * figures + when + (QUOTE if quoted else 0.0) + who
        tied = bool((a.keys | a.place_keys) & (b.keys | b.place_keys)) or AMOUNT * figures + when >= 1.0 or quoted
        if not tied and not (a.keys and b.keys):
            # Naming no one, a sentence stands for its article's subject.
            tied = bool(self._actor_keys(i, a) & self._actor_keys(j, b))
        told = len([w for w in action if not w[:1].isdigit()])
        if not anchored and told < WORDS_ALONE:
            tied = False  # two rare words in common are a phrase, not a fact told twice
        if told < 2 and figures + (1 if when else 0) < 2:
            tied = False  # one word and one figure: "$14 billion" asked for, "$14 billion" refused
        return evidence, tied

    def _needed(self, i: int, j: int) -> float:
        x = self.by_id[self.index.sources[i]].article.published
        y = self.by_id[self.index.sources[j]].article.published
        a, b = self.traits(i), self.traits(j)
        if x and y and abs((x - y).days) > FAR_DAYS and not _date_weight(a.dates, b.dates):
            return FAR_APART  # years apart, and no date says it is the same happening
        return EVIDENCE

    def _other_occasion(self, i: int, j: int, a: Traits, b: Traits) -> bool:
        """Both mostly quotation, from articles more than a week apart, sharing no quoted phrase:
        words said on two occasions are two statements, however alike."""
        if a.quoted < QUOTED or b.quoted < QUOTED:
            return False
        x = self.by_id[self.index.sources[i]].article.published
        y = self.by_id[self.index.sources[j]].article.published
        return bool(x and y and abs((x - y).days) > OCCASION_DAYS and not self._quote_shared(i, j))

    def _other_actors(self, i: int, j: int, a: Traits, b: Traits) -> bool:
        """Both name actors (or stand for their articles' subjects) and share none. An article's
        subject says less than a sentence's own names: it yields to a shared place, figure or
        date, and to near-identical wording."""
        xa, xb = self._actor_keys(i, a), self._actor_keys(j, b)
        if not xa or not xb or xa & (xb | b.place_keys) or xb & (xa | a.place_keys):
            return False
        if a.keys and b.keys:
            return True
        tied = (
            bool(a.place_keys & b.place_keys)
            or amounts.compare(a.amounts, b.amounts)[1] > 0
            or _date_weight(a.dates, b.dates) > 0
            or self.index.similarity(i, j) >= SAME_WORDING
        )
        return not tied

    def _actor_keys(self, i: int, t: Traits) -> frozenset[str]:
        if t.keys:
            return t.keys
        source = self.index.sources[i]
        if source not in self._subjects:
            self._subjects[source] = keys(_subject(self.by_id[source], self.canonical, self.lower))
        return self._subjects[source]

    def _quote_shared(self, i: int, j: int) -> bool:
        u, v = self.index.units[i], self.index.units[j]
        return any(len(q) >= 2 and set(q) <= v.words for q in u.quoted) or any(
            len(q) >= 2 and set(q) <= u.words for q in v.quoted
        )

    # --- reading a sentence -------------------------------------------------------------

    def traits(self, k: int) -> Traits:
        found = self._traits.get(k)
        if found is None:
            found = self._traits[k] = self._read(k)
        return found

    def _read(self, k: int) -> Traits:
        unit = self.index.units[k]
        a = self.by_id[unit.source]
        if unit.source not in self._sentences:
            self._sentences[unit.source] = _Sentences(a)
        at = self._sentences[unit.source]
        s, e, n = unit.ref.start, unit.ref.end, unit.ref.sentence
        text = unit.text
        actors: set[str] = set()
        places: set[str] = set()
        named: set[str] = set()
        people: set[str] = set()
        for m in at.mentions[n]:
            named |= stem_set(m.text) | stem_set(m.name)
            name = self.canonical.get(m.name, m.name)
            if m.kind == "place" or is_place(m.name):
                places.add(name)
            else:
                actors.add(name)
                if m.kind == "person":
                    people.add(name)
        for run in name_runs(text, self.lower):
            named |= stem_set(run)
            (places if is_place(run) else actors).add(run)
            words = run.split()
            if len(words) >= 2 and (words[0].lower() in lx.MALE_NAMES or words[0].lower() in lx.FEMALE_NAMES):
                people.add(run)
        for code in _CODE.findall(text):
            if any(c.isalpha() for c in code):
                actors.add(code)
                named |= stem_set(code)
        speakers = {self.canonical.get(q.speaker, q.speaker) for q in at.quotes[n] if q.speaker}
        people |= speakers
        actors |= speakers
        dated = [(t.start, t.end) for t in at.dates[n] if t.type in ("DATE", "TIME")]
        found = amounts.find(a.article.body, s, e, dated)
        counted = {x.head for x in found if x.head}
        inside = sum(max(0, min(q.end, e) - max(q.start, s)) for q in at.quotes[n])
        written = [w.lower() for w in _WORD.findall(text)]
        own = set(stem_each([w for w in _WORD.findall(text) if w.lower() not in _NOT_ACTION])) & unit.words
        rise, fall = not lx.RISE_WORDS.isdisjoint(written), not lx.FALL_WORDS.isdisjoint(written)
        return Traits(
            amounts=tuple(found),
            dates=tuple(_dates(a, at.dates[n], s)),
            actors=frozenset(actors),
            places=frozenset(places),
            people=frozenset(people),
            speakers=frozenset(speakers),
            named=frozenset(named),
            words=frozenset(own),
            counted=frozenset(counted),
            quoted=inside / max(1, e - s),
            keys=keys(actors),
            place_keys=keys(places),
            direction="+" if rise and not fall else "-" if fall and not rise else "",
        )


class _Sentences:
    """One article's mentions, quotations and dates by sentence, found in one pass."""

    def __init__(self, a: Analysis) -> None:
        from bisect import bisect_right

        starts = [s.start for s in a.sentences]

        def sentence(offset: int) -> int:
            return max(0, bisect_right(starts, offset) - 1)

        self.mentions: defaultdict[int, list] = defaultdict(list)
        for m in a.mentions:
            self.mentions[sentence(m.start)].append(m)
        self.quotes: defaultdict[int, list] = defaultdict(list)
        for q in a.quotes:
            # A quotation counts in each sentence it covers (for its share) and in the one it opens.
            for k in range(sentence(q.start), sentence(max(q.start, q.end - 1)) + 1):
                self.quotes[k].append(q)
        self.dates: defaultdict[int, list] = defaultdict(list)
        for t in a.dates:
            self.dates[sentence(t.start)].append(t)


# --- names ----------------------------------------------------------------------------------


def name_runs(text: str, lower: set[str]) -> list[str]:
    """Runs of capitalised words in a sentence (a number may follow one: "Boeing 787"; a
    particle may join two: "Dar es Salaam"): its names. The first word of the sentence is a
    name only when the articles never write it in lower case."""
    toks = _TOKEN.findall(text)
    if len(toks) < 2 and not (toks and toks[0][:1].isupper()):
        return []
    spans = [m.span() for m in _TOKEN.finditer(text)]
    out: list[str] = []
    run: list[str] = []
    last = 0
    for k, word in enumerate(toks):
        start, end = spans[k]
        if run and text[last:start].strip():  # punctuation between: another name
            out.append(" ".join(run))
            run = []
        last = end
        first = word[0]
        if first.islower():
            # Lower case: a particle inside a name ("Dar es Salaam"), a code ("a380"), or the end of a run.
            if (
                run
                and word in _JOINERS
                and k + 1 < len(toks)
                and toks[k + 1][:1].isupper()
                and not text[end : spans[k + 1][0]].strip()
            ):
                run.append(word)
                continue
            if not (_DIGIT.search(word) and not run):
                if run:
                    out.append(" ".join(run))
                    run = []
                continue
        elif first.isdigit() and not (run and word.isdigit() and text[end : end + 1] not in (",", ".")):
            if run:
                out.append(" ".join(run))
                run = []
            continue
        low = word.lower()
        if low in _TIME_WORDS or (k == 0 and (low in lower or low.endswith("ly") or low in lx.STOPWORDS)):
            if run:
                out.append(" ".join(run))
                run = []
            continue
        joined = k + 1 < len(toks) and toks[k + 1][:1].isupper() and not text[end : spans[k + 1][0]].strip()
        if not run and low in lx.STOPWORDS and not joined:
            continue  # "All Nippon Airways", but not "I" or "The" alone
        run.append(word)
    if run:
        out.append(" ".join(run))
    return out


def is_place(name: str) -> bool:
    low = _POSSESSIVE.sub("", name.lower()).rstrip(".")
    return kinds.place(low) or low in lx.PLACE_ALIASES or low in lx.DEMONYMS or low.rstrip("s") in lx.DEMONYMS


def keys(names: frozenset[str] | set[str]) -> frozenset[str]:
    """What names can be matched by: each one's words (stemmed), its initials, and its first and
    last words unless generic ("General Motors": general motor, gm, motor; "Ford Motor Company": ford)."""
    out: set[str] = set()
    for name in names:
        out |= _keys(name)
    return frozenset(out)


@lru_cache(maxsize=65536)
def _keys(name: str) -> frozenset[str]:
    words = [w for w in re.split(r"[\s-]+", _POSSESSIVE.sub("", name.lower())) if w and w not in _JOINERS]
    if not words:
        return frozenset()
    stems = [stem(w) or w for w in words]
    out = {" ".join(stems)}
    if len(words) > 1:
        out.add("".join(w[0] for w in words))
        for w, s in ((words[0], stems[0]), (words[-1], stems[-1])):
            if w.rstrip(".") not in _GENERIC and len(w) > 2:
                out.add(s)
    return frozenset(out)


def same_people(xs: frozenset[str], ys: frozenset[str]) -> bool:
    """Someone of xs is someone of ys: the same family name, and given names that do not differ
    ("Patricia Smith" is not "Sean Smith"; "Clinton" may be "Bill Clinton")."""

    def parts(name: str) -> tuple[list[str], str]:
        words = [w for w in _POSSESSIVE.sub("", name).replace(".", " ").split() if w[:1].isupper()]
        return (words[:-1], words[-1].lower()) if words else ([], name.lower())

    for x in xs:
        given_x, family_x = parts(x)
        for y in ys:
            given_y, family_y = parts(y)
            if family_x == family_y and (not given_x or not given_y or given_x[0][0] == given_y[0][0]):
                return True
    return False


def _subject(a: Analysis, canonical: dict[str, str], lower: set[str]) -> frozenset[str]:
    """What an article is about: the names of its title, and its most named people and
    organisations."""
    count: Counter[str] = Counter()
    for m in a.mentions:
        if m.kind != "place":
            count[canonical.get(m.name, m.name)] += 1
    out = {n for n in name_runs(a.article.title, lower) if not is_place(n)}
    out.update(sorted(count, key=lambda n: (-count[n], n))[:SUBJECT_NAMES])
    return frozenset(out)


# --- dates ----------------------------------------------------------------------------------


def _dates(a: Analysis, timexes: list, start: int) -> list[Date]:
    body = a.article.body
    out = []
    for t in timexes:
        if t.type not in ("DATE", "TIME"):
            continue
        value = t.value.split("T")[0]
        first = calendar.start_of(value)
        if first is None or not calendar.placed(value):
            continue
        last = calendar.end_of(value) or _end(value, first)
        before = body[max(start, t.start - 12) : t.start].lower().split()
        low = t.text.lower()
        written = bool(re.search(r"\d{4}|\d+/\d+", t.text)) or any(w in lx.MONTHS for w in re.findall(r"[a-z]+", low))
        bound = bool(before and before[-1] in lx.DATE_BOUNDS) or low.split()[0] in lx.DATE_BOUNDS
        precision = 3 if re.fullmatch(r"\d{4}-\d\d-\d\d", value) else 2 if re.fullmatch(r"\d{4}-\d\d", value) else 1
        out.append(Date(first, last, precision, written, t.relative and not written, bound))
    return out


def _end(value: str, first: date) -> date:
    """The last day of a week or a season (`calendar.end_of` gives none)."""
    if "-W" in value:
        return first + timedelta(days=6)
    y, m = calendar.add_months(first.year, first.month, 3)
    return date(y, m, 1) - timedelta(days=1)


def _meet(x: Date, y: Date) -> bool:
    slack = BOUND_DAYS if (x.bound or y.bound) else DEICTIC_DAYS if (x.deictic or y.deictic) else 0
    return (y.first - x.last).days <= slack and (x.first - y.last).days <= slack


def _dates_conflict(xs: Sequence[Date], ys: Sequence[Date]) -> bool:
    """None of the dates meet, or the sentence with fewer written dates writes one the other
    lacks ("payable Jan. 3 to record Nov. 16" and "payable Dec. 7 to record Nov. 22")."""
    if not xs or not ys:
        return False
    if not any(_meet(x, y) for x in xs for y in ys):
        return True
    wx, wy = [x for x in xs if x.written], [y for y in ys if y.written]
    few, many = (wx, wy) if len(wx) <= len(wy) else (wy, wx)
    return bool(few) and any(not any(_meet(x, y) for y in many) for x in few)


def _date_weight(xs: Sequence[Date], ys: Sequence[Date]) -> float:
    """The weight of the best date two sentences share: day 1.0, month 0.75, year 0.5; half
    as much unless both write it out."""
    return max(
        (
            DATE_WEIGHT[min(x.precision, y.precision)] * (1.0 if x.written and y.written else 0.5)
            for x in xs
            for y in ys
            if _meet(x, y)
        ),
        default=0.0,
    )
