"""The Sources pages: the articles listed by publication date, and one page per article with
its full text (an anchor on every sentence, so each line of the briefing can point at the
words it came from) and a "cited on" list: where each of its sentences is used in the briefing.
An article too long for one page goes on over several, each with its own part of the list.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from briefing.model import Analysis, Article, Briefing, Copy, Ref
from briefing.s7_render import context as context_page
from briefing.s7_render import overview as overview_page
from briefing.s7_render import quotes as quotes_page
from briefing.s7_render import split
from briefing.s7_render import timeline as timeline_page
from briefing.s7_render.markdown import (
    date_label,
    front_matter,
    href,
    link,
    plural,
    sentence_text,
    source_labels,
    source_page,
    text,
    url,
)
from briefing.s7_render.split import Part

INDEX = "sources/index.md"
# The pages of a long list of sources (sources/<slug>.md are the articles' own pages).
FOLDER = "sources/list"
# How each title origin is admitted to the reader ("front matter" and "headline" need no note).
TITLE_NOTES = {
    "dek": "the file has no headline; its title is the dek (the summary line above the text)",
    "first sentence": "the file has no headline; its title is its first sentence",
    "file name": "the file has no headline; its title is the file name",
}
ROLE_LABELS = {"headline": "headline", "dek": "dek", "caption": "caption", "dateline": "dateline"}
UNDATED = "Undated"
# An article's text past this many characters goes on to another page (a page of text is
# about 11 screens at desk width, with room for its "cited on" list), cut between paragraphs,
# or inside a paragraph once it is half as long again.
ARTICLE_PART = 16_000


def pages(briefing: Briefing) -> dict[str, str]:
    uses = cited_on(briefing)
    labels = source_labels(briefing.analyses)
    found = parts(briefing)
    out = {INDEX: index_page(briefing, found)}
    for n, part in enumerate(found or []):
        out[part.path] = list_page(found or [], n)
    copies: dict[str, list[Copy]] = {}
    for c in briefing.copies:
        copies.setdefault(c.source, []).append(c)
    for a in briefing.analyses:
        ident = a.article.id
        out.update(article_pages(a, uses.get(ident, {}), labels.get(ident), copies.get(ident, ())))
    return out


def placement(briefing: Briefing) -> dict[str, list[int]]:
    """The long articles' pages: id -> the first sentence of each page after the first."""
    return {a.article.id: starts for a in briefing.analyses for starts in [part_starts(a)] if starts}


