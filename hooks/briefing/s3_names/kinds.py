"""Tell what a run of capitalised words names — a person, an organisation, a place, or
nothing — by gazetteers, cue words and the words around it, and split a title in front
("Russian Foreign Minister Sergey Lavrov") off as the person's role.
"""

from __future__ import annotations

import itertools
import re

from briefing import lexicon as lx
from briefing.s3_names.capitals import PLACES as _PLACES
from briefing.s3_names.capitals import Span, Token, place

_INITIAL = re.compile(r"[A-Z]\.")
_DIGIT = re.compile(r"\d")
_ROMAN = re.compile(r"(?:II|III|IV|V|VI|VII|VIII|IX|X)")
_AIRPORT = re.compile(r" (airport)\b")
# A legislator's party and state: "(R-AZ)", "D-N.Y."
_PARTY_TAG = re.compile(r"[rdi]-[a-z.]{2,5}")
_MODEL = re.compile(r" [A-Z]?\d{2,}")
_ROLE_WORDS = lx.TITLES | lx.ROLE_MODIFIERS | lx.ROLE_NOUNS
GIVEN = lx.MALE_NAMES | lx.FEMALE_NAMES
_AGE = re.compile(r", \d{1,3},")
_SIGNATURE = re.compile(r"[―—–-]\s*$")
# What ends a line, as for paragraphs (load): \n, \r (a file from an old Mac), \r\n, and the rest.
_BREAKS = "\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029"
_LINE_END = re.compile(rf"[^\S{_BREAKS}.]*\.?[^\S{_BREAKS}]*(?:[{_BREAKS}]|$)")
_STATE_AFTER = re.compile(r", ((?:[A-Z][a-z]+ )?[A-Z][a-z]+\.?|[A-Z]\.[A-Z]\.)(?=[,.;:)]|$| [a-z*(–—-])", re.M)
# A capital inside a word that is no name prefix (Mc, Mac, O', De, La, Di, Van).
_CAMEL = re.compile(r"(?!Mc|Mac|O'|O’|De|Du|La|Le|Di|Da|Van|Von)[A-Z][a-z]+[A-Z]")
_NEXT_WORD = re.compile(r",?\s+(?:also\s+|then\s+|later\s+)?([a-z]+)")
_PREV_WORD = re.compile(r"([a-z]++)\s++$")  # possessive: no shorter run ends at $ either
_LOWER_ROLE = re.compile(r"\b(?:former|then|ex|late|outgoing|incoming|acting)[- ]$")
_APPOSITIVE = re.compile(r",\s+(?:a|an|the|who|whose|his|her)\b")
_TOWNS = lx.CITIES | lx.MORE_CITIES


