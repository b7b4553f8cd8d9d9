"""The one way article text enters a page (`text`), and the small Markdown pieces every page
family shares: safe file names for article ids, relative links to source sentences, date labels.

Article text is untrusted. `text` turns it into characters that Python-Markdown, HTML and any
Jinja-like template engine all read as plain text, so the same output is safe in running
Markdown, in headings, in link text and inside a double-quoted HTML attribute.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import posixpath
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from briefing import lexicon as lx
from briefing.model import Analysis, Article, Briefing, Ref

# Characters that mean something to HTML, to Markdown (core and the extensions the site uses)
# or to template engines. They become numeric character references, never backslash escapes:
# a reference reads the same in Markdown text and in an HTML attribute value.
_SPECIAL = "&<>\"'\\`*_[]{}#|~^$"
_ENTITIES: dict[int, str | None] = {ord(c): f"&#{ord(c)};" for c in _SPECIAL}
# Control characters are dropped: STX/ETX are Python-Markdown's own placeholders for stashed
# HTML, and none of them is visible text.
_ENTITIES.update({c: None for c in range(32) if chr(c) not in "\t\n\r"})
_ENTITIES.update(dict.fromkeys(range(127, 160)))
_ENTITIES.update({0xFFFE: None, 0xFFFF: None})
# Bidirectional controls reorder the text after them ("exe.txt" shown for "txt.exe", an outlet or
# a URL that reads as another): none is visible text either.
_ENTITIES.update(dict.fromkeys([0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]))
# The same substitution as a pattern: most text holds none of these characters, and one
# search of a compiled pattern is far cheaper than `str.translate` with a dict.
_ESCAPE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_ENTITIES)) + "]")


def _escape_one(m: re.Match) -> str:
    return _ENTITIES[ord(m.group())] or ""


# A first character that would open a block (heading, list, quote, admonition, table, ...)
# or an ordered-list marker ("1. ", "2) ") at the very start.
_BLOCK_START = re.compile(r"[!#%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~]|\d+(?=[.)])")

SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}

# File names the site uses itself or that some file systems refuse.
_RESERVED = {"index", "con", "prn", "aux", "nul", "com1", "lpt1"}
_UNSAFE = re.compile(r"[^a-z0-9_-]+")
# "001" of "001_53711d12af322687", "a7" of "a7-story": a leading number (maybe after one letter).
_SHORT_ID = re.compile(r"([A-Za-z]?\d+)[_\- .]")
# Past this many people, only those quoted PAGE_QUOTES times or more get a page of their own
# (at 500 articles: 66 people instead of 183; each page is a build's fixed cost).
ALL_PEOPLE_PAGES = 100
PAGE_QUOTES = 5
MAX_LABEL = 24  # longest outlet name in a source's label
SHORT_TITLE = 36  # longest title in a source's label
ABOUT_TITLE = 120  # longest title in a source's tooltip
MAX_DESCRIPTION = 200  # characters of a page description
MAX_CITES = 20  # sentences one list of citations links; the rest are counted
# A name the abbreviation extension can match literally: no Markdown or HTML character in it.
_TERM = re.compile(r"[^\W_](?:(?:[^\W_]|[ .\-’]){0,78}[^\W_])?")


@functools.lru_cache(maxsize=1 << 16)  # names, labels and sentences recur on many pages
def text(value: str | None) -> str:
    """Untrusted text as inert Markdown: one line, every special character a character reference."""
    if not value:
        return ""
    flat = _ESCAPE.sub(_escape_one, " ".join(value.split()))
    flat = " ".join(flat.split())  # dropped controls may have left doubled spaces
    m = _BLOCK_START.match(flat)
    if m and not flat.startswith("&#"):
        # The first character is still literal here (e.g. "-", "1."): make it a reference too.
        cut = m.end() if m.group().isdigit() else 0
        flat = flat[:cut] + f"&#{ord(flat[cut])};" + flat[cut + 1 :]
    return flat


def url(value: str | None) -> str | None:
    """An article's URL, escaped for an href, or None when it is not plain http(s)."""
    if not value:
        return None
    value = value.strip()
    if not re.match(r"https?://[^\s/]", value, re.I) or any(c.isspace() for c in value):
        return None
    return text(value)


