"""Dated events of one article."""

from __future__ import annotations

from datetime import date

from handmade import SEED_A, SEED_B, analyse

from briefing.model import Analysis
from briefing.s6_compare import chronology


def dates_by_sentence(a: Analysis) -> dict[int, set[str]]:
    """The dates of the events told by each sentence of an analysis."""
    out: dict[int, set[str]] = {}
    for e in a.events:
        out.setdefault(e.sentence, set()).add(e.date)
    return out


def test_two_dated_clauses_give_two_events_with_one_sentence_span():
    a = analyse("b", SEED_B)
    first = [e for e in a.events if e.sentence == 0]
    assert [(e.date, e.timex.text) for e in first] == [("2000-06-04", "June 4, 2000"), ("XXXX-WXX-4", "Thursday")]
    assert first[0].start == first[1].start and first[0].end == first[1].end


def test_captions_and_durations_make_no_events():
    a = analyse("b", SEED_B)
    caption = next(s for s in a.sentences if s.role == "caption")
    assert all(e.sentence != caption.index for e in a.events)
    b = analyse("c", "The talks lasted three years and were held every week.\n")
    assert b.events == ()


def test_after_a_day_dates_the_event_at_its_year():
    a = analyse("a", SEED_A)
    dated = {a.article.body[e.start : e.end][:20]: e.date for e in a.events}
    assert dated["Following the 9/11 a"] == "2001"
    assert dated["In recent years, the"] == "2022"
    assert dated["Since President Donal"[:20]] == "XXXX-01"


def test_present_reference_takes_the_publication_date():
    a = analyse("p", "Airbus now builds the plane in Toulouse.\n", date(2008, 3, 1))
    assert [e.date for e in a.events] == ["2008-03-01"]


def test_a_dateline_alone_is_no_event():
    a = analyse("d", "May 24, 2008\nBoeing announced the delay on Friday.\n", date(2008, 5, 24))
    assert [e.date for e in a.events] == ["2008-05-23"]


def test_undated_reports_are_events_of_the_story_day():
    body = (
        "June 04, 2009\n"
        "At a press conference on June 1st, the chief executive outlined a plan for the company.\n"
        "He said the process would be quick. It is the largest firm in the sector.\n"
    )
    a = analyse("s", body, date(2009, 6, 4))
    by_text = {a.article.body[e.start : e.end][:12]: e.date for e in a.events}
    assert by_text["At a press c"] == "2009-06-01"
    assert by_text["He said the "] == "2009-06-01"  # the lead's day, not the publication date
    assert "It is the la" not in by_text  # a description, not an event


def test_a_report_of_a_dated_fact_is_also_an_event_of_the_story_day():
    body = "Ford says it made profits of $868 million in the final quarter of 2009.\n"
    a = analyse("f", body, date(2010, 1, 28))
    assert sorted(e.date for e in a.events) == ["2009-Q4", "2010-01-28"]
    items = chronology.timeline([a])
    assert [i.expression for i in items] == ["the final quarter of 2009", ""]


def test_comparisons_do_not_date_the_event():
    body = "Sales rose 43% in February compared to the same period last year.\n"
    a = analyse("c", body, date(2010, 3, 3))
    assert [e.date for e in a.events] == ["2010-02"]


def test_days_before_the_story_date_the_clause():
    body = (
        "Smith announced the job cuts on Wednesday.\nA day before the announcement, GM cancelled a deal to sell Opel.\n"
    )
    a = analyse("o", body, date(2009, 11, 5))
    dated = {a.article.body[e.start : e.end][:10]: e.date for e in a.events}
    assert dated == {"Smith anno": "2009-11-04", "A day befo": "2009-11-03"}


def test_a_record_since_a_year_is_not_an_event_of_that_year():
    a = analyse("r", "The index had its worst fall since 1987 on Monday.\n", date(2008, 10, 7))
    assert [e.date for e in a.events] == ["2008-10-06"]


def test_a_day_after_inside_a_sentence_dates_the_earlier_event():
    body = "GM said on Friday that it would close dealers. The move comes a day after Chrysler released its list.\n"
    a = analyse("g", body, date(2009, 5, 15))
    # the release a day before; the move itself is news of the story's day
    assert sorted(e.date for e in a.events if e.sentence == 1) == ["2009-05-14", "2009-05-15"]


def test_now_yields_to_a_date_the_clause_names():
    body = (
        "Boeing delayed the plane again.\n"
        "The delivery date is now expected to be around 2020.\n"
        "Customers were to take delivery in May 2008, but will now receive the jet next month.\n"
    )
    a = analyse("n", body, date(2011, 8, 8))
    by_sentence = dates_by_sentence(a)
    assert "2020" in by_sentence[1]
    assert {"2008-05", "2011-09"} <= by_sentence[2]
    assert all(e.timex.text != "now" for e in a.events)


