"""Who is the subject of the verb that introduces a quotation: a name, a pronoun or a role
before the cue; a person described before it; the whole noun phrase when it is a body, a group
or a document (and the author a document names); the sender of a message whose participle
gives the words; never a place, a dateline or a phrase of time.
"""

from __future__ import annotations

from briefing import lexicon as lx
from briefing.s4_quotes import phrases, verbs
from briefing.s4_quotes.index import ArticleIndex
from briefing.s4_quotes.phrases import Candidate


def subject(art: ArticleIndex, toks: list[tuple[int, int, str]], v: int) -> Candidate | None:
    """The speaker left of the cue at token v: a name, a pronoun or a role, else the whole
    noun phrase that is the clause's subject ("Proponents of the new bill, however, say",
    "The complaint, which was filed in court, alleged"): a body, a document or a group."""
    absolute = _with_subject(art, toks, v)
    if absolute is not None:
        return absolute
    cand = named_subject(art, toks, v)
    if cand is not None and cand.kind == "place" and cand.start > toks[0][0]:
        before = max(n for n in range(v) if toks[n][0] < cand.start)
        if toks[before][2].lower() in lx.PREPOSITIONS:
            cand = None  # where they are: "Republicans on Capitol Hill said"
    if cand is None or cand.kind not in ("person", "pronoun"):
        cand = _leading_person(art, toks, v) or cand
    if cand is None:
        cand = clause_subject(art, toks, v)
    if cand is not None and cand.kind == "other" and when(art, cand):
        return None  # "and several times described": how often, not who
    if cand is None and toks[v][2].lower().endswith("ing"):
        cand = _main_subject(art, toks, v)
    if (cand is None or cand.kind == "other") and v > 1 and toks[v - 1][2].lower() == "to":
        cand = _main_subject(art, toks, v, infinitive=True) or cand
    if cand is not None and message(art, cand):
        cand = author(art, toks, cand, v) or cand
    return cand


def _with_subject(art: ArticleIndex, toks: list[tuple[int, int, str]], v: int) -> Candidate | None:
    """The subject of a participle after "with" ("with Lewandowski taking to Twitter to call
    Fields …", "with many marchers and spectators chanting …"): the phrase between them."""
    n = v - 1
    while n >= 0 and toks[n][2] not in (",", ";", ":") and toks[n][2].lower() != "with" and v - n < 12:
        n -= 1
    if n < 0 or toks[n][2].lower() != "with":
        return None
    ing = next(
        (m for m in range(n + 2, v + 1) if toks[m][2].lower().endswith("ing") and toks[m][2][:1].islower()), None
    )
    if ing is None:
        return None
    cand, after = phrases.phrase_at(art, toks, n + 1, ing, whole=True)
    if cand is None or after < ing - 1 or cand.kind not in ("person", "organization", "role", "other", "group"):
        return None
    if cand.kind == "other" and not phrases.group_noun(toks[ing - 1][2].lower()) and not toks[ing - 1][2].endswith("s"):
        return None
    return cand


def message(art: ArticleIndex, cand: Candidate) -> bool:
    """Whether a speaker phrase is a message ("An email from …", "A statement by …")."""
    start, end = cand.words or (cand.start, cand.end)
    words = art.body[start:end].lower().split()[:4]
    return bool(words) and words[0] in lx.DETERMINERS and any(w.rstrip("s") in lx.MESSAGE_NOUNS for w in words[1:])


def author(art: ArticleIndex, toks: list[tuple[int, int, str]], cand: Candidate, v: int) -> Candidate | None:
    """Who wrote the message that speaks: "An email from Burkhardt & Associates to James Roche
    advises", "A statement by Boeing given by Boeing spokesman William Barksdale said": the
    last one named after "by" or "from" (a document with no author named speaks itself)."""
    inside = [n for n, t in enumerate(toks[:v]) if t[0] >= (cand.words or (cand.start,))[0]]
    if not inside:
        return None
    head = next((toks[n][2].lower().rstrip("s") for n in inside if toks[n][2].lower() in ("by", "from")), None)
    words = [toks[n][2].lower() for n in inside]
    if head is None or not any(
        w.rstrip("s") in lx.MESSAGE_NOUNS or w in lx.MESSAGE_NOUNS
        for w in words[: words.index(head) if head in words else len(words)]
    ):
        return None
    found = None
    for n in inside:
        if toks[n][2].lower() in ("by", "from") and n + 1 < v:
            named, _ = phrases.phrase_at(art, toks, n + 1, v)
            if named is not None and named.kind in ("person", "organization"):
                found = named
            elif toks[n + 1][2][:1].isupper():
                # a sender the names stage did not read: "from Burkhardt & Associates to …"
                m = n + 1
                while m < v and (toks[m][2][:1].isupper() or toks[m][2] == "&"):
                    m += 1
                written = art.body[toks[n + 1][0] : toks[m - 1][1]]
                found = Candidate(toks[n + 1][0], toks[m - 1][1], "organization", written)
    return found


