"""Find the cue of a quotation ("said", "according to", "what he called", a transcript label)
and the phrase that names its speaker: after the quote, before it, or further on in its
sentence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from briefing import lexicon as lx
from briefing.model import Sentence
from briefing.s4_quotes import phrases, subjects, verbs
from briefing.s4_quotes.index import ArticleIndex, Span
from briefing.s4_quotes.phrases import Candidate

_ANY_MARK = re.compile(r"[\"“”]")
_LABEL = re.compile(r"([A-Z][A-Z’'.-]+(?: [A-Z][A-Z’'.-]+)?):\s")


@dataclass
class Found:
    """A quote's speaker phrase and cue, and how they were found."""

    candidate: Candidate | None
    cue: str | None
    direct: bool  # found next to the quote, not inherited
    shared: bool = False  # the cue's subject is the sentence's, before an earlier quote
    via: Candidate | None = None  # the outlet that reports the words ("according to CNN")


def find(art: ArticleIndex, i: int) -> Found:
    """The cue and speaker phrase of quote `i`: a label inside it, a cue right after it, before
    it or further on in its sentence; else the sentence's subject, a guess (not `direct`). An
    outlet that reports a person's words is kept apart (`via`)."""
    found = _find(art, i)
    if found.direct and found.candidate is not None and found.candidate.kind in ("person", "pronoun", "role"):
        found.via = _outlet(art, i, found)
    return found


def _outlet(art: ArticleIndex, i: int, found: Found) -> Candidate | None:
    """The outlet in the quote's sentence that reports the words: "Sanders said, according to
    CNN", "According to Reuters, the pope said", "Detik.com quoted Djamal as saying"."""
    q = art.quotes[i]
    if not art.sentences:
        return None
    k = art.sentence_at(q.open)
    end = art.sentences[art.sentence_at(max(q.open, q.close - 1))].end
    toks = [t for t in art.tokens(art.sentences[k].start, end) if not art.inside(t[0])]
    who = found.candidate
    for v, (s, _, w) in enumerate(toks):
        low = w.lower()
        if low == "according" and v + 1 < len(toks) and toks[v + 1][2].lower() == "to":
            cand, _ = phrases.phrase_at(art, toks, v + 2)
            if cand is not None and cand.kind in ("organization", "other") and (who is None or cand.start != who.start):
                return cand
        if low in lx.QUOTING_VERBS and v > 0 and who is not None and who.start > s:
            cand = phrases.first_named(art, toks, v, things=True)
            if cand is not None and cand.kind in ("organization", "other"):
                return cand
            n = v
            while n > 0 and toks[n - 1][2][:1].isupper():
                n -= 1
            if n < v:  # an outlet the names stage did not read: "Detik.com quoted …"
                return Candidate(toks[n][0], toks[v - 1][1], "organization", art.body[toks[n][0] : toks[v - 1][1]])
    return None


