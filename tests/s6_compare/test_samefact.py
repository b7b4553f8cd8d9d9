"""samefact: two sentences of two sources are one fact only when nothing of theirs conflicts
(figures, dates, people, speakers, actors, occasions) and they share enough; each rule on a
small pair of articles written for it."""

from __future__ import annotations

from datetime import date

from handmade import make

from briefing.s6_compare import samefact
from briefing.s6_compare.wording import Index, units

# Sentences about other things, so that the rarity of words means what it does in real articles.
FILLER_A = (
    "Reporters waited outside in the rain for the delegations.\n"
    "The talks lasted three hours in the library of the old palace.\n"
    "A band played in the square while crowds gathered.\n"
)
FILLER_B = (
    "Both leaders later dined with their wives at a restaurant.\n"
    "Traffic was closed on the avenue for most of the afternoon.\n"
    "Several ministers flew home on separate planes.\n"
)


def judge(a, b):
    """The judge over two articles, and the unit indices of their first sentences."""
    index = Index(units([a, b]))
    first_a = next(k for k, u in enumerate(index.units) if u.source == a.article.id)
    first_b = next(k for k, u in enumerate(index.units) if u.source == b.article.id)
    return samefact.Judge(index, [a, b], ()), first_a, first_b


def pair(x: str, y: str, **kinds):
    """Two articles opening with sentences x and y; keyword arguments go to `make` for each."""
    a = make("a", x + "\n" + FILLER_A, **{k: v[0] for k, v in kinds.items()})
    b = make("b", y + "\n" + FILLER_B, **{k: v[1] for k, v in kinds.items()})
    return judge(a, b)


def test_a_paraphrase_with_the_same_figures_is_one_fact():
    j, i, k = pair(
        "Northrop Grumman and EADS defeated Boeing for a contract to supply 179 aerial refueling tankers.",
        "Last month Northrop Grumman and EADS defeated Boeing to win an order for 179 tankers.",
    )
    assert j.conflict(i, k) is None and j.same(i, k) is not None


def test_other_figures_of_the_same_thing_are_two_facts():
    j, i, k = pair(
        "The attacks on the embassies killed 257 people and injured more than 5,500.",
        "The bombings of the embassies killed 258 people and injured more than 5,500.",
    )
    assert j.conflict(i, k) == "amount" and j.same(i, k) is None


def test_other_written_dates_are_two_facts():
    j, i, k = pair(
        "The reduced dividend is payable Jan. 3 to stock of record Nov. 16.",
        "The increased dividend is payable Dec. 7 to stock of record Nov. 16.",
        dates=(
            [("Jan. 3", "1990-01-03"), ("Nov. 16", "1989-11-16")],
            [("Dec. 7", "1989-12-07"), ("Nov. 16", "1989-11-16")],
        ),
    )
    assert j.conflict(i, k) == "date"


def test_the_same_written_date_is_evidence():
    j, i, k = pair(
        "The A380 will make a special charity flight to Sydney on October 25.",
        "The first flight will take off for a special charity flight and land in Sydney on October 25.",
        dates=([("October 25", "2007-10-25")], [("October 25", "2007-10-25")]),
    )
    assert j.conflict(i, k) is None and j.same(i, k) is not None


def test_two_people_of_one_family_name_are_two_people():
    j, i, k = pair(
        "Patricia Smith spoke about the attack on the consulate that killed four Americans.",
        "Sean Smith died in the attack on the consulate that killed four Americans.",
        people=(["Patricia Smith"], ["Sean Smith"]),
    )
    assert j.conflict(i, k) == "people"


def test_the_same_words_said_by_two_people_are_two_statements():
    j, i, k = pair(
        "“The bill would make a terrible situation even worse,” he said.",
        "“The bill would make a terrible situation even worse,” she said.",
        quotes=(
            [("The bill would make a terrible situation even worse,", "Bernie Sanders")],
            [("The bill would make a terrible situation even worse,", "Nancy Pelosi")],
        ),
    )
    assert j.conflict(i, k) == "speaker"


def test_the_same_template_about_two_companies_is_two_facts():
    j, i, k = pair(
        "UniFirst declared a two-for-one stock split of its common shares.",
        "Oneida declared a two-for-one stock split of its common shares.",
    )
    assert j.conflict(i, k) == "actor"