def when(art: ArticleIndex, cand: Candidate) -> bool:
    """Whether a phrase says when ("several times", "last week"), not who."""
    words = art.body[cand.start : cand.end].split()
    return bool(words) and words[-1].lower().strip(",.") in lx.TIME_NOUNS


def _leading_person(art: ArticleIndex, toks: list[tuple[int, int, str]], v: int) -> Candidate | None:
    """A person who opens the clause and is described before the cue ("Ralph Crosby, EADS's
    North America CEO and ex Northrop executive commented", "Whitey MacDonald, chairperson of
    Local 1520, Canadian Auto Workers union said"): the description holds no verb."""
    start = 0
    for n in range(v):
        if toks[n][2] in (";", ":"):
            start = n + 1
    if start < v and toks[start][2].lower() in lx.PREPOSITIONS | {"after", "before", "during", "while", "when", "as"}:
        # past an opening adjunct: "On this cut of the one shift, Whitey MacDonald, …"
        start = next((n + 1 for n in range(start, v) if toks[n][2] == ","), v)
    cand, after = phrases.phrase_at(art, toks, start, v)
    if cand is None or cand.kind != "person" or after >= v - 1 or toks[after][2] != ",":
        return None
    if toks[after + 1][2].lower() in ("a", "an", "the", "one"):
        return None  # "Clinton, a top aide said, …": the aide speaks
    n = v
    while n > after and (phrases.before_verb(toks[n - 1][2]) or phrases.adverb(toks[n - 1][2])):
        n -= 1
    for t in toks[after + 1 : n]:
        w = t[2]
        if (
            w.lower() in lx.SPEECH_VERBS
            or w.lower() in lx.CLAUSE_OPENERS
            or (
                w[:1].islower()
                and (w.lower() in lx.SAID_IRREGULARLY or (verbs.any_verb(w) and w.lower().endswith("ed")))
            )
        ):
            return None
    if n - after > 16:
        return None
    return cand


def _main_subject(
    art: ArticleIndex, toks: list[tuple[int, int, str]], v: int, *, infinitive: bool = False
) -> Candidate | None:
    """The subject of the clause a participle hangs on ("Republicans on Capitol Hill seized on
    the message, arguing …"), or an infinitive whose subject is the clause's ("Sanders used
    this question to demand …"): the noun phrase from the start up to the first verb."""
    i = v - 1
    while i > 0 and (phrases.adverb(toks[i][2]) or toks[i][2].lower() in ("only", "also", "then")):
        i -= 1
    if i < 1 or toks[i][2] != ("to" if infinitive else ","):
        return None
    start = 0
    for n in range(start, i):
        if toks[n][2] in (";", ":") or toks[n][2].lower() in lx.CLAUSE_LEADS:
            start = n + 1
    verb = next(
        (
            n
            for n in range(start + 1, i)
            if toks[n][2].lower()
            in lx.BEFORE_VERB
            - {
                "as",
                "on",
                "to",
                "not",
                "also",
                "then",
                "later",
                "again",
                "once",
                "still",
                "now",
                "further",
                "quoted",
                "even",
                "just",
                "simply",
                "often",
                "never",
                "previously",
                "recently",
            }
            or (
                toks[n][2][:1].islower()
                and toks[n - 1][2].lower() not in lx.DETERMINERS
                and (verbs.any_verb(toks[n][2]) or toks[n][2].lower() in lx.SAID_IRREGULARLY)
            )
        ),
        None,
    )
    if verb is None or toks[start][2] in phrases.PUNCTUATION:
        return None
    return clause_subject(art, toks, verb) if verb - start <= 14 else None


