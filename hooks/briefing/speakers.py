"""Attribute quotations to speakers: find the cue ("said", "according to", "what he called")
and the noun phrase that names the speaker next to it, kept as worded ("the mayor", "a
friend"), then resolve pronouns and role nouns ("He", "the Russian president") to the
nearest compatible person named in the article.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import lexicon as lx
from .model import Mention, Quote, Sentence

if TYPE_CHECKING:
    from .quotes import Span

_PAST = frozenset({"said", "told", "wrote", "sang", "read", "found", "put", "went", "spoke"})
_SAID_PRONOUN = re.compile(
    r",? (?:also |later |then )?(?:said|says|added|noted|argued|explained|wrote|insisted|told \w+)"
    r" (?:that )?(he|she)\b")
_ANY_MARK = re.compile(r"[\"“”]")
_INITIAL = re.compile(r"[A-Z]\.")
_LABEL = re.compile(r"([A-Z][A-Z’'.-]+(?: [A-Z][A-Z’'.-]+)?):\s")
_WORD = re.compile(r"\w+(?:[’'.&-]\w+)*[’']?|[,;:—–―()]")
# Words that may sit between a speaker and the cue ("Putin is quoted as saying",
# "He reportedly said", "Clinton also told").
AUXILIARIES = frozenset({
    "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "did",
    "does", "do", "also", "then", "later", "again", "once", "still", "now", "further",
    "quoted", "as", "been", "being", "not", "never", "previously", "recently", "even", "just",
    "simply", "went", "on", "to", "had", "be", "may", "might", "should", "must", "often",
})
DETERMINERS = frozenset({"the", "a", "an", "one", "his", "her", "its", "their", "this", "that",
                         "another", "our", "my"})
# Words that end a noun phrase.
STOPS = frozenset({
    "who", "which", "that", "whose", "whom", "in", "on", "at", "to", "from", "with", "during",
    "after", "before", "for", "by", "about", "according", "when", "while", "as", "if",
    "because", "but", "or", "than", "said", "says", "is", "was",
})
# Role nouns that name the same office in different words.
SYNONYMS = {
    "leader": {"president", "prime", "premier", "chancellor", "leader", "chief", "head"},
    "president": {"president", "pres"},
    "senator": {"senator", "sen"},
    "governor": {"governor", "gov"},
    "representative": {"representative", "rep", "congressman", "congresswoman"},
    "congressman": {"representative", "rep", "congressman"},
    "congresswoman": {"representative", "rep", "congresswoman"},
    "secretary": {"secretary", "sec"},
    "minister": {"minister"},
}
_NOW = {"today", "yesterday", "tonight"}
_PUNCTUATION = {",", ";", ":", "—", "–", "(", ")"}
_NAMING = {"billed", "dubbed", "named", "titled", "branded"}
# Offices below the one named: "the Republican nominee" is not the "vice presidential nominee".
_SUBORDINATE = frozenset({"vice", "deputy", "assistant", "under", "lieutenant", "associate"})
# What speaks for the person named before it: "Trump’s campaign said".
_SPEAKS_FOR = frozenset({"campaign", "office", "team", "administration", "government", "camp",
                         "spokesman", "spokeswoman", "spokesperson"})
# Groups that "they" may stand for, beside plurals and organisations.
_COLLECTIVE = _SPEAKS_FOR | frozenset({"group", "committee", "union", "panel", "board", "party",
                                       "council", "family", "coalition", "organizers", "department",
                                       "agency", "court", "commission", "police", "army", "ministry"})
# People around someone, beside the role nouns: "Scott’s family said" is not Scott.
_KIN = frozenset({"family", "relative", "ally", "niece", "nephew", "children", "parent", "staff",
                  "supporter", "cousin", "grandson", "granddaughter", "fiancé", "fiancée"})
# Nouns that look like adverbs ("A friend of the family said").
_LY_NOUNS = frozenset({"family", "rally", "ally", "assembly", "supply", "monopoly",
                       "anomaly", "bully", "homily", "folly"})
_PREPOSITIONS = frozenset({"in", "on", "at", "to", "from", "with", "through", "of", "for", "by",
                           "about", "into", "over", "under", "across", "against", "among",
                           "between", "near", "outside", "inside", "around", "like", "than"})
# Words that open a noun phrase of many: "several environmental groups said".
_QUANTIFIERS = frozenset({"several", "some", "many", "most", "other", "few", "two", "three", "four",
                          "five", "dozens", "hundreds", "thousands"})
# Words that may stand before a cue without being part of its subject's noun phrase.
_NOT_NOUN = frozenset({"what", "and", "or", "nor", "so", "there", "here", "where", "how", "why",
                       "whether", "no", "yes", "it", "i", "we", "you", "him", "them", "me", "us",
                       "all", "both", "each", "says", "say", "said"})
# A sentence this long (characters) has its phrases read once for all its quotes; a phrase
# is read in about 15 tokens, one that reads more than _NEAR is looked at apart.
_LONG_SENTENCE = 2000
_NEAR = 64
_TITLE_SMALL = {"a", "an", "the", "of", "and", "in", "on", "with", "to", "for", "at", "by"}
# Words before a quoted name that make it the title of a work or show.
TITLE_CUES = frozenset({"on", "titled", "entitled", "program", "programme", "show",
                        "episode", "book", "film", "movie", "song", "album", "column", "op-ed",
                        "headline", "series", "documentary", "article", "essay", "memoir",
                        "segment", "podcast", "play", "novel", "poem", "magazine", "newspaper"})
# Lower-case words a speaker's phrase may hold after a name began ("Bill de Blasio",
# "Secretary of State").
_NP_INNER = lx.ROLE_NOUNS | lx.ROLE_MODIFIERS | lx.PARTICLES | {"of", "and", "the"}
PERSON_ROLE_TITLES = lx.TITLES | {"leader", "nominee", "candidate", "businessman", "mogul",
                                  "billionaire", "congressman", "congresswoman"}


# Cues that put the speaker after them ("said Warren"); others take an object there
# ("criticized Obama").
INVERTING = frozenset({"said", "says", "added", "asked", "asks", "wrote", "writes", "continued",
                       "noted", "explained", "recalled", "replied", "answered", "argued",
                       "tweeted", "according", "insisted", "observed", "remarked"})


@dataclass(frozen=True)
class Candidate:
    """The words that name a speaker at an attribution, and what they are."""

    start: int
    end: int
    # person | organization | place | pronoun | it | role | label | other | context | none
    kind: str
    name: str | None = None  # a mention's name, the pronoun, or the role noun phrase
    words: tuple[int, int] | None = None  # the attribution as written, if not start:end


@dataclass
class _Found:
    candidate: Candidate | None
    cue: str | None
    direct: bool  # found next to the quote, not inherited
    shared: bool = False  # the cue's subject is the sentence's, before an earlier quote


class _Article:
    """Look-ups over one article: tokens, mentions, sentences and quoted stretches."""

    def __init__(self, body: str, sentences: Sequence[Sentence], mentions: Sequence[Mention],
                 quotes: Sequence[Span]) -> None:
        self.body = body
        self.sentences = sentences
        self.sentence_starts = [s.start for s in sentences]
        self.quotes = quotes
        self.quote_opens = [q.open for q in quotes]
        self.mentions = [m for m in mentions if not self.inside(m.start)]
        self.mention_starts = [m.start for m in self.mentions]
        first: dict[int, int] = {}
        for sent in sentences:
            first.setdefault(sent.paragraph, sent.start)
        self.paragraph_start = first
        self.people = [m for m in self.mentions if m.kind == "person"]
        self.people_starts = [m.start for m in self.people]
        # Each person's mentions (indices into `people`, with their starts), and who a
        # transcript label ("WALLACE:") names: the first person it is the name or surname of.
        self.mentions_of: dict[str, tuple[list[int], list[int]]] = {}
        self.labelled: dict[str, str] = {}
        for n, m in enumerate(self.people):
            at, starts = self.mentions_of.setdefault(m.name, ([], []))
            at.append(n)
            starts.append(m.start)
            self.labelled.setdefault(m.name.lower().split()[-1], m.name)
            self.labelled.setdefault(m.name.lower(), m.name)
        self.gender = _genders(body, mentions)
        self.roles: dict[str, set[str]] = {}
        for m in mentions:
            if m.kind == "person" and m.role:
                self.roles.setdefault(m.name, set()).update(_words(m.role))
        self.role_words: dict[str, list[str]] = defaultdict(list)  # a word of a role → who holds it
        for name, role in self.roles.items():
            for w in role:
                self.role_words[w].append(name)

        # Speakers already resolved from a pronoun or role noun, by position: antecedents too;
        # also kept apart by the gender asked for (None, "male", "female"), those of the
        # other gender left out, so a pronoun finds its nearest fit without a scan.
        self.known: list[tuple[int, str]] = []
        self.known_at: list[int] = []
        self.known_fit: dict[str | None, tuple[list[int], list[tuple[int, str]]]] = {
            g: ([], []) for g in (None, "male", "female")}
        self._first_fit: dict[tuple[int, str | None], tuple[int, str] | None] = {}
        self._subjects: dict[int, str | None] = {}
        self.phrases: dict[int, _Phrases] = {}  # of long sentences, by index
        self.quoted_by: dict[int, str] = {}  # sentence index → speaker of its last quote

    def subject(self, index: int) -> str | None:
        """The person who heads the first noun phrase of a sentence, if one does."""
        if index not in self._subjects:
            s = self.sentences[index]
            toks = [t for t in self.tokens(s.start, s.end) if not self.inside(t[0])]
            cand = _first_named(self, toks, len(toks))
            self._subjects[index] = cand.name if cand and cand.kind == "person" else None
        return self._subjects[index]

    def remember(self, pos: int, name: str) -> None:
        i = bisect.bisect_right(self.known_at, pos)
        self.known_at.insert(i, pos)
        self.known.insert(i, (pos, name))
        for gender, (at, known) in self.known_fit.items():
            if _compatible(self, name, gender, None):
                i = bisect.bisect_right(at, pos)
                at.insert(i, pos)
                known.insert(i, (pos, name))

    def first_fit(self, index: int, end: int, gender: str | None) -> str | None:
        """The first person (by position, then name) of sentence `index` before `end`,
        named or already resolved, that can be of `gender`."""
        s = self.sentences[index]
        key = (index, gender)
        if key not in self._first_fit:
            lo = bisect.bisect_left(self.people_starts, s.start)
            hi = bisect.bisect_left(self.people_starts, s.end)
            self._first_fit[key] = min(((m.start, m.name) for m in self.people[lo:hi]
                                        if _compatible(self, m.name, gender, None)), default=None)
        best = self._first_fit[key]
        if best is not None and best[0] >= end:
            best = None
        at, known = self.known_fit[gender]
        i = bisect.bisect_left(at, s.start)
        if i < len(at) and at[i] < end:
            first = min(k for k in known[i: bisect.bisect_right(at, at[i])])
            best = first if best is None else min(best, first)
        return best[1] if best else None

    def inside(self, pos: int) -> bool:
        i = bisect.bisect_right(self.quote_opens, pos) - 1
        return i >= 0 and pos < self.quotes[i].close

    def sentence_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)

    def tokens(self, start: int, end: int) -> list[tuple[int, int, str]]:
        return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(self.body, start, end)]


def attribute(body: str, sentences: Sequence[Sentence], mentions: Sequence[Mention],
              spans: Sequence[Span]) -> list[Quote]:
    """A `Quote` for each span, with its speaker where the text names one."""
    # Titles and scare-quoted names are no one's words and no boundary for attributions.
    spans = sorted((s for s in spans if not _title(body, s)), key=lambda s: s.open)
    art = _Article(body, sentences, mentions, spans)
    found = [_direct(art, i) for i in range(len(spans))]
    for i in range(1, len(found)):
        # "X, which Trump had called a “disaster” and promised to “rip up”": one subject
        if found[i].shared and found[i - 1].candidate is not None and found[i - 1].direct \
                and art.sentence_at(spans[i - 1].open) == art.sentence_at(spans[i].open):
            found[i].candidate = found[i - 1].candidate
    _inherit(art, found)
    out: list[Quote] = []
    for q, f in zip(spans, found):
        cand = f.candidate
        if cand is not None and cand.kind == "pronoun" and cand.name == "they":
            group = _they(art, cand.start)
            if group is not None:  # the pronoun's place, the group's words
                cand = Candidate(cand.start, cand.end, group.kind, group.name,
                                 group.words or (group.start, group.end))
        name = _resolve(art, cand) if cand else None
        if cand and name and cand.kind in ("pronoun", "role"):
            art.remember(cand.start, name)
        if name and cand and cand.kind in ("person", "pronoun", "role", "label"):
            art.quoted_by[art.sentence_at(max(q.open, q.close - 1))] = name
        named = cand is not None and cand.kind not in ("context", "none")
        out.append(Quote(q.start, q.end, art.sentence_at(q.open), name,
                         cand.start if named else None, cand.end if named else None, f.cue,
                         _wording(art, cand, name)))
    return out


def _wording(art: _Article, cand: Candidate | None, name: str | None) -> str | None:
    """The attribution as the article words it: the phrase at the cue, or the resolved name
    where that phrase is a pronoun, a transcript label or missing."""
    if cand is None or cand.kind in ("pronoun", "it", "context", "label", "none"):
        return name
    start, end = cand.words or (cand.start, cand.end)
    words = " ".join(art.body[start:end].split()).strip(",;:—–-( ")
    return words or name


def _title(body: str, q: Span) -> bool:
    """Not words someone said: “Face the Nation” on MSNBC’s “Morning Joe”, a nickname
    (Rep. Robert C. "Bobby" Scott), a stage direction ("(CROSSTALK.)")."""
    text = body[q.start: q.end]
    if text[:1] in "([" and text.rstrip(".")[-1:] in ")]":
        return True
    words = [w for w in text.split() if w.lower() not in _TITLE_SMALL]
    if not words or len(words) > 6 or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False
    before = body[max(0, q.open - 30): q.open].split()
    after = body[q.close: q.close + 30].split()
    last = before[-1].strip(",:").lower() if before else ""
    if len(words) == 1 and before and after and before[-1][:1].isupper() and after[0][:1].isupper() \
            and (not before[-1].endswith((".", ",", ":")) or _INITIAL.fullmatch(before[-1])):
        return True  # a nickname between a first name and a surname
    if len(before) > 1 and last == "as" and before[-2].lower() in _NAMING:
        return True  # an event "billed as “Hard Hats for Hillary”"
    if len(before) > 1 and last == "of" and before[-2].lower() in TITLE_CUES | {"edition", "season"}:
        return True  # an "episode of “The Steve Harvey Morning Show”"
    return (last in TITLE_CUES or bool(before) and before[-1].endswith(("’s", "'s"))
            or any(w.strip(",.").lower() in TITLE_CUES - {"on"} for w in after[:2])
            or words[-1].strip(",.").lower() in lx.OTHER_CUES)


# ---------------------------------------------------------------------------------------
# The cue and speaker next to a quote
# ---------------------------------------------------------------------------------------

def _direct(art: _Article, i: int) -> _Found:
    q = art.quotes[i]
    k = art.sentence_at(max(q.close - 1, q.open))
    limit = art.sentences[k].end if art.sentences else len(art.body)
    if limit <= q.close + 1 and k + 1 < len(art.sentences) and art.body[q.end - 1: q.end] in "?!…—-" \
            and art.sentences[k + 1].paragraph == art.sentences[k].paragraph \
            and art.sentences[k + 1].end - art.sentences[k + 1].start <= 60 \
            and not _ANY_MARK.search(art.body, art.sentences[k + 1].start, art.sentences[k + 1].end):
        limit = art.sentences[k + 1].end  # “…?” Graham asked. — split after the mark
    if i + 1 < len(art.quotes) and art.quotes[i + 1].open < limit:
        limit = art.quotes[i + 1].open
    label = _LABEL.match(art.body, q.start, q.end)
    if label:
        # a transcript inside the quote: "WALLACE: Let's start with …"
        return _Found(Candidate(label.start(1), label.end(1), "label", label.group(1)), ":", True)
    right = _after(art, q.close, limit)
    if right:
        return right
    first = art.sentences[art.sentence_at(q.open)] if art.sentences else None
    floor = first.start if first else 0
    if i > 0 and art.quotes[i - 1].close > floor and art.quotes[i - 1].paragraph == q.paragraph:
        floor = art.quotes[i - 1].close
    left = _before(art, floor, q.open)
    if left:
        return left
    later = _later(art, q.close, limit)
    if later:
        return later
    # No cue: the subject of the sentence, if any, is a guess kept for quotes nobody continues;
    # a thing ("The piece used one of …") says nothing without a cue: no one is named.
    toks = art.tokens(floor, q.open)
    cand = _first_named(art, toks, len(toks), things=True)
    if cand is not None and cand.kind == "other":
        cand = Candidate(q.open, q.open, "none")
    return _Found(cand, None, False)


def _after(art: _Article, start: int, limit: int) -> _Found | None:
    """Attribution right after the closing mark: “…,” said X / X said / X, a …, said."""
    toks = art.tokens(start, limit)
    dash = False
    while toks and toks[0][2] in {",", "—", "–", ":", "(", "―", "-"}:
        dash = dash or toks[0][2] in {"—", "–", "―", "-"}
        toks = toks[1:]
    if not toks:
        return None
    first = toks[0][2].lower()
    if first == "according" and len(toks) > 2 and toks[1][2].lower() == "to":
        cand, _ = _phrase(art, toks, 2)
        return _Found(cand, "according to", True) if cand else None
    if first in lx.SPEECH_VERBS and not first.endswith("ing"):
        cand, _ = _phrase(art, toks, 1)
        if cand:
            return _Found(cand, toks[0][2], True)
    if first in ("it", "this") and _verb_after(toks, 1) is not None:
        # “…,” it read: a document or statement speaks, no person
        return _Found(Candidate(toks[0][0], toks[0][1], "it"), toks[_verb_after(toks, 1)][2], True)
    cand, k = _phrase(art, toks, 0)
    if not cand:
        return None
    if cand.kind in ("role", "other") and k < len(toks) and toks[k][2] == ",":
        named, after = _phrase(art, toks, k + 1)
        if named and named.kind == "person" and after < len(toks) and toks[after][2] in (",", "("):
            cand = named  # “…” Scott's niece, state Del. Marcia Price, shouted
    verb = _verb_after(toks, k)
    if verb is not None and not (cand.kind == "person" and verb == k and _base_form(toks[verb][2])):
        # ("a Donald Trump tweet attacking …": a name and a bare "tweet" make a noun)
        return _Found(cand, toks[verb][2], True)
    if dash and cand.kind == "person":
        return _Found(cand, "―", True)  # “…” ― Pamela Padilla
    return None


def _later(art: _Article, start: int, limit: int) -> _Found | None:
    """A cue further on in the sentence: “…” for criminal behavior, she said."""
    toks = art.tokens(start, limit)
    for v, (_, _, w) in enumerate(toks):
        if w.lower() == "according" and v + 1 < len(toks) and toks[v + 1][2].lower() == "to":
            cand, _ = _phrase(art, toks, v + 2)  # “…” at a conference, according to X
            if cand:
                return _Found(cand, "according to", True)
            continue
        if not _cue(toks, v):
            continue
        cand = _subject(art, toks, v)
        if cand is None and w.lower() in INVERTING:
            cand = _inverted(art, toks, v)  # “…” for criminal behavior, said Warren.
        if cand:
            return _Found(cand, w, True)
    return None


def _verb_after(toks: list[tuple[int, int, str]], k: int) -> int | None:
    """Index of the cue after a speaker ending at token k, past auxiliaries or an appositive."""
    j = _skip_parenthesis(toks, k)
    while j < len(toks) and (toks[j][2].lower() in AUXILIARIES or _adverb(toks[j][2])
                             or _weekday(toks[j][2])):
        j += 1
    if j < len(toks) and toks[j][2].lower() in lx.SPEECH_VERBS:
        return j
    if j < len(toks) and toks[j][2] == ",":
        # "X, a lawyer for Y, said": the cue after the next comma
        for n in range(j + 1, len(toks) - 1):
            if toks[n][2] == ",":
                m = n + 1
                while m < len(toks) and (toks[m][2].lower() in AUXILIARIES or _adverb(toks[m][2])):
                    m += 1
                if m < len(toks) and toks[m][2].lower() in lx.SPEECH_VERBS:
                    return m
    return None


def _cue(toks: list[tuple[int, int, str]], v: int) -> bool:
    """A speech verb used as a verb, or the first word of a two-word cue ("put it")."""
    word = toks[v][2].lower()
    if word in lx.SPEECH_VERBS:
        # "measures added by Republicans": a participle, no one speaking
        return not _noun_use(toks, v) and not (v + 1 < len(toks) and toks[v + 1][2].lower() == "by")
    return v + 1 < len(toks) and (word, toks[v + 1][2].lower()) in lx.SPEECH_PHRASES


def _claim(art: _Article, toks: list[tuple[int, int, str]], v: int) -> Candidate | None:
    """The owner of a claim whose content follows: "Trump’s claim that …", "Obama's words:"."""
    if v == 0 or toks[v][2].lower() not in lx.CUE_NOUNS or v + 1 >= len(toks):
        return None
    if toks[v + 1][2].lower() not in ("that", ":") or not toks[v - 1][2].endswith(("’s", "'s")):
        return None
    cand, _ = _phrase(art, toks, v - 1, v)
    return cand if cand and cand.kind in ("person", "organization") else None


def _base_form(word: str) -> bool:
    low = word.lower()
    return not low.endswith(("s", "ed", "ing")) and low not in _PAST


def _noun_use(toks: list[tuple[int, int, str]], v: int) -> bool:
    """ "Trump's tweet", "a statement", "the report", "United States": no verb here."""
    if toks[v][2][:1].isupper():
        return v > 0 or toks[v][2].lower() not in INVERTING
    if v == 0:
        return False
    prev = toks[v - 1][2]
    if v > 1 and toks[v - 2][2].lower() in ("a", "an") and _base_form(toks[v][2]):
        return True  # "a declarative answer" (a friend "answers")
    return prev.lower() in DETERMINERS or prev.lower() in _PREPOSITIONS - {"to"} \
        or prev.endswith(("’s", "'s", "s’", "s'"))


def _skip_parenthesis(toks: list[tuple[int, int, str]], k: int) -> int:
    """The token after "(D-Wis.)" when one starts at k."""
    if k < len(toks) and toks[k][2] == "(":
        for n in range(k + 1, min(len(toks), k + 8)):
            if toks[n][2] == ")":
                return n + 1
    return k


def _before(art: _Article, floor: int, end: int) -> _Found | None:
    """Attribution before the opening mark: X said, “…” / He called it a “…” / according to X."""
    toks = art.tokens(floor, end)
    for v in range(len(toks) - 1, -1, -1):
        word = toks[v][2].lower()
        if word == "according" and v + 1 < len(toks) and toks[v + 1][2].lower() == "to":
            cand, _ = _phrase(art, toks, v + 2)
            return _Found(cand, "according to", True)
        said_by = _claim(art, toks, v)
        if said_by is not None:
            return _Found(said_by, toks[v][2], True)  # "Trump’s claim that there were “…”"
        if not _cue(toks, v):
            continue
        cand = _subject(art, toks, v)
        if cand is None and word in INVERTING:
            cand = _inverted(art, toks, v)  # Said Ellis: “…”
        if cand is None and toks and art.sentences:
            # "… and said she has …": the subject of the whole sentence
            sent = art.sentences[art.sentence_at(toks[0][0])]
            if sent.start < toks[0][0]:
                cand = _named_before(art, art.sentence_at(toks[0][0]), toks[v][0])
                return _Found(cand, toks[v][2], True, shared=True)
        return _Found(cand, toks[v][2], True)
    return None


def _inverted(art: _Article, toks: list[tuple[int, int, str]], v: int) -> Candidate | None:
    """The speaker after the cue at v ("said Warren"); a phrase naming no one must end the
    clause ("said the mayor.", not "said the days when …")."""
    cand, after = _phrase(art, toks, v + 1)
    if cand is not None and cand.kind == "other" and after < len(toks) \
            and toks[after][2] not in _PUNCTUATION and toks[after][2].lower() not in _PREPOSITIONS:
        return None
    return cand


def _named_before(art: _Article, index: int, end: int) -> Candidate | None:
    """`_first_named` over the tokens of sentence `index` before `end`, outside quotes."""
    s = art.sentences[index]
    if s.end - s.start > _LONG_SENTENCE and end <= s.end:
        if index not in art.phrases:
            art.phrases[index] = _Phrases(art, index)
        done, cand = art.phrases[index].before(art, end)
        if done:
            return cand
    whole = [t for t in art.tokens(s.start, end) if not art.inside(t[0])]
    return _first_named(art, whole, len(whole))


def _subject(art: _Article, toks: list[tuple[int, int, str]], v: int) -> Candidate | None:
    """The speaker left of the cue at token v."""
    j = v
    while j > 0 and (toks[j - 1][2].lower() in AUXILIARIES or _adverb(toks[j - 1][2])
                     or _weekday(toks[j - 1][2])):
        j -= 1
    if j < v and j > 1 and _verb_like(toks[j - 1][2]) and toks[j - 2][2][:1].islower():
        j -= 1  # "The email goes on to say"
    if j > 0 and toks[j - 1][2] == ")":
        # "Rep. Gwen Moore (D-Wis.) said"
        for n in range(j - 2, max(-1, j - 9), -1):
            if toks[n][2] == "(":
                j = n
                break
    relative = j > 1 and toks[j - 1][2].lower() == "who" and toks[j - 2][2] == ","
    if relative:
        j -= 2  # "Trump, who has called …": the name before the relative clause
    elif j > 1 and toks[j - 1][2].lower() in ("who", "which", "that") and _np_word(toks[j - 2][2]) \
            and toks[j - 2][2] not in _PUNCTUATION:
        relative = True
        j -= 1  # "turned to the Chicago Police Department which reported": what the pronoun stands for
    # What a relative pronoun or a gerund's subject stands for may follow a preposition:
    # "a lecture from the Mexican president, who said", "from Bush calling …".
    loose = relative or toks[v][2].lower().endswith("ing")
    if j > 0 and toks[j - 1][2].lower() in lx.PERSON_PRONOUNS:
        s, e, w = toks[j - 1]
        return Candidate(s, e, "pronoun", w.lower())
    if j > 0 and toks[j - 1][2].lower() == "it":
        return Candidate(toks[j - 1][0], toks[j - 1][1], "it")  # "what it called"
    if j > 0 and toks[j - 1][2] != ",":
        start = j
        while start > 0 and _np_back_word(toks[start - 1][2]):
            if toks[start - 1][2].lower() == "and" and (
                    start == j or start < 2 or toks[start - 2][2].lower() not in _NP_INNER):
                break  # "… sponsored by NBC News and said": a second verb, not a phrase
            start -= 1
        common = _common_start(toks, j) if not toks[v][2].endswith("ing") else None
        # Not the subject of a cue inside reported words ("Ryan said … protests demands")
        # nor the object of a preposition ("marching through the streets chanted").
        whole = common is not None and common <= start and not (
            common > 0 and toks[common - 1][2].lower() in _PREPOSITIONS and not loose) and not any(
            toks[x][2].lower() in lx.SPEECH_VERBS and not _noun_use(toks, x)
            for x in range(_clause_start(toks, common), common))
        first = common if whole else start
        cand, _ = _phrase(art, toks, first, j, whole=whole)
        if cand and cand.kind == "person" and first > 1 and toks[first - 1][2].lower() == "and":
            other = _person_ending(art, toks[first - 2][1])
            if other is not None and other.name != cand.name:
                # "Obama and Clinton call": both, so neither alone
                return Candidate(cand.start, cand.end, "group", None, (other.start, cand.end))
        # What follows a preposition is no subject ("Officials at the State Department
        # said", "calls for the party to respond"): a phrase before it, if any, is; nor is
        # someone hoped for ("seeking a leader to counter …").
        if cand and first > 0 and toks[first - 1][2].lower() in _PREPOSITIONS and not loose:
            head = _first_named(art, toks, j)
            if head is not None or cand.kind == "other":
                return head
        if cand and relative and cand.kind == "other" and not _group_noun(toks[j - 1][2].lower()):
            cand = None  # "a comment that described …" is no speaker; "the department which reported" is
        if cand and not (cand.kind in ("role", "other") and toks[v - 1][2].lower() == "to"
                         and toks[first][2].lower() in ("a", "an")):
            return cand
    # "X, a lawyer for Y, said" or "In an interview, X said"
    return _first_named(art, toks, j)


def _person_ending(art: _Article, end: int) -> Mention | None:
    """The person named by a mention that ends at `end`."""
    i = bisect.bisect_left(art.mention_starts, end) - 1
    while i >= 0 and art.mentions[i].start > end - 80:
        m = art.mentions[i]
        if m.end == end and m.kind == "person":
            return m
        i -= 1
    return None


def _clause_start(toks: list[tuple[int, int, str]], i: int) -> int:
    """The first token of the clause holding token i: after the last comma or semicolon."""
    while i > 0 and toks[i - 1][2] not in (",", ";"):
        i -= 1
    return i


def _common_start(toks: list[tuple[int, int, str]], j: int) -> int | None:
    """Where a noun phrase that ends right before token j begins, when it may hold common
    nouns ("the union", "a Times article", "Small groups of protesters", "63 percent"): it
    must open with a determiner, a capital, a digit or a possessive, or be one plural noun
    ("critics"). None when the words before j make no such phrase."""
    start = j
    while start > 0 and j - start < 8 and _noun_at(toks, start - 1) \
            and not _adverb(toks[start - 1][2]) and toks[start - 1][2].lower() not in _NOT_NOUN:
        start -= 1
        if toks[start][2].lower() in DETERMINERS | _QUANTIFIERS \
                and not (start > 1 and toks[start - 1][2].lower() == "of"):
            return start  # (past "of the": "a friend of the family")
    if start == j:
        return None
    if start > 1 and toks[start - 1][2].lower() == "and" and toks[start][2][:1].islower():
        # two roles of one person: "the former secretary of state and current … nominee"
        before = _common_start(toks, start - 1)
        if before is not None and toks[before][2].lower() in DETERMINERS:
            return before
    if start == j - 1 and toks[start][2].endswith("s") and not toks[start][2].endswith("ss"):
        return start  # one plural noun: "critics said" (not "to committee members calls")
    while start < j:
        word = toks[start][2]
        if word[:1].isupper() or word[:1].isdigit() or word.endswith(("’s", "'s")):
            return start
        start += 1
    return None


def _noun_at(toks: list[tuple[int, int, str]], i: int) -> bool:
    """A noun-phrase word at token i; a speech verb there is a noun after "of", a determiner
    or a capital ("secretary of state", "the claims", "Islamic State")."""
    word = toks[i][2]
    if _np_word(word):
        return True
    return word.lower() in lx.SPEECH_VERBS and i > 0 and (
        toks[i - 1][2].lower() in DETERMINERS or toks[i - 1][2].lower() == "of" or word[:1].isupper())


def _first_named(art: _Article, toks: list[tuple[int, int, str]], j: int, *,
                 things: bool = False) -> Candidate | None:
    """The first comma-separated phrase among toks[:j] that names someone (or something,
    with `things`)."""
    for n in range(0, j):
        if n == 0 or toks[n - 1][2] == ",":
            cand = _named_at(art, toks, n, j, things=things)
            if cand:
                return cand
    return None


def _named_at(art: _Article, toks: Sequence[tuple[int, int, str]], n: int, j: int, *,
              things: bool = False) -> Candidate | None:
    """Who the comma-separated phrase at token n (read no further than token j) names."""
    cand, after = _phrase(art, toks, n, j)  # type: ignore[arg-type]
    if cand and cand.kind in ("role", "other"):
        # "Another critic, Laurence H. Tribe, likened …", "His former business
        # partner at Lenox, Lawrence B. Cummings, called …"
        comma = next((c for c in range(after, min(j, after + 8)) if toks[c][2] == ","), None)
        if comma is not None:
            named, _ = _phrase(art, toks, comma + 1, j)  # type: ignore[arg-type]
            if named and named.kind == "person":
                return named
    if cand and cand.kind == "other" and not things and after < j and toks[after][2] != "," \
            and toks[after][2].lower() not in _PREPOSITIONS and not _group_noun(toks[after - 1][2].lower()):
        # a thing names a source only with its appositive or complement ("The letter,
        # signed by …, said", "A document on the website states"), not "This stigma was …"
        return None
    return cand


class _Reads(list):
    """Tokens that remember the furthest one read: a phrase read within the first j tokens
    is read the same in any longer stretch."""

    furthest = -1

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, int):
            self.furthest = max(self.furthest, i if i >= 0 else len(self) + i)
        return super().__getitem__(i)


class _Phrases:
    """The phrases of one long sentence (tokens outside quotes), each read once with the
    whole sentence, for `_first_named` over any beginning of it: a sentence of a page with
    a quote every line would otherwise be read again from its start for each quote."""

    def __init__(self, art: _Article, index: int) -> None:
        s = art.sentences[index]
        every = art.tokens(s.start, s.end)
        self.starts = [t[0] for t in every]
        self.ends = [t[1] for t in every]
        self.toks = [t for t in every if not art.inside(t[0])]
        self.kept_starts = [t[0] for t in self.toks]
        # Each phrase start with who it names and the furthest token it read.
        self.at: list[int] = []
        self.reach: list[int] = []
        self.named: list[Candidate | None] = []
        reads = _Reads(self.toks)
        for n in range(len(self.toks)):
            if n == 0 or self.toks[n - 1][2] == ",":
                reads.furthest = n
                self.at.append(n)
                self.named.append(_named_at(art, reads, n, len(self.toks)))
                self.reach.append(reads.furthest)
        self.hits = [k for k, c in enumerate(self.named) if c]
        self.far = [k for k in range(len(self.at)) if self.reach[k] - self.at[k] > _NEAR]

    def before(self, art: _Article, end: int) -> tuple[bool, Candidate | None]:
        """(True, who the sentence's tokens before `end` name first), or (False, None) when
        `end` cuts a token, which only reading anew gets right."""
        k = bisect.bisect_left(self.starts, end)
        if k and self.ends[k - 1] > end:
            return False, None
        j = bisect.bisect_left(self.kept_starts, end)
        # A phrase whose reading reached token j may read differently when cut there.
        first_hit = None
        for h in self.hits:
            if self.at[h] >= j:
                break
            if self.reach[h] < j:
                first_hit = h
                break
        stop = self.at[first_hit] if first_hit is not None else j
        near = bisect.bisect_left(self.at, j - _NEAR)
        cut = sorted({k for k in self.far if self.at[k] < stop and self.reach[k] >= j}
                     | {k for k in range(near, len(self.at)) if self.at[k] < stop and self.reach[k] >= j})
        for k in cut:
            cand = _named_at(art, self.toks, self.at[k], j)
            if cand:
                return True, cand
        return True, (self.named[first_hit] if first_hit is not None else None)


def _np_back_word(word: str) -> bool:
    """Words a speaker's noun phrase is made of, read leftwards from the cue."""
    low = word.lower().rstrip(".")
    if word[:1].isupper() and low in lx.SPEECH_VERBS:
        return True  # a name's word: "the State Department"
    if not _np_word(word):
        return False
    return (word[:1].isupper() or low in _NP_INNER or low in DETERMINERS
            or word.endswith(("’s", "'s", "’")) or word[:1].isdigit() or "-" in word)


def _np_word(word: str) -> bool:
    low = word.lower()
    if low in STOPS or low in lx.SPEECH_VERBS or low in AUXILIARIES or word in _PUNCTUATION:
        return False
    return True


def _phrase(art: _Article, toks: list[tuple[int, int, str]], k: int,
            stop: int | None = None, *, whole: bool = False) -> tuple[Candidate | None, int]:
    """The speaker named by the noun phrase starting at token k (read no further than
    token `stop`), and the token after it. `whole`: the tokens up to `stop` are known to be
    the subject of a cue, so a phrase naming nobody ("the union") is the speaker too."""
    size = len(toks) if stop is None else min(stop, len(toks))
    while k < size and toks[k][2].lower() in {"and", "but", "so", "then", "by", "even", "also", "still"}:
        k += 1
    if k >= size:
        return None, k
    s, e, w = toks[k]
    low = w.lower()
    if low in lx.PERSON_PRONOUNS:
        return Candidate(s, e, "pronoun", low), k + 1
    if low in ("my", "our") and k + 1 < size and toks[k + 1][2][:1].islower() \
            and _people_noun(toks[k + 1][2].lower()):
        return Candidate(s, toks[k + 1][1], "other"), k + 2  # "my father often said"
    if low in lx.FIRST_PERSON or low == "it":
        return None, k
    # the run of noun-phrase words
    n = k
    named = False  # a capitalised word seen: lower-case words now end the phrase
    while n < size and n - k < 12 and not _adverb(toks[n][2]) \
            and (n > k and _noun_at(toks, n) or _np_word(toks[n][2])):
        word = toks[n][2]
        low_n = word.lower()
        if low_n == "of" and n + 1 < size and not _noun_at(toks, n + 1):
            break
        if word[:1].islower() and named and low_n not in _NP_INNER and not whole:
            break  # "Gov. Earl Ray Tomblin of West Virginia | lauded …"
        if low_n == "and" and (named or low not in DETERMINERS):
            break  # "Trump and Pence"; but "the former first lady and U.S. senator"
        if not whole and n > k and low_n.endswith("ed") and word[:1].islower() and low_n not in _NP_INNER \
                and toks[n - 1][2].lower() not in DETERMINERS and not toks[n - 1][2].endswith(("’s", "'s")):
            break  # a verb: "several environmental groups | granted Mr. Clarke …" (not "a retired general")
        named = named or word[:1].isupper() and n > k
        n += 1
    if n == k:
        return None, k
    if not whole and n < size and n - k >= 3 and _verb_like(toks[n - 1][2]) \
            and toks[n][2].lower() in _PREPOSITIONS | DETERMINERS:
        n -= 1  # "the dispute centers | on …", "a complaint filed | by …": a verb ends it
    start, end = toks[k][0], toks[n - 1][1]
    # A name inside the phrase; the last person is its head ("campaign spokesman Brian
    # Fallon", "Representative Charles B. Rangel of New York").
    best = None
    lo = bisect.bisect_left(art.mention_starts, start - 80)  # a mention may begin before
    hi = bisect.bisect_left(art.mention_starts, end)
    for m in art.mentions[lo:hi]:
        if m.end > start and m.start < end and art.body[m.start - 1: m.start] != "-":  # not "anti-Trump"
            if best is None or (m.kind == "person", m.start) > (best.kind == "person", best.start):
                best = m
    last = toks[n - 1][2].lower().rstrip(".")
    if toks[n - 1][2].endswith(("’s", "'s")) and n < size and toks[n][2][:1].islower() \
            and _person_noun(toks, n, size):
        # "Clinton’s right-hand woman" is someone else; "Trump’s campaign" speaks for Trump
        return Candidate(start, toks[n][1], "other"), n + 1
    if any(toks[i][2].endswith(("’s", "'s")) and toks[i + 1][2][:1].islower()
           for i in range(k, n - 1)) and _people_noun(last):
        return Candidate(start, end, "other"), n  # "Scott’s family", "Pyongyang’s only ally"
    if best is not None and best.kind == "place" and n < size and toks[n][2] in ("—", "–", "-", "("):
        return None, k  # a dateline, "WASHINGTON — …", is no speaker
    of = next((i for i in range(k + 1, n - 1) if toks[i][2] == "of"), None)
    if best is not None and of is not None and best.start > toks[of][0] and (
            best.kind != "person" or toks[of - 1][2][:1].islower() and _people_noun(toks[of - 1][2].lower())):
        if best.kind != "person" and toks[of - 1][2].lower() in lx.ROLE_NOUNS:
            return Candidate(start, best.end, "role", art.body[start:best.end]), n  # "the chair of the DNC"
        return Candidate(start, end, "other"), n  # "Critics of the EB-5 program", "the wife of X"
    if best is not None and (best.kind == "person" or best.end >= end - 2 or last not in lx.ROLE_NOUNS):
        return Candidate(best.start, best.end, best.kind, best.name,
                         _named_words(art.body, toks, k, n, best, whole)), n
    head = last if of is None else toks[of - 1][2].lower().rstrip(".")  # "the secretary of state"
    if head in lx.ROLE_NOUNS and (low in DETERMINERS or w[:1].isupper()):
        return Candidate(start, end, "role", art.body[start:end]), n
    if (low in DETERMINERS or low in _QUANTIFIERS) and n - k >= 2 or whole and n == size:
        return Candidate(start, end, "other", None), n  # "the union", "several environmental groups"
    if n - k == 1 and low.endswith("s") and _people_noun(low):
        # "Officials at Homeland Security Investigations, …, said": with where they work
        m = n
        the = m + 1 < size and toks[m + 1][2] == "the"
        if m + 1 + the < size and toks[m][2] in ("at", "of", "from", "for", "with") \
                and toks[m + 1 + the][2][:1].isupper():
            m += 1 + the
            while m < size and (toks[m][2][:1].isupper() or toks[m][2] in ("of", "and", "the")):
                m += 1
            while toks[m - 1][2] in ("of", "and", "the"):
                m -= 1
        return Candidate(start, toks[m - 1][1], "other", None), m
    return None, k


def _named_words(body: str, toks: list[tuple[int, int, str]], k: int, n: int, best: Mention,
                 whole: bool) -> tuple[int, int]:
    """The words of a phrase that name someone: the name with the capitalised words and
    titles before it ("campaign spokesman Brian Fallon", not "this time Trump"), and, in a
    phrase that is a cue's whole subject, a possessive noun after it ("Trump’s campaign")."""
    i = n - 1
    while i > k and toks[i][0] >= best.end:
        i -= 1
    end = best.end
    if toks[i][2].endswith(("’s", "'s")) and i + 1 < n and toks[i + 1][2][:1].islower():
        if whole:
            end = toks[n - 1][1]
        elif toks[i + 1][2].lower() in _SPEAKS_FOR:
            end = toks[i + 1][1]  # "Clinton’s campaign is seeking …"
    while i > k and toks[i][0] > best.start:
        i -= 1
    while i > k and _np_back_word(toks[i - 1][2]) and toks[i - 1][2].lower() != "and" \
            and not toks[i - 1][2][:1].isdigit() and not body[toks[i - 1][1]: toks[i][0]].strip(". "):
        i -= 1  # (not over markup or a year: "in 2017 America says")
    return min(toks[i][0], best.start), end


def _verb_like(word: str) -> bool:
    """A lower-case word that may be a verb in the present or past: "closes", "filed"."""
    return word[:1].islower() and (word.endswith("ed") or word.endswith("s") and not word.endswith(
        ("ss", "us", "is", "’s", "'s")))


def _person_noun(toks: list[tuple[int, int, str]], n: int, size: int) -> bool:
    """Whether the words from n name a person by role ("right-hand woman", "top aide")."""
    for m in range(n, min(size, n + 3)):
        low = toks[m][2].lower()
        if low in lx.ROLE_NOUNS:
            return True
        if not toks[m][2][:1].islower():
            break
    return False


def _group_noun(word: str) -> bool:
    """Plural people or a body of them: "groups", "officials", "the union"."""
    return _people_noun(word) and word.endswith("s") or word in _COLLECTIVE or word.rstrip("s") in _COLLECTIVE


def _people_noun(word: str) -> bool:
    """A noun for people other than the one named before it: "aide", "relatives", "ally"."""
    return any(form in lx.ROLE_NOUNS or form in _KIN for form in (word, word[:-1], word[:-2], word[:-3] + "y"))


def _adverb(word: str) -> bool:
    return len(word) > 4 and word.endswith("ly") and word[:1].islower() and word not in _LY_NOUNS


def _weekday(word: str) -> bool:
    return word.lower() in lx.WEEKDAYS or word.lower() in _NOW


# ---------------------------------------------------------------------------------------
# Quotes without their own attribution
# ---------------------------------------------------------------------------------------

def _inherit(art: _Article, found: list[_Found]) -> None:
    """A quote without a cue takes the speaker of the quote it continues."""
    quotes = art.quotes
    for i, f in enumerate(found):
        if f.direct:
            continue
        q = quotes[i]
        # “A,” he said. “B.” / “A.” “B,” he said: same paragraph, same speaker.
        same = [j for j in (i - 1, i + 1) if 0 <= j < len(quotes) and quotes[j].paragraph == q.paragraph
                and found[j].direct and found[j].candidate]
        if same:
            f.candidate, f.cue = found[same[0]].candidate, found[same[0]].cue
            continue
        k = art.sentence_at(q.open)
        if i > 0 and art.sentence_at(quotes[i - 1].open) == k and found[i - 1].candidate:
            # “human leech” and a “spoiled brat”: one attribution for the list
            f.candidate, f.cue = found[i - 1].candidate, found[i - 1].cue
            continue
        if f.candidate is not None:
            continue  # the subject of its own sentence
        # A paragraph opened by a quote continues the speaker introduced just before it.
        prev_par = _paragraph_before(art, q.open)
        if prev_par is not None and _starts_paragraph(art, q):
            p_start, p_end = prev_par
            text = art.body[p_start:p_end].rstrip()
            if text.endswith(":"):
                left = _before(art, art.sentences[art.sentence_at(p_end - 1)].start, p_end)
                if left and left.candidate:
                    f.candidate, f.cue = left.candidate, left.cue
                    continue
            if i > 0 and quotes[i - 1].paragraph >= _paragraph_index(art, p_start) and found[i - 1].candidate:
                f.candidate, f.cue = found[i - 1].candidate, found[i - 1].cue
                continue
        # A quote that opens its sentence after one that reports someone speaking
        # ("Cummings called him a master at deals. “He showed …”"): that someone.
        sent = art.sentences[k]
        quote_before = i > 0 and quotes[i - 1].close > art.sentences[k - 1].start if k > 0 else False
        if k > 0 and not art.body[sent.start: q.open].strip() and not quote_before:
            prev = art.sentences[k - 1]
            left = _before(art, prev.start, prev.end)
            if left and left.candidate and left.candidate.kind in ("person", "pronoun", "role"):
                f.candidate, f.cue = left.candidate, left.cue
                continue
        # Nothing names the speaker: the person the text was last about.
        f.candidate = Candidate(q.open, q.open, "context")


def _paragraph_index(art: _Article, pos: int) -> int:
    return art.sentences[art.sentence_at(pos)].paragraph if art.sentences else 0


def _paragraph_before(art: _Article, pos: int) -> tuple[int, int] | None:
    k = art.sentence_at(pos)
    par = art.sentences[k].paragraph if art.sentences else 0
    prev = [s for s in art.sentences[max(0, k - 40): k] if s.paragraph == par - 1]
    if not prev:
        return None
    return prev[0].start, prev[-1].end


def _starts_paragraph(art: _Article, q: Span) -> bool:
    s = art.sentences[art.sentence_at(q.open)]
    return q.open <= art.paragraph_start.get(s.paragraph, s.start) + 1


# ---------------------------------------------------------------------------------------
# Pronouns and role nouns
# ---------------------------------------------------------------------------------------

def _resolve(art: _Article, cand: Candidate) -> str | None:
    if cand.kind in ("person", "organization", "place"):
        return cand.name  # a government or company speaks too: "China said"
    if cand.kind == "pronoun":
        if cand.name == "they":
            return None
        return _antecedent(art, cand.start, "male" if cand.name == "he" else "female")
    if cand.kind == "role":
        return _role_holder(art, cand)
    if cand.kind == "context":
        return _antecedent(art, cand.start, None)
    if cand.kind == "it":
        return _organisation_before(art, cand.start)
    if cand.kind == "label":
        return art.labelled.get((cand.name or "").lower(), (cand.name or "").title())
    return None


def _they(art: _Article, pos: int) -> Candidate | None:
    """What "they" speaks for: the subject of its sentence before it, or of the sentence
    before, when that is a group ("Clinton’s campaign … what they call", "Officials said")."""
    k = art.sentence_at(pos)
    for idx in range(k, max(-1, k - 3), -1):
        s = art.sentences[idx]
        toks = [t for t in art.tokens(s.start, pos if idx == k else s.end) if not art.inside(t[0])]
        cand = _first_named(art, toks, len(toks), things=True)
        comma = next((t[0] for t in toks if t[2] == ","), None)
        if cand is not None and comma is not None and cand.start > comma and cand.kind == "other":
            cand = None  # a thing in a later clause is not the sentence's subject
        if cand is None or cand.kind == "pronoun" and cand.name == "they":
            continue  # "They sent a letter … they wrote": further back
        if cand.kind == "person":
            after = bisect.bisect_left([t[0] for t in toks], cand.end)
            if after + 1 < len(toks) and toks[after][2].lower() == "and":
                other, _ = _phrase(art, toks, after + 1)
                if other is not None and other.kind == "person" and other.name != cand.name:
                    return Candidate(cand.start, other.end, "group", None, ((cand.words or (cand.start,))[0], other.end))
        start, end = cand.words or (cand.start, cand.end)
        head = (art.body[start:end].split(" of ")[0].split() or [""])[-1].lower()
        if cand.kind == "organization" or cand.kind in ("person", "other") and (
                head in _COLLECTIVE or cand.kind == "other" and head.endswith("s") and not head.endswith("ss")):
            return cand
        return None  # a person or a thing is no "they"
    return None


def _antecedent(art: _Article, pos: int, gender: str | None,
                roles: set[str] | None = None) -> str | None:
    """The first compatible person of the nearest sentence before pos (its likely subject)."""
    k = art.sentence_at(pos)
    for back in range(0, 8):
        idx = k - back
        if idx < 0:
            break
        s = art.sentences[idx]
        hi = pos if back == 0 else s.end
        if back == 1 and idx in art.quoted_by:
            # “…,” said Jeffery Hemsley, a professor. “…,” he said: the last speaker
            said = art.quoted_by[idx]
            if _compatible(art, said, gender, roles):
                return said
        if back:
            # the head of the sentence's subject first: "Clinton communication director
            # Jennifer Palmieri said …" is about Palmieri
            subject = art.subject(idx)
            if subject and _compatible(art, subject, gender, roles):
                return subject
        if roles is None:
            # (looked up: a pronoun in a very long sentence would scan all before it)
            name = art.first_fit(idx, hi, gender)
            if name is not None:
                return name
            continue
        lo = bisect.bisect_left(art.people_starts, s.start)
        hi_i = bisect.bisect_left(art.people_starts, hi)
        options = [(m.start, m.name) for m in art.people[lo:hi_i]]
        options += art.known[bisect.bisect_left(art.known_at, s.start): bisect.bisect_left(art.known_at, hi)]
        for _, name in sorted(options):
            if _compatible(art, name, gender, roles):
                return name
    return None


def _organisation_before(art: _Article, pos: int) -> str | None:
    """What "it" stands for as a speaker: the first organisation named, outside quotes, in
    this sentence before it or in the one before ("the Security Council … what it called")."""
    k = art.sentence_at(pos)
    for idx in (k, k - 1):
        if idx < 0:
            break
        s = art.sentences[idx]
        hi = pos if idx == k else s.end
        lo = bisect.bisect_left(art.mention_starts, s.start)
        for m in art.mentions[lo: bisect.bisect_left(art.mention_starts, hi)]:
            if m.kind == "organization":
                return m.name
    return None


def _compatible(art: _Article, name: str, gender: str | None, roles: set[str] | None) -> bool:
    g = art.gender.get(name)
    if gender and g and g != gender:
        return False
    if roles:
        return bool(_role_match(art.roles.get(name, set()), roles))
    return True


def _role_holder(art: _Article, cand: Candidate) -> str | None:
    words = _words(cand.name or "") - DETERMINERS
    # the head noun, before any "of" ("the former secretary of state")
    noun = (cand.name or "").split(" of ")[0].split()[-1].lower() if cand.name else ""
    gender = "male" if words & lx.MALE_WORDS else "female" if words & lx.FEMALE_WORDS else None
    scored: dict[str, int] = {}
    # Only those whose role shares a word (or its synonym, or the country of a demonym) can score.
    holders = {name for w in words for form in SYNONYMS.get(w, {w}) | (
        {lx.DEMONYMS[w].lower()} if w in lx.DEMONYMS else set()) for name in art.role_words.get(form, ())}
    for name in holders:
        score = _role_match(art.roles[name], words, noun if noun in lx.ROLE_NOUNS else "")
        if score and _compatible(art, name, gender, None):
            scored[name] = score
    if scored:
        top = max(scored.values())
        best = {n for n, v in scored.items() if v == top}
        near = _antecedent(art, cand.start, gender, None)
        if near in best:
            return near
        # the nearest holder before, else the first after (a dek comes before the names)
        named = [art.mentions_of[n] for n in best if n in art.mentions_of]  # (indices, starts)
        before = [at[k - 1] for at, starts in named if (k := bisect.bisect_left(starts, cand.start))]
        if before:
            return art.people[max(before)].name
        return art.people[min(at[0] for at, _ in named)].name if named else sorted(best)[0]
    definite = (cand.name or "").lower().startswith("the ")
    of = (cand.name or "").partition(" of ")[2].partition(" and ")[0]
    if (noun in PERSON_ROLE_TITLES or definite and gender and noun in lx.ROLE_NOUNS) \
            and not (cand.name or "").lower().startswith(("a ", "an ", "another ")) \
            and not any(w[:1].isupper() for w in of.split()):  # "the chair of the DNC": its holder only
        # the one the text is about ("the 34-year-old mother of three", of the gender the noun
        # shows: "the source" or "the announcer" may be anyone); "a spokesman" is someone new
        return _antecedent(art, cand.start, gender)
    return None


def _role_match(role: set[str], words: set[str], head: str = "") -> int:
    if role & _SUBORDINATE - words:
        return 0  # "the president" is not the vice president
    if head and not role & SYNONYMS.get(head, {head}):
        return 0  # the office itself must match: "the Republican nominee" is no "Republican governor"
    score = 0
    for w in words:
        forms = SYNONYMS.get(w, {w})
        if role & forms:
            score += 2 if w in lx.ROLE_NOUNS or w in lx.TITLES else 1
        elif w in lx.DEMONYMS and lx.DEMONYMS[w].lower() in role:
            score += 1
    # a demonym or modifier alone ("Russian") is weaker than the office itself
    return score


def _words(text: str) -> set[str]:
    return {w.lower().rstrip(".") for w in re.findall(r"[\w.’'-]+", text)}


def _genders(body: str, mentions: Sequence[Mention]) -> dict[str, str]:
    """Each person's gender where the article shows it: a given name, a title ("Mrs."),
    a gendered role, or a pronoun right after a cue ("Mariano said she …")."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if m.kind != "person":
            continue
        first = m.name.split()[0].lower()
        words = _words(m.role or "") | _words(body[max(0, m.start - 5): m.start])
        if first in lx.MALE_NAMES or words & lx.MALE_WORDS:
            votes[m.name]["male"] += 3
        elif first in lx.FEMALE_NAMES or words & lx.FEMALE_WORDS:
            votes[m.name]["female"] += 3
        said = _SAID_PRONOUN.match(body, m.end, m.end + 60)
        if said:
            votes[m.name]["male" if said.group(1).lower() == "he" else "female"] += 1
    out: dict[str, str] = {}
    for name, v in votes.items():
        (best, n), *rest = v.most_common()
        if not rest or n > rest[0][1]:
            out[name] = best
    return out