def test_statements_weeks_apart_are_two_occasions():
    said_a = "While we still face a challenging road ahead, our business continues to grow stronger."
    said_b = "While we still face significant challenges ahead, our plan is working and growing stronger."
    a = make("a", f"“{said_a}”\n" + FILLER_A, published=date(2009, 11, 3), quotes=[(said_a, "Alan Mulally")])
    b = make("b", f"“{said_b}”\n" + FILLER_B, published=date(2010, 1, 28), quotes=[(said_b, "Alan Mulally")])
    j, i, k = judge(a, b)
    assert j.conflict(i, k) == "occasion"


def test_a_shared_topic_is_not_a_shared_fact():
    j, i, k = pair(
        "Senators blocked the funding package because of poison pill measures added to it.",
        "The company strengthened its poison pill plan against the takeover.",
    )
    assert j.same(i, k) is None


def test_a_name_alone_proves_nothing():
    j, i, k = pair(
        "Elian Gonzalez was found clinging to an inner tube off the coast of Florida.",
        "Relatives of Elian Gonzalez held a vigil outside the house in Miami.",
    )
    assert j.same(i, k) is None


def test_the_same_sentence_is_one_fact_however_few_its_rare_words():
    line = "Northrop Grumman and EADS defeated Boeing for the United States Air Force contract."
    j, i, k = pair(line, line)
    assert j.same(i, k) is not None


def test_the_same_dateline_is_no_fact():
    line = "MOSCOW, Russia (AP) _"
    j, i, k = pair(line, line)
    assert j.index.units[i].text == line and j.same(i, k) is None


def test_a_phrase_one_quotes_and_the_other_carries_ties_two_paraphrases():
    j, i, k = pair(
        "Clinton inquired about the prospects of a coordinated strategy to tackle terrorism.",
        "He then proposed a “coordinated strategy” between Washington and Moscow against terrorism.",
    )
    assert j.same(i, k) is not None


def test_articles_years_apart_need_more_than_a_few_words():
    a = make(
        "a",
        "Companies like Microsoft and IBM have been working to develop quantum computers.\n" + FILLER_A,
        published=date(2013, 3, 22),
    )
    b = make(
        "b",
        "The computer company said each company remains independent while working together.\n" + FILLER_B,
        published=date(1989, 11, 2),
    )
    j, i, k = judge(a, b)
    assert j.same(i, k) is None


def test_names_are_read_from_capitalised_runs():
    lower = {"the", "first", "customer", "bombs"}
    assert samefact.name_runs("The first customer, All Nippon Airways, is due.", lower) == ["All Nippon Airways"]
    assert samefact.name_runs("Bombs went off at the embassy in Dar es Salaam on Friday.", lower) == ["Dar es Salaam"]
    assert samefact.name_runs("Boeing 787 deliveries begin in May.", lower) == ["Boeing 787"]
    assert samefact.name_runs("The plane flew.", lower) == []


def test_keys_match_an_acronym_and_leave_generic_words_out():
    assert "ana" in samefact.keys({"All Nippon Airways"})
    assert samefact.keys({"GM"}) & samefact.keys({"General Motors"})
    assert not samefact.keys({"General Electric"}) & samefact.keys({"General Motors"})


def test_people_match_by_family_name_and_given_name():
    assert samefact.same_people(frozenset({"Clinton"}), frozenset({"Bill Clinton"}))
    assert not samefact.same_people(frozenset({"Patricia Smith"}), frozenset({"Sean Smith"}))


def test_a_rise_and_a_fall_are_two_facts():
    j, i, k = pair(
        "The primary UK index, the FTSE 100, dropped in value by six percent to below the 5000 mark.",
        "The primary UK index, the FTSE 100, was one of the few indexes to increase in value.",
    )
    assert j.conflict(i, k) == "direction"
    j, i, k = pair(
        "The primary UK index, the FTSE 100, dropped in value to below the 5000 mark.",
        "The primary UK index, the FTSE 100, fell in value to below the 5000 mark.",
    )
    assert j.conflict(i, k) is None


def test_one_word_and_one_figure_in_common_are_not_enough():
    j, i, k = pair(
        "A US$14 billion bailout package for the Big Three automakers was rejected in the Senate.",
        "Earlier this week the Big Three automakers pleaded before Congress to be given $14 billion.",
    )
    assert j.conflict(i, k) is None and j.same(i, k) is None