def clause_subject(art: ArticleIndex, toks: list[tuple[int, int, str]], v: int) -> Candidate | None:
    """The noun phrase before the cue at v (past auxiliaries and one or two asides set off by
    commas) that opens its clause: the subject, whatever it names."""
    i = v
    while i > 0 and (phrases.before_verb(toks[i - 1][2]) or phrases.adverb(toks[i - 1][2])):
        i -= 1
    for _ in range(2):
        if i < 2 or toks[i - 1][2] != ",":
            break
        p = next((n for n in range(i - 2, max(-1, i - 20), -1) if toks[n][2] == ","), None)
        if p is None or not (
            toks[p + 1][2].lower() in lx.ASIDE_OPENERS
            or toks[p + 1][2].lower() in lx.DETERMINERS
            or phrases.adverb(toks[p + 1][2])
            or toks[p + 1][2].lower().endswith("ed")
        ):
            break
        i = p
    start = verbs.clause_start(toks, i)
    for n in range(start, i):
        if toks[n][2].lower() in lx.CLAUSE_LEADS:
            start = n + 1
    if start >= i or i - start > 14 or toks[i - 1][2] in phrases.PUNCTUATION:
        return None
    for n in range(start + 1, i - 1):
        if toks[n][2].lower().endswith("ed") and toks[n + 1][2].lower() == "by":
            i = n  # "A Feb. 1 letter from the American Legion | obtained by The Associated Press"
            break
    if any(
        phrases.verb_like(toks[n][2])
        and toks[n][2].lower().endswith("ed")
        and toks[n - 1][2].lower() not in lx.DETERMINERS
        for n in range(start + 1, i)
    ):
        return None  # a clause, not a noun phrase
    first = toks[start][2]
    if not (
        first[:1].isupper()
        or first[:1].isdigit()
        or first.lower() in lx.DETERMINERS
        or first.lower() in ("about", "some", "many", "most", "several", "few", "all", "both")
    ):
        return None
    if first.lower() in lx.FIRST_PERSON or first.lower() in ("it", "there", "this", "what"):
        return None
    named = verbs.person_ending(art, toks[i - 1][1])
    if named is not None and named.start >= toks[start][0] and first.lower() not in lx.DETERMINERS:
        # a title that ends on its holder's name: "Assistant Secretary of the Air Force for
        # Acquisition Marvin Sambur defended …"
        return Candidate(named.start, named.end, "person", named.name, (toks[start][0], named.end))
    cand, _after = phrases.phrase_at(art, toks, start, i, whole=True)
    if cand is not None and cand.kind in ("person", "organization", "role", "pronoun"):
        return cand
    return Candidate(toks[start][0], toks[i - 1][1], "other")


def named_subject(art: ArticleIndex, toks: list[tuple[int, int, str]], v: int) -> Candidate | None:
    if toks[v][2].lower().endswith("ing"):
        sender = _sender(art, toks, v)
        if sender is not None:
            return sender
    j = v
    while j > 0 and (
        phrases.before_verb(toks[j - 1][2]) or phrases.adverb(toks[j - 1][2]) or phrases.weekday(toks[j - 1][2])
    ):
        j -= 1
    if j < v and j > 1 and phrases.verb_like(toks[j - 1][2]) and toks[j - 2][2][:1].islower():
        j -= 1  # "The email goes on to say"
    if j > 0 and toks[j - 1][2] == ")":
        # "Rep. Gwen Moore (D-Wis.) said"
        for n in range(j - 2, max(-1, j - 9), -1):
            if toks[n][2] == "(":
                j = n
                break
    relative = j > 1 and toks[j - 1][2].lower() == "who" and toks[j - 2][2] == ","
    aside = _relative_aside(toks, j)
    if aside is not None:
        named = verbs.person_ending(art, toks[aside - 1][1])
        if named is not None:
            # "Levine, who has given money to Rubio, said": the name the aside describes
            return Candidate(named.start, named.end, "person", named.name)
    if relative:
        j -= 2  # "Trump, who has called …": the name before the relative clause
    elif (
        j > 1
        and toks[j - 1][2].lower() in ("who", "which", "that")
        and phrases.np_word(toks[j - 2][2])
        and toks[j - 2][2] not in phrases.PUNCTUATION
    ):
        relative = True
        j -= 1  # "turned to the Chicago Police Department which reported": what the pronoun stands for
    # What a relative pronoun or a gerund's subject stands for may follow a preposition:
    # "a lecture from the Mexican president, who said", "from Bush calling …".
    loose = relative or toks[v][2].lower().endswith("ing")
    if j > 0 and toks[j - 1][2].lower() in lx.PERSON_PRONOUNS:
        s, e, w = toks[j - 1]
        return Candidate(s, e, "pronoun", w.lower())
    if j > 0 and toks[j - 1][2].lower() in ("another", "others") and (j == 1 or toks[j - 2][2] in (",", ";", ":")):
        s, e, _ = toks[j - 1]
        return Candidate(s, e, "other")  # "Another tweeted, “…”": someone not named
    if j > 0 and toks[j - 1][2].lower() == "it":
        return Candidate(toks[j - 1][0], toks[j - 1][1], "it")  # "what it called"
    if j > 0 and toks[j - 1][2] != ",":
        start = j
        while start > 0 and phrases.np_back_word(toks[start - 1][2]):
            if toks[start - 1][2].lower() == "and" and (
                start == j or start < 2 or toks[start - 2][2].lower() not in phrases.NP_INNER
            ):
                break  # "… sponsored by NBC News and said": a second verb, not a phrase
            start -= 1
        common = phrases.common_start(toks, j) if not toks[v][2].endswith("ing") else None
        # Not the subject of a cue inside reported words ("Ryan said … protests demands")
        # nor the object of a preposition ("marching through the streets chanted").
        whole = (
            common is not None
            and common <= start
            and not (common > 0 and toks[common - 1][2].lower() in lx.PREPOSITIONS and not loose)
            and not any(
                toks[x][2].lower() in lx.SPEECH_VERBS and not verbs.noun_use(toks, x)
                for x in range(verbs.clause_start(toks, common), common)
            )
        )
        first = common if whole and common is not None else start
        cand, _ = phrases.phrase_at(art, toks, first, j, whole=whole)
        if cand and cand.kind == "person" and first > 1 and toks[first - 1][2].lower() == "and":
            other = verbs.person_ending(art, toks[first - 2][1])
            if other is not None and other.name != cand.name:
                # "Obama and Clinton call": both, so neither alone
                return Candidate(cand.start, cand.end, "group", None, (other.start, cand.end))
        # What follows a preposition is no subject ("Officials at the State Department
        # said", "calls for the party to respond"): a phrase before it, if any, is; nor is
        # someone hoped for ("seeking a leader to counter …").
        if cand and first > 0 and toks[first - 1][2].lower() in lx.PREPOSITIONS and not loose:
            head = phrases.first_named(art, toks, j)
            if head is not None or cand.kind == "other":
                return head
        if cand and relative and cand.kind == "other" and not phrases.group_noun(toks[j - 1][2].lower()):
            cand = None  # "a comment that described …" is no speaker; "the department which reported" is
        if cand and not (
            cand.kind in ("role", "other") and toks[v - 1][2].lower() == "to" and toks[first][2].lower() in ("a", "an")
        ):
            return cand
    # "X, a lawyer for Y, said" or "In an interview, X said"
    return phrases.first_named(art, toks, j)