def classify(body: str, sp: Span, lower_words: set[str]) -> Span | None:
    """The run as a name of some kind (its front trimmed, a title split off as the role), or
    None; "single" and "maybe" runs are decided once the article's people are known."""
    toks = sp.tokens
    shouted = [t for t in toks[toks[0].low == "the" :] if t.text.isupper() and len(t.text) > 1 and t.text.isalpha()]
    if (
        len(shouted) >= 2
        and any(_shouted(t.low, lower_words) for t in shouted)
        and toks[-1].low not in lx.LEGAL_FORMS  # "CMS ENERGY Corp."
    ):
        return None  # a heading in capitals: "THE OTHER SIDE OF …", "POLL FAVORS TRUMP"
    # "Canadian Auto Workers CAW contract": the acronym after the name is written again
    if len(toks) > 2 and toks[-1].text == "".join(t.text[0] for t in toks[:-1] if t.cap):
        toks = toks[:-1]
    # Sentence openers, weekdays, demonyms: peel them off the front, unless they open a
    # title ("Russian President Vladimir Putin").
    while (
        toks
        and _not_a_name(toks[0], sp.sentence_start and toks[0] is sp.tokens[0], lower_words)
        and not _role_end([t.low for t in toks])
        and not _given_month(toks)
        and not _named_by_front(body, toks)
        and not _known_whole(toks)
    ):
        toks = toks[1:]
    # "South Korean Hyundai Motor Company": adjectives before a known company are not its name
    known = next(
        (
            i
            for i, t in enumerate(toks)
            if t.low not in lx.NAME_ADJECTIVES and t.low not in lx.COMPASS and t.low != "new"
        ),
        0,
    )
    if (
        known
        and (toks[known].low in lx.ORGANISATIONS or toks[known].low in lx.STOCK_INDICES)
        and not _known_whole(toks)
    ):
        toks = toks[known:]
    # A model number ends the name of its maker: "Airbus A380", "Northrop Grumman KC-45 tankers".
    model = next((i for i, t in enumerate(toks) if _DIGIT.search(t.text)), -1)
    if model >= 0:
        if " ".join(t.low for t in toks) in lx.ORGANISATIONS:
            model = -1  # "G7"
        elif model == 0 or toks[model - 1].low in lx.NUMBER_LABELS:
            return None  # a model, an amount, a code, a label: "A380", "SGD1.75", "Chapter 11"
        else:
            toks = toks[:model]
    if len(toks) == 2 and toks[0].low in lx.NUMBER_LABELS and len(toks[1].text) == 1:
        return None  # "Class A shares"
    if len(toks) == 2 and _ROMAN.fullmatch(toks[-1].text) and toks[0].low not in GIVEN:
        return None  # "Delta IV", "Atlas V": a rocket or a model, not a person's "III"
    if not toks:
        return None
    if toks is not sp.tokens:
        sp = Span(toks, sp.sentence_start and toks[0] is sp.tokens[0])
    if model > 0:
        sp.model = True
    # (else the run from `capitals` is taken as it is: nothing is set on it yet)
    words = [t.low for t in toks]
    low = " ".join(words)  # sp.low()
    last = words[-1]
    if low in lx.ORGANISATIONS:
        return _kind(sp, "organization")
    if airport := _AIRPORT.match(body, sp.end):
        # "John F. Kennedy airport": the airport's name is the run; the word joins the mention
        sp.tokens = [*toks, Token(airport.start(1), airport.end(1), airport.group(1))]
        return _kind(sp, "place")
    if (
        low in lx.NOT_ORGANISATIONS
        or low in lx.STOCK_INDICES
        or _PARTY_TAG.fullmatch(low)
        or body.startswith("$", sp.end)
    ):
        return None  # "12:30 EST", "the CEO", "(R-AZ)", "the Nikkei": no organisation
    if place(low):
        return _kind(sp, "place")
    if len(words) > 1 and all(w in lx.NAME_ADJECTIVES or w in lx.COMPASS for w in words):
        return None  # "North American": an adjective
    # A title in front makes the rest a person's name and the front their role.
    cut = _role_end(words) if len(words) > 1 else 0  # (one word leaves no name after a title)
    rest = toks[cut:] if cut else []
    if (
        rest
        and any(t.cap for t in rest)
        and (rest[0].low not in lx.NOT_NAMES or _given_month(rest))
        and (
            (words[cut - 1] in lx.HONORIFICS and not (len(rest) == 1 and rest[0].low in lx.ADDRESSED_OFFICES))
            or not all(t.low in _ROLE_WORDS for t in rest)
        )  # "Mr. King" is a name, "Mr. President" none
        and last not in lx.ORG_CUES
        and last not in lx.OTHER_CUES
        and last not in lx.PLACE_CUES
    ):
        # "President Obama Speech at …": a common word is not part of the name
        while len(rest) > 1 and rest[-1].low in lower_words:
            rest = rest[:-1]
        # "Miss Universe Alicia Machado": after a title of address, words before a given name
        # belong to the title
        given_at = next((i for i in range(1, len(rest) - 1) if rest[i].low in GIVEN), 0)
        if given_at and rest[0].low not in GIVEN and words[cut - 1] in lx.HONORIFICS:
            cut += given_at
            rest = rest[given_at:]
        out = Span(rest, False, "person")
        out.honorific = words[cut - 1]
        if words[cut - 1] not in lx.HONORIFICS or cut > 1:
            before = _LOWER_ROLE.search(body, max(0, toks[0].start - 12), toks[0].start)
            out.role = body[before.start() if before else toks[0].start : toks[cut - 1].end]
        return out
    if last in lx.OTHER_CUES:
        return None
    office = next((w for w in words if w not in lx.ROLE_MODIFIERS), "")  # "Assistant Secretary of …"
    if office in lx.TITLES and ("of" in words or "for" in words) and not any(w in GIVEN for w in words):
        return None  # "Secretary of State", "Secretary of Defense": an office, no name
    if len(toks) > 1 and last == "assembly" and " ".join(words[:-1]) in _TOWNS:
        return _kind(sp, "place")  # "Louisville Assembly": a town's car plant, not a legislature
    if (
        len(toks) > 1
        and (
            last in lx.ORG_CUES
            or last in lx.LEGAL_FORMS
            or words[0] in lx.FOREIGN_ORG_HEADS  # "Banque Internationale de Placement"
            or (any(t.text == "&" for t in toks[1:-1]) and words[0] not in GIVEN)  # "Bailey & Glasser"
            or (
                words[0] not in lx.TITLES
                and any(w in lx.ORG_HEADS and nxt in ("of", "for") for w, nxt in itertools.pairwise(words))
            )
        )
    ):
        if len(toks) == 2 and words[0] in GIVEN and not sp.sentence_start and _person_context(body, sp):
            return _kind(sp, "person")  # "Jim Press, the vice chairman": a surname that is also a cue
        return _kind(sp, "organization")
    if (len(toks) > 1 and (last in lx.PLACE_CUES or words[0] in lx.PLACE_HEADS)) or (
        (state := _STATE_AFTER.match(body, sp.end)) and _region(state.group(1).lower())
    ):
        return _kind(sp, "place")  # "Fort Wayne", "Kenansville, N.C.", "Flint, Michigan"
    if len(toks) == 1:
        t = toks[0]
        if t.text.isupper() and 2 <= len(t.text.replace(".", "")) <= 6:
            if _shouted(t.low, lower_words):
                return None  # a word shouted ("TEXT", "NOW") that the article also writes small
            return _kind(sp, "organization")
        if t.low.endswith(lx.WEB_ENDINGS):
            return _kind(sp, "organization")  # Detik.com
        if _CAMEL.match(t.text):
            return _kind(sp, "organization")  # PolitiFact, YouTube
        # (a sentence's first word the article also writes small is a common word: "Lower
        # rates", "Newspaper reports said")
        sp.context = not (sp.sentence_start and t.low in lower_words) and _person_context(body, sp)
        sp.after_the = body[max(0, sp.start - 4) : sp.start] in ("the ", "The ")
        sp.name_tail = bool(_NAME_TAIL.search(body, max(0, sp.start - 40), sp.start))
        sp.model = bool(_MODEL.match(body, sp.end))
        if sp.model and t.low in lx.NUMBER_LABELS:
            return None  # "Chapter 11", "Local 1520": a label, not a maker

        sp.org = org_context(body, sp)
        if sp.org == "office":
            sp.context = False  # the speaker is the holder named after it
            if t.low in lower_words or t.low.endswith(lx.COMMON_WORD_ENDS):
                sp.org = ""  # a common word capitalised: "Automotive analyst Dennis DesRosier"
        return _kind(sp, "single")  # decided once the article's people are known
    if all(w in lx.NOT_NAMES for w in words):
        return None
    if last in lx.PARTY_MEMBERS:
        return _kind(sp, "organization")  # "Senate Democrats", "LGBT Republicans"
    if last.endswith("s") and (last[:-1] in lx.DEMONYMS or last[:-1] in lx.NAME_ADJECTIVES):
        return None  # "Cuban Americans", "Rwanda Hutus": a people, not a person
    if last in lx.PARTIES or all(w in _ROLE_WORDS for w in words) or (last in lx.TITLES and words[0] not in GIVEN):
        return None  # "Iowa Republican", "Assistant Secretary", "Airbus President": no name
    if sum(t.text.isupper() for t in toks) >= 3:
        return None  # "CONGRESS HAS INVESTIGATED HIM": a shouted heading
    given = next((i for i in range(1, len(words) - 1) if words[i] in GIVEN), 0)
    if given and words[0] not in GIVEN:
        # "Maricopa County Recorder Helen Purcell", "Filmmaker Jack Marino": what comes
        # before a given name is a role or nothing
        front = toks[:given]
        out = Span(toks[given:], False, "person")
        if any(t.low in _ROLE_WORDS for t in front):
            out.role = body[front[0].start : front[-1].end]
        return out
    if words[0] in lx.ORG_FRONTS:
        return _kind(sp, "organization")  # "Air France"
    if any(t.text.isupper() and len(t.text) > 1 and "." not in t.text and t.low not in lx.NAME_SUFFIXES for t in toks):
        if all(t.text.isupper() and (t.low in lower_words or t.low in lx.NOT_NAMES) for t in toks):
            return None  # words shouted ("PROGRAM TRADING", "WE WIN"), not a name
        return _kind(sp, "organization")  # "RT America", "USA TODAY", "TD Ameritrade"
    if (
        words[0] in GIVEN
        or any(w in lx.PARTICLES for w in words)
        or (len(toks) == 3 and _INITIAL.fullmatch(toks[1].text))
    ):
        return _kind(sp, "person")  # "Lawrence B. Cummings": a middle initial
    # Unknown runs of two to four words may be people, unless some word is also used as a
    # common word in the article ("Terrorist International"); `fullnames.resolve` decides.
    if len(toks) > 1 and words[0] in lx.ORGANISATIONS:
        tail = words[1:]
        if place(" ".join(tail)):
            return _kind(sp, "organization")  # a company's branch: "Ford Australia"
        if (
            len(tail) == 1
            and toks[1].text[1:].islower()
            and tail[0] not in lx.ORG_CUES
            and tail[0] not in lx.LEGAL_FORMS
        ):
            return None  # a company's product: "Ford Taurus", "Chrysler Aspen"
    if len(toks) <= 4 and not place(last):
        sp.org = org_context(body, sp)
        if any(w in lower_words for w in words):
            # ... though such a run may still name an organisation the words around it show
            # ("Delco Electronics", "Lehman Brothers" in a list of companies)
            return _kind(sp, "common")
        sp.context = sp.org != "office" and _person_context(body, sp)
        sp.after_the = body[max(0, sp.start - 4) : sp.start] in ("the ", "The ")
        return _kind(sp, "maybe")
    return None


