"""Temporal expressions: spans, TIMEX3 types and values, resolution against a reference date."""

from __future__ import annotations

from datetime import date

from briefing import dates
from briefing.model import Sentence


def tag(text: str, published: date | None = None) -> dict[str, tuple[str, str]]:
    found = dates.find(text, [], published)
    for t in found:
        assert text[t.start:t.end] == t.text
    return {t.text: (t.type, t.value) for t in found}


def values(text: str, published: date | None = None) -> dict[str, str]:
    return {k: v for k, (_, v) in tag(text, published).items()}


def test_absolute_dates():
    got = values("The summit took place at the Kremlin on June 4, 2000, and talks resumed "
                 "March 01, 2008. Troops left in 2003.")
    assert got == {"June 4, 2000": "2000-06-04", "March 01, 2008": "2008-03-01", "2003": "2003"}


def test_abbreviated_month_and_decade():
    got = values("Shares fell on Sept. 30, 1989 and prices had risen through the 1990s.")
    assert got["Sept. 30, 1989"] == "1989-09-30"
    assert got["the 1990s"] == "199"


def test_nine_eleven():
    found = dates.find("After the 9/11 attacks, post-9/11 cooperation grew.", [], None)
    assert [(t.text, t.value) for t in found] == [("9/11", "2001-09-11"), ("9/11", "2001-09-11")]


def test_seed_relative_expressions_stay_underspecified_without_a_date():
    text = ("The transcript, which took place at the Kremlin on June 4, 2000, was released on Thursday. "
            "Earlier this year, Lavrov spoke. Since Trump assumed office in January, they met "
            "at the summit in Alaska earlier this month.")
    found = {t.text: t for t in dates.find(text, [], None)}
    assert found["Thursday"].value == "XXXX-WXX-4"
    assert found["Earlier this year"].value == "XXXX"
    assert found["January"].value == "XXXX-01"
    assert found["earlier this month"].value == "XXXX-XX"
    assert all(found[k].unresolved for k in ("Thursday", "Earlier this year", "January"))
    assert not found["June 4, 2000"].relative


def test_relative_expressions_resolve_against_publication():
    dct = date(1998, 8, 7)  # a Friday
    got = values("Bombs exploded Friday. Officials met on Tuesday and last year talks failed; "
                 "the report came out yesterday and earlier this month.", dct)
    assert got["Friday"] == "1998-08-07"
    assert got["Tuesday"] == "1998-08-04"
    assert got["last year"] == "1997"
    assert got["yesterday"] == "1998-08-06"
    assert got["earlier this month"] == "1998-08"


def test_future_tense_picks_the_coming_day():
    got = values("The board will meet on Tuesday.", date(1998, 8, 7))
    assert got["Tuesday"] == "1998-08-11"
    assert values("The group might come as soon as Tuesday.", date(2000, 4, 3))["Tuesday"] == "2000-04-04"


def test_over_the_weekend_is_the_weekend_just_past():
    got = tag("Over the weekend, officials confirmed the plan.", date(1990, 8, 13))
    assert got["the weekend"] == ("DATE", "1990-W32-WE")


def test_a_month_takes_the_year_written_just_after_it():
    got = values("Her induction that January day in 2011 was a shock.", date(2013, 3, 21))
    assert got["that January"] == "2011-01"
    assert values("He arrived on a cold January morning in 1998.", date(2013, 3, 21))["January"] == "1998-01"


def test_until_a_weekday_looks_ahead_unless_the_clause_is_past():
    got = values("The match has been postponed until Saturday.", date(2013, 3, 22))
    assert got["Saturday"] == "2013-03-23"
    got = values("The match was postponed until Saturday.", date(2013, 3, 22))
    assert got["Saturday"] == "2013-03-16"


def test_nouns_and_places_that_look_like_future_cues():
    # "next to the embassies" and "vacation plans" say nothing about when
    got = values("Many were killed in the blasts next to the embassies on Friday.", date(1998, 8, 8))
    assert got["Friday"] == "1998-08-07"
    got = values("On Friday, when she set aside vacation plans, she left.", date(1998, 8, 17))
    assert got["Friday"] == "1998-08-14"
    assert values("He plans to leave on Friday.", date(1998, 8, 17))["Friday"] == "1998-08-21"


def test_month_without_year_follows_tense():
    dct = date(2000, 1, 10)
    assert values("The plan was approved in December.", dct)["December"] == "1999-12"
    assert values("The vote will be held in March.", dct)["March"] == "2000-03"


def test_month_takes_year_from_same_sentence():
    assert values("In 2003 the army moved in, and in May it left.", date(2010, 1, 1))["May"] == "2003-05"


def test_month_takes_the_last_year_before_it_in_a_very_long_sentence():
    # ~100 KB without a full stop or a publication date: each month looks back to the start.
    body = ("In 2003 the army moved in, " + "and the talks went on for a while " * 3000
            + "and in May it left, and by 2005 it came back, and in June it stayed, and 40 2006% grew in July")
    got = values(body)
    assert (got["May"], got["June"], got["July"]) == ("2003-05", "2005-06", "2005-07")


