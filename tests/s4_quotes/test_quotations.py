"""Direct quotations: marks paired per paragraph, apostrophes, titles; speakers attributed."""

from __future__ import annotations

from briefing.s1_read import sentences
from briefing.s1_read.load import parse
from briefing.s3_names import entities
from briefing.s4_quotes import quotations as quotes


def _found(text: str):
    article, _ = parse(text.encode(), "a", "a.txt", markdown=False)
    sents = sentences.split(article)
    mentions = entities.find(article.body, sents)
    return [(article.body[q.start : q.end], q.speaker, q.cue) for q in quotes.find(article.body, sents, mentions)]


def _texts(text: str):
    return [t for t, _, _ in _found(text)]


def test_said_after_and_before_the_quote():
    got = _found(
        "Senator Mary Jones spoke at length on Monday.\n"
        "“We will win,” Jones said.\n"
        "“We will lose,” said Tom Brady, a rival.\n"
        "Jones told reporters: “It is over.”\n"
    )
    assert got == [
        ("We will win,", "Mary Jones", "said"),
        ("We will lose,", "Tom Brady", "said"),
        ("It is over.", "Mary Jones", "told"),
    ]


def test_straight_single_and_timebank_marks():
    assert _texts("He said \"no way\" twice, and then ``yes indeed'' once.\n") == ["no way", "yes indeed"]


def test_apostrophes_are_not_marks_in_single_quoted_articles():
    text = (
        "Russia’s leader backed a ‘common front’ against what he termed a ‘Terrorist "
        "International,’ in the ’90s, as the bloc’s rivals don’t forget.\n"
    )
    assert _texts(text) == ["common front", "Terrorist International,"]


def test_quote_split_by_attribution_shares_speaker():
    got = _found(
        "Pat Caddell spoke on the radio for an hour on Thursday.\n"
        "“One poll is out,” said Caddell. “Another is coming.”\n"
    )
    assert [(t, s) for t, s, _ in got] == [("One poll is out,", "Pat Caddell"), ("Another is coming.", "Pat Caddell")]


def test_multi_paragraph_quote_and_colon_introduction():
    got = _found(
        "Pat Caddell spoke on the radio for an hour on Thursday.\n\n"
        "Caddell continued:\n\n"
        "“The health issue is partisan.\n\n"
        "“It is one of the things worrying them.”\n"
    )
    assert got[0][:2] == ("The health issue is partisan.", "Pat Caddell")
    assert got[1][:2] == ("It is one of the things worrying them.", "Pat Caddell")


def test_nested_quotes_stay_inside():
    got = _texts(
        "Pat Caddell read it out on the air that day.\n"
        '"The question was: “Do you think so?” And they said no," Caddell said.\n'
    )
    assert got == ["The question was: “Do you think so?” And they said no,"]


def test_unbalanced_mark_recovered_within_paragraph():
    got = _texts(
        "Mary Jones was angry that week, aides said.\n“We were robbed, she said. “It was a disgrace,” Jones added.\n"
    )
    assert got == ["We were robbed, she said.", "It was a disgrace,"]


def test_partial_quote_and_what_he_called():
    got = _found(
        "At the time, newly elected President Vladimir Putin faced an insurgency.\n"
        "He reportedly said a “common front is necessary” to counter what he called a “Terrorist International.”\n"
    )
    assert got == [
        ("common front is necessary", "Vladimir Putin", "said"),
        ("Terrorist International.", "Vladimir Putin", "called"),
    ]


def test_quoted_as_and_according_to():
    got = _found(
        "Bill Clinton and Vladimir Putin met in Moscow in the summer of that year.\n"
        "“There should be full relations,” Putin is quoted as saying.\n"
        "According to Clinton, “it went well.”\n"
    )
    assert got == [
        ("There should be full relations,", "Vladimir Putin", "saying"),
        ("it went well.", "Bill Clinton", "according to"),
    ]


def test_first_person_in_quote_is_never_the_speaker():
    got = _found("Mary Jones spoke to the crowd for an hour on Monday.\n“I am tired,” she said.\n")
    assert got == [("I am tired,", "Mary Jones", "said")]


