"""A site built from a saved web page full of active content: a reader follows a provenance link
into the article read from it and finds its text, its original address, and nothing of the
page's scripts, handlers, frames or forms in the DOM (and no request leaves 127.0.0.1)."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest
from conftest import keep_local
from mkdocs.commands.build import build
from mkdocs.config import load_config
from webpages import PARAGRAPHS, news_page

from briefing.s7_render.markdown import source_slug

ROOT = Path(__file__).resolve().parent.parent
NAME = "hostile-page"
# Every way a saved page could try to run something; each sets window.__pwned if it ran.
ACTIVE = """
<script>window.__pwned = "script"</script>
<script src="https://evil.example/steal.js"></script>
<img src="missing.png" onerror="window.__pwned = 'onerror'">
<p onmouseover="window.__pwned = 'hover'">Officials said <a href="javascript:window.__pwned='link'">more</a>
would follow on Thursday, and the council agreed.</p>
<iframe src="https://evil.example/frame" onload="window.__pwned = 'frame'"></iframe>
<form action="https://evil.example/post"><input name="q"><button>Send</button></form>
<style>body { display: none }</style>
<svg onload="window.__pwned = 'svg'"><script>window.__pwned = 'svg script'</script></svg>
"""
# Markup written as text in the article is text: it is shown, never run.
LITERAL = (
    "The council’s website briefly showed the words &lt;script&gt;window.__pwned = 'text'&lt;/script&gt; "
    "on Tuesday, which a spokesman called an error by the contractor."
)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """(url) of a site built from the seeds and one hostile saved page, served on 127.0.0.1."""
    articles = tmp_path_factory.mktemp("hostile-articles")
    for seed in (ROOT / "seeds").iterdir():
        if seed.suffix in (".txt", ".md"):
            shutil.copy(seed, articles / seed.name)
    page = news_page(before=ACTIVE, after=ACTIVE, paragraphs=[LITERAL, *PARAGRAPHS])
    (articles / f"{NAME}.html").write_text(page, encoding="utf-8")
    folder = tmp_path_factory.mktemp("hostile-site")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(folder)))
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    config = load_config(
        config_file=str(ROOT / "mkdocs.yml"),
        site_dir=str(folder),
        site_url=url,
        strict=True,
        extra={"generator": False, "briefing": {"sources": str(articles), "cache": False}},
    )
    build(config)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield url
    server.shutdown()
    server.server_close()


def test_a_provenance_link_into_a_saved_page_finds_its_text_and_none_of_its_code(browser, hostile_site):
    outside: list[str] = []
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    keep_local(context, hostile_site, outside)
    page = context.new_page()
    page.set_default_timeout(15000)
    try:
        page.goto(hostile_site + "sources/", wait_until="load")
        link = page.locator(f"article a[href*='{source_slug(NAME)}']").first
        link.click()
        page.wait_for_url(f"**/sources/{source_slug(NAME)}/**")
        # The Overview's story in brief cites the sources' sentences: follow the saved page's.
        page.goto(hostile_site, wait_until="load")
        leads = page.locator(f"article #story + ul .briefing-cite a[href*='{source_slug(NAME)}']")
        href = leads.first.get_attribute("href")
        assert href and "#s" in href, "the Overview cites no sentence of the saved page"
        leads.first.click()
        page.wait_for_url(f"**/sources/{source_slug(NAME)}/**")
        anchor = href.split("#", 1)[1]
        page.locator(f"[id='{anchor}']").wait_for()
        page.wait_for_timeout(300)  # time for any handler that could fire to fire
        page.mouse.move(400, 400)
        text = page.locator("article.md-content__inner").inner_text()
        assert PARAGRAPHS[0] in text
        assert "window.__pwned = 'text'" in text  # written in the article: shown as words
        assert "saved web page" in text
        original = page.locator("article a[href='https://courier.example/news/ferry-pier-to-close']")
        assert original.count() == 1 and original.get_attribute("rel") == "noopener noreferrer nofollow"
        found = page.evaluate(
            """() => ({
                pwned: window.__pwned === undefined ? null : String(window.__pwned),
                scripts: [...document.scripts].map(s => s.src || s.textContent).filter(
                    s => s.includes("pwned") || s.includes("evil")),
                frames: document.querySelectorAll("iframe, frame, object, embed, article form, article input, svg script").length,
                handlers: [...document.querySelectorAll("*")].flatMap(el => [...el.attributes]
                    .filter(a => a.name.startsWith("on")).map(a => el.tagName + " " + a.name)),
                javascript: [...document.querySelectorAll("[href], [src], [action]")].filter(el =>
                    /^\\s*javascript:/i.test(el.getAttribute("href") || el.getAttribute("src")
                        || el.getAttribute("action") || "")).length,
                shown: getComputedStyle(document.body).display !== "none",
            })"""
        )
        assert found == {
            "pwned": None,
            "scripts": [],
            "frames": 0,
            "handlers": [],
            "javascript": 0,
            "shown": True,
        }
    finally:
        context.close()
    assert outside == []