def test_results_of_the_period_the_lead_names():
    body = (
        "Car sales in the United States fell 35% in January, as makers reported their sales.\n"
        "Chrysler was hardest hit with a plunge of 55%. Toyota reported a 32% drop in sales.\n"
        "GM shares slipped 1.6% on the news. Sales will rise 5% next year, analysts said.\n"
    )
    a = analyse("r", body, date(2009, 2, 3))
    dates_of: dict[str, set[str]] = {}
    for e in a.events:
        dates_of.setdefault(body[e.start : e.end][:12], set()).add(e.date)
    assert dates_of["Chrysler was"] == {"2009-01"}
    assert dates_of["Toyota repor"] == {"2009-01", "2009-02-03"}  # the report is the day's news
    assert dates_of["GM shares sl"] == {"2009-02-03"}  # a market move is the day's
    assert "2009-01" not in dates_of.get("Sales will r", set())


def test_no_results_period_when_the_month_is_long_past():
    body = "Car sales fell 35% in January.\nChrysler was hardest hit with a plunge of 55%.\n"
    a = analyse("r", body, date(2009, 9, 3))
    assert {e.date for e in a.events if e.sentence == 1} == {"2009-09-03"}


def test_a_year_on_year_comparison_dates_the_same_period_this_year():
    body = "Chrysler's sales in Canada dropped 23% compared to March of 2008.\n"
    a = analyse("y", body, date(2009, 4, 3))
    assert {e.date for e in a.events} == {"2009-03"}
    old = analyse("y", body, date(2009, 11, 3))  # long after: the comparison dates nothing
    assert "2009-03" not in {e.date for e in old.events}


def test_a_sentence_going_on_from_a_dated_one_shares_its_date():
    body = (
        "Delivery of the new jet is now expected around 2020. "
        "This coincides with the expected date for its rival to deliver a replacement.\n"
    )
    a = analyse("g", body, date(2008, 5, 24))
    assert {e.date for e in a.events if e.sentence == 1} == {"2020"}


def test_what_happened_takes_the_earlier_day_the_lead_names_outside_a_report():
    body = (
        "The airline stated on Thursday that it had signed a contract for twenty jets. "
        "The airline signed the agreement in Paris on June 15.\n"
        "The deal was approved by the board. The company said the planes would meet demand.\n"
    )
    a = analyse("h", body, date(2009, 6, 18))
    by_sentence = dates_by_sentence(a)
    assert by_sentence[0] == {"2009-06-18", "2009-06-15"}  # the statement, and the signing it reports
    assert by_sentence[2] == {"2009-06-15"}
    assert by_sentence[3] == {"2009-06-18"}


def test_an_infinitive_after_a_comma_dates_a_clause_of_its_own():
    body = (
        "The first flight is expected in August of this year, with the first customer "
        "due to receive its aircraft in May 2008.\n"
    )
    a = analyse("i", body, date(2007, 7, 9))
    assert {"2007-08", "2008-05"} <= {e.date for e in a.events}


def test_a_paragraph_opening_with_this_goes_on_from_the_sentence_before():
    body = (
        "GM's automotive division lost $1.5 billion in the fourth quarter of 2005.\n\n"
        "This has been attributed to its shrinking market share. "
        "It was welcomed by the unions.\n"
    )
    a = analyse("t", body, date(2006, 1, 27))
    by_sentence = dates_by_sentence(a)
    assert by_sentence[1] == {"2005-Q4"}
    assert by_sentence[2] == {"2006-01-27"}  # only the paragraph's first sentence reaches back


def test_a_week_is_placed_by_its_month():
    a = analyse("w", "Ford beat predictions earlier in the week.\n", date(2006, 1, 27))
    assert [e.date for e in a.events] == ["2006-01"]


def test_an_event_named_again_right_after_keeps_its_day():
    body = (
        "Smith announced the job cuts on Wednesday. "
        "A day before the announcement, GM said it was cancelling a deal to sell Opel. "
        "Politicians expressed disappointment at GM's cancellation of the deal. "
        "The unions welcomed the decision.\n"
    )
    a = analyse("c", body, date(2009, 11, 5))
    by_sentence = dates_by_sentence(a)
    assert by_sentence[2] == {"2009-11-03", "2009-11-04"}  # the cancellation, and the reaction
    assert by_sentence[3] == {"2009-11-04"}  # "the decision" names no event told just before


