"""folder: the article files of a folder, and every other thing in it named (a PDF, a link out of
the folder or to nothing, a FIFO), save hidden files and README files; nothing from outside the
folder is ever read."""

from __future__ import annotations

import os
import sys

import pytest

from briefing import assemble, export
from briefing import s7_render as render
from briefing.s1_read import folder

ARTICLE = b"Officials met in Paris on June 4, 2000, the ministry said.\n"
SECRET = b"root:x:0:0:root:/root:/bin/bash\nSECRET-WORDS outside the folder.\n"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="links and FIFOs as POSIX makes them")


def _found(root):
    files, skipped = folder.find([root])
    return (
        [p.relative_to(root).as_posix() for p in files],
        {s.path.relative_to(root).as_posix(): s.reason for s in skipped},
    )


def test_articles_are_found_and_other_files_are_named_with_what_to_do(tmp_path):
    for name in ("a.txt", "b.MD", "c.html", "d.HTM", "sub/e.txt", "report.pdf", "memo.docx", "photo.jpg", "notes"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(ARTICLE)
    files, skipped = _found(tmp_path)
    assert files == ["a.txt", "b.MD", "c.html", "d.HTM", "sub/e.txt"]
    assert set(skipped) == {"memo.docx", "notes", "photo.jpg", "report.pdf"}
    assert skipped["report.pdf"] == "is a PDF, which the build does not read: save the article as .html, .md or .txt"
    assert skipped["memo.docx"].startswith("is a word-processor document, which the build does not read")
    assert skipped["notes"].startswith("is a file without a suffix")


def test_hidden_files_readmes_and_system_files_are_passed_over_quietly(tmp_path):
    for name in (".DS_Store", ".hidden.txt", ".git/HEAD", ".obsidian/x.md", "README.md", "readme.txt", "Thumbs.db"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(ARTICLE)
    assert _found(tmp_path) == ([], {})


@posix_only
def test_a_link_inside_the_folder_is_read_and_one_leading_out_is_named_not_read(tmp_path):
    root = tmp_path / "articles"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "real.txt").write_bytes(ARTICLE)
    (tmp_path / "secret.txt").write_bytes(SECRET)
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "more.txt").write_bytes(SECRET)
    os.symlink(root / "sub" / "real.txt", root / "alias.txt")
    os.symlink(tmp_path / "secret.txt", root / "passwd.txt")
    os.symlink("../mkdocs.yml", root / "config.md")
    os.symlink("missing.txt", root / "dangling.txt")
    os.symlink(tmp_path / "outside", root / "linked-folder")
    os.symlink(root / "sub", root / "same-folder")
    files, skipped = _found(root)
    assert files == ["alias.txt"]  # sub/real.txt is the same file: read once
    assert skipped == {
        "config.md": "is a link to nothing (a dangling link); not read",
        "dangling.txt": "is a link to nothing (a dangling link); not read",
        "linked-folder": "is a link to a folder outside the articles folder; not read",
        "passwd.txt": "is a link to a file outside the articles folder; not read",
    }


@posix_only
def test_a_link_out_of_the_folder_publishes_nothing_and_fails_strict(tmp_path):
    root = tmp_path / "articles"
    root.mkdir()
    (root / "good.txt").write_bytes(ARTICLE)
    (tmp_path / "secret.txt").write_bytes(SECRET)
    (tmp_path / "mkdocs.yml").write_bytes(b"site_name: SECRET-WORDS\n")
    os.symlink(tmp_path / "secret.txt", root / "passwd.txt")
    os.symlink("../mkdocs.yml", root / "x.md")
    briefing = assemble.build([root], root=root)
    assert [a.article.id for a in briefing.analyses] == ["good"]
    assert {p.path for p in briefing.problems} == {"passwd.txt", "x.md"}
    published = export.to_json(briefing) + "".join(render.pages(briefing).values())
    assert "SECRET-WORDS" not in published and "root:x:0:0" not in published


@posix_only
def test_a_fifo_is_named_and_never_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")  # opening it to read would wait for a writer forever
    (tmp_path / "good.txt").write_bytes(ARTICLE)
    briefing = assemble.build([tmp_path], root=tmp_path)
    assert [a.article.id for a in briefing.analyses] == ["good"]
    (problem,) = briefing.problems
    assert problem.path == "pipe.txt" and problem.message == "is a FIFO, not a regular file; not read"


def test_a_file_named_directly_is_read_as_named(tmp_path):
    (tmp_path / "a.txt").write_bytes(ARTICLE)
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4")
    files, skipped = folder.find([tmp_path / "a.txt", tmp_path / "b.pdf", tmp_path / "gone.txt"])
    assert files == [tmp_path / "a.txt", tmp_path / "gone.txt"]  # reading says it is gone
    assert [s.path for s in skipped] == [tmp_path / "b.pdf"]
