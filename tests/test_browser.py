"""Browser tests: the seed site, built once per session, served on 127.0.0.1 and driven in
headless Chromium.

The Overview's key facts match the export; the timeline shows every event on a phone and on a
desk without horizontal scrolling; search finds a person, a quote and an event; a provenance
link lands on its highlighted source sentence; the quote filter, tooltips, person pages and
"cited on" lists work; dark mode toggles; print hides the navigation; axe-core (installed from
npm by scripts/test.sh, injected from the file) finds no serious or critical violation on any
page type in either palette; the keyboard reaches every link; no page logs a console error; and
no request leaves 127.0.0.1. Chromium and axe-core are required: these tests fail, never skip.
"""

from __future__ import annotations

import functools
import http.server
import json
import re
import threading
from pathlib import Path
from urllib.parse import urljoin

import pytest
import synthetic
from conftest import keep_local
from mkdocs.commands.build import build
from mkdocs.config import load_config

from briefing.s7_render.markdown import date_label, source_slug

ROOT = Path(__file__).resolve().parent.parent
AXE = ROOT / ".cache" / "npm" / "node_modules" / "axe-core" / "axe.min.js"
SEEDS = sorted(p.stem for p in (ROOT / "seeds").iterdir() if p.suffix in (".txt", ".md"))
# One page of each kind the site has.
PAGE_TYPES = [
    "",
    "timeline/",
    "quotes/",
    "people/",
    "people/vladimir-putin/",
    "context/",
    "comparison/",
    "sources/",
    f"sources/{source_slug(SEEDS[-1])}/",
]
LARGE = 500  # articles of the large briefing
PHONE = {"width": 375, "height": 740}
DESK = {"width": 1280, "height": 900}


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def _served(folder: Path, **settings):
    """Build the site of this repository's mkdocs.yml into folder (with settings overridden)
    and serve it on 127.0.0.1: yields (folder, url)."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(folder)))
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    # With site_url matching where it is served, Material's instant navigation is on (it
    # only intercepts links listed in sitemap.xml), so the highlight script's instant path runs.
    config = load_config(config_file=str(ROOT / "mkdocs.yml"), site_dir=str(folder), site_url=url, **settings)
    build(config)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield folder, url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """(folder, url) of the seed site, built once and served for the whole session."""
    yield from _served(tmp_path_factory.mktemp("browser-site"), strict=True)


@pytest.fixture(scope="session")
def large_site(tmp_path_factory):
    """(folder, url) of a briefing of 500 made-up articles (`synthetic`), built once."""
    articles = tmp_path_factory.mktemp("large-articles")
    synthetic.write(articles, LARGE)
    extra = {"generator": False, "briefing": {"sources": str(articles), "cache": False}}
    yield from _served(tmp_path_factory.mktemp("large-site"), strict=True, extra=extra)


@pytest.fixture(scope="session")
def site_url(site):
    return site[1]


@pytest.fixture(scope="session")
def export(site):
    return json.loads((site[0] / "briefing.json").read_text(encoding="utf-8"))


# Every URL any test's page requested outside 127.0.0.1 (they are also blocked).
OUTSIDE: list[str] = []


@pytest.fixture
def open_page(browser, site_url):
    """Opens pages in fresh contexts (viewport, colour scheme) whose requests are policed."""
    contexts = []

    def make(viewport=DESK, scheme="light"):
        context = browser.new_context(viewport=viewport, color_scheme=scheme)
        contexts.append(context)

        keep_local(context, site_url, OUTSIDE)
        pg = context.new_page()
        pg.set_default_timeout(15000)
        return pg

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(open_page):
    return open_page()


def _search(page, words: str):
    search = page.locator("input.md-search__input")
    search.click()
    search.fill("")
    search.press_sequentially(words, delay=20)  # Material listens to key events, not fill()
    page.locator(".md-search-result__item").first.wait_for()
    return page.locator(".md-search-result__item a")


# --- every page type ----------------------------------------------------------------------------


def test_no_page_type_logs_a_console_error(page, site_url):
    errors: list[str] = []
    page.on("console", lambda m: errors.append(f"{page.url}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(f"{page.url}: {e}"))
    for path in PAGE_TYPES:
        response = page.goto(site_url + path, wait_until="load")
        assert response is not None and response.ok, path
        assert page.locator("h1").count() >= 1, path
    page.wait_for_load_state("networkidle")  # late errors too (the search worker, fetches)
    assert page.evaluate("document.title") and errors == []


# Every rule in the light scheme; in the dark one, the rules that depend on colour.
AXE_OPTIONS = {
    "light": "{resultTypes: ['violations']}",
    "dark": "{resultTypes: ['violations'], runOnly: {type: 'rule', values: ['color-contrast', 'link-in-text-block']}}",
}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_or_critical_violation(open_page, site_url, scheme):
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: run scripts/test.sh (npm install --prefix .cache/npm axe-core@4.14.1)")
    page = open_page(scheme=scheme)
    found = []
    for path in PAGE_TYPES:
        page.goto(site_url + path, wait_until="load")
        expected = "slate" if scheme == "dark" else "default"
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == expected
        page.add_script_tag(path=str(AXE))
        result = page.evaluate(
            f"async () => (await axe.run(document, {AXE_OPTIONS[scheme]})).violations"
            ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
            ".map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.html)}))"
        )
        found += [(path or "/", v) for v in result]
    assert found == []


def test_every_page_type_fits_a_phone_screen(open_page, site_url):
    page = open_page(viewport=PHONE)
    for path in PAGE_TYPES:
        page.goto(site_url + path, wait_until="load")
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], path


# --- Overview -----------------------------------------------------------------------------------


def _fact(page, key: str):
    return page.locator(f"li:has(> [data-fact='{key}'])")


def test_overview_facts_match_the_export(page, site_url, export):
    page.goto(site_url, wait_until="load")
    assert page.locator("h1").first.inner_text() == "Overview"
    count = _fact(page, "sources").locator("[data-count]")
    assert int(count.get_attribute("data-count")) == len(export["sources"])
    assert count.inner_text() == f"{len(export['sources'])} articles"
    # "When" is the story's span: its first and last key events on the calendar.
    placed = sorted(
        (k["date"] for k in export["key_events"] if re.fullmatch(r"\d{4}(-\d\d){0,2}", k["date"])),
        key=lambda d: (d + "-00-00")[:10],
    )
    span = _fact(page, "when").locator("[data-first]")
    assert (span.get_attribute("data-first"), span.get_attribute("data-last")) == (placed[0], placed[-1])
    assert span.inner_text() == f"{date_label(placed[0])} – {date_label(placed[-1])}"
    places = {e["name"] for e in export["entities"] if e["kind"] == "place"}
    assert set(_fact(page, "where").locator("a").all_inner_texts()) <= places
    # Who's who: people of the export, with their roles, most prominent first.
    people = {e["name"]: e for e in export["entities"] if e["kind"] == "person"}
    who = page.locator("#whos-who + ul > li")
    assert who.count() >= 3
    for i in range(who.count()):
        name = who.nth(i).locator("a").first.inner_text()
        assert name in people, name
        if people[name]["role"]:
            assert people[name]["role"] in who.nth(i).inner_text()
    # The sources by date: every source, with its title.
    listed = page.locator("#sources + ul > li")
    assert listed.count() == len(export["sources"])
    for s in export["sources"]:
        assert any(s["title"][:40] in t for t in listed.all_inner_texts())
    # The story in brief: key events of the export, cited.
    story = page.locator("#story + ul > li")
    assert 1 <= story.count() <= len(export["key_events"])


def test_overview_sentences_are_the_sources_own(page, site_url):
    """Every sentence the Overview tells (the story in brief) is the text of the sentence its
    link points at, on the source page."""
    page.goto(site_url, wait_until="load")
    pairs = page.evaluate("""() => [...document.querySelectorAll("#story + ul > li")].map(el => {
        const copy = el.cloneNode(true);
        copy.querySelectorAll('.briefing-cite, .briefing-story__when, small').forEach(x => x.remove());
        return [copy.textContent.replace(/\\s+/g, ' ').trim(), el.querySelector('.briefing-cite a').href];
    })""")
    assert len(pairs) >= 3
    for shown, href in pairs:
        target = page.evaluate(
            """async href => {
            const html = await (await fetch(href)).text();
            const doc = new DOMParser().parseFromString(html, 'text/html');
            return doc.getElementById(new URL(href).hash.slice(1)).textContent.replace(/\\s+/g, ' ').trim();
        }""",
            href,
        )
        assert shown == target


DATED = {
    "a.md": '---\ntitle: "Council approves stadium"\noutlet: "Daily One"\npublished: 2024-03-05\n---\n'
    "The city council approved the new stadium on Tuesday after a long debate.\n"
    "Mayor Ann Lee said the vote was a turning point for the city.\n",
    "b.md": '---\ntitle: "Stadium vote"\noutlet: "Evening Two"\npublished: 2024-03-06\n---\n'
    "Councillors approved the new stadium for the city on Tuesday after a long debate.\n"
    "The club signed a lease with the owners of the site in 2019.\n",
    "c.md": '---\ntitle: "Stadium work begins"\noutlet: "Weekly Three"\npublished: 2024-09-20\n---\n'
    "Builders started work on the new stadium on Monday, six months after the council vote.\n"
    "“We will open in 2026,” said the club chairman, Tom Park.\n"
    "Engineer Rita Vance said the site had been cleared in the summer.\n",
}


@pytest.fixture(scope="module")
def dated_site(tmp_path_factory):
    """A dated story of three articles, built and served: the latest adds facts and people."""
    folder = tmp_path_factory.mktemp("dated-articles")
    for name, body in DATED.items():
        (folder / name).write_text(body, encoding="utf-8")
    out = tmp_path_factory.mktemp("dated-site")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(out)))
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    config = load_config(config_file=str(ROOT / "mkdocs.yml"), site_dir=str(out), site_url=url, strict=False)
    config["extra"]["briefing"] = {**config["extra"].get("briefing", {}), "sources": str(folder)}
    build(config)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield out, url
    server.shutdown()
    server.server_close()


def test_overview_latest_says_what_the_latest_source_adds(browser, dated_site):
    out, url = dated_site
    data = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    assert [s["id"] for s in data["sources"]] == ["a", "b", "c"]
    context = browser.new_context(viewport=DESK)
    keep_local(context, url, OUTSIDE)
    page = context.new_page()
    page.set_default_timeout(15000)
    page.goto(url, wait_until="load")
    latest = page.locator(".briefing-latest")
    assert latest.get_attribute("data-sources") == "1"
    assert "Weekly Three" in latest.inner_text() and "20 September 2024" in latest.inner_text()
    section = page.locator("article").inner_text()
    part = section[section.index("Latest") : section.index("Who's who")]
    assert "Builders started work on the new stadium" in part  # a new fact
    assert "We will open in 2026" in part  # a new quotation
    assert "Rita Vance" in part and "Ann Lee" not in part  # new people only
    # The span runs from the earliest key event to the latest.
    span = page.locator("[data-fact='when'] ~ span[data-first]")
    assert span.get_attribute("data-first") <= span.get_attribute("data-last")
    context.close()


# --- Timeline -----------------------------------------------------------------------------------


# The full timeline's lines (the key events are a list of their own above it).
EVENTS = "article .briefing-timeline:not(.briefing-keyevents) > ul > li"


@pytest.mark.parametrize("viewport", [PHONE, DESK], ids=["phone", "desk"])
def test_timeline_renders_every_event_without_horizontal_scrolling(open_page, site_url, export, viewport):
    page = open_page(viewport=viewport)
    page.goto(site_url + "timeline/", wait_until="load")
    listed = [e for e in export["events"] if e["listed"]]
    items = page.locator(EVENTS)
    assert items.count() == len(listed)
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    boxes = page.evaluate(
        f"[...document.querySelectorAll({EVENTS!r})]"
        ".map(li => { const r = li.getBoundingClientRect(); return [r.left, r.right, r.height]; })"
    )
    for left, right, height in boxes:
        assert left >= 0 and right <= viewport["width"] and height > 0
    # Year markers, precision labels, source badges; the relative items in their own band.
    assert page.locator("article h2.briefing-year").count() >= 3
    assert page.locator("article .briefing-precision--day").count() >= 1
    assert page.locator(f"{EVENTS} .briefing-source").count() >= len(listed)
    relative = [e for e in listed if "X" in e["date"] or e["date"].endswith("_REF")]
    assert page.locator("article .briefing-timeline--relative li").count() == len(relative)
    # Each sentence once.
    texts = items.evaluate_all("els => els.map(li => li.querySelector('.briefing-cite a').href)")
    assert len(texts) == len(set(texts))


def test_timeline_opens_with_the_key_events(page, site_url, export):
    page.goto(site_url + "timeline/", wait_until="load")
    first = page.locator("article h2").first
    assert first.inner_text().startswith("Key events")
    keys = page.locator("article .briefing-keyevents > ul > li")
    assert keys.count() == len(export["key_events"]) >= 7
    # One sentence each, linked to where it stands; how many sources report it; the rest folded.
    for i, k in enumerate(export["key_events"]):
        item = keys.nth(i)
        assert item.locator(".briefing-reported").get_attribute("data-sources") == str(
            len({r["source"] for r in k["sources"]})
        )
        href = item.locator(":scope > .briefing-cite a").first.get_attribute("href")
        assert href.endswith("#" + k["sources"][0]["sentence"])
        summaries = item.locator("summary")
        for n in range(summaries.count()):
            summaries.nth(n).click()
        assert item.locator(".briefing-folded li").count() == len(k["sources"]) - 1 + len(k["folded"])
    # The full list is a click away.
    page.locator("article a[href$='#all-events']").click()
    page.wait_for_function("location.hash === '#all-events'")


def test_timeline_filters_by_source_year_and_precision_from_the_keyboard(page, site_url, export):
    page.goto(site_url + "timeline/", wait_until="load")
    form = page.locator(".briefing-filters")
    assert form.is_visible()
    source = form.locator("select[data-filter='s']")
    source.focus()
    assert page.evaluate("document.activeElement.dataset.filter") == "s"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.filter") == "p"
    listed = [e for e in export["events"] if e["listed"]]
    ids = [s["id"] for s in export["sources"]]
    source.select_option("1")
    visible = page.locator(f"{EVENTS}:visible")
    of_source = sum(1 for e in listed if any(r["source"] == ids[1] for r in e["sources"]))
    assert visible.count() == of_source
    # The count is said only when the filter hides something.
    said = "" if of_source == len(listed) else f"{of_source} of {len(listed)} events shown"
    assert form.locator("output").inner_text() == said
    source.select_option("")
    form.locator("select[data-filter='y']").select_option("2003")
    in_2003 = sum(1 for e in listed if e["date"].startswith("2003"))
    assert 0 < in_2003 < len(listed) and visible.count() == in_2003
    assert form.locator("output").inner_text() == f"{in_2003} of {len(listed)} events shown"
    assert page.locator("article h2.briefing-year:visible").count() == 1
    form.locator("select[data-filter='y']").select_option("")
    form.locator("select[data-filter='k']").select_option("relative")
    assert visible.count() == sum(1 for e in listed if "X" in e["date"])
    form.locator("select[data-filter='k']").select_option("")
    assert visible.count() == len(listed)
    # A person: the lines that name them (by any of their names), and only those.
    putin = next(e for e in export["entities"] if e["name"] == "Vladimir Putin")
    form.locator("select[data-filter='p']").select_option(label="Vladimir Putin")
    assert 0 < visible.count() < len(listed)
    for line in visible.all_text_contents():
        assert any(name.lower() in line.lower() for name in [putin["name"], *putin["aliases"]]), line
    form.locator("select[data-filter='p']").select_option("")
    assert visible.count() == len(listed)


# --- Search -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "where"),
    [
        ("Lavrov", "people/"),  # a person: his page (and the People page)
        ("Terrorist International", "quotes/"),  # a quote
        ("Iraq invasion", "timeline/"),  # an event
    ],
)
def test_search_finds_a_person_a_quote_and_an_event(page, site_url, words, where):
    page.goto(site_url, wait_until="load")
    hits = _search(page, words)
    hrefs = [hits.nth(i).get_attribute("href") or "" for i in range(hits.count())]
    assert any(where in h for h in hrefs), hrefs


def test_search_for_a_speaker_reaches_the_quotes_page(page, site_url):
    page.goto(site_url, wait_until="load")
    hit = _search(page, "Lavrov").locator("xpath=self::a[contains(@href, 'quotes/')]").first
    hit.wait_for(state="attached")
    page.goto(urljoin(page.url, hit.get_attribute("href")), wait_until="load")
    assert "Lavrov" in page.locator("article.md-content__inner").inner_text()


# --- Provenance ---------------------------------------------------------------------------------


def _assert_highlighted(page, anchor: str) -> None:
    target = page.locator(f"[id='{anchor}']")
    target.wait_for()
    page.wait_for_function(
        "id => { const el = document.getElementById(id);"
        " return el && (el.classList.contains('is-cited') || el.matches(':target')); }",
        arg=anchor,
    )
    assert "sentence" in (target.get_attribute("class") or "")
    background = target.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent"), background
    page.wait_for_function(
        "id => { const r = document.getElementById(id).getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= innerHeight; }",
        arg=anchor,
    )


def test_timeline_link_lands_on_the_highlighted_sentence(page, site_url):
    page.goto(site_url + "timeline/", wait_until="load")
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
    page.goto(site_url + "sources/", wait_until="load")
    article = urljoin(page.url, page.locator("article li a").first.get_attribute("href"))
    page.goto(article + "#s2", wait_until="load")
    _assert_highlighted(page, "s2")


def test_overview_story_link_lands_on_the_highlighted_sentence(page, site_url):
    page.goto(site_url, wait_until="load")
    links = page.locator("article #story + ul .briefing-cite a")
    href = links.first.get_attribute("href")
    links.first.click()
    page.wait_for_url("**/sources/**")
    _assert_highlighted(page, href.split("#", 1)[1])
    # A second link followed from the same kind of page moves the highlight.
    # (Loaded afresh rather than by going back: Material's instant history makes "back" racy.)
    page.goto(site_url, wait_until="load")
    second = page.locator("article #story + ul .briefing-cite a").nth(1)
    href2 = second.get_attribute("href")
    second.click()
    page.wait_for_url("**/sources/**")
    _assert_highlighted(page, href2.split("#", 1)[1])
    assert page.locator(".sentence.is-cited").count() <= 1


def test_cited_on_lists_link_back_to_the_items(page, site_url):
    page.goto(site_url + f"sources/{source_slug(SEEDS[-1])}/", wait_until="load")
    uses = page.locator("#cited-on ~ ul a[href*='timeline/#e']")
    assert uses.count() >= 1
    href = uses.first.get_attribute("href")
    uses.first.click()
    page.wait_for_url("**/timeline/**")
    anchor = href.split("#", 1)[1]
    page.locator(f"article [id='{anchor}']").wait_for()
    assert page.locator(f"[id='{anchor}']").count() == 1
    # The event is marked, and only it.
    page.locator("article li.is-cited").wait_for()
    assert page.locator("article li.is-cited").count() == 1
    assert page.locator("article li.is-cited [id]").first.get_attribute("id") == anchor


# --- Quotes, people, tooltips -------------------------------------------------------------------


def test_quotes_filter_by_speaker(page, site_url, export):
    page.goto(site_url + "quotes/", wait_until="load")
    cards = page.locator("article .briefing-quote")
    assert cards.count() == len(export["quotes"])
    buttons = page.locator(".briefing-filter button")
    # grouped by the person, else by the attribution as worded ("an aide")
    speakers = {q["person"] or q["speaker"] for q in export["quotes"] if q["person"] or q["speaker"]}
    assert set(buttons.all_inner_texts()) >= speakers | {"All speakers"}
    page.get_by_role("button", name="Sergey Lavrov").click()
    visible = page.locator("article .briefing-quote:visible")
    assert visible.count() == sum(1 for q in export["quotes"] if q["person"] == "Sergey Lavrov")
    assert page.get_by_role("button", name="Sergey Lavrov").get_attribute("aria-pressed") == "true"
    page.get_by_role("button", name="All speakers").click()
    assert page.locator("article .briefing-quote:visible").count() == len(export["quotes"])


def test_person_page_lists_their_quotes_and_events(page, site_url, export):
    page.goto(site_url, wait_until="load")
    page.locator("#whos-who + ul").get_by_role("link", name="Vladimir Putin").click()
    page.wait_for_url("**/people/vladimir-putin/")
    page.locator("article h1", has_text="Vladimir Putin").wait_for()
    said = [q for q in export["quotes"] if q["person"] == "Vladimir Putin"]
    assert page.locator("article .briefing-quote").count() == len(said)
    assert page.locator("article .briefing-timeline li").count() >= 1


def test_names_carry_tooltips_with_role(page, site_url):
    page.goto(site_url + "quotes/", wait_until="load")
    abbr = page.locator("article abbr", has_text="Lavrov").first
    assert "Russian Foreign Minister" in abbr.get_attribute("title")
    # The browser's own tooltip shows it: Material's would read the title as HTML.
    abbr.hover()
    page.wait_for_timeout(300)
    assert page.locator(".md-tooltip2, .md-tooltip").count() == 0
    assert "Russian Foreign Minister" in abbr.get_attribute("title")


# --- Palette, print, keyboard -------------------------------------------------------------------


def test_dark_mode_toggles(page, site_url):
    page.goto(site_url, wait_until="load")
    scheme = "document.body.getAttribute('data-md-color-scheme')"
    assert page.evaluate(scheme) == "default"
    page.locator("[data-md-component=palette] label:visible").first.click()
    page.wait_for_function(f"{scheme} === 'slate'")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    page.locator("[data-md-component=palette] label:visible").first.click()
    page.wait_for_function(f"{scheme} === 'default'")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") != background


def test_print_hides_navigation_and_keeps_sentence_references(page, site_url):
    page.goto(site_url + "timeline/", wait_until="load")
    page.emulate_media(media="print")
    for selector in (".md-header", ".md-sidebar--primary"):
        assert page.locator(selector).first.evaluate("el => getComputedStyle(el).display") == "none", selector
    cite = page.locator("article .briefing-cite").first
    assert cite.evaluate("el => getComputedStyle(el, '::before').content") == '"["'
    assert re.fullmatch(r"\S.* s\d+.*", cite.inner_text())  # a source named, its sentence numbers
    # Links inside the site print as their reference only, not as an address.
    assert cite.locator("a").first.evaluate("el => getComputedStyle(el, '::after').content") in ("none", "normal")


@pytest.mark.parametrize("path", ["", "quotes/"])
def test_keyboard_reaches_every_link_and_button(page, site_url, path):
    page.goto(site_url + path, wait_until="load")
    key = "el => el.href || (el.tagName === 'BUTTON' ? 'button:' + el.textContent : '')"
    wanted = set(
        page.evaluate(
            f"[...document.querySelectorAll('article a[href], article button')]"
            f".filter(el => el.offsetParent !== null).map({key})"
        )
    )
    reached: set[str] = set()
    for _ in range(len(wanted) * 2 + 80):
        page.keyboard.press("Tab")
        reached.add(page.evaluate(f"(() => {{ const el = document.activeElement; return el ? ({key})(el) : ''; }})()"))
        if wanted <= reached:
            break
    assert wanted - reached == set()


# --- A briefing of the user's, at scale --------------------------------------------------------


def test_no_project_page_is_in_a_users_briefing(page, site_url):
    page.goto(site_url, wait_until="load")
    nav = page.locator(".md-sidebar--primary .md-nav__link").all_inner_texts()
    assert not [t for t in nav if re.search(r"export|accuracy|performance", t, re.I)], nav
    for path in ("export/", "accuracy/", "performance/"):
        response = page.goto(site_url + path, wait_until="load")
        assert response is not None and response.status == 404, path
    # The site is titled as mkdocs.yml names it, not "Briefing".
    page.goto(site_url, wait_until="load")
    assert page.title() == load_config(config_file=str(ROOT / "mkdocs.yml")).site_name != "Briefing"


@pytest.fixture
def open_large(browser, large_site):
    """Opens pages of the large site in a fresh context whose requests are policed."""
    contexts = []

    def make(viewport=DESK):
        context = browser.new_context(viewport=viewport)
        contexts.append(context)
        keep_local(context, large_site[1], OUTSIDE)
        pg = context.new_page()
        pg.set_default_timeout(30000)
        return pg

    yield make
    for context in contexts:
        context.close()


def test_searching_a_persons_name_lists_their_page_first(open_large, large_site):
    page = open_large()
    folder, url = large_site
    # People in the news often: quoted in many articles, named in headlines too.
    for name in synthetic.people()[:3]:
        slug = name.lower().replace(" ", "-")
        assert (folder / "people" / slug / "index.html").is_file(), name
        page.goto(url, wait_until="load")
        _search(page, name)
        # The worker answers each keystroke: wait for the answer to the whole name (its
        # results carry the words searched for in their addresses, "?h=anna+castell").
        words = "+".join(name.lower().split())
        page.wait_for_function(
            "words => { const a = document.querySelector('.md-search-result__item a');"
            " return a && a.href.includes('h=' + words); }",
            arg=words,
        )
        first = page.locator(".md-search-result__item a").first.get_attribute("href") or ""
        assert f"people/{slug}/" in first, (name, first)


def test_source_badges_name_their_sources_not_their_files(open_large, large_site, page, site_url):
    folder, url = large_site
    files = {p.stem for p in (folder / "sources").iterdir()} | {p.name for p in (folder / "sources").iterdir()}
    large = open_large()
    large.goto(url + "quotes/", wait_until="load")
    link = large.locator("article a[href*='quotes/']").first
    target = urljoin(large.url, link.get_attribute("href") or "")
    link.click()
    # Instant navigation swaps the page in place: wait for the part's address and its badges.
    large.wait_for_url(target)
    large.wait_for_function("document.querySelectorAll('article .briefing-source').length >= 10")
    badges = large.locator("article .briefing-source").all_text_contents()
    assert len(badges) >= 10
    for badge in badges:
        assert badge not in files and not re.fullmatch(r"\d{4}(_[0-9a-f]+)?", badge), badge
        assert re.fullmatch(
            r"(Daily Ledger|Evening Wire|Coast Herald|Metro Times|North Gazette), \d{1,2} \w+ \d{4}.*", badge
        )
    # The seeds have no outlet nor date: their titles name them.
    page.goto(site_url + "timeline/", wait_until="load")
    seeds = set(page.locator("article .briefing-source").all_text_contents())
    assert seeds and not seeds & set(SEEDS) and all(len(b.split()) >= 3 for b in seeds), seeds


def test_no_page_of_a_large_briefing_is_longer_than_twenty_screens(open_large, large_site):
    page = open_large()
    folder, url = large_site
    # The heaviest pages of each kind (by HTML), measured at desk width.
    by_kind: dict[str, list[Path]] = {}
    for html in folder.rglob("index.html"):
        kind = html.relative_to(folder).parts[0] if html.parent != folder else ""
        by_kind.setdefault(kind, []).append(html)
    for kind, found in sorted(by_kind.items()):
        if kind in ("search", "assets"):
            continue
        for html in sorted(found, key=lambda p: -p.stat().st_size)[:2]:
            address = html.parent.relative_to(folder).as_posix()
            page.goto(url + ("" if address == "." else address + "/"), wait_until="load")
            screens = page.evaluate("document.documentElement.scrollHeight") / DESK["height"]
            assert screens <= 20, (address, round(screens, 1))


# Last: every request of every test above stayed on 127.0.0.1.
def test_no_request_leaves_localhost(page, site_url):
    for path in PAGE_TYPES:
        page.goto(site_url + path, wait_until="load")
    page.goto(site_url + "sources/", wait_until="load")
    page.locator("article li a").first.click()
    page.wait_for_load_state("networkidle")
    assert OUTSIDE == []
