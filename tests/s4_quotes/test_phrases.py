"""The noun phrase that names a speaker: its extent, its head, the name inside it, and the
words kept as the attribution."""

from __future__ import annotations

import re

from attributions import speakers_of as _speakers
from attributions import wordings_of as _wordings

from briefing.s4_quotes import phrases


def test_given_name_splits_off_an_unknown_role():
    got = _speakers(
        "Voters waited in long lines for five hours on a hot day.\n"
        "“We made mistakes,” Maricopa County Recorder Helen Purcell said.\n"
    )
    assert got == [("We made mistakes,", "Helen Purcell", "Helen Purcell")]


def test_possessive_phrases_and_datelines():
    got = _speakers(
        "WASHINGTON — Hillary Clinton’s right-hand woman rallied supporters, saying: “Stop him.”\n"
        "Donald Trump stayed home. Later Trump’s campaign said “no comment” to reporters.\n"
        "Trump’s spokesman Jason Miller said “all is well” on the day.\n"
    )
    assert [s for _, s, _ in got] == [None, "Donald Trump", "Jason Miller"]


def test_quotes_of_a_very_long_sentence_take_its_subject():
    # ~50 KB in one sentence, a quote every few words and no speaker next to any: each
    # takes the person the sentence opens with, and the sentence is not read again for each.
    text = "Mary Jones spoke first at the meeting" + " and then said “we go on”" * 2000 + ".\n"
    got = _speakers(text)
    assert len(got) == 2000 and {s for _, s, _ in got} == {"Mary Jones"}


def test_source_text_is_the_attribution_as_written_appositive_trimmed():
    got = _wordings(
        "Michael Flynn spoke at the rally in the city on a cold morning.\n"
        "Flynn, a top Trump surrogate, said the plan was “absolutely right.”\n"
        "“We will win,” he said.\n"
    )
    assert got == [
        ("absolutely right.", "Michael Flynn", "Flynn"),
        ("We will win,", "Michael Flynn", "Michael Flynn"),
    ]  # a pronoun shows the name


def test_source_text_keeps_a_role_noun_beside_the_person():
    got = _wordings(
        "Mayor Bill de Blasio visited the site in the city on a cold morning.\n“It was intentional,” the mayor said.\n"
    )
    assert got == [("It was intentional,", "Bill de Blasio", "the mayor")]


def test_sources_that_are_no_named_person_keep_their_words():
    got = _wordings(
        "The talks went on in the city for a week in the spring.\n"
        "The union said the deal was “a betrayal.”\n"
        "While we argued about it, a friend commented: “You are right.”\n"
        "Protesters chanted “No justice” outside the hall.\n"
        "According to the letter, the plan was “unworkable.”\n"
    )
    assert got == [
        ("a betrayal.", None, "The union"),
        ("You are right.", None, "a friend"),
        ("No justice", None, "Protesters"),
        ("unworkable.", None, "the letter"),
    ]


def test_a_verb_ends_a_common_noun_phrase_and_reported_words_have_no_speaker_of_their_own():
    got = _wordings(
        "Ed Smith met voters in the city on a cold morning.\n"
        "According to a complaint filed by the state, the firm ran “a scheme” for years.\n"
        "Smith said the recent spate of protests demands “more listening” from all.\n"
    )
    assert got == [("a scheme", None, "a complaint"), ("more listening", "Ed Smith", "Smith")]


def test_someone_of_a_named_person_is_not_that_person():
    got = _wordings(
        "Ed Smith met voters in the city on a cold morning.\n"
        "Smith’s family said the case was “far from closed.”\n"
        "Anti-Smith protesters chanted “Go home.”\n"
    )
    assert got == [("far from closed.", None, "Smith’s family"), ("Go home.", None, "Anti-Smith protesters")]


def test_a_role_phrase_with_of_and_and_is_read_whole():
    got = _wordings(
        "Hillary Clinton spoke in the city on a cold morning in the spring.\n"
        "On the show, the former secretary of state and current Democratic nominee "
        "said she wanted to speak “directly to voters.”\n"
    )
    assert got == [
        ("directly to voters.", "Hillary Clinton", "the former secretary of state and current Democratic nominee")
    ]


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in re.finditer(r"\w+(?:[’'.&-]\w+)*|[,;:()]", text)]


def test_a_common_noun_phrase_starts_at_its_determiner_or_capital_or_not_at_all():
    def start(text: str) -> str | None:
        toks = _tokens(text)
        k = phrases.common_start(toks, len(toks))
        return None if k is None else " ".join(t[2] for t in toks[k:])

    assert start("In an interview, the union leader") == "the union leader"
    assert start("Small groups of protesters") == "Small groups of protesters"
    assert (
        start("the former secretary of state and current Democratic nominee")
        == "the former secretary of state and current Democratic nominee"
    )
    assert start("Ryan says") is None  # a speech verb ends no noun phrase


def test_word_classes():
    assert phrases.adverb("reportedly") and not phrases.adverb("family")
    assert phrases.verb_like("filed") and phrases.verb_like("closes") and not phrases.verb_like("boss")
    assert phrases.group_noun("officials") and phrases.group_noun("union") and not phrases.group_noun("senator")
