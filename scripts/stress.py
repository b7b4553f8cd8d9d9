#!/usr/bin/env python3
"""Time the engine on inputs built to make it slow, and print one line per input.

    python scripts/stress.py              # up to a 10 MB article
    python scripts/stress.py --max-mb 1   # a quicker run

The tests run smaller versions of these inputs for correctness; how long they take is
measured here, where a slow machine gives a slower figure instead of a failed test. A
step that is quadratic in the article shows up as a time that grows faster than the size.

A second table builds the whole site (MkDocs, Markdown, templates, search) from one article
repeating a quote and a date, at doubling sizes: its pages cite every repetition, so a list
of citations left uncapped makes the time per KB grow with the size.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from pathlib import Path

from briefing import assemble

ROOT = Path(__file__).resolve().parent.parent


def inputs(max_mb: float) -> list[tuple[str, str]]:
    """(name, article text) pairs: long articles made of the seeds, and pathological runs."""
    seeds = "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    out = []
    size = 0.1
    while size <= max_mb:
        out.append((f"seeds repeated, {size:g} MB", _repeat(seeds, size)))
        out.append((f"one {size:g} MB line", _repeat(seeds.replace("\n", " "), size)))
        size *= 10
    out += [
        ("20,000 characters, no punctuation", "Headline\n" + "word " * 4000 + "\n"),
        ("runs of quote marks", "a. " + "'" * 20000 + " x\n"),
        ("runs of periods", "." * 20000 + "\n"),
        ("unclosed quote", "“" + "a " * 10000 + "\n"),
        ("titles without names", "Mr. " * 5000 + "\n"),
        ("said after every word", "he said " * 2500 + "\n"),
    ]
    out += [(f"repeated quotes and dates, {n:,}", _repeated(n)) for n in REPEATS]
    return out


# One sentence with a quote, its speaker and a date: the Overview's "When", the timeline's event,
# the person's mentions and the quote's sources all cite every repetition of it.
REPEATED = "“A,” said John Smith on 4 June 2000. "
REPEATS = (500, 1000, 2000, 4000)


def _repeated(n: int) -> str:
    return REPEATED * n + "\n"


def site_seconds(text: str) -> float:
    """CPU seconds of a whole `mkdocs build` of this project's site with one article."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "articles").mkdir()
        (Path(folder) / "articles" / "article.txt").write_text(text, encoding="utf-8")
        config = load_config(
            config_file=str(ROOT / "mkdocs.yml"),
            site_dir=str(Path(folder) / "site"),
            extra={"briefing": {"sources": str(Path(folder) / "articles"), "cache": False}},
        )
        started = time.process_time()
        build(config)
        return time.process_time() - started


def _repeat(text: str, megabytes: float) -> str:
    n = int(megabytes * 1e6 / max(len(text.encode("utf-8")), 1)) + 1
    return "Headline\n" + text * n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--max-mb", type=float, default=10.0, help="largest article, in MB (default 10)")
    parser.add_argument("--no-site", action="store_true", help="skip the table of whole-site builds")
    args = parser.parse_args(argv)
    # CPU seconds of this process, so other work on the machine does not count; the phases
    # are the engine's own wall-clock split, which does.
    print(f"{'input':<36} {'MB':>7} {'CPU s':>8} {'MB/s':>6}  phases (wall-clock s)")
    for name, text in inputs(args.max_mb):
        with tempfile.TemporaryDirectory() as folder:
            (Path(folder) / "article.txt").write_text(text, encoding="utf-8")
            started = time.process_time()
            briefing = assemble.build([folder])
            seconds = time.process_time() - started
        mb = len(text.encode("utf-8")) / 1e6
        assert briefing.stats is not None  # `build` always counts
        phases = ", ".join(f"{phase} {t:.2f}" for phase, t in briefing.stats.phases)
        print(f"{name:<36} {mb:7.2f} {seconds:8.2f} {mb / seconds if seconds else 0:6.2f}  {phases}")
    if not args.no_site:
        logging.getLogger("mkdocs").setLevel(logging.ERROR)
        print(f"\n{'whole site, repeated quotes and dates':<40} {'KB':>6} {'seconds':>8} {'s per 100 KB':>13}")
        for n in REPEATS:
            text = _repeated(n)
            kb = len(text.encode("utf-8")) / 1e3
            seconds = site_seconds(text)
            print(f"{n:>8,} repetitions{'':<23} {kb:6.0f} {seconds:8.2f} {100 * seconds / kb:13.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
