"""Find governments and administrations that articles name in lower case: "the Canadian
government", "the government of Ontario", "the Obama administration". Each is an
organisation named "Government of <place>" or "<surname> administration".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing import lexicon as lx
from briefing.model import Mention
from briefing.s3_names import kinds

_LEVEL = r"(?:(?:federal|state|provincial|national|central|regional|local|coalition|military|interim)\s+)?"
# "the government of Canada", "the provincial government of Ontario"
_OF_PLACE = re.compile(
    rf"\b{_LEVEL}[Gg]overnments?\s+of\s+(?:the\s+)?([A-Z][\w’'-]*(?:\.[A-Z][\w’'-]*)*\.?(?:\s(?:of\s)?[A-Z][\w’'-]*){{0,3}})"
)
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
# "the Canadian government", "US governments", "the Victorian state government"
_PLACE_BEFORE = re.compile(rf"\b([A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)?)\s+{_LEVEL}[Gg]overnments?\b")
# "the Obama administration", "Barack Obama's administration"
_ADMINISTRATION = re.compile(r"\b([A-Z][\w’'-]*)(?:['’]s)?\s+administration\b")


def find(body: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions with each government phrase added as an organisation; the place or
    person name inside it is now part of the organisation's name."""
    found: list[Mention] = []
    for m in _OF_PLACE.finditer(body):
        text = m.group(1)
        if text.endswith(".") and not _INITIALS.fullmatch(text):
            text = text[:-1]  # the sentence's period, not an abbreviation's
        country = _place(text)
        if country:
            found.append(_government(body, m.start(), m.start(1) + len(text), country))
    for m in _PLACE_BEFORE.finditer(body):
        start, country = m.start(1), _place(m.group(1))
        if not country and " " in m.group(1):
            # "The Belgian government": the sentence's first word is not part of the name
            first, _, rest = m.group(1).partition(" ")
            start, country = start + len(first) + 1, _place(rest)
        if country:
            found.append(_government(body, start, m.end(), country))
    people = {x.start: x for x in mentions if x.kind == "person"}
    for m in _ADMINISTRATION.finditer(body):
        person = people.get(m.start(1))
        if person is None:
            # "Barack Obama's administration": the person's mention ends where the word does
            person = next((x for x in mentions if x.kind == "person" and x.end == m.end(1)), None)
        if person is not None:
            surname = person.name.split()[-1]
            found.append(
                Mention(
                    person.start, m.end(), body[person.start : m.end()], "organization", f"{surname} administration"
                )
            )
    if not found:
        return list(mentions)
    found.sort(key=lambda x: (x.start, -x.end))
    kept: list[Mention] = []
    for f in found:
        if not kept or f.start >= kept[-1].end:
            kept.append(f)
    out = [x for x in mentions if not any(f.start <= x.start and x.end <= f.end for f in kept)]
    out.extend(kept)
    out.sort(key=lambda x: (x.start, x.end))
    return out


def _place(text: str) -> str | None:
    """The country or region a demonym or place name stands for, as the entity is named."""
    low = text.lower().rstrip(".")
    if low in lx.COUNTRY_ADJECTIVES:
        return lx.COUNTRY_ADJECTIVES[low]
    for form in (low, low + "."):
        if form in lx.PLACE_ALIASES:
            return lx.PLACE_ALIASES[form]
    if kinds.place(low):
        return text
    return None


def _government(body: str, start: int, end: int, place: str) -> Mention:
    the = "the " if place.lower() in lx.NAMED_WITH_THE else ""
    return Mention(start, end, body[start:end], "organization", f"Government of {the}{place}")