@functools.lru_cache(maxsize=65536)  # people's names and article ids recur on many pages
def slugify(label: str) -> str:
    """A readable file name for a label: ASCII letters folded to lower case, digits, "_" and
    "-", at most 60 characters ("José Müller" -> "jose-muller", "2024, part 2" -> "2024-part-2")."""
    folded = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode().lower()
    return _UNSAFE.sub("-", folded).strip("-")[:60].strip("-")


def source_slug(ident: str) -> str:
    """A file name for an article id: readable ASCII, plus a short hash when anything was lost.

    Ids may hold spaces, '#', '%', '?', capitals or non-ASCII letters; the hash keeps two ids
    that differ only in those apart (also on case-insensitive file systems).
    """
    slug = slugify(ident)
    if slug and slug == ident and slug not in _RESERVED:
        return slug
    digest = hashlib.sha1(ident.encode("utf-8")).hexdigest()[:8]
    return f"{slug}-{digest}" if slug else digest


def person_pages(names: Iterable[str]) -> dict[str, str]:
    """Docs-relative paths of people's own pages ("people/bill-clinton.md"), by name: a readable
    slug, with a short hash when it would be empty, reserved or shared with another name."""
    names = sorted(set(names))
    plain = {n: slugify(n) for n in names}
    counts = Counter(plain.values())
    out = {}
    for n in names:
        slug = plain[n]
        if not slug or slug in _RESERVED or counts[slug] > 1:
            digest = hashlib.sha1(n.encode("utf-8")).hexdigest()[:8]
            slug = f"{slug}-{digest}" if slug else digest
        out[n] = f"people/{slug}.md"
    return out


def people_pages(briefing: Briefing) -> dict[str, str]:
    """The people who get a page of their own, with its path: everyone on a small site; on a
    large one only those quoted several times (the others stay on the list of names)."""
    persons = [e.name for e in briefing.entities if e.kind == "person"]
    if len(persons) > ALL_PEOPLE_PAGES:
        quoted = Counter(q.speaker for q in briefing.quotes if q.speaker)
        persons = [n for n in persons if quoted[n] >= PAGE_QUOTES]
    return person_pages(persons)


# The pages of articles too long for one: id -> the first sentence of each page after the
# first. Set by `render.pages` for the briefing it renders (`place_articles`); an article not
# in it is one page.
_PARTS: dict[str, tuple[int, ...]] = {}


def place_articles(parts: Mapping[str, Sequence[int]]) -> None:
    """Cut long articles into pages (id -> first sentence of each page after the first); an
    empty mapping undoes it."""
    _PARTS.clear()
    _PARTS.update({ident: tuple(starts) for ident, starts in parts.items() if starts})
    _part_link.cache_clear()


def source_page(ident: str, part: int = 1) -> str:
    """Docs-relative path of an article's page (of its `part`-th page, when it is long): each
    article has its own, so a link to a sentence opens that article alone."""
    slug = source_slug(ident)
    return f"sources/{slug}.md" if part == 1 else f"sources/{slug}/{part}.md"


def sentence_page(source: str, sentence: int) -> str:
    """Docs-relative path of the page holding a sentence of an article."""
    starts = _PARTS.get(source)
    return source_page(source, bisect.bisect_right(starts, sentence) + 1) if starts else source_page(source)


def article_anchor(ident: str) -> str | None:
    """The anchor of an article on its page: none, the page is the article's own."""
    return None


def sentence_anchor(ref: Ref) -> str:
    """The anchor of a cited sentence on its article's page."""
    return ref.anchor


def link(from_page: str, to_page: str, anchor: str | None = None) -> str:
    """A relative link target from one generated page to another (MkDocs rewrites .md links)."""
    target = _relative(posixpath.dirname(from_page) or ".", to_page)
    return f"{target}#{anchor}" if anchor else target


