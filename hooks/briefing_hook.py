"""MkDocs adapter for the briefing engine: builds the briefing from the articles folder named
in `extra.briefing.sources`, titles the site by `extra.briefing.title` when set, adds its pages
as generated files, reports problems as warnings (so `--strict` fails on them), adds the
`briefing.json` export, puts the pages' plain-HTML blocks back after Markdown (`render.lift`),
shows the search plugin what each page is found by, and watches the articles when serving.
"""

from __future__ import annotations

import gc
import hashlib
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from mkdocs.plugins import CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import File, InclusionLevel
from watchdog.events import FileModifiedEvent, FileSystemEvent, FileSystemEventHandler

from briefing import assemble, export
from briefing import s7_render as render
from briefing.cache import DEFAULT_FOLDER, Cache
from briefing.model import Problem, Stats, printable

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.files import Files

log = get_plugin_logger(__name__)

DEFAULT_SOURCES = "seeds"
EXPORT_NAME = "briefing.json"
UNSAFE_FEATURE = "content.tooltips"

# What a build makes of the articles, kept in the cache: its figures, problems, generated files,
# and the plain-HTML blocks lifted out of each page.
Made = tuple[Stats | None, tuple[Problem, ...], dict[str, str], dict[str, list[tuple[str, str, tuple[str, ...]]]]]

# Per-build state. Hooks are not reloaded by `mkdocs serve`, so on_config resets it.
_state: dict = {}
# This file's own code keys the cache too: the pages it keeps are in the shape this code reads.
_ADAPTER = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()


# ---------------------------------------------------------------------------------------------
# Hooks
# ---------------------------------------------------------------------------------------------


# Reset the state of the previous build, find the articles folder, title the briefing, and
# keep Material's own tooltips off.
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    _state.clear()
    _state["sources"] = sources_path(config)
    title = _settings(config).get("title")
    if title is not None and str(title).strip():
        config.site_name = " ".join(str(title).split())
    features = config.theme.get("features") or []
    if UNSAFE_FEATURE in features:
        # Material's tooltips insert an element's title into the page as HTML, after the browser
        # has decoded it: a file named "<img onerror=...>.txt" would run on hover.
        config.theme["features"] = [f for f in features if f != UNSAFE_FEATURE]
        log.warning(
            f"theme.features: {UNSAFE_FEATURE} turned off: it shows titles holding article text "
            "(file names, outlets, names) as HTML; the browser's own tooltips show them as text"
        )
    return config


# Build the briefing and add its pages; article and person pages stay out of the nav.
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    root = _root(config)
    folder: Path = _state["sources"]
    if not folder.exists():
        log.warning(printable(f"{_shown(folder, root)}: the articles folder (extra.briefing.sources) does not exist"))
    started = time.perf_counter()
    cache = Cache(folder=cache_path(config), settings={"adapter": _ADAPTER})
    found = assemble.survey([folder], root=root, cache=cache)
    # Articles, engine and settings as at the last build: its pages, without building them again.
    made = cast("Made | None", cache.output(found.inputs)) if found.inputs is not None else None
    if made is None:
        briefing = assemble.build([folder], root=root, cache=cache, surveyed=found)
        # Blocks of plain HTML skip Markdown: placeholders now, the HTML again in on_page_content.
        generated, blocks = render.lift(render.pages(briefing))
        # The export is a generated file too (rather than written in on_post_build): links to
        # it are then checked like any other, and `mkdocs serve` serves it.
        generated[EXPORT_NAME] = export.to_json(briefing)
        made = (briefing.stats, briefing.problems, generated, blocks)
        if found.inputs is not None:
            cache.keep_output(found.inputs, made)
        if briefing.stats is not None:
            log.info(f"briefing: {briefing.stats}")
    elif made[0] is not None:
        stats = made[0]
        log.info(
            f"briefing: {stats.articles:,} articles, {stats.quotes:,} quotes, {stats.events:,} events, "
            f"as at the last build: pages from the cache in {time.perf_counter() - started:.2f} s"
        )
    _, problems, generated, _state["blocks"] = made
    # The analyses and pages stay in memory until the build ends and hold no garbage: the
    # cyclic collector need not walk them each time MkDocs' own work (Markdown, templates,
    # search) sets it off. `on_post_build` gives them back to it.
    gc.freeze()
    for problem in problems:
        log.warning(str(problem))  # escaped: a file name holds no line break or escape sequence
    for path, content in generated.items():
        existing = files.get_file_from_path(path)
        if existing is not None:
            log.warning(printable(f"{config.docs_dir}/{path}: replaced by the generated file of the same name"))
            files.remove(existing)
        # Pages in folders (articles, people's pages, the parts of a long timeline, quotes,
        # context or list of names) are reached from the briefing, not the nav.
        own_page = "/" in path and not path.endswith("/index.md")
        inclusion = InclusionLevel.NOT_IN_NAV if own_page else InclusionLevel.UNDEFINED
        files.append(File.generated(config, path, content=content, inclusion=inclusion))
    return files


