"""Splitting a long page family into pages of bounded size: consecutive groups (years, speakers,
themes, kinds of names) are packed into pages of at most a given number of items, a group too
large for one page is cut into parts, and each page gets a readable, unique path.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from briefing.s7_render.markdown import link, plural, slugify, text

T = TypeVar("T")

# Items per page before a family splits: each page stays under about 20 screens at desk width
# (1280 x 900), measured on a briefing of 500 articles (a timeline event is about 0.13 screen,
# a quote card 0.35, a line of context 0.1, a name 0.15, a listed source 0.07).
TIMELINE_EVENTS = 140
QUOTES = 50
NAMES = 120
SUMMARIES = 150  # sources summarised on one page of the Comparison
SOURCES = 150  # sources listed on one page
DISCREPANCIES = 60  # worded discrepancies of the Comparison
COVERAGE = 150  # facts several sources tell, on the Comparison


@dataclass(frozen=True)
class Part(Generic[T]):
    """One page of a split family: its path, its groups (key, items) and a label for links."""

    path: str
    groups: tuple[tuple[str, tuple[T, ...]], ...]
    label: str

    @property
    def count(self) -> int:
        return sum(len(items) for _, items in self.groups)


def pack(folder: str, groups: Sequence[tuple[str, Sequence[T]]], cap: int) -> list[Part[T]]:
    """Consecutive groups in pages of at most `cap` items ("<folder>/<slug of first key>.md");
    a group of more than `cap` items is cut into parts ("2024, part 2")."""
    cut: list[tuple[str, str, tuple[T, ...]]] = []  # (key, label, items)
    for key, items in groups:
        items = tuple(items)
        if not items:
            continue
        if len(items) <= cap:
            cut.append((key, key, items))
            continue
        parts = (len(items) + cap - 1) // cap
        size = (len(items) + parts - 1) // parts
        for n in range(parts):
            cut.append((key, f"{key}, part {n + 1}", items[n * size : (n + 1) * size]))
    pages: list[list[tuple[str, str, tuple[T, ...]]]] = []
    for entry in cut:
        whole = entry[1] == entry[0] and pages and pages[-1][-1][1] == pages[-1][-1][0]
        if whole and sum(len(i) for _, _, i in pages[-1]) + len(entry[2]) <= cap:
            pages[-1].append(entry)
        else:
            pages.append([entry])
    out: list[Part[T]] = []
    used: set[str] = set()
    for page in pages:
        first, last = page[0][1], page[-1][1]
        label = first if first == last else f"{first} – {last}"
        slug = _slug(first)
        path, n = f"{folder}/{slug}.md", 2
        while path in used:
            path, n = f"{folder}/{slug}-{n}.md", n + 1
        used.add(path)
        out.append(Part(path, tuple((key, items) for key, _, items in page), label))
    return out


def contents(parts: Sequence[Part], page: str, unit: str) -> list[str]:
    """The list of a split family's pages, for its index page: each linked, with its count."""
    return [f"- [{text(p.label)}]({link(page, p.path)}) · {plural(p.count, unit)}" for p in parts]


def neighbours(found: Sequence[Part], n: int, index: str, all_label: str) -> str:
    """The navigation line of the n-th page of a split family: the page before, the index
    (`all_label`, e.g. "All quotes") and the page after."""
    here = found[n].path
    links = [f"[{all_label}]({link(here, index)})"]
    if n > 0:
        links.insert(0, f"[← {text(found[n - 1].label)}]({link(here, found[n - 1].path)})")
    if n + 1 < len(found):
        links.append(f"[{text(found[n + 1].label)} →]({link(here, found[n + 1].path)})")
    return " · ".join(links)


def _slug(label: str) -> str:
    """A readable file name for a page label ("2024, part 2" -> "2024-part-2"); `pack` makes
    it unique within its folder."""
    slug = slugify(label)
    return slug if slug and slug != "index" else "part"
