"""Items joined into groups two at a time: the one union-find of the engine (names folded
across articles, sentences aligned into facts, quotations grouped, timeline items merged).
"""

from __future__ import annotations


class Partition:
    """The items 0 … size-1, each first in a group of its own; `join` merges two groups.

    Paths are halved as they are walked, so a long run of joins stays cheap to look up. The
    group a join keeps is the first item's: callers rely on it to say which item leads."""

    __slots__ = ("parent",)

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        """The item that leads `item`'s group."""
        parent = self.parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def join(self, keep: int, other: int) -> int:
        """Put `other`'s group into `keep`'s; the leader of the joined group (`keep`'s)."""
        kept, joined = self.find(keep), self.find(other)
        if kept != joined:
            self.parent[joined] = kept
        return kept

    def groups(self) -> dict[int, list[int]]:
        """Every group's items in order, by leader; leaders in the order of their first item."""
        out: dict[int, list[int]] = {}
        for item in range(len(self.parent)):
            out.setdefault(self.find(item), []).append(item)
        return out
