"""How the pipeline dates what an article tells, end to end on small articles written for the
test: the day relative dates count from, dates that are only references, sentences that go on
from the one before, and the story's own day."""

from __future__ import annotations

from datetime import date

from briefing import assemble
from briefing import s7_render as render
from briefing.s1_read.load import parse


def _dates(text: str, published: date) -> dict[int, set[str]]:
    """The dates of the events each sentence tells, of an article published on a day."""
    front = f"---\ntitle: A report\npublished: {published.isoformat()}\n---\n"
    article, problems = parse((front + text).encode(), "r", "r.md", markdown=True)
    assert article is not None and not problems
    out: dict[int, set[str]] = {}
    for e in assemble.analyse(article).events:
        out.setdefault(e.sentence, set()).add(e.date)
    return out


def test_a_dateline_that_disagrees_with_the_front_matter_is_warned_of_and_shown(tmp_path):
    text = (
        "---\ntitle: Grain prices\npublished: 2012-05-21\n---\n"
        "CHICAGO, May 11, 2012 (Farm Wire) -- Wheat futures climbed on Thursday.\n\nTraders were buying today.\n"
    )
    (tmp_path / "grain.md").write_text(text, encoding="utf-8")
    briefing = assemble.build([tmp_path], root=tmp_path)
    (problem,) = briefing.problems
    assert problem.path == "grain.md" and "2012-05-11" in problem.message and "2012-05-21" in problem.message
    (a,) = briefing.analyses
    assert {t.text: t.value for t in a.dates if t.relative} == {"Thursday": "2012-05-10", "today": "2012-05-11"}
    page = render.pages(briefing)["comparison.md"]
    assert "21 May 2012" in page and "11 May 2012" in page and "dateline" in page


def test_reference_dates_are_not_the_events_dates():
    day = date(2011, 6, 11)  # a Saturday
    assert _dates("Copper rose 2% on Friday from Wednesday's close.\n", day) == {0: {"2011-06-10"}}
    assert _dates("Bond yields ended the week just above their March 4 low.\n", day) == {0: {"2011-06-11"}}
    assert _dates("Orders fell to a level not seen since 1994.\n", day) == {0: {"2011-06-11"}}
    assert _dates("Car sales dropped 9% on Thursday compared with a year earlier.\n", day) == {0: {"2011-06-09"}}
    assert _dates("Rents have not risen since March.\n", day) == {0: {"2011-06-11"}}


def test_an_undated_sentence_going_on_from_the_one_before_takes_its_date():
    day = date(2011, 6, 11)
    explained = _dates("Car sales dropped sharply on Tuesday.\nThis is due to higher fuel prices.\n", day)
    assert explained == {0: {"2011-06-07"}, 1: {"2011-06-07"}}
    named = _dates("On Monday, the lake's level dropped by a metre.\nThe drop left boats stranded.\n", day)
    assert named == {0: {"2011-06-06"}, 1: {"2011-06-06"}}


def test_the_story_day_is_the_articles_own_news():
    day = date(2011, 6, 11)
    anniversary = _dates(
        "Today marks the tenth anniversary of the bridge's collapse.\n"
        "On Friday, engineers reopened the rebuilt bridge.\n"
        "Traffic was heavy.\n",
        day,
    )
    assert anniversary[2] == {"2011-06-10"}
    background = _dates(
        "The rebuilt bridge reopened to traffic.\n"
        "On Monday, the council had approved the last safety checks.\n"
        "Traffic was heavy.\n",
        day,
    )
    assert background[1] == {"2011-06-06"} and background[2] == {"2011-06-11"}
