"""Turn an article's dated sentences into events (`chronology` puts all articles' in order).

An event is a clause of running text dated by a DATE expression (the most specific one of
its clause). When the article's date is known, undated reports and happenings are events
of the story's own day (a day the lead names, else the publication date).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from datetime import date, timedelta

from briefing import calendar
from briefing import lexicon as lx
from briefing.model import Article, Event, Sentence, Timex
from briefing.s2_dates import names_only
from briefing.s2_dates.spans import trie_pattern

EVENT_ROLES = ("body", "dek")
# Words before an expression that make the event come after the date it names: the
# event is then dated at the year ("after the 9/11 attacks, ... began close cooperation").
AFTER_WORDS = ("after", "following", "aftermath of", "in the wake of", "since the")
# "ahead of" also ranks ("ahead of Airbus in 2011"): it names an occasion only when the date
# stands in its own noun phrase ("ahead of the June 5 caucuses"), no preposition between.
AHEAD_WORDS = ("ahead of",)
# Values that place nothing on a timeline.
UNPLACEABLE = ("PAST_REF", "FUTURE_REF")
FUTURE_VERBS = frozenset(["will", "shall", "won't", "'ll"])
# How long after a results period ends its figures are still the news.
PERIOD_NEWS_DAYS = 100
# How close to a day a reporting verb makes it the day of a report ("stated on Thursday").
REPORT_REACH = 20
# How far before publication the lead may date the news it tells ("at 16:15 UTC, June 1st"):
# two weeks, as online outlets and weeklies often publish a story some days late.
LEAD_DAYS = 14
LEAD_SENTENCES = 4
# How many sentences back an event may be named again ("the suspension" of one suspended
# two sentences before).
NAMED_AGAIN_REACH = 3

# A clause boundary between two dated expressions: punctuation or a conjunction followed,
# somewhere before the second expression, by a verb of its own.
_BOUNDARY = re.compile(r"[,;:—–]|\b(?:and|but|while|whereas|which|who|that)\b", re.I)
_VERB = re.compile(
    r"\b(?:was|were|is|are|has|have|had|will|would|said|says|did|does|became|began"
    r"|took|made|came|went|won|lost|rose|fell|[a-z]{3,}ed)\b"
    # an infinitive ("due to receive") heads a clause of its own too
    r"|\bto[ \t]+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|be)\b)(?-i:[a-z]{3,})\b",
    re.I,
)
_WORD = re.compile(r"[a-z0-9]+")
_LETTERS = re.compile(r"[^\W\d_]{2,}")  # two letters or more: a word
_AFTER = re.compile(r"(?:\b(?:" + "|".join(AFTER_WORDS) + r")\s+(?:the\s+)?(?:\w+\s+){0,2}|\bpost-)$", re.I)
_LEADUP = re.compile(
    r"\b(?:" + "|".join(lx.LEADUP_WORDS) + r")\s+(?:[\w'’-]+\s+){0,4}(?:(?:on|in|at)\s+)?$"
    r"|\b(?:" + "|".join(AHEAD_WORDS) + r")\s+(?:(?!(?:on|in|at|by|for|from|with|to"
    r"|me|you|him|her|it|us|them)\s)[\w'’-]+\s+){0,3}$",
    re.I,
)
# Expressions that frame a comparison rather than date the clause.
_BACKGROUND_BEFORE = re.compile(r"\b(?:than|compared (?:to|with)|versus|vs\.?|up from|down from|of)\s+$", re.I)
# The base of a change: "an increase of 54 points from March 12", "fell 5% from Monday's close".
_CHANGE_FROM = re.compile(
    r"\b(?:increase|decrease|gain|rise|fall|drop|decline|loss|jump|up|down|higher|lower|rose"
    r"|fell|climbed|dropped|gained|lost)\b[^.;:!?]{0,40}?\bfrom\s+(?:the\s+)?$",
    re.I,
)
_PERIOD_END = re.compile(r"\b(?:quarter|year|period|months|weeks|half)[ \t]+(?:ended|ending)[ \t]+$", re.I)
_YEAR_ON_YEAR = re.compile(r"compared|versus|vs", re.I)
_BACKGROUND = re.compile(r"\b(?:a year (?:earlier|ago)|year-(?:earlier|ago)|same period|year-before)\b", re.I)
# A present or present-perfect main verb tells news of the story's own day ("has posted",
# "the move comes a day after ...").
_PRESENT = re.compile(r"\b(?:has|have|is|are|comes|come|follows|marks)\b")  # on lower-cased text
_CONSEQUENCE = re.compile(
    r"(?:This|That|It)[ \t]+(?:brings|means|leaves|puts|makes|gives|takes|raises|lifts"
    r"|pushes|boosts|cuts|adds|ends|marks)\b"
)
# A pronoun subject and a past verb: the story of the sentence before goes on.
_PRONOUN_SUBJECT = re.compile(r"(?:He|She|They|It)[ \t]")
_PAST = re.compile(r"\b(?:was|were|had|did|won|lost|took|made|came|went|[a-z]{3,}ed)\b")  # on lower-cased text
_AHEAD = re.compile(r"\b(?:will|would|shall|expected|expects?|plans?|'ll)\b")  # on lower-cased text
_GOES_ON = re.compile(r"(?:This|That|These|Those|It|The same)\b")
# What came next (see _comes_next); "then" of time past ("since then", "the then chairman") is no sequence.
_NEXT_OPENER = re.compile(r"(?:(?:Then|Afterwards?|Subsequently|Thereafter|After that)(?![\w-])|Later,)")
_THEN = re.compile(
    r"\b(?:will|would|shall|can|could|may|might|must|is|are|was|were|has|have|had|did"
    r"|he|she|they|we|it)[ \t]+then[ \t]+[a-z]{2,}\b"
)  # on lower-cased text
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)
_SUPERLATIVE = re.compile(r"\b(?:[a-z]{2,}est|worst|best|most|least|first|only|record)\b", re.I)
# "lows not seen since October 1982", "has not closed above 8,000 since February": what has
# not happened since a date measures against it.
_NEGATED = re.compile(r"(?:\b(?:not|never|no)\b|n['’]t\b|\bun(?:seen|matched|precedented)\b)[^;:.!?]*$", re.I)
# A level that a date names, as the point a figure is measured from: "above its November 20,
# 2008 low", "from Monday's close", "from the close of trading Wednesday".
_POINT_AFTER = re.compile(
    r"(?:['’]s)?[ \t]+(?:(?:closing|opening|intraday|record|all-time)[ \t]+)?(?:"
    + "|".join(sorted(lx.LEVEL_NOUNS))
    + r")\b",
    re.I,
)
_POINT_BEFORE = re.compile(
    r"\b(?:from|above|below|than|to|off|near|under|over|beyond|since|with)[ \t]+(?:its|their|the)?[ \t]*$", re.I
)
_FROM_CLOSE = re.compile(
    r"\b(?:from|above|below|than|since|with)[ \t]+(?:the|its|their)[ \t]+(?:close|closing|opening|open|level|end|finish)"
    r"(?:[ \t]+of(?:[ \t]+(?:trading|business|play))?)?(?:[ \t]+on)?[ \t]+$",
    re.I,
)
# (Word lists as prefix tries: one branch per letter instead of every word at every word start.)
_REPORTING = re.compile(r"\b(?:" + trie_pattern(lx.REPORTING_VERBS) + r")\b")
# (Only ever asked whether it matches: the word start is checked once for all the branches,
# and "'ll" is looked for only at an apostrophe.)
_HAPPENED = re.compile(
    r"\b(?:(?:" + trie_pattern(lx.PAST_VERBS | FUTURE_VERBS) + r")\b|[a-z]{3,}ed\b"
    r"|(?:has|have|had)\s+(?:\w+\s+)?[a-z]+(?:en|wn)\b)|'(?<=\w')ll\b"
)
# A form of "be" just before a participle makes it passive ("to be built", "is sold", "being
# cut"): something done or to be done, not something that happened ("was built" is past by "was").
_PASSIVE_BE = re.compile(r"\b(?:be|being|is|are|am)[ \t]+(?:[a-z]+ly[ \t]+)?$")  # on lower-cased text
# A present progressive: something under way ("is seeking", "are cutting"); not "is going to".
_UNDER_WAY = re.compile(r"\b(?:is|are)[ \t]+(?:[a-z]+ly[ \t]+|also[ \t]+|now[ \t]+|still[ \t]+)?([a-z]{3,}ing)\b")
# ... of a verb of state, an -ing preposition, adjective or noun ("is going to", "is nothing").
_NOT_UNDER_WAY = lx.STATE_VERBS | lx.STATE_ING | lx.ING_PREPOSITIONS | lx.ING_NOT_VERBS | {"going"}
# ... except "is set to close", which tells what will happen, as "is expected to close" does.
_SET_TO = re.compile(r"set[ \t]+to[ \t]+[a-z]")
_PERIOD_VALUE = re.compile(r"\d{4}(?:-\d\d|-Q[1-4]|-H[12])?")
_PERCENT = re.compile(r"\d[\d,.]*\s*(?:%|percent\b)|\bpercent\b")
_AMOUNT = re.compile(r"[$€£]\s*\d|\d\s*(?:million|billion|cents?)\b")
_CHANGE = re.compile(r"\b(?:" + "|".join(sorted(lx.CHANGE_WORDS)) + r")\b")
_HAD_DONE = re.compile(
    r"\bhad[ \t]+(?:already[ \t]+|just[ \t]+)?(?:[a-z]{2,}(?:ed|en|wn)|" + "|".join(sorted(lx.PAST_VERBS)) + r")\b"
)
# An anniversary: "marks the 20th anniversary", "Today marked a day in history, when 20 years ago".
_ANNIVERSARY = re.compile(
    r"\banniversary\b|\bmark(?:s|ed)?\b[^.;]*\b(?:years?|decades?)[ \t]+ago\b"
)  # on lower-cased text
# A sentence that explains the one before: "This is due to ...", "It was caused by ...".
_EXPLAINS = re.compile(
    r"(?:This|That|These|Those|It)[ \t]+(?:is|was|are|were|has[ \t]+been|had[ \t]+been)[ \t]+"
    r"(?:(?:largely|mainly|partly|mostly|reportedly|said[ \t]+to[ \t]+be)[ \t]+)?(?:"
    + "|".join(p.replace(" ", r"[ \t]+") for p in lx.CAUSE_PHRASES)
    + r")\b"
)
# A sentence opening with a noun phrase that may name again what the sentence before told.
_OPENING = re.compile(
    r"(?:The|This|That|These|Those|Its|Their|Such[ \t]+an?)[ \t]+(?:[a-z0-9.%-]+[ \t]+){0,2}?([a-z]{4,})\b(?![ \t]+of\b)"
)
_DAYS = re.compile(r"P(\d{1,2})([DW])")
_AROUND = re.compile(r"[ \t]+(before|after)\b", re.I)
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_VERB_FORM = re.compile(r"\b([a-z]{3,}(?:ed|ing))\b")
_INTRODUCED = re.compile(r"\b(?:[Aa]n?)[ \t]+(?:[a-z]+[ \t]+){0,2}(" + "|".join(sorted(lx.EVENT_NOUNS)) + r")\b")
_PHRASAL_STARTS = frozenset(lx.PHRASAL_BASES.values())
_PHRASAL = re.compile(r"\b(" + "|".join(lx.PHRASAL_BASES) + r")[ \t]+(over|out|off|down|up)\b", re.I)
_NOMINAL = re.compile(r"(?:tion|sion|ment|al|ance|ence)s?$")
_DEFINITE = re.compile(r"(?:\b(?:the|its|their|his|her|this|that)|'s|’s)[ \t]+(?:[A-Z]\w+[ \t]+)?([a-z]{4,})\b")


def find(article: Article, sentences: Sequence[Sentence], dates: Sequence[Timex]) -> list[Event]:
    """The dated clauses of one article, in text order."""
    body = article.body
    events: list[Event] = []
    by_sentence = _group(sentences, dates)
    story, happened = _story_day(article, sentences, by_sentence)
    period = _story_period(article, sentences, by_sentence)
    previous: Event | None = None  # the last dated event of the current paragraph
    carried: Event | None = None  # the last event an undated sentence took from one before it
    paragraph = opened = -1
    for s in sentences:
        if s.paragraph != paragraph:
            paragraph, opened = s.paragraph, s.index
            # A paragraph that opens "This has been attributed to ..." goes on from the
            # sentence just before it, across the break (wire copy breaks paragraphs often).
            if previous is not None and previous.sentence != s.index - 1:
                previous = None
        elif previous is not None and previous.sentence < opened:
            previous = None  # only the paragraph's first sentence reaches back that far
        if s.role not in EVENT_ROLES:
            continue
        values: dict[int, str] = {}
        for t in by_sentence.get(s.index, ()):
            value = event_date(body, t, article.written) or _around_story(body, t, s, story, article.written)
            if value:
                values[t.start] = value
        dated = [t for t in by_sentence.get(s.index, ()) if t.start in values]
        if dated and _only_dates(body, s, dated):
            continue
        seen: set[str] = set()
        for clause in _clauses(body, dated) if dated else ():
            # "now" yields to a date the clause names ("is now expected around 2020").
            best = max(
                clause,
                key=lambda t: (
                    calendar.placed(values[t.start]),
                    t.value != "PRESENT_REF",
                    _specificity(values[t.start]),
                    -t.start,
                ),
            )
            value = values[best.start]
            if value in seen:
                continue
            seen.add(value)
            previous = Event(s.index, s.start, s.end, best, value)
            events.append(previous)
        if story is None or happened is None:
            continue
        text = body[s.start : s.end].lower()
        kind = _verb_kind(text)
        if kind == "report" and happened is not story and happened.date not in seen and _HAD_DONE.search(text):
            # "X said on Thursday that it had signed ...": the signing is of the earlier day.
            events.append(Event(s.index, s.start, s.end, happened.timex, happened.date))
            seen.add(happened.date)
        if (
            kind is None
            and not dated
            and previous is not None
            and previous.sentence == s.index - 1
            and _CONSEQUENCE.match(body, s.start)
        ):
            kind = "event"  # "This brings its orders to 230": what the sentence before told did that
        if kind is None and not dated and _EXPLAINS.match(body, s.start):
            kind = "event"  # "This is due to ...": the sentence before told what it explains
        if kind is None or (dated and (story.date in seen or (kind != "report" and not _PRESENT.search(text)))):
            continue
        # An undated sentence is an event of the day the story tells, unless it goes on
        # from a dated one in its paragraph ("This coincides with ...") and shares its date,
        # or tells what came next after the sentence before ("The jet will then fly on").
        if previous is not None and kind != "report" and not dated:
            named = _names_again(body, s, [e for e in events if e.sentence == s.index - 1])
            if named is not None:
                # "... crashed 20 years ago. The crash sent the market down 508 points."
                carried = Event(s.index, s.start, s.end, named.timex, named.date)
                events.append(carried)
                continue
            goes_on = _GOES_ON.match(body, s.start) or _goes_on_telling(body, s, previous, story)
            # (The sentence before may itself have gone on: "... on May 3. Then X. Thereafter Y.")
            before = carried if carried is not None and carried.sentence == s.index - 1 else previous
            if goes_on or (before.sentence == s.index - 1 and _comes_next(body, s, text)):
                told = previous if goes_on else before
                carried = Event(s.index, s.start, s.end, told.timex, told.date)
                events.append(carried)
                continue
        results = period is not None and not dated and _gives_results(text)
        if not results or kind == "report" or re.search(r"\b(?:has|have)\b", text):
            day = story if kind == "report" or dated else happened
            events.append(Event(s.index, s.start, s.end, day.timex, day.date))
        if results and period is not None:
            # The figures belong to the period; a report of them ("said", "has posted") is
            # also news of the day.
            events.append(Event(s.index, s.start, s.end, period.timex, period.date))
    if story is not None and article.written is not None:
        # The story's own day (and publication day) is no earlier event to carry.
        written = article.written
        events = _referred_back(body, sentences, events, {story.date, written.isoformat()}, written)
    return events


def _referred_back(
    body: str, sentences: Sequence[Sentence], events: list[Event], days: set[str], published: date
) -> list[Event]:
    """Events that a sentence names again shortly after the sentence that dated them: "GM said
    it was cancelling a deal to sell Opel" (a day before) -- "Politicians expressed
    disappointment at GM's cancellation of the deal": the cancellation keeps its own day."""
    by_sentence: dict[int, list[Event]] = {}
    for e in events:
        by_sentence.setdefault(e.sentence, []).append(e)
    # Only what already happened, on a day other than the story's own, is named again.
    earlier = {
        i: carried
        for i, told in by_sentence.items()
        if (
            carried := [
                e
                for e in told
                if e.date not in days
                and calendar.placed(e.date)
                and (calendar.start_of(e.date) or published) <= published
            ]
        )
    }
    added: list[Event] = []
    for s in sentences:
        own = by_sentence.get(s.index)
        if not own or not any(s.index - back in earlier for back in range(1, NAMED_AGAIN_REACH + 1)):
            continue
        have = {e.date for e in own}
        heads: dict[str, str] | None = None
        for back in range(1, NAMED_AGAIN_REACH + 1):
            told = earlier.get(s.index - back)
            if not told:
                continue
            before = by_sentence[s.index - back]
            if heads is None:
                heads = _event_heads(body, s)
            if not heads:
                break
            where = _told_at(body, before[0].start, before[0].end, heads)
            if where is None:
                continue
            # The event of the clause that told it: the dating expression nearest the word.
            nearest = min(told, key=lambda e: abs(e.timex.start - where))
            if nearest.date not in have:
                have.add(nearest.date)
                added.append(Event(s.index, s.start, s.end, nearest.timex, nearest.date))
            break
    if not added:
        return events
    return sorted(events + added, key=lambda e: e.sentence)  # stable: each sentence's own events first


