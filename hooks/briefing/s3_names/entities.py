"""Find the people, organisations and places of an article (runs of capitalised words in
`capitals`, their kind and role in `kinds`, short forms read as full names in `fullnames`),
and fold the same referent across articles into one `Entity`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from briefing import lexicon as lx
from briefing.model import Analysis, Entity, Mention, QuoteItem, Ref, Sentence
from briefing.partition import Partition
from briefing.s3_names import capitals, composed, fullnames, governments, kinds, roles, variants
from briefing.s3_names.capitals import Span

KIND_ORDER = {"person": 0, "organization": 1, "place": 2}
_ANY_WORD = re.compile(r"[A-Za-z][\w’']*")
_LOWER_WORD = re.compile(r"\b[a-z][a-z’'-]*\b")
# ", the New York businessman," after a name: a description ending in a role noun, closed
# by a comma, a period or "who".
_APPOSITION = re.compile(
    r",\s+(the\s+(?:[A-Za-z][\w.’'-]*\s+){0,4}?(?:"
    + "|".join(sorted(lx.ROLE_NOUNS | lx.TITLES, key=len, reverse=True))
    + r"))(?=[,.;]|\s+who\b)"
)


def find(body: str, sentences: Sequence[Sentence]) -> list[Mention]:
    """Every name of a person, organisation or place in body, in text order.

    Names are read in the composed, format-free view of body (`composed`), so that decomposed
    letters or a zero-width space do not cut them; offsets and `text` are the body's own.
    """
    shown = composed.view(body)
    if shown is None:
        return _find(body, sentences)
    inside = [replace(s, start=a, end=b) for s in sentences for a, b in [shown.into(s.start, s.end)]]
    out = []
    for m in _find(shown.text, inside):
        start, end = shown.back(m.start, m.end)
        out.append(replace(m, start=start, end=end, text=body[start:end]))
    return out


def _find(body: str, sentences: Sequence[Sentence]) -> list[Mention]:
    lower_words = set(_LOWER_WORD.findall(body))
    spans: list[Span] = []
    titled: list[Sentence] = []
    for s in sentences:
        if _title_case(body, s):
            titled.append(s)
            continue
        spans.extend(capitals.spans(body, s.start, s.end, lower_words))
    classified = [sp for sp in (kinds.classify(body, sp, lower_words) for sp in spans) if sp]
    kinds.in_lists(body, classified)
    mentions = fullnames.resolve(classified)
    known = {m.text.lower(): m for m in mentions} if titled else {}
    # Headlines capitalise every word: only names the body already uses are taken there.
    for s in titled:
        for sp in capitals.spans(body, s.start, s.end):
            toks = sp.tokens
            i = 0
            while i < len(toks):
                # the longest known name starting here (names are short: a bounded window)
                for j in range(min(len(toks), i + capitals.MAX_NAME_WORDS), i, -1):
                    key = " ".join(t.text for t in toks[i:j]).lower()
                    if key in known:
                        m = known[key]
                        mentions.append(
                            Mention(
                                toks[i].start,
                                toks[j - 1].end,
                                body[toks[i].start : toks[j - 1].end],
                                m.kind,
                                m.name,
                                None,
                            )
                        )
                        i = j - 1
                        break
                i += 1
    mentions.sort(key=lambda m: (m.start, m.end))
    return governments.find(body, _acronyms_named(body, mentions))


def _acronyms_named(body: str, mentions: list[Mention]) -> list[Mention]:
    """An acronym in brackets after an organisation's name ("Singapore Airlines (SIA)"), or
    another spelling sharing a word with it ("Daimler-Benz (Mercedes-Benz)"), names it
    everywhere in the article."""
    named: dict[str, Mention] = {}
    for m, nxt in itertools.pairwise(mentions):
        if (
            m.kind == "organization"
            and body[m.end : nxt.start] == " ("
            and body[nxt.end : nxt.end + 1] == ")"
            and not m.text.isupper()
            and (nxt.text.isupper() or (nxt.kind == "organization" and _share_word(m.text, nxt.text)))
        ):
            named.setdefault(nxt.text, m)
    if not named:
        return mentions
    return [replace(x, kind=named[x.text].kind, name=named[x.text].name) if x.text in named else x for x in mentions]


def _title_case(body: str, s: Sentence) -> bool:
    """A headline or caption, where every word is capitalised."""
    if s.role in ("headline", "caption"):
        return True
    if s.paragraph > 0:
        return False
    words = _ANY_WORD.findall(body, s.start, s.end)
    if len(words) < 6:
        return False
    return sum(w[0].isupper() for w in words) >= 0.9 * len(words)


def fold(analyses: Sequence[Analysis]) -> list[Entity]:
    """One entity per real-world referent across all articles, aliases folded."""
    # One kind per name: the one most of its mentions have ("Boeing said" read as a person
    # in one article, a company in five others).
    # Counted by spelling first: far fewer spellings than mentions.
    spelled = Counter((m.name, m.kind) for a in analyses for m in a.mentions)
    counts: dict[str, dict[str, int]] = {}
    for (name, kind), n in spelled.items():
        counted = counts.setdefault(name.lower(), {})
        counted[kind] = counted.get(kind, 0) + n
    kind_of = {name: max(sorted(c), key=lambda k: c[k]) for name, c in counts.items()}
    key_of = {name: (kind_of[name.lower()], name) for name, _ in spelled}
    groups: dict[tuple[str, str], list[tuple[str, Mention, int]]] = defaultdict(list)
    for analysis in analyses:
        starts = [s.start for s in analysis.sentences]
        source = analysis.article.id
        for m in analysis.mentions:
            index = max(0, bisect.bisect_right(starts, m.start) - 1)
            # (an airport named after a person stays a place: "John F. Kennedy airport")
            own = m.kind == "place" and m.text.lower().endswith(" airport")
            groups[(m.kind, m.name) if own else key_of[m.name]].append((source, m, index))
    grouped = list(groups)
    at = {k: i for i, k in enumerate(grouped)}
    joined = Partition(len(grouped))

    def root(k: tuple[str, str]) -> tuple[str, str]:
        return grouped[joined.find(at[k])]

    def join(keep: tuple[str, str], other: tuple[str, str]) -> None:
        joined.join(at[keep], at[other])

    # Full names: the same surname and compatible given names (Osama / Usama bin Laden).
    by_last: dict[str, list[tuple[str, str]]] = defaultdict(list)
    ordered = sorted(groups)  # the same order for every pass below
    for k in ordered:
        words = k[1].split()
        if k[0] == "person" and len(words) > 1:
            by_last[words[-1].lower()].append(k)
    # ... and by the skeleton of the surname, so that transliterations meet (Gaddafi, Qaddafi)
    by_sound: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for last, keys in by_last.items():
        by_sound[variants.consonants(last) if len(last) >= 6 else last].extend(keys)
    for keys in by_sound.values():
        for one, two in _same_people(keys):
            join(one, two)
    # A surname alone joins one full name: the one whose role it shares, else the most
    # mentioned ("Obama" → Barack Obama, not Michelle Obama).
    size: Counter[tuple[str, str]] = Counter()
    titles: dict[tuple[str, str], set[str]] = defaultdict(set)
    for x, rows in groups.items():
        r = root(x)
        size[r] += len(rows)
        for _, m, _ in rows:
            if m.role:
                titles[r] |= fullnames.role_words(m.role)
    by_first: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for keys in by_last.values():
        for o in keys:
            by_first[o[1].split()[0].lower()].append(o)
    for k in ordered:
        if k[0] != "person" or len(k[1].split()) > 1:
            continue
        owners = {root(o) for o in by_last.get(k[1].lower(), [])}
        if not owners:
            # a slip in one surname ("DesRoiser" for DesRosier, "Clements" for Clement)
            owners = {root(o) for last, keys in by_last.items() if variants.same_single(k[1], last) for o in keys}
        if not owners and k[1].lower() not in by_last:
            # a given name alone ("Elian", "Saddam") stands for the one person the articles name
            # in full with it, if it is no one's surname
            owners = {root(o) for o in by_first.get(k[1].lower(), [])}
            if len(owners) != 1:
                continue
        if not owners:
            continue
        offices = {w for _, m, _ in groups[k] for w in fullnames.role_words(m.role)}
        best = max(sorted(owners), key=lambda o: (bool(offices & titles[o]), size[o]))
        join(best, k)
    # A monarch named by title ("King Abdullah") is the one person named in full with that
    # name first who holds the title ("King Abdullah II").
    for k in ordered:
        words = k[1].split()
        if k[0] == "person" and len(words) == 2 and words[0].lower() in lx.REGNAL_TITLES:
            owners = {root(o) for o in by_first.get(words[1].lower(), []) if words[0].lower() in titles[root(o)]}
            if len(owners) == 1:
                join(owners.pop(), k)
    # Organisations and places: one key for the spellings of one name (any case, a company's
    # legal form and trade word, the home country in front, "International Airport").
    first: dict[tuple[str, str], tuple[str, str]] = {}
    for k in ordered:
        if k[0] != "person":
            for key in variants.name_keys(k[0], k[1]):
                other = first.setdefault((k[0], key), k)
                if other is not k:
                    join(other, k)
    # A company's name with two letters swapped is a slip ("Chrylser"); a company's first word
    # alone is the company when only one name starts with it ("Northrop", "Lockheed").
    orgs = [k[1] for k in ordered if k[0] == "organization"]
    for right, slip in variants.slips(orgs):
        join(("organization", right), ("organization", slip))
    for short, full in variants.short_forms(orgs):
        join(("organization", full), ("organization", short))
    # An acronym written after a name in one article ("Singapore Airlines (SIA)") is that name.
    for k, rows in groups.items():
        if k[0] == "organization":
            for _, m, _ in rows:
                if m.text != m.name and m.text.isupper() and (k[0], m.text) in groups:
                    join(k, (k[0], m.text))
    # An acronym joins the one organisation whose initials it spells (NRA, National Rifle
    # Association): one named in an article that uses it, else the only one, unless its own
    # articles use it to open another name ("DPC" of "DPC Acquisition Partners" is not "Du
    # Pont Co." of another article).
    by_initials: dict[str, set[tuple[str, str]]] = defaultdict(set)
    opening: dict[str, set[str]] = defaultdict(set)
    for k, rows in groups.items():
        if k[0] == "organization" and len(k[1].split()) > 1:
            by_initials[_initials(k[1])].add(k)
            opening[k[1].split()[0]] |= {src for src, _, _ in rows}
    for k in ordered:
        if k[0] != "organization" or not k[1].isupper() or k[1] not in by_initials:
            continue
        used = {src for src, _, _ in groups[k]}
        near = sorted(o for o in by_initials[k[1]] if any(src in used for src, _, _ in groups[o]))
        if len(near) == 1:
            join(near[0], k)
        elif not near and len(by_initials[k[1]]) == 1 and not opening.get(k[1], set()) & used:
            join(next(iter(by_initials[k[1]])), k)
    # A surname under a title ("President Obama") in an article that names in full only
    # someone else of that surname (Michelle Obama) is the one person the articles give that
    # title in full (President Barack Obama): the title is not hers.
    in_full: dict[tuple[str, str], set[str]] = defaultdict(set)
    for k, rows in groups.items():
        if k[0] == "person":
            for _, m, _ in rows:
                if " " in m.text:
                    in_full[root(k)] |= _offices(m.role)
    merged: dict[tuple[str, str], list[tuple[str, Mention, int]]] = defaultdict(list)
    for k, rows in groups.items():
        r = root(k)
        for row in rows:
            m = row[1]
            offices = _offices(m.role) if k[0] == "person" and " " not in m.text else set()
            if offices and not offices & in_full[r]:
                holders = {root(o) for o in by_last.get(m.text.lower(), ())} - {r}
                titled = [h for h in sorted(holders) if offices & in_full[h]]
                if len(titled) == 1:
                    merged[titled[0]].append((row[0], replace(m, name=titled[0][1]), row[2]))
                    continue
            merged[r].append(row)
    described = _descriptions(analyses)
    apposed = _apposed(analyses)
    entities = []
    for (kind, _), rows in merged.items():
        if len(rows) == 1:  # most names are mentioned once: the same entity, made directly
            source, m, index = rows[0]
            written = {m.text} if m.text != m.name else set()
            if kind == "person":
                written |= {
                    d
                    for d in described.get(m.name, ())
                    if roles.tied(d, [m.role] if m.role else []) or d in apposed.get(m.name, ())
                }
            entities.append(
                Entity(
                    m.name,
                    kind,
                    tuple(sorted(written)),
                    roles.own_role([(m.text, m.role)]),
                    (Ref(source, m.start, m.end, index),),
                    (m.name,),
                )
            )
            continue
        names: dict[str, int] = {}
        texts: set[str] = set()
        found = []
        for src, m, idx in rows:
            names[m.name] = names.get(m.name, 0) + 1
            texts.add(m.text)
            found.append(Ref(src, m.start, m.end, idx))
        given = {m.role for _, m, _ in rows if m.role}
        # the most used full name, not a one-off variant ("Crooked Hillary Clinton")
        name = max(names, key=lambda n: (len(n.split()) > 1, names[n], len(n.split()), n))
        aliases = sorted(
            {n for n in names if n != name}
            | {t for t in texts if t != name}
            | (
                {d for n in names for d in described.get(n, ()) if roles.tied(d, given) or d in apposed.get(n, ())}
                if kind == "person"
                else set()
            )
        )
        role = roles.own_role((m.text, m.role) for _, m, _ in rows) if kind == "person" else None
        refs = tuple(sorted(found, key=lambda r: (r.source, r.start, r.end)))
        entities.append(Entity(name, kind, tuple(aliases), role, refs, tuple(sorted(names))))
    entities.sort(key=lambda e: (KIND_ORDER.get(e.kind, 9), -len(e.mentions), e.name))
    return _described_once(entities)


def _described_once(entities: list[Entity]) -> list[Entity]:
    """Without the descriptions that several people share ("the president" for Barack Obama
    and for Bill Clinton): an alias names one entity, and a reader cannot tell them apart."""
    held = Counter(a for e in entities if e.kind == "person" for a in e.aliases if a.startswith("the "))
    shared = {a for a, n in held.items() if n > 1}
    if not shared:
        return entities
    return [
        replace(e, aliases=tuple(a for a in e.aliases if a not in shared)) if shared & set(e.aliases) else e
        for e in entities
    ]


def _offices(role: str | None) -> set[str]:
    """The offices a role names, in one spelling, without a title of address ("Mr.")."""
    return fullnames.role_words(role) - lx.HONORIFICS


def _same_people(keys: Sequence[tuple[str, str]]) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """The pairs of full names of one person among keys sharing a surname, but none through a
    shorter name that fits two fuller ones kept apart: "George Bush" fits both George W. Bush
    and George H.W. Bush, so it joins neither."""
    spelt = {k: tuple(k[1].split()) for k in keys}
    partners: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for i, one in enumerate(keys):
        for two in keys[i + 1 :]:
            if variants.same_person(spelt[one], spelt[two]):
                partners[one].append(two)
                partners[two].append(one)
    bridges = {
        k
        for k, found in partners.items()
        for x, y in itertools.combinations([f for f in found if len(spelt[f]) > len(spelt[k])], 2)
        if not variants.same_person(spelt[x], spelt[y])
    }
    return [(one, two) for one in keys for two in partners.get(one, ()) if one < two and not {one, two} & bridges]


def speakers_folded(items: Sequence[QuoteItem], folded: Sequence[Entity]) -> list[QuoteItem]:
    """The quotations with each speaker named as the entity it was folded into ("Obama" in
    one article, "Barack Obama" in others): one person's words under one name on the site.
    A quotation left without a speaker whose attribution is word for word a name the articles
    resolve ("Obama had said ...") is that entity's too."""
    canonical = {n: e.name for e in folded if e.kind != "place" for n in e.names}
    out = []
    for q in items:
        name = canonical.get(q.speaker) if q.speaker else canonical.get(q.attribution or "")
        out.append(q if name is None or name == q.speaker else replace(q, speaker=name))
    return out


