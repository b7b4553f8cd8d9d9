"""The briefing as plain JSON data: the schema documented in docs/export.md."""

from __future__ import annotations

import json

from .model import Briefing, Ref


def to_dict(briefing: Briefing) -> dict:
    """The export: sources, dates, events, quotes, entities, discrepancies."""
    return {
        "sources": [
            {
                "id": a.article.id,
                "path": a.article.path,
                "title": a.article.title,
                "published": a.article.published.isoformat() if a.article.published else None,
                "outlet": a.article.outlet,
                "url": a.article.url,
            }
            for a in briefing.analyses
        ],
        "dates": [
            {"source": a.article.id, "start": t.start, "end": t.end, "text": t.text,
             "type": t.type, "value": t.value}
            for a in briefing.analyses
            for t in a.dates
        ],
        "events": [
            {"date": e.date, "text": e.text, "sources": [_ref(r) for r in e.sources]}
            for e in briefing.timeline
        ],
        "quotes": [
            {"text": q.text, "speaker": q.attribution or q.speaker, "person": q.speaker,
             "sources": [_ref(r) for r in q.sources]}
            for q in briefing.quotes
        ],
        "entities": [
            {"name": e.name, "kind": e.kind, "aliases": list(e.aliases), "role": e.role}
            for e in briefing.entities
        ],
        "discrepancies": [
            {"kind": d.kind, "message": d.message, "sources": [_ref(r) for r in d.sources]}
            for d in briefing.discrepancies
        ],
    }


def to_json(briefing: Briefing) -> str:
    """Deterministic JSON text (sorted keys are not used: the schema's order reads better)."""
    return json.dumps(to_dict(briefing), ensure_ascii=False, indent=1) + "\n"


def _ref(ref: Ref) -> dict:
    return {"source": ref.source, "start": ref.start, "end": ref.end, "sentence": ref.anchor}