def test_durations_and_sets():
    got = tag("In the past three years it grew, for two weeks it paused; it reports daily "
              "and meets every week.")
    assert got["the past three years"] == ("DURATION", "P3Y")
    assert got["two weeks"] == ("DURATION", "P2W")
    assert got["daily"] == ("SET", "P1D")
    assert got["every week"] == ("SET", "P1W")


def test_quarters_and_anaphora():
    dct = date(1989, 11, 2)
    got = values("Profit rose in the third quarter from $5 million a year earlier. "
                 "Fiscal 1989 ended; the company expects gains in mid-1990.", dct)
    assert got["the third quarter"] == "1989-Q3"
    assert got["a year earlier"] == "1988-Q3"
    assert got["Fiscal 1989"] == "1989"
    assert got["mid-1990"] == "1990"


def test_present_past_and_future_references():
    got = values("Prices are now high and currently rising; recently they fell. In recent years "
                 "growth slowed.", date(2000, 1, 1))
    assert got["now"] == "PRESENT_REF"
    assert got["currently"] == "PRESENT_REF"
    assert got["recently"] == "PAST_REF"
    assert got["recent years"] == "PAST_REF"
    assert values("Today he left.", date(2000, 1, 5))["Today"] == "2000-01-05"


def test_seasons_weekday_parts_and_clock_times():
    dct = date(1998, 10, 23)
    got = values("Last fall it rained. Friday night at 10 p.m. the lights went out.", dct)
    assert got["Last fall"] == "1997-FA"
    assert got["Friday night"] == "1998-10-23"
    assert got["10 p.m."] == "1998-10-23T22:00"


def test_anaphoric_expressions_use_the_last_date():
    got = values("The treaty was signed on June 4, 2000. The following day, troops withdrew.")
    assert got["The following day"] == "2000-06-05"


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


def test_long_unpunctuated_paragraph_is_read_whole():
    # Quadratic work would take minutes here; scripts/stress.py times such inputs.
    body = "the board met again and said it would look at the offer in the third quarter " * 260
    found = dates.find(body, [], date(2000, 1, 1))
    assert len(found) == 260


def test_huge_tokens_give_valid_spans():
    for body in ("9/11/" * 8000, "a" * 40000 + "ed", "January " * 4000):
        for t in dates.find(body, [], date(2000, 1, 1)):
            assert body[t.start:t.end] == t.text


def test_year_ranges_and_clock_with_a_following_day():
    got = [(t.text, t.value) for t in dates.find("Prices rose in 2003-2005 and 1998–2001.", [], None)]
    assert got == [("2003", "2003"), ("2005", "2005"), ("1998", "1998"), ("2001", "2001")]
    got = values("The launch will start at 2 p.m. ET on Friday.", date(2010, 1, 6))
    assert got["2 p.m. ET"] == "2010-01-08T14:00"


def test_a_number_in_a_name_is_no_year():
    got = values("The Russell 2000 Index fell, unlike after the 2003 US-led invasion.", date(2010, 1, 1))
    assert got == {"2003": "2003"}


def test_labelled_dateline_with_a_time():
    body = "Published: March 3, 2024, 10:00 GMT\nThe minister resigned on Sunday."
    sents = [Sentence(0, 0, 35, 0), Sentence(1, 36, len(body), 1)]
    found = dates.find(body, sents, None)
    assert dates.dateline(body, sents, found) == (date(2024, 3, 3), 0)


def test_a_papers_name_is_no_set():
    body = "The China Daily newspaper reported the deal. The Daily Telegraph said so. Daily, he runs.\n"
    found = dates.find(body, [], date(2009, 6, 18))
    assert [(t.text, t.value) for t in found] == [("Daily", "P1D")]


def test_day_one_is_no_day():
    body = "He emphasized that day one motions had been filed. He left that day.\n"
    found = dates.find(body, [], date(2009, 6, 4))
    assert [t.text for t in found] == ["that day"] and found[0].start > 40


def test_succeed_is_no_past_cue():
    body = "Mr. Schwarz will succeed Daniel P. Davison Feb. 1, soon after he retires.\n"
    found = dates.find(body, [], date(1989, 10, 26))
    assert [(t.text, t.value) for t in found] == [("Feb. 1", "1990-02-01")]


def test_since_points_back():
    body = "Investigators have been searching for him since shortly after the Oct. 23 slaying.\n"
    found = dates.find(body, [], date(1999, 5, 6))
    assert [(t.text, t.value) for t in found] == [("Oct. 23", "1998-10-23")]


def test_a_future_clause_is_not_in_the_past_year_before_it():
    body = "The three, invited in July 1997, will officially join on March 12 in a ceremony.\n"
    found = dates.find(body, [], date(1999, 2, 27))
    assert [(t.text, t.value) for t in found] == [("July 1997", "1997-07"), ("March 12", "1999-03-12")]


def test_is_to_and_set_to_look_ahead():
    body = "The talks are set to resume Monday in Belfast. Trading is to resume in Paris Tuesday.\n"
    found = dates.find(body, [], date(1998, 3, 22))  # a Sunday
    assert [(t.text, t.value) for t in found] == [("Monday", "1998-03-23"), ("Tuesday", "1998-03-24")]
