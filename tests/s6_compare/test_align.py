"""Tests for align: light stemming, sentence similarity and the grouping of sentences that
tell the same thing across articles."""

from __future__ import annotations

from briefing.model import Analysis, Article
from briefing.s1_read import load, sentences
from briefing.s6_compare import align


def make(ident: str, body: str, title_from: str = "file name") -> Analysis:
    article = Article(ident, f"{ident}.txt", body, load.find_paragraphs(body), ident, title_from)
    return Analysis(article, sentences.split(article), (), (), (), ())


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


def test_a_group_takes_one_sentence_per_source_but_keeps_restatements():
    a = make("a", "Putin acknowledged the necessity of a common front against international terrorism.\n")
    b = make(
        "b",
        "Putin agreed that a common front was needed against terrorism.\n"
        "Putin said a common front is necessary against international terrorism.\n",
        "dek",
    )
    alignment = align.align([a, b])
    g = alignment.group("a", 0)
    assert g is not None and alignment.group("b", 1) == g
    # The dek restating the body joins the group instead of standing alone as "only in b".
    assert alignment.group("b", 0) == g
    # A body sentence that only resembles a fact already told by its source stays apart.
    c = make(
        "c",
        "Putin agreed that a common front was needed against terrorism.\n"
        "Putin said a common front is necessary against international terrorism.\n",
    )
    alignment = align.align([a, c])
    assert alignment.group("c", 0) != alignment.group("a", 0)


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
            and index.similarity(i, j) >= align.LINK
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
