"""The cue next to a quote and the subject (or, after "said", the speaker) it names."""

from __future__ import annotations

from attributions import speakers_of as _speakers
from attributions import wordings_of as _wordings


def test_object_of_told_is_not_the_speaker():
    got = _speakers("Ed Smith and Mary Jones met in the city on a cold morning.\nSmith told Jones: “Go home.”\n")
    assert got == [("Go home.", "Ed Smith", "Smith")]


def test_possessive_cue_noun_is_not_a_cue():
    got = _speakers(
        "Ed Smith and Mary Jones met in the city on a cold morning.\nJones said Smith’s tweet was only “to mock” her.\n"
    )
    assert got == [("to mock", "Mary Jones", "Jones")]


def test_criticized_takes_an_object_not_a_speaker():
    got = _speakers(
        "Ed Smith and Mary Jones met in the city on a cold morning.\n"
        "Smith has used the phrase “total disaster” often, and criticized Jones for it.\n"
    )
    assert got[0][:2] == ("total disaster", "Ed Smith")


def test_signature_after_a_dash():
    got = _speakers(
        "Readers wrote to us about the debate last night.\n“He is a bully and he should go.” ― Veronica Cruz\n"
    )
    assert got == [("He is a bully and he should go.", "Veronica Cruz", "Veronica Cruz")]


def test_two_word_cues():
    got = _speakers(
        "Ed Smith ran the firm for years before the scandal broke.\n"
        "He was, as Mary Jones put it, “the operator.”\n"
        "Later Smith went on about “a rigged system” for an hour.\n"
    )
    assert [s for _, s, _ in got] == ["Mary Jones", "Ed Smith"]


def test_question_then_new_sentence_keeps_the_cue_before():
    text = (
        "Bill Clinton and Vladimir Putin met at the Kremlin in the summer of that year.\n"
        "According to the minutes, Clinton asked Putin, “What about cooperation?” "
        "He then proposed a “coordinated strategy” between the two.\n"
    )
    assert _speakers(text) == [
        ("What about cooperation?", "Bill Clinton", "Clinton"),
        ("coordinated strategy", "Bill Clinton", "He"),
    ]


def test_question_then_short_attribution_sentence():
    got = _speakers(
        "Lindsey Graham spoke to conservatives at a gathering on energy.\n"
        "“Does anybody know the platform?” Graham asked. “Neither do I.”\n"
    )
    assert [s for _, s, _ in got] == ["Lindsey Graham", "Lindsey Graham"]


def test_possessive_claim_gives_its_owner():
    got = _speakers(
        "Ed Smith and Mary Jones met in the city on a cold morning.\n"
        "Reporters checked Smith’s claim that there were “thousands of votes” missing.\n"
    )
    assert got == [("thousands of votes", "Ed Smith", "Smith")]


def test_an_uncued_sentence_about_a_thing_gives_the_words_to_its_subject():
    # no one is named, but the clause's subject holds the words (issue 15: a body or a
    # document speaks too)
    got = _wordings("The piece used one of her quotes as its headline: “Finally, someone like me.”\n")
    assert got == [("Finally, someone like me.", None, "The piece")]


def test_participles_and_nouns_are_no_cues_and_according_to_may_come_last():
    got = _wordings(
        "Senate Democrats blocked the bill because of “poison pill” measures added by Republicans.\n"
        "Crowds greeted him with chants of “Bobby!” at a rally, according to Ann Lee, a union leader.\n"
        "Jo Park said the court had “contained” the Islamic State in the region.\n"
    )
    assert got[0][2] != "measures"
    assert [(t, s) for t, _, s in got[1:]] == [("Bobby!", "Ann Lee"), ("contained", "Jo Park")]


def test_two_people_speaking_together_are_both_named():
    got = _wordings(
        "Barack Obama and Hillary Clinton spoke in the city on a cold morning.\n"
        "Obama and Clinton call the plan “a disaster” in a joint letter.\n"
    )
    assert got == [("a disaster", None, "Obama and Clinton")]


def test_no_subject_after_a_preposition_or_for_an_infinitive_of_someone_hoped_for():
    got = _wordings(
        "Mitch Connell spoke in the city on a cold morning.\n"
        "Connell says voters are seeking a leader to counter “lectures and distractions.”\n"
        "A spokesman for Connell said the plan was “unworkable.”\n"
    )
    assert got == [("lectures and distractions.", "Mitch Connell", "Connell"), ("unworkable.", None, "A spokesman")]


def test_the_subject_of_a_participle_is_the_main_clause_subject_not_a_name_in_its_object():
    got = _wordings(
        "Tom Clarke bought the mines in the spring of that year.\n"
        "In August, several environmental groups granted Mr. Clarke an extension, "
        "saying his capital was “less than expected.”\n"
        "They turned to the city police department which reported “2,521 incidents” that year.\n"
    )
    assert [(s, w) for _, s, w in got] == [(None, "several environmental groups"), (None, "the city police department")]


def test_a_preposition_may_precede_a_relative_pronouns_or_a_gerunds_subject():
    got = _wordings(
        "Enrique Pena Nieto, the Mexican president, met Donald Trump in the city on Wednesday.\n"
        "Trump endured a lecture from the Mexican president, who said trade was good for “both of us.”\n"
        "No different, he said, from George Bush calling the plan “voodoo economics” long ago.\n"
    )
    assert [(t, w) for t, _, w in got] == [
        ("both of us.", "the Mexican president"),
        ("voodoo economics", "George Bush"),
    ]


