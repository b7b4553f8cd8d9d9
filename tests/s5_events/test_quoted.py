"""The day each quotation was said: a date its attribution gives the saying, else the
article's own day."""

from __future__ import annotations

from datetime import date

from handmade import article

from briefing import assemble
from briefing.s6_compare import align, quotegroups

MONDAY = date(2009, 3, 9)


def said(body: str, published: date | None = MONDAY) -> dict[str, str | None]:
    """Each quotation's first words and its day."""
    a = assemble.analyse(article("q", body, published))
    return {a.article.body[q.start : q.end].split()[0]: q.date for q in a.quotes}


def test_a_date_next_to_the_speaker_dates_the_saying():
    got = said("“We will build where we sell,” Smith said on Friday.\nOn Tuesday, Jones told reporters: “Not now.”\n")
    assert got == {"We": "2009-03-06", "Not": "2009-03-03"}


def test_without_one_the_words_are_of_the_articles_own_day():
    got = said("“It is a good deal,” said Smith, the chief executive.\n")
    assert got == {"It": "2009-03-09"}
    assert said("“It is a good deal,” said Smith.\n", None) == {"It": None}


def test_a_year_the_attribution_gives_dates_the_saying_without_a_publication_date():
    got = said("“It is finished,” McConnell said in June 2012.\n", None)
    assert got == {"It": "2012-06"}


def test_dates_that_are_not_when_the_words_were_said():
    body = (
        "“Sales fell in 2008,” Smith said.\n"  # inside the quotation: what was said
        "“Now is the time,” said Don Fowler, who led the party from 1995 to 1997.\n"  # a clause of its own
        "“They are wrong,” said 9/11 widow Terry Strada.\n"  # part of the name
        "“We will win,” said Smith, speaking ahead of next Friday.\n"  # after the article: a plan
    )
    assert set(said(body).values()) == {"2009-03-09"}


def test_a_quotation_told_by_two_sources_is_dated_by_the_earliest():
    a = assemble.analyse(article("a", "“We will build where we sell,” Smith said on Friday.\n", MONDAY))
    b = assemble.analyse(article("b", "“We will build where we sell,” Smith said.\n", date(2009, 3, 10)))
    items, _ = quotegroups.group((a, b), align.align((a, b)))
    assert [(i.text, i.date) for i in items] == [("We will build where we sell,", "2009-03-06")]