def _kind(sp: Span, kind: str) -> Span:
    sp.kind = kind
    return sp


def _named_by_front(body: str, toks: list[Token]) -> bool:
    """Whether the front word belongs to the name though it is no name alone: "St. Louis",
    "Air France", or an adjective opening an organisation's name ("American Airlines",
    "European Union", "Canadian Auto Workers union")."""
    if len(toks) < 2:
        return False
    front = toks[0].low
    if (front == "st" or front in lx.ORG_FRONTS) and toks[1].cap:
        return True
    if front not in lx.NAME_ADJECTIVES:
        return False
    last = toks[-1].low
    after = _ORG_NOUN_NEXT.match(body, toks[-1].end)
    words = [t.low for t in toks]
    return (
        last in lx.ORG_CUES
        or last in lx.LEGAL_FORMS
        or _names_org(after)
        or any(w in lx.ORG_HEADS and nxt in ("of", "for") for w, nxt in itertools.pairwise(words))
    )  # "American Academy of Pediatrics"


def _known_whole(toks: list[Token]) -> bool:
    """Whether the run opens with a known organisation or place of two or three words whose
    first word is no name alone ("White House", "Northern Ireland")."""
    for n in (3, 2):
        if len(toks) >= n:
            low = " ".join(t.low for t in toks[:n])
            if low in lx.ORGANISATIONS or low in _PLACES:
                return True
    return False


