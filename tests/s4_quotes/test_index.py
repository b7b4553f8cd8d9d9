"""The quote stage's look-ups over one article: quoted stretches, sentences at an offset, and
what the text shows of each person (gender, the words of their roles)."""

from __future__ import annotations

from briefing.model import Mention, Sentence
from briefing.s1_read import sentences
from briefing.s1_read.load import parse
from briefing.s3_names import entities
from briefing.s4_quotes.index import ArticleIndex, Span, genders, word_set


def test_names_inside_quotes_are_left_out_and_offsets_find_their_sentence():
    body = "Ann Lee spoke. “Bob Ray is wrong,” she said."
    sents = (Sentence(0, 0, 14, 0), Sentence(1, 15, len(body), 0))
    mentions = (Mention(0, 7, "Ann Lee", "person", "Ann Lee"), Mention(16, 23, "Bob Ray", "person", "Bob Ray"))
    art = ArticleIndex(body, sents, mentions, [Span(15, 16, 33, 34, 0)])
    assert [m.name for m in art.mentions] == ["Ann Lee"]
    assert art.inside(20) and not art.inside(40)
    assert [art.sentence_at(p) for p in (0, 14, 15, 40)] == [0, 0, 1, 1]
    assert [t[2] for t in art.tokens(35, len(body))] == ["she", "said"]


def test_genders_come_from_given_names_titles_and_a_pronoun_after_a_cue():
    text = "Dr. Connie Mariano said she examined him. Mr. Lorne Kale agreed. Pat Lee, Mary Jones and Sam Ray met.\n"
    article, _ = parse(text.encode(), "a", "a.txt", markdown=False)
    found = genders(article.body, entities.find(article.body, sentences.split(article)))
    assert found == {"Connie Mariano": "female", "Lorne Kale": "male", "Mary Jones": "female", "Sam Ray": "male"}


def test_word_set_is_lower_case_without_abbreviation_periods():
    assert word_set("Sen. Bob Smith’s aide") == {"sen", "bob", "smith’s", "aide"}