# Put back the plain-HTML blocks `render.lift` took out of a generated page, and tell MkDocs
# the ids in them (it checks links to anchors against the ids it saw).
def on_page_content(html: str, *, page, config: MkDocsConfig, files: Files) -> str:
    blocks = _state.get("blocks", {}).get(page.file.src_uri)
    if not blocks:
        return html
    if page.present_anchor_ids is not None:
        for _, _, ids in blocks:
            page.present_anchor_ids.update(ids)
    # The page as the search plugin is shown it: what it would leave out is not there to parse,
    # and a page it does not index is empty (it still runs a pattern over the whole page).
    search = (page.meta or {}).get("search")
    search = search if isinstance(search, dict) else {}
    excluded = bool(search.get("exclude"))
    names_only = search.get("view") == render.NAMES
    if excluded or names_only or render.searched_apart(blocks):
        _state.setdefault("searched", {})[page.file.src_uri] = (
            "" if excluded else render.put_back(html, blocks, for_search=True, names_only=names_only)
        )
    return render.put_back(html, blocks)


# Around the search plugin (priority 0), which parses each page's HTML for the index: it is
# shown the page without the blocks it excludes anyway, and readers get the whole page back.
# The index is the same; parsing the "cited on" lists was a third of a large site's indexing.
@event_priority(100)
def _show_search_its_part(context, *, page, config: MkDocsConfig, nav):
    searched = _state.get("searched", {}).pop(page.file.src_uri, None)
    if searched is not None:
        _state["whole"] = page.content
        page.content = searched
    return context


@event_priority(-100)
def _show_readers_the_whole(context, *, page, config: MkDocsConfig, nav):
    whole = _state.pop("whole", None)
    if whole is not None:
        page.content = whole
    return context


on_page_context = CombinedEvent(_show_search_its_part, _show_readers_the_whole)


# The collector sees the briefing again: `mkdocs serve` replaces it at the next build.
def on_post_build(*, config: MkDocsConfig) -> None:
    gc.unfreeze()


def on_build_error(*, error: Exception) -> None:
    gc.unfreeze()


# Rebuild when an article changes, not only when docs/ does, and go on when the articles folder
# is deleted and made again (a checkout, an unzip): a watch ends with the folder it watched.
def on_serve(server: LiveReloadServer, *, config: MkDocsConfig, builder) -> LiveReloadServer:
    folder = sources_path(config)
    rewatch = _Rewatch(server, str(folder))
    if folder.is_dir():
        rewatch.watch()
    if folder.parent.is_dir():
        server.observer.schedule(rewatch, str(folder.parent), recursive=False)
    return server


# ---------------------------------------------------------------------------------------------
# Helper functions
# ---------------------------------------------------------------------------------------------


class _Rewatch(FileSystemEventHandler):
    """Watches the articles folder's parent for the folder itself. When the folder goes, the
    site is rebuilt without it; when it comes back (made, or moved in), MkDocs' watch on it is
    made anew and the site rebuilt, as no event would tell of the files it came with."""

    def __init__(self, server: LiveReloadServer, folder: str) -> None:
        self.server = server
        self.folder = folder
        self.watching = False

    def watch(self) -> None:
        if self.watching:
            self.server.unwatch(self.folder)
        self.server.watch(self.folder)
        self.watching = True

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type == "moved" and os.fsdecode(event.dest_path) == self.folder:
            came, went = True, False
        else:
            came = event.event_type == "created" and os.fsdecode(event.src_path) == self.folder
            went = event.event_type in ("deleted", "moved") and os.fsdecode(event.src_path) == self.folder
        if came and os.path.isdir(self.folder):
            self.watch()
        if came or went:
            self._rebuild()

    def _rebuild(self) -> None:
        # MkDocs' handler on the folder's watch rebuilds on any file event: hand it one.
        for emitter in list(self.server.observer.emitters):
            if emitter.watch.path == self.folder:
                self.server.observer.event_queue.put((FileModifiedEvent(self.folder), emitter.watch))
                return


# The articles folder, relative to mkdocs.yml (never to the working directory).
def sources_path(config: MkDocsConfig) -> Path:
    settings = _settings(config)
    return (_root(config) / str(settings.get("sources", DEFAULT_SOURCES))).resolve()


# The hook's own settings: `extra.briefing` in mkdocs.yml.
def _settings(config: MkDocsConfig) -> dict[str, Any]:
    extra: dict[str, Any] = dict(config.extra or {})
    return dict(extra.get("briefing") or {})


# The project folder: where mkdocs.yml is.
def _root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path or ".").resolve().parent


# The on-disk analysis cache beside mkdocs.yml; `cache: false` keeps it in memory only.
def cache_path(config: MkDocsConfig) -> Path | None:
    settings = _settings(config)
    folder = settings.get("cache", str(DEFAULT_FOLDER))
    if folder is False or folder is None or folder == "":
        return None
    return (_root(config) / str(folder)).resolve()


def _shown(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
