"""The facts a briefing is made of: small frozen values with offsets into an article body.

Extractors return these; `assemble` combines them into a `Briefing`; renderers and the
export only read them. Offsets are Python string indices into `Article.body`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Problem:
    """Something wrong with an input file; the MkDocs adapter turns it into a warning."""

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return printable(f"{where}: {self.message}")


# Characters a terminal acts on rather than shows (newline, carriage return, escape, ...) and
# those that reorder what follows them (bidirectional controls): a file name could forge lines
# of the build log, clear the screen, or hide what a warning says.
_UNSHOWN = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """Text for one line of a log: each control or bidirectional character as its escape
    ("\\n", "\\x1b", "\\u202e"), every other character as it is."""
    return _UNSHOWN.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """One input file, decoded. `body` is the text exactly as read, less BOM and front matter."""

    id: str  # file stem, unique in a briefing
    path: str  # as given to `load.read`
    body: str
    paragraphs: tuple[Paragraph, ...]
    title: str
    # Where the title came from: "front matter", "page metadata", "headline", "dek",
    # "first sentence", "file name".
    title_from: str
    published: date | None = None
    # Where the date came from: "front matter" | "page metadata" | "dateline" | "file name".
    published_from: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    encoding: str = "utf-8"
    format: str = "txt"  # "txt" | "md" | "html": how the file was read
    language: str | None = None  # ISO 639-1 code, None when too short to tell
    # The date the body's own dateline gives ("March 05, 2009", "NAIROBI, Aug. 7 (AP) —"),
    # which may disagree with the front matter's `published`.
    dateline: date | None = None

    @property
    def written(self) -> date | None:
        """The day the body was written, which its relative dates ("on Thursday", "today")
        count from: its dateline's, else the publication date."""
        return self.dateline or self.published


@dataclass(frozen=True)
class Sentence:
    index: int  # 0-based position in the article
    start: int
    end: int
    paragraph: int
    # "body", or a part of the article that is not running text:
    # "headline", "dek", "caption" (a line starting with ©), "dateline".
    role: str = "body"

    @property
    def id(self) -> str:
        """The anchor of the sentence on its source page."""
        return f"s{self.index + 1}"


@dataclass(frozen=True)
class Timex:
    """A temporal expression with its TIMEX3 type and value."""

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str  # "2000-06-04", "XXXX-01", "P3Y", "PRESENT_REF", "XXXX-WXX-4", ...
    # True when the value depends on when the article was written ("on Thursday",
    # "last year"), whether or not a reference date was available to resolve it.
    relative: bool = False

    @property
    def unresolved(self) -> bool:
        """Relative and still underspecified: the page says "relative to publication"."""
        return self.relative and ("X" in self.value or self.value.endswith("_REF"))


@dataclass(frozen=True)
class Mention:
    """A name in the text that refers to a person, an organisation or a place."""

    start: int
    end: int
    text: str  # as written: "Former US President Bill Clinton", "Clinton"
    kind: str  # person | organization | place
    name: str  # the fullest name this article uses for it: "Bill Clinton"
    role: str | None = None  # "Former US President"


@dataclass(frozen=True)
class Quote:
    """A direct quotation: `start`/`end` cover the quoted words without the marks."""

    start: int
    end: int
    sentence: int  # index of the sentence holding the opening mark
    speaker: str | None = None  # the person's name as `Mention.name`, resolved
    speaker_start: int | None = None  # where the attribution names the speaker
    speaker_end: int | None = None  # ("He", "the Russian president", "Putin")
    cue: str | None = None  # "said", "asked", "according to", ...
    # The attribution as the article words it at the cue, appositives trimmed: "Flynn",
    # "the mayor", "a friend", "the union"; for a pronoun or an uncued quote, the resolved name.
    source_text: str | None = None
    # The day the words were said, as a TIMEX3 value: a date the attribution gives the saying
    # ("said on 20 January 2005"), else the article's own day (`Article.written`); None when
    # neither is known. Set by `s5_events.said_on`.
    date: str | None = None
    # What the attribution names: person | organization | place | document | group | other.
    speaker_kind: str | None = None
    # The outlet that reports the speaker's words, as worded: "CNN" in "Sanders said,
    # according to CNN"; "Detik.com" in "Detik.com quoted Djamal as saying".
    via: str | None = None


