"""Read each name of one article as the fullest name it stands for ("Clinton" → "Bill
Clinton", but "Mr. Obama" not → "Michelle Obama"), by gender and titles, and keep an unknown
run as a person only where the article shows one (a role, a speech verb, its surname alone).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from briefing import lexicon as lx
from briefing.model import Mention
from briefing.s3_names import kinds
from briefing.s3_names.capitals import Span

_SHOUT = re.compile(r"[A-Z0-9&.-]+")  # WKOW-TV, R-S.C.


def resolve(spans: list[Span]) -> list[Mention]:
    """Mentions with `name` set to the fullest form the article uses for each referent."""
    # Unknown runs ("Rucker Culpepper") are people when the article shows it: a role or
    # speech verb next to them, or their last word used alone elsewhere ("Culpepper said").
    alone = {sp.tokens[0].low for sp in spans if len(sp.tokens) == 1}
    # "Boeing said" next to "Boeing Commercial Airplanes" or "Boeing 777": a company
    firms = {sp.tokens[0].low for sp in spans if sp.kind == "organization" and len(sp.tokens) > 1} | {
        sp.tokens[0].low for sp in spans if sp.model
    }
    # ... and the first part of a hyphenated company's name ("Hewlett announced" next to
    # "Hewlett-Packard Co.")
    firms |= {
        head
        for sp in spans
        if sp.kind == "organization" and "-" in sp.tokens[0].low
        for head in [sp.tokens[0].low.split("-")[0]]
        if len(head) >= 3  # (not a party's letter: "D-Calif.")
    }
    # (not an adjective or a generic first word: "Irish Stock Exchange", "Air France")
    firms -= lx.NAME_ADJECTIVES | lx.COMPASS | lx.ORG_FRONTS | lx.TITLES | lx.ORG_HEADS
    # ... and a name the words around it show as an organisation once, everywhere in the
    # article, unless they show a person elsewhere ("Rubio wrote", "Senator Rubio")
    # (a noun for an organisation in front or in apposition outweighs a speech verb)
    people = {sp.low() for sp in spans if sp.kind == "person"}
    speaking = {sp.low() for sp in spans if sp.context and sp.org not in ("noun", "plural")}
    # A plural verb or an office after a sentence's first word shows a company only if the
    # article writes the word as a name elsewhere ("Aeroflot say", not "Aircraft have",
    # "Longtime pollster Pat Caddell").
    inside = {sp.low() for sp in spans if not sp.sentence_start}
    for sp in spans:
        if sp.org and (
            sp.low() in people
            or (sp.org in ("after", "list", "office") and sp.low() in speaking)
            or (sp.org in ("plural", "office") and sp.sentence_start and sp.low() not in inside)
        ):
            sp.org = ""
    firms |= {sp.low() for sp in spans if sp.org}
    # ... but not a famous surname borrowed by a phrase ("Team Trump" next to Donald Trump)
    taken = {sp.tokens[-1].low for sp in spans if sp.kind == "person" and len(sp.tokens) > 1}
    for sp in spans:
        if sp.kind == "common":
            # (a known company's division: "Boeing Commercial Airplanes")
            maker = sp.tokens[0].low in firms or sp.tokens[0].low in lx.ORGANISATIONS
            sp.kind = "organization" if sp.org or sp.low() in firms or maker else ""
        elif sp.kind == "maybe":
            last = sp.tokens[-1].low
            if (
                (sp.tokens[0].low in firms or sp.tokens[0].low in lx.ORGANISATIONS)
                and sp.low() not in firms
                and not kinds.place(sp.tokens[-1].low)
            ):
                sp.kind = ""  # a company's product: "Ford Taurus", "Chrysler Aspen" (not "Ford Australia")
            elif sp.org in ("noun", "plural") or sp.low() in firms or (sp.org and not sp.context):
                sp.kind = "organization"
            elif sp.after_the:
                # "the Chicago Sun-Times reported": no one's name takes "the"
                sp.kind = "organization" if sp.context else ""
            elif any(t.low in lx.ORGANISATIONS for t in sp.tokens):
                sp.kind = ""  # a word glued to a company: "Actual Airbus"
            else:
                sp.kind = "person" if sp.context or (last in alone and last not in taken) else ""
    spans = [sp for sp in spans if sp.kind]
    spelled = [tuple(sp.words()) for sp in spans]  # each run's words, read once for every pass
    fulls = sorted({words for sp, words in zip(spans, spelled) if sp.kind == "person" and len(words) > 1})
    names = _person_names(fulls)
    # Each word that can stand alone for a full name (its last or first word, or a tail
    # such as "bin Laden") → the full names that carry it, where and with what role.
    index: dict[tuple[str, ...], dict[str, _Holder]] = {}
    for sp, words in zip(spans, spelled):
        if sp.kind != "person" or len(words) < 2:
            continue
        lows = tuple(w.lower() for w in words)
        if kinds.place(lows[0]) or (lows[0] in lx.NOT_NAMES and lows[0] not in lx.GIVEN_NAME_MONTHS):
            continue  # not a given name: "Florida Friday" is no one's name
        name = names[words]
        gender, titles = _gender(sp), role_words(sp.role)  # once for all the short forms
        for key in {lows[i:] for i in range(1, len(lows))} | {lows[:1]}:
            holders = index.setdefault(key, {})
            holder = holders.get(name)
            if holder is None:
                holder = holders[name] = _Holder(name)
            holder.add(sp, gender, titles)
    # How often the article names each person unambiguously: in full or by a given name
    # only one of them has ("Hillary" next to "Bill Clinton").
    support: Counter[str] = Counter()
    firsts: dict[str, set[str]] = defaultdict(set)
    for words, name in names.items():
        support[name] += 0
        firsts[words[0].lower()].add(name)
    for sp, words in zip(spans, spelled):
        if sp.kind == "person" and len(words) > 1:
            support[names[words]] += 1
        elif len(sp.tokens) == 1 and len(firsts.get(sp.tokens[0].low, ())) == 1:
            support[next(iter(firsts[sp.tokens[0].low]))] += 1
    # The gender each short form shows anywhere in the article ("Mr. Obama"): a bare
    # "President Obama" there is not Michelle Obama either.
    shown: dict[tuple[str, ...], set[str]] = defaultdict(set)
    keys = [tuple([t.low for t in sp.tokens]) for sp in spans]  # how `index` is looked up
    for sp, words, key in zip(spans, spelled, keys):
        if key in index and words not in names:
            gender = _gender(sp)
            if gender:
                shown[key].add(gender)
    out: list[Mention] = []
    for sp, words, key in zip(spans, spelled, keys):
        text = " ".join(words)
        kind = sp.kind
        name = text
        if kind in ("person", "single") or len(words) == 1:
            match = names.get(words)
            # "King Hussein" is a monarch's own name, not Saddam Hussein's short form
            royal = _regnal(sp.role) if len(words) == 1 else None
            if royal and not any(h.titles & lx.REGNAL_TITLES for h in index.get(key, {}).values()):
                kind, name = "person", f"{royal} {text}"
                out.append(Mention(sp.start, sp.end, text, kind, name, sp.role))
                continue
            if not match and key in index:  # (no short form of anyone's name otherwise)
                # a surname beats the gazetteer ("Jordan" after "Rep. Jim Jordan"), but only
                # for a full name that is surely a person's
                strict = kinds.place(text.lower()) or text.lower() in lx.ORGANISATIONS
                match = _alias_of(sp, index, support, strict=strict, shown=shown)
            if match:
                kind, name = "person", match
            elif kind == "single":
                low = words[0].lower()
                if kinds.place(low):
                    kind = "place"
                elif (
                    low in lx.ORGANISATIONS
                    or (low in lx.ORG_CUES and low not in lx.KIND_OF_BODY and sp.after_the)
                    or low in firms
                    or sp.org
                ):
                    kind = "organization"  # "the Times", "the Post", "Boeing"
                elif (
                    sp.context
                    and not sp.after_the  # "The Argus quoted": a paper, not a person
                    and low.rstrip(".") not in lx.LEGAL_FORMS
                    # (a firm's last word or a generic one: "Weil & Associates", "Service Corp.
                    # International"; a role noun: "Lawmaker urges"; a people: "Serbs maintain")
                    and low not in lx.FIRM_ENDS
                    and low not in lx.GENERIC_NAME_WORDS
                    and low not in lx.ROLE_NOUNS
                    and not (low.endswith("s") and (low[:-1] in lx.DEMONYMS or low[:-1] in lx.NAME_ADJECTIVES))
                    and not sp.name_tail
                    and not (sp.sentence_start and low.endswith(("ing", "ed")))  # "Blistering attacks"
                    and low not in lx.TITLES
                    and low not in lx.ORG_CUES
                    and low not in lx.PLACE_CUES
                    and not _SHOUT.fullmatch(words[0])
                    and (low in kinds.GIVEN or not low.endswith(lx.COMMON_WORD_ENDS))
                    and not (sp.sentence_start and low.endswith("s"))
                ):
                    # (a capitalised plural opening a sentence is a group: "Syrians said")
                    kind = "person"
                else:
                    continue
        if kind == "place":
            name = lx.PLACE_ALIASES.get(text.lower(), text).removesuffix(" airport")
        out.append(Mention(sp.start, sp.end, text, kind, name, sp.role))
    return out


def _person_names(fulls: list[tuple[str, ...]]) -> dict[tuple[str, ...], str]:
    """Each multi-word name → the fullest variant ("Paul Ryan" → "Paul D. Ryan")."""
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for w in fulls:
        by_last.setdefault(w[-1].lower(), []).append(w)
    out: dict[tuple[str, ...], str] = {}
    for w in fulls:
        best = w
        for v in by_last[w[-1].lower()]:
            if len(v) > len(best) and same_full(v, w):
                best = v
        out[w] = " ".join(best)
    return out


@dataclass
class _Holder:
    """A full name one short form may stand for: where the article uses it, and what the
    text shows of the person's gender and titles."""

    name: str
    at: list[int] = field(default_factory=list)  # in text order
    gender: str | None = None
    titles: set[str] = field(default_factory=set)
    sure: bool = False  # a given name or a role shows it is a person's name

    def add(self, sp: Span, gender: str | None, titles: set[str]) -> None:
        """One use of the name: `gender` and `titles` are what `_gender` and `role_words` read of it."""
        self.at.append(sp.start)
        self.gender = self.gender or gender
        self.titles |= titles
        self.sure = self.sure or bool(gender or sp.role)


