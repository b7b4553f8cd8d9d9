"""scripts/add.py against a local HTTP server on 127.0.0.1 (never the internet): a page saved as
served under a name from its date and title, a redirect followed, and a 404, a type that is no
web page, an oversized body, a slow server, a redirect loop, another scheme and a duplicate
each refused with a reason."""

from __future__ import annotations

import contextlib
import http.server
import importlib.util
import sys
import threading
import time
from pathlib import Path

import pytest
from webpages import news_page

from briefing.s1_read import load

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("add", ROOT / "scripts" / "add.py")
assert _spec is not None and _spec.loader is not None
add = importlib.util.module_from_spec(_spec)
sys.modules["add"] = add  # dataclasses look their module up there
_spec.loader.exec_module(add)

PAGE = news_page().encode("utf-8")
OTHER = news_page(paragraphs=["A different story about the harbour council and its new budget for the year."] * 3)
# A page in Windows-1252 whose head names no charset: only the server's header says it.
LATIN = news_page(charset="").replace('<meta charset="">', "").replace("harbour", "harbour café").encode("cp1252")
# Each route: (status, headers, body, seconds to wait before answering).
ROUTES: dict[str, tuple[int, dict[str, str], bytes, float]] = {
    "/story": (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE, 0),
    "/other": (200, {"Content-Type": "text/html"}, OTHER.encode(), 0),
    "/moved": (301, {"Location": "/story"}, b"", 0),
    "/loop": (302, {"Location": "/loop2"}, b"", 0),
    "/loop2": (302, {"Location": "/loop"}, b"", 0),
    "/to-file": (302, {"Location": "file:///etc/passwd"}, b"", 0),
    "/missing": (404, {"Content-Type": "text/html"}, b"<h1>Not here</h1>", 0),
    "/report.pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.4 ...", 0),
    "/huge": (200, {"Content-Type": "text/html"}, b"<p>" + b"x" * 300_000 + b"</p>", 0),
    "/slow": (200, {"Content-Type": "text/html"}, PAGE, 3.0),
    "/latin": (200, {"Content-Type": "text/html; charset=windows-1252"}, LATIN, 0),
    "/empty": (200, {"Content-Type": "text/html"}, b"<html><body><nav>Home</nav></body></html>", 0),
}


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        status, headers, body, wait = ROUTES.get(self.path, (404, {}, b"", 0))
        if wait:
            time.sleep(wait)
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # a client that gave up
            self.wfile.write(body)

    def log_message(self, format, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    # Requests to 127.0.0.1 must not be sent to a proxy the environment names.
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = add.main([*argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_page_is_saved_as_served_under_its_date_and_title(server, tmp_path, capsys):
    code, out, _ = _run(capsys, f"{server}/story", "--to", str(tmp_path))
    assert code == 0
    saved = tmp_path / "2024-03-05-old-ferry-pier-to-close-for-two-years.html"
    assert saved.read_bytes() == PAGE
    assert out.strip() == (
        f"saved {saved}: “Old ferry pier to close for two years” · 5 March 2024 · The Elsworth Courier · 142 words"
    )
    article, problems = load.read(saved)
    assert article is not None and problems == [] and article.format == "html"


def test_a_charset_only_the_server_names_is_kept_in_the_saved_page(server, tmp_path, capsys):
    code, _, err = _run(capsys, f"{server}/latin", "--to", str(tmp_path))
    assert code == 0 and "warning" not in err
    (saved,) = tmp_path.iterdir()
    assert saved.read_bytes() == b'<meta charset="windows-1252">\n' + LATIN
    article, problems = load.read(saved)
    assert article is not None and problems == []
    assert "harbour café" in article.body


def test_a_redirect_is_followed_and_the_same_article_is_not_added_twice(server, tmp_path, capsys):
    assert _run(capsys, f"{server}/moved", "--to", str(tmp_path))[0] == 0
    code, out, _ = _run(capsys, f"{server}/story", "--to", str(tmp_path))
    assert code == 0 and out.startswith(f"already there: {server}/story has the same text as ")
    assert len(list(tmp_path.iterdir())) == 1


def test_a_name_already_taken_is_never_overwritten(server, tmp_path, capsys):
    taken = tmp_path / "2024-03-05-old-ferry-pier-to-close-for-two-years.html"
    taken.write_bytes(b"<p>Someone else's file.</p>")
    assert _run(capsys, f"{server}/story", "--to", str(tmp_path))[0] == 0
    assert taken.read_bytes() == b"<p>Someone else's file.</p>"
    assert (tmp_path / "2024-03-05-old-ferry-pier-to-close-for-two-years-2.html").read_bytes() == PAGE


@pytest.mark.parametrize(
    "path,argv,reason",
    [
        ("/missing", [], "the server answered 404 Not Found"),
        ("/report.pdf", [], "the server sent application/pdf, not a web page (text/html)"),
        ("/huge", ["--max-bytes", "100000"], "more than the 100,000 allowed"),
        ("/slow", ["--timeout", "0.5"], "no answer within 0.5 seconds"),
        ("/loop", [], "redirect"),
        ("/to-file", [], "only http and https addresses are fetched, not file:"),
        ("/empty", [], "has no article text"),
    ],
)
def test_what_is_not_a_page_to_add_is_refused_with_a_reason(server, tmp_path, capsys, path, argv, reason):
    started = time.monotonic()
    code, out, err = _run(capsys, f"{server}{path}", "--to", str(tmp_path), *argv)
    assert code == 1 and out == ""
    assert err.startswith(f"not added: {server}{path}: ") and reason in err
    assert list(tmp_path.iterdir()) == []
    assert time.monotonic() - started < 2.5  # the slow server is not waited for


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/story.html", "javascript:alert(1)"])
def test_only_http_and_https_are_fetched(tmp_path, capsys, url):
    code, _, err = _run(capsys, url, "--to", str(tmp_path))
    assert code == 1 and ("only http and https" in err or "no such file" in err)
    assert list(tmp_path.iterdir()) == []


def test_files_are_copied_and_other_kinds_refused(server, tmp_path, capsys):
    source = tmp_path / "in"
    source.mkdir()
    (source / "notes.md").write_text("---\npublished: 2024-03-05\n---\n" + OTHER, encoding="utf-8")
    (source / "report.pdf").write_bytes(b"%PDF-1.4")
    target = tmp_path / "articles"
    code, out, err = _run(capsys, str(source / "notes.md"), str(source / "report.pdf"), "--to", str(target))
    assert code == 1
    assert (target / "notes.md").read_bytes() == (source / "notes.md").read_bytes()
    assert out.startswith(f"saved {target / 'notes.md'}: ") and "5 March 2024" in out
    assert "not added: " in err and "is a PDF, which the build does not read" in err


def test_the_folder_is_the_one_mkdocs_yml_names(tmp_path):
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: x\nmarkdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
        "extra:\n  briefing:\n    sources: articles\n",
        encoding="utf-8",
    )
    assert add.articles_folder(tmp_path / "mkdocs.yml") == tmp_path / "articles"
    assert add.articles_folder(tmp_path / "none.yml") == tmp_path / "seeds"
