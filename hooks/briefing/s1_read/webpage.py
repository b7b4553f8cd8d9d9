"""Read a saved web page: decode its bytes as a browser would, take the article's main text and
its metadata (title, date, site, author, address, language) with trafilatura, and leave out
what the extraction keeps that is no part of the article: the headline again, captions, share
buttons, "Read more" links, credit and promotion lines. The page itself never reaches the site:
only this text and these values do.
"""

from __future__ import annotations

import codecs
import contextlib
import re
import urllib.parse
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from briefing import lexicon as lx
from briefing.model import Problem
from briefing.s1_read import decoding, language

if TYPE_CHECKING:
    from lxml.etree import _Element
    from lxml.html import HtmlElement
    from trafilatura.settings import Document

SUFFIXES = (".html", ".htm")
# The options chosen on the 88 pages of the dev set (4-word shingle F1 against the text a
# person marked): comments are no part of the article (0.954 -> 0.961), and preferring
# precision drops more boilerplate than text (0.961 -> 0.969).
OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "favor_precision": True,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "include_formatting": False,
    "deduplicate": False,
    "with_metadata": False,  # read apart, see `_metadata`
}
# htmldate ignores dates after `max_date`, today's by default: the same page would then be
# read differently on another day. A fixed bound keeps a build reproducible.
MAX_DATE = "2099-12-31"

# A declared charset is looked for where browsers look: the start of the file.
_PRESCAN = 4096
_DECLARED = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)|<\?xml[^>]*?encoding\s*=\s*["']([a-z0-9_.:-]+)""",
    re.IGNORECASE,
)
# Labels that browsers read otherwise than Python's codecs do (the WHATWG Encoding standard):
# Latin-1 and ASCII pages are decoded as Windows-1252, a UTF-16 label on an ASCII-compatible
# page means UTF-8.
_LABELS = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
}
# Enough of a page to guess its charset from, when it declares none and is not UTF-8.
_GUESS_SAMPLE = 65536

_WORD = re.compile(r"\w+")
_CREDIT = re.compile("|".join(f"(?:{p})" for p in lx.CREDIT_OPENINGS), re.IGNORECASE)
_TIMESTAMP = re.compile(
    rf"(?:{'|'.join(sorted(lx.TIMESTAMP_LABELS, key=lambda w: (-len(w), w)))})(?: on| at)?:? [^.!?]{{0,40}}\d",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"(?:^|\s)(?:by|By|BY)\s+([A-Z][\w.'’-]*)")
_ZONES = {
    "utc",
    "gmt",
    "et",
    "ct",
    "mt",
    "pt",
    "est",
    "edt",
    "cst",
    "cdt",
    "mst",
    "mdt",
    "pst",
    "pdt",
    "bst",
    "cet",
    "cest",
    "ist",
    "amt",
    "jst",
    "aest",
}
_LINK_LINE = re.compile(r"\[?\s*([^\W\d_][\w’' ]{0,30}?)\s*(?::|\||\]|$)")
_TRAILING = ":.…|»›>-–— "
# The longest line a link label opens, in words: past it the line is the article's own.
LINK_LINE_WORDS = 25
# The most words a credit line has, and a line that only gives a time.
CREDIT_WORDS = 60
SHORT_LINE_WORDS = 12
# How many of an article's first and last blocks credit lines are looked for in.
CREDIT_REACH = 4
# Fewer words (and characters, for scripts without spaces) are no article: what is left of a
# page of links ("Home").
MIN_WORDS = 8
MIN_CHARACTERS = 40
# A block of more words than this is the article's own text, whatever it looks like.
_LONGEST_DROPPED = 80
# The most headings before the text that are a headline, dek and kicker.
_LEADING_HEADINGS = 3
# A caption shorter than this many words may be an ordinary phrase of the text.
_CAPTION_WORDS = 3


@dataclass(frozen=True)
class Page:
    """What a saved web page says: the article's text and the page's metadata."""

    text: str
    title: str | None = None
    published: date | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    language: str | None = None  # ISO 639-1, as the page declares it
    encoding: str = "utf-8"


