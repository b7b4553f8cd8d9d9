"""Names of people, organisations and places, their roles, and aliases folded."""

from __future__ import annotations


from briefing import entities, sentences
from briefing.load import parse
from briefing.model import Analysis


def _article(text: str, ident: str = "a"):
    article, _ = parse(text.encode(), ident, ident + ".txt", markdown=False)
    return article


def _mentions(text: str):
    article = _article(text)
    return entities.find(article.body, sentences.split(article))


def _analysis(text: str, ident: str) -> Analysis:
    article = _article(text, ident)
    sents = sentences.split(article)
    return Analysis(article, sents, (), tuple(entities.find(article.body, sents)), (), ())


def test_title_becomes_role_not_name():
    found = _mentions("Former US President Bill Clinton met with Russian Foreign Minister Sergey Lavrov "
                      "in the capital on a cold and rainy day.\n"
                      "Clinton spoke first.\n")
    people = {m.text: m for m in found if m.kind == "person"}
    assert people["Bill Clinton"].role == "Former US President"
    assert people["Sergey Lavrov"].role == "Russian Foreign Minister"
    assert people["Clinton"].name == "Bill Clinton"


def test_offsets_index_the_body():
    text = "The talks in Moscow ended. Vladimir Putin left.\n"
    for m in _mentions(text):
        assert text[m.start:m.end] == m.text


def test_cue_words_and_gazetteer():
    found = {(m.text, m.kind) for m in _mentions(
        "The records were released by the National Security Archive at George Washington "
        "University after talks on NATO in Moscow and the North Caucasus.\n")}
    assert ("National Security Archive", "organization") in found
    assert ("George Washington University", "organization") in found
    assert ("NATO", "organization") in found
    assert ("Moscow", "place") in found
    assert ("North Caucasus", "place") in found


def test_sentence_openers_and_adjectives_are_not_names():
    found = {m.text for m in _mentions(
        "Earlier this year, officials met. Islamist groups grew earlier than expected.\n"
        "Declassified papers were declassified again.\n")}
    assert not found & {"Earlier", "Islamist", "Declassified"}


def test_particles_and_prefixes_inside_names():
    found = _mentions("Osama bin Laden was sought. Officials said the then-Al-Qaeda leader bin Laden hid.\n")
    people = [m for m in found if m.kind == "person"]
    assert [m.name for m in people] == ["Osama bin Laden", "Osama bin Laden"]
    assert ("Al-Qaeda", "organization") in {(m.text, m.kind) for m in found}


def test_hyphenated_adjective_keeps_place():
    found = {(m.text, m.kind) for m in _mentions("Moscow condemned the 2003 US-led Iraq invasion.\n")}
    assert ("Iraq", "place") in found
    assert ("US", "place") in found


def test_headline_only_reuses_names_from_the_body():
    found = _mentions("Voters Worried About Pat Caddell Health Claims\n\n"
                      "Longtime pollster Pat Caddell spoke on Thursday.\n")
    assert {m.text for m in found} == {"Pat Caddell"}


def test_fold_across_articles():
    a = _analysis("Former US President Bill Clinton met Usama bin Laden's foes. Clinton left.\n", "a")
    b = _analysis("Bill Clinton spoke of Osama bin Laden in Moscow. Putin, Vladimir Putin and Clinton met.\n", "b")
    folded = entities.fold([a, b])
    people = {e.name: e for e in folded if e.kind == "person"}
    assert set(people) == {"Bill Clinton", "Osama bin Laden", "Vladimir Putin"} or \
        set(people) == {"Bill Clinton", "Usama bin Laden", "Vladimir Putin"}
    clinton = people["Bill Clinton"]
    assert clinton.role == "Former US President"
    assert len(clinton.mentions) == 4
    assert {r.source for r in clinton.mentions} == {"a", "b"}
    laden = [e for e in folded if "bin Laden" in e.name][0]
    assert {"Osama bin Laden", "Usama bin Laden"} <= set(laden.aliases) | {laden.name}
    assert folded[0].kind == "person" and folded[-1].kind == "place"


def test_same_surname_different_people_stay_apart():
    a = _analysis("Hillary Clinton and Bill Clinton spoke. Clinton then left.\n", "a")
    names = {e.name for e in entities.fold([a]) if e.kind == "person"}
    assert names == {"Hillary Clinton", "Bill Clinton"}


