"""Tests for the tooltips on names: which names get one, what it says, and which pages carry
which definitions (the names they show, or the names their article mentions)."""

from __future__ import annotations

from briefing.model import Analysis, Article, Briefing, Entity, Paragraph, QuoteItem, Ref, Sentence
from briefing.s7_render import tooltips


def _analysis(ident: str, body: str) -> Analysis:
    art = Article(ident, f"{ident}.txt", body, (Paragraph(0, len(body)),), "T", "headline")
    return Analysis(art, (Sentence(0, 0, len(body), 0),), (), (), (), ())


def _briefing() -> Briefing:
    one = _analysis("001_a", "Ann Lee met the US team and Acme Corp in Paris.")
    two = _analysis("002_b", "Acme Corp said nothing.")
    r1, r2 = Ref("001_a", 0, 10, 0), Ref("002_b", 0, 10, 0)
    return Briefing(
        analyses=(one, two),
        timeline=(),
        quotes=(QuoteItem("hello", "Ann Lee", (r1,)), QuoteItem("bye", "Ann Lee", (r1,))),
        entities=(
            Entity("Ann Lee", "person", ("Lee",), "Trade Minister", (r1, r1)),
            Entity("Acme Corp", "organization", ("US",), None, (r1, r2)),
            Entity("Paris", "place", (), None, (r1,)),
            Entity("<b>Bad</b>", "person", (), "x", (r2,)),
        ),
    )


def test_describe_gives_role_quotes_and_sources():
    b = _briefing()
    g = tooltips.Glossary(b, {"001_a": "001", "002_b": "002"})
    assert g.terms["Ann Lee"] == "Trade Minister · quoted 2 times · named in 001"
    assert g.terms["Acme Corp"] == "organisation · named in 001; 002"


def test_only_plain_long_enough_names_of_people_and_organisations():
    g = tooltips.Glossary(_briefing(), {})
    assert set(g.terms) == {"Ann Lee", "Lee", "Acme Corp"}  # not "US" (short), Paris (place), markup


def test_pages_get_the_definitions_of_the_names_they_show():
    g = tooltips.Glossary(_briefing(), {})
    lines = g.for_text("# Quotes\n\nSaid by Ann Lee, not by Acme.\n")
    assert [x.split("]")[0] for x in lines if x] == ["*[Ann Lee", "*[Lee"]
    assert g.for_text("Nobody here.") == []
    # An article page gets the names its article mentions.
    assert g.by_source["002_b"] == ["Acme Corp"]
    assert g.definitions(g.by_source["002_b"]) == ["", "*[Acme Corp]: organisation · named in 001; 002", ""]


def test_one_source_briefings_count_mentions_instead():
    b = _briefing()
    single = Briefing(b.analyses[:1], (), b.quotes, b.entities[:1])
    g = tooltips.Glossary(single, {"001_a": "001"})
    assert g.terms["Ann Lee"] == "Trade Minister · quoted 2 times · 2 mentions"
