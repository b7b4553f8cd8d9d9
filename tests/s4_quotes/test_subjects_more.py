"""More of who the subject of the verb is: a capitalised "Will" is a name, the agent of a
passive that names the words, the subject of an infinitive or of a participle after "with"."""

from __future__ import annotations

from attributions import speakers_of as _speakers
from attributions import wordings_of as _wordings


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(t, w) for t, _, w in _wordings(text)]


def test_a_capitalised_will_inside_a_sentence_is_a_name():
    got = _said("The column ran on Friday.\n\nThe columnist George Will wrote it.\n\n“It is over,” Will wrote.\n")
    assert got == [("It is over,", "Will")]


def test_the_agent_of_a_passive_that_names_the_words():
    got = _said(
        "The hearing ended on Monday.\n\n"
        "The inquiry, often labeled as a “witch hunt” by Democrats, went on for two years.\n\n"
        "The party is running a candidate, an option seen by organizers as a “lifeboat” for voters.\n"
    )
    assert got == [("witch hunt", "Democrats"), ("lifeboat", "organizers")]


def test_an_infinitive_takes_the_subject_of_its_clause():
    got = _wordings(
        "Bernie Sanders spoke at the debate on Monday.\n\n"
        "Bernie Sanders used this question to demand that wealthy Americans “pay their fair share.”\n"
    )
    assert got[0][1] == "Bernie Sanders"


def test_a_participle_after_with_takes_the_phrase_between():
    got = _wordings(
        "The campaign denied it on Monday.\n\n"
        "Corey Lewandowski denied it, with Corey Lewandowski taking to Twitter to call the reporter “totally delusional.”\n"
    )
    assert got[0][1] == "Corey Lewandowski"


def test_a_quote_signed_in_the_next_paragraph():
    got = _said(
        "The fact-checker looked at the debate.\n\n"
        "“Americans are worried about the economy.”\n\n"
        "- Bernie Sanders.\n\n"
        "The senator is relying on an outdated figure.\n"
    )
    assert got == [("Americans are worried about the economy.", "Bernie Sanders")]


def test_a_relative_clause_before_the_cue_describes_its_subject():
    got = _speakers(
        "Amanda Bloggs and Ed Smith met the press at noon.\n"
        "Of Smith, Bloggs, who has given money to his rival, said, “He is scary.”\n"
    )
    assert got == [("He is scary.", "Amanda Bloggs", "Bloggs")]


def test_a_role_keeps_the_place_or_body_it_is_from():
    got = _speakers("The vote was held on Monday.\nThe senator from Vermont said the system was “corrupt.”\n")
    assert got == [("corrupt.", None, "The senator from Vermont")]
    got = _speakers(
        "The vote was held on Monday.\n“They said no,” said a university professor from the University of Michigan.\n"
    )
    assert got == [("They said no,", None, "a university professor from the University of Michigan")]
