"""duplicates: the same article under two names is found (and noted as a copy of the one
kept), a paraphrase is not."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from briefing.s1_read import load
from briefing.s6_compare import duplicates

TEXT = (
    "Former US President Bill Clinton proposed to Russian President Vladimir Putin a joint effort "
    "against international terrorism, according to recently declassified records of their first summit.\n"
    "The transcript for the exchange, which took place at the Kremlin on June 4, 2000, was released on "
    "Thursday following a lawsuit filed by the National Security Archive, an independent research institute.\n"
    "“We ought to get our people together to develop a comprehensive approach,” Clinton is quoted as stating.\n"
    "At the time, newly elected President Putin was confronting an insurgency in the North Caucasus.\n"
    "The leaders also discussed the prospect of Russia joining NATO, with Clinton acknowledging that the "
    "bloc’s eastward expansion was perceived as a problem by many in Moscow.\n"
)
PARAPHRASE = (
    "Declassified records from a 2000 summit between former US President Bill Clinton and Russian "
    "President Vladimir Putin show a proposal for a joint strategy to combat international terrorism.\n"
    "The minutes, released after a Freedom of Information lawsuit by the National Security Archive, "
    "highlight Clinton’s push for anti-terrorism cooperation between Washington and Moscow.\n"
    "Clinton said the two countries should bring their people together on a comprehensive approach.\n"
    "Putin, then facing an insurgency in the North Caucasus, agreed a common front was needed.\n"
    "They also talked about Russia possibly joining NATO, which many in Moscow saw as a problem.\n"
)


def _article(path: str, body: str, **meta):
    article, _ = load.parse(body.encode(), path.rsplit("/", 1)[-1].split(".")[0], path, markdown=False)
    return dataclasses.replace(article, **meta)


# (case, second text, same article?, identical?)
CASES = [
    ("same bytes", TEXT, True, True),
    ("CRLF line ends", TEXT.replace("\n", "\r\n"), True, True),
    ("straight quotes, other spacing", TEXT.replace("“", '"').replace("”", '"').replace(" ", "  "), True, True),
    ("other case", TEXT.upper(), True, True),
    ("two typos", TEXT.replace("Kremlin", "Kremllin").replace("insurgency", "insurgancy"), True, False),
    ("a byline added", "By A. Reporter, Example News\n" + TEXT, True, False),
    ("a paraphrase", PARAPHRASE, False, False),
    ("half of it", TEXT[: len(TEXT) // 2], False, False),
    ("another article", "A storm hit the coast on Monday. Thousands lost power.", False, False),
]


@pytest.mark.parametrize("case,other,same,identical", CASES, ids=[c[0] for c in CASES])
def test_same_article_found(case, other, same, identical):
    found = duplicates.find([_article("in/a.txt", TEXT), _article("in/b copy.txt", other)])
    if not same:
        assert found == []
        return
    [dup] = found
    assert dup.kept.path == "in/a.txt" and dup.dropped.path == "in/b copy.txt"
    assert (dup.similarity == 1.0) == identical
    assert dup.similarity >= duplicates.NEAR_IDENTICAL
    # The copy is noted under the article kept, with its own particulars: no problem raised.
    copy = dup.copy("a")
    assert copy.source == "a" and copy.path == "in/b copy.txt" and copy.similarity == dup.similarity


def test_the_copy_with_front_matter_is_kept_and_the_other_keeps_its_outlet():
    plain = _article("a.txt", TEXT, outlet="Wire Service")
    dated = _article("z.md", TEXT, published=date(2025, 8, 29), outlet="Example News")
    [dup] = duplicates.find([plain, dated])
    assert dup.kept is dated and dup.dropped is plain
    assert dup.copy("z").outlet == "Wire Service"


def test_three_copies_keep_one():
    arts = [_article(f"{n}.txt", TEXT) for n in "cab"]
    found = duplicates.find(arts)
    assert sorted(d.dropped.path for d in found) == ["b.txt", "c.txt"]
    assert {d.kept.path for d in found} == {"a.txt"}


def test_texts_without_words_are_compared_by_characters():
    assert duplicates.find([_article("a.txt", "🙂 🙂 !!"), _article("b.txt", "🙃 ?")]) == []
    assert len(duplicates.find([_article("a.txt", "🙂 !!"), _article("b.txt", "🙂\n!!")])) == 1


def test_short_texts():
    assert duplicates.find([_article("a.txt", "Yes."), _article("b.txt", "No.")]) == []
    assert len(duplicates.find([_article("a.txt", "Yes."), _article("b.txt", "yes")])) == 1


def test_decision_does_not_depend_on_the_run():
    # Word numbers come from crc32, not the per-process string hash.
    first = duplicates._fingerprint(TEXT)
    again = duplicates._fingerprint(TEXT)
    assert first == again and first.sketch == frozenset(again.sketch)


def test_large_articles_are_sketched():
    words = [f"w{i}" for i in range(30000)]
    big = " ".join(words)
    edited = " ".join(words[:29000] + ["x"] * 1000)
    mark = duplicates._fingerprint(big)
    assert len(mark.sketch) == duplicates.SKETCH
    similarity = duplicates._similarity(mark, duplicates._fingerprint(edited))
    assert 0.85 < similarity < 1.0


def test_the_run_index_finds_what_comparing_every_pair_finds():
    # Articles at every distance from one another: the prefix index must miss no pair
    # that reaches NEAR_IDENTICAL (nor change which kept article a copy is matched to).
    import random

    rng = random.Random(7)
    vocabulary = [f"w{i}" for i in range(60)]
    base = [rng.choice(vocabulary) for _ in range(120)]
    articles = []
    for n in range(40):
        words = list(base)
        for _ in range(rng.choice((0, 1, 2, 4, 8, 16, 40))):
            words[rng.randrange(len(words))] = rng.choice(vocabulary)
        articles.append(_article(f"a/{n:02}.txt", " ".join(words) + ".\n"))

    def every_pair(arts):
        kept, out = [], []
        for article in sorted(arts, key=duplicates._preference):
            mark = duplicates._fingerprint(article.body)
            scores = [(duplicates._similarity(mark, m), k) for k, m in kept]
            best = None
            for score, k in scores:
                if score >= duplicates.NEAR_IDENTICAL and (best is None or score > best[0]):
                    best = (score, k)
            if best:
                out.append((best[1].path, article.path, best[0]))
            else:
                kept.append((article, mark))
        return out

    found = [(d.kept.path, d.dropped.path, d.similarity) for d in duplicates.find(articles)]
    assert found == every_pair(articles)
    assert 0 < len(found) < len(articles) - 1


def test_a_second_look_at_the_same_texts_decides_the_same_and_keeps_only_their_prints():
    first = duplicates.find([_article("in/a.txt", TEXT), _article("in/b.txt", PARAPHRASE)])
    assert set(duplicates._PRINTS.last) == {TEXT, PARAPHRASE}
    # `mkdocs serve` after an edit: one text is new, the other's print is reused.
    edited = TEXT.replace("Kremlin", "Kremllin")
    found = duplicates.find([_article("in/a.txt", TEXT), _article("in/b.txt", edited)])
    assert first == [] and [d.similarity < 1.0 for d in found] == [True]
    assert set(duplicates._PRINTS.last) == {TEXT, edited}