def _find(art: ArticleIndex, i: int) -> Found:
    q = art.quotes[i]
    k = art.sentence_at(max(q.close - 1, q.open))
    limit = art.sentences[k].end if art.sentences else len(art.body)
    if (
        limit <= q.close + 1
        and k + 1 < len(art.sentences)
        and art.body[q.start : q.end].rstrip("’'\"” ")[-1:] in ("?", "!", "…", "—", "-", ".")
        and art.sentences[k + 1].paragraph == art.sentences[k].paragraph
        and (
            art.sentences[k + 1].end - art.sentences[k + 1].start <= 60
            or (_runs_on(art, q.close) and _cue_opens(art, art.sentences[k + 1]))
        )
        and not _ANY_MARK.search(art.body, art.sentences[k + 1].start, art.sentences[k + 1].end)
        and (
            art.body[q.start : q.end].rstrip("’'\"” ")[-1:] != "."
            or _says(art, art.sentences[k + 1])
            or _signed(art, art.sentences[k + 1])
        )
    ):
        limit = art.sentences[k + 1].end  # “…?” Graham asked. — split after the mark
    if i + 1 < len(art.quotes) and art.quotes[i + 1].open < limit:
        limit = art.quotes[i + 1].open
    label = _LABEL.match(art.body, q.start, q.end)
    if label:
        # a transcript inside the quote: "WALLACE: Let's start with …"
        return Found(Candidate(label.start(1), label.end(1), "label", label.group(1)), ":", True)
    agent = _agent(art, q, limit) or _signed_below(art, q)
    if agent:
        return agent
    right = _after(art, q.close, limit)
    if right:
        return right
    final = _closing(art, q.close, art.sentences[k].end if art.sentences else len(art.body))
    if final:
        return final
    first = art.sentences[art.sentence_at(q.open)] if art.sentences else None
    floor = first.start if first else 0
    if i > 0 and art.quotes[i - 1].close > floor and art.quotes[i - 1].paragraph == q.paragraph:
        floor = art.quotes[i - 1].close
    left = before(art, floor, q.open)
    if left:
        return left
    later = _later(art, q.close, limit)
    if later:
        return later
    # No cue: the subject of the sentence, if any, is a guess kept for quotes nobody continues;
    # a thing ("The piece used one of …") says nothing without a cue: no one is named.
    toks = art.tokens(floor, q.open)
    cand = phrases.first_named(art, toks, len(toks), things=True)
    if cand is not None and cand.kind == "other":
        # a thing says nothing without a cue, but the subject of the clause that holds the
        # words does ("The ad targets a “corrupt political system”")
        verb = next(
            (
                n
                for n in range(1, len(toks))
                if toks[n][2][:1].islower()
                and (verbs.any_verb(toks[n][2]) or toks[n][2].lower() in lx.SAID_IRREGULARLY)
                and toks[n - 1][2].lower() not in lx.DETERMINERS
            ),
            None,
        )
        subject = subjects.clause_subject(art, toks, verb) if verb is not None else None
        cand = subject if subject is not None and subject.start == cand.start else Candidate(q.open, q.open, "none")
        if subjects.message(art, cand) and verb is not None:
            cand = subjects.author(art, toks, cand, verb) or cand
    return Found(cand, None, False)


def _agent(art: ArticleIndex, q: Span, limit: int) -> Found | None:
    """The agent of a passive that names the quoted words: who calls them so."""
    sent = art.sentences[art.sentence_at(q.open)] if art.sentences else None
    lead = art.tokens(max(sent.start if sent else 0, q.open - 80), q.open)[-6:]
    part = next((n for n in range(len(lead) - 1, -1, -1) if lead[n][2].lower() in lx.NAMED_BY), None)
    if part is None or not lead[part][2][:1].islower():
        return None
    rest = lead[part + 1 :]
    if rest and rest[0][2].lower() == "by":
        # "seen by organizers as a “lifeboat”"
        end = next((n for n in range(1, len(rest)) if rest[n][2].lower() == "as"), None)
        if end is None:
            return None
        cand, _ = phrases.phrase_at(art, rest, 1, end, whole=True)
    else:
        after_toks = art.tokens(q.close, limit)
        while after_toks and after_toks[0][2] == ",":
            after_toks = after_toks[1:]
        if not after_toks or after_toks[0][2].lower() != "by":
            return None
        stop = next((n for n in range(1, len(after_toks)) if after_toks[n][2] in phrases.PUNCTUATION), len(after_toks))
        cand, _ = phrases.phrase_at(art, after_toks, 1, stop, whole=True)
    if cand is None or cand.kind not in ("person", "organization", "role", "other", "group"):
        return None
    return Found(cand, lead[part][2], True)


