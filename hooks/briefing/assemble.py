"""Run the pipeline: each article alone (load → sentences → dates → entities → quotes →
events), then across articles (entities folded, timeline merged, quotes grouped, sources
compared) into one `Briefing`.
"""

from __future__ import annotations

import dataclasses
import time
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

from briefing import collector
from briefing.cache import Cache, Entry
from briefing.model import Analysis, Article, Briefing, Copy, Problem, Stats, Timex
from briefing.s1_read import decoding, folder, load, sentences
from briefing.s2_dates import expressions as dates
from briefing.s3_names import entities
from briefing.s4_quotes import quotations as quotes
from briefing.s5_events import dated as events
from briefing.s5_events import quoted
from briefing.s6_compare import (
    agreement,
    align,
    chronology,
    context,
    discrepancies,
    duplicates,
    keyevents,
    latest,
    quotegroups,
)


def analyse(article: Article, problems: list[Problem] | None = None) -> Analysis:
    """Everything one article says, found without looking at any other article; what could not
    be read in it (a date past the calendar's ends, a dateline that disagrees with the front matter)
    is added to `problems`."""
    sents = sentences.split(article)
    outside: list[Timex] = []
    found = dates.find(article.body, sents, article.published, outside)
    own = dates.dateline(article.body, sents, found)
    named = load.date_in_name(article.path) if article.published is None and own is None else None
    if own is not None:
        day, index = own
        sents = tuple(dataclasses.replace(s, role="dateline") if s.index == index else s for s in sents)
        if day != article.published:
            # The body's "on Thursday" and "today" were written on the dateline's day.
            outside.clear()
            found = dates.find(article.body, sents, day, outside)
        if article.published is None:
            article = dataclasses.replace(article, published=day, published_from="dateline")
        article = dataclasses.replace(article, dateline=day)
    elif named is not None:  # the weakest of the four: only when the text gives no date
        article = dataclasses.replace(article, published=named, published_from="file name")
        outside.clear()
        found = dates.find(article.body, sents, named, outside)
    if problems is not None:
        problems.extend(_past_the_calendar(article, t) for t in outside)
        problems.extend(_dateline_disagrees(article))
    mentions = entities.find(article.body, sents)
    said = quoted.said_on(article, sents, found, quotes.find(article.body, sents, mentions))
    dated = events.find(article, sents, found)
    return Analysis(article, sents, tuple(found), tuple(mentions), tuple(said), tuple(dated))


def combine(analyses: Sequence[Analysis], problems: Sequence[Problem] = (), copies: Sequence[Copy] = ()) -> Briefing:
    """The briefing across all articles; `copies`: other files holding one of them."""
    with collector.paused():  # a great many small objects, no cycles
        analyses = tuple(sorted(analyses, key=lambda a: a.article.id))
        folded = tuple(entities.fold(analyses))
        alignment = align.align(analyses, folded)
        quote_items, speaker_conflicts = quotegroups.group(analyses, alignment)
        facts = tuple(agreement.facts(alignment))
        stories = agreement.same_story(facts, analyses)
        quote_items = entities.speakers_folded(quote_items, folded)
        merged = agreement.merge_timeline(chronology.timeline(analyses), alignment)
        timeline = tuple(chronology.listing(merged, analyses))
        key = tuple(keyevents.find(analyses, timeline))
        return Briefing(
            analyses=analyses,
            timeline=timeline,
            key_events=key,
            latest=latest.find(analyses, facts, quote_items, folded, key),
            quotes=tuple(quote_items),
            entities=folded,
            discrepancies=tuple(discrepancies.find(analyses, alignment, quote_items, stories, speaker_conflicts)),
            facts=facts,
            background=context.background(analyses, timeline, key),
            problems=tuple(problems),
            stories=tuple(sorted(stories)),
            copies=tuple(copies),
        )


@dataclasses.dataclass(frozen=True)
class Survey:
    """The article files of a build, their bytes and cache keys, before anything is analysed."""

    files: tuple[tuple[Path, str], ...]  # (path, path as shown)
    # What the folders hold that is not read (a PDF, a link out of the folder), each named.
    skipped: tuple[Problem, ...]
    raws: tuple[bytes | None, ...]  # None: unreadable or too large (`load.read` says why)
    keys: tuple[str | None, ...]
    # One hash of every file's key: the same inputs make the same briefing (None without a
    # cache, or when a file could not be read).
    inputs: str | None
    seconds: float = 0.0  # spent finding, reading and keying the files


def survey(paths: Iterable[str | Path], root: str | Path | None = None, cache: Cache | None = None) -> Survey:
    """Find the article files under `paths` and key them, reading each file's bytes once."""
    started = time.perf_counter()
    base = Path(root).resolve() if root is not None else None  # once, not once a file
    found, passed = folder.find(list(paths))
    files = tuple((path, _shown(path, base)) for path in found)
    skipped = tuple(Problem(decoding.readable(_shown(s.path, base)), s.reason) for s in passed)
    raws = tuple(_read_bytes(path) for path, _ in files)
    keys = tuple(
        cache.key(raw, shown) if cache is not None and raw is not None else None for raw, (_, shown) in zip(raws, files)
    )
    # The files not read are inputs too: dropping a PDF in must bring its warning back.
    known = [k for k in keys if k is not None]
    whole = cache is not None and len(known) == len(keys)
    inputs = cache.inputs(known + [str(p) for p in skipped]) if cache is not None and whole else None
    return Survey(files, skipped, raws, keys, inputs, time.perf_counter() - started)


