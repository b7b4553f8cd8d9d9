"""The build outlives Material for MkDocs (end of life 5 May 2027): the seed site builds the
same with ProperDocs (the maintained fork that keeps `hooks:`), and Zensical (Material's
successor, which runs no hooks) builds it from `scripts/extract.py --pages` and the export."""

from __future__ import annotations

import json
import os
import posixpath
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
# The same input gives the same site; the end-of-life banner is not what these tests read.
ENV = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "NO_MKDOCS_2_WARNING": "1"}
_GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def _project(tmp_path: Path) -> Path:
    """A copy of the project's site: its settings, hand-written pages, hook and articles."""
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project)
    for folder in ("docs", "hooks", "seeds", "scripts"):
        shutil.copytree(ROOT / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__", ".*cache*"))
    return project


def _build(tool: str, project: Path, site: str) -> None:
    command = [str(BIN / tool), "build", "--strict", "-f", "mkdocs.yml", "-d", site]
    done = subprocess.run(command, cwd=project, env=ENV, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_properdocs_builds_the_same_site_as_mkdocs(tmp_path):
    project = _project(tmp_path)
    _build("mkdocs", project, "site-mkdocs")
    _build("properdocs", project, "site-properdocs")
    made = _files(project / "site-mkdocs")
    fork = _files(project / "site-properdocs")
    assert made.keys() == fork.keys()
    assert "briefing.json" in made and "timeline/index.html" in made
    differ = [
        path
        for path in made
        if _GENERATOR.sub(b"", made[path]) != _GENERATOR.sub(b"", fork[path])
        and not path.endswith(".gz")  # the compressed sitemap holds its own timestamp
    ]
    assert differ == [], differ


def test_zensical_builds_the_site_from_the_extracted_pages_and_export(tmp_path):
    project = _project(tmp_path)
    python = sys.executable
    extract = [python, "scripts/extract.py", "seeds"]
    subprocess.run([*extract, "--pages", "docs"], cwd=project, env=ENV, check=True, timeout=300)
    export = subprocess.run(extract, cwd=project, env=ENV, check=True, capture_output=True, text=True, timeout=300)
    (project / "docs" / "briefing.json").write_text(export.stdout, encoding="utf-8")
    done = subprocess.run(
        [str(BIN / "zensical"), "build"], cwd=project, env=ENV, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    site = project / "site"
    pages = [p.relative_to(project / "docs").with_suffix("") for p in (project / "docs").rglob("*.md")]
    generated = [p for p in pages if (ROOT / "docs" / p).with_suffix(".md").exists() is False]
    assert len(generated) > 5
    for page in generated:
        folder = site / (page.parent if page.name == "index" else page)
        assert (folder / "index.html").is_file(), page
    assert json.loads((site / "briefing.json").read_text(encoding="utf-8")) == json.loads(export.stdout)
    # A provenance link lands on a sentence of the source page it names.
    timeline = (site / "timeline" / "index.html").read_text(encoding="utf-8")
    target = re.search(r'href="([^"#:]*sources/[^"#]+)#(s\d+)"', timeline)
    if target is None:
        pytest.fail("the timeline links no sentence")
    # Resolved as a browser does, from the page's address ("timeline/"), never above the root.
    address = posixpath.normpath(posixpath.join("/timeline/", target.group(1)))
    source = site / address.strip("/") / "index.html"
    assert f'id="{target.group(2)}"' in source.read_text(encoding="utf-8")
