"""Tests for quotegroups: the variants of one quotation across sources as one item with its
fullest wording and majority speaker, short quotations kept apart unless their sentences
align, and a quotation two sources give to different people."""

from __future__ import annotations

from dataclasses import replace

from handmade import STORY, make, run, summit

from briefing.model import Quote


def test_quote_variants_are_one_item():
    _, items, _ = run(*summit())
    front = [q for q in items if "common front" in q.text]
    assert len(front) == 1
    assert {(r.source, r.sentence) for r in front[0].sources} == {("a", 2), ("b", 0), ("b", 4)}
    assert front[0].text == "common front is necessary"  # the fullest variant
    assert front[0].speaker == "Vladimir Putin"
    ti = [q for q in items if "Terrorist International" in q.text]
    assert len(ti) == 1 and {r.source for r in ti[0].sources} == {"a", "b"}
    nato = [q for q in items if "NATO" in q.text]
    assert len(nato) == 1 and {r.source for r in nato[0].sources} == {"b"}


def test_short_quotes_in_unrelated_sentences_stay_apart():
    a = make(
        "a", "The chairman called the merger a “problem” for shareholders of the bank.\n", quotes=[("problem", None)]
    )
    b = make(
        "b", "Engineers found a “problem” with the landing gear during the test flight.\n", quotes=[("problem", None)]
    )
    _, items, _ = run(a, b)
    assert len(items) == 2


def test_speaker_contradiction():
    a = make(
        "a",
        STORY + "“We will win this contract back in the end,” said Jim McNerney.\n",
        quotes=[("We will win this contract back in the end,", "Jim McNerney")],
    )
    b = make(
        "b",
        STORY + "“We will win this contract back in the end,” said Scott Carson.\n",
        quotes=[("We will win this contract back in the end,", "Scott Carson")],
    )
    _, items, found = run(a, b)
    # Each source's attribution stands: the words are not given to one of the two men.
    assert sorted((q.speaker, [r.source for r in q.sources]) for q in items) == [
        ("Jim McNerney", ["a"]),
        ("Scott Carson", ["b"]),
    ]
    bad = [d for d in found if d.kind == "contradiction"]
    assert len(bad) == 1 and bad[0].about == "speaker"
    assert [(c.source, c.text) for c in bad[0].claims] == [("a", "Jim McNerney"), ("b", "Scott Carson")]


def test_an_unattributed_telling_does_not_join_two_speakers():
    words = "We will win this contract back in the end,"
    a = make("a", STORY + f"“{words}” said Jim McNerney.\n", quotes=[(words, "Jim McNerney")])
    b = make("b", STORY + f"“{words}” the statement read.\n", quotes=[(words, None)])
    c = make("c", STORY + f"“{words}” said Scott Carson.\n", quotes=[(words, "Scott Carson")])
    _, items, _ = run(a, b, c)
    assert sorted(q.speaker for q in items) == ["Jim McNerney", "Scott Carson"]
    assert sorted(len(q.sources) for q in items) == [1, 2]


def test_words_taken_up_by_another_speaker_in_one_article_stay_theirs_and_raise_nothing():
    words = "a common front against terrorism"
    body = f"Putin called for “{words}” on Sunday. Clinton agreed that “{words}” was needed, he told reporters.\n"
    a = make("a", body, quotes=[(words, "Vladimir Putin")])
    second = body.index(words, body.index("Clinton"))
    a = replace(a, quotes=a.quotes + (Quote(second, second + len(words), 1, "Bill Clinton"),))
    _, items, found = run(a)
    assert sorted(q.speaker for q in items) == ["Bill Clinton", "Vladimir Putin"]
    assert not [d for d in found if d.kind == "contradiction"]


def test_grouping_the_same_analyses_again_gives_the_same_items_and_reads_an_edited_one_anew():
    analyses = summit()
    first = run(*analyses)
    assert run(*analyses) == first  # `mkdocs serve` grouping them again after an edit
    a, _b = analyses
    edited = make(
        "b",
        "“We stand for a common front,” said Vladimir Putin.\n",
        quotes=[("We stand for a common front,", "Vladimir Putin")],
    )
    _, items, _ = run(a, edited)
    assert any(q.text == "We stand for a common front," for q in items)
    assert not any("NATO" in q.text for q in items)  # b's old quotations are gone
