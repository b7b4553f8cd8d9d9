"""Which language an article is written in, told from its text alone: the script its letters
are in, or, for the Latin and Cyrillic alphabets, which language's commonest words it uses
most. Deterministic, offline, and a few milliseconds an article: no model, no weights.
"""

from __future__ import annotations

import re
from collections import Counter

from briefing import lexicon as lx

# The text looked at: enough words to tell, few enough to cost nothing on a long file.
SAMPLE = 3_000
# Fewer words than this say too little to name a language.
MIN_WORDS = 30
# The share of a text's words that must be the best language's common words, and how many
# times more of them it must have than the next language.
MIN_SHARE = 0.12
MIN_LEAD = 1.5
# The share of letters in one script that makes the text that script's language.
SCRIPT_SHARE = 0.3
# Kana among Chinese characters make Japanese: this share of the letters is enough.
KANA_SHARE = 0.05

_WORD = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")
_BY_WORD: dict[str, tuple[str, ...]] = {}
for _code, _words in lx.LANGUAGE_WORDS.items():
    for _w in _words:
        _BY_WORD[_w] = (*_BY_WORD.get(_w, ()), _code)
_SCRIPT: dict[str, str] = {}
for _code, _first, _last in lx.LANGUAGE_SCRIPTS:
    _SCRIPT[_code] = _SCRIPT.get(_code, "") + f"{chr(_first)}-{chr(_last)}"
_SCRIPTS = {code: re.compile(f"[{ranges}]") for code, ranges in _SCRIPT.items()}


def guess(text: str) -> str | None:
    """The language's ISO 639-1 code ("en", "de"), or None when the text is too short or
    too mixed to tell."""
    sample = text[:SAMPLE]
    if not sample.isascii():
        letters = len(_LETTER.findall(sample))
        scripts = {code: len(pattern.findall(sample)) for code, pattern in _SCRIPTS.items()}
        if letters and scripts["ja"] >= KANA_SHARE * letters:
            return "ja"
        code, count = max(scripts.items(), key=lambda kv: (kv[1], kv[0]))
        if letters and count >= SCRIPT_SHARE * letters:
            return code
    words = _WORD.findall(sample.lower())
    if len(words) < MIN_WORDS:
        return None
    counts: dict[str, int] = {}
    for w, n in Counter(words).items():  # each distinct word once: the common ones recur
        for code in _BY_WORD.get(w, ()):
            counts[code] = counts.get(code, 0) + n
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    best, hits = ranked[0]
    runner = ranked[1][1] if len(ranked) > 1 else 0
    if hits < MIN_SHARE * len(words) or hits < MIN_LEAD * runner:
        return None
    return best


def name(code: str) -> str:
    """The language's English name ("German"), or the code itself when it has none here."""
    return lx.LANGUAGE_NAMES.get(code, code)