def read(raw: bytes, shown: str) -> tuple[Page | None, list[Problem]]:
    """The article in a web page's bytes; problems name the file (`shown`)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):  # a byte-order mark outranks all
        text, encoding, problem = decoding.decode(raw, shown)
        problems = [problem] if problem else []
    else:
        text, encoding, problems = decode(raw, shown)
    if text is None:
        return None, problems
    try:
        page = _extract(text, encoding)
    except Exception as err:  # a library's failure on one strange page must not stop the build
        return None, problems + [Problem(shown, f"cannot be read as a web page ({type(err).__name__}); skipped")]
    if page is None:
        return None, problems + [Problem(shown, "has no article text that could be found in the page; skipped")]
    return page, problems


def decode(raw: bytes, shown: str) -> tuple[str | None, str, list[Problem]]:
    """A page's text, as a browser would decode it: UTF-8 when the bytes are UTF-8, else the
    charset the page declares; a page that declares none, or one its bytes do not fit, is
    decoded by a guess that the problem names."""
    if not raw.strip():
        return None, "utf-8", [Problem(shown, "is empty; skipped")]
    if decoding.binary(raw):
        return None, "binary", [Problem(shown, "is not text (binary content); skipped")]
    try:
        # Multi-byte UTF-8 is never an accident of another charset: a page whose bytes are
        # UTF-8 is UTF-8, whatever its head declares (a page re-saved without updating it).
        return raw.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    declared = declared_charset(raw)
    if declared == "utf-8":
        text, encoding, problem = decoding.decode(raw, shown)
        return text, encoding, [Problem(shown, f"declares UTF-8 but {problem.message}")] if problem else []
    if declared is not None:
        try:
            return raw.decode(declared), declared, []
        except UnicodeDecodeError:
            pass
    guessed = _guess(raw)
    said = f"declares {declared}, which its bytes are not" if declared else "declares no charset and is not UTF-8"
    if guessed is not None:
        return raw.decode(guessed, "replace"), guessed, [Problem(shown, f"{said}; read as {guessed} (a guess)")]
    text, encoding, problem = decoding.decode(raw, shown)
    return text, encoding, [Problem(shown, f"{said}; read as {encoding}")]


def declared_charset(raw: bytes) -> str | None:
    """The charset named in the page's head, as a Python codec; None if none is, or an unknown one."""
    m = _DECLARED.search(raw, 0, _PRESCAN)
    if not m:
        return None
    label = (m.group(1) or m.group(2)).decode("ascii").lower()
    label = _LABELS.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return "utf-8" if name.startswith("utf-8") else name


def _guess(raw: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:_GUESS_SAMPLE]).best()
    if best is None:
        return None
    try:
        return codecs.lookup(best.encoding).name
    except LookupError:
        return None


def _extract(text: str, encoding: str) -> Page | None:
    # trafilatura costs 0.2 s to import: only a build with web pages pays it.
    import trafilatura
    from trafilatura.settings import Document
    from trafilatura.utils import load_html
    from trafilatura.xml import xmltotxt

    tree = load_html(text)
    if tree is None:
        return None
    found = _metadata(tree)
    declared = _page_language(tree)
    captions, links = _captions(tree), _link_texts(tree)
    extracted = trafilatura.bare_extraction(tree, url=found.url, **OPTIONS)
    if not isinstance(extracted, Document) or extracted.body is None:
        return None
    title = _one_line(found.title)
    # Without an author in the metadata, the byline the text opens with names one (trafilatura's
    # search of the whole page for one was a sixth of the reading time).
    found.author = found.author or _byline_author(extracted.body)
    clean(extracted.body, title, captions, links, found.author)
    body = xmltotxt(extracted.body, False).strip()
    if len(_WORD.findall(body)) < MIN_WORDS and len(body) < MIN_CHARACTERS:
        return None
    return Page(
        text=body,
        title=title,
        published=_date(found.date),
        outlet=_one_line(found.sitename),
        author=_one_line(found.author),
        url=_one_line(found.url),
        language=language.guess(body) or declared,
        encoding=encoding,
    )


