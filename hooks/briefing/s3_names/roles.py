"""What a person is called besides their name: their own role (a title given with their
full name wins over one given with a surname another person may share) and the descriptions
("the Russian president") that the articles tie to them by agreeing with that role.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from briefing import lexicon as lx
from briefing.s3_names import fullnames

# Words of a description that say nothing of whom it describes.
_EMPTY = frozenset({"the", "former", "then", "late", "current", "outgoing", "incoming", "acting", "of", "and", "a"})
# Heads that name no office: "the Russian leader" is tied by "Russian" alone.
_GENERIC = frozenset({"leader", "head", "chief", "official"})


def is_role(role: str | None) -> bool:
    """Whether a role holds an office or a role noun ("Former Secretary of State"), not only
    a word that came before the name ("Under Mrs.", "State")."""
    if not role:
        return False
    words = {w.lower().rstrip(".,") for w in role.split()}
    return bool(words & lx.TITLES - lx.HONORIFICS) or bool(words & lx.ROLE_NOUNS)


def own_role(given: Iterable[tuple[str, str | None]]) -> str | None:
    """The person's role from (text as written, role) of their mentions: an office before a
    role noun, then the most frequent, among those given with a full name ("Former Secretary
    of State Hillary Clinton"), else among all ("President Clinton" may be another Clinton's
    title)."""
    full: Counter[str] = Counter()
    short: Counter[str] = Counter()
    for text, role in given:
        if is_role(role):
            assert role is not None
            (full if len(text.split()) > 1 else short)[role] += 1
    counted = full or short
    return _trimmed(max(counted, key=lambda r: (_office(r), counted[r], len(r), r))) if counted else None


# Styles written between an office and the name ("Jaguar Chairman Sir John Egan"): part of
# how the person is addressed, not of the office.
_STYLES = frozenset({"sir", "dame", "lord", "lady", "prince", "princess", "mr", "mrs", "ms", "dr"})


def _trimmed(role: str) -> str:
    """The role without a style closing it, when an office comes before ("Jaguar Chairman")."""
    words = role.split()
    while len(words) > 1 and words[-1].lower().rstrip(".") in _STYLES and is_role(" ".join(words[:-1])):
        words.pop()
    return " ".join(words)


def _office(role: str) -> bool:
    """Whether a role names an office ("Republican nominee"), not only what the person is
    ("Billionaire"): an office is the role a reader looks for."""
    return bool({w.lower().rstrip(".,") for w in role.split()} & (lx.TITLES - lx.HONORIFICS))


def tied(description: str, roles: Iterable[str]) -> bool:
    """Whether a description agrees with the person's roles: its office is one of theirs and
    each other word of it appears in them ("the Russian president" for "Russian President
    Vladimir Putin"; not "the Indiana governor" for a president, nor "the band leader")."""
    words = [w.lower().strip(",.") for w in description.split()]
    owned: set[str] = set()
    titles: set[str] = set()
    for role in roles:
        owned |= {w.lower().rstrip(".,") for w in role.split()}
        titles |= fullnames.role_words(role)
    head = next((w for w in words if w in lx.TITLES or w in lx.ROLE_NOUNS), None)
    if head is None:
        return False
    rest = [w for w in words if w not in _EMPTY and w != head]
    if head in _GENERIC:
        return bool(rest) and all(w in owned for w in rest)
    office = fullnames.role_words(head) or {head}
    return bool(office & (titles | owned)) and all(w in owned for w in rest)
