"""Tests for align: light stemming, sentence similarity and the grouping of sentences that
tell the same thing across articles."""

from __future__ import annotations

import handmade

from briefing.model import Analysis, Article, Mention
from briefing.s1_read import load, sentences
from briefing.s6_compare import align


def make(ident: str, body: str, title_from: str = "file name", people=()) -> Analysis:
    article = Article(ident, f"{ident}.txt", body, load.find_paragraphs(body), ident, title_from)
    mentions = tuple(Mention(body.index(n), body.index(n) + len(n), n, "person", n) for n in people)
    return Analysis(article, sentences.split(article), (), mentions, (), ())


def test_stem_folds_inflections():
    assert align.stem("coordinated") == align.stem("coordination") == align.stem("coordinate")
    assert align.stem("strategies") == align.stem("strategy")
    assert align.stem("Clinton’s") == align.stem("Clinton")
    assert align.stem("1,000") == "1000"


def test_stems_skip_function_words():
    assert align.stems("He said that the plan was necessary") == ["plan", "necessa"]


def test_paraphrase_is_linked_and_unrelated_is_not():
    a = make(
        "a",
        "Clinton inquired about the prospects of a coordinated strategy to tackle terrorism.\n"
        "The weather in Moscow was cold that week.\n",
    )
    b = make(
        "b",
        "Airlines ordered new jets at the air show.\n"
        "He then proposed a “coordinated strategy” between Washington and Moscow against terrorism.\n",
    )
    alignment = align.align([a, b])
    assert alignment.group("a", 0) == alignment.group("b", 1)
    assert alignment.group("a", 1) != alignment.group("b", 1)
    assert alignment.group("a", 1) != alignment.group("b", 0)
    assert len(alignment.sources(alignment.group("a", 0))) == 2


def test_one_shared_word_or_number_is_not_enough():
    a = make("a", "It has to be a 25-year product, the engineer explained.\n")
    b = make("b", "Ryanair owns a 25 percent share in Aer Lingus.\n")
    alignment = align.align([a, b])
    assert alignment.group("a", 0) != alignment.group("b", 0)


def test_a_group_takes_one_sentence_per_source_and_a_sentence_may_agree_twice():
    a = make(
        "a",
        "Putin acknowledged the necessity of a ‘common front’ against international terrorism.\n"
        "The talks lasted three hours in the Kremlin library.\n"
        "Reporters waited outside in the rain for the delegations.\n",
    )
    b = make(
        "b",
        "Putin agreed that a “common front” was needed against terrorism.\n"
        "Putin said a common front is necessary against international terrorism.\n"
        "Both leaders later dined with their wives at a restaurant.\n",
        "dek",
    )
    alignment = align.align([a, b])
    # Each of b's sentences tells what a's tells: two groups, neither holding two of b's.
    assert alignment.together("a", 0, "b", 0) and alignment.together("a", 0, "b", 1)
    assert not alignment.together("b", 0, "b", 1)
    assert all(len({alignment.index.sources[k] for k in m}) == len(m) for m in alignment.groups)
    assert alignment.told_by("b", 0, "a") and alignment.told_by("a", 0, "b")


def test_captions_are_not_facts():
    body = "© Memorandum of Conversation: First Plenary Meeting with President Putin, June 4, 2000.\n"
    article = Article("a", "a.txt", body, load.find_paragraphs(body), "a", "file name")
    analysis = Analysis(article, sentences.split(article), (), (), (), ())
    assert align.units([analysis]) == []


def test_pairs_are_those_of_every_pair_sharing_two_rare_stems():
    # `pairs` looks up only the later sources' units through rare stems; it must find what
    # scoring every pair of units of different sources that share two rare stems finds.
    import random

    rng = random.Random(5)
    vocabulary = [
        "ministers",
        "signed",
        "treaty",
        "border",
        "troops",
        "summit",
        "talks",
        "oil",
        "prices",
        "rose",
        "sharply",
        "court",
        "ruled",
        "appeal",
        "Moscow",
        "Paris",
        "bank",
        "rates",
        "cut",
    ]
    analyses = []
    for n in range(6):
        body = "".join(" ".join(rng.sample(vocabulary, rng.randint(3, 8))) + ".\n" for _ in range(12))
        analyses.append(make(f"s{n}", body))
    index = align.Index(align.units(analyses))
    rare = [{w for w in u.words if index.df[w] <= index.limit} for u in index.units]
    every = sorted(
        (
            (index.similarity(i, j), i, j)
            for i in range(len(index.units))
            for j in range(i + 1, len(index.units))
            if index.sources[i] != index.sources[j]
            and len(rare[i] & rare[j]) >= 2
            and index.similarity(i, j) >= align.CANDIDATE
        ),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    assert align.pairs(index) == every
    assert len(every) > 10


def test_units_of_an_analysis_seen_before_are_the_same_and_an_edited_one_is_read_anew():
    a = make("a", "Clinton proposed a coordinated strategy against terrorism in Moscow.\n")
    b = make("b", "Airlines ordered new jets at the air show in Paris.\n")
    first = align.units([a, b])
    assert align.units([a, b]) == first  # `mkdocs serve` aligning the same analyses again
    edited = make("b", "Airlines cancelled their orders for new jets in Paris.\n")
    again = align.units([a, edited])
    assert again[0] is first[0]
    assert again[1].text == "Airlines cancelled their orders for new jets in Paris."


FILLER = (
    "Reporters waited outside in the rain for the delegations.\n"
    "A band played in the square while crowds gathered.\n"
    "Traffic was closed on the avenue for most of the afternoon.\n"
)


def test_a_sentence_telling_two_facts_agrees_with_each_source_on_its_own():
    flight, service = ("October 25", "2007-10-25"), ("October 28", "2007-10-28")
    a = handmade.make(
        "a",
        "The first flight will take off as a special charity flight and land in Sydney on October 25.\n"
        "Special services will continue on the route from October 28.\n" + FILLER,
        dates=[flight, service],
    )
    b = handmade.make(
        "b",
        "The A380 will make a special charity flight to Sydney on October 25 and begin "
        "special services on the route on October 28.\n" + FILLER,
        dates=[flight, service],
    )
    alignment = align.align([a, b])
    assert alignment.together("a", 0, "b", 0) and alignment.together("a", 1, "b", 0)
    assert not alignment.together("a", 0, "a", 1)  # two facts of a, never one group


def test_every_two_sentences_of_a_group_tell_the_same_fact():
    # b tells what a tells and what c tells, but a and c speak of two people: no group of three.
    a = make(
        "a",
        "Barack Obama said General Motors filed for bankruptcy protection from its creditors.\n" + FILLER,
        people=["Barack Obama"],
    )
    b = make("b", "General Motors filed for bankruptcy protection from its creditors in a New York court.\n" + FILLER)
    c = make(
        "c",
        "Fritz Henderson said General Motors filed for bankruptcy protection from its creditors.\n" + FILLER,
        people=["Fritz Henderson"],
    )
    alignment = align.align([a, b, c])
    assert alignment.together("a", 0, "b", 0) and alignment.together("b", 0, "c", 0)
    assert not alignment.together("a", 0, "c", 0)


def test_closely_worded_sentences_with_other_figures_are_kept_for_contradictions():
    a = make("a", "The attacks on the two embassies killed 257 people and injured thousands.\n" + FILLER)
    b = make("b", "The attacks on the two embassies killed 258 people and injured thousands.\n" + FILLER)
    alignment = align.align([a, b])
    assert not alignment.together("a", 0, "b", 0)
    assert [what for _, _, what in alignment.conflicts] == ["amount"]
