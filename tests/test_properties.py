"""Properties of the whole engine over generated articles (Hypothesis).

Short by default (the "ci" profile in conftest.py); the long run is
`HYPOTHESIS_PROFILE=thorough .venv/bin/python -m pytest -q tests/test_properties.py`.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing import assemble, export
from briefing import s7_render as render
from briefing.s1_read import load

# Fragments that exercise every extractor and every kind of markup an article could smuggle in.
FRAGMENTS = [
    "Former US President Bill Clinton",
    "Russian President Vladimir Putin",
    "He",
    "the minister",
    " said",
    " told reporters",
    " according to ",
    ", Clinton asked Putin, ",
    " is quoted as stating",
    "“",
    "”",
    "‘",
    "’",
    '"',
    "'",
    "«",
    "»",
    "„",
    ". ",
    "? ",
    "! ",
    "… ",
    ", ",
    ": ",
    "Mr. ",
    "U.S. ",
    "June 4, 2000",
    "on Thursday",
    "last year",
    "in 1999",
    "2000-06-04",
    "two weeks later",
    "at 3 p.m.",
    "the Kremlin",
    "Moscow",
    "NATO",
    "the National Security Archive",
    "©",
    "Photo: ",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    "\t",
    "\u00a0",
    "\u2028",
    "\u2029",
    "\x0c",
    "\ufeff",
    "\u200b",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<!-- hidden -->",
    "<hyp-tag x='1'>",
    "<svg onload=alert(1)>",
    "[link](javascript:alert(1))",
    "![i](x.png)",
    "# heading",
    "**bold**",
    "_em_",
    "`code`",
    "{{ config }}",
    "{% raw %}",
    "&lt;",
    "&#60;",
    "<",
    ">",
    "&",
    "\\",
    "|",
    "---",
]
PIECE = st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12))
BODY = st.lists(PIECE, max_size=60).map("".join)
VALUE = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.sampled_from(FRAGMENTS),
    st.integers(),
    st.booleans(),
    st.lists(st.text(max_size=5), max_size=3),
)
META = st.one_of(
    st.none(),
    st.fixed_dictionaries(
        {},
        optional={
            "title": VALUE,
            "outlet": VALUE,
            "url": st.one_of(VALUE, st.just("javascript:alert(1)")),
            "author": VALUE,
            "published": st.one_of(VALUE, st.dates(), st.sampled_from(["2000-02-30", "soon"])),
        },
    ),
)
ARTICLE = st.tuples(META, BODY)

# Tags the renderers themselves write; any other "<" in a page came from article text.
TEMPLATE_TAGS = {
    "a",
    "b",
    "br",
    "code",
    "div",
    "em",
    "i",
    "li",
    "ol",
    "p",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
    "abbr",
    "mark",
    "time",
    "details",
    "summary",
    "cite",
    "blockquote",
    "q",
    "section",
    "figure",
    "figcaption",
    "hr",
    # the Timeline's filters
    "label",
    "select",
    "option",
    "output",
}
_LT = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)?")
FOREIGN = ("<script", "<img", "<svg", "<hyp-tag", "<!--", "](javascript:", 'href="javascript:', "{{ config }}")


def _raw(meta, body: str) -> tuple[bytes, bool]:
    if meta is None:
        return body.encode("utf-8", "surrogatepass"), False
    front = yaml.safe_dump(meta, allow_unicode=True, default_flow_style=False)
    return ("---\n" + front + "---\n" + body).encode("utf-8", "surrogatepass"), True


def _briefing(articles):
    analyses, problems = [], []
    for i, (meta, body) in enumerate(articles):
        raw, markdown = _raw(meta, body)
        article, found = load.parse(raw, f"a{i}", f"a{i}.md", markdown=markdown)
        problems.extend(found)
        if article is not None:
            analyses.append(assemble.analyse(article))
    return assemble.combine(analyses, problems)


def _check_offsets(briefing):
    for a in briefing.analyses:
        body = a.article.body
        n = len(body)
        previous = 0
        for p in a.article.paragraphs:
            assert previous <= p.start < p.end <= n
            assert not any(c in body[p.start : p.end] for c in "\n\r\u2028\u2029")
            previous = p.end
        previous = 0
        for i, s in enumerate(a.sentences):
            para = a.article.paragraphs[s.paragraph]
            assert s.index == i and previous <= s.start < s.end and para.start <= s.start and s.end <= para.end
            previous = s.end
        for t in a.dates:
            assert body[t.start : t.end] == t.text
        for m in a.mentions:
            assert body[m.start : m.end] == m.text
        for q in a.quotes:
            assert 0 <= q.start <= q.end <= n
            sent = a.sentences[q.sentence]
            assert sent.start <= q.start <= sent.end
            if q.speaker_start is not None:
                assert 0 <= q.speaker_start < q.speaker_end <= n
        for e in a.events:
            sent = a.sentences[e.sentence]
            assert (e.start, e.end) == (sent.start, sent.end)
            # The dating expression may be another sentence's (the story's day), or none
            # at all when the publication date dates it.
            assert body[e.timex.start : e.timex.end] == e.timex.text
    bodies = {a.article.id: a.article.body for a in briefing.analyses}
    counts = {a.article.id: len(a.sentences) for a in briefing.analyses}
    data = export.to_dict(briefing)
    for d in data["dates"]:
        assert bodies[d["source"]][d["start"] : d["end"]] == d["text"]
    for item in data["events"] + data["quotes"]:
        for ref in item["sources"]:
            assert 0 <= ref["start"] <= ref["end"] <= len(bodies[ref["source"]])
            assert 1 <= int(ref["sentence"][1:]) <= counts[ref["source"]]
    for q in briefing.quotes:
        # The words shown are one source's words (sources may word it differently).
        assert any(bodies[r.source][r.start : r.end] == q.text for r in q.sources)


@given(st.text())
def test_arbitrary_unicode_never_crashes_the_engine(text):
    for markdown in (False, True):
        article, problems = load.parse(text.encode("utf-8", "surrogatepass"), "a", "a.md", markdown=markdown)
        assert all(p.path == "a.md" for p in problems)
        if article is not None:
            assert article.body.strip()
            _check_offsets(assemble.combine([assemble.analyse(article)]))


@given(st.binary(max_size=400))
def test_arbitrary_bytes_are_read_or_named(raw):
    article, problems = load.parse(raw, "a", "a.txt", markdown=False)
    assert article is not None or problems
    assert all(p.path == "a.txt" for p in problems)
    if article is not None:
        _check_offsets(assemble.combine([assemble.analyse(article)]))


@given(st.lists(ARTICLE, min_size=1, max_size=3))
def test_every_offset_indexes_the_body(articles):
    _check_offsets(_briefing(articles))


@given(st.lists(ARTICLE, min_size=1, max_size=3))
def test_pages_never_hold_raw_markup_from_article_text(articles):
    briefing = _briefing(articles)
    for path, page in render.pages(briefing).items():
        lowered = page.lower()
        for payload in FOREIGN:
            assert payload not in lowered, (path, payload)
        for m in _LT.finditer(page):
            assert m.group(2) and m.group(2).lower() in TEMPLATE_TAGS, (path, page[m.start() : m.start() + 30])


NAMES = st.sampled_from(
    [
        "a.txt",
        "b c.txt",
        "é ü.md",
        "#1.txt",
        "50%.md",
        "why?.txt",
        "A.TXT",
        "a.md",
        "sub/a.txt",
        ".hidden.txt",
        ".DS_Store",
        "x.png",
        "z.md",
    ]
)


@settings(max_examples=max(60, settings().max_examples // 10))
@given(st.dictionaries(NAMES, st.one_of(ARTICLE.map(lambda a: _raw(*a)[0]), st.binary(max_size=60)), max_size=5))
def test_build_over_a_folder_never_crashes_and_loses_nothing(files):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, raw in files.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(raw)
        briefing = assemble.build([folder], root=folder)
        _check_offsets(briefing)
        articles = list(load.collect([folder]))
        named = {p.path for p in briefing.problems}
        shown = {a.article.path for a in briefing.analyses}
        copies = {c.path for c in briefing.copies}
        # Every article file is in the briefing, noted as a copy of one that is, or named by a problem.
        for f in articles:
            rel = f.relative_to(folder).as_posix()
            assert rel in shown or rel in copies or rel in named
        assert len({a.article.id for a in briefing.analyses}) == len(briefing.analyses)
