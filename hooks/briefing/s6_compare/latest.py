"""What the latest sources add: the sources published last (on the latest day, or within a
tenth of the story's span of it), and the facts, quotations and people they have that no
earlier source has.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing import calendar as reckon
from briefing.model import Analysis, Entity, Fact, KeyEvent, Latest, QuoteItem

# The latest sources are those published within this share of the sources' span of the last.
WINDOW_SHARE = 0.1
# At most this many facts, quotations and people.
MOST = 6


def find(
    analyses: Sequence[Analysis],
    facts: Sequence[Fact],
    quotes: Sequence[QuoteItem],
    entities: Sequence[Entity],
    key_events: Sequence[KeyEvent] = (),
) -> Latest | None:
    """What the latest sources add, or None when the dates do not set any source apart (none
    is dated, or all are of the same time)."""
    dated = {a.article.id: a.article.published for a in analyses if a.article.published is not None}
    if len(dated) < 2:
        return None
    first, last = min(dated.values()), max(dated.values())
    start = reckon.add_days(last, -max(0, int((last - first).days * WINDOW_SHARE))) or first
    recent = {s for s, d in dated.items() if d >= start}
    earlier = {a.article.id for a in analyses} - recent
    if not earlier or not recent:
        return None
    since = max((d for s, d in dated.items() if s in earlier), default=None)
    key = {(r.source, r.sentence) for k in key_events for r in (*k.sources, *k.folded)}

    def only_recent(sources: set[str]) -> bool:
        return bool(sources) and sources <= recent

    # A sentence holding a quotation is shown with the quotations.
    quoting = {(a.article.id, q.sentence) for a in analyses for q in a.quotes}
    new_facts = [
        f
        for f in facts
        if only_recent({r.source for r in f.sources})
        and _stated(analyses, f)
        and not any((r.source, r.sentence) in quoting for r in f.sources)
    ]
    # The facts of a key event first, then in the order the sources tell them.
    new_facts.sort(key=lambda f: (not any((r.source, r.sentence) in key for r in f.sources), f.sources[0].sentence))
    new_quotes = [q for q in quotes if only_recent({r.source for r in q.sources})]
    people = [
        e.name
        for e in sorted(entities, key=lambda e: -len(e.mentions))
        if e.kind == "person" and only_recent({r.source for r in e.mentions})
    ]
    return Latest(tuple(sorted(recent)), since, tuple(new_facts[:MOST]), tuple(new_quotes[:MOST]), tuple(people[:MOST]))


def _stated(analyses: Sequence[Analysis], fact: Fact) -> bool:
    """A fact of running text (not a headline, caption or dateline)."""
    by_id = {a.article.id: a for a in analyses}
    r = fact.sources[0]
    a = by_id.get(r.source)
    return a is not None and 0 <= r.sentence < len(a.sentences) and a.sentences[r.sentence].role == "body"