def _metadata(tree: HtmlElement) -> Document:
    """trafilatura's `extract_metadata` without what a briefing does not show (categories, tags,
    licence), which was a quarter of its cost, nor its search of the page for an author's name
    (see `_byline_author`); the date from htmldate without its extensive
    search (a free-text date parser that found a date on 2 of 181 pages and cost 10 % of the
    reading time)."""
    from htmldate import find_date
    from trafilatura import metadata as meta

    found = meta.examine_meta(tree)
    if found.author and " " not in found.author:  # as trafilatura: a one-word author is a handle
        found.author = None
    with contextlib.suppress(Exception):  # trafilatura's own guard: JSON-LD in the wild breaks its reader
        found = meta.extract_meta_json(tree, found)
    found.title = found.title or meta.extract_title(tree)
    found.url = found.url or meta.extract_url(tree)
    found.date = find_date(tree, url=found.url, original_date=True, extensive_search=False, max_date=MAX_DATE)
    found.sitename = found.sitename or meta.extract_sitename(tree)
    if found.sitename:
        found.sitename = found.sitename.lstrip("@")
        if found.sitename and "." not in found.sitename and not found.sitename[0].isupper():
            found.sitename = found.sitename.title()
    elif found.url:
        host = meta.META_URL.match(found.url)
        found.sitename = host[1] if host else None
    if found.sitename and re.match(r"https?://", found.sitename):  # a site that names itself by its address
        found.sitename = urllib.parse.urlsplit(found.sitename).hostname or found.sitename
    found.clean_and_trim()
    return found


def clean(body: _Element, title: str | None, captions: set[str], links: set[str], author: str | None = None) -> None:
    """Take out of the extracted article (trafilatura's tree of paragraphs, headings and lists)
    what is no part of the text: a heading before the text (the headline, a dek, a kicker), the
    headline again (the one first-rank heading), a line repeating the title, a caption, a label
    of the page's furniture and the links it heads, a credit line at either end."""
    blocks = [el for el in body if _words(el)]
    # A headline, a dek and a kicker come before the text; a longer run of headings there
    # is the article's own (a list of deals, each under its heading).
    leading = next((i for i, el in enumerate(blocks) if el.tag != "head"), len(blocks))
    seen = _Seen(
        title=_words_of(title) if title else [],
        author=_words_of(author.split(";")[0]) if author else [],
        captions=captions,
        links=links,
        # One first-rank heading is the headline; several are the article's sections.
        headlines=sum(el.tag == "head" and el.get("rend") == "h1" for el in blocks),
        lead_is_headline=leading <= _LEADING_HEADINGS,
    )
    for i, el in enumerate(blocks):
        ends = i < CREDIT_REACH or i >= len(blocks) - CREDIT_REACH
        why = _left_out(el, _words(el), ends, seen)
        if why is None:
            seen.label = False
            seen.text = seen.text or el.tag != "head"
        else:
            seen.label = why == "label"
            _remove(el)


@dataclass
class _Seen:
    """What `clean` knows of the page, and has met so far in the article."""

    title: list[str]
    author: list[str]
    captions: set[str]
    links: set[str]
    headlines: int
    lead_is_headline: bool
    text: bool = False  # a block of the article's text
    label: bool = False  # the block before was a label, left out


def _left_out(el: _Element, words: list[str], ends: bool, seen: _Seen) -> str | None:
    """Why a block is no part of the article (a word), or None when it is."""
    if len(words) > _LONGEST_DROPPED:
        return None
    if el.tag == "head" and (
        (seen.lead_is_headline and not seen.text) or (seen.headlines == 1 and el.get("rend") == "h1")
    ):
        return "headline"
    if not seen.text and seen.title and _same_words(words, seen.title):
        return "title"
    if len(words) >= _CAPTION_WORDS and " ".join(words) in seen.captions:
        return "caption"
    if _is_label(el):
        return "label"
    if el.tag == "list" and (seen.label or _all_links(el, seen.links)):
        return "links"
    if ends and _is_credit(el, words):
        return "credit"
    if ends and len(words) <= SHORT_LINE_WORDS and (_is_byline(_text(el), words, seen.author) or _only_a_date(words)):
        return "byline"  # or a dateline of the page, which its metadata gives
    return None


def _is_byline(text: str, words: list[str], author: list[str]) -> bool:
    """A byline: "By Dana Holt", "5:45 AM PST 11/19/2019 by Dana Holt", or a short line naming
    the page's author (from its metadata)."""
    m = _BYLINE.search(text)
    if (
        m
        and m.group(1).lower() not in lx.WEEKDAYS
        and m.group(1).lower() not in lx.MONTHS
        and _only_a_date(_words_of(text[: m.start()]))
    ):
        return True
    n = len(author)
    return n >= 2 and any(words[i : i + n] == author for i in range(len(words) - n + 1))


