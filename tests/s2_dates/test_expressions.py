"""The entry points: expressions found in text order within their sentences, every rule given a
value maker, and the article's own date read from its dateline."""

from __future__ import annotations

from datetime import date

from tagging import values

from briefing.model import Sentence
from briefing.s2_dates import durations
from briefing.s2_dates import expressions as dates
from briefing.s2_dates import fixed as fixeddates
from briefing.s2_dates import relative as relativedates
from briefing.s2_dates import spans as timespans


def test_not_dates():
    got = values("The 6-year-old boy sold 2000 shares for $1999. He may go.", date(2000, 1, 1))
    assert got == {}


def test_expressions_stay_inside_sentences_and_in_order():
    body = "Talks began on Monday.\nThey ended 2004."
    sents = [Sentence(0, 0, 22, 0), Sentence(1, 23, len(body), 1)]
    found = dates.find(body, sents, None)
    assert [t.text for t in found] == ["Monday", "2004"]
    assert found[0].start < found[1].start


def test_dateline_paragraph_gives_the_article_date():
    body = "March 01, 2008\n\nAirbus said it won the order."
    sents = [Sentence(0, 0, 14, 0), Sentence(1, 16, len(body), 1)]
    found = dates.find(body, sents, None)
    assert dates.dateline(body, sents, found) == (date(2008, 3, 1), 0)


def test_leading_dateline_in_a_news_sentence():
    body = "WASHINGTON, March 3, 2008 (AP) — The president said he would veto the bill."
    sents = [Sentence(0, 0, len(body), 0)]
    found = dates.find(body, sents, None)
    assert dates.dateline(body, sents, found) == (date(2008, 3, 3), -1)
    assert dates.dateline("He left.", [Sentence(0, 0, 8, 0)], []) is None


def test_labelled_dateline_with_a_time():
    body = "Published: March 3, 2024, 10:00 GMT\nThe minister resigned on Sunday."
    sents = [Sentence(0, 0, 35, 0), Sentence(1, 36, len(body), 1)]
    found = dates.find(body, sents, None)
    assert dates.dateline(body, sents, found) == (date(2024, 3, 3), 0)


def test_every_rule_has_exactly_one_value_maker():
    rules = [name for name, _ in timespans.RULES]
    makers = [fixeddates.HANDLERS, relativedates.HANDLERS, durations.HANDLERS]
    assert sorted(dates.HANDLERS) == sorted(rules)
    assert sum(len(m) for m in makers) == len(rules)  # no rule claimed by two modules


def test_a_dateline_date_must_open_the_paragraph():
    body = "The president said on March 3, 2008 that he would veto the bill."
    sents = [Sentence(0, 0, len(body), 0)]
    found = dates.find(body, sents, None)
    assert [t.value for t in found] == ["2008-03-03"]
    assert dates.dateline(body, sents, found) is None
