"""Context themes: background lines grouped under a shared word or name, each line cited."""

from __future__ import annotations

from briefing import assemble
from briefing.s1_read.load import parse
from briefing.s6_compare import context


def _briefing(*texts: str):
    analyses = []
    for i, text in enumerate(texts):
        article, problems = parse(text.encode(), f"a{i}", f"a{i}.txt", markdown=False)
        assert article is not None and not problems
        analyses.append(assemble.analyse(article))
    return assemble.combine(analyses)


STORY = (
    "The drought has cut the harvest of wheat across the region.\n"
    "Farmers say the drought forced them to sell cattle at a loss.\n"
    "The ministry opened a fund for farmers hit by the drought.\n"
    "Exports of grain fell as ports stood idle after the storm.\n"
    "A second storm closed the ports along the coast for a week.\n"
    "“We have never seen it this dry,” said one farmer.\n"
)


def test_lines_sharing_a_word_form_a_theme_labelled_with_that_word():
    briefing = _briefing(STORY)
    titles = [t.title for t in briefing.themes]
    assert titles[0] == "Drought"
    drought = briefing.themes[0]
    assert [f.sources[0].sentence for f in drought.facts] == [0, 1, 2]
    assert "Storm" in titles or "Ports" in titles


def test_every_background_line_appears_once_and_quotes_stay_out():
    briefing = _briefing(STORY)
    cited = [f.sources[0].sentence for t in briefing.themes for f in t.facts]
    assert sorted(cited) == [0, 1, 2, 3, 4]  # the quotation (sentence 5) is not background


def test_a_line_two_sources_tell_is_one_line_with_both_sources():
    briefing = _briefing(STORY, STORY.replace("across the region", "across the whole region"))
    lines = [f for t in briefing.themes for f in t.facts]
    assert len(lines) == 5
    assert all({r.source for r in f.sources} == {"a0", "a1"} for f in lines)


def test_nothing_shared_gives_one_plain_group_and_no_text_gives_none():
    briefing = _briefing("Apples grow on trees in autumn orchards.\nTrains leave the station at noon daily.\n")
    assert [t.title for t in briefing.themes] == [context.OTHER]
    assert context.themes((), (), ()) == []


def test_a_second_briefing_of_the_same_sentences_gives_the_same_themes():
    first = _briefing(STORY)
    assert _briefing(STORY).themes == first.themes  # `mkdocs serve` reads them again
    edited = _briefing(STORY.replace("drought", "flood"))
    assert edited.themes[0].title == "Flood"