def test_a_deal_already_known_is_no_event_of_the_last_date():
    body = (
        "Lawmakers rejected the proposal in October, although experts say the deal had been killed. "
        "McCain has been the deal's most vocal critic.\n"
    )
    a = analyse("k", body, date(2004, 11, 24))
    assert {e.date for e in a.events if e.sentence == 1} == {"2004-11-24"}


def test_this_brings_goes_on_from_the_sentence_before():
    body = (
        "Ryanair announced today that it is exercising its options to buy five new aircraft. "
        "This brings its outstanding orders to 230. It brings good news.\n"
    )
    a = analyse("r", body, date(2005, 6, 13))
    assert {e.date for e in a.events if e.sentence == 1} == {"2005-06-13"}
    assert not [e for e in a.events if e.sentence == 2]  # not right after a dated sentence


def test_a_leading_span_after_an_earlier_event_cannot_date_past_publication():
    body = (
        "Just two weeks after China sent markets into a tumble, worries about lenders are "
        "sending jitters through exchanges. "
        "This comes a week before the start of summer time.\n"
    )
    a = analyse("j", body, date(2007, 3, 13))
    by_sentence = dates_by_sentence(a)
    assert "2007-02-27" in by_sentence[0]  # the tumble two weeks before the story's day
    assert "2007-03-27" not in by_sentence[0]
    assert "2007-03-20" in by_sentence[1]  # what follows "a week before" may lie ahead


def test_the_base_of_a_change_does_not_date_the_story():
    body = (
        "Wall Street had its best week in five months. "
        "The Dow finished at 7223.98, an increase of 54 points from March 12 2009.\n"
    )
    a = analyse("b", body, date(2009, 3, 13))
    assert {e.date for e in a.events} == {"2009-03-13"}


def test_the_last_day_of_a_period_does_not_date_its_figures():
    body = "Delta posted net income of $133.1 million for the quarter ended Sept. 30.\n"
    a = analyse("q", body, date(1989, 10, 26))
    assert "1989-09-30" not in {e.date for e in a.events}


def test_a_pronoun_goes_on_telling_what_the_sentence_before_dated():
    body = (
        "What has startled doctors is what Leon did this month in Texas. "
        "He won the Gusher Marathon. He is expected to run again.\n"
    )
    a = analyse("l", body, date(2013, 3, 21))
    by_sentence = dates_by_sentence(a)
    assert by_sentence[1] == {"2013-03"}
    assert "2013-03" not in by_sentence.get(2, set())


def test_an_event_named_again_a_few_sentences_on_and_only_if_past():
    body = (
        "Boeing had been suspended since July 24, 2003 after violating federal law. "
        "The company was found to hold documents of a rival. "
        "The agreement allows for the reinstating of the suspension if Boeing is indicted.\n\n"
        "Fiat told the Treasury it will buy the share, a deal that will be finalized by June 10. "
        "Analysts say the deal is a good one.\n"
    )
    a = analyse("s", body, date(2005, 3, 6))
    by_sentence = dates_by_sentence(a)
    assert "2003-07-24" in by_sentence[2]
    assert "2005-06-10" not in by_sentence[4]  # a deal still to come is not named again on its day


def test_a_phrasal_verb_is_named_again_as_one_noun():
    body = (
        "Ryanair has been attempting to take over Aer Lingus since December. "
        "The government said it disapproves of the takeover.\n"
    )
    a = analyse("t", body, date(2007, 6, 9))
    assert "2006-12" in {e.date for e in a.events if e.sentence == 1}


def test_a_participle_after_be_is_passive_not_past():
    body = (
        "The jet is the first model to be built out of carbon composites. "
        "The engines are being sold off. The plant was built in Seattle. "
        "The tower has been built. The airline is set to cut routes.\n"
    )
    a = analyse("v", body, date(2011, 8, 8))
    told = dates_by_sentence(a)
    assert 0 not in told and 1 not in told  # "to be built", "being sold": nothing happened
    assert told[2] == told[3] == told[4] == {"2011-08-08"}  # "was built", "has been built", "is set to"


def test_a_date_the_event_leads_up_to_does_not_date_it():
    body = (
        "The airline cut fares ahead of the November 16 celebrations. "
        "Rivals lobbied hard in the run-up to the May 2003 vote. "
        "Boeing stayed ahead of Airbus in 2004. "
        "Airbus faces a hard task ahead of it in 2006.\n"
    )
    a = analyse("a", body, date(2005, 11, 5))
    told = dates_by_sentence(a)
    assert told[0] == {"2005-11-05"}  # before an occasion to come: the story's day
    assert told[1] == {"2003"}  # before a past one: its year
    assert told[2] == {"2004"}  # "ahead of" a rival, not of an occasion
    assert told[3] == {"2006"}


