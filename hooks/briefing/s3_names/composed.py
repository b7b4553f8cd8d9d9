"""A composed, format-free view of an article for finding names in, and the way back to offsets
in the text as read: "José" written with a combining accent, or "Jo​hn" with a zero-width space
inside, is one word there, where a word pattern would have cut it ("Jose", "Jo").
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

# Format characters (category Cf: zero-width spaces and joiners, soft hyphens, bidirectional
# controls, tags): invisible, and never part of a name. Listed, as Unicode 14 has them: taking
# them from `unicodedata` means a walk over every code point at each start.
_FORMAT = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U00013438"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)
# A character and the combining marks (and format characters) after it: NFC composes within one.
_MARKS = "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_CLUSTER = re.compile(f".(?:[{_MARKS}]|{_FORMAT.pattern})*", re.S)


@dataclass(frozen=True)
class View:
    """`text` as names are read; `starts[i]`/`ends[i]`: where its i-th character came from."""

    text: str
    starts: list[int]
    ends: list[int]

    def back(self, start: int, end: int) -> tuple[int, int]:
        """The span of the text as read that view[start:end] came from (end > start)."""
        return self.starts[start], self.ends[end - 1]

    def into(self, start: int, end: int) -> tuple[int, int]:
        """The view's span of the text as read from start to end (a sentence's)."""
        return bisect.bisect_left(self.starts, start), bisect.bisect_right(self.ends, end)


def view(body: str) -> View | None:
    """The composed, format-free view of body, or None when body is that already (most are)."""
    if unicodedata.is_normalized("NFC", body) and not _FORMAT.search(body):
        return None
    text: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for m in _CLUSTER.finditer(body):
        shown = unicodedata.normalize("NFC", _FORMAT.sub("", m.group()))
        text.append(shown)
        starts += [m.start()] * len(shown)
        ends += [m.end()] * len(shown)
    return View("".join(text), starts, ends)