def test_a_new_clause_may_bring_a_described_speaker_and_my_father_is_a_source():
    got = _wordings(
        "Ivanka Trump spoke in the city on a cold morning in the spring.\n"
        "She said fathers would not be eligible, and when pressed on why, "
        "the 34-year-old mother of three replied, “It is meant for mothers.”\n"
        "“We live in hard times,” my father often said.\n"
    )
    assert got == [
        ("It is meant for mothers.", "Ivanka Trump", "the 34-year-old mother of three"),
        ("We live in hard times,", None, "my father"),
    ]


def test_words_running_on_into_a_speech_verb_are_its_subject():
    # a name the names stage does not read, with a description set off by commas
    got = _speakers(
        "The tenants met the landlord on Monday.\n"
        "“We will appeal the ruling,” Dora Quillfeather, counsel for the tenants’ association, said.\n"
    )
    assert got == [("We will appeal the ruling,", None, "Dora Quillfeather")]
    # a phrase naming no one
    got = _speakers(
        "The company denied any wrongdoing in court.\n"
        "“The defendant knew the accounts were false,” federal prosecutors wrote in the filing.\n"
    )
    assert got == [("The defendant knew the accounts were false,", None, "federal prosecutors")]
    # a verb before the speech word: no subject there
    got = _speakers("The vote was held on Monday.\n“Count the votes,” came shouts from the hall, as people booed.\n")
    assert got == [("Count the votes,", None, None)]


def test_a_cue_sentence_after_a_question_or_exclamation_names_the_speaker():
    pre = "Amanda Bloggs and Ed Smith met the press at noon. Smith spoke first.\n\n"
    # the splitter ends a sentence at “…?”; the next one, however long, says who asked
    got = _speakers(pre + "“What can we do?” Bloggs declared, a point she likes to make after every single meeting.\n")
    assert got[0][1:] == ("Amanda Bloggs", "Bloggs")
    # a quotation inside the quote closes first: “… ‘…?’”
    got = _speakers(pre + "“Her answer was, ‘Let’s see what we can do?’” Bloggs told reporters during the call.\n")
    assert got[0][1:] == ("Amanda Bloggs", "Bloggs")
    # not a quote inside its sentence: "… called it a “Holocaust.” Bloggs has said that …"
    got = _speakers(
        pre + "Smith has said the deal could lead to another “disaster.” Bloggs has said that the deal "
        "deepens a threat to the region, whose leaders have called for change.\n"
    )
    assert got[0][1:] == ("Ed Smith", "Smith")


def test_shot_back_is_a_cue_and_ends_the_name():
    pre = "Amanda Bloggs and Ed Smith met the press at noon. Smith spoke first.\n\n"
    got = _speakers(pre + "“They are all here for free stuff,” Bloggs shot back with a laugh.\n")
    assert got[0][1:] == ("Amanda Bloggs", "Bloggs")
    got = _speakers(pre + "When Smith criticized her during a debate, Amanda Bloggs shot back, “Go home.”\n")
    assert got[0][1:] == ("Amanda Bloggs", "Amanda Bloggs")


def test_the_reporter_of_a_clause_holding_the_cue_speaks():
    pre = "Amanda Bloggs and Ed Smith met the press at noon. Smith spoke first.\n\n"
    # the nearest verb ("continue", "called") is inside what Bloggs said
    got = _speakers(pre + "Bloggs said she is certain Smith will continue to be “a champion.”\n")
    assert got[0][1:] == ("Amanda Bloggs", "Bloggs")
    got = _speakers(pre + "Of Smith, Bloggs said a lot of voters would find it “very hard to accept.”\n")
    assert got[0][1:] == ("Amanda Bloggs", "Bloggs")
    # the cue hands the words over itself
    got = _speakers(pre + "Bloggs said Smith told her, “Go home.”\n")
    assert got[0][1:] == ("Ed Smith", "Smith")
    # another clause: "after", or a comma
    got = _speakers(pre + "Bloggs spoke after Smith argued that “nobody would have won.”\n")
    assert got[0][1:] == ("Ed Smith", "Smith")
    # a partial quote after a comma goes on with the reporter's sentence
    got = _speakers(pre + "Bloggs said she rarely asks anyone to help her, “except for old friends.”\n")
    assert got[0][1:] == ("Amanda Bloggs", "Bloggs")


def test_us_in_capitals_is_no_pronoun():
    got = _speakers(
        "Amanda Bloggs and Ed Smith met the press at noon.\n\n"
        "“We cast 36 votes for the next president, Ed Smith!” US Senator Amanda Bloggs said as she began.\n"
    )
    assert got[0][1:] == ("Amanda Bloggs", "Amanda Bloggs")


def test_a_sentence_that_ends_on_its_speaker_gives_its_partial_quotes():
    pre = "Amanda Bloggs and Ed Smith met the press at noon. Smith spoke first.\n\n"
    got = _speakers(
        pre + "Investigators did not find “ties of any consequence” between the two men, "
        "said the agency's director, Amanda Bloggs.\n"
    )
    assert got[0][1:] == ("Amanda Bloggs", "Amanda Bloggs")
    got = _speakers(pre + "The firm has used “velvet gloves” in its dealings, Bloggs said.\n")
    assert got[0][1:] == ("Amanda Bloggs", "Bloggs")
    # a clause that does not say who spoke is no such ending
    got = _speakers(pre + "Smith called it “a disaster,” and Bloggs disagreed.\n")
    assert got[0][1:] == ("Ed Smith", "Smith")


def test_another_speaks():
    got = _speakers("Ed Smith tweeted first.\n\nAnother tweeted, “She thinks she is above the rules.”\n")
    assert got == [("She thinks she is above the rules.", None, "Another")]
