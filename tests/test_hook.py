"""Build tests for the MkDocs adapter: the seed site builds under --strict with every page and
the export, a broken article fails a strict build with a warning naming it, builds are
byte-identical under SOURCE_DATE_EPOCH, and the articles folder is watched when serving.
"""

from __future__ import annotations

import gc
import json
import logging
import re
import shutil
import time
from pathlib import Path

import pytest
import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort
from mkdocs.livereload import LiveReloadServer

from briefing import assemble
from briefing import s7_render as render
from briefing.s7_render.markdown import source_slug

ROOT = Path(__file__).resolve().parent.parent
HOOK = ROOT / "hooks" / "briefing_hook.py"
SEEDS = sorted(p.stem for p in (ROOT / "seeds").iterdir() if p.suffix in (".txt", ".md"))
PAGES = [
    "index.html",
    "timeline/index.html",
    "quotes/index.html",
    "people/index.html",
    "context/index.html",
    "sources/index.html",
]
# The project's own documentation: in docs/ for the repository's readers, never in a briefing.
PROJECT_DOCS = ["export.md", "accuracy.md", "performance.md"]


def build_site(config_file: Path, site_dir: Path, **overrides) -> None:
    cfg = load_config(config_file=str(config_file), site_dir=str(site_dir), strict=True, **overrides)
    build(cfg)


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("seed-site")
    build_site(ROOT / "mkdocs.yml", site)
    return site


def test_seed_site_has_every_page_and_the_export(seed_site):
    for page in PAGES:
        assert (seed_site / page).is_file(), page
    for ident in SEEDS:
        page = (seed_site / "sources" / source_slug(ident) / "index.html").read_text(encoding="utf-8")
        assert 'id="s1"' in page and 'class="sentence' in page
    data = json.loads((seed_site / "briefing.json").read_text(encoding="utf-8"))
    assert [s["id"] for s in data["sources"]] == SEEDS
    assert set(data) == {
        "sources",
        "dates",
        "events",
        "key_events",
        "quotes",
        "entities",
        "agreements",
        "discrepancies",
    }


def test_article_and_person_pages_stay_out_of_the_nav(seed_site):
    home = (seed_site / "index.html").read_text(encoding="utf-8")
    nav = home[home.index("md-sidebar--primary") : home.index("md-sidebar--secondary")]
    assert 'href="sources/"' in nav and 'href="people/"' in nav
    for ident in SEEDS:
        assert f'href="sources/{source_slug(ident)}/"' not in nav
    assert 'href="people/' not in nav.replace('href="people/"', "")
    # People's own pages are built all the same.
    assert (seed_site / "people" / "vladimir-putin" / "index.html").is_file()