@dataclass(frozen=True)
class Event:
    """A dated clause of one article: the sentence and the expression that dates it."""

    sentence: int
    start: int  # the sentence span
    end: int
    timex: Timex
    date: str  # the event's date as a TIMEX3 value (may be coarser than timex.value)


@dataclass(frozen=True)
class Ref:
    """Where a fact was found: an article, a span, and the sentence holding it."""

    source: str
    start: int
    end: int
    sentence: int

    @property
    def anchor(self) -> str:
        return f"s{self.sentence + 1}"


@dataclass(frozen=True)
class Analysis:
    """Everything found in one article; computed alone, so it can be cached and parallelised."""

    article: Article
    sentences: tuple[Sentence, ...]
    dates: tuple[Timex, ...]
    mentions: tuple[Mention, ...]
    quotes: tuple[Quote, ...]
    events: tuple[Event, ...]

    def lead(self) -> Ref | None:
        """The article's main news: its first sentence of running text (not a headline, dek,
        caption or dateline, nor a line too short to be a sentence, such as a bare date)."""
        for s in self.sentences:
            if s.role == "body" and len(self.article.body[s.start : s.end].split()) >= LEAD_WORDS:
                return Ref(self.article.id, s.start, s.end, s.index)
        return None


# A first "sentence" shorter than this is a dateline or a label, not the lead.
LEAD_WORDS = 4


@dataclass(frozen=True)
class Entity:
    name: str
    kind: str  # person | organization | place
    aliases: tuple[str, ...]
    role: str | None
    mentions: tuple[Ref, ...] = ()
    # The names the articles' mentions resolve to that were folded into this one ("Obama",
    # "Hillary Rodham Clinton"): what a quotation's speaker may be written as.
    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class TimelineItem:
    """One event on the timeline, told by one or more sources."""

    date: str
    text: str  # the first source's sentence
    sources: tuple[Ref, ...]
    expression: str = ""  # the dating expression as the first source wrote it: "on Thursday"
    # A sentence telling two dated happenings is in two items, and listed under its main one
    # only: `listed` is False for the other, and the listed one notes its other dates in `also`.
    listed: bool = True
    also: tuple[str, ...] = ()


@dataclass(frozen=True)
class KeyEvent:
    """A development of the story: one happening, told by one or more sources, chosen for the
    Timeline's opening list by how salient it is across the sources."""

    date: str
    text: str  # the representative sentence
    weight: float  # salience: sources reporting it, main news, sources naming its date, recency
    # The representative sentence first, then one sentence of each other source telling the
    # same fact (every two of them in one group of the alignment): who reports it.
    sources: tuple[Ref, ...]
    leads: int = 0  # sources whose main news it is
    expression: str = ""  # the representative sentence's dating expression: "on Thursday"
    # These sources' other sentences of that date (each source's story of the day): shown
    # under it, not counted as telling the same fact.
    folded: tuple[Ref, ...] = ()


@dataclass(frozen=True)
class QuoteItem:
    """One quotation, given by one or more sources (possibly in different words)."""

    text: str
    speaker: str | None  # the resolved person or organisation, as `Entity.name`
    sources: tuple[Ref, ...]
    cue: str | None = None
    attribution: str | None = None  # the first source's `Quote.source_text`: "the mayor"
    date: str | None = None  # the earliest `Quote.date` of its sources: when the words were said
    speaker_kind: str | None = None  # that source's `Quote.speaker_kind`: person, document, ...
    via: str | None = None  # that source's `Quote.via`: the outlet that reports the words


@dataclass(frozen=True)
class Fact:
    """Sentences of different sources that tell the same thing (one row of the coverage matrix)."""

    text: str
    sources: tuple[Ref, ...]


@dataclass(frozen=True)
class Figure:
    """An amount or a count a source gives, with what it measures ("$14 billion" of a
    "bailout package"); the same figure given by several sources is one, citing each."""

    value: str  # as the first source writes it
    measures: str  # the words naming what it measures, as written
    sources: tuple[Ref, ...]  # each source's span of the figure


@dataclass(frozen=True)
class Background:
    """What a reader needs to follow the story: the earlier events, in time order, and the
    key figures (the organisations and places involved are the entities)."""

    earlier: tuple[TimelineItem, ...] = ()
    figures: tuple[Figure, ...] = ()


