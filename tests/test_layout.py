"""The engine's layout holds: stages import only from earlier stages and the shared leaves
(type-only imports included), no module imports itself back through others, render never
calls an extractor, and nothing in the engine imports MkDocs."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

ENGINE = Path(__file__).resolve().parents[1] / "hooks" / "briefing"
# Modules every stage may read: the model, the word lists, calendar arithmetic, the serve memos.
LEAVES = {"model", "lexicon", "calendar", "collector", "cache", "partition"}


def _module(path: Path) -> str:
    parts = path.relative_to(ENGINE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@functools.cache
def _imports() -> dict[str, set[str]]:
    """Each engine module and the engine modules it imports, wherever the import stands."""
    found: dict[str, set[str]] = {}
    modules = {_module(p) for p in ENGINE.rglob("*.py")}
    for path in ENGINE.rglob("*.py"):
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert node.level == 0, f"{path}: relative import"
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    targets.add(full if full in modules else node.module)
            elif isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
        found[_module(path)] = targets
    return found


def _top(module: str) -> str:
    """The engine's top-level part a module belongs to: "s4_quotes", "model", "lexicon"."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _stage(top: str) -> int | None:
    return int(top[1]) if top[:1] == "s" and top[1:2].isdigit() else None


def test_the_engine_never_imports_mkdocs():
    for module, targets in _imports().items():
        assert not any(t == "mkdocs" or t.startswith("mkdocs.") for t in targets), module


def test_stages_import_only_earlier_stages_and_the_leaves():
    for module, targets in _imports().items():
        own = _top(module)
        for target in (t for t in targets if t.startswith("briefing.")):
            other = _top(target)
            if other == own:
                continue
            if own in LEAVES:
                assert other in LEAVES, f"{module} (a leaf) imports {target}"
            elif _stage(own) is not None:
                assert other in LEAVES or (_stage(other) or 99) < _stage(own), f"{module} imports {target}"


def test_render_reads_only_the_model():
    for module, targets in _imports().items():
        if _top(module) == "s7_render":
            for target in (t for t in targets if t.startswith("briefing.")):
                assert _top(target) in ("s7_render", "model", "lexicon", "calendar", "collector"), (module, target)


def test_no_module_imports_itself_back():
    found = _imports()
    graph = {m: {t for t in ts if t in found} for m, ts in found.items()}
    # A package's __init__ re-exports its modules: an edge into a package means its __init__.
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                raise AssertionError(" → ".join(path[path.index(nxt) :] + [nxt]))
            if nxt not in state:
                visit(nxt, path + [nxt])
        state[node] = 2

    for start in sorted(graph):
        if start not in state:
            visit(start, [start])
