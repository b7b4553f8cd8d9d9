"""The Sources pages: a list of the articles, and one page per article with its full text (an
anchor on every sentence, so each line of the briefing can point at the words it came from) and
a "cited on" list: where each of its sentences is used in the briefing. A large briefing puts
a month's articles on shared pages instead: hundreds of one-article pages cost more to build
than everything else on the site.
"""

from __future__ import annotations

from briefing.model import Analysis, Article, Briefing
from briefing.s7_render import context as context_page
from briefing.s7_render import overview as overview_page
from briefing.s7_render import quotes as quotes_page
from briefing.s7_render import split
from briefing.s7_render import timeline as timeline_page
from briefing.s7_render.markdown import (
    article_anchor,
    date_label,
    front_matter,
    href,
    label,
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
# How each title origin is admitted to the reader ("front matter" and "headline" need no note).
TITLE_NOTES = {
    "dek": "the file has no headline; its title is the dek (the summary line above the text)",
    "first sentence": "the file has no headline; its title is its first sentence",
    "file name": "the file has no headline; its title is the file name",
}
ROLE_LABELS = {"headline": "headline", "dek": "dek", "caption": "caption", "dateline": "dateline"}
# Past this many articles they share pages: a month's articles (undated ones last), at most
# SHARED_PAGE to a page (a page of 25 articles is about 300 KB of HTML).
SHARE_PAST = 50
SHARED_PAGE = 25


def pages(briefing: Briefing) -> dict[str, str]:
    out = {INDEX: index_page(briefing)}
    uses = cited_on(briefing)
    labels = source_labels(briefing.analyses)
    found = shared(briefing)
    if found is None:
        for a in briefing.analyses:
            out[source_page(a.article.id)] = article_page(a, uses.get(a.article.id, {}), labels.get(a.article.id))
        return out
    for n, part in enumerate(found):
        out[part.path] = shared_page(found, n, uses, labels)
    return out


def shared(briefing: Briefing) -> list[Part[Analysis]] | None:
    """The shared pages of a large briefing's articles, in order of publication; None when
    each article has a page of its own."""
    if len(briefing.analyses) <= SHARE_PAST:
        return None
    ordered = sorted(
        briefing.analyses,
        key=lambda a: (
            a.article.published is None,
            a.article.published.isoformat() if a.article.published else "",
            a.article.id,
        ),
    )
    groups: list[tuple[str, list[Analysis]]] = []
    for a in ordered:
        published = a.article.published
        month = date_label(published.isoformat()[:7]) if published else "Undated"
        if not groups or groups[-1][0] != month:
            groups.append((month, []))
        groups[-1][1].append(a)
    return split.pack("sources", groups, SHARED_PAGE)


def placement(briefing: Briefing) -> dict[str, tuple[str, str]]:
    """Where each article is on the shared pages: id -> (page, anchor prefix); {} when each
    article has its own page. Prefixes ("a1", "a2", ...) keep sentence anchors apart on a page."""
    return {
        a.article.id: (part.path, f"a{i + 1}")
        for part in shared(briefing) or ()
        for i, a in enumerate(x for _, group in part.groups for x in group)
    }


def shared_page(
    found: list[Part[Analysis]], n: int, uses: dict[str, dict[int, list[Use]]], labels: dict[str, str]
) -> str:
    """A page of several articles: each under its own heading, with its text and "cited on" list."""
    part = found[n]
    here = part.path
    nav = split.neighbours(found, n, INDEX, "All sources")
    lines = front_matter(
        f"Sources, {part.label}: {plural(part.count, 'news article')} in full, with an anchor on every sentence."
    )
    lines += [f"# Sources: {text(part.label)}", "", nav, ""]
    for _, group in part.groups:
        for a in group:
            art = a.article
            prefix = article_anchor(art.id) or ""
            lines += [f"## {text(art.title)} {{#{prefix}}}", ""]
            lines.append(f'<p class="briefing-about">{" · ".join(_facts(a, labels.get(art.id)))}</p>')
            lines += ["", '<div class="briefing-article">', *body_paragraphs(a, f"{prefix}-"), "</div>", ""]
            lines += cited_list(a, uses.get(art.id, {}), here, f"{prefix}-", heading=False)
    lines += [nav, ""]
    return "\n".join(lines) + "\n"


def _facts(a: Analysis, cited_as: str | None) -> list[str]:
    """An article's particulars on a shared page, in one line of plain HTML."""
    art = a.article
    out = []
    if cited_as and cited_as != art.id:
        out.append(f"cited as {text(cited_as)}")
    out.append(text(art.outlet) if art.outlet else "outlet not given")
    if art.author:
        out.append(f"by {text(art.author)}")
    out.append(_published(art))
    if art.title_from in TITLE_NOTES:
        out.append(f"<em>{TITLE_NOTES[art.title_from]}</em>")
    if art.url:
        address = url(art.url)
        out.append(
            f'<a href="{address}" rel="noopener noreferrer nofollow">{text(art.url)}</a>'
            if address
            else f"{text(art.url)} (not a web address; not linked)"
        )
    out.append(_file(art))
    out.append(
        f"{plural(len(a.sentences), 'sentence')}, {plural(len(a.dates), 'date')}, "
        f"{plural(len(a.quotes), 'quotation')}, {plural(len(a.mentions), 'name')}"
    )
    return out


# Where a sentence is used: (what the reader sees, page, anchor on that page or None).
Use = tuple[str, str, "str | None"]


def cited_on(briefing: Briefing) -> dict[str, dict[int, list[Use]]]:
    """For each article and sentence, the places of the briefing that cite it, in site order."""
    out: dict[str, dict[int, list[Use]]] = {}

    def add(refs, what: str, page: str, anchor: str | None) -> None:
        for r in refs:
            uses = out.setdefault(r.source, {}).setdefault(r.sentence, [])
            if not uses or uses[-1] != (what, page, anchor):
                uses.append((what, page, anchor))

    for a in briefing.analyses:  # the Overview shows each source's lead
        lead = overview_page.lead(a)
        if lead is not None:
            out.setdefault(a.article.id, {}).setdefault(lead.sentence, []).append(
                ("Overview: lead", "index.md", "leads")
            )
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
        add(fact.sources, f"Context: {title}", page, anchor)
    for d in briefing.discrepancies:
        add(d.sources, f"Comparison: {d.kind}", "comparison.md", None)
    return out


def index_page(briefing: Briefing) -> str:
    count = len(briefing.analyses)
    lines = front_matter(
        f"The {plural(count, 'news article')} this briefing is drawn from, in full, with an anchor on every sentence."
    ) + ["# Sources", ""]
    if not count:
        lines.append("No articles were read.")
        return "\n".join(lines) + "\n"
    lines += [
        f"The briefing is drawn from {plural(count, 'article')}. Every generated line links to "
        "the sentence it came from; the sentence is highlighted on the article's page.",
        "",
    ]
    labels = source_labels(briefing.analyses)
    # Plain HTML (see `render.lift`): as a Markdown list, hundreds of sources cost more than the page.
    lines.append("<ul>")
    for a in briefing.analyses:
        art = a.article
        parts = [
            label(art.id, labels)
            + f' <a href="{href(INDEX, source_page(art.id), article_anchor(art.id))}">{text(art.title)}</a>'
        ]
        if art.title_from in TITLE_NOTES:
            parts.append(f"<em>title from the {text(art.title_from)}</em>")
        parts.append(text(art.outlet) if art.outlet else "outlet not given")
        parts.append(_published(art))
        parts.append(plural(len(a.sentences), "sentence"))
        lines.append(f"<li>{' · '.join(parts)}<br><small>{text(art.path)}</small></li>")
    lines.append("</ul>")
    return "\n".join(lines) + "\n"


def article_page(a: Analysis, uses: dict[int, list[Use]] | None = None, label: str | None = None) -> str:
    art = a.article
    here = source_page(art.id)
    lead = overview_page.lead(a)
    lines = front_matter(art.body[lead.start : lead.end] if lead else art.title)
    lines += [f"# {text(art.title)}", ""]
    meta = []
    if label and label != art.id:
        meta.append(f"**Cited as:** {text(label)}")
    if art.title_from in TITLE_NOTES:
        meta.append(f"**Title:** {TITLE_NOTES[art.title_from]}.")
    meta.append(f"**Outlet:** {text(art.outlet) if art.outlet else 'not given'}")
    if art.author:
        meta.append(f"**Author:** {text(art.author)}")
    meta.append(f"**Published:** {_published(art)}")
    if art.url:
        href = url(art.url)
        shown = (
            f'<a href="{href}" rel="noopener noreferrer nofollow">{text(art.url)}</a>'
            if href
            else f"{text(art.url)} (not a web address; not linked)"
        )
        meta.append(f"**{'Original' if art.format == 'html' else 'Address'}:** {shown}")
    meta.append(f"**File:** {_file(art)}")
    meta.append(
        f"**Found:** {plural(len(a.sentences), 'sentence')}, {plural(len(a.dates), 'date')}, "
        f"{plural(len(a.quotes), 'quotation')}, {plural(len(a.mentions), 'name')}"
    )
    lines += [f"- {m}" for m in meta]
    lines += ["", f"[All sources]({link(here, INDEX)})", "", "## Text {#text}", ""]
    # Plain HTML, which Python-Markdown passes through: the text is escaped already, and
    # parsing a long article as Markdown was most of the cost of its page.
    lines += ['<div class="briefing-article">', *body_paragraphs(a), "</div>", ""]
    lines += cited_list(a, uses or {}, here)
    return "\n".join(lines) + "\n"


def cited_list(a: Analysis, uses: dict[int, list[Use]], here: str, prefix: str = "", heading: bool = True) -> list[str]:
    """The "Cited on" section: each cited sentence (linked in the text above), then where it is used."""
    lines = ["## Cited on {#cited-on}", ""] if heading else []
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
        anchor = f"{prefix}s{index + 1}"
        where = ", ".join(f'<a href="{href(here, page, to)}">{text(what)}</a>' for what, page, to in uses[index])
        excerpt = _clip(sentence_text(a, index))
        lines.append(f'<li><a href="#{anchor}">s{index + 1}</a> <small>{text(excerpt)}</small><br>{where}</li>')
    return lines + ["</ul>", ""]


def _clip(value: str, most: int = 90) -> str:
    flat = " ".join(value.split())
    return flat if len(flat) <= most else flat[: most - 1].rsplit(" ", 1)[0] + "…"


def body_paragraphs(a: Analysis, prefix: str = "") -> list[str]:
    """The article text as HTML, one paragraph per article paragraph, each sentence an anchor.

    Text between sentences (spaces, stray characters the splitter left out) is kept so the page
    shows the file's full text.
    """
    body = a.article.body
    by_paragraph: dict[int, list] = {}
    for s in a.sentences:
        by_paragraph.setdefault(s.paragraph, []).append(s)
    out: list[str] = []
    for p_index, para in enumerate(a.article.paragraphs):
        sents = sorted(by_paragraph.get(p_index, []), key=lambda s: s.start)
        parts: list[str] = []
        pos = para.start
        role = sents[0].role if sents else "body"
        if role in ROLE_LABELS:
            parts.append(f'<span class="briefing-role">{ROLE_LABELS[role]}</span>')
        for s in sents:
            if s.start > pos:
                parts.append(text(body[pos : s.start]))
            css = "sentence" if s.role == "body" else f"sentence sentence--{s.role}"
            parts.append(f'<span class="{css}" id="{prefix}{s.id}">{text(body[s.start : s.end])}</span>')
            pos = max(pos, s.end)
        if para.end > pos:
            parts.append(text(body[pos : para.end]))
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