def _alias_of(
    sp: Span,
    index: dict[tuple[str, ...], dict[str, _Holder]],
    support: Counter[str],
    strict: bool = False,
    shown: dict[tuple[str, ...], set[str]] | None = None,
) -> str | None:
    """The full name a short form stands for: one of the same gender and role if the text
    shows them ("Mr. Obama", "President Obama"), the one the article names most, then the
    nearest before, else the first after. None when only someone of the other gender
    carries the name ("Mr. Obama" where the article names only Michelle Obama)."""
    key = tuple(t.low for t in sp.tokens)
    holders = list(index.get(key, {}).values())
    if strict:
        holders = [h for h in holders if h.sure]
    if not holders:
        return None
    gender = _gender(sp)
    if gender is None and shown and len(shown.get(key, ())) == 1:
        gender = next(iter(shown[key]))  # the one gender this short form shows elsewhere
    if gender:
        holders = [h for h in holders if h.gender in (gender, None)]
        if not holders:
            return None
    titles = role_words(sp.role)
    if titles:
        holders = [h for h in holders if titles & h.titles] or holders
    top = max(support[h.name] for h in holders)
    holders = [h for h in holders if support[h.name] == top]
    if len(holders) == 1:
        return holders[0].name

    # the nearest before: the holder whose last use before this one is latest
    def last_before(h: _Holder) -> int:
        i = bisect.bisect_right(h.at, sp.start)
        return h.at[i - 1] if i else -1

    best = max(holders, key=last_before)
    if last_before(best) >= 0:
        return best.name
    return min(holders, key=lambda h: h.at[0]).name