def _signed_below(art: ArticleIndex, q: Span) -> Found | None:
    """A quote that is its whole paragraph, signed in the next one: "“…”¶- Bernie Sanders."."""
    k = art.sentence_at(q.open)
    if not art.sentences or art.body[art.sentences[k].start : q.open].strip():
        return None
    last = art.sentence_at(max(q.open, q.close - 1))
    if last + 1 >= len(art.sentences) or art.sentences[last + 1].paragraph == art.sentences[last].paragraph:
        return None
    if art.body[q.close : art.sentences[last].end].strip(' ."”'):
        return None
    nxt = art.sentences[last + 1]
    toks = art.tokens(nxt.start, nxt.end)
    if not (toks and toks[0][2] in ("-", "—", "–", "―")) and art.body[nxt.start : nxt.start + 1] not in "-—–―":
        return None
    toks = [t for t in toks if t[2] not in ("-", "—", "–", "―")]
    if not toks or toks[0][0] - nxt.start > 3:
        return None
    cand, _ = phrases.phrase_at(art, toks, 0)
    if cand is None or cand.kind not in ("person", "role", "organization"):
        cand = _capitals(toks, 0)
    return Found(cand, "―", True) if cand is not None else None


def _after(art: ArticleIndex, start: int, limit: int) -> Found | None:
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
        cand, _ = phrases.phrase_at(art, toks, 2)
        return Found(cand, "according to", True) if cand else None
    if first in lx.SPEECH_VERBS and not first.endswith("ing"):
        cand, _ = phrases.phrase_at(art, toks, 1)
        if cand is not None and cand.kind == "other" and first not in lx.INVERTING and not _runs_on(art, start):
            cand = None  # “terrible,” denounced her record: the verb's object
        if (cand is None or cand.kind not in ("person", "pronoun")) and first in lx.INVERTING:
            cand = _appositive_name(art, toks, 1) or cand
        if cand is None and _runs_on(art, start):
            cand = _capitals(toks, 1)
        if cand:
            return Found(cand, toks[0][2], True)
    if _runs_on(art, start) and verbs.any_verb(toks[0][2]) and toks[0][2][:1].islower():
        # “This is fantastic!” beamed Donald Hartley: any verb before the speaker
        cand, after = phrases.phrase_at(art, toks, 1)
        if cand is not None and cand.kind == "person" and (after >= len(toks) or toks[after][2] in phrases.PUNCTUATION):
            return Found(cand, toks[0][2], True)
    read = _verb_after(toks, 1) if first in ("it", "this") else None
    if read is not None:
        # “…,” it read: a document or statement speaks, no person
        return Found(Candidate(toks[0][0], toks[0][1], "it"), toks[read][2], True)
    cand, k = phrases.phrase_at(art, toks, 0)
    if not cand or (cand.kind == "other" and subjects.when(art, cand)):
        # (“…,” and several times described: the sentence's subject, before)
        return _run_into(art, toks) if _runs_on(art, start) else None
    if cand.kind in ("role", "other") and k < len(toks) and toks[k][2] == ",":
        named, after = phrases.phrase_at(art, toks, k + 1)
        if named and named.kind == "person" and after < len(toks) and toks[after][2] in (",", "("):
            cand = named  # “…” Scott's niece, state Del. Marcia Price, shouted
    if k < len(toks) and toks[k][2].lower() in lx.QUOTING_VERBS:
        # “…,” Detik.com quoted Djamal as saying: the one quoted speaks, the outlet reports
        named, after = phrases.phrase_at(art, toks, k + 1)
        if named is not None and after + 1 < len(toks) and toks[after][2].lower() == "as":
            return Found(named, toks[after + 1][2], True)
    verb = _verb_after(toks, k)
    if verb is not None and not (cand.kind == "person" and verb == k and verbs.base_form(toks[verb][2])):
        # ("a Donald Trump tweet attacking …": a name and a bare "tweet" make a noun)
        return Found(cand, toks[verb][2], True)
    if (
        cand.kind in ("person", "pronoun", "role", "organization")
        and _runs_on(art, start)
        and k < len(toks)
        and verbs.any_verb(toks[k][2])
    ):
        # “Go back to Univision,” Trump barked: words that run on into their speaker take
        # whatever verb follows the name as the cue.
        return Found(cand, toks[k][2], True)
    if dash and cand.kind == "person":
        return Found(cand, "―", True)  # “…” ― Pamela Padilla
    if (
        cand.kind == "person"
        and toks[0][2][:1].isupper()
        and _opens_sentence(art, start)
        and (k == len(toks) or toks[k][2] in (",", "."))
        and art.body[max(0, start - 2) : start].rstrip("\"”’' ")[-1:] in (",", ".", "!", "?", "…")
        and not _ANY_MARK.match(art.body, limit)
        and _signature(toks, k)
    ):
        return Found(cand, "―", True)  # “…” Jesse Toprak, an analyst for Edmunds.
    return _run_into(art, toks) if _runs_on(art, start) else None


