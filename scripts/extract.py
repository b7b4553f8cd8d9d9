#!/usr/bin/env python3
"""Print the briefing JSON for article files or folders, or write the generated pages.

python scripts/extract.py seeds/                 # JSON on stdout
python scripts/extract.py seeds/ --pages out/    # Markdown pages into out/
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefing import assemble, export


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", help="article files (.txt, .md, .html) or folders of them")
    parser.add_argument("--pages", metavar="DIR", help="write the generated Markdown pages into DIR")
    args = parser.parse_args(argv)
    briefing = assemble.build(args.paths)
    for problem in briefing.problems:
        print(f"warning: {problem}", file=sys.stderr)
    if args.pages:
        from briefing import s7_render as render

        out = Path(args.pages)
        for path, text in render.pages(briefing).items():
            target = out / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        return 0
    sys.stdout.write(export.to_json(briefing))
    return 0


if __name__ == "__main__":
    sys.exit(main())
