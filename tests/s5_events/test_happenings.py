"""Happenings, background, descriptions and bare quotations, told apart by their verbs."""

from __future__ import annotations

from datetime import date

import pytest
from handmade import analyse

from briefing.s5_events import happenings
from briefing.s5_events.happenings import BACKGROUND, DESCRIPTION, HAPPENING, QUOTE


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The company announced the cuts on Tuesday.", HAPPENING),
        ("The carrier, the biggest in the country, signed the order in Paris.", HAPPENING),
        ("The new plant was opened by the minister.", HAPPENING),
        ("Deliveries will begin next year.", HAPPENING),
        ("The first flight is scheduled for March.", HAPPENING),
        ("The union is preparing to strike.", HAPPENING),
        ("The group has won a large order from the navy.", HAPPENING),
        ("“We are pleased,” a spokesman said.", HAPPENING),
        ("The plant is the largest in the region.", DESCRIPTION),
        ("The winglets, designed to save fuel, are small parts.", DESCRIPTION),
        ("At present the airline has 91 aircraft.", DESCRIPTION),
        ("The firm has had a policy of hiring locally for decades.", DESCRIPTION),
        ("The bank is owned by a holding company.", DESCRIPTION),
        ("The firm had signed a first deal with the city.", BACKGROUND),
        ("Lockheed and Reed are two makers of rockets.", DESCRIPTION),  # names, not verbs in -ed
        ("It will be the first airliner of its kind.", DESCRIPTION),
        ("It was the last jet built in the state.", DESCRIPTION),
        ("Such contracts are often justified by their speed.", DESCRIPTION),
        ("“We took a big swing and we hit a home run.”", HAPPENING),  # told in the speaker's words
        ("We've got difficult challenges.”", QUOTE),
        ("“It is a great day for all of us.", QUOTE),
    ],
)
def test_kind_reads_the_verbs(sentence, expected):
    assert happenings.kind(sentence) == expected


def test_a_sentence_naming_the_news_is_about_it():
    assert happenings.names_happening("The takeover was the talk of the show.")
    assert happenings.names_happening("This brings the total to 230.")
    assert not happenings.names_happening("The plant is the largest in the region.")


def test_descriptions_placed_on_the_story_day_are_not_told():
    body = (
        "May 24, 2008\n"
        "The maker announced on Friday that it would close the plant.\n"
        "The plant is the oldest in the state.\n"
    )
    a = analyse("d", body, date(2008, 5, 24))
    told = {a.article.body[e.start : e.end][:14] for e in happenings.told(a)}
    assert "The maker anno" in told
    assert "The plant is t" not in told


def test_the_main_date_of_a_sentence_is_its_main_clause():
    body = "The transcript of the meeting, which took place on June 4, 2000, was released on Thursday.\n"
    a = analyse("m", body, date(2025, 8, 29))
    told = happenings.told(a)
    assert {e.date for e in told} == {"2000-06-04", "2025-08-28"}
    assert happenings.main_dates(a, told) == {0: "2025-08-28"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A relative clause describes its noun; the sentence tells what its main clause tells.
        ("The museum, which was opened by the mayor, is the oldest in town.", DESCRIPTION),
        # ... unless the main clause is set in the past ("was"): then the clause tells it.
        ("The drop was largest at the bank, which dropped 13%.", HAPPENING),
        # A condition, and what is to happen if it holds, are not told as happening.
        ("If the bank refuses, the firm will be forced to close.", DESCRIPTION),
        ("The plan will fail unless approved by the board.", DESCRIPTION),
        ("Even if sales fall, the maker will open the plant in May.", HAPPENING),  # concedes
        # What someone believes or hopes now is their view.
        ("The carrier believes travellers will prefer smaller jets.", DESCRIPTION),
        ("The minister is hoping the union will accept the offer.", DESCRIPTION),
        # "will" with a verb of state or a state participle: how things will be.
        ("The new ship will carry 400 people to the island.", HAPPENING),
        ("The new ship will seat 400 people.", DESCRIPTION),
        ("The merger will help the smaller firm.", DESCRIPTION),
        ("The new company will be owned by three banks.", DESCRIPTION),
        # Pasts of relation, linking verbs, negated perfects, unreal perfects.
        ("Leasing firms accounted for a third of the orders.", DESCRIPTION),
        ("Critics appear biased against the rival offer.", DESCRIPTION),
        ("The index has not closed above 900 since June.", DESCRIPTION),
        ("The jets would have been delivered by now.", DESCRIPTION),
        ("The union did not sign the deal.", HAPPENING),
        ("The firm was able to raise the money.", HAPPENING),
        # Words in -ing that are prepositions or states, not something under way.
        ("This is following the events of last week.", DESCRIPTION),
        ("Traders were expecting a smaller drop.", DESCRIPTION),
        ("Workers at the plant are being retrained.", HAPPENING),
        # "expected to", "due to", "is to": arranged only when a happening follows.
        ("The opening is expected to take place in June.", HAPPENING),
        ("The range is expected to be 900 miles.", DESCRIPTION),
        ("The delay is due to the weather.", DESCRIPTION),
        ("The mayor is to visit the plant.", HAPPENING),
        # A plural noun in -s is not a verb of saying.
        ("The earnings reports were a little weak.", DESCRIPTION),
    ],
)
def test_kind_reads_the_clauses_a_sentence_tells(sentence, expected):
    assert happenings.kind(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("“It will require hard work from everyone.”", QUOTE),  # the speaker foretells
        ("“We've known this for years.”", QUOTE),  # a contraction read as two words
        ("“We sold the plant last year.”", HAPPENING),  # done, in the speaker's words
    ],
)
def test_someones_words_alone_tell_only_what_was_done(sentence, expected):
    assert happenings.kind(sentence, spoken=True) == expected


