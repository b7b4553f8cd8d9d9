"""Read article files: decode, split off YAML front matter, find paragraphs and a title.

The body is kept exactly as read (BOM and front matter removed, nothing else changed) so
that every offset the engine reports indexes the file's own text. Problems are returned
as values; the caller decides how to report them.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import yaml

from .model import Article, Paragraph, Problem

ARTICLE_SUFFIXES = (".txt", ".md")
FRONT_MATTER_KEYS = ("title", "outlet", "published", "url", "author")

_FENCE = re.compile(r"---[ \t]*(?:\r\n|\r|\n)")
_CLOSING_FENCE = re.compile(r"(?:\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)")
_LINE = re.compile(r"[^\r\n]+")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“‘(A-Z0-9])")
_TERMINAL = ".!?\"'”’:;)…"
_SMALL_WORDS = {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of",
                "on", "or", "the", "to", "vs", "with", "over", "up", "off", "out", "nor", "per"}
TITLE_MAX = 120


def collect(paths: list[str | Path]) -> list[Path]:
    """Article files under the given files and folders, sorted, without repeats.

    Files that are not articles (.DS_Store, images) are passed over quietly.
    """
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(f for f in sorted(p.rglob("*"))
                         if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES
                         and not f.name.startswith("."))
        elif p.suffix.lower() in ARTICLE_SUFFIXES:
            found.append(p)
    seen: set[Path] = set()
    unique = []
    for f in found:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def read(path: str | Path, name: str | None = None) -> tuple[Article | None, list[Problem]]:
    """Read one article file; `name` is how the path is shown (defaults to the path)."""
    path = Path(path)
    shown = name or str(path)
    try:
        raw = path.read_bytes()
    except OSError as err:
        return None, [Problem(shown, f"cannot be read ({err.strerror or err}); skipped")]
    return parse(raw, path.stem, shown, markdown=path.suffix.lower() == ".md")


def parse(raw: bytes, ident: str, shown: str, *, markdown: bool) -> tuple[Article | None, list[Problem]]:
    """Build an Article from a file's bytes."""
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

    paragraphs = find_paragraphs(body)
    published, p_problem = _published(meta.get("published"), shown, text)
    if p_problem:
        problems.append(p_problem)
    title, title_from = _title(meta.get("title"), body, paragraphs, ident)
    article = Article(
        id=ident,
        path=shown,
        body=body,
        paragraphs=paragraphs,
        title=title,
        title_from=title_from,
        published=published,
        published_from="front matter" if published else None,
        outlet=_text_value(meta.get("outlet")),
        url=_text_value(meta.get("url")),
        author=_text_value(meta.get("author")),
        encoding=encoding,
    )
    return article, problems


def decode(raw: bytes, shown: str) -> tuple[str | None, str, Problem | None]:
    """Text of a file, the encoding used, and a problem if it was not clean UTF-8 text."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if not raw.strip():
        return None, "utf-8", Problem(shown, "is empty; skipped")
    if b"\x00" in raw or _mostly_binary(raw):
        return None, "binary", Problem(shown, "is not text (binary content); skipped")
    try:
        return raw.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        try:
            text, enc = raw.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, enc = raw.decode("latin-1"), "latin-1"
        return text, enc, Problem(shown, f"is not valid UTF-8 (first bad byte on line {line}); read as {enc}", line)


def _mostly_binary(raw: bytes) -> bool:
    sample = raw[:4096]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(sample) * 0.1


def split_front_matter(text: str, shown: str) -> tuple[dict, str, list[Problem]]:
    """YAML front matter (read with safe_load only) and the body after it."""
    opening = _FENCE.match(text)
    if not opening:
        return {}, text, []
    closing = _CLOSING_FENCE.search(text, opening.end() - 1)
    if not closing:
        return {}, text, [Problem(shown, "front matter has no closing '---' line; read as text", 1)]
    source = text[opening.end(): closing.start()]
    body = text[closing.end():]
    try:
        meta = yaml.safe_load(source)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        reason = getattr(err, "problem", None) or "invalid YAML"
        return {}, body, [Problem(shown, f"front matter is not valid YAML ({reason}); ignored", line)]
    if meta is None:
        return {}, body, []
    if not isinstance(meta, dict):
        return {}, body, [Problem(shown, "front matter is not a mapping of keys to values; ignored", 2)]
    return {str(k): v for k, v in meta.items()}, body, []


def find_paragraphs(body: str) -> tuple[Paragraph, ...]:
    """Every non-blank line is a paragraph (news files put one paragraph per line)."""
    paragraphs = []
    for m in _LINE.finditer(body):
        start, end = m.start(), m.end()
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1].isspace():
            end -= 1
        if start < end:
            paragraphs.append(Paragraph(start, end))
    return tuple(paragraphs)


def _text_value(value) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _published(value, shown: str, text: str) -> tuple[date | None, Problem | None]:
    if value is None or value == "":
        return None, None
    if isinstance(value, date):
        return value, None
    try:
        return date.fromisoformat(str(value).strip()), None
    except ValueError:
        line = _key_line(text, "published")
        return None, Problem(shown, f"published: {str(value)[:40]!r} is not a date (YYYY-MM-DD); ignored", line)


def _key_line(text: str, key: str) -> int | None:
    m = re.search(rf"^{key}\s*:", text, re.M)
    return text.count("\n", 0, m.start()) + 1 if m else None


def _title(meta_title, body: str, paragraphs: tuple[Paragraph, ...], ident: str) -> tuple[str, str]:
    given = _text_value(meta_title)
    if given:
        return _one_line(given), "front matter"
    if not paragraphs:
        return ident, "file name"
    first = paragraphs[0]
    line = body[first.start: first.end]
    if len(paragraphs) > 1 and len(line) <= 300 and not _SENTENCE_END.search(line):
        if _is_title_case(line):
            return _one_line(line.rstrip(".")), "headline"
        if line[-1] not in _TERMINAL:
            return _shorten(line), "dek"
    m = _SENTENCE_END.search(line)
    return _shorten(line[: m.start() + 1] if m else line), "first sentence"


def _is_title_case(line: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", line) if w.lower() not in _SMALL_WORDS]
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
