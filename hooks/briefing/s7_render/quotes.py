"""The Quotes page: quote cards grouped by speaker (the words large; the speaker with role, the
day the words were said, the sources that carry it, and the sentence around it in each
source, linked); a filter by speaker. Sources the articles describe but do not name ("a friend",
"the union") follow the named speakers, under their description; quotations nobody is credited
with come last.
"""

from __future__ import annotations

from collections.abc import Mapping

from briefing.model import Analysis, Briefing, QuoteItem
from briefing.s7_render import split
from briefing.s7_render.markdown import (
    NAMES,
    carried,
    cites,
    date_label,
    front_matter,
    href,
    link,
    people_pages,
    plural,
    precision,
    sentence_text,
    source_labels,
    source_slug,
    text,
)
from briefing.s7_render.split import Part

PAGE = "quotes.md"
UNATTRIBUTED = "Unattributed"


def pages(briefing: Briefing) -> dict[str, str]:
    found = parts(briefing)
    if found is None:
        return {PAGE: page(briefing)}
    ctx = Cards(briefing)
    out = {PAGE: index_page(briefing, found)}
    for n, part in enumerate(found):
        out[part.path] = part_page(briefing, found, n, ctx)
    return out


def speaker_anchor(speaker: str | None) -> str:
    return f"speaker-{source_slug(speaker)}" if speaker else "unattributed"


def said_by(q: QuoteItem) -> str | None:
    """Whom a quote is listed under: the person, else the source as the article describes it."""
    return q.speaker or q.attribution or None


def ordered(briefing: Briefing) -> list[tuple[str | None, list[tuple[str, QuoteItem]]]]:
    """Speakers in page order (most quoted first, then described sources, unattributed last),
    each with its quotes and their anchors on this page ("q1", "q2", ...)."""
    by_speaker: dict[str | None, list[QuoteItem]] = {}
    for q in briefing.quotes:
        by_speaker.setdefault(said_by(q), []).append(q)
    named = sorted((s for s in by_speaker if s and by_speaker[s][0].speaker), key=lambda s: (-len(by_speaker[s]), s))
    described = sorted(
        (s for s in by_speaker if s and not by_speaker[s][0].speaker), key=lambda s: (-len(by_speaker[s]), s.lower(), s)
    )
    order = named + described + ([None] if None in by_speaker else [])
    out, n = [], 0
    for speaker in order:
        group = []
        for q in by_speaker[speaker]:
            n += 1
            group.append((f"q{n}", q))
        out.append((speaker, group))
    return out


def parts(briefing: Briefing) -> list[Part[tuple[str, QuoteItem]]] | None:
    """The pages of a long Quotes page (consecutive speakers, most quoted first), or None when
    all the quotes fit on one page."""
    if len(briefing.quotes) <= split.QUOTES:
        return None
    return split.pack("quotes", [(s or UNATTRIBUTED, group) for s, group in ordered(briefing)], split.QUOTES)


def placed(briefing: Briefing) -> list[tuple[str | None, str, QuoteItem, str]]:
    """Every quote with its speaker, its anchor and the page it is on."""
    found = parts(briefing)
    if found is None:
        return [(s, anchor, q, PAGE) for s, group in ordered(briefing) for anchor, q in group]
    return [(said_by(q), anchor, q, part.path) for part in found for _, group in part.groups for anchor, q in group]


def speaker_pages(briefing: Briefing) -> list[tuple[str, str]]:
    """Each named speaker with the page their quotes start on (see `speaker_anchor`)."""
    found = parts(briefing)
    if found is None:
        return [(s, PAGE) for s, _ in ordered(briefing) if s]
    first: dict[str, str] = {}
    for part in found:
        for _, group in part.groups:
            speaker = said_by(group[0][1])
            if speaker:
                first.setdefault(speaker, part.path)
    return list(first.items())