def part_starts(a: Analysis) -> list[int]:
    """The first sentence of each page of an article after the first ([]: one page)."""
    starts: list[int] = []
    begun = a.sentences[0].start if a.sentences else 0
    previous = None
    for s in a.sentences:
        size = s.start - begun
        opens = previous is None or s.paragraph != previous.paragraph
        if previous is not None and size >= ARTICLE_PART and (opens or size >= ARTICLE_PART * 3 // 2):
            starts.append(s.index)
            begun = s.start
        previous = s
    return starts


def by_date(briefing: Briefing) -> list[Analysis]:
    """The articles in order of publication (undated ones last, by title)."""
    return sorted(
        briefing.analyses,
        key=lambda a: (
            a.article.published is None,
            a.article.published.isoformat() if a.article.published else "",
            a.article.title.lower(),
            a.article.id,
        ),
    )


def parts(briefing: Briefing) -> list[Part[Analysis]] | None:
    """The pages of a long list of sources (consecutive years, a year of many in parts, the
    undated ones last), or None when the list fits on the Sources page."""
    if len(briefing.analyses) <= split.SOURCES:
        return None
    groups: list[tuple[str, list[Analysis]]] = []
    for a in by_date(briefing):
        published = a.article.published
        year = str(published.year) if published else UNDATED
        if not groups or groups[-1][0] != year:
            groups.append((year, []))
        groups[-1][1].append(a)
    return split.pack(FOLDER, groups, split.SOURCES)


# Where a sentence is used: (what the reader sees, page, anchor on that page or None).
Use = tuple[str, str, "str | None"]


def cited_on(briefing: Briefing) -> dict[str, dict[int, list[Use]]]:
    """For each article and sentence, the places of the briefing that cite it, in site order."""
    out: dict[str, dict[int, list[Use]]] = {}

    def add(refs: Iterable[Ref], what: str, page: str, anchor: str | None) -> None:
        for r in refs:
            uses = out.setdefault(r.source, {}).setdefault(r.sentence, [])
            if not uses or uses[-1] != (what, page, anchor):
                uses.append((what, page, anchor))

    for k in overview_page.story(briefing):  # the Overview tells the story in brief
        add(k.sources[:1], "Overview: the story in brief", "index.md", "story")
    for n, k in enumerate(briefing.key_events):
        add((*k.sources, *k.folded), "Timeline: key event", "timeline.md", f"k{n + 1}")
    for anchor, item, page in timeline_page.placed(briefing):
        add(
            item.sources,
            f"Timeline: {date_label(item.date) if item.date[:1].isdigit() else item.expression or item.date}",
            page,
            anchor,
        )
    for speaker, anchor, q, page in quotes_page.placed(briefing):
        add(q.sources, f"Quotes: {speaker or 'unattributed'}, “{_clip(q.text, 40)}”", page, anchor)
    for anchor, title, fact, page in context_page.placed(briefing):
        add(fact.sources, f"Background: {title}", page, anchor)
    for d in briefing.discrepancies:
        add(d.sources, f"Comparison: {d.kind}", "comparison.md", None)
    return out


def index_page(briefing: Briefing, found: list[Part[Analysis]] | None = None) -> str:
    """The Sources page: every article by publication date, or on a large briefing the pages
    that list them, a year (or part of one) each."""
    count = len(briefing.analyses)
    lines = front_matter(
        f"The {plural(count, 'news article')} this briefing is drawn from, in full, with an anchor on every sentence."
    ) + ["# Sources", ""]
    if not count:
        lines.append("No articles were read.")
        return "\n".join(lines) + "\n"
    lines += [
        f"The briefing is drawn from {plural(count, 'article')}, listed here by publication date. "
        "Every generated line links to the sentence it came from; the sentence is highlighted "
        "on the article's page.",
        "",
    ]
    if found is None:
        lines += listing(by_date(briefing), INDEX)
    else:
        lines += split.contents(found, INDEX, "article")
        lines.append("")
    return "\n".join(lines) + "\n"


def list_page(found: list[Part[Analysis]], n: int) -> str:
    """One page of a long list of sources."""
    part = found[n]
    nav = split.neighbours(found, n, INDEX, "All sources")
    lines = front_matter(f"Sources, {part.label}: {plural(part.count, 'news article')}, by publication date.")
    lines += [f"# Sources: {text(part.label)}", "", nav, ""]
    lines += listing([a for _, group in part.groups for a in group], part.path)
    return "\n".join(lines + [nav, ""]) + "\n"


def listing(analyses: list[Analysis], here: str) -> list[str]:
    """Articles as a list: title (linked), outlet, date, length, and the file they were read from."""
    # Plain HTML (see `render.lift`): as a Markdown list, hundreds of sources cost more than the page.
    lines = ["<ul>"]
    for a in analyses:
        art = a.article
        head = f'<a href="{href(here, source_page(art.id))}">{text(art.title)}</a>'
        if art.title_from in TITLE_NOTES:
            head += f" <em>(title from the {text(art.title_from)})</em>"
        about = [text(art.outlet) if art.outlet else "outlet not given", _published(art)]
        about.append(plural(len(a.sentences), "sentence"))
        about.append(_file(art))
        lines.append(f"<li>{head}<br><small>{' · '.join(about)}</small></li>")
    return lines + ["</ul>", ""]


def article_pages(
    a: Analysis, uses: dict[int, list[Use]] | None = None, label: str | None = None, copies: Sequence[Copy] = ()
) -> dict[str, str]:
    """An article's page, or pages when it is long: its particulars, its text and the list of
    where its sentences are cited; each further page holds the text that follows and its list."""
    art = a.article
    starts = part_starts(a)
    bounds = list(zip([0, *starts], [*starts, len(a.sentences) + 1]))
    paths = [source_page(art.id, n + 1) for n in range(len(bounds))]
    uses = uses or {}
    out = {}
    for n, (first, stop) in enumerate(bounds):
        here = paths[n]
        nav = _part_nav(paths, n) if len(paths) > 1 else ""
        if n == 0:
            lines = _article_head(a, label, copies)
        else:
            lines = front_matter(f"{art.title}, part {n + 1} of {len(paths)}")
            lines += [f"# {text(art.title)}", "", f"Part {n + 1} of {len(paths)} of the article's text.", ""]
        if nav:
            lines += [nav, ""]
        lines += ["## Text {#text}", ""]
        # Plain HTML, which Python-Markdown passes through: the text is escaped already, and
        # parsing a long article as Markdown was most of the cost of its page.
        lines += ['<div class="briefing-article">', *body_paragraphs(a, first, stop), "</div>", ""]
        if nav:
            lines += [nav, ""]
        lines += cited_list(a, {i: found for i, found in uses.items() if first <= i < stop}, here)
        out[here] = "\n".join(lines) + "\n"
    return out


def _part_nav(paths: list[str], n: int) -> str:
    """The line linking an article's pages: "← Part 1 · Part 2 of 3 · Part 3 →"."""
    links = [f"Part {n + 1} of {len(paths)}"]
    if n > 0:
        links.insert(0, f"[← Part {n}]({link(paths[n], paths[n - 1], 'text')})")
    if n + 1 < len(paths):
        links.append(f"[Part {n + 2} →]({link(paths[n], paths[n + 1], 'text')})")
    return " · ".join(links)


def also_published(copies: Sequence[Copy]) -> str:
    """Where else an article was published: "Wire Service (b copy.txt), the same text"."""
    parts = []
    for c in copies:
        where = f"{text(c.outlet)} ({text(c.path)})" if c.outlet else text(c.path)
        how = "the same text" if c.similarity >= 1.0 else f"the same text with small edits ({c.similarity:.0%} alike)"
        parts.append(f"{where}, {how}")
    return "; ".join(parts)


def _article_head(a: Analysis, label: str | None, copies: Sequence[Copy] = ()) -> list[str]:
    """The top of an article's (first) page: its title and particulars."""
    art = a.article
    here = source_page(art.id)
    lead = overview_page.lead(a)
    lines = front_matter(art.body[lead.start : lead.end] if lead else art.title)
    lines += [f"# {text(art.title)}", ""]
    meta = []
    if label:
        meta.append(f"**Cited as:** {text(label)}")
    if art.title_from in TITLE_NOTES:
        meta.append(f"**Title:** {TITLE_NOTES[art.title_from]}.")
    meta.append(f"**Outlet:** {text(art.outlet) if art.outlet else 'not given'}")
    if copies:
        meta.append(f"**Also published in:** {also_published(copies)}")
    if art.author:
        meta.append(f"**Author:** {text(art.author)}")
    meta.append(f"**Published:** {_published(art)}")
    if art.url:
        address = url(art.url)
        shown = (
            f'<a href="{address}" rel="noopener noreferrer nofollow">{text(art.url)}</a>'
            if address
            else f"{text(art.url)} (not a web address; not linked)"
        )
        meta.append(f"**{'Original' if art.format == 'html' else 'Address'}:** {shown}")
    meta.append(f"**File:** {_file(art)}")
    meta.append(
        f"**Found:** {plural(len(a.sentences), 'sentence')}, {plural(len(a.dates), 'date')}, "
        f"{plural(len(a.quotes), 'quotation')}, {plural(len(a.mentions), 'name')}"
    )
    lines += [f"- {m}" for m in meta]
    return lines + ["", f"[All sources]({link(here, INDEX)})", ""]


def cited_list(a: Analysis, uses: dict[int, list[Use]], here: str) -> list[str]:
    """The "Cited on" section: each cited sentence (linked in the text above), then where it is used."""
    lines = ["## Cited on {#cited-on}", ""]
    if not uses:
        return lines + ["No sentence of this article is cited elsewhere in the briefing.", ""]
    lines += [
        f"{plural(len(uses), 'sentence')} of this article {'is' if len(uses) == 1 else 'are'} used in the briefing:",
        "",
    ]
    # Plain HTML (the final addresses, see `href`): as Markdown, this list cost more than the text.
    # Its excerpts repeat the text above: searchable once, there.
    lines.append("<ul data-search-exclude>")
    for index in sorted(uses):
        anchor = f"s{index + 1}"
        where = ", ".join(f'<a href="{href(here, page, to)}">{text(what)}</a>' for what, page, to in uses[index])
        excerpt = _clip(sentence_text(a, index))
        lines.append(f'<li><a href="#{anchor}">s{index + 1}</a> <small>{text(excerpt)}</small><br>{where}</li>')
    return lines + ["</ul>", ""]


def _clip(value: str, most: int = 90) -> str:
    flat = " ".join(value.split())
    return flat if len(flat) <= most else flat[: most - 1].rsplit(" ", 1)[0] + "…"


def body_paragraphs(a: Analysis, first: int = 0, stop: int | None = None) -> list[str]:
    """The article text as HTML, one paragraph per article paragraph, each sentence an anchor;
    only the sentences numbered `first` up to `stop` (all by default) and the text around them.

    Text between sentences (spaces, stray characters the splitter left out) is kept so the
    pages show the file's full text: it goes with the sentence after it, text after a
    paragraph's last sentence with that sentence, a paragraph without sentences with the
    sentence before it.
    """
    body = a.article.body
    stop = len(a.sentences) + 1 if stop is None else stop
    by_paragraph: dict[int, list] = {}
    for s in a.sentences:
        by_paragraph.setdefault(s.paragraph, []).append(s)
    out: list[str] = []
    last = 0  # the sentence text without a sentence of its own goes with
    for p_index, para in enumerate(a.article.paragraphs):
        sents = sorted(by_paragraph.get(p_index, []), key=lambda s: s.start)
        if not sents:
            if first <= last < stop and para.end > para.start:
                out.append(f"<p>{text(body[para.start : para.end])}</p>")
            continue
        mine = [s for s in sents if first <= s.index < stop]
        last = sents[-1].index
        if not mine:
            continue
        parts: list[str] = []
        pos = para.start if mine[0] is sents[0] else mine[0].start
        role = sents[0].role
        if role in ROLE_LABELS and mine[0] is sents[0]:
            parts.append(f'<span class="briefing-role">{ROLE_LABELS[role]}</span>')
        for s in mine:
            if s.start > pos:
                parts.append(text(body[pos : s.start]))
            css = "sentence" if s.role == "body" else f"sentence sentence--{s.role}"
            parts.append(f'<span class="{css}" id="{s.id}">{text(body[s.start : s.end])}</span>')
            pos = max(pos, s.end)
        end = para.end if mine[-1] is sents[-1] else pos
        if end > pos:
            parts.append(text(body[pos:end]))
        line = " ".join(p for p in parts if p)
        if line:
            out.append(f"<p>{line}</p>")
    return out


def _file(art: Article) -> str:
    """The file an article was read from, and how: a saved web page says its text was taken from it."""
    shown = text(art.path) + (f" (read as {text(art.encoding)})" if art.encoding != "utf-8" else "")
    if art.format == "html":
        shown += ", a saved web page: the text here was read from it, without the page's own markup"
    return shown


def _published(art: Article) -> str:
    if art.published is None:
        return "no publication date"
    shown = date_label(art.published.isoformat())
    return f"published {text(shown)}" + (f" ({text(art.published_from)})" if art.published_from else "")
