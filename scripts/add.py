#!/usr/bin/env python3
"""Add articles to the articles folder: web pages by address, or files.

python scripts/add.py https://example.com/story        # fetch the page, save it as served
python scripts/add.py saved-page.html notes.md         # copy files
python scripts/add.py URL --to articles/               # another folder than mkdocs.yml's

A page is saved as served (a charset only the server's header named is written on top) under
a name made from its date and title
(2025-08-29-clinton-proposed-joint-anti-terror-effort.html), never over another file; an
article whose text is already in the folder is reported, not added twice. For each article
it prints what was read: title, date, outlet and words. The network is used here only: the
build reads the saved page, so it stays offline and gives the same site every time.
"""

from __future__ import annotations

import argparse
import codecs
import re
import shutil
import sys
import time
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
import zlib
from dataclasses import dataclass
from pathlib import Path

import yaml

from briefing.s1_read import folder, load, webpage
from briefing.s7_render.markdown import date_label

TIMEOUT = 20.0  # seconds for the whole download
MAX_BYTES = 10_000_000  # no news page is larger; the build refuses files past 32 MB
MAX_REDIRECTS = 5
SCHEMES = ("http", "https")
HTML_TYPES = ("text/html", "application/xhtml+xml")
USER_AGENT = "Mozilla/5.0 (compatible; briefing-add/2.0)"
NAME_WORDS = 60  # characters of the title in a file name
_CHUNK = 65536


class Refused(Exception):
    """Why an address or a file was not added, in words for the user."""


@dataclass
class Fetched:
    url: str  # after redirects
    raw: bytes
    charset: str | None = None  # the one the server's Content-Type names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("items", nargs="+", metavar="URL|FILE", help="web addresses (http, https) or article files")
    parser.add_argument("--to", type=Path, help="the articles folder (default: extra.briefing.sources in mkdocs.yml)")
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"), help="mkdocs.yml to take the folder from")
    parser.add_argument("--timeout", type=float, default=TIMEOUT, help=f"seconds per page (default {TIMEOUT:g})")
    parser.add_argument("--max-bytes", type=int, default=MAX_BYTES, help=f"largest page (default {MAX_BYTES:,})")
    args = parser.parse_args(argv)
    target = args.to or articles_folder(args.config)
    target.mkdir(parents=True, exist_ok=True)
    failed = 0
    for item in args.items:
        try:
            print(add(item, target, timeout=args.timeout, max_bytes=args.max_bytes))
        except Refused as why:
            print(f"not added: {item}: {why}", file=sys.stderr)
            failed += 1
    return 1 if failed else 0