def _description(briefing: Briefing, named: list[str]) -> str:
    return (
        f"{plural(len(briefing.quotes), 'quotation')} from {plural(len(named), 'named speaker')}"
        + (f": {', '.join(named[:5])}" if named else "")
        + ", each linked to its source sentence."
    )


def _named(groups: list[tuple[str | None, list[tuple[str, QuoteItem]]]]) -> list[str]:
    return [s for s, group in groups if s and group[0][1].speaker]


def page(briefing: Briefing) -> str:
    groups = ordered(briefing)
    named = _named(groups)
    lines = front_matter(_description(briefing, named)) + ["# Quotes", ""]
    if not briefing.quotes:
        lines.append("No direct quotations were found in these sources.")
        return "\n".join(lines) + "\n"
    lines += [
        f"{plural(len(briefing.quotes), 'quotation')} from {plural(len(named), 'named speaker')}"
        + (", some from sources they describe without naming" if len(named) < len([s for s, _ in groups if s]) else "")
        + (", and some nobody is credited with" if groups[-1][0] is None else "")
        + ". Each is shown in the sentence that holds it, linked to the source.",
        "",
    ]
    lines += _speakers(groups, Cards(briefing), PAGE)
    return "\n".join(lines) + "\n"


def index_page(briefing: Briefing, found: list[Part]) -> str:
    """The Quotes page of a large briefing: each page of quotes with the speakers on it."""
    groups = ordered(briefing)
    named = _named(groups)
    lines = front_matter(_description(briefing, named)) + ["# Quotes", ""]
    lines += [
        f"{plural(len(briefing.quotes), 'quotation')} from {plural(len(named), 'named speaker')}, "
        "most quoted first, on several pages. Each quote is shown in the sentence that holds it, "
        "linked to the source.",
        "",
    ]
    # Plain HTML (see `render.lift`): hundreds of speakers' links in Markdown paragraphs took
    # Python-Markdown seconds (its link pattern rescans a long paragraph for each link).
    for part in found:
        lines += [f"## [{text(part.label)}]({link(PAGE, part.path)})", ""]
        who = []
        for key, group in part.groups:
            speaker = said_by(group[0][1])
            who.append(f'<a href="{href(PAGE, part.path, speaker_anchor(speaker))}">{text(key)}</a> ({len(group)})')
        lines += [f'<p class="briefing-speakers">{", ".join(who)}</p>', ""]
    return "\n".join(lines) + "\n"


def part_page(briefing: Briefing, found: list[Part], n: int, ctx: Cards) -> str:
    part = found[n]
    here = part.path
    nav = split.neighbours(found, n, PAGE, "All quotes")
    # Found by its speakers' names and roles; the quotes are searchable in their articles' text.
    lines = front_matter(
        f"Quotes, {part.label}: {plural(part.count, 'quotation')}, each linked to its source sentence.", search=NAMES
    )
    lines += [f"# Quotes: {text(part.label)}", "", nav, ""]
    groups = [(said_by(group[0][1]), list(group)) for _, group in part.groups]
    lines += _speakers(groups, ctx, here)
    return "\n".join(lines) + "\n"


def _speakers(groups: list[tuple[str | None, list[tuple[str, QuoteItem]]]], ctx: Cards, here: str) -> list[str]:
    # Filled with one button per speaker by briefing.js; without script every quote shows.
    lines = ['<div class="briefing-filter" data-filter="speaker" hidden></div>', ""]
    for speaker, group in groups:
        lines += [f'<div class="briefing-speaker" data-speaker="{speaker_anchor(speaker)}" markdown>', ""]
        if speaker and not group[0][1].speaker:
            lines += [
                f"## {text(speaker)} {{#{speaker_anchor(speaker)}}}",
                "",
                f"As the articles word the source: not one person or organisation they name · {plural(len(group), 'quotation')}",
                "",
            ]
        elif speaker:
            lines += [f"## {text(speaker)} {{#{speaker_anchor(speaker)}}}", ""]
            about = [f"<em>{text(ctx.roles[speaker])}</em>"] if speaker in ctx.roles else []
            about.append(plural(len(group), "quotation"))
            if speaker in ctx.people:
                about.append(f"[all about {text(speaker)}]({link(here, ctx.people[speaker])})")
            lines += [" · ".join(about), ""]
        else:
            lines += [
                "## Unattributed {#unattributed}",
                "",
                "Quotations the sources give without saying who spoke them.",
                "",
            ]
        for anchor, q in group:
            lines += ctx.card(q, anchor, here)
        lines += ["</div>", ""]
    return lines