def _event_heads(body: str, s: Sentence) -> dict[str, str]:
    """The heads of the definite noun phrases of a sentence that name an event ("the loss",
    "GM's cancellation"), by their stem (five letters)."""
    heads: dict[str, str] = {}
    for m in _DEFINITE.finditer(body, s.start, s.end):
        head = m.group(1).lower()
        if head in lx.EVENT_NOUNS or _NOMINAL.search(head):
            heads.setdefault(head[:5], head)
    return heads


def _told_at(body: str, start: int, end: int, heads: dict[str, str]) -> int | None:
    """Where the earlier sentence body[start:end] told an event that one of `heads` names
    again: a verb of the same stem ("was cancelling"), an event noun it brought in ("a total
    loss") or a phrasal verb ("take over" -- "takeover"). A deal already known there ("the
    deal") is no new event of its date."""
    text = body[start:end].lower()
    if not any(stem in text for stem in heads) and not any(
        base in text for base in _PHRASAL_STARTS if any(h.startswith(base) for h in heads)
    ):
        return None  # the common case: no word of that stem at all
    found: list[tuple[int, str]] = []
    for m in itertools.chain(_VERB_FORM.finditer(body, start, end), _INTRODUCED.finditer(body, start, end)):
        found.append((m.start(1), m.group(1)[:5].lower()))
    for m in _PHRASAL.finditer(body, start, end):
        verb = m.group(1).lower()
        found.append((m.start(1), (lx.PHRASAL_BASES.get(verb, verb) + m.group(2).lower())[:5]))
    for stem in heads:
        for at, told in sorted(found):
            if told == stem:
                return at
    return None