def _given_month(toks: list[Token]) -> bool:
    """Whether the run opens with a month that is a given name here: a surname follows ("Jan
    Brewer"), and it is not written as the abbreviation ("Jan.")."""
    return (
        len(toks) > 1
        and toks[0].low in lx.GIVEN_NAME_MONTHS
        and not toks[0].text.endswith(".")
        and toks[1].cap
        and toks[1].low not in lx.NOT_NAMES
    )


def _not_a_name(t: Token, sentence_initial: bool, lower_words: set[str]) -> bool:
    low = t.low
    if t.text.isupper() and len(t.text) > 1:
        return low in {"i", "a"} or _shouted(low, lower_words)
    if low in lx.NOT_NAMES:
        return True
    if not t.cap:
        return t.text not in lx.PARTICLES
    if (
        sentence_initial
        and low not in lx.TITLES
        and low not in lx.MALE_NAMES
        and low not in lx.FEMALE_NAMES
        and not place(low)
        and low not in lx.ORGANISATIONS
    ):
        return low in lower_words or low.endswith("ly")
    return False


def _shouted(low: str, lower_words: set[str]) -> bool:
    """Whether a word written in capitals is a common word shouted ("NOW", "ALL", "TEXT"): a
    function word, or one of four letters or more the article also writes in lower case; not
    a known organisation or place ("WHO", "US")."""
    if low in lx.ORGANISATIONS or place(low):
        return False
    return low in lx.STOPWORDS or (len(low) >= 4 and low in lower_words)


