#!/usr/bin/env python3
"""Measure Briefing at 2, 100, 500 and 1,000 articles and print one Markdown table.

    python scripts/bench.py --corpus ../shared/corpus
    python scripts/bench.py --corpus ../shared/corpus --sizes 2,500 --work /tmp/bench

For each size it makes a throw-away project (this repo's mkdocs.yml, docs/ and hooks/ with
N articles in its seeds/ folder) and measures, in CPU seconds (the machine may be shared;
wall-clock times and their ratios are listed under the table):
- extraction: every article read and analysed alone, on one core; MB/s of article files;
- engine: `assemble.build` without cache (extraction, then everything across articles);
- build: `mkdocs build` from a cold cache; plain Material: `mkdocs build` of the same
  articles published as plain pages, as the scale issue defined it: one page per article in
  a flat docs folder, with `navigation.prune`; their ratio;
- rebuild after editing one article, as `mkdocs serve` does it: in one process, a build,
  then an edit, then the build it triggers (engine and hook loaded, analyses in memory), with
  its ratio to the plain build; and the engine alone in that rebuild (its extraction part:
  reading, hashing, analysing the edited file; and all of it). Then `mkdocs build` after
  that edit in a new process (the disk cache holds all but the edited article) and once more
  with nothing changed (the last build's pages are reused), each with its ratio;
- peak RSS of the cold build, pages, the largest page and the search index;
- under the table, the floor of a first build: the unchanged build (Material drawing the
  briefing's pages, nothing analysed or rendered) plus the extraction, and for reference the
  same articles in plain Material at 25 to a page (what Material spends on the text alone).
2 articles are the seeds; larger sizes take the corpus's .md and .txt files, then (past its
size) new articles made by interleaving the paragraphs of two different corpus articles, so
no text is a byte copy of another. The corpus is only read; nothing is written outside --work.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from briefing import assemble
from briefing.cache import Cache
from briefing.s1_read import load

REPO = Path(__file__).resolve().parent.parent

SIZES = (2, 100, 500, 1000)
EDIT = "\n\nA spokesperson said on Friday that the figures would be revised.\n"
# Articles to a page in the second plain site: Material's cost for the text alone, with few pages.
PLAIN_SHARED = 25
PLAIN_CONFIG = """\
site_name: Plain Material
theme:
  name: material
  features:
    - navigation.prune
"""


# ---------------------------------------------------------------------------------------------
# Articles
# ---------------------------------------------------------------------------------------------


def corpus_files(corpus: Path) -> list[Path]:
    """The corpus's news articles (its .md and .txt files: the saved web pages of the
    article-extraction sets are pages, not articles, and ten times their size), folders taken
    in turn so any prefix mixes every kind of text."""
    by_folder: dict[Path, list[Path]] = {}
    for path in load.collect([corpus]):
        if path.suffix.lower() in (".md", ".txt") and path.name.lower() != "readme.md":
            by_folder.setdefault(path.parent, []).append(path)
    queues = [by_folder[k] for k in sorted(by_folder)]
    mixed: list[Path] = []
    while any(queues):
        for queue in queues:
            if queue:
                mixed.append(queue.pop(0))
    return mixed


def split_article(text: str) -> tuple[str, list[str]]:
    """Front matter (with its fences, or "") and the body's paragraphs (its non-blank lines)."""
    front = ""
    if text.startswith("---\n") and "\n---\n" in text[3:]:
        cut = text.index("\n---\n", 3) + 5
        front, text = text[:cut], text[cut:]
    return front, [line for line in text.splitlines() if line.strip()]


def remix(first: Path, second: Path, number: int) -> tuple[str, str]:
    """A new article: the first's front matter and the first half of its text, then the
    second half of the other's, each cut after a sentence (so it is no near-copy of either)."""
    front, mine = split_article(first.read_text(encoding="utf-8"))
    _, theirs = split_article(second.read_text(encoding="utf-8"))
    head = _half("\n\n".join(mine))
    tail = "\n\n".join(theirs)[len(_half("\n\n".join(theirs))) :].lstrip()
    if front:
        front = re.sub(
            r'^title: "?(.*?)"?$', lambda m: f'title: "{m.group(1)} (digest {number})"', front, count=1, flags=re.M
        )
    return f"remix-{number:04d}-{first.stem}{first.suffix}", f"{front}{head}\n\n{tail}\n"


def _half(text: str) -> str:
    """The text up to the end of the sentence nearest its middle."""
    middle = len(text) // 2
    ends = [m.end() for m in re.finditer(r"[.!?][”\"']?(?=\s)", text)]
    cut = min(ends, key=lambda e: abs(e - middle)) if ends else middle
    return text[:cut].rstrip()