def href(from_page: str, to_page: str, anchor: str | None = None) -> str:
    """A link target for plain HTML, which MkDocs neither rewrites nor checks: the page's own
    address relative to the linking page's, for the directory URLs the site uses
    ("sources/x.md" is served as "sources/x/")."""
    here, there = _address(from_page), _address(to_page)
    if here == there:
        target = "./" if not anchor else ""
    else:
        target = _relative(here or ".", there or ".")
        target = "./" if target == "." else target + "/"
    return f"{target}#{anchor}" if anchor else target


def _address(page: str) -> str:
    """ "sources/x.md" -> "sources/x", "sources/index.md" -> "sources", "index.md" -> ""."""
    stem = page[:-3] if page.endswith(".md") else page
    if stem == "index" or stem.endswith("/index"):
        stem = stem[:-5].rstrip("/")
    return stem


# A site links between few folders but tens of thousands of times: each pair once. The paths
# are the renderers' own (relative, no ".."), so the common folders are cut off by hand:
# `posixpath.relpath` makes both absolute first, a tenth of the rendering of a large site.
@functools.lru_cache(maxsize=65536)
def _relative(base: str, to_page: str) -> str:
    start = [p for p in base.split("/") if p and p != "."]
    path = [p for p in to_page.split("/") if p and p != "."]
    common = 0
    while common < min(len(start), len(path)) and start[common] == path[common]:
        common += 1
    return "/".join([".."] * (len(start) - common) + path[common:]) or "."


def short_id(ident: str) -> str:
    """A short form of an article id: its leading number ("001" of "001_53711d12"), else the id."""
    m = _SHORT_ID.match(ident)
    return m.group(1) if m else ident


class SourceLabels(dict[str, str]):
    """Each source's name for readers, by article id ("Wikinews, 1 March 2008"), and in `about`
    the fuller line its tooltip shows (outlet · title · publication date)."""

    def __init__(self, names: Mapping[str, str], about: Mapping[str, str]) -> None:
        super().__init__(names)
        self.about = dict(about)


# The labels of the last briefing's sources: every page family asks for them (a hundred times
# on a large site), for the same tuple of analyses. Keyed by that tuple itself (it is kept, so
# its identity is not reused).
_LABELS: list[tuple[tuple[Analysis, ...], SourceLabels]] = []


def source_labels(analyses: Iterable[Analysis]) -> SourceLabels:
    """A name per source, as a reader cites a news story: its outlet and publication date
    ("Wikinews, 1 March 2008"), else its outlet and short title, else its short title; each
    made longer (outlet, date and title) only where two sources would share it, and numbered
    only when all three are the same. A file id is the last resort, when the file has neither
    outlet, nor date, nor a title of its own."""
    if isinstance(analyses, tuple):
        if _LABELS and _LABELS[0][0] is analyses:
            return _LABELS[0][1]
        _LABELS[:] = [(analyses, _source_labels(analyses))]
        return _LABELS[0][1]
    return _source_labels(analyses)


def _source_labels(analyses: Iterable[Analysis]) -> SourceLabels:
    arts = [a.article for a in analyses]
    choices = {art.id: _label_choices(art) for art in arts}
    step = dict.fromkeys(choices, 0)
    while True:
        shown = {ident: choices[ident][step[ident]] for ident in choices}
        shared = Counter(shown.values())
        moved = False
        for ident, name in shown.items():
            if shared[name] > 1 and step[ident] + 1 < len(choices[ident]):
                step[ident] += 1
                moved = True
        if not moved:
            break
    seen: Counter[str] = Counter()
    names: dict[str, str] = {}
    for ident, name in shown.items():
        seen[name] += 1
        names[ident] = name if shared[name] == 1 else f"{name} ({seen[name]})"
    return SourceLabels(names, {art.id: source_about(art) for art in arts})


def _label_choices(art: Article) -> list[str]:
    """An article's possible names, shortest first (see `source_labels`)."""
    outlet = clip(art.outlet or "", MAX_LABEL)
    when = date_label(art.published.isoformat()) if art.published else ""
    # A file without text is titled by its file name: a name of last resort.
    named = art.title_from != "file name"
    title = clip(art.title, SHORT_TITLE)
    if outlet:
        if when:
            return [f"{outlet}, {when}", f"{outlet}: {title}", f"{outlet}, {when}: {title}"]
        return [f"{outlet}: {title}"]
    if when:
        return [title, f"{title}, {when}"] if named else [when, f"{when}: {title}"]
    return [title]


