"""Spellings of one name that stand for the same referent: an organisation with or without
its legal form ("Ford Motor Co.", "Ford"), a given name and its nickname (Tom, Thomas), and
transliterations of one surname (Gaddafi, Qaddafi, Kadhafi).
"""

from __future__ import annotations

from briefing import lexicon as lx
from briefing.s3_names import fullnames


def org_bases(name: str) -> list[str]:
    """The shorter names an organisation's name may stand for, lower-cased, longest first:
    without its legal form ("Chrysler LLC" → "chrysler"), then without the trade word before
    it ("Ford Motor Company" → "ford motor" → "ford"), or without the home country in front
    ("U.S. Senate" → "senate"). Never a word that is no name alone ("General Motors" is not
    "General")."""
    words = name.lower().replace(",", "").split()
    out: list[str] = []
    while len(words) > 1 and words[-1].rstrip(".") in lx.LEGAL_FORMS:
        words = words[:-1]
        out.append(" ".join(words))
    while len(words) > 1 and words[-1] in lx.TRADE_WORDS and words[-2] not in lx.NOT_NAMES:
        words = words[:-1]
        out.append(" ".join(words))
    for n in (2, 1):
        if len(words) > n and " ".join(words[:n]) in lx.HOME_COUNTRY:
            out.append(" ".join(words[n:]))
            break
    return [b for b in out if b not in lx.NOT_NAMES and b not in lx.TITLES]


def same_given(a: str, b: str) -> bool:
    """Two given names of one person: equal, one the other's nickname (Tom, Thomas), or
    transliterations of one name (Muammar, Moammar) long enough not to join two names."""
    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    if a == b or lx.NICKNAMES.get(a, a) == lx.NICKNAMES.get(b, b):
        return True
    return min(len(a), len(b)) >= 5 and consonants(a) == consonants(b)


def consonants(word: str) -> str:
    """The sound skeleton of a name, the same for its transliterations: Gaddafi, Qaddafi,
    Kadhafi and Gadhafi all give "kVdVfV" (each run of vowels one "V", "h" and doubled
    letters left out, g, q, k and c one letter; an "al-" in front dropped)."""
    low = word.lower()
    for prefix in ("al-", "el-", "al ", "el "):
        if low.startswith(prefix):
            low = low[len(prefix) :]
    low = low.replace("ph", "f").replace("ck", "k")
    out: list[str] = []
    for c in low:
        if not c.isalpha() or c == "h":
            continue
        c = "V" if c in "aeiouy" else _SOUNDS.get(c, c)
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


# Letters that transliterations of one name swap: g, q, k and c; z and s.
_SOUNDS = {"q": "k", "g": "k", "c": "k", "z": "s"}


def same_surname(a: str, b: str) -> bool:
    """Two spellings of one surname: equal, transliterations (Gaddafi, Qaddafi), or one typing
    slip of two letters swapped (DesRosier, DesRoiser); short names must be equal."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    if min(len(a), len(b)) < 6:
        return False
    return consonants(a) == consonants(b) or transposed(a, b)


def transposed(a: str, b: str) -> bool:
    """Whether b is a with two neighbouring letters swapped ("Chrylser", "Chrysler")."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two full names of one person: what `fullnames.same_full` joins, or the same surname
    spelt two ways with the same given name (Muammar Qaddafi, Moammar Gadhafi), or a
    nickname for the given name (Tom Enders, Thomas Enders)."""
    if fullnames.same_full(a, b):
        return True
    if len(a) != len(b) or not same_given(a[0], b[0]) or not same_surname(a[-1], b[-1]):
        return False
    return [w[:1].lower() for w in a[1:-1]] == [w[:1].lower() for w in b[1:-1]]


def same_single(word: str, surname: str) -> bool:
    """A surname written alone that stands for another spelling of it: a plural slip
    ("Clements" for Clement) or two letters swapped ("DesRoiser")."""
    w, s = word.lower(), surname.lower()
    if w == s:
        return True
    if min(len(w), len(s)) < 6:
        return False
    return w == s + "s" or transposed(w, s)


def name_keys(kind: str, name: str) -> list[str]:
    """The keys under which an organisation's or a place's name meets its other spellings:
    the name in lower case, then (organisations) `org_bases` and the last word without a
    plural slip ("General Motor"), (places) without "International" and "Airport"."""
    low = name.lower()
    if kind == "place":
        words = [w for w in low.split() if w not in ("international", "airport")]
        return [low, " ".join(words)] if words and len(words) < len(low.split()) else [low]
    keys = [low, *org_bases(name)]
    return keys + [k[:-1] for k in keys if k.endswith("s") and len(k.split()[-1]) > 3 and " " in k]


def slips(names: list[str]) -> list[tuple[str, str]]:
    """Pairs of one-word names (six letters or more) that differ by two neighbouring letters
    swapped: (the first in order, the other)."""
    buckets: dict[str, list[str]] = {}
    for n in names:
        if " " not in n and len(n) >= 6:
            buckets.setdefault("".join(sorted(n.lower())), []).append(n)
    out: list[tuple[str, str]] = []
    for group in buckets.values():
        for i, a in enumerate(group):
            out.extend((a, b) for b in group[i + 1 :] if transposed(a.lower(), b.lower()))
    return out


def short_forms(names: list[str]) -> list[tuple[str, str]]:
    """(one word, the one longer name it opens) where the longer name goes on with names, not a
    place or a generic word ("Northrop" → Northrop Grumman, but not "Ford" → Ford Australia),
    and the word is no organisation known alone."""
    opening: dict[str, list[str]] = {}
    for n in names:
        words = n.split()
        if len(words) == 2 and words[1][:1].isupper():
            opening.setdefault(words[0], []).append(n)
    out: list[tuple[str, str]] = []
    for n in names:
        fulls = opening.get(n, [])
        if len(fulls) != 1 or n.lower() in lx.ORGANISATIONS:
            continue
        rest = fulls[0].split()[1].lower()
        if rest in lx.ORG_CUES or rest in lx.LEGAL_FORMS or rest in lx.NOT_NAMES or _is_place(rest):
            continue
        out.append((n, fulls[0]))
    return out


def _is_place(low: str) -> bool:
    from briefing.s3_names import kinds

    return kinds.place(low)