def write_articles(n: int, corpus: Path | None, folder: Path) -> None:
    folder.mkdir(parents=True)
    if n == 2:
        for path in sorted((REPO / "seeds").iterdir()):
            shutil.copyfile(path, folder / path.name)
        return
    if corpus is None:
        raise SystemExit("--corpus is needed for more than 2 articles")
    real = corpus_files(corpus)
    for path in real[:n]:
        shutil.copyfile(path, folder / path.name)
    for k in range(n - len(real)):
        # No article gives its first half, nor its second half, to two remixes.
        first = real[k % len(real)]
        second = real[(k + len(real) // 2 + k // len(real)) % len(real)]
        name, text = remix(first, second, k + 1)
        (folder / name).write_text(text, encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# Measuring
# ---------------------------------------------------------------------------------------------


class Timer:
    """Wall and CPU seconds of this process between start and stop."""

    def __enter__(self) -> Timer:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_) -> None:
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu


def run(command: list[str], cwd: Path) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak resident megabytes of a command (fails loudly)."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    assert proc.stdout is not None
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        sys.stderr.write(output.decode(errors="replace"))
        raise SystemExit(f"failed: {' '.join(command)}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def make_project(n: int, corpus: Path | None, work: Path) -> Path:
    project = work / f"briefing-{n}"
    shutil.rmtree(project, ignore_errors=True)
    project.mkdir(parents=True)
    shutil.copyfile(REPO / "mkdocs.yml", project / "mkdocs.yml")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(REPO / "docs", project / "docs", ignore=ignore)
    shutil.copytree(REPO / "hooks", project / "hooks", ignore=ignore)
    if (REPO / "overrides").is_dir():
        shutil.copytree(REPO / "overrides", project / "overrides", ignore=ignore)
    write_articles(n, corpus, project / "seeds")
    return project


def make_plain(pages: int, articles: Path, work: Path, per_page: int = 1) -> Path:
    """The articles as a plain Material project: a home page and one page per article (the
    text's paragraphs) in a flat docs folder, with `navigation.prune`: the baseline the scale
    issue set. With `per_page` > 1, that many articles share a page: what Material alone
    spends on publishing the text, with few pages."""
    project = work / (f"plain-{pages}" if per_page == 1 else f"plain-{pages}-{per_page}-a-page")
    shutil.rmtree(project, ignore_errors=True)
    (project / "docs").mkdir(parents=True)
    (project / "mkdocs.yml").write_text(PLAIN_CONFIG, encoding="utf-8")
    (project / "docs" / "index.md").write_text("# Plain\n\nA plain Material site.\n", encoding="utf-8")
    texts = sorted(articles.iterdir())
    for i in range(pages):
        _, paragraphs = split_article(texts[i % len(texts)].read_text(encoding="utf-8", errors="replace"))
        body = "\n\n".join(paragraphs)
        page = project / "docs" / f"page-{i // per_page:04d}.md"
        with page.open("a", encoding="utf-8") as out:
            out.write(f"# Article {i}\n\n{body}\n\n")
    return project


# `mkdocs serve` after an edit: one process builds, the article is edited, and the build
# that follows is timed (CPU seconds of this process), with the hook and engine still loaded.
SERVE = """
import sys, time
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config

def config():
    return load_config(config_file="mkdocs.yml", site_dir=sys.argv[2])

build(config())
with Path(sys.argv[1]).open("a", encoding="utf-8") as out:
    out.write(sys.argv[3])
started = time.process_time()
build(config())
print(time.process_time() - started)
"""


def serve_rebuild(project: Path, edited: Path, text: str) -> float:
    """CPU seconds of the build `mkdocs serve` makes after an edit to one article."""
    site = project / "site-serve"
    done = subprocess.run(
        [sys.executable, "-c", SERVE, str(edited), str(site), text],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit("failed: the serve rebuild")
    return float(done.stdout.strip().splitlines()[-1])


def site_figures(site: Path) -> tuple[int, int, str, int]:
    """Pages, the largest page's bytes and path, and the search index's bytes."""
    pages = [p for p in site.rglob("*.html") if p.name != "404.html"]
    largest = max(pages, key=lambda p: p.stat().st_size)
    index = site / "search" / "search_index.json"
    return (
        len(pages),
        largest.stat().st_size,
        largest.relative_to(site).as_posix(),
        index.stat().st_size if index.exists() else 0,
    )


def measure(n: int, corpus: Path | None, work: Path) -> dict:
    project = make_project(n, corpus, work)
    articles = project / "seeds"
    mkdocs = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", "mkdocs.yml", "-d", "site"]

    # Extraction proper: each article read and analysed alone, on this one core.
    files = load.collect([articles])
    with Timer() as extraction:
        for path in files:
            article, _ = load.read(path, path.name)
            if article is not None:
                assemble.analyse(article)
    megabytes = sum(len(p.read_bytes()) for p in files) / 1e6
    with Timer() as engine:  # extraction and everything across articles, no cache
        briefing = assemble.build([articles], root=project)

    build, build_cpu, rss = run(mkdocs, project)  # no .cache/ yet: every article is analysed
    pages, largest, largest_path, index = site_figures(project / "site")

    plain = make_plain(len(files), articles, work)
    plain_build, plain_cpu, _ = run(mkdocs, plain)
    shared = make_plain(len(files), articles, work, per_page=PLAIN_SHARED)
    _, shared_cpu, _ = run(mkdocs, shared)

    # What `mkdocs serve` does after an edit: the engine stays loaded, the cache in memory,
    # and the last build's objects lie in the collector's oldest generation, where the hook
    # leaves them (frozen once the pages are made, given back after the build).
    cache = Cache(folder=None, memory={})
    assemble.build([articles], root=project, cache=cache)
    gc.freeze()
    gc.unfreeze()
    edited = sorted(articles.iterdir())[len(briefing.analyses) // 2]
    with edited.open("a", encoding="utf-8") as out:
        out.write(EDIT)
    with Timer() as rebuild:
        again = assemble.build([articles], root=project, cache=cache)
    assert again.stats is not None and briefing.stats is not None
    assert again.stats.cached == len(files) - 1, again.stats  # all but the edited file
    phases = dict(again.stats.phases)

    warm, warm_cpu, _ = run(mkdocs, project)  # the disk cache holds all but the edited article
    same, same_cpu, _ = run(mkdocs, project)  # nothing changed: the last build's pages are reused
    # Another article than the one edited above (mkdocs serve: a build, an edit, the rebuild).
    others = sorted(articles.iterdir())
    serve = serve_rebuild(project, others[(len(briefing.analyses) // 2 + 1) % len(others)], EDIT)
    return {
        "articles": len(briefing.analyses),
        "MB": megabytes,
        "extraction": extraction.cpu,
        "MB/s": megabytes / extraction.cpu,
        "engine": engine.cpu,
        "build": build_cpu,
        "plain": plain_cpu,
        "plain shared": shared_cpu,
        "rebuild": rebuild.cpu,
        "serve": serve,
        "rebuild extraction": phases["read"] + phases["analyse"],
        "warm": warm_cpu,
        "same": same_cpu,
        "rss": rss,
        "wall": {"build": build, "plain": plain_build, "warm": warm, "same": same},
        "pages": pages,
        "largest": largest,
        "largest_path": largest_path,
        "index": index,
        "quotes": briefing.stats.quotes,
        "events": briefing.stats.events,
    }


# ---------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------

HEADER = (
    "| articles | MB | extraction s | MB/s | engine s | plain Material s | first build s | ratio "
    "| serve, after an edit s | ratio | extraction s | engine s | build after an edit s | ratio "
    "| unchanged s | ratio | peak RSS MB | pages | largest page KB | search index KB |"
)


def row(r: dict) -> str:
    def ratio(key: str) -> str:
        return f"{r[key] / r['plain']:.2f}" if r["plain"] else "-"

    return (
        f"| {r['articles']:,} | {r['MB']:.2f} | {r['extraction']:.2f} | {r['MB/s']:.2f} "
        f"| {r['engine']:.2f} | {r['plain']:.1f} | {r['build']:.1f} | {ratio('build')} "
        f"| {r['serve']:.1f} | {ratio('serve')} | {r['rebuild extraction']:.3f} | {r['rebuild']:.2f} "
        f"| {r['warm']:.1f} | {ratio('warm')} | {r['same']:.1f} | {ratio('same')} | {r['rss']:.0f} "
        f"| {r['pages']:,} | {r['largest'] / 1024:.0f} | {r['index'] / 1024:.0f} |"
    )


def machine() -> str:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{platform.system()} {platform.release()}, {model or platform.processor()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, help="folder of real articles (.md, .txt), read only")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="article counts, e.g. 2,100,500,1000")
    parser.add_argument("--work", type=Path, help="scratch folder (default: a temporary one, removed)")
    args = parser.parse_args(argv)
    if args.corpus is not None and not args.corpus.is_dir():
        parser.error(f"{args.corpus} is not a folder")
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    work = args.work or Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    try:
        results = []
        for n in sizes:
            results.append(measure(n, args.corpus, work))
            print(row(results[-1]), file=sys.stderr, flush=True)  # progress, in case of a crash
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    print(f"Machine: {machine()}")
    print()
    print(HEADER)
    print("|" + "---|" * HEADER.count(" | ") + "---|")
    for r in results:
        print(row(r))
    print()
    for r in results:
        wall = r["wall"]
        ratios = ", ".join(
            f"{name} {wall[key]:.1f} s ({wall[key] / wall['plain']:.2f})"
            for name, key in (("first build", "build"), ("after an edit", "warm"), ("unchanged", "same"))
        )
        print(
            f"- {r['articles']:,} articles: {r['quotes']:,} quotes, {r['events']:,} events; "
            f"largest page {r['largest_path']}; wall clock: plain {wall['plain']:.1f} s, {ratios}"
        )
    print()
    for r in results:
        # What no first build can go under: Material drawing the briefing's pages (the unchanged
        # build, which analyses and renders nothing) plus reading every article once.
        floor = r["same"] + r["extraction"]
        print(
            f"- {r['articles']:,} articles, the floor of a first build: unchanged {r['same']:.1f} s "
            f"+ extraction {r['extraction']:.2f} s = {floor:.1f} s ({floor / r['plain']:.2f} of the plain "
            f"build); plain Material with {PLAIN_SHARED} articles a page: {r['plain shared']:.1f} s "
            f"({r['plain shared'] / r['plain']:.2f})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
