"""Find the article files under the articles folder, and name everything else in it that is not
read: a file of another kind (a PDF, an image), a link that leads out of the folder or to
nothing, a FIFO or device. Hidden files and folders, README files and the files an operating
system leaves (Thumbs.db, desktop.ini) are passed over quietly.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
# Passed over without a word: notes about the folder (README, README.md, readme.txt) and what
# file managers write into it.
QUIET_NAMES = ("thumbs.db", "desktop.ini")
QUIET_STEMS = ("readme",)
TELL = "save the article as .html, .md or .txt"
_KINDS = {
    ".pdf": "a PDF",
    ".doc": "a word-processor document",
    ".docx": "a word-processor document",
    ".odt": "a word-processor document",
    ".rtf": "a word-processor document",
    ".pages": "a word-processor document",
    ".mht": "a web archive",
    ".mhtml": "a web archive",
    ".webarchive": "a web archive",
    ".epub": "an e-book",
    ".jpg": "an image",
    ".jpeg": "an image",
    ".png": "an image",
    ".gif": "an image",
    ".webp": "an image",
    ".svg": "an image",
    ".heic": "an image",
    ".markdown": "a Markdown file with a long suffix",
    ".text": "a text file with a long suffix",
    ".xhtml": "an XHTML page",
    ".shtml": "a web page with a server suffix",
}
_TELL = {
    "a web archive": "save the page as “Web page, HTML only” (.html)",
    "a Markdown file with a long suffix": "rename it to .md",
    "a text file with a long suffix": "rename it to .txt",
    "an XHTML page": "rename it to .html",
    "a web page with a server suffix": "rename it to .html",
}
_SPECIAL = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISDIR, "a folder"),
)


@dataclass(frozen=True)
class Skipped:
    """A path under the articles folder that is not read, and why (a sentence's end)."""

    path: Path
    reason: str


def find(paths: list[str | Path]) -> tuple[list[Path], list[Skipped]]:
    """Article files under the given files and folders (sorted, without repeats), and what is
    not read in those folders. A file named directly is read as named, whatever it is."""
    found: list[Path] = []
    skipped: list[Skipped] = []
    for p in map(Path, paths):
        if _is_dir(p):
            files, passed = _walk(p)
            found.extend(files)
            skipped.extend(passed)
        elif p.suffix.lower() in ARTICLE_SUFFIXES:
            found.append(p)
        elif p.exists() or p.is_symlink():
            skipped.append(Skipped(p, _unread(p.name)))
    seen: set[Path] = set()
    unique = []
    for f in sorted(found):
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, sorted(skipped, key=lambda s: s.path)


def _walk(root: Path) -> tuple[list[Path], list[Skipped]]:
    inside = root.resolve()
    files: list[Path] = []
    skipped: list[Skipped] = []

    def unreadable(err: OSError) -> None:
        skipped.append(Skipped(Path(err.filename), f"cannot be opened ({err.strerror or err}); not read"))

    for folder, dirs, names in os.walk(root, onerror=unreadable, followlinks=False):
        here = Path(folder)
        # Hidden folders (.git, .obsidian) are not looked into; links to folders are not
        # followed: one inside is read where it is, one outside is named.
        kept = []
        for name in sorted(dirs):
            if name.startswith("."):
                continue
            path = here / name
            if path.is_symlink():
                if not _within(path, inside):
                    skipped.append(Skipped(path, "is a link to a folder outside the articles folder; not read"))
                continue
            kept.append(name)
        dirs[:] = kept
        for name in sorted(names):
            if name.startswith("."):
                continue
            path = here / name
            reason = _refused(path, inside)
            if reason is not None:
                skipped.append(Skipped(path, reason))
            elif _quiet(name):
                continue
            elif path.suffix.lower() in ARTICLE_SUFFIXES:
                files.append(path)
            else:
                skipped.append(Skipped(path, _unread(name)))
    return files, skipped


def _refused(path: Path, inside: Path) -> str | None:
    """Why a file in the folder cannot be read at all, whatever its name; None if it can."""
    try:
        mode = os.lstat(path).st_mode
        if stat.S_ISLNK(mode):
            try:
                target = path.resolve(strict=True)
            except (OSError, RuntimeError):
                return "is a link to nothing (a dangling link); not read"
            if not _within(target, inside):
                # A link to /etc/passwd or ../mkdocs.yml would publish what is not an article.
                return "is a link to a file outside the articles folder; not read"
            mode = os.stat(path).st_mode
    except OSError as err:
        return f"cannot be examined ({err.strerror or err}); not read"
    if stat.S_ISREG(mode):
        return None
    kind = next((kind for test, kind in _SPECIAL if test(mode)), "not a regular file")
    return f"is {kind}, not a regular file; not read"


def _unread(name: str) -> str:
    suffix = Path(name).suffix.lower()
    kind = _KINDS.get(suffix, f"a {suffix} file" if suffix else "a file without a suffix")
    return f"is {kind}, which the build does not read: {_TELL.get(kind, TELL)}"


def _quiet(name: str) -> bool:
    lower = name.lower()
    return lower in QUIET_NAMES or lower.split(".", 1)[0] in QUIET_STEMS


def _within(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder)
    except (ValueError, OSError, RuntimeError):
        return False
    return True


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False