def _region(low: str) -> bool:
    """A state, province or country: what follows a town's name after a comma."""
    low = lx.PLACE_ALIASES.get(low, low).lower() if low in lx.PLACE_ALIASES else low
    return low in lx.US_STATES or low in lx.COUNTRIES or low in lx.PROVINCES or low in lx.PLACE_ALIASES


def _role_end(words: list[str]) -> int:
    """Number of leading words that form a title ("former us president"), or 0."""
    end = unknown = 0
    for i, w in enumerate(words):
        if w in lx.HONORIFICS or w in ("dr", "prof"):
            return i + 1  # "Mr. King": a name always follows
        if (
            w in lx.TITLES
            or (i == 0 and w in lx.ROLE_NOUNS and len(words) >= 3)
            or (w in lx.PARTIES and i > 0)
            or (end == i and i > 0 and w in lx.ROLE_NOUNS)
        ):
            # ("Chief Executive Dermot Mannion": a role noun right after a title)
            end = i + 1  # "Activist Angela Davis" opening a sentence
        elif w in lx.ROLE_MODIFIERS or w in lx.DEMONYMS or place(w) or w == "of" or w in lx.ORG_CUES:
            continue
        elif not end and unknown < 3 and w not in lx.MALE_NAMES and w not in lx.FEMALE_NAMES and w not in lx.NOT_NAMES:
            unknown += 1  # "Retired Lt. Gen.", "PolitiFact Executive Director"
        else:
            break
    # "Secretary of State John F. Kerry", "Secretary of Defense Leon Panetta"
    while (
        0 < end < len(words) - 2
        and words[end] == "of"
        and (words[end + 1] in lx.ROLE_MODIFIERS or words[end + 1] in lx.ORG_CUES or place(words[end + 1]))
    ):
        end += 2
    return end


def _person_context(body: str, sp: Span) -> bool:
    if _SIGNATURE.search(body, max(0, sp.start - 4), sp.start) and _LINE_END.match(body, sp.end):
        return True  # “…” ― Veronica Cruz
    if len(sp.tokens) == 1:
        # one word alone needs a cue verb: "Caddell said", but "Loki, the …" says nothing;
        # opening a sentence, a verb that is no noun too ("Amid reports", "Newspaper reports")
        after = _next_word(body, sp.end)
        if sp.sentence_start and after in lx.SPEECH_NOUNS_TOO:
            return False
        return after in lx.SPEECH_VERBS or _prev_word(body, sp.start) in lx.SAYING
    before = body[max(0, sp.start - 30) : sp.start].lower().split()
    if before and before[-1].strip(",") in lx.ROLE_NOUNS:
        return True
    after = body[sp.end : sp.end + 12]
    if _APPOSITIVE.match(after):
        return True
    if _AGE.match(body, sp.end):
        return True  # "Quina Jones, 25,"
    return _next_word(body, sp.end) in lx.SPEECH_VERBS or _prev_word(body, sp.start) in lx.SPEECH_VERBS


