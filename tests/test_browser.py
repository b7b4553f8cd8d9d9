"""Browser tests: the built seed site served on 127.0.0.1 and driven in headless Chromium.

Search finds a speaker on the Quotes page, a provenance link lands on its highlighted source
sentence, the home page logs no console error, and no request leaves 127.0.0.1. Chromium is
required: these tests fail (never skip) when it is missing.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from pathlib import Path
from urllib.parse import urljoin

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PAGES = ["", "timeline/", "quotes/", "people/", "context/", "sources/", "export/"]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


@pytest.fixture(scope="session")
def site_url(tmp_path_factory):
    site = tmp_path_factory.mktemp("browser-site")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site)))
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    # With site_url matching where it is served, Material's instant navigation is on (it
    # only intercepts links listed in sitemap.xml), so the highlight script's instant path runs.
    build(load_config(config_file=str(ROOT / "mkdocs.yml"), site_dir=str(site), site_url=url, strict=True))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (scripts/test.sh does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


# Every URL any test's page requested outside 127.0.0.1 (they are also blocked).
OUTSIDE: list[str] = []


@pytest.fixture
def page(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})

    def police(route):
        if route.request.url.startswith(site_url) or route.request.url.startswith("data:"):
            route.continue_()
        else:
            OUTSIDE.append(route.request.url)
            route.abort()

    context.route("**/*", police)
    pg = context.new_page()
    pg.set_default_timeout(15000)
    yield pg
    context.close()


def test_home_page_has_no_console_errors(page, site_url):
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(site_url, wait_until="networkidle")
    assert page.locator("h1").first.inner_text() == "Overview"
    assert errors == []


def test_search_for_a_speaker_reaches_the_quotes_page(page, site_url):
    page.goto(site_url, wait_until="networkidle")
    search = page.locator("input.md-search__input")
    search.click()
    search.press_sequentially("Lavrov", delay=30)  # Material listens to key events, not fill()
    hit = page.locator(".md-search-result__item a[href*='quotes/']").first
    hit.wait_for()
    hit.click()
    page.wait_for_url("**/quotes/**")
    assert "Lavrov" in page.locator("article.md-content__inner").inner_text()


def _assert_highlighted(page, anchor: str) -> None:
    target = page.locator(f"[id='{anchor}']")
    target.wait_for()
    page.wait_for_function(
        "id => { const el = document.getElementById(id);"
        " return el && (el.classList.contains('is-cited') || el.matches(':target')); }", arg=anchor)
    assert "sentence" in (target.get_attribute("class") or "")
    background = target.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent"), background
    assert target.evaluate("el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }")


def test_timeline_link_lands_on_the_highlighted_sentence(page, site_url):
    page.goto(site_url + "timeline/", wait_until="networkidle")
    page.evaluate("window.__same_document = true")
    link = page.locator("article .briefing-cite a").first
    href = link.get_attribute("href")
    assert href and "sources/" in href and "#s" in href
    link.click()
    page.wait_for_url("**/sources/**")
    _assert_highlighted(page, href.split("#", 1)[1])
    assert page.locator(".sentence.is-cited").count() == 1
    # Material's instant navigation swapped the page in place: :target alone would not do.
    assert page.evaluate("window.__same_document === true")


def test_opening_a_sentence_link_directly_highlights_it(page, site_url):
    page.goto(site_url + "sources/", wait_until="networkidle")
    article = urljoin(page.url, page.locator("article li a").first.get_attribute("href"))
    page.goto(article + "#s2", wait_until="networkidle")
    _assert_highlighted(page, "s2")


def test_overview_lead_link_lands_on_the_highlighted_sentence(page, site_url):
    page.goto(site_url, wait_until="networkidle")
    link = page.locator("article .briefing-cite a").first
    href = link.get_attribute("href")
    link.click()
    page.wait_for_url("**/sources/**")
    _assert_highlighted(page, href.split("#", 1)[1])
    # A second link followed from the same kind of page moves the highlight.
    page.go_back()
    page.wait_for_url(site_url)
    second = page.locator("article .briefing-cite a").nth(1)
    href2 = second.get_attribute("href")
    second.click()
    page.wait_for_url("**/sources/**")
    _assert_highlighted(page, href2.split("#", 1)[1])
    assert page.locator(".sentence.is-cited").count() <= 1


def test_no_request_leaves_localhost(page, site_url):
    for path in PAGES:
        page.goto(site_url + path, wait_until="networkidle")
    page.goto(site_url + "sources/", wait_until="networkidle")
    page.locator("article li a").first.click()
    page.wait_for_load_state("networkidle")
    assert OUTSIDE == []