def build(
    paths: Iterable[str | Path],
    root: str | Path | None = None,
    cache: Cache | None = None,
    surveyed: Survey | None = None,
) -> Briefing:
    """Read every article under `paths` and build the briefing.

    `root`, when given, is the folder file paths are shown relative to. With a `cache`, a
    file whose bytes (and path, engine and settings) were analysed before is not analysed again.
    `surveyed`: the files as `survey` found them, when the caller surveyed them already.
    """
    clock = time.perf_counter
    started = clock()
    found = surveyed or survey(paths, root, cache)
    files, raws, keys = found.files, found.raws, found.keys
    with collector.paused():  # unpickling the analyses: millions of objects, no garbage
        entries: list[Entry | None] = [cache.get(k) if cache is not None and k is not None else None for k in keys]
    cached = sum(e is not None for e in entries)
    read = clock()
    # One process: analysing in one per core did not pay on two cores (1.03 s -> 0.91 s at
    # 500 articles, and no gain in a second run): sending the analyses back costs about what
    # the second core saves.
    made: list[Entry] = []
    for (path, shown), key, kept, raw in zip(files, keys, entries, raws):
        entry = kept
        if entry is None:
            entry = _entry(path, shown)
            # Stored only if the file did not change while it was read twice.
            if cache is not None and key is not None and _read_bytes(path) == raw:
                cache.put(key, entry)
        made.append(entry)
    analysed = clock()

    # The same files as the last build of this process (`mkdocs serve` after an edit to a
    # page of docs/): the same briefing, without redoing the work across articles.
    inputs = [k if k is not None else f"{shown}\0{e.problems}" for k, (_, shown), e in zip(keys, files, made)]
    inputs += map(str, found.skipped)
    briefing = cache.combined(inputs) if cache is not None else None
    if briefing is None:
        problems: list[Problem] = [*found.skipped, *(p for entry in made for p in entry.problems)]
        read_in = [entry.analysis for entry in made if entry.analysis is not None]
        repeated = duplicates.find([a.article for a in read_in])
        dropped = {id(d.dropped) for d in repeated}
        analyses = _named_apart([a for a in read_in if id(a.article) not in dropped], problems)
        # A copy is no problem: the article is built once, and says where else it was published.
        final = {a.article.path: a.article.id for a in analyses}
        copies = sorted((d.copy(final[d.kept.path]) for d in repeated), key=lambda c: (c.source, c.path))
        briefing = combine(analyses, problems, copies)
        if cache is not None:
            cache.remember(inputs, briefing)
    if cache is not None:
        cache.prune()
    stats = Stats(
        articles=len(briefing.analyses),
        cached=cached,
        files=len(files),
        megabytes=sum(len(r) for r in raws if r is not None) / 1e6,
        quotes=sum(len(a.quotes) for a in briefing.analyses),
        events=sum(len(a.events) for a in briefing.analyses),
        phases=(
            ("read", (read - started) + (surveyed.seconds if surveyed is not None else 0.0)),
            ("analyse", analysed - read),
            ("combine", clock() - analysed),
        ),
    )
    return dataclasses.replace(briefing, stats=stats)


def _entry(path: Path, shown: str) -> Entry:
    article, found = load.read(path, shown)
    return Entry(analyse(article, found) if article is not None else None, tuple(found))


def _dateline_disagrees(article: Article) -> list[Problem]:
    """A dateline that disagrees with the front matter (or a web page's metadata): the writer
    should see both dates."""
    if article.dateline is None or article.published is None or article.dateline == article.published:
        return []
    return [
        Problem(
            article.path,
            f"its dateline says {article.dateline.isoformat()} but its {article.published_from or 'front matter'} "
            f"says {article.published.isoformat()}; the body's relative dates are counted from the dateline",
        )
    ]


def _past_the_calendar(article: Article, timex: Timex) -> Problem:
    day = article.written
    anchor = f"the article's date {day.isoformat()}" if day else "the date before it"
    return Problem(
        article.path,
        f"{timex.text!r} (character {timex.start}) counted from {anchor} is outside the calendar "
        "(years 1 to 9999); left as written, undated",
    )


def _named_apart(analyses: Sequence[Analysis], problems: list[Problem]) -> list[Analysis]:
    """Give two articles of one name ("a/report.txt", "b/Report.md") two ids, so neither is lost."""
    seen: dict[str, str] = {}
    out = []
    for a in analyses:
        ident = a.article.id
        n = 1
        # Case and Unicode form apart, the two pages would share a URL on some file systems.
        while (key := unicodedata.normalize("NFC", ident).casefold()) in seen:
            n += 1
            ident = f"{a.article.id}-{n}"
        if n > 1:
            first = seen[unicodedata.normalize("NFC", a.article.id).casefold()]
            problems.append(Problem(a.article.path, f"has the same name as {first}; its page is named {ident!r}"))
            a = dataclasses.replace(a, article=dataclasses.replace(a.article, id=ident))
        seen[key] = a.article.path
        out.append(a)
    return out


def _read_bytes(path: Path) -> bytes | None:
    # Only to key the cache: `load.read` reports unreadable and oversized files.
    try:
        if path.stat().st_size > load.MAX_BYTES:
            return None
        return path.read_bytes()
    except OSError:
        return None


def _shown(path: Path, base: Path | None) -> str:
    """The path as shown: relative to `base` (resolved already) when it is inside it. A link is
    shown under its own name, not its target's."""
    if base is not None:
        try:
            return (path.parent.resolve() / path.name).relative_to(base).as_posix()
        except ValueError:
            pass
    return path.as_posix()
