"""Print the figures of the key events: how many on each Wikinews set and on a large corpus,
the share of articles whose main news is part of one, and the seed story's key events.

    python scripts/keyevents_check.py [--corpus /work/shared/corpus] [--large /work/corpus510]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing import assemble
from briefing.model import Briefing
from briefing.s6_compare import align

ROOT = Path(__file__).resolve().parent.parent


def main_news_share(briefing: Briefing) -> tuple[int, int]:
    """Articles whose main news (first sentence after the dateline, or one aligned with it)
    is part of a key event, and the number of articles."""
    alignment = align.align(briefing.analyses)
    told = {(r.source, r.sentence) for e in briefing.key_events for r in (*e.sources, *e.folded)}
    groups = {g for k in told if (g := alignment.group(*k)) is not None}
    hit = 0
    for a in briefing.analyses:
        first = a.lead()
        if first is None:
            continue
        g = alignment.group(first.source, first.sentence)
        if (first.source, first.sentence) in told or (g is not None and g in groups):
            hit += 1
    return hit, len(briefing.analyses)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", default="/work/shared/corpus")
    parser.add_argument("--large", default="/work/corpus510")
    parser.add_argument("--list", action="store_true", help="print every key event")
    args = parser.parse_args()
    for name in ("airbus", "automakers", "stocks"):
        folder = Path(args.corpus) / "wikinews" / name
        if not folder.is_dir():
            continue
        b = assemble.build([folder])
        hit, total = main_news_share(b)
        print(
            f"wikinews/{name}: {len(b.key_events)} key events; main news in a key event: {hit}/{total} ({hit / total:.0%})"
        )
        if args.list:
            for e in b.key_events:
                print(f"   {e.date:12} {e.weight:5.2f} {len({r.source for r in e.sources})} {e.text[:90]}")
    large = Path(args.large)
    if large.is_dir():
        b = assemble.build([large])
        hit, total = main_news_share(b)
        print(f"{large.name}: {len(b.key_events)} key events over {total} articles; main news in one: {hit}/{total}")
    b = assemble.build([ROOT / "seeds"])
    print(f"seeds: {len(b.key_events)} key events")
    for e in b.key_events:
        n = len({r.source for r in e.sources})
        print(f"   {e.date:12} {e.weight:5.2f} {n} source{'s' if n != 1 else ''}  {e.text[:100]}")


if __name__ == "__main__":
    main()