def source_about(art: Article) -> str:
    """The fuller line naming a source, for its tooltip: outlet · title · publication date."""
    parts = [" ".join(art.outlet.split())] if art.outlet and art.outlet.strip() else []
    parts.append(clip(art.title, ABOUT_TITLE) if art.title_from != "file name" else art.id)
    if art.published:
        parts.append(f"published {date_label(art.published.isoformat())}")
    return " · ".join(parts)


def clip(value: str, most: int) -> str:
    """Text on one line, cut at a word before `most` characters and ended with "…"."""
    flat = " ".join(value.split())
    if len(flat) <= most:
        return flat
    cut = flat[: most - 1].rsplit(" ", 1)[0] if " " in flat[: most - 1] else flat[: most - 1]
    return cut.rstrip(" ,;:–—-") + "…"


def label(source: str, labels: Mapping[str, str] | None) -> str:
    """The badge of one source: its name, and in its title (a tooltip) outlet, title and date."""
    shown = (labels or {}).get(source) or short_id(source)
    return f'<span class="briefing-source" title="{text(label_title(source, labels))}">{text(shown)}</span>'


def label_title(source: str, labels: Mapping[str, str] | None) -> str:
    """The tooltip of a source's name: outlet, title and date (`SourceLabels.about`), else its id."""
    about = getattr(labels, "about", None)
    return (about or {}).get(source) or source


def cite(from_page: str, ref: Ref, html: bool = False, labels: Mapping[str, str] | None = None) -> str:
    """A link to the sentence a fact came from, labelled with the sentence's anchor; its title
    (a tooltip) names the source and the sentence. Markdown, or plain HTML (`href`)."""
    shown = (labels or {}).get(ref.source) or ref.source
    title = text(f"{shown}, sentence {ref.sentence + 1}")
    anchor = ref.anchor
    if html:
        return f'<a href="{_sentence_link(from_page, ref.source, ref.sentence)}{anchor}" title="{title}">{anchor}</a>'
    return f'[{text(ref.anchor)}]({link(from_page, sentence_page(ref.source, ref.sentence), ref.anchor)} "{title}")'


def _sentence_link(from_page: str, source: str, sentence: int) -> str:
    """The `href` of a sentence of source from a page, all but the sentence's own anchor
    ("../sources/x/#s" for "s4")."""
    starts = _PARTS.get(source)
    return _part_link(from_page, source, bisect.bisect_right(starts, sentence) + 1 if starts else 1)


# Tens of thousands of sentences are cited from a few hundred pages, of a few hundred sources.
@functools.lru_cache(maxsize=65536)
def _part_link(from_page: str, source: str, part: int) -> str:
    # The href of a one-letter anchor, the letter cut off.
    return href(from_page, source_page(source, part), "s")[:-1]


def cites(
    from_page: str,
    refs: Iterable[Ref],
    labels: Mapping[str, str] | None = None,
    html: bool = False,
    most: int = MAX_CITES,
) -> str:
    """Links to the sentences behind a fact, grouped by source: "Wire, 4 June 2000 s1 s4; Daily s2".

    Each source is a badge (its name in `labels`, else the short id) with outlet, title and
    date as a tooltip; each sentence is linked once, the first `most` of them only, and the rest
    counted ("and 280 more sentences"). `html`: plain-HTML links, for blocks Markdown passes
    through.
    """
    by_source: dict[str, list[Ref]] = {}
    seen: set[tuple[str, int]] = set()
    for ref in refs:
        if (ref.source, ref.sentence) not in seen:
            seen.add((ref.source, ref.sentence))
            if len(seen) <= most:
                by_source.setdefault(ref.source, []).append(ref)
    if not by_source:
        return ""
    groups = [
        label(source, labels) + " " + " ".join(cite(from_page, r, html, labels) for r in found)
        for source, found in by_source.items()
    ]
    # Sentence labels are no words to search for.
    shown = f'<span class="briefing-cite" data-search-exclude>{"; ".join(groups)}</span>'
    # Uncapped, one line of a page could link thousands of sentences (an article repeating one
    # date), and Python-Markdown's link parsing takes time quadratic in the links of a line.
    return shown + (f" <small>and {plural(len(seen) - most, 'more sentence')}</small>" if len(seen) > most else "")