class Cards:
    """What a quote card needs to know about the whole briefing, computed once."""

    def __init__(self, briefing: Briefing) -> None:
        self.articles: dict[str, Analysis] = {a.article.id: a for a in briefing.analyses}
        self.roles = {e.name: e.role for e in briefing.entities if e.kind == "person" and e.role}
        self.people = people_pages(briefing)
        self.labels: Mapping[str, str] = source_labels(briefing.analyses)
        self.total = len(briefing.analyses)

    def card(self, q: QuoteItem, anchor: str | None, from_page: str) -> list[str]:
        """A quote card in plain HTML (Markdown passes it through): the words, who said them
        (role, date), which sources, each context."""
        ident = f' id="{anchor}"' if anchor else ""
        lines = [f'<div class="briefing-quote"{ident}>', f'<p class="briefing-quote__words">“{text(q.text)}”</p>']
        who = []
        if q.speaker:
            name = text(q.speaker)
            if q.speaker in self.people and self.people[q.speaker] != from_page:
                name = f'<a href="{href(from_page, self.people[q.speaker])}">{name}</a>'
            if described(q):
                name += f" ({text(q.attribution)})"  # "Bill de Blasio (the mayor)"
            who.append(f"— <strong>{name}</strong>")
            if q.speaker in self.roles:
                who.append(f"<em>{text(self.roles[q.speaker])}</em>")
        elif q.attribution:
            who.append(f"— <strong>{text(q.attribution)}</strong>")
        else:
            who.append("— <em>speaker not given</em>")
        if q.via and q.via != q.speaker:
            who[0] += f" via {text(q.via)}"  # "— Jusman Djamal via Detik.com": the outlet that reports him
        if q.date and precision(q.date) not in ("relative", "other"):
            who.append(text(date_label(q.date)))  # the day the words were said
        badge = carried(q.sources, self.labels, self.total)
        if badge:
            who.append(badge)
        lines.append(
            f'<p class="briefing-quote__who">{", ".join(who[:2])}{" · " if len(who) > 2 else ""}'
            f"{' · '.join(who[2:])}</p>"
        )
        seen: set[tuple[str, int]] = set()
        cue = f"<em>{text(q.cue)}</em> · " if q.cue else ""
        lines.append("<ul>")
        for ref in q.sources:
            if (ref.source, ref.sentence) in seen:
                continue
            seen.add((ref.source, ref.sentence))
            context = sentence_text(self.articles[ref.source], ref.sentence) if ref.source in self.articles else ""
            # The sentence around the quote is searchable once, on its article's page.
            lines.append(
                f'<li><span class="briefing-context" data-search-exclude>{cue}in context: {text(context)}'
                f"</span> {cites(from_page, [ref], self.labels, html=True)}</li>"
            )
        return lines + ["</ul>", "</div>", ""]


def described(q: QuoteItem) -> bool:
    """Whether the article words the speaker otherwise than by name ("the mayor" for Bill de
    Blasio, not "Flynn" for Michael Flynn): then the card shows those words too."""
    if not q.speaker or not q.attribution:
        return False
    words = q.attribution.replace("’", "'").split()
    last = words[-1].removesuffix("'s").strip(".,;:()").lower() if words else ""
    return last not in {w.strip(".,").lower() for w in q.speaker.split()}