def test_the_projects_own_documentation_is_not_part_of_a_briefing(seed_site):
    home = (seed_site / "index.html").read_text(encoding="utf-8")
    nav = home[home.index("md-sidebar--primary") : home.index("md-sidebar--secondary")]
    for doc in PROJECT_DOCS:
        assert (ROOT / "docs" / doc).is_file(), doc  # kept for the repository's readers
        stem = doc.removesuffix(".md")
        assert not (seed_site / stem).exists() and f'href="{stem}/"' not in nav, doc
    search = json.loads((seed_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [e for e in search["docs"] if e["location"].startswith(("export/", "accuracy/", "performance/"))]
    # The nav holds the briefing: its own pages (and the home page's sections), nothing else.
    pages = [h for h in re.findall(r'<a href="([^"]*)" class="md-nav__link', nav) if not h.startswith("#")]
    listed = [next(iter(entry.values())) for entry in yaml.safe_load((ROOT / "mkdocs.yml").read_text())["nav"]]
    assert pages == [nav_address(path) for path in listed]
    assert set(listed) <= set(render.pages(assemble.build([ROOT / "seeds"], root=ROOT)))  # all generated


def test_the_nav_names_each_page_by_its_title():
    pages = render.pages(assemble.build([ROOT / "seeds"], root=ROOT))
    for entry in yaml.safe_load((ROOT / "mkdocs.yml").read_text())["nav"]:
        ((label, path),) = entry.items()
        heading = next(line for line in pages[path].splitlines() if line.startswith("# "))
        assert heading == f"# {label}", path


def nav_address(path: str) -> str:
    """ "timeline.md" -> "timeline/", "index.md" -> ".", as the home page links them."""
    stem = path.removesuffix(".md").removesuffix("index").rstrip("/")
    return f"{stem}/" if stem else "."


def test_the_projects_documentation_links_resolve_in_the_repository():
    # Out of the site, these pages are no longer checked by a strict build: their links to
    # files are checked here, as the repository shows them.
    for doc in PROJECT_DOCS:
        page = (ROOT / "docs" / doc).read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)#\s]+)[^)]*\)", page):
            if "://" in target or target == "briefing.json":  # the export is a built file
                continue
            assert (ROOT / "docs" / target).resolve().exists(), (doc, target)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#\s]+)[^)]*\)", readme):
        if "://" not in target:
            assert (ROOT / target).exists(), target


def test_the_briefing_is_titled_from_its_settings(tmp_path):
    config = project(tmp_path, {"a.txt": b"Clinton met Putin in Moscow on June 4, 2000.\n"})
    config.write_text(config.read_text(encoding="utf-8") + '    title: "Airbus <tankers>"\n', encoding="utf-8")
    build_site(config, tmp_path / "site")
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "<title>Airbus &lt;tankers&gt;</title>" in home
    assert "Briefing</title>" not in home and ">Test<" not in home


def test_site_makes_no_outside_request(seed_site):
    for page in seed_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        for attr in ("src=", "<link"):
            for chunk in html.split(attr)[1:]:
                head = chunk[:200]
                assert "https://" not in head.split(">")[0] and "http://" not in head.split(">")[0], (page, head)


def test_build_does_not_depend_on_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    build_site(ROOT / "mkdocs.yml", tmp_path / "site")
    assert (tmp_path / "site" / "timeline" / "index.html").is_file()


def project(tmp_path: Path, articles: dict[str, bytes]) -> Path:
    """A minimal project using the real hook, with its own articles folder."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "arts").mkdir()
    for name, raw in articles.items():
        (tmp_path / "arts" / name).write_bytes(raw)
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "site_name: Test\n"
        "theme:\n  name: material\n  font: false\n"
        f"  custom_dir: {json.dumps(str(ROOT / 'docs' / 'overrides'))}\n"
        f"hooks:\n  - {json.dumps(str(HOOK))}\n"
        "extra:\n  briefing:\n    sources: arts\n",
        encoding="utf-8",
    )
    return config


def test_broken_article_warns_with_file_and_line_and_fails_strict(tmp_path, caplog):
    config = project(
        tmp_path,
        {
            "good.txt": b"Clinton met Putin in Moscow. They talked.\n",
            "bad.md": b"---\ntitle: [unclosed\n---\nSome text here.\n",
        },
    )
    with caplog.at_level(logging.WARNING), pytest.raises(Abort):
        build_site(config, tmp_path / "site")
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert any("arts/bad.md:" in w and "front matter" in w for w in warnings), warnings
    # Without --strict the site still builds, the good article included.
    cfg = load_config(config_file=str(config), site_dir=str(tmp_path / "site2"), strict=False)
    build(cfg)
    assert (tmp_path / "site2" / "sources" / "good" / "index.html").is_file()


def test_a_build_leaves_the_collector_as_it_found_it(seed_site, tmp_path):
    # The briefing is kept from the cyclic collector while MkDocs builds the pages, and only then.
    assert gc.get_freeze_count() == 0
    config = project(tmp_path, {"bad.md": b"---\ntitle: [unclosed\n---\nSome text here.\n"})
    with pytest.raises(Abort):
        build_site(config, tmp_path / "site")
    assert gc.get_freeze_count() == 0


def test_hostile_title_never_becomes_markup(tmp_path):
    config = project(
        tmp_path,
        {
            "evil.md": b'---\ntitle: "</title><script>alert(1)</script> {{ config }}"\n'
            b'url: "javascript:alert(1)"\n---\n<img src=x onerror=alert(2)> said *hi*.\n',
        },
    )
    build_site(config, tmp_path / "site")
    html = (tmp_path / "site" / "sources" / "evil" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html
    assert 'href="javascript' not in html and "{{ config }}" not in html
    assert "<title>&lt;/title&gt;&lt;script&gt;" in html
    # Page meta from the article: the description and the Open Graph tags stay attribute text.
    assert (
        '<meta property="og:title" content="&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &#123;&#123; config }}'
        in html
    )
    head = html[: html.index("</head>")]
    assert 'property="og:description" content="&lt;img src=x onerror=alert(2)&gt;' in head
    assert 'name="description" content="&#60;img src=x onerror=alert(2)&#62;' in head
    assert "<img" not in head and "<script>alert" not in head


def test_two_builds_are_byte_identical(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    build_site(ROOT / "mkdocs.yml", tmp_path / "a")
    build_site(ROOT / "mkdocs.yml", tmp_path / "b")
    files_a = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(tmp_path / "b") for p in (tmp_path / "b").rglob("*") if p.is_file())
    assert files_a == files_b
    for rel in files_a:
        assert (tmp_path / "a" / rel).read_bytes() == (tmp_path / "b" / rel).read_bytes(), rel


def _serving(config: Path):
    """The hook's on_serve on a live-reload server whose watches run (no socket is opened), and
    a function telling whether a rebuild was asked for since it was last called."""
    cfg = load_config(config_file=str(config))
    hook = next(iter(cfg["hooks"].values()))
    server = LiveReloadServer(
        builder=lambda: None, host="127.0.0.1", port=0, root=str(config.parent), polling_interval=0.05
    )
    hook.on_config(cfg)
    hook.on_serve(server, config=cfg, builder=None)
    server.observer.start()

    def rebuilt(within: float = 5.0) -> bool:
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            with server._rebuild_cond:
                if server._want_rebuild:
                    server._want_rebuild = False
                    return True
            time.sleep(0.02)
        return False

    return server, rebuilt


def test_serve_watches_the_articles_folder_even_after_it_is_made_again(tmp_path):
    config = project(tmp_path, {"a.txt": b"Some text here.\n"})
    arts = tmp_path / "arts"
    server, rebuilt = _serving(config)
    try:
        assert [e.watch.path for e in server.observer.emitters if e.watch.path == str(arts)]
        time.sleep(0.2)
        (arts / "a.txt").write_text("Other text here.\n")
        assert rebuilt()
        shutil.rmtree(arts)  # the site is rebuilt without the articles
        assert rebuilt()
        # Made again whole, as an unzip or a checkout does: moved in with its files.
        made = tmp_path / "arts.new"
        made.mkdir()
        (made / "b.txt").write_text("New text here.\n")
        made.rename(arts)
        assert rebuilt()
        time.sleep(0.2)
        (arts / "b.txt").write_text("Edited again.\n")  # and watched as before
        assert rebuilt()
        shutil.rmtree(arts)
        assert rebuilt()
        arts.mkdir()  # made empty, then filled
        time.sleep(0.2)
        (arts / "c.txt").write_text("Third text.\n")
        assert rebuilt()
    finally:
        server.observer.stop()
        server.observer.join()


def test_awkward_file_names_get_safe_pages_and_working_links(tmp_path):
    names = ["Ünï #1 50% why?.txt", "index.txt", "a b.txt"]
    config = project(
        tmp_path,
        {
            name: f"Clinton met Putin at the Kremlin on June {i + 4}, 2000. “We agree on {name},” Putin said.\n".encode()
            for i, name in enumerate(names)
        },
    )
    build_site(config, tmp_path / "site")  # strict: every link and anchor resolved
    for name in names:
        slug = source_slug(Path(name).stem)
        page = tmp_path / "site" / "sources" / slug / "index.html"
        assert page.is_file(), name
        assert 'id="s1"' in page.read_text(encoding="utf-8")
    listing = (tmp_path / "site" / "sources" / "index.html").read_text(encoding="utf-8")
    assert "Clinton met" in listing and listing.count('href="index-') == 1


def test_theme_overrides_are_not_published(seed_site):
    # The overrides live in docs/overrides/ (the top level is fixed) but are excluded as pages.
    assert (ROOT / "docs" / "overrides" / "main.html").is_file()
    assert not (seed_site / "overrides").exists()
    assert not list(seed_site.rglob("main.html"))
    assert not list(seed_site.rglob("screenshot*.png"))


def test_pages_have_descriptions_and_open_graph_tags(seed_site):
    for page in [*PAGES, "people/vladimir-putin/index.html"]:
        html = (seed_site / page).read_text(encoding="utf-8")
        head = html[: html.index("</head>")]
        for tag in ('name="description"', 'property="og:title"', 'property="og:description"', 'property="og:type"'):
            assert tag in head, (page, tag)
    home = (seed_site / "index.html").read_text(encoding="utf-8")
    assert '<meta property="og:description" content="Briefing from 2 news articles about' in home


def test_plain_html_blocks_are_put_back_into_every_page(seed_site):
    for page in seed_site.rglob("*.html"):
        assert not re.search("~[¤¦]+~", page.read_text(encoding="utf-8")), page
    article = (seed_site / "sources" / source_slug(SEEDS[0]) / "index.html").read_text(encoding="utf-8")
    assert 'class="briefing-article"' in article and 'id="s1"' in article and 'id="cited-on"' in article


def test_search_indexes_an_article_once_and_readers_still_get_its_cited_on_list(seed_site):
    index = json.loads((seed_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    article = f"sources/{source_slug(SEEDS[1])}/"
    entries = [e for e in index["docs"] if e["location"].startswith(article)]
    text = " ".join(e["text"] for e in entries)
    # The article's sentences are indexed; its "cited on" list, which repeats them, is not.
    assert "Terrorist International" in text and text.count("Terrorist International") == 1
    cited = next(e for e in entries if e["title"] == "Cited on")
    assert "used in the briefing" in cited["text"] and "Timeline:" not in text
    page = (seed_site / article / "index.html").read_text(encoding="utf-8")
    assert 'id="cited-on"' in page and "<ul data-search-exclude>" in page and "Timeline:" in page


def test_a_persons_page_is_found_by_name_and_role_not_by_the_sources_words(seed_site):
    index = json.loads((seed_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    entries = [e for e in index["docs"] if e["location"].startswith("people/vladimir-putin/")]
    assert entries[0]["title"] == "Vladimir Putin" and entries[0]["boost"] > 1
    assert "Russian President" in entries[0]["text"]  # the role
    assert {e["title"] for e in entries} >= {"Vladimir Putin", "Quotes", "Events"}
    text = " ".join(e["text"] for e in entries)
    assert "common front" not in text and "Terrorist International" not in text  # his words
    # Readers get the whole page: the quotes and events are there.
    page = (seed_site / "people" / "vladimir-putin" / "index.html").read_text(encoding="utf-8")
    assert "common front" in page and "briefing-quote" in page


def test_pages_kept_out_of_search_are_whole_for_readers_and_absent_from_the_index(seed_site):
    index = json.loads((seed_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [e for e in index["docs"] if e["location"].startswith(("comparison/", "context/"))]
    assert [e for e in index["docs"] if e["location"].startswith("sources/")]
    # The search plugin was shown an empty page; readers get the whole one, every sentence linked.
    page = (seed_site / "comparison" / "index.html").read_text(encoding="utf-8")
    assert 'id="contradictions"' in page or 'id="omissions"' in page
    assert f'href="../sources/{source_slug(SEEDS[0])}/#s' in page


def test_an_unchanged_rebuild_takes_its_pages_from_the_cache(tmp_path, caplog, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    config = project(
        tmp_path,
        {
            "good.txt": "Clinton met Putin in Moscow on June 4, 2000. “We agree,” Putin said.\n".encode(),
            "bad.md": b"---\ntitle: [unclosed\n---\nSome text here.\n",
        },
    )

    def built(site: str) -> tuple[list[str], dict[str, bytes]]:
        caplog.clear()
        cfg = load_config(config_file=str(config), site_dir=str(tmp_path / site), strict=False)
        with caplog.at_level(logging.INFO):
            build(cfg)
        pages = {
            p.relative_to(tmp_path / site).as_posix(): p.read_bytes()
            for p in (tmp_path / site).rglob("*")
            if p.is_file()
        }
        return [r.getMessage() for r in caplog.records], pages

    first_log, first = built("a")
    again_log, again = built("b")
    assert not any("as at the last build" in m for m in first_log)
    assert any("as at the last build: pages from the cache" in m for m in again_log)
    assert again == first  # the same site, byte for byte
    assert any("arts/bad.md:" in m and "front matter" in m for m in again_log)  # warned again
    (tmp_path / "arts" / "good.txt").write_text("Clinton met Putin in Moscow on June 5, 2000.\n", encoding="utf-8")
    edited_log, edited = built("c")
    assert not any("as at the last build" in m for m in edited_log)
    assert edited["briefing.json"] != first["briefing.json"] and b"2000-06-05" in edited["briefing.json"]


def test_material_tooltips_stay_off_with_a_warning(tmp_path, caplog):
    # Material's tooltips insert a title into the page as HTML; titles hold article text.
    assert "content.tooltips" not in load_config(config_file=str(ROOT / "mkdocs.yml")).theme["features"]
    config = project(tmp_path, {"<img src=x onerror=alert(1)>.txt": b"Clinton met Putin in Moscow.\n"})
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "  font: false\n", "  font: false\n  features: [content.tooltips]\n"
        ),
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING), pytest.raises(Abort):
        build_site(config, tmp_path / "site")
    assert any("content.tooltips turned off" in r.getMessage() for r in caplog.records)
    cfg = load_config(config_file=str(config), site_dir=str(tmp_path / "site2"), strict=False)
    build(cfg)
    html = (tmp_path / "site2" / "index.html").read_text(encoding="utf-8")
    assert '"features": []' in html


def test_control_characters_in_file_names_never_reach_the_log_raw(tmp_path, caplog):
    # A name that would forge a log line, clear the terminal and reverse what follows.
    forged = "evil\n\x1b[2J\rINFO    -  Documentation built OK\u202e.txt"
    config = project(tmp_path, {"good.txt": b"Clinton met Putin in Moscow.\n", forged: b""})
    with caplog.at_level(logging.WARNING), pytest.raises(Abort):
        build_site(config, tmp_path / "site")
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert any("evil\\n\\x1b[2J\\rINFO" in w and "\\u202e.txt" in w and "is empty" in w for w in warnings), warnings
    for w in warnings:
        assert not any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 or c == "\u202e" for c in w), repr(w)