def first_cites(
    from_page: str, refs: Iterable[Ref], labels: Mapping[str, str] | None, most: int, html: bool = False
) -> str:
    """`cites` of the first `most` sentences only, and how many more there are: an item told
    by dozens of sentences (a name named 500 times, a long omission) stays a line or two."""
    return cites(from_page, refs, labels, html, most)


def carried(refs: Iterable[Ref], labels: Mapping[str, str] | None, total: int) -> str:
    """Which sources carry an item: "only in Wire, 4 June 2000" when one source of several does, "in 3 sources"
    when several do, nothing when the briefing has one source."""
    sources = list(dict.fromkeys(r.source for r in refs))
    if total < 2 or not sources:
        return ""
    if len(sources) == 1:
        shown = (labels or {}).get(sources[0]) or short_id(sources[0])
        return (
            f'<span class="briefing-carried briefing-carried--one" title="{text(label_title(sources[0], labels))}">'
            f"only in {text(shown)}</span>"
        )
    return f'<span class="briefing-carried">in {plural(len(sources), "source")}</span>'


# The `search` value of a page whose search entry holds only its names and headings.
NAMES = "names"


def front_matter(description: str, search: bool | str = True, boost: float | None = None) -> list[str]:
    """Page meta (YAML) with a description for search engines and link previews. The value is
    escaped like any text, so it holds no quote, backslash or control character.

    `search=False` keeps the page out of the search index: pages that only repeat sentences
    of the sources, which are searchable once, on their own pages. `search=NAMES` indexes the
    page's headings and Markdown text (names, roles, counts) but none of its plain-HTML blocks
    (quote cards, timeline lines), which repeat the sources: the page is found by who and when,
    not again by the sources' words. `boost` ranks the page's entries higher in search."""
    flat = " ".join(description.split())
    if len(flat) > MAX_DESCRIPTION:
        flat = flat[: MAX_DESCRIPTION - 1].rsplit(" ", 1)[0] + "…"
    meta = ["---", f'description: "{text(flat)}"']
    if search is False:
        meta += ["search:", "  exclude: true"]
    elif search == NAMES or boost is not None:
        meta.append("search:")
        if search == NAMES:
            meta.append(f"  view: {NAMES}")
        if boost is not None:
            meta.append(f"  boost: {boost:g}")
    return [*meta, "---", ""]


def abbreviation(term: str, title: str) -> str | None:
    """A Markdown abbreviation definition, "*[Bill Clinton]: former US President · …", which the
    `abbr` extension turns into a tooltip on every "Bill Clinton" of the page.

    The term is matched literally against the page's text, so only plain names qualify (letters,
    digits, spaces, dots, hyphens, curly apostrophes); the title is escaped like any text (the
    extension keeps character references as they are).
    """
    if not _TERM.fullmatch(term) or not title.strip():
        return None
    return f"*[{term}]: {text(title)}"


def sentence_text(analysis: Analysis, index: int) -> str:
    """The raw text of one sentence of an article (still to be escaped)."""
    sents = analysis.sentences
    if 0 <= index < len(sents) and sents[index].index == index:  # the usual numbering
        s = sents[index]
        return analysis.article.body[s.start : s.end]
    for s in sents:
        if s.index == index:
            return analysis.article.body[s.start : s.end]
    return ""


@functools.lru_cache(maxsize=4096)
def precision(value: str) -> str:
    """How precisely a TIMEX3 value dates something: day, month, year, ... or relative."""
    if "X" in value or value.endswith("_REF"):
        return "relative"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}(T.*)?", value):
        return "day"
    if re.fullmatch(r"\d{4}-W\d{2}(-\d)?", value):
        return "week"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return "month"
    if re.fullmatch(r"\d{4}-(SP|SU|FA|AU|WI)", value):
        return "season"
    if re.fullmatch(r"\d{4}-(Q\d|H\d)", value):
        return "quarter" if "Q" in value else "half year"
    if re.fullmatch(r"\d{4}", value):
        return "year"
    if re.fullmatch(r"\d{3}", value):
        return "decade"
    if re.fullmatch(r"\d{2}", value):
        return "century"
    return "other"