def _story_day(
    article: Article, sentences: Sequence[Sentence], by_sentence: dict[int, list[Timex]]
) -> tuple[Event, Event] | tuple[None, None]:
    """The day the news was told and the day it happened: the first day the lead names
    shortly before publication ("said on Tuesday"), else the publication date itself
    (pointing at the dateline when there is one); what happened may be of an earlier day."""
    published = article.written
    if published is None:
        return None, None
    body = article.body
    dateline: Timex | None = None
    lead_seen = 0
    found: list[tuple[Event, bool]] = []
    for s in sentences:
        for t in by_sentence.get(s.index, ()):
            if t.value == published.isoformat() and dateline is None and _only_dates(body, s, [t]):
                dateline = t
        if s.role not in EVENT_ROLES or _only_dates(body, s, by_sentence.get(s.index, [])):
            continue
        # The lead: the first few sentences of running text.
        lead_seen += 1
        if lead_seen > LEAD_SENTENCES:
            break
        if _background(body, s):
            continue
        # A date written out beats a relative one ("at 16:15 UTC, June 1st" over "earlier today").
        for t in sorted(by_sentence.get(s.index, ()), key=lambda t: (t.relative, t.start)):
            if t.value == "PRESENT_REF":
                continue  # "now" names no day of its own: the publication date stands
            value = event_date(body, t, published)
            if value and _DAY_VALUE.fullmatch(value):
                day = date.fromisoformat(value)
                if 0 <= (published - day).days <= LEAD_DAYS:
                    found.append((Event(s.index, s.start, s.end, t, value), _told_on(body, s, t)))
    if not found:
        own = dateline or Timex(0, 0, "", "DATE", published.isoformat(), False)
        today = Event(-1, 0, 0, own, published.isoformat())
        return today, today
    story = found[0][0]
    # "X said on Thursday that it had signed ... The airline signed it on June 15": what
    # happened is of the earlier day the lead names outside a report.
    happened = [e for e, told in found[1:] if not told and e.date < story.date]
    return story, (happened[0] if found[0][1] and happened else story)