# A capitalised word and a joiner before a word: the word ends a longer name.
_NAME_TAIL = re.compile(r"\b[A-Z][\w’'.-]*\s+(?:for|of|to)\s+(?:the\s+)?$")
# A name that says, announces or reports something of "its" own: a company, not a person.
_SAYS_ITS = re.compile(
    r"\s+(?:also\s+)?(?:said|says|announced|announces|reported|reports|added|noted)\s+(?:that\s+)?its\b"
)
_WORDS_AFTER = re.compile(r"(?:['’]s)?,?\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?")
_WORD_BEFORE = re.compile(r"([a-z][a-z-]*)(,?)\s+(?:the\s+)?$")
_APPOSED = re.compile(r",\s+(?:a|an|the|[A-Z][\w.]*['’]s)\s+([\w\s-]{1,60})")
_WORKS_AT = re.compile(r"\b([a-z]+)\s+(?:of|at|for|with|from)\s+(?:the\s+)?$")
_OWNER = re.compile(r"\b([A-Z][\w.]*)['’]s\s+$")
# A plural noun for organisations right after a list: "the Hummer and Saab vehicle brands".
_ORG_NOUN_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:" + "|".join(sorted(w for w in lx.ORG_NOUNS if w.endswith("s"))) + r")\b"
)
_LIST_GAP = re.compile(r"(?: \([^()]{1,40}\))?(?:, | and |, and | or | & )")
_ORG_NOUN_NEXT = re.compile(r" ([a-z-]+)\b(?: ([a-z-]+)\b)?")
_CLOSES = re.compile(r"[,.;:)]|$")
_LIST_BEFORE = re.compile(r"(?:\band|\bor|&|,)\s+$")
# An office held at the run, then the holder's name: "Uralsib analyst Chris Weafer", "Bell
# Curve Trading chief strategy expert, Bill Strazzullo". The run is where the person works
# (or whom they serve: "Trump adviser Corey Lewandowski"), not a person who speaks.
_OFFICES = sorted(
    (lx.ORG_ROLES | {"trader", "expert", "adviser", "advisor", "aide", "lawyer", "lobbyist", "consultant", "pollster"})
    - {"president", "board", "division", "unit", "shares", "subsidiary", "shareholders", "employees", "workers"}
    - {"engineers", "owner", "partner", "founder"},
    key=len,
    reverse=True,
)
_OFFICE_THEN_NAME = re.compile(
    r" (?:(?!(?:"
    + "|".join(sorted(lx.STOPWORDS))
    + r")\s)[a-z][a-z-]*\s){0,3}?(?:"
    + "|".join(map(re.escape, _OFFICES))
    + r"),? (?:[A-Z]\.\s)?[A-Z][\w’'-]+\s(?:[A-Z]\.\s)?[A-Z]"
)
# Words that end the noun phrase of an appositive ("a spokesman for the company").
_PHRASE_ENDS = frozenset({"for", "of", "at", "in", "with", "who", "that", "which", "to", "from", "on", "by"})


