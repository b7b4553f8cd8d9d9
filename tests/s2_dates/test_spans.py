"""Where expressions stand: rules tried around anchor words, the longest match kept, names that
only count capitalised, valid spans on hostile and very long input."""

from __future__ import annotations

from datetime import date

from briefing.s2_dates import expressions as dates
from briefing.s2_dates import spans as timespans


def spans(body: str) -> list[tuple[str, str]]:
    return [(body[h.start : h.end], h.rule) for h in timespans.find(body, timespans.lowered(body))]


def test_the_longest_match_wins_and_matches_do_not_overlap():
    assert spans("On June 4, 2000 they met; in May 2001 they parted.") == [
        ("June 4, 2000", "mdy"),
        ("May 2001", "month_year"),
    ]


def test_month_and_weekday_names_count_only_capitalised():
    assert spans("We may march on; the sunday paper said so.") == []
    assert [rule for _, rule in spans("In May they marched on Sunday.")] == ["month", "weekday"]


def test_the_lowered_copy_keeps_every_offset():
    body = "ÉTÉ in MAY, Ünïcode"
    low = timespans.lowered(body)
    assert len(low) == len(body) and low == "ÉtÉ in may, Ünïcode"


def test_a_group_is_read_as_the_lexicons_spell_it():
    assert timespans.plain(" Sept.  ") == "sept"
    assert timespans.plain("This  Past") == "this past"
    assert timespans.plain(None) == ""


def test_long_unpunctuated_paragraph_is_read_whole():
    # Quadratic work would take minutes here; scripts/stress.py times such inputs.
    body = "the board met again and said it would look at the offer in the third quarter " * 260
    found = dates.find(body, [], date(2000, 1, 1))
    assert len(found) == 260


def test_huge_tokens_give_valid_spans():
    for body in ("9/11/" * 8000, "a" * 40000 + "ed"):
        assert dates.find(body, [], date(2000, 1, 1)) == []  # no date inside one endless token
    assert [t.text for t in dates.find("January " * 4000, [], date(2000, 1, 1))] == ["January"]
    body = "It rained on 9/11/2001 and on January 5, 2000. " * 2000
    found = dates.find(body, [], date(2000, 1, 1))
    assert len(found) == 4000 and {t.value for t in found} == {"2001-09-11", "2000-01-05"}
    assert all(body[t.start : t.end] == t.text for t in found)


def test_the_lowered_copy_changes_only_ascii_letters():
    body = "İSTANBUL \udce9 ΣΟΦΙΑ Straße ǅ"
    assert timespans.lowered(body) == "İstanbul \udce9 ΣΟΦΙΑ straße ǅ"


def test_anchor_words_inside_other_words_are_no_anchors():
    # "snow", "knowhow", "faq1" hold "now", "q1": only whole words count, numbers after a
    # word are read as before
    assert spans("The snow fell; knowhow counts; see faq12 and Q1 2009.") == [("Q1 2009", "quarter_code")]


def test_a_rule_skips_windows_without_its_required_words():
    # every window of "ago" opened by "years" alone holds no direction word: nothing is found
    # there, while the same rule still finds its matches elsewhere
    assert spans("He served for many years. It closed three years ago.") == [
        ("many years", "duration"),
        ("three years ago", "ago"),
    ]
    for phrase, rule in [
        ("at year-end", "year_end"),
        ("every week", "set_every"),
        ("the year two thousand", "year_2000"),
        ("a year-earlier profit", "year_ago_adj"),
        ("for years", "duration_bare"),
        ("in the coming years", "ref"),
        ("at a later date next year", "ref"),
        ("on New Year's Day", "holiday"),
        ("on March 5", "mdy"),
        ("the 5th of March", "dmy"),
        ("in March 2009", "month_year"),
        ("on 2009-03-05", "iso"),
    ]:
        found = [r for _, r in spans(phrase)]
        assert rule in found, (phrase, found)
        assert timespans._REQUIRED[rule].search(timespans.lowered(phrase))


def test_skipping_windows_finds_what_searching_every_window_finds(monkeypatch):
    body = (
        "In March the firm said it would cut jobs within three years; two days later, on "
        "March 5, 2009 (2009-03-05), it met every Monday morning at noon. The past few years "
        "were hard, and at a later date next year, around New Year's Day, a year-earlier "
        "figure of the year two thousand was revised. Shares fell for weeks, the day before "
        "the second quarter ended, and the 5th of March 2010 is still current."
    )
    found = spans(body)
    assert set(timespans._REQUIRED) <= {name for name, _ in timespans.RULES}
    monkeypatch.setattr(timespans, "_REQUIRED", {})
    assert spans(body) == found
