#!/usr/bin/env python3
"""Measure the engine against gold annotations and print one table of figures.

    python scripts/evaluate.py --corpus ../shared/corpus --scorers ../shared/eval

Runs the engine on each annotated set it finds under --corpus (timex-dev, quotes-dev,
quotes-train, wikinews/airbus, wikinews/automakers, html-dev), scores the export with each scorer from
--scorers, and prints each scorer's summary line with the reading and extraction speeds (CPU time),
and for saved web pages the share of pages whose title, date and outlet were found. Nothing here is
used by the site or the tests: the corpora are not part of the project.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from briefing import assemble, export
from briefing.s1_read import load

# (name, corpus folder, scorer, gold argument relative to the corpus folder)
SUITES = [
    ("timex", "timex-dev", "score_timex.py", "."),
    ("quotes-dev", "quotes-dev", "score_quotes.py", "."),
    ("quotes-train", "quotes-train", "score_quotes.py", "."),
    ("quotes airbus", "wikinews/airbus", "score_quotes.py", "quotes"),
    ("quotes automakers", "wikinews/automakers", "score_quotes.py", "quotes"),
    ("timeline airbus", "wikinews/airbus", "score_timeline.py", "gold-timeline.json"),
    ("timeline automakers", "wikinews/automakers", "score_timeline.py", "gold-timeline.json"),
    ("samefact airbus", "wikinews/airbus", "score_samefact.py", "same-fact.json"),
    ("samefact automakers", "wikinews/automakers", "score_samefact.py", "same-fact.json"),
    ("entities airbus", "wikinews/airbus", "score_entities.py", "entities.json"),
    ("entities automakers", "wikinews/automakers", "score_entities.py", "entities.json"),
    ("html-dev", "html-dev", "score_html.py", "gold.json"),
]


@dataclass
class Extracted:
    """One engine run over a folder: the export (a temporary file) and how it went."""

    export: str
    megabytes: float  # article text analysed
    extraction: float  # CPU seconds: each file read and analysed alone
    engine: float  # CPU seconds: the whole build, that and the work across articles
    file_megabytes: float  # the files' bytes (a saved page's HTML, not only its text)
    reading: float  # CPU seconds of reading the files (decoding, front matter, web pages)
    pages: int = 0  # saved web pages read, and those whose metadata gave each of these:
    titles: int = 0
    dates: int = 0
    outlets: int = 0


def extract(folder: Path) -> Extracted:
    """The export of `folder` written to a temporary file, with the CPU seconds of reading the
    files, of extraction (each article read and analysed alone) and of the whole engine.

    CPU time of this process, not wall time: one core's work, whatever else the machine runs.
    """
    reading = extraction = 0.0
    file_bytes = pages = titles = dates = outlets = 0
    for path in load.collect([folder]):
        file_bytes += path.stat().st_size
        started = time.process_time()
        article, _ = load.read(path, path.name)
        reading += time.process_time() - started
        if article is not None:
            assemble.analyse(article)
            if article.format == "html":
                pages += 1
                titles += article.title_from == "page metadata"
                dates += article.published_from == "page metadata"
                outlets += article.outlet is not None
        extraction += time.process_time() - started
    started = time.process_time()
    briefing = assemble.build([folder])
    engine = time.process_time() - started
    megabytes = sum(len(a.article.body.encode("utf-8")) for a in briefing.analyses) / 1e6
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as out:
        json.dump(export.to_dict(briefing), out, ensure_ascii=False)
    return Extracted(out.name, megabytes, extraction, engine, file_bytes / 1e6, reading, pages, titles, dates, outlets)


def score(scorer: Path, gold: Path, exported: str) -> str:
    """The scorer's last line."""
    done = subprocess.run(
        [sys.executable, str(scorer), str(gold), exported], capture_output=True, text=True, check=True
    )
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    return lines[-1] if lines else "(no output)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", required=True, type=Path, help="folder holding the dev sets")
    parser.add_argument("--scorers", required=True, type=Path, help="folder holding score_*.py")
    parser.add_argument("--only", action="append", help="run only suites whose name contains this")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir() or not args.scorers.is_dir():
        parser.error("--corpus and --scorers must be existing folders")
    rows = []
    exports: dict[Path, Extracted] = {}  # one engine run per folder
    try:
        for name, sub, scorer, gold in SUITES:
            if args.only and not any(o in name for o in args.only):
                continue
            folder = args.corpus / sub
            if not (folder / gold).exists():
                print(f"{name}: {folder / gold} not found, skipped", file=sys.stderr)
                continue
            if folder not in exports:
                exports[folder] = extract(folder)
            done = exports[folder]
            rows.append((name, score(args.scorers / scorer, folder / gold, done.export), done))
    finally:
        for done in exports.values():
            Path(done.export).unlink()
    width = max((len(r[0]) for r in rows), default=10)
    print(
        "MB/s: CPU time of one core; read = the files' bytes (a web page's HTML) read into articles, "
        "extraction = each article's text read and analysed alone, engine = that and the work across articles"
    )
    print(f"{'suite':<{width}}  {'MB':>5}  {'read MB/s':>9}  {'extraction MB/s':>15}  {'engine MB/s':>11}  result")
    for name, line, done in rows:
        mb = done.megabytes
        print(
            f"{name:<{width}}  {mb:5.2f}  {_rate(done.file_megabytes, done.reading):9.2f}  "
            f"{_rate(mb, done.extraction):15.2f}  {_rate(mb, done.engine):11.2f}  {line}"
        )
    for folder, done in exports.items():
        if done.pages:
            print(
                f"{folder.name}: {done.pages} web pages ({done.file_megabytes:.1f} MB of HTML read at "
                f"{_rate(done.file_megabytes, done.reading):.2f} MB/s); found in their metadata: "
                f"a title {_share(done.titles, done.pages)}, a date {_share(done.dates, done.pages)}, "
                f"an outlet {_share(done.outlets, done.pages)}"
            )
    return 0


def _rate(megabytes: float, seconds: float) -> float:
    return megabytes / seconds if seconds else 0.0


def _share(count: int, total: int) -> str:
    return f"{count} ({count / total:.0%})"


if __name__ == "__main__":
    sys.exit(main())
