"""Find the people, organisations and places of an article (runs of capitalised words in
`capitals`, their kind and role in `kinds`, short forms read as full names in `fullnames`),
and fold the same referent across articles into one `Entity`.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from briefing.model import Analysis, Entity, Mention, QuoteItem, Ref, Sentence
from briefing.partition import Partition
from briefing.s3_names import capitals, fullnames, kinds
from briefing.s3_names.capitals import Span

KIND_ORDER = {"person": 0, "organization": 1, "place": 2}
_ANY_WORD = re.compile(r"[A-Za-z][\w’']*")
_LOWER_WORD = re.compile(r"\b[a-z][a-z’'-]*\b")


def find(body: str, sentences: Sequence[Sentence]) -> list[Mention]:
    """Every name of a person, organisation or place in body, in text order."""
    lower_words = set(_LOWER_WORD.findall(body))
    spans: list[Span] = []
    titled: list[Sentence] = []
    for s in sentences:
        if _title_case(body, s):
            titled.append(s)
            continue
        spans.extend(capitals.spans(body, s.start, s.end))
    classified = [sp for sp in (kinds.classify(body, sp, lower_words) for sp in spans) if sp]
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
    return mentions


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
    for a in analyses:
        starts = [s.start for s in a.sentences]
        source = a.article.id
        for m in a.mentions:
            index = max(0, bisect.bisect_right(starts, m.start) - 1)
            groups[key_of[m.name]].append((source, m, index))
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
    for keys in by_last.values():
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                if fullnames.same_full(tuple(a[1].split()), tuple(b[1].split())):
                    join(a, b)
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
    for k in ordered:
        if k[0] != "person" or len(k[1].split()) > 1:
            continue
        owners = {root(o) for o in by_last.get(k[1].lower(), [])}
        if not owners:
            continue
        roles = {w for _, m, _ in groups[k] for w in fullnames.role_words(m.role)}
        best = max(sorted(owners), key=lambda o: (bool(roles & titles[o]), size[o]))
        join(best, k)
    # Organisations and places: the same name in any case.
    seen: dict[tuple[str, str], tuple[str, str]] = {}
    for k in ordered:
        if k[0] != "person":
            key = (k[0], k[1].lower())
            if key in seen:
                join(seen[key], k)
            else:
                seen[key] = k
    # An acronym joins the one organisation whose initials it spells (NRA, National Rifle
    # Association).
    by_initials: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for k in groups:
        if k[0] == "organization" and len(k[1].split()) > 1:
            by_initials[_initials(k[1])].add(k)
    for k in ordered:
        if k[0] == "organization" and k[1].isupper() and len(by_initials.get(k[1], ())) == 1:
            join(next(iter(by_initials[k[1]])), k)
    merged: dict[tuple[str, str], list[tuple[str, Mention, int]]] = defaultdict(list)
    for k, rows in groups.items():
        merged[root(k)].extend(rows)
    described = _descriptions(analyses)
    entities = []
    for (kind, _), rows in merged.items():
        if len(rows) == 1:  # most names are mentioned once: the same entity, made directly
            source, m, index = rows[0]
            aliases = {m.text} if m.text != m.name else set()
            if kind == "person":
                aliases |= described.get(m.name, set())
            entities.append(
                Entity(
                    m.name,
                    kind,
                    tuple(sorted(aliases)),
                    m.role or None,
                    (Ref(source, m.start, m.end, index),),
                    (m.name,),
                )
            )
            continue
        names: dict[str, int] = {}
        texts: set[str] = set()
        roles: dict[str, int] = {}
        found = []
        for src, m, idx in rows:
            names[m.name] = names.get(m.name, 0) + 1
            texts.add(m.text)
            if m.role:
                roles[m.role] = roles.get(m.role, 0) + 1
            found.append(Ref(src, m.start, m.end, idx))
        # the most used full name, not a one-off variant ("Crooked Hillary Clinton")
        name = max(names, key=lambda n: (len(n.split()) > 1, names[n], len(n.split()), n))
        aliases = sorted(
            {n for n in names if n != name}
            | {t for t in texts if t != name}
            | (set().union(*(described.get(n, set()) for n in names)) if kind == "person" else set())
        )
        role = max(roles, key=lambda r: (roles[r], len(r), r)) if roles else None
        refs = tuple(sorted(found, key=lambda r: (r.source, r.start, r.end)))
        entities.append(Entity(name, kind, tuple(aliases), role, refs, tuple(sorted(names))))
    entities.sort(key=lambda e: (KIND_ORDER.get(e.kind, 9), -len(e.mentions), e.name))
    return entities


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


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())