def _regnal(role: str | None) -> str | None:
    """The title a monarch, a prince or a pope is named by, as written ("Prince" of "Crown
    Prince"), when the role ends in one."""
    last = role.split()[-1] if role else ""
    return last if last.lower().rstrip(".") in lx.REGNAL_TITLES else None


def _gender(sp: Span) -> str | None:
    first = sp.tokens[0].low
    words = role_words(sp.role) | {sp.honorific}
    if words & lx.MALE_WORDS or first in lx.MALE_NAMES:
        return "male"
    if words & lx.FEMALE_WORDS or first in lx.FEMALE_NAMES:
        return "female"
    return None


def role_words(role: str | None) -> set[str]:
    """The titles in a role, in one spelling: "Sen." and "Senator" are one office."""
    if not role:
        return set()
    words = {w.lower().rstrip(".") for w in role.split()} & lx.TITLES
    return {lx.TITLE_SPELLING.get(w, w) for w in words}


def same_full(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two full names with one surname for the same person: equal, one a tail of the other
    that opens with a particle or no given name ("bin Laden", "Wasserman Schultz"), the same
    given name ("Paul D. Ryan"), or a one-letter variant."""
    la, lb = [w.lower() for w in a], [w.lower() for w in b]
    if len(la) < len(lb):
        la, lb = lb, la
    if la == lb:
        return True
    if la[-1] != lb[-1]:
        return False
    if la[-len(lb) :] == lb and (lb[0] in lx.PARTICLES or (len(lb) > 1 and lb[0] not in kinds.GIVEN)):
        return True  # "bin Laden", "Wasserman Schultz": a surname of two words without the given name
    if len(la) > 2 and len(lb) > 2 and _initials(la[1:-1]) != _initials(lb[1:-1]):
        return False  # both give a middle name, and not the same: George H.W. Bush, George W. Bush
    return la[0] == lb[0] or (len(la) == len(lb) and la[1:] == lb[1:] and _close(la[0], lb[0]))


def _initials(middle: list[str]) -> str:
    """A middle name as its initials: "h.w." -> "hw", "forbes" -> "f", "f." -> "f"."""
    return "".join(w.replace(".", "") if "." in w else w[:1] for w in middle)


def _close(x: str, y: str) -> bool:
    """One letter apart and long enough not to join different people (Osama / Usama, but
    not Mark / Mary or Ivana / Ivanka)."""
    return len(x) == len(y) >= 5 and sum(c != d for c, d in zip(x, y)) == 1