def test_a_clause_telling_what_came_next_follows_the_sentence_before():
    body = (
        "The jet will arrive in Singapore on November 11. "
        "The airliner will then fly on to Sydney. "
        "Thereafter, it will be repainted.\n"
    )
    told = dates_by_sentence(analyse("n", body, date(2005, 11, 5)))
    assert told[1] == {"2005-11-11"}
    assert told[2] == {"2005-11-11"}  # "Thereafter" follows what the sentence before went on with
    # Not when the dated sentence is further back, nor for "then" of another sense.
    body = (
        "Officials said on Thursday the plane will be refuelled.\n\n"
        "The jet will arrive in Singapore on November 11. The crew will rest. "
        "The plane will then be painted.\n\n"
        "The jet will arrive in Jakarta on November 12. Since then, analysts have praised the jet.\n"
    )
    told = dates_by_sentence(analyse("n", body, date(2005, 11, 4)))
    assert told[3] == {"2005-11-03"}  # the story's day
    assert told[5] == {"2005-11-03"}


def test_what_has_not_happened_since_a_date_is_measured_against_it():
    body = "Oil prices dropped to lows not reached since February.\nJapan has not been in recession since 2001.\n"
    a = analyse("n", body, date(2010, 5, 7))
    assert [e.date for e in a.events] == ["2010-05-07", "2010-05-07"]


def test_a_state_since_a_date_is_dated_by_it():
    a = analyse("s", "Ryanair has been trying to take over the airline since December.\n", date(2007, 6, 9))
    assert "2006-12" in {e.date for e in a.events}


def test_a_level_named_by_a_date_is_a_reference():
    body = (
        "The Nasdaq fell 3.7% on Monday.\n"
        "However, the index remained above its November 20, 2008 low of 1316.12.\n"
        "The fall left the Dow 2.99 percent down from the close of trading Wednesday.\n"
    )
    a = analyse("l", body, date(2009, 2, 24))
    by_sentence = dates_by_sentence(a)
    assert by_sentence[1] == {"2009-02-23"} and by_sentence[2] == {"2009-02-23"}


def test_the_story_day_is_not_a_day_the_lead_gives_as_background():
    body = (
        "Markets worldwide surged in value after the plan.\n"
        "On Sunday, the euro countries had agreed on a joint plan to face the crisis.\n"
        "General Motors was the best performer, rising by 31%.\n"
    )
    a = analyse("b", body, date(2008, 10, 13))
    assert dates_by_sentence(a)[2] == {"2008-10-13"}
    assert dates_by_sentence(a)[1] == {"2008-10-12"}


def test_the_story_day_is_not_an_anniversary():
    body = (
        "Today marked a day in history, when 20 years ago the market crashed.\n"
        "On Friday, the Dow nearly broke that record.\n"
        "The Nasdaq also took heavy losses.\n"
    )
    a = analyse("y", body, date(2007, 10, 20))  # a Saturday
    assert dates_by_sentence(a)[2] == {"2007-10-19"}


def test_a_sentence_explaining_the_one_before_takes_its_date():
    body = "Stocks fell sharply on Tuesday.\nThis is due to the ongoing events in the financial world.\n"
    a = analyse("e", body, date(2008, 9, 20))
    assert dates_by_sentence(a)[1] == {"2008-09-16"}


def test_a_sentence_naming_again_what_the_one_before_told_takes_its_date():
    body = (
        "On Friday, the Dow fell 366 points.\n"
        "Twenty years ago, in October 1987, the market crashed by 508 points.\n"
        "The crash wiped out a quarter of its value.\n"
    )
    a = analyse("c", body, date(2007, 10, 20))
    assert dates_by_sentence(a)[2] == {"1987-10"}


def test_something_under_way_is_an_event_of_the_story_day():
    body = (
        "March 2, 2010\n"
        "The maker closed two plants on Monday.\n"
        "It is also seeking to sell its truck unit. It is going to be a hard year. It is nothing new.\n"
    )
    a = analyse("w", body, date(2010, 3, 2))
    by_text = {a.article.body[e.start : e.end][:12]: e.date for e in a.events}
    assert "It is also s" in by_text
    assert "It is going " not in by_text  # foretold, not under way
    assert "It is nothin" not in by_text


def test_a_date_naming_a_thing_or_an_era_does_not_date_the_clause():
    body = (
        "Records from a 2000 summit of the two leaders have surfaced.\n"
        "This marked a moment in the early post-9/11 era when the allies drew closer.\n"
        "The landscape, including the aftermath of the 9/11 attacks, has changed.\n"
        "He won the 2016 election.\n"
    )
    by_sentence = dates_by_sentence(analyse("n", body))
    assert by_sentence == {3: {"2016"}}
