"""Short forms read as the fullest name of one article, by gender, title and evidence."""

from __future__ import annotations

from tagging import mentions_of as _mentions

from briefing.s1_read import sentences
from briefing.s1_read.load import parse
from briefing.s3_names import entities, fullnames


def test_alias_follows_gender_and_title():
    found = _mentions(
        "President Barack Obama and his wife, Michelle Obama, spoke at the dinner.\n"
        "Later Mr. Obama left the room while the crowd cheered loudly.\n"
    )
    obama = [m for m in found if m.text == "Obama"]
    assert obama and obama[0].name == "Barack Obama"


def test_unknown_names_need_evidence():
    found = {
        (m.text, m.kind)
        for m in _mentions(
            "Rucker Culpepper, who runs the effort, spoke at length on Monday in the city.\n"
            "The crowd wore Sleeping Weazel shirts at the bar for an hour on Monday.\n"
        )
    }
    assert ("Rucker Culpepper", "person") in found
    assert not any(t == "Sleeping Weazel" for t, _ in found)


def test_company_saying_something_stays_a_company():
    found = {
        (m.text, m.kind)
        for m in _mentions("Boeing said on Monday that the Boeing 777 order was safe for the rest of the year.\n")
    }
    assert ("Boeing", "organization") in found


def test_a_short_form_of_the_other_gender_is_not_aliased_to_the_only_full_name():
    text = (
        "The campaign went on in the city for a week in the spring.\n"
        "President Obama spoke first. Mr. Obama said the vote mattered.\n"
        "He was joined by the first lady, Michelle Obama, on the stage.\n"
    )
    article, _ = parse(text.encode(), "a", "a.txt", markdown=False)
    found = entities.find(article.body, sentences.split(article))
    names = {(m.text, m.name) for m in found if m.kind == "person"}
    assert ("Obama", "Obama") in names and ("Michelle Obama", "Michelle Obama") in names
    assert ("Obama", "Michelle Obama") not in names


def test_same_full_name_by_given_name_particle_tail_or_one_letter():
    assert fullnames.same_full(("Paul", "D.", "Ryan"), ("Paul", "Ryan"))
    assert fullnames.same_full(("Osama", "bin", "Laden"), ("Usama", "bin", "Laden"))
    assert fullnames.same_full(("Osama", "bin", "Laden"), ("bin", "Laden"))
    assert not fullnames.same_full(("Mark", "Smith"), ("Mary", "Smith"))


def test_role_words_spell_each_title_one_way():
    assert fullnames.role_words("Former Sen.") == fullnames.role_words("Senator") == {"senator"}
    assert fullnames.role_words("Rep. and Congresswoman") == {"representative"}
    assert fullnames.role_words(None) == set()


def test_two_different_middle_names_are_two_people():
    assert not fullnames.same_full(("George", "H.W.", "Bush"), ("George", "W.", "Bush"))
    assert fullnames.same_full(("George", "Herbert", "Walker", "Bush"), ("George", "H.W.", "Bush"))
    assert fullnames.same_full(("John", "F.", "Kerry"), ("John", "Forbes", "Kerry"))
    assert fullnames.same_full(("John", "F.", "Kerry"), ("John", "Kerry"))  # one gives none