def _run_into(art: ArticleIndex, toks: list[tuple[int, int, str]]) -> Found | None:
    """Words that open their sentence and run on into a speech verb: whatever stands before
    the verb is its subject, a name the names stage did not read or a phrase naming no one
    ("“…,” Dora Quillfeather, counsel for the tenants, said", "“…,” federal prosecutors
    wrote"). An aside between commas describes the subject."""
    verb = next(
        (
            n
            for n in range(1, min(len(toks), 20))
            if toks[n][2].lower() in lx.SPEECH_VERBS and toks[n][2][:1].islower() and not verbs.noun_use(toks, n)
        ),
        None,
    )
    if verb is None or any(
        t[2] in (";", ":", "(", "—", "–") or t[2].lower() in lx.CLAUSE_OPENERS or t[2].lower() in lx.IRREGULAR_PAST
        for t in toks[:verb]
    ):
        return None  # (a verb before it: “…,” came shouts from the crowd)
    end = verb
    while end > 1 and (phrases.before_verb(toks[end - 1][2]) or phrases.adverb(toks[end - 1][2])):
        end -= 1
    comma = next((n for n in range(end) if toks[n][2] == ","), end)
    if comma == 0:
        return None
    cand, after = phrases.phrase_at(art, toks, 0, comma, whole=True)
    if cand is None or after < comma:
        cand = _capitals(toks, 0) if comma <= 4 else None
        if cand is None and toks[0][2][:1].islower() and all(phrases.np_word(t[2]) for t in toks[:comma]):
            cand = Candidate(toks[0][0], toks[comma - 1][1], "other")  # “…,” federal prosecutors wrote
    if cand is None or cand.kind != "person":
        # a name set off after a description names the speaker: "“…,” a longtime
        # neighbour, Oskar Vennelly said"
        n = comma
        while n < end:
            stop = next((m for m in range(n + 1, end) if toks[m][2] == ","), end)
            named, after = phrases.phrase_at(art, toks, n + 1, stop)
            if named is not None and named.kind == "person" and after == stop:
                return Found(named, toks[verb][2], True)
            n = stop
    return Found(cand, toks[verb][2], True) if cand is not None else None


