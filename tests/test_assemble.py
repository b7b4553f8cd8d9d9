"""The pipeline end to end on small folders: one article's analysis, and the briefing across them."""

from __future__ import annotations

from datetime import date

import pytest

from briefing import assemble
from briefing.s1_read.load import parse


def _analyse(text: str, ident: str = "a"):
    article, problems = parse(text.encode(), ident, f"{ident}.txt", markdown=False)
    assert article is not None and not problems
    return assemble.analyse(article)


def test_a_dateline_dates_an_article_without_front_matter():
    a = _analyse("March 01, 2008\n\nThe company said on Monday that it had won the contract.\n")
    assert a.article.published == date(2008, 3, 1)
    assert a.article.published_from == "dateline"
    assert a.sentences[0].role == "dateline"
    monday = [t for t in a.dates if t.text == "Monday"]
    assert monday and monday[0].value == "2008-02-25"
    # The dateline itself is the article's date, not an event of the story.
    assert all(e.sentence != 0 for e in a.events)


DISAGREEING = (
    '---\ntitle: "Stocks reach lows"\npublished: 2009-03-09\n---\n'
    "March 05, 2009\n\nStocks dropped to twelve-year lows on Thursday. European markets were also lower today.\n"
)


def test_a_dateline_that_disagrees_with_the_front_matter_anchors_the_body(tmp_path):
    article, problems = parse(DISAGREEING.encode(), "lows", "lows.md", markdown=True)
    assert article is not None and not problems
    a = assemble.analyse(article)
    assert a.article.published == date(2009, 3, 9)  # the front matter stays what it says
    assert a.article.dateline == a.article.written == date(2009, 3, 5)
    assert a.sentences[0].role == "dateline"
    assert {t.text: t.value for t in a.dates if t.relative} == {"Thursday": "2009-03-05", "today": "2009-03-05"}
    (tmp_path / "lows.md").write_text(DISAGREEING, encoding="utf-8")
    (problem,) = assemble.build([tmp_path], root=tmp_path).problems
    assert problem.path == "lows.md"
    assert "2009-03-05" in problem.message and "2009-03-09" in problem.message


def test_a_dateline_that_agrees_with_the_front_matter_is_no_problem(tmp_path):
    (tmp_path / "same.md").write_text(DISAGREEING.replace("2009-03-09", "2009-03-05"), encoding="utf-8")
    briefing = assemble.build([tmp_path], root=tmp_path)
    assert briefing.problems == ()
    assert briefing.analyses[0].article.dateline == date(2009, 3, 5)


def test_without_any_date_relative_expressions_stay_relative():
    a = _analyse("The minutes were released on Thursday.\n")
    assert a.article.published is None
    (thursday,) = [t for t in a.dates if "Thursday" in t.text]
    assert thursday.unresolved


def test_build_reads_folders_recursively_and_keeps_going_past_a_bad_file(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "one.txt").write_text("Officials met in Paris on June 4, 2000.\n", encoding="utf-8")
    (tmp_path / "empty.md").write_text("   \n", encoding="utf-8")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    briefing = assemble.build([tmp_path], root=tmp_path)
    assert [a.article.id for a in briefing.analyses] == ["one"]
    assert [a.article.path for a in briefing.analyses] == ["sub/one.txt"]
    # The image is named first: what is not read, then what could not be.
    assert [p.path for p in briefing.problems] == ["picture.png", "empty.md"]
    assert [item.date for item in briefing.timeline] == ["2000-06-04"]
    assert briefing.stats.articles == 1 and briefing.stats.events == 1


def test_two_files_of_one_name_are_both_kept_under_two_ids(tmp_path):
    for folder, city in (("a", "Paris"), ("b", "Rome")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(
            f"The mayor of {city} opened a new bridge over the river on Monday morning.\n", encoding="utf-8"
        )
    briefing = assemble.build([tmp_path], root=tmp_path)
    assert sorted(a.article.id for a in briefing.analyses) == ["report", "report-2"]
    assert any("same name" in p.message for p in briefing.problems)


RELATIVE = "The council met on Thursday and closed the pier.\nIt will reopen next year.\n"


@pytest.mark.parametrize(
    "name,text,published,where",
    [
        ("2025-08-29-pier.txt", RELATIVE, date(2025, 8, 29), "file name"),
        ("pier-2025-08-29.md", "---\npublished: 2024-01-02\n---\n" + RELATIVE, date(2024, 1, 2), "front matter"),
        ("2025-08-29-pier.txt", "March 01, 2008\n" + RELATIVE, date(2008, 3, 1), "dateline"),
        ("pier.txt", RELATIVE, None, None),
    ],
)
def test_a_date_in_the_file_name_is_the_publication_date_when_nothing_better_is_known(
    tmp_path, name, text, published, where
):
    (tmp_path / name).write_text(text, encoding="utf-8")
    (a,) = assemble.build([tmp_path]).analyses
    assert (a.article.published, a.article.published_from) == (published, where)
    (thursday,) = [t for t in a.dates if "Thursday" in t.text]
    assert thursday.unresolved == (published is None)
