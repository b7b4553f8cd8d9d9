"""Remember what each article yielded, keyed by a hash of everything that produced it, so a
rebuild analyses only the files that changed: an in-memory layer for `mkdocs serve` and a
folder of entries on disk (by default `.cache/briefing/` beside mkdocs.yml) for later builds.

An entry's key hashes the file's bytes, the path it is shown under, the engine's code (every
.py file of this package), the caller's settings, so changing any of them misses
the cache: no entry is ever invalidated by hand. Entries are pickles, as trusted as the code
beside them.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Generic, TypeVar

from briefing.model import Analysis, Briefing, Problem

DEFAULT_FOLDER = Path(".cache") / "briefing"
# Entries whose layout changes without any engine file changing (there are none yet) would
# bump this, so old pickles are never read as the new shape.
FORMAT = "1"
_SUFFIX = ".pickle"
_DIGEST = 32  # bytes of sha256 in front of each pickle, so a damaged entry is noticed


@dataclass(frozen=True)
class Entry:
    """What one file yielded: its analysis (None when it was skipped) and the problems found."""

    analysis: Analysis | None
    problems: tuple[Problem, ...] = ()


# The libraries whose versions shape what an article yields (the text read from a web page).
LIBRARIES = ("trafilatura", "htmldate", "justext", "lxml", "lxml-html-clean", "charset-normalizer", "courlan")


def engine_fingerprint(package: Path | None = None) -> str:
    """A hash of every .py file of the engine, names and bytes, in a fixed order, and of the
    versions of the libraries it reads web pages with: an upgrade reads pages anew."""
    package = package or Path(__file__).resolve().parent
    digest = hashlib.sha256(FORMAT.encode())
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    for name in LIBRARIES:
        try:
            found = metadata.version(name)
        except metadata.PackageNotFoundError:
            found = "-"
        digest.update(f"{name}={found}\0".encode())
    return digest.hexdigest()


# Taken once, when the engine is imported: `mkdocs serve` never reloads the engine, so a
# process that goes on running the old code must keep filing results under the old code's hash.
ENGINE = engine_fingerprint()

# Shared by every Cache of the process, so successive builds of `mkdocs serve` reuse it.
_MEMORY: dict[str, Entry] = {}
# The last briefing built in this process, under a hash of all its inputs (one is kept).
_LAST: dict[str, Briefing] = {}
# What the caller made of the last briefing (the site's pages), under the same hash.
_OUTPUT: dict[str, object] = {}
# On disk, beside the entries: the last output, named for the hash of its inputs (a miss is
# then a look at a name, not a read). Not a ".pickle": `prune` keeps it.
_OUTPUT_NAME = ("output-", ".last")


@dataclass
class Cache:
    """Entries for one build configuration.

    `folder` is the on-disk cache (None: memory only); `settings` are whatever the caller
    lets change the analysis (they are part of every key); `engine` is the code fingerprint.
    """

    folder: Path | None = DEFAULT_FOLDER
    settings: Mapping[str, object] = field(default_factory=dict)
    engine: str = ENGINE
    memory: dict[str, Entry] = field(default_factory=lambda: _MEMORY)
    last: dict[str, Briefing] = field(default_factory=lambda: _LAST)
    outputs: dict[str, object] = field(default_factory=lambda: _OUTPUT)
    hits: int = 0
    misses: int = 0
    used: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        settings = json.dumps(dict(self.settings), sort_keys=True, default=str)
        self.generation = hashlib.sha256(f"{self.engine}\0{settings}".encode()).hexdigest()
        self.folder = Path(self.folder) if self.folder is not None else None

    def key(self, raw: bytes, shown: str) -> str:
        """The key of a file's entry: its bytes and shown path under this engine and settings."""
        digest = hashlib.sha256(self.generation.encode() + b"\0")
        digest.update(shown.encode("utf-8", "surrogateescape") + b"\0")
        digest.update(raw)
        return digest.hexdigest()

    @property
    def place(self) -> Path | None:
        """The folder holding this engine's and settings' entries."""
        return self.folder / self.generation[:20] if self.folder is not None else None

    def get(self, key: str) -> Entry | None:
        """The entry stored under key, from memory or disk; None when absent or unreadable."""
        self.used.add(key)
        entry = self.memory.get(key)
        if entry is None and self.place is not None:
            entry = self._read(self.place / (key + _SUFFIX))
            if entry is not None:
                self.memory[key] = entry
        if entry is None:
            self.misses += 1
        else:
            self.hits += 1
        return entry

    def put(self, key: str, entry: Entry) -> None:
        """Store an entry in memory and, atomically, on disk (a failed write only costs speed)."""
        self.used.add(key)
        self.memory[key] = entry
        if self.place is None:
            return
        self._write(key + _SUFFIX, entry)

    def inputs(self, keys: list[str]) -> str:
        """One hash of the keys of every file of a build, in order: the same hash, the same briefing."""
        return self._inputs(keys)

    def output(self, inputs: str) -> object | None:
        """What was made of the briefing last built from these inputs (`keep_output`), if kept."""
        if inputs in self.outputs:
            return self.outputs[inputs]
        if self.place is None:
            return None
        path = self.place / (inputs.join(_OUTPUT_NAME))
        kept = self._load(path) if path.is_file() else None
        if not (isinstance(kept, tuple) and len(kept) == 2 and kept[0] == inputs):
            return None
        self.outputs.clear()
        self.outputs[inputs] = kept[1]
        return kept[1]

    def keep_output(self, inputs: str, value: object) -> None:
        """Keep what was made of the briefing of these inputs (one output is kept: the last)."""
        self.outputs.clear()
        self.outputs[inputs] = value
        if self.place is None:
            return
        self._write(inputs.join(_OUTPUT_NAME), (inputs, value))
        for other in self.place.glob("*".join(_OUTPUT_NAME)):
            if other.name != inputs.join(_OUTPUT_NAME):
                other.unlink(missing_ok=True)

    def _write(self, name: str, value: object) -> None:
        # Atomically: a temporary file, then a rename. A failed write only costs speed.
        place = self.place
        if place is None:
            return
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            if not place.is_dir():
                self._drop_other_generations()
                place.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=place, prefix=".tmp-", suffix=_SUFFIX)
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(hashlib.sha256(payload).digest() + payload)
                os.replace(tmp, place / name)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError:
            pass

    def combined(self, inputs: list[str]) -> Briefing | None:
        """The briefing last built from exactly these inputs (entry keys, in order), if any."""
        return self.last.get(self._inputs(inputs))

    def remember(self, inputs: list[str], briefing: Briefing) -> None:
        """Keep this briefing, and only this one, as built from these inputs."""
        self.last.clear()
        self.last[self._inputs(inputs)] = briefing

    def _inputs(self, inputs: list[str]) -> str:
        return hashlib.sha256("\n".join([self.generation, *inputs]).encode("utf-8", "surrogateescape")).hexdigest()

    def prune(self) -> None:
        """Forget entries this build did not use: one build's worth stays, in memory and on disk."""
        for key in [k for k in self.memory if k not in self.used]:
            del self.memory[key]
        if self.place is None or not self.place.is_dir():
            return
        for path in self.place.iterdir():
            if path.suffix == _SUFFIX and path.stem not in self.used:
                path.unlink(missing_ok=True)

    def _read(self, path: Path) -> Entry | None:
        entry = self._load(path)
        if entry is not None and not isinstance(entry, Entry):
            path.unlink(missing_ok=True)
            return None
        return entry

    def _load(self, path: Path) -> object | None:
        """What a file holds, if it is whole; a damaged file is deleted (it is rebuilt)."""
        try:
            data = path.read_bytes()
        except OSError:
            return None
        digest, payload = data[:_DIGEST], data[_DIGEST:]
        value = None
        if hashlib.sha256(payload).digest() == digest:
            try:
                value = pickle.loads(payload)
            except Exception:  # any damage that still passed the digest: rebuild it
                value = None
        if value is None:
            path.unlink(missing_ok=True)
        return value

    def _drop_other_generations(self) -> None:
        # Entries of an older engine or other settings can never be hit again by this code.
        if self.folder is None or not self.folder.is_dir():
            return
        for other in self.folder.iterdir():
            if other.is_dir() and other.name != self.generation[:20]:
                shutil.rmtree(other, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# Memory of the work across articles, between the builds of one process (`mkdocs serve`)
#
# Each build of `mkdocs serve` runs the steps across articles on every analysis again, though
# only the edited article's is new. These keep what a step made of each input at the last
# build (one build's worth: what no longer comes in is let go), and are all listed here, so
# `forget` clears them at once.

T = TypeVar("T")
V = TypeVar("V")
_KEPT: list[PerAnalysis | PerText | Words] = []


class PerAnalysis(Generic[T, V]):
    """What a step made of each analysis at the last build, by the analysis object: its id,
    checked with `is`, since the id of an analysis let go meanwhile may be another's."""

    def __init__(self) -> None:
        self._last: dict[int, tuple[T, V]] = {}
        _KEPT.append(self)

    def each(self, items: Iterable[T], make: Callable[[T], V]) -> list[V]:
        """`make(item)` for each item, made again only for items the last build did not have."""
        made: dict[int, tuple[T, V]] = {}
        out: list[V] = []
        for item in items:
            known = self._last.get(id(item))
            value = known[1] if known is not None and known[0] is item else make(item)
            made[id(item)] = (item, value)
            out.append(value)
        self._last = made
        return out

    def clear(self) -> None:
        self._last = {}


class PerText(Generic[V]):
    """What a step made of each text (an article's body, a sentence) at the last build. The
    step reads `last`, and hands what this build made to `keep`, which replaces it."""

    def __init__(self) -> None:
        self.last: dict[str, V] = {}
        _KEPT.append(self)

    def keep(self, made: dict[str, V]) -> None:
        self.last = made

    def clear(self) -> None:
        self.last = {}


class Words(dict[str, V]):
    """A word's value under a fixed rule (its stem, its number), kept across articles and
    builds since most words recur; read with `get`, as a plain dict is (the hot paths map it
    over every word of the text). Past `limit` words it starts again, so it stays bounded."""

    def __init__(self, rule: Callable[[str], V], limit: int = 300_000) -> None:
        super().__init__()
        self.rule = rule
        self.limit = limit
        _KEPT.append(self)

    def learn(self, words: Iterable[str]) -> None:
        """Put the words it lacks into it."""
        # Looked up word by word: `set.difference` with a dict subclass walks the whole dict
        # (hundreds of thousands of words) for every text, a fifth of a build at 500 articles.
        new = {w for w in words if w not in self}
        if len(self) + len(new) > self.limit:
            self.clear()
            new = set(words)
        rule = self.rule
        for w in new:
            self[w] = rule(w)


def forget() -> None:
    """Let go of everything the steps across articles kept (tests; a fresh start)."""
    for kept in _KEPT:
        kept.clear()