def add(item: str, target: Path, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> str:
    """Add one address or file to the folder; what was done, in a line. Raises Refused."""
    if re.match(r"[a-z][a-z0-9+.-]*://", item, re.I):
        fetched = fetch(item, timeout=timeout, max_bytes=max_bytes)
        raw, source, suffix = with_charset(fetched), fetched.url, ".html"
    else:
        path = Path(item)
        if not path.is_file():
            raise Refused("no such file (a web address starts with http:// or https://)")
        if path.suffix.lower() not in folder.ARTICLE_SUFFIXES:
            raise Refused(f"not an article file: {folder._unread(path.name)}")
        raw, source, suffix = path.read_bytes(), str(path), path.suffix.lower()
    article, problems = load.parse(raw, "new", source, markdown=suffix == ".md", html=suffix in webpage.SUFFIXES)
    if article is None:
        raise Refused("; ".join(p.message for p in problems) or "no article in it")
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    same = already_there(article.body, target)
    if same is not None:
        return f"already there: {item} has the same text as {same}; not added"
    if suffix in webpage.SUFFIXES:
        name = file_name(article.title, article.published.isoformat() if article.published else None, source)
    else:
        name = Path(item).name
    saved = free_name(target, name)
    saved.write_bytes(raw)
    if not source.startswith(("http://", "https://")):
        shutil.copystat(source, saved)
    facts = [
        f"“{article.title}”",
        date_label(article.published.isoformat()) if article.published else "no date",
        article.outlet or "outlet not given",
        f"{len(article.body.split()):,} words",
    ]
    return f"saved {saved}: " + " · ".join(facts)


def with_charset(fetched: Fetched) -> bytes:
    """The page as served, but for one line when its charset is known from the server only.

    A saved file loses the HTTP header, so a page whose bytes are not UTF-8 and whose head
    names no charset would be read by a guess, with a warning. The charset the server named is
    then written at the top, as a browser's "save page" does; the bytes that follow are as
    served."""
    if not fetched.charset or webpage.declared_charset(fetched.raw) is not None:
        return fetched.raw
    try:
        fetched.raw.decode("utf-8")
        return fetched.raw
    except UnicodeDecodeError:
        pass
    try:
        codecs.lookup(fetched.charset)
    except LookupError:
        return fetched.raw
    label = re.sub(r"[^A-Za-z0-9_.:-]", "", fetched.charset)
    return f'<meta charset="{label}">\n'.encode("ascii") + fetched.raw


def fetch(url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> Fetched:
    """A web page's bytes as served: http or https only, redirects followed a few times, an
    HTML type, at most `max_bytes`, all within `timeout` seconds."""
    _check_scheme(url)
    opener = urllib.request.build_opener(_Redirects())
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.1"})
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            kind = (response.headers.get_content_type() or "").lower()
            if kind not in HTML_TYPES:
                raise Refused(f"the server sent {kind or 'no content type'}, not a web page (text/html)")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise Refused(f"the page is {int(length):,} bytes, more than the {max_bytes:,} allowed")
            chunks: list[bytes] = []
            size = 0
            while chunk := response.read(_CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise Refused(f"the page is more than the {max_bytes:,} bytes allowed")
                if time.monotonic() > deadline:
                    raise Refused(f"the page took more than {timeout:g} seconds to arrive")
                chunks.append(chunk)
            raw = _decompressed(b"".join(chunks), response.headers.get("Content-Encoding"), max_bytes)
            return Fetched(response.geturl(), raw, response.headers.get_content_charset())
    except urllib.error.HTTPError as err:
        raise Refused(f"the server answered {err.code} {err.reason}") from None
    except urllib.error.URLError as err:
        reason = err.reason
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            raise Refused(f"no answer within {timeout:g} seconds") from None
        raise Refused(f"cannot be fetched ({reason})") from None
    except TimeoutError:
        raise Refused(f"no answer within {timeout:g} seconds") from None
    except OSError as err:
        raise Refused(f"cannot be fetched ({err.strerror or err})") from None


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows a few redirects, and only to http or https addresses."""

    max_redirections = MAX_REDIRECTS
    max_repeats = 2

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        _check_scheme(urllib.parse.urljoin(req.full_url, newurl))
        return super().redirect_request(req, fp, code, msg, headers, newurl)

    def http_error_302(self, req, fp, code, msg, headers):
        location = headers.get("location") or headers.get("uri")
        if location:
            _check_scheme(urllib.parse.urljoin(req.full_url, location))
        try:
            return super().http_error_302(req, fp, code, msg, headers)
        except urllib.error.HTTPError as err:
            if "redirect" in str(err.reason):
                raise Refused(f"more than {MAX_REDIRECTS} redirects") from None
            raise

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _check_scheme(url: str) -> None:
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    if scheme not in SCHEMES:
        raise Refused(f"only http and https addresses are fetched, not {scheme}:")


def _decompressed(raw: bytes, encoding: str | None, max_bytes: int) -> bytes:
    # Asked for nothing else, a server may still compress: saved as the browser would see it.
    if not encoding or encoding.lower() in ("identity", ""):
        return raw
    if encoding.lower() not in ("gzip", "x-gzip", "deflate"):
        raise Refused(f"the page is compressed as {encoding}, which this script does not read")
    wbits = 31 if "gzip" in encoding.lower() else zlib.MAX_WBITS
    inflate = zlib.decompressobj(wbits)
    try:
        out = inflate.decompress(raw, max_bytes + 1)
    except zlib.error:
        raise Refused("the page's compressed bytes are damaged") from None
    if len(out) > max_bytes:
        raise Refused(f"the page is more than the {max_bytes:,} bytes allowed")
    return out


def already_there(body: str, target: Path) -> str | None:
    """The file in the folder holding the same article text, if any."""
    wanted = _words(body)
    for path in load.collect([target]):
        try:
            article, _ = load.read(path)
        except OSError:
            continue
        if article is not None and _words(article.body) == wanted:
            return str(path)
    return None


def file_name(title: str, published: str | None, source: str) -> str:
    """`2025-08-29-clinton-proposed-joint-anti-terror-effort.html`: the date, then the title's
    words in plain ASCII (the address's last part when the page has no title)."""
    words = _slug(title) or _slug(Path(urllib.parse.urlsplit(source).path).stem) or "page"
    if len(words) > NAME_WORDS:
        words = words[:NAME_WORDS].rsplit("-", 1)[0]
    return f"{published}-{words}.html" if published else f"{words}.html"


def free_name(target: Path, name: str) -> Path:
    """`name` in the folder, or `name-2`, `name-3` …: never a file that is there."""
    path = target / name
    stem, suffix = Path(name).stem, Path(name).suffix
    n = 1
    while path.exists() or path.is_symlink():
        n += 1
        path = target / f"{stem}-{n}{suffix}"
    return path


def articles_folder(config: Path) -> Path:
    """The folder `extra.briefing.sources` names in mkdocs.yml, relative to it ("seeds" if unset)."""
    settings: dict = {}
    if config.is_file():
        settings = yaml.load(config.read_text(encoding="utf-8"), Loader=_AnyTags) or {}
    extra = settings.get("extra") or {}
    briefing = (extra.get("briefing") or {}) if isinstance(extra, dict) else {}
    return config.parent / str(briefing.get("sources", "seeds"))


class _AnyTags(yaml.SafeLoader):
    """mkdocs.yml may hold `!!python/name:` and `!ENV` tags: read as plain values, never run."""


_AnyTags.add_multi_constructor("", lambda loader, suffix, node: None)


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text.lower().replace("'", "").replace("’", "")))


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


if __name__ == "__main__":
    sys.exit(main())