def _relative_aside(toks: list[tuple[int, int, str]], j: int) -> int | None:
    """Where a relative clause set off by commas right before the cue at j begins (the comma
    before "who"): "X, who has given money to Y, said" gives the comma after X."""
    if j < 4 or toks[j - 1][2] != ",":
        return None
    for n in range(j - 3, max(0, j - 20), -1):
        if toks[n][2] in (";", ":", "(", ")") or toks[n][2] in ("“", "”", '"'):
            return None
        if toks[n][2] == ",":
            return n if toks[n + 1][2].lower() in ("who", "whose") and n > 0 else None
    return None


def _sender(art: ArticleIndex, toks: list[tuple[int, int, str]], v: int) -> Candidate | None:
    """Who sent the message whose words a participle gives: "The town released a statement
    Wednesday saying …", "Trump posted a message on Twitter reading …": the clause's subject."""
    i = v - 1
    while i > 0 and (phrases.weekday(toks[i][2]) or phrases.adverb(toks[i][2]) or toks[i][2] == ","):
        i -= 1
    if i > 1 and toks[i][2][:1].isupper() and toks[i - 1][2].lower() in ("on", "to", "via", "in"):
        i -= 2  # "a message on Twitter reading"
    if i < 1 or toks[i][2].lower().rstrip("s") not in lx.MESSAGE_NOUNS | {"e-mail"}:
        return None
    k = i - 1
    while k > 0 and (
        toks[k][2].lower() in lx.DETERMINERS
        or (
            toks[k][2][:1].islower()
            and toks[k][2].lower() not in lx.SENDING_VERBS
            and not phrases.verb_like(toks[k][2])
        )
    ):
        k -= 1
    if toks[k][2].lower() not in lx.SENDING_VERBS and not (
        phrases.verb_like(toks[k][2]) and toks[k][2].lower().endswith("ed")
    ):
        return None
    if toks[k][2].lower() == "out" and k > 0:
        k -= 1  # "put out", "sent out"
    while k > 0 and (phrases.before_verb(toks[k - 1][2]) or phrases.adverb(toks[k - 1][2])):
        k -= 1
    start = verbs.clause_start(toks, k)
    if start >= k:
        return None
    cand, after = phrases.phrase_at(art, toks, start, k, whole=True)
    return cand if cand is not None and after >= k else None