def _apposed(analyses: Sequence[Analysis]) -> dict[str, set[str]]:
    """The descriptions set beside a person's name by apposition ("Donald Trump, the New York
    businessman,"), by name: the text itself ties them to that person."""
    out: dict[str, set[str]] = defaultdict(set)
    for a in analyses:
        body = a.article.body
        for m in a.mentions:
            if m.kind == "person":
                found = _APPOSITION.match(body, m.end, m.end + 80)
                if found:
                    out[m.name].add(" ".join(found.group(1).split()))
    return out


def _descriptions(analyses: Sequence[Analysis]) -> dict[str, set[str]]:
    """The role nouns a speaker is named by where quoted ("the Russian president"), by name:
    the reader looking for "the Russian leader" finds the person under it."""
    out: dict[str, set[str]] = defaultdict(set)
    for a in analyses:
        for q in a.quotes:
            if q.speaker and q.speaker_start is not None and q.speaker_end is not None:
                words = a.article.body[q.speaker_start : q.speaker_end].split()
                if len(words) >= 2 and words[0].lower() == "the":
                    out[q.speaker].add(" ".join(["the", *words[1:]]))
    return out


def _share_word(a: str, b: str) -> bool:
    words = {w for w in re.split(r"[\s-]+", a.lower()) if len(w) >= 3}
    return any(w in words for w in re.split(r"[\s-]+", b.lower()))


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())
