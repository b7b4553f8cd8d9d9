"""The Quotes page: quotations grouped by speaker (with the speaker's role), each shown with the
sentence around it and a link to that sentence; quotations nobody is credited with come last.
"""

from __future__ import annotations

from ..model import Analysis, Briefing, QuoteItem
from .markdown import cites, plural, sentence_text, text

PAGE = "quotes.md"


def pages(briefing: Briefing) -> dict[str, str]:
    return {PAGE: page(briefing)}


def page(briefing: Briefing) -> str:
    lines = ["# Quotes", ""]
    if not briefing.quotes:
        lines.append("No direct quotations were found in these sources.")
        return "\n".join(lines) + "\n"
    by_speaker: dict[str | None, list[QuoteItem]] = {}
    for q in briefing.quotes:
        by_speaker.setdefault(q.speaker or None, []).append(q)
    named = sorted((s for s in by_speaker if s), key=lambda s: (-len(by_speaker[s]), s))
    roles = {e.name: e.role for e in briefing.entities if e.kind == "person" and e.role}
    articles = {a.article.id: a for a in briefing.analyses}
    lines += [
        f"{plural(len(briefing.quotes), 'quotation')} from {plural(len(named), 'named speaker')}"
        + (", and some nobody is credited with" if None in by_speaker else "")
        + ". Each is shown in the sentence that holds it, linked to the source.",
        "",
    ]
    for speaker in named:
        lines += [f"## {text(speaker)}", ""]
        about = [f"<em>{text(roles[speaker])}</em>"] if speaker in roles else []
        about.append(plural(len(by_speaker[speaker]), "quotation"))
        lines += [" · ".join(about), ""]
        for q in by_speaker[speaker]:
            lines += quote_block(articles, q)
    if None in by_speaker:
        lines += ["## Unattributed", "",
                  "Quotations the sources give without saying who spoke them.", ""]
        for q in by_speaker[None]:
            lines += quote_block(articles, q)
    return "\n".join(lines) + "\n"


def quote_block(articles: dict[str, Analysis], q: QuoteItem) -> list[str]:
    """The quotation as a block quote, then the context sentence of each source that gives it."""
    lines = [f"> “{text(q.text)}”", ""]
    seen: set[tuple[str, int]] = set()
    cue = f"<em>{text(q.cue)}</em> · " if q.cue else ""
    for ref in q.sources:
        if (ref.source, ref.sentence) in seen:
            continue
        seen.add((ref.source, ref.sentence))
        context = sentence_text(articles[ref.source], ref.sentence) if ref.source in articles else ""
        lines.append(f'- <span class="briefing-context">{cue}in context: {text(context)}</span> {cites(PAGE, [ref])}')
    return lines + [""]
