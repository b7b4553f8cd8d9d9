"""Tooltips on names: for each person and organisation, a one-line description built from the
sources (role, how often quoted, which sources name it), written as abbreviation definitions
that the `abbr` extension turns into a tooltip on every occurrence of the name on a page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from briefing.model import Briefing, Entity
from briefing.s7_render.markdown import abbreviation, plural, short_id, text

KINDS = ("person", "organization")
KIND_WORDS = {"person": "person", "organization": "organisation"}
# Shorter aliases ("US", "UN") would wrap ordinary words of other pages too.
MIN_TERM = 3
# The abbreviation extension runs one regex of all of a page's terms over its text; keep it small.
MAX_TERMS = 150
# Past this many sources, pages get no tooltips: the definitions repeated on every page and the
# extension's pass over each cost more of a build than all the rest of the briefing's Markdown.
MAX_SOURCES = 20
_WORD = re.compile(r"[\w’'-]+")
# Lines of plain HTML holding text (paragraphs, list items): the renderers start them so.
_HTML_LINES = ("<p", "<li")
_TAG = re.compile(r"(<[^>]*>)")


class Glossary:
    """Every name's tooltip, and the subset a given page needs."""

    def __init__(self, briefing: Briefing, labels: Mapping[str, str]) -> None:
        quoted: dict[str, int] = {}
        for q in briefing.quotes:
            if q.speaker:
                quoted[q.speaker] = quoted.get(q.speaker, 0) + 1
        ranked = sorted((e for e in briefing.entities if e.kind in KINDS), key=lambda e: (-len(e.mentions), e.name))
        self.terms: dict[str, str] = {}  # term -> tooltip, most mentioned entities first
        self.by_entity: dict[str, list[str]] = {}  # entity name -> its terms
        self.by_source: dict[str, list[str]] = {}  # article id -> terms of the entities it names
        self._by_first: dict[str, list[str]] = {}  # first word of a term -> terms
        for e in ranked:
            title = describe(e, quoted.get(e.name, 0), labels, len(briefing.analyses))
            own = []
            for term in dict.fromkeys((e.name, *e.aliases)):
                if len(term) >= MIN_TERM and term not in self.terms and abbreviation(term, title):
                    self.terms[term] = title
                    own.append(term)
                    self._by_first.setdefault(_WORD.findall(term)[0], []).append(term)
            self.by_entity[e.name] = own
            for source in dict.fromkeys(r.source for r in e.mentions):
                self.by_source.setdefault(source, []).extend(own)

    def for_text(self, page: str) -> list[str]:
        """Definitions for the names that occur in a page's Markdown."""
        return self.definitions(self.terms_in(page))

    def terms_in(self, page: str) -> list[str]:
        """The names that occur in a page, in the glossary's order (checked word by word, so
        the cost is one pass over the page plus one look-up per name)."""
        words = set(_WORD.findall(page))
        found = {t for w in words for t in self._by_first.get(w, ()) if all(x in words for x in _WORD.findall(t))}
        return [t for t in self.terms if t in found][:MAX_TERMS]

    def wrap(self, page: str, terms: Iterable[str]) -> str:
        """The page with each name in its plain-HTML lines (which Markdown, and so the `abbr`
        extension, passes through) wrapped in an <abbr> carrying its tooltip. Only text between
        tags changes; the text there is escaped already and names hold no special character,
        so a name never matches inside a character reference or an attribute."""
        terms = sorted(set(terms), key=lambda t: (-len(t), t))
        if not terms:
            return page
        pattern = re.compile(r"(?<![\w’&#-])(" + "|".join(map(re.escape, terms)) + r")(?![\w’;-])")
        titles = {t: text(self.terms[t]) for t in terms}

        def one(m: re.Match) -> str:
            return f'<abbr title="{titles[m.group(1)]}">{m.group(1)}</abbr>'

        lines = page.split("\n")
        for n, line in enumerate(lines):
            if line.startswith(_HTML_LINES):
                parts = _TAG.split(line)
                parts[::2] = [pattern.sub(one, part) for part in parts[::2]]
                lines[n] = "".join(parts)
        return "\n".join(lines)

    def definitions(self, terms: Iterable[str]) -> list[str]:
        lines = []
        for term in list(dict.fromkeys(terms))[:MAX_TERMS]:
            line = abbreviation(term, self.terms[term])
            if line:
                lines.append(line)
        return ["", *lines, ""] if lines else []


def describe(e: Entity, quotes: int, labels: Mapping[str, str], total: int) -> str:
    """ "former US President · quoted 4 times · named in Wire, 4 June 2000; Daily: Talks" (plain
    text, escaped later): sources by their names, which may hold commas, so parted by ";"."""
    parts = [e.role] if e.role else [KIND_WORDS.get(e.kind, e.kind)]
    if quotes:
        parts.append("quoted " + ("once" if quotes == 1 else f"{quotes} times"))
    sources = list(dict.fromkeys(r.source for r in e.mentions))
    if total > 1 and sources:
        shown = [labels.get(s) or short_id(s) for s in sources[:4]]
        more = f" and {len(sources) - 4} more" if len(sources) > 4 else ""
        parts.append(f"named in {'; '.join(shown)}{more}")
    elif e.mentions:
        parts.append(plural(len(e.mentions), "mention"))
    return " · ".join(p for p in parts if p)
