"""Names found in an article and folded across articles into entities."""

from __future__ import annotations

from tagging import article_of as _article
from tagging import mentions_of as _mentions

from briefing.model import Analysis, QuoteItem, Ref
from briefing.s1_read import sentences
from briefing.s3_names import entities


def _analysis(text: str, ident: str) -> Analysis:
    article = _article(text, ident)
    sents = sentences.split(article)
    return Analysis(article, sents, (), tuple(entities.find(article.body, sents)), (), ())


def test_headline_only_reuses_names_from_the_body():
    found = _mentions(
        "Voters Worried About Pat Caddell Health Claims\n\nLongtime pollster Pat Caddell spoke on Thursday.\n"
    )
    assert {m.text for m in found} == {"Pat Caddell"}


def test_fold_across_articles():
    a = _analysis("Former US President Bill Clinton met Usama bin Laden's foes. Clinton left.\n", "a")
    b = _analysis("Bill Clinton spoke of Osama bin Laden in Moscow. Putin, Vladimir Putin and Clinton met.\n", "b")
    folded = entities.fold([a, b])
    people = {e.name: e for e in folded if e.kind == "person"}
    assert set(people) == {"Bill Clinton", "Osama bin Laden", "Vladimir Putin"} or set(people) == {
        "Bill Clinton",
        "Usama bin Laden",
        "Vladimir Putin",
    }
    clinton = people["Bill Clinton"]
    assert clinton.role == "Former US President"
    assert len(clinton.mentions) == 4
    assert {r.source for r in clinton.mentions} == {"a", "b"}
    laden = next(e for e in folded if "bin Laden" in e.name)
    assert {"Osama bin Laden", "Usama bin Laden"} <= set(laden.aliases) | {laden.name}
    assert folded[0].kind == "person" and folded[-1].kind == "place"


def test_same_surname_different_people_stay_apart():
    a = _analysis("Hillary Clinton and Bill Clinton spoke. Clinton then left.\n", "a")
    names = {e.name for e in entities.fold([a]) if e.kind == "person"}
    assert names == {"Hillary Clinton", "Bill Clinton"}


def test_fold_is_deterministic():
    a = _analysis("Vladimir Putin met Donald Trump in Alaska. Trump and Putin spoke.\n", "a")
    assert entities.fold([a]) == entities.fold([a])


def test_surname_folds_into_the_most_mentioned_full_name():
    a = _analysis("Barack Obama spoke on Monday. Obama left. Obama returned later.\n", "a")
    b = _analysis("Michelle Obama spoke on Tuesday at a dinner in the city.\n", "b")
    c = _analysis("Obama said on Wednesday that he would not run again for anything.\n", "c")
    people = {e.name: e for e in entities.fold([a, b, c]) if e.kind == "person"}
    assert set(people) == {"Barack Obama", "Michelle Obama"}
    assert {r.source for r in people["Barack Obama"].mentions} == {"a", "c"}


def test_kind_follows_most_mentions_across_articles():
    a = _analysis("Airbus said the order was safe for the rest of the year, officials said.\n", "a")
    b = _analysis("The Airbus A380 flew and Airbus Industrie said so on a cold Monday.\n", "b")
    kinds = {e.name: e.kind for e in entities.fold([a, b])}
    assert kinds.get("Airbus") in (None, "organization")


def test_acronym_folds_into_its_organisation():
    a = _analysis("The National Rifle Association met on a cold Monday in the city.\n", "a")
    b = _analysis("The NRA said on Tuesday that it would not comment on the plan.\n", "b")
    orgs = [e for e in entities.fold([a, b]) if e.kind == "organization"]
    assert [(e.name, len(e.mentions)) for e in orgs] == [("National Rifle Association", 2)]


def test_a_role_noun_that_names_a_quoted_speaker_is_an_alias():
    from briefing.s4_quotes import quotations as quotes

    article = _article(
        "Russian President Vladimir Putin met the envoy.\nThe Russian president said a “common front” was needed.\n",
        "a",
    )
    sents = sentences.split(article)
    mentions = tuple(entities.find(article.body, sents))
    said = tuple(quotes.find(article.body, sents, mentions))
    assert [q.speaker for q in said] == ["Vladimir Putin"]
    (putin,) = [e for e in entities.fold([Analysis(article, sents, (), mentions, said, ())]) if e.kind == "person"]
    assert "the Russian president" in putin.aliases


def test_quotations_are_given_to_the_entity_their_speaker_was_folded_into():
    a = _analysis("Barack Obama spoke on Monday. Obama left. Obama returned later.\n", "a")
    c = _analysis("Obama said on Wednesday that he would not run again for anything.\n", "c")
    folded = entities.fold([a, c])
    items = [
        QuoteItem("not run again", "Obama", (Ref("c", 0, 5, 0),)),
        QuoteItem("contained", None, (Ref("c", 0, 5, 0),), attribution="Obama"),
        QuoteItem("no comment", None, (Ref("c", 0, 5, 0),), attribution="the president"),
        QuoteItem("we agree", "Barack Obama", (Ref("a", 0, 5, 0),)),
    ]
    got = entities.speakers_folded(items, folded)
    assert [q.speaker for q in got] == ["Barack Obama", "Barack Obama", None, "Barack Obama"]
    assert got[2] is items[2] and got[3] is items[3]  # nothing to change: the same item


def _orgs(*texts: str) -> list[tuple[str, int]]:
    analyses = [_analysis(t, f"a{i}") for i, t in enumerate(texts)]
    return sorted((e.name, len(e.mentions)) for e in entities.fold(analyses) if e.kind == "organization")


def test_a_legal_form_and_a_trade_word_fold_into_the_company():
    found = _orgs(
        "Zelco Motor Company said on Monday that sales fell.\n",
        "Analysts expect Zelco LLC to cut jobs, and Zelco Motors Co. agreed.\n",
    )
    assert len(found) == 1 and found[0][1] == 3


def test_an_acronym_in_brackets_names_the_organisation():
    found = _orgs(
        "Plenum Transit Authority (PTRA) said fares rise. Later PTRA said so again.\n",
        "The PTRA board met on Tuesday in the hall.\n",
    )
    assert found == [("Plenum Transit Authority", 4)]


def test_a_name_sharing_a_word_in_brackets_is_an_alias():
    found = _orgs("It was made by the carmaker Daimler-Benz (Mercedes-Benz) and shipped.\n")
    assert found == [("Daimler-Benz", 2)]


def test_a_nickname_and_a_transliteration_fold():
    a = _analysis("Airline chief Tom Enders spoke. Muammar Gaddafi said he listened.\n", "a")
    b = _analysis("Thomas Enders and Moammar Gadhafi, the leader, met on Monday in the city.\n", "b")
    people = sorted(e.name for e in entities.fold([a, b]) if e.kind == "person")
    assert len(people) == 2


def test_a_role_noun_alias_only_where_the_role_ties_it():
    from briefing.model import Quote

    article = _article("Governor Ann Pell spoke on Monday. The Indiana senator said “no” to it.\n", "a")
    sents = sentences.split(article)
    mentions = tuple(entities.find(article.body, sents))
    start = article.body.index("The Indiana senator")
    said = Quote(article.body.index("no"), article.body.index("no") + 2, 1, "Ann Pell", start, start + 19)
    (pell,) = [e for e in entities.fold([Analysis(article, sents, (), mentions, (said,), ())]) if e.kind == "person"]
    assert not any("senator" in a for a in pell.aliases)