def _signature(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether what follows a name after a quote only describes it, with no verb, to the end
    of the sentence: a signature ("“…” Jesse Toprak, an analyst for Edmunds.")."""
    for t in toks[k:]:
        w = t[2]
        if (
            w.lower() in lx.SPEECH_VERBS
            or w.lower() in lx.BEFORE_VERB - {"as", "on", "to"}
            or w.lower() in lx.CLAUSE_OPENERS
        ):
            return False
        if w[:1].islower() and (w.lower() in lx.SAID_IRREGULARLY or w.lower().endswith("ed")):
            return False
    return True


def _says(art: ArticleIndex, sent: Sentence) -> bool:
    """A short sentence that only says who spoke: "Trump said.", "said Warren.", "he added."."""
    words = [t[2].lower() for t in art.tokens(sent.start, sent.end)][:4]
    return any(w in lx.SAYING for w in words[:3])


def _cue_opens(art: ArticleIndex, sent: Sentence) -> bool:
    """A sentence of any length that opens on who spoke: "Smith declared, a point he likes to
    make …", "asked the boy, who …", "Smith, a retired worker, said pleasantly …"."""
    toks = art.tokens(sent.start, sent.end)
    if not toks:
        return False
    if toks[0][2] in lx.SPEECH_VERBS and not toks[0][2].endswith("ing"):
        return True
    cand, k = phrases.phrase_at(art, toks, 0)
    return cand is not None and cand.kind in ("person", "pronoun", "role") and _verb_after(toks, k) is not None


def _signed(art: ArticleIndex, sent: Sentence) -> bool:
    """A short sentence that is only a name and what it is: "Jesse Toprak, an analyst for Edmunds."."""
    toks = art.tokens(sent.start, sent.end)
    return bool(toks) and toks[0][2][:1].isupper() and _signature(toks, 1)


def _runs_on(art: ArticleIndex, close: int) -> bool:
    """Whether the quote closing at `close` opens its sentence and ends on a comma, "?" or
    "!" inside its marks: the sentence goes on to say who spoke (not “a clip the judge
    called “distasteful,” Santilli expressed …”)."""
    inner = art.body[max(0, close - 3) : close].rstrip("\"”’' ")
    return inner[-1:] in (",", "?", "!") and _opens_sentence(art, close)


def _opens_sentence(art: ArticleIndex, close: int) -> bool:
    """Whether the quote closing at `close` opens its sentence (or follows a colon)."""
    i = bisect.bisect_right(art.quote_closes, close) - 1
    if i < 0 or art.quotes[i].close != close:
        return False
    opened = art.quotes[i].open
    sent = art.sentences[art.sentence_at(opened)] if art.sentences else None
    lead = art.body[sent.start if sent else 0 : opened]
    return not lead.strip() or lead.rstrip().endswith(":")


def _appositive_name(art: ArticleIndex, toks: list[tuple[int, int, str]], k: int) -> Candidate | None:
    """The person an inverted attribution names after its description: "said the firm's chief
    executive officer, Alan Mulally", "said former Pennsylvania Gov. and Democratic National
    Committee Chairman Ed Rendell". The name must end the clause."""
    commas = 0
    for n in range(k, min(len(toks), k + 16)):
        w = toks[n][2]
        if w in (";", ":", "—", "–", "(") or w.lower() in lx.SPEECH_VERBS:
            return None
        if w.lower() in lx.CLAUSE_OPENERS:
            return None  # "said that the advertisement … suggests": a clause, not a description
        if w == ",":
            commas += 1
            if commas > 1:
                return None
            continue
        if not w[:1].isupper():
            continue
        cand, after = phrases.phrase_at(art, toks, n)
        if cand is not None and cand.kind == "person":
            if after >= len(toks) or toks[after][2] in (",", ".", ";", "—", "–", "("):
                return cand
            return None
    return None


def _capitals(toks: list[tuple[int, int, str]], k: int) -> Candidate | None:
    """A run of capitalised words after an inverted cue that the names stage did not read as
    anyone ("said Steven Law, a former aide"): a person named there all the same."""
    n = k
    while n < len(toks) and n - k < 4 and toks[n][2][:1].isupper() and toks[n][2].isalpha():
        n += 1
    if n == k or (n < len(toks) and toks[n][2] not in (",", ".", ";", "(", "—", "–")):
        return None
    words = [t[2] for t in toks[k:n]]
    if words[0].lower() in lx.WEEKDAYS or words[0].lower() in lx.DETERMINERS or words[0].lower() in lx.PERSON_PRONOUNS:
        return None
    return Candidate(toks[k][0], toks[n - 1][1], "person", " ".join(words))


def _closing(art: ArticleIndex, start: int, end: int) -> Found | None:
    """A sentence that ends on who said it all, after a comma ("Investigators found no “ties”
    between them, said the agency's director." / "…, Bloggs said."): its quotes are that
    speaker's, whatever verb stands before them."""
    toks = art.tokens(start, end)
    while toks and toks[-1][2] in (".", "”", '"', "’"):
        toks = toks[:-1]
    if len(toks) < 3 or any(t[2] in ("“", "”", '"') for t in toks):
        return None
    commas = [n for n, t in enumerate(toks) if t[2] == ","][-2:]
    for comma in reversed(commas):
        tail = toks[comma + 1 :]
        if not tail or len(tail) > 16:
            return None
        if tail[0][2].lower() in lx.INVERTING and tail[0][2][:1].islower():
            # "…, said the agency's director, Amanda Bloggs."
            cand = _appositive_name(art, tail, 1) or _inverted(art, tail, 0)
            if cand is not None and cand.kind in ("person", "role", "pronoun", "organization"):
                return Found(cand, tail[0][2], True)
            return None
        if tail[-1][2].lower() in lx.SAYING:
            cand, after = phrases.phrase_at(art, tail, 0, len(tail) - 1, whole=True)
            if (
                cand is not None
                and after == len(tail) - 1
                and cand.kind in ("person", "role", "pronoun", "organization")
            ):
                return Found(cand, tail[-1][2], True)
            return None
    return None


def _later(art: ArticleIndex, start: int, limit: int) -> Found | None:
    """A cue further on in the sentence: “…” for criminal behavior, she said."""
    toks = art.tokens(start, limit)
    for v, (_, _, w) in enumerate(toks):
        if w.lower() == "according" and v + 1 < len(toks) and toks[v + 1][2].lower() == "to":
            cand, _ = phrases.phrase_at(art, toks, v + 2)  # “…” at a conference, according to X
            if cand:
                return Found(cand, "according to", True)
            continue
        if not verbs.speech_verb_at(toks, v):
            continue
        cand = subjects.subject(art, toks, v)
        if cand is None and w.lower() in lx.INVERTING:
            cand = _inverted(art, toks, v)  # “…” for criminal behavior, said Warren.
        if cand:
            return Found(cand, w, True)
    return None


def _verb_after(toks: list[tuple[int, int, str]], k: int) -> int | None:
    """Index of the cue after a speaker ending at token k, past auxiliaries or an appositive."""
    j = verbs.skip_parenthesis(toks, k)
    while j < len(toks) and (
        phrases.before_verb(toks[j][2]) or phrases.adverb(toks[j][2]) or phrases.weekday(toks[j][2])
    ):
        j += 1
    if j < len(toks) and toks[j][2].lower() in lx.SPEECH_VERBS:
        return j
    if j < len(toks) and toks[j][2] == ",":
        # "X, a lawyer for Y, said": the cue after the next comma
        for n in range(j + 1, len(toks) - 1):
            if toks[n][2] == ",":
                m = n + 1
                while m < len(toks) and (phrases.before_verb(toks[m][2]) or phrases.adverb(toks[m][2])):
                    m += 1
                if m < len(toks) and toks[m][2].lower() in lx.SPEECH_VERBS:
                    return m
    return None


def _claim(art: ArticleIndex, toks: list[tuple[int, int, str]], v: int) -> Candidate | None:
    """The owner of a claim whose content follows: "Trump’s claim that …", "Obama's words:"."""
    if v == 0 or toks[v][2].lower() not in lx.CUE_NOUNS or v + 1 >= len(toks):
        return None
    if toks[v + 1][2].lower() not in ("that", ":") or not toks[v - 1][2].endswith(("’s", "'s")):
        return None
    cand, _ = phrases.phrase_at(art, toks, v - 1, v)
    return cand if cand and cand.kind in ("person", "organization") else None


def before(art: ArticleIndex, floor: int, end: int) -> Found | None:
    """Attribution before the opening mark: X said, “…” / He called it a “…” / according to X."""
    toks = art.tokens(floor, end)
    if len(toks) > 1 and toks[-1][2] == ":":
        named = verbs.person_ending(art, toks[-2][1])
        lead = [t for t in toks if t[1] <= named.start] if named is not None else []
        if (
            named is not None
            and not (lead and lead[-1][2].lower() in lx.PREPOSITIONS)
            and not any(verbs.speech_verb_at(lead, x) for x in range(len(lead)))
        ):
            # a name and a colon introduce the words: "… Communications Bill Bodie: “…”"
            return Found(Candidate(named.start, named.end, "person", named.name), ":", True)
    if len(toks) > 2 and toks[-1][2] == ":":
        said = _colon_subject(art, toks)
        if said is not None:
            return said
    for v in range(len(toks) - 1, -1, -1):
        word = toks[v][2].lower()
        if word == "according" and v + 1 < len(toks) and toks[v + 1][2].lower() == "to":
            cand, _ = phrases.phrase_at(art, toks, v + 2)
            return Found(cand, "according to", True)
        said_by = _claim(art, toks, v)
        if said_by is not None:
            return Found(said_by, toks[v][2], True)  # "Trump’s claim that there were “…”"
        if not verbs.speech_verb_at(toks, v):
            continue
        cand = subjects.subject(art, toks, v)
        if cand is None and word in lx.INVERTING:
            cand = _inverted(art, toks, v)  # Said Ellis: “…”
        if cand is None and toks and art.sentences:
            # "… and said she has …": the subject of the whole sentence
            sent = art.sentences[art.sentence_at(toks[0][0])]
            if sent.start < toks[0][0]:
                cand = phrases.named_before(art, art.sentence_at(toks[0][0]), toks[v][0])
                return Found(cand, toks[v][2], True, shared=True)
        outer = _outer(art, toks, v, cand, end)
        if outer is not None:
            return outer
        return Found(cand, toks[v][2], True)
    return None


def _outer(
    art: ArticleIndex, toks: list[tuple[int, int, str]], v: int, cand: Candidate | None, end: int
) -> Found | None:
    """The reporter of a clause that holds the cue: "Bloggs said she is certain Smith will
    continue to be “…”", "Bloggs said Smith called on members to be “…”" give the words to
    whoever said the whole clause, unless the cue hands them over itself ("… told her, “…”")."""
    opening = art.body[end : end + 3].lstrip("\"“‘' ")
    if cand is None or (toks[-1][2] in (",", ":") and opening[:1].isupper()):
        return None  # words the cue's clause introduces whole: "… told her, “Go home.”"
    for u in range(v - 1, 0, -1):
        word = toks[u][2].lower()
        if word in (",", ";", ":", "“", "”", '"') or (word in lx.CLAUSE_LEADS and word not in ("that", "also", "then")):
            return None  # another clause: "Bloggs spoke after Smith argued that “…”"
        if word in lx.SAYING and verbs.speech_verb_at(toks, u):
            who = subjects.subject(art, toks, u)
            if who is None or who.kind not in ("person", "pronoun", "role", "organization", "other", "group"):
                return None
            return Found(who, toks[u][2], True)
    return None


def _colon_subject(art: ArticleIndex, toks: list[tuple[int, int, str]]) -> Found | None:
    """Words introduced by a colon after a clause with no speech verb: its subject speaks,
    whatever the verb ("Rubio fired back forcefully: “…”", "Kasich resisted: “…”")."""
    k = art.sentence_at(toks[-1][0])
    whole = art.tokens(art.sentences[k].start, toks[-1][1]) if art.sentences else toks
    if any(verbs.speech_verb_at(whole, x) or whole[x][2].lower() in lx.CUE_NOUNS for x in range(len(whole))):
        return None  # a speech verb: read as usual
    start = verbs.clause_start(toks, len(toks) - 1)
    verb = next(
        (
            n
            for n in range(start + 1, len(toks) - 1)
            if toks[n][2][:1].islower()
            and (verbs.any_verb(toks[n][2]) or toks[n][2].lower() in lx.SAID_IRREGULARLY)
            and toks[n - 1][2].lower() not in lx.DETERMINERS
        ),
        None,
    )
    if verb is None:
        return None
    cand = subjects.named_subject(art, toks, verb) or subjects.clause_subject(art, toks, verb)
    if cand is not None and cand.kind == "other":
        cand = subjects.author(art, toks, cand, verb)
    if cand is None or cand.kind not in ("person", "pronoun", "role", "organization"):
        return None
    return Found(cand, toks[verb][2], True)


def _inverted(art: ArticleIndex, toks: list[tuple[int, int, str]], v: int) -> Candidate | None:
    """The speaker after the cue at v ("said Warren"); a phrase naming no one must end the
    clause ("said the mayor.", not "said the days when …")."""
    cand, after = phrases.phrase_at(art, toks, v + 1)
    if (
        cand is not None
        and cand.kind == "other"
        and after < len(toks)
        and toks[after][2] not in phrases.PUNCTUATION
        and toks[after][2].lower() not in lx.PREPOSITIONS
    ):
        return None
    return cand