@dataclass(frozen=True)
class Latest:
    """What the most recent sources add to what the earlier ones told: the facts, quotations
    and people only they have."""

    sources: tuple[str, ...]  # the most recent sources, by id
    since: date | None  # the latest publication date of the earlier sources
    facts: tuple[Fact, ...]
    quotes: tuple[QuoteItem, ...]
    people: tuple[str, ...]  # entity names


@dataclass(frozen=True)
class Claim:
    """One source's words in a discrepancy, as written, with the date value they hold when
    they are a date ("on June 4", "2000-06-04"; "$40 billion"; "Moscow"; a speaker's name)."""

    source: str
    text: str
    value: str | None = None


@dataclass(frozen=True)
class Omitted:
    """Something one of two sources telling the same story carries and the other lacks."""

    source: str  # the source that carries it
    kind: str  # quote | person | fact
    # The quotation, the person's name, or the stretch of the sentence the other source lacks.
    text: str
    ref: Ref
    speaker: str | None = None  # a quotation's
    names: tuple[str, ...] = ()  # the names a quotation mentions


@dataclass(frozen=True)
class Discrepancy:
    """Where two sources, or a source and the calendar, disagree: data that the renderer
    words, naming the sources as the rest of the site does."""

    kind: str  # contradiction | anachronism | omission
    # What of: a contradiction's "date", "amount", "place" or "speaker"; an anachronism's "era"
    # (its wording places the event after or before another that the event's date rules out),
    # "published" (it speaks of an era that began after the article was published) or
    # "weekday" (a weekday the date does not fall on); an omission's "story".
    about: str
    sources: tuple[Ref, ...]
    # Each side's words, in source order: two dates, amounts, places or speakers; for an
    # era, the date of the event the sentence tells; for a weekday, the weekday as written.
    claims: tuple[Claim, ...] = ()
    subject: str = ""  # the quotation two sources give to two people; an era's wording
    event: Claim | None = None  # the event an era's wording names ("9/11"), with its date
    relation: str = ""  # "after" or "before": where an era's wording places the event
    omitted: tuple[Omitted, ...] = ()  # what each source of an omission carries alone


@dataclass(frozen=True)
class Copy:
    """Another file holding an article of the briefing (wire copy run by two outlets, a page
    saved twice): the article is built once, and its page says where else it was published."""

    source: str  # the id of the article kept
    path: str  # the other file, as shown
    title: str
    outlet: str | None
    url: str | None
    published: date | None
    similarity: float  # 1.0 for the same words; less for a near-identical text


@dataclass(frozen=True)
class Briefing:
    analyses: tuple[Analysis, ...]
    timeline: tuple[TimelineItem, ...]
    quotes: tuple[QuoteItem, ...]
    entities: tuple[Entity, ...]
    discrepancies: tuple[Discrepancy, ...] = ()
    facts: tuple[Fact, ...] = ()
    background: Background = field(default_factory=Background)
    key_events: tuple[KeyEvent, ...] = ()  # in time order
    latest: Latest | None = None  # None: the sources' dates do not tell which are the latest
    problems: tuple[Problem, ...] = field(default=())
    # Pairs of sources (sorted ids) that tell the same story: whose differences are reported.
    stories: tuple[tuple[str, str], ...] = ()
    copies: tuple[Copy, ...] = ()  # other files holding an article (by source, then path)
    # How the build went (counts and seconds); not part of what the briefing says.
    stats: Stats | None = field(default=None, compare=False)

    def analysis(self, source: str) -> Analysis:
        for a in self.analyses:
            if a.article.id == source:
                return a
        raise KeyError(source)


@dataclass(frozen=True)
class Stats:
    """Counts and seconds of one build, for the build log."""

    articles: int  # in the briefing (copies and unreadable files left out)
    cached: int  # files whose analysis came from the cache
    megabytes: float  # article bytes read
    quotes: int  # found in the articles (before grouping)
    events: int
    phases: tuple[tuple[str, float], ...]  # ("read", 0.05), ("analyse", 1.2), ("combine", 0.1)
    files: int = 0  # article files found

    @property
    def seconds(self) -> float:
        return sum(s for _, s in self.phases)

    def __str__(self) -> str:
        cached = f" ({self.files - self.cached:,} analysed, {self.cached:,} from the cache)" if self.cached else ""
        phases = ", ".join(f"{name} {s:.2f} s" for name, s in self.phases)
        return (
            f"{self.articles:,} articles{cached}, {self.quotes:,} quotes, {self.events:,} events "
            f"in {self.seconds:.1f} s ({phases})"
        )