def test_pronoun_takes_the_subject_of_the_previous_sentence():
    got = _found(
        "According to the minutes, Bill Clinton asked Vladimir Putin about it in the end.\n"
        "He then proposed a “coordinated strategy” between the two.\n"
    )
    assert got == [("coordinated strategy", "Bill Clinton", "proposed")]


def test_role_noun_resolved_by_role():
    got = _found(
        "In response, the Russian president agreed that a “common front” was needed\n"
        "Former US President Bill Clinton proposed to Russian President Vladimir Putin a joint effort.\n"
    )
    assert got == [("common front", "Vladimir Putin", "agreed")]


def test_speaker_description_reduced_to_the_person():
    got = _found(
        "The vote was held on a cold Tuesday in the capital city.\n"
        "“This is a sham,” said Rep. Jerry Nadler, a Democrat from New York.\n"
        "“It is fine,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said.\n"
    )
    assert [s for _, s, _ in got] == ["Jerry Nadler", "Jim Jordan"]


def test_titles_of_shows_are_not_quotes():
    got = _texts("Ed Smith told MSNBC’s “Morning Joe” that “exactly who did it” is unclear.\n")
    assert got == ["exactly who did it"]


def test_transcript_labels_inside_quotes():
    got = _found(
        "Vice presidential nominee Mike Pence was asked about it on a Sunday show.\n"
        '"PENCE: Well, I think that is right."\n'
    )
    assert got == [("PENCE: Well, I think that is right.", "Mike Pence", ":")]


def test_markup_and_inch_marks_are_not_quotes():
    assert _texts('<tweet author="someone" id="12">He is 6\'3" tall.</tweet>\n') == []


def test_offsets_and_sentence_of_the_opening_mark():
    text = "Ed Smith left early that day.\nLater, Smith said “fine” and went home.\n"
    article, _ = parse(text.encode(), "a", "a.txt", markdown=False)
    sents = sentences.split(article)
    [q] = quotes.find(article.body, sents, entities.find(article.body, sents))
    assert text[q.start : q.end] == "fine" and q.sentence == 1
    assert text[q.speaker_start : q.speaker_end] == "Smith"


def test_long_paragraph_is_read_whole():
    # Quadratic work would take minutes here; scripts/stress.py times such inputs.
    para = ("“" + "word, " * 4000 + "” he said and " + "Smith Jones " * 1000) * 2 + "\n"
    found = _found("Ed Smith spoke for a long time on that day.\n" + para)
    assert len(found) == 2 and all(t.startswith("word, word,") for t, _, _ in found)


def test_many_quotes_and_names_in_one_sentence_are_all_found():
    chunk = "Ed Smith called it a “disaster” and Mary Jones said “fine” while "
    found = _found("Ed Smith and Mary Jones spoke on that day in the city.\n" + chunk * 600 + "the end.\n")
    assert [t for t, _, _ in found] == ["disaster", "fine"] * 600


def test_hostile_text_gives_valid_spans():
    samples = [
        '"',
        "“",
        "”",
        "''",
        "``",
        '"""',
        "“”",
        "‘’",
        "He said \" and ” then “ and '",
        "“a “b” c” d” e “f",
        "''x'' ``y'' \"z",
        "“" * 500,
        '”\n“\n"\n',
        "'90s Russia’s don’t ’tis",
    ]
    for text in samples:
        article, _ = parse((text + "\n").encode(), "a", "a.txt", markdown=False)
        if article is None:
            continue
        sents = sentences.split(article)
        mentions = entities.find(article.body, sents)
        for q in quotes.find(article.body, sents, mentions):
            assert 0 <= q.start < q.end <= len(article.body)
            assert article.body[q.start : q.end].strip() == article.body[q.start : q.end]
            assert 0 <= q.sentence < len(sents)
            if q.speaker_start is not None:
                assert 0 <= q.speaker_start < q.speaker_end <= len(article.body)


def test_chants_and_slogans_after_of_are_speech_but_episode_titles_are_not():
    got = _texts(
        "Ed Smith, who was greeted with chants of “Bobby!” on Monday, spoke.\n"
        "On Tuesday’s episode of “The Late Show,” Smith said he would run.\n"
        "Jones called in to his “Keepin' It Real” radio program that night.\n"
    )
    assert got == ["Bobby!"]
