"""The briefing as plain JSON data: the schema documented in docs/export.md."""

from __future__ import annotations

import json
from json.encoder import encode_basestring
from typing import Any

from briefing import collector
from briefing.model import Briefing, Claim, Copy, QuoteItem, Ref


def to_dict(briefing: Briefing) -> dict:
    """The export: sources, dates, events, key events, quotes, entities, discrepancies, and the
    groups of places the site presents as telling the same thing (agreements)."""
    copies: dict[str, list[Copy]] = {}
    for c in briefing.copies:
        copies.setdefault(c.source, []).append(c)
    return {
        "sources": [
            {
                "id": a.article.id,
                "path": a.article.path,
                "title": a.article.title,
                "published": a.article.published.isoformat() if a.article.published else None,
                "published_from": a.article.published_from,
                "dateline": a.article.dateline.isoformat() if a.article.dateline else None,
                "outlet": a.article.outlet,
                "url": a.article.url,
                "format": a.article.format,
                "language": a.article.language,
                "body": a.article.body,
                "also_published": [
                    {
                        "path": c.path,
                        "title": c.title,
                        "outlet": c.outlet,
                        "url": c.url,
                        "published": c.published.isoformat() if c.published else None,
                        "similarity": round(c.similarity, 3),
                    }
                    for c in copies.get(a.article.id, ())
                ],
            }
            for a in briefing.analyses
        ],
        "dates": [
            {"source": a.article.id, "start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
            for a in briefing.analyses
            for t in a.dates
        ],
        "events": [
            {"date": e.date, "text": e.text, "sources": [_ref(r) for r in e.sources], "listed": e.listed}
            for e in briefing.timeline
        ],
        "key_events": [
            {
                "date": k.date,
                "text": k.text,
                "weight": k.weight,
                "sources": [_ref(r) for r in k.sources],
                "folded": [_ref(r) for r in k.folded],
            }
            for k in briefing.key_events
        ],
        "quotes": [
            {
                "text": q.text,
                "speaker": _attribution(q),
                "person": q.speaker,
                "date": q.date,
                "speaker_kind": q.speaker_kind,
                "via": q.via,
                "sources": [_ref(r) for r in q.sources],
            }
            for q in briefing.quotes
        ],
        "entities": [
            {"name": e.name, "kind": e.kind, "aliases": list(e.aliases), "role": e.role} for e in briefing.entities
        ],
        "agreements": agreements(briefing),
        "discrepancies": [
            {
                "kind": d.kind,
                "about": d.about,
                "claims": [_claim(c) for c in d.claims],
                "subject": d.subject or None,
                "event": _claim(d.event) if d.event else None,
                "relation": d.relation or None,
                "omitted": [
                    {
                        "source": o.source,
                        "kind": o.kind,
                        "text": o.text,
                        "speaker": o.speaker,
                        "names": list(o.names),
                        "ref": _ref(o.ref),
                    }
                    for o in d.omitted
                ],
                "sources": [_ref(r) for r in d.sources],
            }
            for d in briefing.discrepancies
        ],
    }


def agreements(briefing: Briefing) -> list[dict]:
    """Every group of places the site presents as telling the same thing: a fact told by
    several sources (the Comparison page's shared facts and coverage, the Context lines, the
    Overview's key fact), a timeline item merged across sources, a quotation several sources
    give, a key event several sources report. Each place once, in the group's order."""
    out = []
    for kind, groups in (
        ("fact", (f.sources for f in briefing.facts)),
        ("event", (t.sources for t in briefing.timeline)),
        ("quote", (q.sources for q in briefing.quotes)),
        ("key_event", (k.sources for k in briefing.key_events)),
    ):
        for refs in groups:
            if len({r.source for r in refs}) > 1:
                out.append({"kind": kind, "sources": [_ref(r) for r in dict.fromkeys(refs)]})
    return out


def _attribution(q: QuoteItem) -> str | None:
    """Who a quotation is given to as its source words it, or the resolved name when the
    source only writes that name's acronym ("GM" for General Motors): the name says more."""
    words = q.attribution or q.speaker
    if q.speaker and words and words != q.speaker and words.isupper() and len(words) <= 6:
        initials = "".join(w[:1] for w in q.speaker.split() if w[:1].isupper())
        if initials.startswith(words[:1]) and len(initials) >= 2:
            return q.speaker
    return words


def to_json(briefing: Briefing) -> str:
    """Deterministic JSON text (sorted keys are not used: the schema's order reads better):
    `json.dumps(to_dict(briefing), ensure_ascii=False, indent=1)`, and a newline."""
    with collector.paused():  # many small objects, no cycles
        return dumps(to_dict(briefing)) + "\n"


def dumps(value: object) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=1)`, twice as fast on the export's data.

    With an indent, `json` uses its pure-Python encoder, a generator per level; this writes the
    same text in one recursive pass (a few hundred thousand values at 500 articles).
    """
    out: list[str] = []
    put = out.append

    def encode(v: Any, newline: str) -> None:  # JSON data: dicts, lists, str, int, None, bool, float
        t = type(v)
        if t is dict:
            if not v:
                put("{}")
                return
            inner = newline + " "
            sep = "{" + inner
            for k, x in v.items():  # the export's keys are all strings
                tx = type(x)
                if tx is str:
                    put(sep + encode_basestring(k) + ": " + encode_basestring(x))
                elif tx is int:
                    put(sep + encode_basestring(k) + ": " + int.__repr__(x))
                else:
                    put(sep + encode_basestring(k) + ": ")
                    encode(x, inner)
                sep = "," + inner
            put(newline + "}")
        elif t is list or t is tuple:
            if not v:
                put("[]")
                return
            inner = newline + " "
            sep = "[" + inner
            for x in v:
                put(sep)
                encode(x, inner)
                sep = "," + inner
            put(newline + "]")
        elif t is str:
            put(encode_basestring(v))
        else:  # None, booleans, numbers: as json writes them
            put(json.dumps(v))

    encode(value, "\n")
    return "".join(out)


def _ref(ref: Ref) -> dict:
    return {"source": ref.source, "start": ref.start, "end": ref.end, "sentence": ref.anchor}


def _claim(claim: Claim) -> dict:
    return {"source": claim.source, "text": claim.text, "value": claim.value}