def test_fold_is_deterministic():
    a = _analysis("Vladimir Putin met Donald Trump in Alaska. Trump and Putin spoke.\n", "a")
    assert entities.fold([a]) == entities.fold([a])


def test_alias_follows_gender_and_title():
    found = _mentions("President Barack Obama and his wife, Michelle Obama, spoke at the dinner.\n"
                      "Later Mr. Obama left the room while the crowd cheered loudly.\n")
    obama = [m for m in found if m.text == "Obama"]
    assert obama and obama[0].name == "Barack Obama"


def test_unknown_names_need_evidence():
    found = {(m.text, m.kind) for m in _mentions(
        "Rucker Culpepper, who runs the effort, spoke at length on Monday in the city.\n"
        "The crowd wore Sleeping Weazel shirts at the bar for an hour on Monday.\n")}
    assert ("Rucker Culpepper", "person") in found
    assert not any(t == "Sleeping Weazel" for t, _ in found)


def test_acronym_makes_an_organisation():
    found = {(m.text, m.kind) for m in _mentions("He appeared on RT America and USA TODAY printed it.\n")}
    assert ("RT America", "organization") in found


def test_surname_folds_into_the_most_mentioned_full_name():
    a = _analysis("Barack Obama spoke on Monday. Obama left. Obama returned later.\n", "a")
    b = _analysis("Michelle Obama spoke on Tuesday at a dinner in the city.\n", "b")
    c = _analysis("Obama said on Wednesday that he would not run again for anything.\n", "c")
    people = {e.name: e for e in entities.fold([a, b, c]) if e.kind == "person"}
    assert set(people) == {"Barack Obama", "Michelle Obama"}
    assert {r.source for r in people["Barack Obama"].mentions} == {"a", "c"}


def test_company_saying_something_stays_a_company():
    found = {(m.text, m.kind) for m in _mentions(
        "Boeing said on Monday that the Boeing 777 order was safe for the rest of the year.\n")}
    assert ("Boeing", "organization") in found


def test_titles_without_a_name_are_not_people():
    found = {m.text for m in _mentions(
        "The Assistant Secretary met the Airbus President, and Chief Executive Dermot Mannion "
        "talked with Mr. King and Charlie King on the same day in the city.\n")}
    assert "Assistant Secretary" not in found and "Airbus President" not in found
    assert {"Dermot Mannion", "King", "Charlie King"} <= found


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


def test_long_capitalised_runs_give_valid_spans():
    # Quadratic work would take minutes here; scripts/stress.py times such inputs.
    for text in ("June " * 4000, "Bill Clinton " * 2000, "Mr. " * 4000, "of the " * 3000 + "University"):
        for m in _mentions(text + "\n"):
            assert (text + "\n")[m.start:m.end] == m.text


def test_a_role_noun_that_names_a_quoted_speaker_is_an_alias():
    from briefing import quotes

    article = _article("Russian President Vladimir Putin met the envoy.\n"
                       "The Russian president said a “common front” was needed.\n", "a")
    sents = sentences.split(article)
    mentions = tuple(entities.find(article.body, sents))
    said = tuple(quotes.find(article.body, sents, mentions))
    assert [q.speaker for q in said] == ["Vladimir Putin"]
    (putin,) = [e for e in entities.fold([Analysis(article, sents, (), mentions, said, ())]) if e.kind == "person"]
    assert "the Russian president" in putin.aliases


def test_a_signature_name_ends_its_line_whatever_ends_the_line():
    # A file from an old Mac ends lines with \r alone; Unicode has its own line separator.
    for end in ("\n", "\r\n", "\r", "\u2028"):
        text = f"Readers wrote to us about the debate last night.{end}“He is a bully.” ― Quinlan{end}It went on.{end}"
        assert [(m.name, m.kind) for m in _mentions(text)] == [("Quinlan", "person")], repr(end)


def test_a_short_form_of_the_other_gender_is_not_aliased_to_the_only_full_name():
    text = ("The campaign went on in the city for a week in the spring.\n"
            "President Obama spoke first. Mr. Obama said the vote mattered.\n"
            "He was joined by the first lady, Michelle Obama, on the stage.\n")
    article, _ = parse(text.encode(), "a", "a.txt", markdown=False)
    found = entities.find(article.body, sentences.split(article))
    names = {(m.text, m.name) for m in found if m.kind == "person"}
    assert ("Obama", "Obama") in names and ("Michelle Obama", "Michelle Obama") in names
    assert ("Obama", "Michelle Obama") not in names