@functools.lru_cache(maxsize=4096)
def date_label(value: str) -> str:
    """A TIMEX3 value as a reader says it: "4 June 2000", "June 2000", "2000", "the 1990s"."""
    kind = precision(value)
    if kind == "day":
        y, m, d = value[:10].split("-")
        if 1 <= int(m) <= 12:
            return f"{int(d)} {lx.MONTH_NAMES[int(m) - 1]} {y}"
    elif kind == "month":
        y, m = value.split("-")
        if 1 <= int(m) <= 12:
            return f"{lx.MONTH_NAMES[int(m) - 1]} {y}"
    elif kind == "week":
        return f"week {int(value[6:8])} of {value[:4]}"
    elif kind == "season":
        return f"{SEASONS[value[5:]]} {value[:4]}"
    elif kind in ("quarter", "half year"):
        return f"{value[5:]} {value[:4]}"
    elif kind == "year":
        return value
    elif kind == "decade":
        return f"the {value}0s"
    elif kind == "century":
        return f"the {ordinal(int(value) + 1)} century"
    elif kind == "relative":
        return _unplaced(value)
    # Nothing a reader could take for a date ("-1" of "the 0th century"): say so, not the code.
    return "a date not on the calendar"


# A value with its year (or more) not given: "XXXX-01-01", "XXXX-SU", "XXXX-WXX-1", "XXXX".
_UNPLACED = re.compile(
    r"XXXX(?:-(?P<month>\d\d)(?:-(?P<day>\d\d))?|-(?P<part>SP|SU|FA|AU|WI|Q\d|H\d)"
    r"|-W(?:\d\d|XX)(?:-(?P<weekday>\d|WE))?)?(?:T.*)?"
)
_YEAR_ONLY = re.compile(r"(\d{4})-([^T]*X[^T]*)(?:T.*)?")
_REFS = {"PRESENT_REF": "the present", "PAST_REF": "the past", "FUTURE_REF": "the future"}
_WEEKDAY_NAMES = [name.capitalize() for name, _ in sorted(lx.WEEKDAYS.items(), key=lambda kv: kv[1])]


def _unplaced(value: str) -> str:
    """A date the text gives without its year (or without any date to reckon it from), in words."""
    if value in _REFS:
        return _REFS[value]
    m = _UNPLACED.fullmatch(value)
    if m is None:
        year = _YEAR_ONLY.fullmatch(value)
        if year:  # "2025-XX": the year is given, the rest not
            unit = {"XX": "a month", "XX-XX": "a day", "WXX": "a week"}.get(year.group(2), "a date")
            day_of_week = re.fullmatch(r"WXX-(\d)", year.group(2))
            if day_of_week and 1 <= int(day_of_week.group(1)) <= 7:
                unit = f"a {_WEEKDAY_NAMES[int(day_of_week.group(1)) - 1]}"
            return f"{unit} of {year.group(1)}"
        return {"XXX": "a decade not given", "XX": "a century not given"}.get(value, "a date not given in full")
    month, day, part, weekday = m.group("month", "day", "part", "weekday")
    if month and 1 <= int(month) <= 12:
        name = lx.MONTH_NAMES[int(month) - 1]
        return f"{int(day)} {name}, year not given" if day else f"{name}, year not given"
    if part:
        return f"{SEASONS.get(part, part)}, year not given"
    if weekday == "WE":
        return "a weekend, date not given"
    if weekday and 1 <= int(weekday) <= 7:
        return f"a {_WEEKDAY_NAMES[int(weekday) - 1]}, date not given"
    if value.startswith("XXXX-W"):
        return "a week, date not given"
    return "a year not given" if value == "XXXX" else "a date not given in full"


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, ..., 11th, 12th, 13th, ..., 21st, 22nd, 101st, 111th."""
    suffix = "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else (many or word + 's')}"
