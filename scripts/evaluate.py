#!/usr/bin/env python3
"""Measure the engine against gold annotations and print one table of figures.

    python scripts/evaluate.py --corpus ../shared/corpus --scorers ../shared/eval

Runs the engine on each annotated set it finds under --corpus (timex-dev, quotes-dev,
quotes-train, wikinews/airbus, wikinews/automakers), scores the export with each scorer from --scorers,
and prints each scorer's summary line with the extraction speed (CPU time). Nothing here is used by
the site or the tests: the corpora are not part of the project.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
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
]


def extract(folder: Path) -> tuple[str, float, float, float]:
    """The export of `folder` written to a temporary file, the article megabytes read, and the
    CPU seconds of extraction (each article read and analysed alone) and of the whole engine
    (that, then the work across articles).

    CPU time of this process, not wall time: one core's work, whatever else the machine runs.
    """
    started = time.process_time()
    for path in load.collect([folder]):
        article, _ = load.read(path, path.name)
        if article is not None:
            assemble.analyse(article)
    extraction = time.process_time() - started
    started = time.process_time()
    briefing = assemble.build([folder])
    engine = time.process_time() - started
    megabytes = sum(len(a.article.body.encode("utf-8")) for a in briefing.analyses) / 1e6
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as out:
        json.dump(export.to_dict(briefing), out, ensure_ascii=False)
    return out.name, megabytes, extraction, engine


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
    exports: dict[Path, tuple[str, float, float, float]] = {}  # one engine run per folder
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
            exported, mb, extraction, engine = exports[folder]
            rows.append((name, score(args.scorers / scorer, folder / gold, exported), mb, extraction, engine))
    finally:
        for exported, *_ in exports.values():
            Path(exported).unlink()
    width = max((len(r[0]) for r in rows), default=10)
    print(
        "MB/s: CPU time of one core; extraction = each article analysed alone, engine = that and the "
        "work across articles"
    )
    print(f"{'suite':<{width}}  {'MB':>5}  {'extraction MB/s':>15}  {'engine MB/s':>11}  result")
    for name, line, mb, extraction, engine in rows:
        print(
            f"{name:<{width}}  {mb:5.2f}  {mb / extraction if extraction else 0:15.2f}  "
            f"{mb / engine if engine else 0:11.2f}  {line}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