def org_context(body: str, sp: Span) -> str:
    """Whether the words around the run show an organisation: a noun for one in front
    ("German airline Lufthansa") or in apposition ("Magna, a Canadian parts company"), an
    office, shares or plants after it ("Ryanair CEO", "Honda sales"), or a plural verb
    after a singular name ("Aeroflot say")."""
    if len(sp.tokens) == 1 and _adjective(sp.tokens[0]):
        return ""  # "Irish stock markets", "Crimean peninsula", "Europe's East", "two-H club"
    if all(t.low in _ROLE_WORDS for t in sp.tokens):
        return ""  # "Canada's Minister": no name  # "Irish stock markets": an adjective, not a name
    if _OFFICE_THEN_NAME.match(body, sp.end, sp.end + 80) and not all(
        _adjective(t) or t.low in lx.NOT_NAMES or t.low in lx.ROLE_MODIFIERS for t in sp.tokens
    ):
        return "office"
    works = _WORKS_AT.search(body, max(0, sp.start - 40), sp.start)
    if works and works.group(1) in lx.ORG_ROLES:
        return "noun"  # "vice president of Dacia", "an analyst for Edmunds": weak, as after
    owner = _OWNER.search(body, max(0, sp.start - 30), sp.start)
    if owner and place(owner.group(1).lower()):
        return "after"  # "France's Thales", "UK's Cobham"
    before = _WORD_BEFORE.search(body, max(0, sp.start - 40), sp.start)
    if (
        before
        and before.group(1) in lx.ORG_NOUNS
        and (not before.group(2) or _CLOSES.match(body, sp.end))
        and not body.endswith(("to ", "To "), max(0, before.start() - 3), before.start())  # "to fund Zika": a verb
    ):
        return "noun"  # (after a comma only in apposition: "airline, Ryanair, said")
    app = _APPOSED.match(body, sp.end, sp.end + 100)
    if app:
        head = ""
        for w in app.group(1).split():
            if w in _PHRASE_ENDS:
                break
            head = w
        if head in lx.ORG_NOUNS:
            return "noun"
    kind_after = _ORG_NOUN_NEXT.match(body, sp.end, sp.end + 40)
    if _names_org(kind_after) and not (sp.sentence_start and len(sp.tokens) == 1):
        return "after"  # "the Delco Electronics parts group"  # the head noun of the appositive: "a Canadian parts company"
    if _SAYS_ITS.match(body, sp.end, sp.end + 40):
        return "noun"  # "Anheuser said its new strategy": a company speaks of its own
    after = _WORDS_AFTER.match(body, sp.end, sp.end + 40)
    if after:
        one, two = after.group(1), after.group(2)
        if (
            (one in lx.ORG_AFTER or (two and f"{one} {two}" in lx.ORG_AFTER))
            and not body.startswith(",", sp.end)
            and not (sp.sentence_start and len(sp.tokens) == 1)  # "Annualised sales"
        ):
            return "after"
        if (
            one in lx.PLURAL_VERBS
            and body[sp.end : sp.end + 1] == " "
            and not sp.tokens[-1].low.endswith("s")
            and not _LIST_BEFORE.search(body, max(0, sp.start - 6), sp.start)
        ):
            return "plural"
    return ""


def _names_org(after: re.Match[str] | None) -> bool:
    """Whether the one or two lower-case words after a name say it is an organisation
    ("union", "parts group")."""
    return after is not None and (after.group(1) in lx.ORG_NOUNS or after.group(2) in lx.ORG_NOUNS)


def _adjective(t: Token) -> bool:
    """A word that is no organisation's name alone: a nationality, a direction, a letter."""
    low = t.low
    return low in lx.NAME_ADJECTIVES or low in lx.COMPASS or len(low) < 2 or low.endswith(("ean", "ian", "ans", "ese"))


def in_lists(body: str, spans: list[Span]) -> None:
    """Names listed with an organisation are organisations ("Lockheed and Sikorsky", "Toyota,
    Nissan and Honda"): an unknown name in such a list is marked as shown by it."""
    chain: list[Span] = []
    joined = False  # an "and", "or" or "&" between two of them: a list, not an apposition

    def close() -> None:
        if (
            len(chain) > 1
            and joined
            and not any(x.kind == "person" for x in chain)
            and (
                any(x.kind == "organization" or x.org in ("noun", "plural") for x in chain)
                or _ORG_NOUN_AFTER.match(body, chain[-1].end)
            )
        ):
            for x in chain:
                if (
                    x.kind in ("single", "maybe", "common")
                    and not x.org
                    and not all(t.low in _ROLE_WORDS or t.low in lx.ORG_CUES for t in x.tokens)
                    and not (len(x.tokens) == 1 and (_adjective(x.tokens[0]) or x.tokens[0].low in GIVEN))
                ):
                    x.org = "list"

    for sp in spans:
        gap = _LIST_GAP.fullmatch(body, chain[-1].end, sp.start) if chain else None
        if gap:
            joined = joined or not gap.group().endswith(", ")
            chain.append(sp)
            continue
        close()
        chain, joined = [sp], False
    close()


def _next_word(body: str, i: int) -> str:
    m = _NEXT_WORD.match(body, i, i + 30)
    return m.group(1) if m else ""


def _prev_word(body: str, i: int) -> str:
    m = _PREV_WORD.search(body, max(0, i - 20), i)
    return m.group(1) if m else ""