def _names_again(body: str, s: Sentence, before: list[Event]) -> Event | None:
    """The event of the sentence just before that a sentence opens by naming again ("The
    drop", "This delay"): the one whose date stands nearest the word that told it."""
    if not before:
        return None
    m = _OPENING.match(body, s.start)
    if m is None:
        return None
    stem = _stem(m.group(1))
    if len(stem) < 4:
        return None
    start, end = before[0].start, before[0].end
    for w in _VERB_FORM.finditer(body, start, end):
        if _stem(w.group()) == stem:
            return min(before, key=lambda e: abs(e.timex.start - w.start()) if e.timex.end > e.timex.start else 1 << 30)
    return None


def _stem(word: str) -> str:
    """A word's stem, enough to tell a noun that names again what a verb told ("drop",
    "dropped"; "announcement", "announced")."""
    w = word.lower()
    for suffix in ("ing", "ed", "es", "s", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiou":
        w = w[:-1]
    return w[:6]


def _background(body: str, s: Sentence) -> bool:
    """Whether a sentence of the lead gives background rather than the article's own news:
    what had happened before it ("On Sunday, the ministers had agreed ...") or an
    anniversary ("Today marked a day in history, when 20 years ago ...")."""
    text = body[s.start : s.end].lower()
    if _ANNIVERSARY.search(text):
        return True
    return _HAD_DONE.search(text) is not None and _REPORTING.search(text) is None


def _told_on(body: str, s: Sentence, t: Timex) -> bool:
    """Whether a day dates a report ("said on Thursday", "announced Friday")."""
    near = body[max(s.start, t.start - REPORT_REACH) : min(s.end, t.end + REPORT_REACH)].lower()
    return _REPORTING.search(near) is not None


def _story_period(article: Article, sentences: Sequence[Sentence], by_sentence: dict[int, list[Timex]]) -> Event | None:
    """The period a results story reports on: a month, quarter, half or year the lead names
    with figures of that kind, ended shortly before publication."""
    published = article.written
    if published is None:
        return None
    body = article.body
    lead_seen = 0
    for s in sentences:
        if s.role not in EVENT_ROLES or _only_dates(body, s, by_sentence.get(s.index, [])):
            continue
        lead_seen += 1
        if lead_seen > LEAD_SENTENCES:
            break
        words = set(_WORD.findall(body[s.start : s.end].lower()))
        if not words & lx.RESULT_WORDS or words & lx.MARKET_WORDS:
            continue
        for t in by_sentence.get(s.index, ()):
            value = event_date(body, t, published)
            if not value or not _PERIOD_VALUE.fullmatch(value):
                continue
            if _recent_period(value, published):
                return Event(s.index, s.start, s.end, t, value)
    return None


def _recent_period(value: str | None, published: date) -> str | None:
    """The value, if it is a period that ended shortly before publication."""
    end = calendar.end_of(value) if value else None
    if end is not None and end < published and (published - end).days <= PERIOD_NEWS_DAYS:
        return value
    return None


def _gives_results(text: str) -> bool:
    """Whether a (lower-cased) sentence gives business results: a results word with a figure
    or a change, or a percentage change; nothing about share prices or markets, nothing
    still to come."""
    words = set(_WORD.findall(text))
    if words & lx.MARKET_WORDS or words & FUTURE_VERBS or "would" in words or "'ll" in text:
        return False
    change = _CHANGE.search(text) is not None
    if words & lx.RESULT_WORDS:
        return change or _AMOUNT.search(text) is not None or _PERCENT.search(text) is not None
    return change and _PERCENT.search(text) is not None  # "hardest hit, with a plunge of 55%"


def _around_story(
    body: str, t: Timex, sentence: Sentence, story: Event | None, published: date | None = None
) -> str | None:
    """A span of days before or after something, told on the story's day: "A day before the
    announcement, GM said ..." dates the saying a day before the story's event; "GM's move
    comes a day after Chrysler released ..." dates the release a day before the move."""
    if story is None or t.type != "DURATION" or not _DAY_VALUE.fullmatch(story.date):
        return None
    m = _DAYS.fullmatch(t.value)
    around = _AROUND.match(body, t.end)
    if not m or not around:
        return None
    n = int(m.group(1)) * (7 if m.group(2) == "W" else 1)
    sign = 1 if around.group(1).lower() == "after" else -1
    leading = not body[sentence.start : t.start].strip()
    if not leading:  # the phrase dates what follows it
        sign = -sign
    day = date.fromisoformat(story.date) + timedelta(days=sign * n)
    if leading and sign > 0 and published is not None and day > published:
        # "Two weeks after China sent markets into a tumble, worries are sending jitters":
        # what is told cannot come after publication, so it is of the story's day and the
        # phrase names the earlier event.
        day = date.fromisoformat(story.date) - timedelta(days=n)
    return day.isoformat()


def _goes_on_telling(body: str, s: Sentence, previous: Event, story: Event) -> bool:
    """Whether a sentence goes on telling what the sentence just before dated earlier than
    the story: "... what Leon did this month in Beaumont. He won the marathon"."""
    if previous.sentence != s.index - 1 or previous.date >= story.date or not _PRONOUN_SUBJECT.match(body, s.start):
        return False
    text = body[s.start : s.end].lower()
    return _PAST.search(text) is not None and _AHEAD.search(text) is None


def _comes_next(body: str, s: Sentence, text: str) -> bool:
    """Whether a sentence tells what came next: opened by an adverb of sequence ("Then",
    "Thereafter", "Later,") or with "then" after its auxiliary or pronoun subject ("will then
    fly", "they then sold"); `text` is the sentence lower-cased."""
    return _NEXT_OPENER.match(body, s.start) is not None or _THEN.search(text) is not None


def _verb_kind(text: str) -> str | None:
    """ "report", "event" or None: whether a sentence reports, tells something that happened
    or will happen, or only describes."""
    if _REPORTING.search(text):
        return "report"
    at = 0
    while m := _HAPPENED.search(text, at):
        if (
            m.group() not in lx.PAST_VERBS
            or not _PASSIVE_BE.search(text, max(0, m.start() - 20), m.start())
            or _SET_TO.match(text, m.start())
        ):
            return "event"
        at = m.end()
    if any(m.group(1) not in _NOT_UNDER_WAY for m in _UNDER_WAY.finditer(text)):
        return "event"  # "GM is seeking to sell a unit": under way on the story's day
    return None


def _group(sentences: Sequence[Sentence], dates: Sequence[Timex]) -> dict[int, list[Timex]]:
    out: dict[int, list[Timex]] = {}
    spans = sorted(sentences, key=lambda s: s.start)
    i = 0
    for t in sorted(dates, key=lambda t: t.start):
        while i < len(spans) and spans[i].end <= t.start:
            i += 1
        if i < len(spans) and spans[i].start <= t.start:
            out.setdefault(spans[i].index, []).append(t)
    return out


def event_date(body: str, t: Timex, published: date | None) -> str | None:
    """The date an expression gives the event of its clause, or None if it dates nothing."""
    if t.type not in ("DATE", "TIME"):
        return None
    value = t.value
    if value == "PRESENT_REF":
        return published.isoformat() if published else None
    if value in UNPLACEABLE or value.startswith("P"):
        return None
    if "T" in value and re.match(r"\d{4}-\d\d-\d\d", value):
        value = value[:10]
    background = _BACKGROUND_BEFORE.search(body, max(0, t.start - 30), t.start) or (
        body.find("from", max(0, t.start - 12), t.start) >= 0
        and _CHANGE_FROM.search(body, max(0, t.start - 80), t.start)
    )
    if background or _BACKGROUND.search(t.text):
        # "compared with March of 2008", "from a year earlier": not when it happened; but a
        # comparison with a period a year back is news of the same period this year.
        if (
            background
            and published
            and _YEAR_ON_YEAR.match(background.group())
            and _PERIOD_VALUE.fullmatch(value)
            and "-" in value
        ):
            return _recent_period(calendar.shift(value, "Y", 1), published)
        return None
    if body.find("end", max(0, t.start - 10), t.start) >= 0 and _PERIOD_END.search(body, max(0, t.start - 30), t.start):
        return None  # "the quarter ended Sept. 30": the quarter dates the figures, not its last day
    if _SINCE.search(body, max(0, t.start - 30), t.start) and (
        _SUPERLATIVE.search(body, max(0, t.start - 90), t.start) or _NEGATED.search(body, max(0, t.start - 60), t.start)
    ):
        return None  # "its worst fall since 1987" measures against 1987; nothing happened then
    if (_POINT_BEFORE.search(body, max(0, t.start - 20), t.start) and _POINT_AFTER.match(body, t.end)) or (
        _FROM_CLOSE.search(body, max(0, t.start - 50), t.start)
    ):
        return None  # "above its November 20 low", "from the close of trading Wednesday"
    if names_only(body, t):
        return None  # "records from a 2000 summit have surfaced", "the early post-9/11 era"
    if t.type == "DATE" and _AFTER.search(body, max(0, t.start - 40), t.start) and re.match(r"\d{4}", value):
        value = value[:4]
    elif t.type == "DATE" and _LEADUP.search(body, max(0, t.start - 60), t.start):
        # What leads up to an occasion still to come is told on the story's day; before a
        # past one it is placed at the occasion's year.
        end = calendar.end_of(value)
        if (published is not None and (end is None or end >= published)) or not re.match(r"\d{4}", value):
            return None
        value = value[:4]
    # A week is placed by its month on the timeline: "2006-W04" would sort after December.
    return calendar.month_of_week(value) or value if "W" in value else value


def _only_dates(body: str, s: Sentence, dated: list[Timex]) -> bool:
    """A sentence that is nothing but a date (a dateline) tells no event."""
    if not dated:
        return _LETTERS.search(body, s.start, s.end) is None  # (what the gaps below come to)
    spans = sorted((t.start, t.end) for t in dated)
    if all(s.start <= a <= b <= s.end for a, b in spans) and all(x[1] <= y[0] for x, y in itertools.pairwise(spans)):
        # Looked for between the dates in place: a very long sentence is not copied per date.
        gaps = list(zip([s.start] + [b for _, b in spans], [a for a, _ in spans] + [s.end]))
        if any(_LETTERS.search(body, a, b) for a, b in gaps):
            return False
        return not _LETTERS.search("".join(body[a:b] for a, b in gaps))
    rest = body[s.start : s.end]
    for t in sorted(dated, key=lambda t: -t.start):
        rest = rest[: t.start - s.start] + rest[t.end - s.start :]
    return not _LETTERS.search(rest)


def _clauses(body: str, dated: list[Timex]) -> list[list[Timex]]:
    """Dated expressions grouped by clause: a new clause starts where a boundary and a verb
    of its own come between two expressions."""
    clauses = [[dated[0]]]
    for prev, t in itertools.pairwise(dated):
        between = body[prev.end : t.start]
        if _BOUNDARY.search(between) and (_VERB.search(between) or _HAPPENED.search(between.lower())):
            clauses.append([t])
        else:
            clauses[-1].append(t)
    return clauses


def _specificity(value: str | None) -> int:
    """How finely a value dates: resolved values beat underspecified ones."""
    if not value:
        return -1
    resolved = 100 if calendar.placed(value) else 0
    return resolved + len(value.replace("X", ""))
