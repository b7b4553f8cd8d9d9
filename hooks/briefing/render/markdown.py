"""The one way article text enters a page (`text`), and the small Markdown pieces every page
family shares: safe file names for article ids, relative links to source sentences, date labels.

Article text is untrusted. `text` turns it into characters that Python-Markdown, HTML and any
Jinja-like template engine all read as plain text, so the same output is safe in running
Markdown, in headings, in link text and inside a double-quoted HTML attribute.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
import unicodedata
from collections.abc import Iterable

from ..model import Analysis, Ref

# Characters that mean something to HTML, to Markdown (core and the extensions the site uses)
# or to template engines. They become numeric character references, never backslash escapes:
# a reference reads the same in Markdown text and in an HTML attribute value.
_SPECIAL = "&<>\"'\\`*_[]{}#|~^$"
_ENTITIES = {ord(c): f"&#{ord(c)};" for c in _SPECIAL}
# Control characters are dropped: STX/ETX are Python-Markdown's own placeholders for stashed
# HTML, and none of them is visible text.
_ENTITIES.update({c: None for c in range(32) if chr(c) not in "\t\n\r"})
_ENTITIES.update({c: None for c in range(0x7F, 0xA0)})
_ENTITIES.update({0xFFFE: None, 0xFFFF: None})
# A first character that would open a block (heading, list, quote, admonition, table, ...)
# or an ordered-list marker ("1. ", "2) ") at the very start.
_BLOCK_START = re.compile(r"[!#%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~]|\d+(?=[.)])")

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}

# File names the site uses itself or that some file systems refuse.
_RESERVED = {"index", "con", "prn", "aux", "nul", "com1", "lpt1"}
_UNSAFE = re.compile(r"[^a-z0-9_-]+")


def text(value: str | None) -> str:
    """Untrusted text as inert Markdown: one line, every special character a character reference."""
    if not value:
        return ""
    flat = " ".join(value.split()).translate(_ENTITIES)
    flat = " ".join(flat.split())  # dropped controls may have left doubled spaces
    m = _BLOCK_START.match(flat)
    if m and not flat.startswith("&#"):
        # The first character is still literal here (e.g. "-", "1."): make it a reference too.
        cut = m.end() if m.group().isdigit() else 0
        flat = flat[:cut] + f"&#{ord(flat[cut])};" + flat[cut + 1:]
    return flat


def url(value: str | None) -> str | None:
    """An article's URL, escaped for an href, or None when it is not plain http(s)."""
    if not value:
        return None
    value = value.strip()
    if not re.match(r"https?://[^\s/]", value, re.I) or any(c.isspace() for c in value):
        return None
    return text(value)


def source_slug(ident: str) -> str:
    """A file name for an article id: readable ASCII, plus a short hash when anything was lost.

    Ids may hold spaces, '#', '%', '?', capitals or non-ASCII letters; the hash keeps two ids
    that differ only in those apart (also on case-insensitive file systems).
    """
    folded = unicodedata.normalize("NFKD", ident).encode("ascii", "ignore").decode().lower()
    slug = _UNSAFE.sub("-", folded).strip("-")[:60]
    if slug and slug == ident and slug not in _RESERVED:
        return slug
    digest = hashlib.sha1(ident.encode("utf-8")).hexdigest()[:8]
    return f"{slug}-{digest}" if slug else digest


def source_page(ident: str) -> str:
    """Docs-relative path of an article's page."""
    return f"sources/{source_slug(ident)}.md"


def link(from_page: str, to_page: str, anchor: str | None = None) -> str:
    """A relative link target from one generated page to another (MkDocs rewrites .md links)."""
    base = posixpath.dirname(from_page) or "."
    target = posixpath.relpath(to_page, base)
    return f"{target}#{anchor}" if anchor else target


def cite(from_page: str, ref: Ref) -> str:
    """A Markdown link to the sentence a fact came from, labelled with the sentence's anchor."""
    return f"[{text(ref.anchor)}]({link(from_page, source_page(ref.source), ref.anchor)})"


def cites(from_page: str, refs: Iterable[Ref]) -> str:
    """Links to the sentences behind a fact, grouped by source: "000_ab s1 s4; 001_cd s2".

    Each sentence is linked once; the span lets the stylesheet set citations apart.
    """
    by_source: dict[str, list[Ref]] = {}
    seen: set[tuple[str, int]] = set()
    for ref in refs:
        if (ref.source, ref.sentence) not in seen:
            seen.add((ref.source, ref.sentence))
            by_source.setdefault(ref.source, []).append(ref)
    if not by_source:
        return ""
    groups = [f'<span class="briefing-source">{text(source)}</span> ' + " ".join(cite(from_page, r) for r in found)
              for source, found in by_source.items()]
    return f'<span class="briefing-cite">{"; ".join(groups)}</span>'


def sentence_text(analysis: Analysis, index: int) -> str:
    """The raw text of one sentence of an article (still to be escaped)."""
    sents = analysis.sentences
    if 0 <= index < len(sents) and sents[index].index == index:  # the usual numbering
        s = sents[index]
        return analysis.article.body[s.start: s.end]
    for s in sents:
        if s.index == index:
            return analysis.article.body[s.start: s.end]
    return ""


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


def date_label(value: str) -> str:
    """A TIMEX3 value as a reader says it: "4 June 2000", "June 2000", "2000", "the 1990s"."""
    kind = precision(value)
    if kind == "day":
        y, m, d = value[:10].split("-")
        if 1 <= int(m) <= 12:
            return f"{int(d)} {MONTHS[int(m) - 1]} {y}"
    elif kind == "month":
        y, m = value.split("-")
        if 1 <= int(m) <= 12:
            return f"{MONTHS[int(m) - 1]} {y}"
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
        return f"the {int(value) + 1}th century"
    return value


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else (many or word + 's')}"
