"""The Sources pages: a list of the articles, and one page per article with its full text and
an anchor on every sentence, so each line of the briefing can point at the words it came from.
"""

from __future__ import annotations

from ..model import Analysis, Briefing
from .markdown import date_label, link, plural, source_page, text, url

INDEX = "sources/index.md"
# How each title origin is admitted to the reader ("front matter" and "headline" need no note).
TITLE_NOTES = {
    "dek": "the file has no headline; its title is the dek (the summary line above the text)",
    "first sentence": "the file has no headline; its title is its first sentence",
    "file name": "the file has no headline; its title is the file name",
}
ROLE_LABELS = {"headline": "headline", "dek": "dek", "caption": "caption", "dateline": "dateline"}


def pages(briefing: Briefing) -> dict[str, str]:
    out = {INDEX: index_page(briefing)}
    for a in briefing.analyses:
        out[source_page(a.article.id)] = article_page(a)
    return out


def index_page(briefing: Briefing) -> str:
    lines = ["# Sources", ""]
    count = len(briefing.analyses)
    if not count:
        lines.append("No articles were read.")
        return "\n".join(lines) + "\n"
    lines += [
        f"The briefing is drawn from {plural(count, 'article')}. Every generated line links to "
        "the sentence it came from; the sentence is highlighted on the article's page.",
        "",
    ]
    for a in briefing.analyses:
        art = a.article
        parts = [f"[{text(art.title)}]({link(INDEX, source_page(art.id))})"]
        if art.title_from in TITLE_NOTES:
            parts.append(f"<em>title from the {text(art.title_from)}</em>")
        parts.append(text(art.outlet) if art.outlet else "outlet not given")
        parts.append(_published(art))
        parts.append(plural(len(a.sentences), "sentence"))
        lines.append("- " + " · ".join(parts))
        lines.append(f"  <br><small>{text(art.path)}</small>")
    return "\n".join(lines) + "\n"


def article_page(a: Analysis) -> str:
    art = a.article
    here = source_page(art.id)
    lines = [f"# {text(art.title)}", ""]
    meta = []
    if art.title_from in TITLE_NOTES:
        meta.append(f"**Title:** {TITLE_NOTES[art.title_from]}.")
    meta.append(f"**Outlet:** {text(art.outlet) if art.outlet else 'not given'}")
    if art.author:
        meta.append(f"**Author:** {text(art.author)}")
    meta.append(f"**Published:** {_published(art)}")
    if art.url:
        href = url(art.url)
        shown = (f'<a href="{href}" rel="noopener noreferrer nofollow">{text(art.url)}</a>'
                 if href else f"{text(art.url)} (not a web address; not linked)")
        meta.append(f"**Address:** {shown}")
    meta.append(f"**File:** {text(art.path)}" + (f" (read as {text(art.encoding)})" if art.encoding != "utf-8" else ""))
    meta.append(f"**Found:** {plural(len(a.sentences), 'sentence')}, {plural(len(a.dates), 'date')}, "
                f"{plural(len(a.quotes), 'quotation')}, {plural(len(a.mentions), 'name')}")
    lines += [f"- {m}" for m in meta]
    lines += ["", f"[All sources]({link(here, INDEX)})", "", "## Text", ""]
    lines += body_paragraphs(a)
    return "\n".join(lines) + "\n"


def body_paragraphs(a: Analysis) -> list[str]:
    """The article text, one Markdown paragraph per article paragraph, each sentence an anchor.

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
                parts.append(text(body[pos: s.start]))
            css = "sentence" if s.role == "body" else f"sentence sentence--{s.role}"
            parts.append(f'<span class="{css}" id="{s.id}">{text(body[s.start: s.end])}</span>')
            pos = max(pos, s.end)
        if para.end > pos:
            parts.append(text(body[pos: para.end]))
        line = " ".join(p for p in parts if p)
        if line:
            out += [line, ""]
    return out


def _published(art) -> str:
    if art.published is None:
        return "no publication date"
    shown = date_label(art.published.isoformat())
    return f"published {text(shown)}" + (f" ({text(art.published_from)})" if art.published_from else "")
