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
from playwright.sync_api import Error as PlaywrightError
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


def _served_site(tmp_path_factory, name: str, files: dict[str, str]):
    """The site built from these articles, served on 127.0.0.1: its address, folder and server."""
    articles = tmp_path_factory.mktemp(f"{name}-articles")
    for file, body in files.items():
        (articles / file).write_text(body, encoding="utf-8")
    folder = tmp_path_factory.mktemp(f"{name}-site")
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
    return url, folder, server


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    url, _, server = _served_site(tmp_path_factory, "hostile", {"hostile.md": HOSTILE})
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


# --- Hover: nothing an article wrote becomes markup when a tooltip shows it ---------------------

LONG_TITLE = "A headline too long for the header of a phone <img src=x onerror=alert('{}')> and on"
# Several sources (names get tooltips on sites of 2 to 20), each bringing a payload by another
# route: the file name, the outlet, the author, the URL, a title from front matter or from line 1.
HOVERED = {
    "<img src=https:\\\\evil.example\\p onerror=alert('file')>.txt": (
        "Summit notes\n"
        "President Bill Clinton met Russian President Vladimir Putin in Moscow on June 4, 2000. "
        "“We agree on much,” Clinton said on Monday.\n"
    ),
    "outlet.md": (
        "---\n"
        f'title: "{LONG_TITLE.format("title")}"\n'
        'outlet: "<iframe onload=alert(2)>"\n'
        "author: \"<svg onload=alert('author')>\"\n"
        "url: \"https://example.com/?q=<img/src=x/onerror=alert('url')>\"\n"
        "published: 2000-06-05\n"
        "---\n"
        "Vladimir Putin told Bill Clinton on June 4, 2000, that a common front was needed. "
        "“<img src=x onerror=alert('quote')> is a threat,” Putin said.\n"
    ),
    "line-one.txt": (
        f"{LONG_TITLE.format('first-line')}\n"
        "Bill Clinton and Vladimir Putin met at the Kremlin on June 4, 2000. "
        "“The talks went well,” Putin said on Tuesday.\n"
    ),
}

# Records every element added to a page once it has loaded ("__armed") that could run or fetch
# something: a tag of that kind, or any attribute starting with "on".
WATCH = """
window.__injected = [];
window.__armed = false;
new MutationObserver(function (records) {
  if (!window.__armed) return;
  var risky = /^(script|img|iframe|svg|object|embed|video|audio|source|link|style|form|math|base|meta)$/i;
  function check(node) {
    if (node.nodeType !== 1) return;
    var all = [node].concat(Array.prototype.slice.call(node.querySelectorAll("*")));
    all.forEach(function (el) {
      var on = Array.prototype.some.call(el.attributes, function (a) { return /^on/i.test(a.name); });
      if (on || risky.test(el.tagName)) {
        window.__injected.push(el.outerHTML.slice(0, 200));
      }
    });
  }
  records.forEach(function (r) { r.addedNodes.forEach(check); });
}).observe(document, { childList: true, subtree: true });
"""

# True once a truncated page title in the header has been given its title by Material.
TITLED_HEADER = """
() => Array.from(document.querySelectorAll(".md-header__topic .md-ellipsis")).every(function (el) {
  return el.offsetWidth >= el.scrollWidth || (el.closest("a") || el).hasAttribute("title");
})
"""

# Numbers every element that has a title now (Material takes the title away while its tooltip
# shows), and gives back each one's title and whether it is shown.
MARK_TITLED = """
() => Array.from(document.querySelectorAll("[title]")).map(function (el, i) {
  el.setAttribute("data-titled", String(i));
  return [el.getAttribute("title"), el.checkVisibility()];
})
"""


@pytest.fixture(scope="module")
def hovered_site(tmp_path_factory):
    url, folder, server = _served_site(tmp_path_factory, "hovered", HOVERED)
    # Every generated page (the hand-written ones hold no article text).
    written = {p.stem + "/" for p in (ROOT / "docs").glob("*.md")}
    pages = sorted({p.relative_to(folder).parent.as_posix() + "/" for p in folder.rglob("index.html")} - written)
    yield url, [("" if p == "./" else p) for p in pages]
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("viewport", [{"width": 1280, "height": 900}, {"width": 375, "height": 740}])
def test_hovering_over_every_title_runs_nothing_of_the_articles(browser, hovered_site, viewport):
    url, pages = hovered_site
    context = browser.new_context(viewport=viewport)
    context.add_init_script(WATCH)
    dialogs: list[str] = []
    outside: list[str] = []
    injected: list[str] = []
    hovered: list[str] = []
    keep_local(context, url, outside)
    page = context.new_page()
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        assert {"", "people/", "quotes/", "sources/", "timeline/"} <= set(pages)
        assert any(p.startswith("people/") and p != "people/" for p in pages)
        for path in pages:
            page.goto(url + path, wait_until="load")
            page.evaluate("window.__armed = true")
            # Scrolled down, the header shows the page title; Material gives a truncated one a
            # title of its text once it is seen.
            page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
            page.wait_for_function(TITLED_HEADER, timeout=5000)
            titled = page.evaluate(MARK_TITLED)
            hovered += [title for title, _ in titled]
            # One element per title: another with the same title shows the same tooltip.
            shown = {title: n for n, (title, visible) in reversed(list(enumerate(titled))) if visible}
            for n in shown.values():
                # The mouse over it, as a reader's; force: the page title in the header lies
                # under the site name until the page is scrolled.
                try:
                    page.locator(f'[data-titled="{n}"]').hover(force=True, timeout=5000)
                except PlaywrightError as e:  # off screen (a closed drawer): no reader's mouse either
                    assert "outside of the viewport" in str(e)
                    continue
                page.wait_for_timeout(30)
            page.mouse.move(0, 0)
            page.wait_for_timeout(300)
            if path == "":
                # Search results show the indexed text of the pages as HTML.
                search = page.locator("input.md-search__input")
                if not search.is_visible():
                    page.locator("label[for=__search]").first.click()
                search.press_sequentially("onerror", delay=20)
                page.locator(".md-search-result__item").first.wait_for()
                assert "onerror=alert(" in page.locator(".md-search-result").inner_text()
                page.keyboard.press("Escape")
            injected += [f"{path}: {html}" for html in page.evaluate("window.__injected")]
    finally:
        context.close()
    # The payloads were there to hover over: file name, outlet and header title among them.
    everything = "\n".join(hovered)
    assert "onerror=alert('file')" in everything and "<iframe onload=alert(2)>" in everything
    assert sorted(set(dialogs)) == []
    assert injected == []
    assert sorted(set(outside)) == []
