"""Who speaks when the subject is no person: a document's author if it names one, an outlet
that reports a person's words kept apart (`via`), and what kind of speaker each is."""

from __future__ import annotations

from briefing.s1_read import sentences
from briefing.s1_read.load import parse
from briefing.s3_names import entities
from briefing.s4_quotes import quotations as quotes


def _quotes(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(quoted words, attribution as worded, speaker kind, outlet) of each quote."""
    article, _ = parse(text.encode(), "a", "a.txt", markdown=False)
    sents = sentences.split(article)
    body = article.body
    found = quotes.find(body, sents, entities.find(body, sents))
    return [(body[q.start : q.end], q.source_text, q.speaker_kind, q.via) for q in found]


def test_an_outlet_that_quotes_a_person_is_kept_apart():
    got = _quotes(
        "Indonesia banned the airline in June.\n\n"
        "“We do not need to buy aircraft from Europe,” Detik.com quoted Jusman Djamal as saying.\n\n"
        "“I ask you not to protest on the floor,” Bernie Sanders said, according to CNN.\n"
    )
    assert [(w, v) for _, w, _, v in got] == [("Jusman Djamal", "Detik.com"), ("Bernie Sanders", "CNN")]
    assert [k for _, _, k, _ in got] == ["person", "person"]


def test_a_document_speaks_for_its_author_when_one_is_named():
    got = _quotes(
        "The emails were released in June.\n\n"
        "An email from Burkhardt & Associates to James Roche advises the Secretary: “I would distribute a memo.”\n\n"
        "A statement by Boeing given by Boeing spokesman William Barksdale said “We are very disappointed.”\n"
    )
    assert [w for _, w, _, _ in got] == ["Burkhardt & Associates", "Boeing spokesman William Barksdale"]


def test_a_document_without_an_author_speaks_itself_with_its_kind():
    got = _quotes(
        "The suit was filed on Monday.\n\nThe lawsuit alleges that the company “knowingly misled investors.”\n"
    )
    assert got == [("knowingly misled investors.", "The lawsuit", "document", None)]


def test_a_group_is_a_group():
    got = _quotes("The vote came on Friday.\n\nRepublicans on Capitol Hill said the message showed “intent.”\n")
    assert [k for _, _, k, _ in got] == ["group"]


def test_the_export_gives_kind_and_outlet_and_spells_out_an_acronym():
    from briefing import export
    from briefing.model import Briefing, QuoteItem, Ref

    said = (Ref("a", 0, 5, 0),)
    quotes = (
        QuoteItem("words", "General Motors", said, "said", "GM", speaker_kind="organization"),
        QuoteItem("more words", "Jusman Djamal", said, "saying", "Djamal", speaker_kind="person", via="Detik.com"),
    )
    got = export.to_dict(Briefing(analyses=(), timeline=(), quotes=quotes, entities=()))["quotes"]
    assert [(q["speaker"], q["speaker_kind"], q["via"]) for q in got] == [
        ("General Motors", "organization", None),
        ("Djamal", "person", "Detik.com"),
    ]
