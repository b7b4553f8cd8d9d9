"""A site built from a hostile article, opened in Chromium: no script of the article runs (no
dialog ever opens), and every payload is shown to the reader as the text it is.
"""

from __future__ import annotations

import functools
import http.server
import threading

import pytest
from conftest import keep_local
from mkdocs.commands.build import build
from mkdocs.config import load_config
from test_browser import ROOT, _QuietHandler

HOSTILE = """---
title: "</title><script>alert('title')</script>"
outlet: "<img src=x onerror=alert('outlet')>"
url: "javascript:alert('url')"
author: "{{ config.site_name }}"
---
Officials met in Paris on June 4, 2000, and <script>alert('body')</script> was on the agenda.
“<img src=x onerror=alert('quote')> is not welcome here,” said Mayor Jean Dupont on Monday.
[click me](javascript:alert('link')) and <!-- hidden --> and {% raw %} were posted on Tuesday.
"""

# What the reader must see, literally, somewhere on the site.
PAYLOADS = [
    "<script>alert('body')</script>",
    "<img src=x onerror=alert('quote')>",
    "[click me](javascript:alert('link'))",
    "<!-- hidden -->",
    "{% raw %}",
    "<img src=x onerror=alert('outlet')>",
]
PAGES = ["", "timeline/", "quotes/", "people/", "sources/", "sources/hostile/", "context/", "comparison/"]


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    articles = tmp_path_factory.mktemp("hostile-articles")
    (articles / "hostile.md").write_text(HOSTILE, encoding="utf-8")
    folder = tmp_path_factory.mktemp("hostile-site")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(folder)))
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    build(
        load_config(
            config_file=str(ROOT / "mkdocs.yml"),
            site_dir=str(folder),
            site_url=url,
            extra={"briefing": {"sources": str(articles), "cache": False}},
        )
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield url
    server.shutdown()
    server.server_close()


def test_no_script_of_the_article_runs_and_its_text_is_shown(browser, hostile_site):
    context = browser.new_context()
    dialogs: list[str] = []
    outside: list[str] = []
    keep_local(context, hostile_site, outside)
    page = context.new_page()
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    shown = []
    try:
        for path in PAGES:
            page.goto(hostile_site + path, wait_until="load")
            shown.append(page.locator("body").inner_text())
            assert page.locator("script:text('alert')").count() == 0
        page.goto(hostile_site + "sources/hostile/", wait_until="load")
        title = page.title()
        hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.getAttribute('href'))")
    finally:
        context.close()
    assert dialogs == []
    everything = "\n".join(shown)
    for payload in PAYLOADS:
        assert payload in everything, payload
    assert "</title><script>alert('title')</script>" in title
    assert not any(h.strip().lower().startswith("javascript:") for h in hrefs)
    # The stray image of the outlet was never requested (x would resolve on the local server).
    assert outside == []