def _byline_author(body: _Element) -> str | None:
    """The names of a byline among the first blocks ("By Dana Holt and Lee Park, Courier staff")."""
    for el in [el for el in body if _words(el)][:CREDIT_REACH]:
        text = _text(el)
        m = _BYLINE.search(text)
        if m is None or len(_words_of(text)) > SHORT_LINE_WORDS or not _is_byline(text, _words_of(text), []):
            continue
        names = re.split(r"\s*(?:,|\||–|—| - |\bfor\b)\s*", text[m.start(1) :], maxsplit=1)[0]
        return names.strip(" .") or None
    return None


def _only_a_date(words: list[str]) -> bool:
    """Words that only say when: a date, a time, a zone ("November 20, 2019 - 11:28 AMT"); a
    time alone ("10 p.m.") may head a part of the text."""
    if not words:
        return True
    dated = any(w in lx.MONTHS or (w.isdigit() and len(w) == 4) for w in words)
    return dated and all(
        w.isdigit() or w in lx.MONTHS or w in lx.WEEKDAYS or w in lx.TIMESTAMP_WORDS or w in lx.TIME_ZONES
        for w in words
    )


def _all_links(el: _Element, links: set[str]) -> bool:
    """A list each of whose items is the whole text of a link of the page: links elsewhere."""
    items = [" ".join(_words(item)) for item in el.iter("item")]
    return len(items) >= 2 and all(item in links for item in items)


def _is_label(el: _Element) -> bool:
    text = _text(el)
    flat = text.strip(_TRAILING).lower()
    if flat in lx.PAGE_LABELS:
        return True
    if len(_WORD.findall(text)) > LINK_LINE_WORDS:
        return False
    m = _LINK_LINE.match(text)
    if not m or m.group(1).strip().lower() not in lx.LINK_LABELS:
        return False
    # "Related: ..." and "[Related: ...]" link elsewhere; "More" alone was a label above.
    return m.end() < len(text) and text[m.end() - 1] in ":|]"


def _is_credit(el: _Element, words: list[str]) -> bool:
    if len(words) > CREDIT_WORDS:
        return False
    text = _text(el).strip()
    if _CREDIT.match(text):
        return True
    return len(words) <= SHORT_LINE_WORDS and bool(_TIMESTAMP.match(text))


def _same_words(words: list[str], title: list[str]) -> bool:
    """A line that is the title, or the title less the site's name after it ("Headline | Site")."""
    return words == title or (len(words) >= 4 and title[: len(words)] == words)


def _captions(tree: HtmlElement) -> set[str]:
    """The words of every image's alternative text and every figure's caption, lower case."""
    found = set()
    for img in tree.iter("img"):
        alt = img.get("alt")
        if alt:
            found.add(" ".join(_words_of(alt)))
    for caption in tree.iter("figcaption"):
        found.add(" ".join(_words_of(caption.text_content())))
    found.discard("")
    return found


def _link_texts(tree: HtmlElement) -> set[str]:
    """The words of every link's text, lower case."""
    found = {" ".join(_words_of(a.text_content())) for a in tree.iter("a")}
    found.discard("")
    return found


def _page_language(tree: HtmlElement) -> str | None:
    """The language the page declares: `<html lang>`, else a Content-Language or og:locale meta."""
    value = tree.get("lang") or tree.get("xml:lang")
    if not value:
        for meta in tree.iter("meta"):
            key = (meta.get("http-equiv") or meta.get("property") or "").lower()
            if key in ("content-language", "og:locale"):
                value = meta.get("content")
                if value:
                    break
    if not value:
        return None
    code = re.split(r"[-_,; ]", value.strip().lower(), maxsplit=1)[0]
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def _text(el: _Element) -> str:
    return " ".join("".join(el.itertext()).split())


def _words(el: _Element) -> list[str]:
    return _words_of("".join(el.itertext()))


def _words_of(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _remove(el: _Element) -> None:
    # Keep the text that follows the element inside its parent (lxml's tail).
    parent = el.getparent()
    if el.tail and el.tail.strip():
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _one_line(value: str | None) -> str | None:
    if not value:
        return None
    return " ".join(value.split()) or None
