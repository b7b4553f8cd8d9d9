"""Read article files: decode, split off YAML front matter, find paragraphs and a title.

The body is kept exactly as read (BOM and front matter removed, nothing else changed) so
that every offset the engine reports indexes the file's own text. Problems are returned
as values; the caller decides how to report them. Nothing here raises on a file's content.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import yaml

from briefing import lexicon as lx
from briefing.model import Article, Paragraph, Problem

ARTICLE_SUFFIXES = (".txt", ".md")
# Larger files are not news articles; refusing them keeps a build's time bounded.
MAX_BYTES = 32_000_000
TITLE_MAX = 120
GIVEN_TITLE_MAX = 300

_FENCE = re.compile(r"---[ \t]*(?:\r\n|\r|\n)")
_CLOSING_FENCE = re.compile(r"(?:\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)")
# Every line boundary `str.splitlines` knows, so no paragraph (and no sentence) holds one.
_LINE = re.compile(r"[^\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")
_LINE_BREAK = re.compile(r"\r\n?|\n")
_RAW_LINE_BREAK = re.compile(rb"\r\n?|\n")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*+\s++(?=[\"“‘(A-Z0-9])")
_TERMINAL = ".!?\"'”’:;)…"

# Bytes that never occur in text (tab, line feed, vertical tab, form feed, carriage return,
# and the old end-of-file and escape marks do); a file with many of them is not an article.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 26, 27)) + b"\x7f"
_BINARY_SAMPLE = 65536
_BINARY_SHARE = 0.05
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Bytes that are not UTF-8 are read as Windows-1252 (what such files almost always are);
# the five bytes cp1252 leaves undefined keep their Latin-1 meaning, so decoding never fails.
_CP1252 = {0x80 + i: c for i, c in enumerate(bytes(range(0x80, 0xA0)).decode("cp1252", "replace")) if c != "\ufffd"}
_ESCAPED = {0xDC00 + b: _CP1252.get(b, chr(b)) for b in range(0x80, 0x100)}
_ESCAPE = re.compile("[\udc80-\udcff]")
_NON_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")


class _Loader(yaml.SafeLoader):
    """The loader of `yaml.safe_load`, except that an impossible date ("2000-13-45") stays
    text for `published` to report, instead of escaping as a bare ValueError."""


def _timestamp(loader: _Loader, node: yaml.Node):
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
_FastLoader = None
if getattr(yaml, "CSafeLoader", None) is not None:

    class _FastLoader(yaml.CSafeLoader):  # type: ignore[no-redef]
        """`_Loader` over libyaml."""

    _FastLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def collect(paths: list[str | Path]) -> list[Path]:
    """Article files under the given files and folders, sorted, without repeats.

    Files that are not articles (.DS_Store, images) and hidden files or folders (.git,
    .obsidian) inside a given folder are passed over quietly.
    """
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(
                f
                for f in sorted(p.rglob("*"))
                if f.suffix.lower() in ARTICLE_SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
                and _is_file(f)
            )
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


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def read(path: str | Path, name: str | None = None) -> tuple[Article | None, list[Problem]]:
    """Read one article file; `name` is how the path is shown (defaults to the path)."""
    path = Path(path)
    shown = _readable(name or str(path))
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
    article, problems = parse(raw, _readable(path.stem), shown, markdown=path.suffix.lower() == ".md")
    return article, named + problems


def _readable(name: str) -> str:
    """A file name as text: bytes of it that are not UTF-8 (which Python keeps as lone
    surrogates, unwritable to any page) read as cp1252, like such bytes in an article."""
    return name.translate(_ESCAPED)


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
    )
    return article, problems


def decode(raw: bytes, shown: str) -> tuple[str | None, str, Problem | None]:
    """Text of a file, the encoding used, and a problem if it was not clean UTF-8 text."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    elif raw.startswith(_UTF16_BOMS) and len(raw) % 2 == 0:
        try:
            text = raw.decode("utf-16")  # the codec drops the BOM
        except UnicodeDecodeError:
            pass
        else:
            if not text.strip():
                return None, "utf-16", Problem(shown, "is empty; skipped")
            if "\x00" not in text and not _mostly_binary(text[:_BINARY_SAMPLE].encode("utf-8", "replace")):
                return text, "utf-16", None
    if not raw.strip():
        return None, "utf-8", Problem(shown, "is empty; skipped")
    if b"\x00" in raw or _mostly_binary(raw[:_BINARY_SAMPLE]):
        return None, "binary", Problem(shown, "is not text (binary content); skipped")
    try:
        return raw.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError as err:
        line = len(_RAW_LINE_BREAK.findall(raw, 0, err.start)) + 1
    # Each byte that is not UTF-8 becomes a lone surrogate, so both kinds can be counted.
    escaped = raw.decode("utf-8", "surrogateescape")
    bad = len(_ESCAPE.findall(escaped))
    if len(_NON_ASCII.findall(escaped)) >= bad:
        # Mostly UTF-8 with a few stray bytes (text pasted together from two sources).
        text, enc = escaped.translate(_ESCAPED), "utf-8+cp1252"
        message = (
            f"is not valid UTF-8 ({bad} stray byte{'s' * (bad > 1)}, the first on line {line}); read those as cp1252"
        )
    else:
        text, enc = raw.decode("latin-1").translate(_CP1252), "cp1252"
        message = f"is not valid UTF-8 (first bad byte on line {line}); read as cp1252"
    return text, enc, Problem(shown, message, line)


def _mostly_binary(sample: bytes) -> bool:
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > len(sample) * _BINARY_SHARE


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


def _yaml(source: str):
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


def _text_value(value, key: str, shown: str, text: str) -> tuple[str | None, Problem | None]:
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


def _published(value, shown: str, text: str) -> tuple[date | None, Problem | None]:
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
