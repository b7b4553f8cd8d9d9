"""Read article files: decode, split off YAML front matter, find paragraphs and a title.

The body is kept exactly as read (BOM and front matter removed, nothing else changed) so
that every offset the engine reports indexes the file's own text. Problems are returned
as values; the caller decides how to report them. Nothing here raises on a file's content.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime
from pathlib import Path

import yaml

from briefing import lexicon as lx
from briefing.model import Article, Paragraph, Problem
from briefing.s1_read import folder, language, webpage
from briefing.s1_read.decoding import decode, readable

# The language the engine reads; an article in another is read all the same, with a warning.
ENGLISH = "en"
# Larger files are not news articles; refusing them keeps a build's time bounded.
MAX_BYTES = 32_000_000
TITLE_MAX = 120
GIVEN_TITLE_MAX = 300

_FENCE = re.compile(r"---[ \t]*(?:\r\n|\r|\n)")
_CLOSING_FENCE = re.compile(r"(?:\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)")
# Every line boundary `str.splitlines` knows, so no paragraph (and no sentence) holds one.
_LINE = re.compile(r"[^\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")
_LINE_BREAK = re.compile(r"\r\n?|\n")
# Years a date in a file name is believed in: other numbers of that shape are no news date.
NAME_YEARS = (1800, 2199)
# A date in a file name: year, month and day joined by hyphens, no digit around it.
_NAME_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*+\s++(?=[\"“‘(A-Z0-9])")
_TERMINAL = ".!?\"'”’:;)…"


class _Loader(yaml.SafeLoader):
    """The loader of `yaml.safe_load`, except that an impossible date ("2000-13-45") stays
    text for `published` to report, instead of escaping as a bare ValueError."""


def _timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> object:
    try:
        return loader.construct_yaml_timestamp(node)
    except (ValueError, AttributeError):
        return loader.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)

# libyaml reads front matter about 8x faster (pure-Python YAML was 80 % of reading a file),
# but it recurses in C without limit, so deep nesting crashes the process: it only gets
# front matter too short to nest deeply. Anything it refuses is read again by `_Loader`,
# so problems are worded one way.
FAST_YAML_MAX = 1000
_FastLoader: type | None = None
if getattr(yaml, "CSafeLoader", None) is not None:

    class _CLoader(yaml.CSafeLoader):
        """`_Loader` over libyaml."""

    _CLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)
    _FastLoader = _CLoader


def collect(paths: list[str | Path]) -> list[Path]:
    """Article files under the given files and folders, sorted, without repeats (`folder.find`
    also says what else it found there)."""
    return folder.find(paths)[0]


def read(path: str | Path, name: str | None = None) -> tuple[Article | None, list[Problem]]:
    """Read one article file; `name` is how the path is shown (defaults to the path)."""
    path = Path(path)
    shown = readable(name or str(path))
    named: list[Problem] = []
    if shown != (name or str(path)):
        named.append(Problem(shown, "has a file name that is not UTF-8; read as cp1252"))
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return None, named + [
                Problem(
                    shown,
                    f"is {size / 1e6:.0f} MB, more than the {MAX_BYTES / 1e6:.0f} MB an article may have; skipped",
                )
            ]
        raw = path.read_bytes()
    except OSError as err:
        return None, named + [Problem(shown, f"cannot be read ({err.strerror or err}); skipped")]
    suffix = path.suffix.lower()
    article, problems = parse(
        raw, readable(path.stem), shown, markdown=suffix == ".md", html=suffix in webpage.SUFFIXES
    )
    return article, named + problems


def parse(
    raw: bytes, ident: str, shown: str, *, markdown: bool = False, html: bool = False
) -> tuple[Article | None, list[Problem]]:
    """Build an Article from a file's bytes: a text file, a Markdown file with front matter or
    a saved web page."""
    if html:
        article, problems = _page(raw, ident, shown)
    else:
        article, problems = _text(raw, ident, shown, markdown)
    if article is not None:
        found = article.language or language.guess(article.body)
        article = dataclasses.replace(article, language=found)
        if found is not None and found != ENGLISH:
            problems.append(
                Problem(
                    shown,
                    f"is in {language.name(found)} ({found}), not English: the engine reads English only, "
                    "so its dates, names and quotes may be missed",
                )
            )
    return article, problems


def date_in_name(path: str) -> date | None:
    """The date a file's name holds ("2025-08-29-clinton-….txt", "…_2016-09-12_….txt"): a
    publication date when the text gives none."""
    m = _NAME_DATE.search(Path(path).stem)
    if not m or not NAME_YEARS[0] <= int(m[1]) <= NAME_YEARS[1]:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _page(raw: bytes, ident: str, shown: str) -> tuple[Article | None, list[Problem]]:
    page, problems = webpage.read(raw, shown)
    if page is None:
        return None, problems
    paragraphs = find_paragraphs(page.text)
    if page.title:
        title = _one_line(page.title)
        title, title_from = (title if len(title) <= GIVEN_TITLE_MAX else _shorten(title)), "page metadata"
    else:
        title, title_from = _title(None, page.text, paragraphs, ident)
    article = Article(
        id=ident,
        path=shown,
        body=page.text,
        paragraphs=paragraphs,
        title=title,
        title_from=title_from,
        published=page.published,
        published_from="page metadata" if page.published else None,
        outlet=page.outlet,
        url=page.url,
        author=page.author,
        encoding=page.encoding,
        format="html",
        language=page.language,
    )
    return article, problems


def _text(raw: bytes, ident: str, shown: str, markdown: bool) -> tuple[Article | None, list[Problem]]:
    problems: list[Problem] = []
    text, encoding, problem = decode(raw, shown)
    if problem:
        problems.append(problem)
    if text is None:
        return None, problems

    meta: dict = {}
    body = text
    if markdown:
        meta, body, fm_problems = split_front_matter(text, shown)
        problems.extend(fm_problems)
    if not body.strip():
        problems.append(Problem(shown, "has no article text; skipped"))
        return None, problems

    values: dict[str, str | None] = {}
    for key in ("title", "outlet", "url", "author"):
        values[key], v_problem = _text_value(meta.get(key), key, shown, text)
        if v_problem:
            problems.append(v_problem)
    published, p_problem = _published(meta.get("published"), shown, text)
    if p_problem:
        problems.append(p_problem)

    paragraphs = find_paragraphs(body)
    title, title_from = _title(values["title"], body, paragraphs, ident)
    article = Article(
        id=ident,
        path=shown,
        body=body,
        paragraphs=paragraphs,
        title=title,
        title_from=title_from,
        published=published,
        published_from="front matter" if published else None,
        outlet=values["outlet"],
        url=values["url"],
        author=values["author"],
        encoding=encoding,
        format="md" if markdown else "txt",
    )
    return article, problems


def split_front_matter(text: str, shown: str) -> tuple[dict, str, list[Problem]]:
    """YAML front matter (read by a SafeLoader only) and the body after it."""
    opening = _FENCE.match(text)
    if not opening:
        return {}, text, []
    closing = _CLOSING_FENCE.search(text, opening.end() - 1)
    if not closing:
        return {}, text, [Problem(shown, "front matter has no closing '---' line; read as text", 1)]
    source = text[opening.end() : closing.start()]
    body = text[closing.end() :]
    try:
        meta = _yaml(source)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        if mark is not None:
            line = mark.line + 2
        elif isinstance(err, yaml.reader.ReaderError):
            line = _line_of(source, err.position) + 1
        else:
            line = 1
        reason = getattr(err, "problem", None) or getattr(err, "reason", None) or "invalid YAML"
        return {}, body, [Problem(shown, f"front matter is not valid YAML ({reason}); ignored", line)]
    except Exception as err:  # explicit tags (`!!int abc`), nesting deeper than Python recurses
        return {}, body, [Problem(shown, f"front matter cannot be read ({type(err).__name__}); ignored", 2)]
    if meta is None:
        return {}, body, []
    if not isinstance(meta, dict):
        return {}, body, [Problem(shown, "front matter is not a mapping of keys to values; ignored", 2)]
    return {str(k): v for k, v in meta.items()}, body, []


def _yaml(source: str) -> object:
    if _FastLoader is not None and len(source) <= FAST_YAML_MAX:
        try:
            return yaml.load(source, Loader=_FastLoader)
        except Exception:
            pass
    return yaml.load(source, Loader=_Loader)


def find_paragraphs(body: str) -> tuple[Paragraph, ...]:
    """Every non-blank line is a paragraph (news files put one paragraph per line)."""
    paragraphs = []
    for m in _LINE.finditer(body):
        line = m.group()
        stripped = line.lstrip()
        if stripped:
            start = m.start() + len(line) - len(stripped)
            paragraphs.append(Paragraph(start, m.start() + len(line.rstrip())))
    return tuple(paragraphs)


def _text_value(value: object, key: str, shown: str, text: str) -> tuple[str | None, Problem | None]:
    if value is None:
        return None, None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value).strip() or None, None
    if isinstance(value, date):
        return value.isoformat(), None
    # A list or mapping is not shown (nor turned into text: aliases can make it huge);
    # `title: yes` is read as True, its words are lost, so it is reported, not guessed.
    kind = _YAML_KINDS.get(type(value).__name__, "value of another kind")
    return None, Problem(shown, f"{key}: is a {kind}, not text; ignored", _key_line(text, key))


_YAML_KINDS = {"bool": "yes/no value", "list": "list", "dict": "mapping", "bytes": "binary value", "set": "set"}


def _published(value: object, shown: str, text: str) -> tuple[date | None, Problem | None]:
    # A date after the day of the build is kept: judging it by the clock would make the
    # same files give a different site on another day (and embargoed pieces are dated ahead).
    if value is None or value == "":
        return None, None
    found: date | None = None
    if isinstance(value, datetime):
        found = value.date()
    elif isinstance(value, date):
        found = value
    elif isinstance(value, str):
        for read_date in (date.fromisoformat, lambda s: datetime.fromisoformat(s).date()):
            try:
                found = read_date(value.strip())
                break
            except ValueError:
                pass
    if found is None:
        shown_value = value if isinstance(value, (str, int, float)) else type(value).__name__
        return None, Problem(
            shown,
            f"published: {str(shown_value)[:40]!r} is not a date (YYYY-MM-DD); ignored",
            _key_line(text, "published"),
        )
    return found, None


def _key_line(text: str, key: str) -> int | None:
    """The line of `key:` in the front matter (the text up to its closing fence)."""
    opening = _FENCE.match(text)
    if not opening:
        return None
    closing = _CLOSING_FENCE.search(text, opening.end() - 1)
    stop = closing.start() if closing else len(text)
    m = re.compile(rf"^[\"']?{re.escape(key)}[\"']?[ \t]*:", re.M).search(text, 0, stop)
    return _line_of(text, m.start()) if m else None


def _line_of(text: str, offset: int) -> int:
    """1-based line number of `offset`, with \\r\\n, \\r and \\n all ending a line."""
    return len(_LINE_BREAK.findall(text, 0, offset)) + 1


def _title(given: str | None, body: str, paragraphs: tuple[Paragraph, ...], ident: str) -> tuple[str, str]:
    if given:
        given = _one_line(given)
        return (given if len(given) <= GIVEN_TITLE_MAX else _shorten(given)), "front matter"
    if not paragraphs:
        return ident, "file name"
    first = paragraphs[0]
    line = body[first.start : first.end]
    if len(paragraphs) > 1 and len(line) <= 300 and not _SENTENCE_END.search(line):
        if _is_title_case(line):
            return _one_line(line.rstrip(".")), "headline"
        if line[-1] not in _TERMINAL:
            return _shorten(line), "dek"
    m = _SENTENCE_END.search(line)
    return _shorten(line[: m.start() + 1] if m else line), "first sentence"


def _is_title_case(line: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", line) if w.lower() not in lx.TITLE_CASE_SMALL]
    if len(words) < 2:
        return True
    return sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _shorten(text: str) -> str:
    text = _one_line(text)
    if len(text) <= TITLE_MAX:
        return text
    cut = text.rfind(" ", 0, TITLE_MAX - 1)
    return text[: cut if cut > 40 else TITLE_MAX - 1].rstrip(",;: ") + "…"
