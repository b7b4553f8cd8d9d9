"""Take the README screenshots from the real site: build it, serve it on 127.0.0.1, and shoot
the Overview (light), the Timeline (dark) and the Timeline on a phone with headless Chromium;
or, from another folder of articles, the Overview and the Timeline of that story.

    .venv/bin/python scripts/screenshots.py            # writes docs/assets/screenshot*.png
    .venv/bin/python scripts/screenshots.py --sources ../shared/corpus/wikinews/airbus \
        --title "Airbus and Boeing, 2004-2011"          # docs/assets/screenshot-story*.png
    .venv/bin/python scripts/screenshots.py --out DIR --page quotes/   # any page, for review
"""

from __future__ import annotations

import argparse
import functools
import http.server
import tempfile
import threading
from pathlib import Path
from typing import Literal

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
# (file name, page, width, height, colour scheme, device scale)
Shot = tuple[str, str, int, int, Literal["light", "dark"], int]
VARIANTS: list[tuple[str, int, int, Literal["light", "dark"], int]] = [
    ("light", 1280, 860, "light", 1),
    ("dark", 1280, 860, "dark", 1),
    ("phone", 375, 760, "light", 2),
]
SHOTS: list[Shot] = [
    ("screenshot.png", "", 1280, 860, "light", 1),
    ("screenshot-dark.png", "timeline/", 1280, 860, "dark", 1),
    ("screenshot-phone.png", "timeline/", 375, 760, "light", 2),
]
# A story of another folder: its Overview and its Timeline.
STORY_SHOTS: list[Shot] = [
    ("screenshot-story.png", "", 1280, 860, "light", 1),
    ("screenshot-story-timeline.png", "timeline/", 1280, 860, "light", 1),
]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "assets"), help="folder for the images")
    parser.add_argument("--page", action="append", help="shoot these pages (light, dark, phone) instead")
    parser.add_argument("--sources", type=Path, help="build the briefing of this folder of articles")
    parser.add_argument("--title", help="the briefing's title (site_name)")
    args = parser.parse_args()
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from playwright.sync_api import sync_playwright

    shots = STORY_SHOTS if args.sources else SHOTS
    if args.page:
        shots = [
            (f"{p.strip('/').replace('/', '-') or 'index'}-{name}.png", p, w, h, scheme, scale)
            for p in args.page
            for name, w, h, scheme, scale in VARIANTS
        ]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as site:
        config = load_config(config_file=str(ROOT / "mkdocs.yml"), site_dir=site)
        if args.sources:
            config["extra"]["briefing"] = {**config["extra"]["briefing"], "sources": str(args.sources.resolve())}
        if args.title:
            config["site_name"] = args.title
        build(config)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=site))
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
                for name, path, width, height, scheme, scale in shots:
                    context = browser.new_context(
                        viewport={"width": width, "height": height}, color_scheme=scheme, device_scale_factor=scale
                    )
                    page = context.new_page()
                    page.goto(url + path, wait_until="networkidle")
                    page.screenshot(path=str(out / name))
                    context.close()
                    print(out / name)
                browser.close()
        finally:
            server.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