def test_a_sentence_inside_a_quotation_is_spoken():
    body = "He said: “It will be hard. We will manage.” The plant closed."
    first = body.index("We will")
    second = body.index("The plant")
    quoted = [(body.index("It will"), body.index("”"))]
    assert happenings.spoken(body, first, second - 1, quoted)
    assert not happenings.spoken(body, second, len(body), quoted)
    # Where no quotation was found, a sentence that only closes one is someone's words.
    assert happenings.spoken("It was a long road.”", 0, 20, [])


def test_what_someone_does_about_a_happening_is_about_the_news():
    assert happenings.names_happening("The state government disapproves of the takeover.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A perfect in a clause opened by "once" is still to come.
        ("Once we have read the report, we will decide.", DESCRIPTION),
        ("The ship, once named the Star, was sold in 1990.", HAPPENING),  # "once": an adverb
        # "due" after an adverb of degree gives a cause.
        ("The rise was mainly due to bank shares climbing.", DESCRIPTION),
        ("The payment was due to arrive on Monday.", HAPPENING),
        # "had" with a verb of wishing: what was wished.
        ("I had hoped the talks would go on.", DESCRIPTION),
        # A verb of state in the past is a state.
        ("The index remained above its low.", DESCRIPTION),
        # A word of stance used as a noun opens no belief.
        ("Two suspects in the case have been handed over to the police.", HAPPENING),
        ("Taken together, the worries prompted a sell-off.", HAPPENING),
        # "and" joins a verb to a participle only after a participle.
        ("The landing was normal and took place on time.", HAPPENING),
    ],
)
def test_kind_reads_conditions_causes_wishes_and_states(sentence, expected):
    assert happenings.kind(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # After its clause's verb, a word in -ed before a preposition is a participle.
        ("It is a reply to the list of carriers banned in the region.", DESCRIPTION),
        ("The bank had a sum of money saved in the fund.", DESCRIPTION),
        ("The firm was founded in 1990 and acquired in 2005.", HAPPENING),
        # ... and so is a participle a relative clause follows.
        ("The profit compares with the sum lost that had been feared.", DESCRIPTION),
        # "due to" a noun gives a cause.
        ("The delay was due to disagreements over pay.", DESCRIPTION),
        ("The fall is due to inflation.", DESCRIPTION),
        # A participle of feeling tells how someone feels.
        ("The minister was pleased with the result.", DESCRIPTION),
        ("I am honoured to lead this team.", DESCRIPTION),
        # A word in -ing after "be" may be an adjective.
        ("The lenders are unwilling to sign.", DESCRIPTION),
        ("The lenders are weighing a new offer.", HAPPENING),
    ],
)
def test_kind_reads_participles_causes_and_feelings(sentence, expected):
    assert happenings.kind(sentence) == expected


def test_words_outside_a_quotation_that_only_name_the_speaker_leave_it_spoken():
    body = "“Old offers do not work in this market,” Jane Roe, an analyst at the bank."
    quoted = [(1, body.index(",”"))]
    assert happenings.spoken(body, 0, len(body), quoted)
    told = "“Old offers do not work,” Jane Roe said."
    assert not happenings.spoken(told, 0, len(told), [(1, told.index(",”"))])
