"""The analysis cache: a rebuild reuses what it may and nothing it may not."""

from __future__ import annotations

import hashlib
import pickle
import re
from pathlib import Path

import pytest

from briefing import assemble, cache
from briefing.cache import Cache, Entry, engine_fingerprint

FIRST = "Officials met in Geneva on Monday. “We agreed,” the minister said.\n"
SECOND = "Talks resumed in Vienna. The envoy said nothing new.\n"


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.txt").write_text(FIRST, encoding="utf-8")
    (folder / "two.txt").write_text(SECOND, encoding="utf-8")
    return folder


@pytest.fixture
def analysed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the articles `assemble.analyse` really ran on."""
    ran: list[str] = []
    real = assemble.analyse

    def counting(article, problems=None):
        ran.append(article.id)
        return real(article, problems)

    monkeypatch.setattr(assemble, "analyse", counting)
    return ran


def make(tmp_path: Path, **kwargs) -> Cache:
    # A private memory layer, so tests do not share the process-wide one.
    kwargs.setdefault("folder", tmp_path / "cache")
    kwargs.setdefault("last", {})
    kwargs.setdefault("outputs", {})
    return Cache(memory={}, **kwargs)


def entries(c: Cache) -> list[Path]:
    return sorted(c.place.glob("*.pickle")) if c.place and c.place.is_dir() else []


def test_second_build_reuses_every_analysis(tmp_path, articles, analysed):
    first = assemble.build([articles], root=tmp_path, cache=make(tmp_path))
    assert sorted(analysed) == ["one", "two"]
    analysed.clear()
    again = assemble.build([articles], root=tmp_path, cache=make(tmp_path))  # fresh memory: from disk
    assert analysed == []
    assert again == first
    assert again.stats.cached == 2 and again.stats.articles == 2


def test_memory_layer_serves_without_a_folder(tmp_path, articles, analysed):
    c = make(tmp_path, folder=None)
    assemble.build([articles], root=tmp_path, cache=c)
    analysed.clear()
    assemble.build([articles], root=tmp_path, cache=c)
    assert analysed == [] and c.hits == 2
    assert not (tmp_path / "cache").exists()


def test_changed_content_is_analysed_again(tmp_path, articles, analysed):
    assemble.build([articles], root=tmp_path, cache=make(tmp_path))
    analysed.clear()
    (articles / "one.txt").write_text(FIRST.replace("Geneva", "Lausanne"), encoding="utf-8")
    briefing = assemble.build([articles], root=tmp_path, cache=make(tmp_path))
    assert analysed == ["one"]
    assert "Lausanne" in briefing.analysis("one").article.body
    assert (briefing.stats.files, briefing.stats.cached) == (2, 1)
    assert str(briefing.stats).startswith("2 articles (1 analysed, 1 from the cache), ")


def test_a_single_changed_byte_misses(tmp_path):
    c = make(tmp_path)
    assert c.key(b"abc", "a.txt") != c.key(b"abd", "a.txt")
    assert c.key(b"abc", "a.txt") == make(tmp_path).key(b"abc", "a.txt")


def test_renamed_file_is_analysed_under_its_new_name(tmp_path, articles, analysed):
    assemble.build([articles], root=tmp_path, cache=make(tmp_path))
    analysed.clear()
    (articles / "one.txt").rename(articles / "uno.txt")
    briefing = assemble.build([articles], root=tmp_path, cache=make(tmp_path))
    assert analysed == ["uno"]
    assert [a.article.id for a in briefing.analyses] == ["two", "uno"]
    assert briefing.analysis("uno").article.path == "articles/uno.txt"


def test_engine_change_misses(tmp_path, articles, analysed):
    assemble.build([articles], root=tmp_path, cache=make(tmp_path, engine="old code"))
    analysed.clear()
    assemble.build([articles], root=tmp_path, cache=make(tmp_path, engine="new code"))
    assert sorted(analysed) == ["one", "two"]


def test_engine_fingerprint_follows_every_python_file(tmp_path):
    package = tmp_path / "engine"
    (package / "render").mkdir(parents=True)
    (package / "dates.py").write_text("RULES = 1\n")
    (package / "render" / "pages.py").write_text("X = 1\n")
    (package / "notes.txt").write_text("not code\n")
    before = engine_fingerprint(package)
    (package / "notes.txt").write_text("still not code\n")
    assert engine_fingerprint(package) == before
    (package / "render" / "pages.py").write_text("X = 2\n")
    changed = engine_fingerprint(package)
    assert changed != before
    (package / "render" / "pages.py").rename(package / "render" / "page.py")
    assert engine_fingerprint(package) not in (before, changed)


def test_engine_fingerprint_follows_the_web_page_readers_version(tmp_path, monkeypatch):
    package = tmp_path / "engine"
    package.mkdir()
    (package / "dates.py").write_text("RULES = 1\n")
    before = engine_fingerprint(package)
    real = cache.metadata.version
    monkeypatch.setattr(cache.metadata, "version", lambda name: "9.9" if name == "trafilatura" else real(name))
    assert engine_fingerprint(package) != before


def test_the_real_engine_is_fingerprinted_once_on_import():
    # Taken on import: a `mkdocs serve` running old code keeps old keys even if files change.
    assert re.fullmatch(r"[0-9a-f]{64}", cache.ENGINE)
    assert Cache(memory={}, folder=None).engine == cache.ENGINE


def test_settings_change_misses(tmp_path, articles, analysed):
    assemble.build([articles], root=tmp_path, cache=make(tmp_path, settings={"language": "en"}))
    analysed.clear()
    assemble.build([articles], root=tmp_path, cache=make(tmp_path, settings={"language": "en"}))
    assert analysed == []
    assemble.build([articles], root=tmp_path, cache=make(tmp_path, settings={"language": "fr"}))
    assert sorted(analysed) == ["one", "two"]


def test_oversized_file_is_neither_read_nor_cached(tmp_path, articles, monkeypatch):
    monkeypatch.setattr(assemble.load, "MAX_BYTES", len(FIRST.encode()) - 1)
    c = make(tmp_path)
    briefing = assemble.build([articles], root=tmp_path, cache=c)
    assert [a.article.id for a in briefing.analyses] == ["two"]
    assert [p.path for p in briefing.problems] == ["articles/one.txt"]
    assert len(entries(c)) == 1


def test_entries_of_another_engine_are_removed_on_first_write(tmp_path, articles):
    old = make(tmp_path, engine="old code")
    assemble.build([articles], root=tmp_path, cache=old)
    new = make(tmp_path, engine="new code")
    assemble.build([articles], root=tmp_path, cache=new)
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [new.place.name]
    assert len(entries(new)) == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",  # empty file (a crash before the write was flushed)
        lambda data: data[: len(data) // 2],  # truncated
        lambda data: data[:40] + bytes([data[40] ^ 0xFF]) + data[41:],  # a flipped byte
        lambda data: b"not a cache entry at all",
    ],
)
def test_damaged_entry_is_ignored_and_rebuilt(tmp_path, articles, analysed, damage):
    first = assemble.build([articles], root=tmp_path, cache=make(tmp_path))
    c = make(tmp_path)
    for path in entries(c):
        path.write_bytes(damage(path.read_bytes()))
    analysed.clear()
    again = assemble.build([articles], root=tmp_path, cache=c)
    assert sorted(analysed) == ["one", "two"]
    assert again == first
    analysed.clear()
    assemble.build([articles], root=tmp_path, cache=make(tmp_path))  # rewritten entries are good
    assert analysed == []


def test_entry_of_the_wrong_type_is_ignored(tmp_path, articles, analysed):
    assemble.build([articles], root=tmp_path, cache=make(tmp_path))
    c = make(tmp_path)
    payload = pickle.dumps({"not": "an entry"})
    for path in entries(c):
        path.write_bytes(hashlib.sha256(payload).digest() + payload)
    analysed.clear()
    assemble.build([articles], root=tmp_path, cache=c)
    assert sorted(analysed) == ["one", "two"]


def test_problems_are_reported_again_on_a_hit(tmp_path, articles, analysed):
    (articles / "latin.txt").write_bytes("Caf\xe9 owners met the mayor.\n".encode("latin-1"))
    (articles / "empty.txt").write_bytes(b"")
    first = assemble.build([articles], root=tmp_path, cache=make(tmp_path))
    analysed.clear()
    again = assemble.build([articles], root=tmp_path, cache=make(tmp_path))
    assert analysed == []
    assert again.problems == first.problems
    assert {p.path for p in again.problems} == {"articles/latin.txt", "articles/empty.txt"}


def test_writes_leave_no_temporary_files(tmp_path, articles):
    c = make(tmp_path)
    assemble.build([articles], root=tmp_path, cache=c)
    assert [p.name for p in c.place.iterdir() if not p.name.endswith(".pickle")] == []


def test_unused_entries_are_pruned(tmp_path, articles):
    c = make(tmp_path)
    assemble.build([articles], root=tmp_path, cache=c)
    (articles / "one.txt").write_text(FIRST + "More.\n", encoding="utf-8")
    c = make(tmp_path)
    assemble.build([articles], root=tmp_path, cache=c)
    assert len(entries(c)) == 2


def test_unwritable_folder_only_costs_speed(tmp_path, articles):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be")
    briefing = assemble.build([articles], root=tmp_path, cache=make(tmp_path))
    assert [a.article.id for a in briefing.analyses] == ["one", "two"]


def test_entry_round_trips_through_pickle(tmp_path, articles):
    briefing = assemble.build([articles], root=tmp_path)
    entry = Entry(briefing.analyses[0], ())
    assert pickle.loads(pickle.dumps(entry)) == entry


def test_unchanged_files_reuse_the_last_briefing(tmp_path, articles, monkeypatch):
    combined: list[int] = []
    real = assemble.combine
    monkeypatch.setattr(
        assemble,
        "combine",
        lambda analyses, problems=(), copies=(): combined.append(1) or real(analyses, problems, copies),
    )
    c = make(tmp_path)
    first = assemble.build([articles], root=tmp_path, cache=c)
    again = assemble.build([articles], root=tmp_path, cache=c)  # `mkdocs serve` after a docs/ edit
    assert combined == [1] and again == first
    (articles / "two.txt").write_text(SECOND + "Talks end.\n", encoding="utf-8")
    edited = assemble.build([articles], root=tmp_path, cache=c)
    assert combined == [1, 1] and edited != first
    (articles / "two.txt").unlink()
    assert [a.article.id for a in assemble.build([articles], root=tmp_path, cache=c).analyses] == ["one"]
    assert len(c.last) == 1


def test_the_output_of_a_build_is_kept_for_exactly_its_inputs(tmp_path, articles):
    c = make(tmp_path)
    found = assemble.survey([articles], root=tmp_path, cache=c)
    assert found.inputs is not None and len(found.files) == 2
    c.keep_output(found.inputs, {"index.md": "pages"})
    # A later process (fresh memory) finds it on disk, for the same files and engine only.
    later = make(tmp_path)
    assert later.output(assemble.survey([articles], root=tmp_path, cache=later).inputs) == {"index.md": "pages"}
    other_engine = make(tmp_path, engine="another engine")
    assert other_engine.output(assemble.survey([articles], root=tmp_path, cache=other_engine).inputs) is None
    other_settings = make(tmp_path, settings={"adapter": "another"})
    assert other_settings.output(assemble.survey([articles], root=tmp_path, cache=other_settings).inputs) is None
    (articles / "two.txt").write_text(SECOND + "Talks end.\n", encoding="utf-8")
    edited = assemble.survey([articles], root=tmp_path, cache=make(tmp_path))
    assert edited.inputs != found.inputs and make(tmp_path).output(edited.inputs) is None
    assert assemble.survey([articles], root=tmp_path).inputs is None  # no cache, nothing to key


def test_one_output_is_kept_pruning_spares_it_and_a_damaged_one_is_dropped(tmp_path, articles):
    c = make(tmp_path)
    assemble.build([articles], root=tmp_path, cache=c)
    c.keep_output("first", "one")
    c.keep_output("second", "two")
    assert make(tmp_path).output("first") is None and make(tmp_path).output("second") == "two"
    assemble.build([articles], root=tmp_path, cache=c)  # prunes unused entries
    (kept,) = c.place.glob("output-*")  # one output file: the last
    assert kept.name == "second".join(cache._OUTPUT_NAME) and make(tmp_path).output("second") == "two"
    kept.write_bytes(kept.read_bytes()[:-5])
    assert make(tmp_path).output("second") is None and not kept.exists()


def test_per_analysis_makes_again_only_what_the_last_build_lacked():
    from briefing.cache import PerAnalysis, forget

    made: list[str] = []
    memo: PerAnalysis[list[str], str] = PerAnalysis()

    def make(item: list[str]) -> str:
        made.append(item[0])
        return item[0].upper()

    a, b = ["a"], ["b"]
    assert memo.each([a, b], make) == ["A", "B"]
    assert memo.each([a, ["b"]], make) == ["A", "B"] and made == ["a", "b", "b"]  # an equal list is another
    forget()
    assert memo.each([a], make) == ["A"] and made == ["a", "b", "b", "a"]


def test_words_learn_by_their_rule_and_start_again_past_the_limit():
    from briefing.cache import Words

    table: Words[int] = Words(len, limit=3)
    table.learn(["one", "three"])
    assert table == {"one": 3, "three": 5}
    table.learn(["seven", "eleven"])
    assert table == {"seven": 5, "eleven": 6}
