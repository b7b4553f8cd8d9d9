"""Runs of capitalised words that may be names, and their tokens."""

from __future__ import annotations

from tagging import mentions_of as _mentions

from briefing.s3_names import capitals


def test_offsets_index_the_body():
    text = "The talks in Moscow ended. Vladimir Putin left.\n"
    found = _mentions(text)
    assert [m.text for m in found] == ["Moscow", "Vladimir Putin"]
    assert all(text[m.start : m.end] == m.text for m in found)


def test_particles_and_prefixes_inside_names():
    found = _mentions("Osama bin Laden was sought. Officials said the then-Al-Qaeda leader bin Laden hid.\n")
    people = [m for m in found if m.kind == "person"]
    assert [m.name for m in people] == ["Osama bin Laden", "Osama bin Laden"]
    assert ("Al-Qaeda", "organization") in {(m.text, m.kind) for m in found}


def test_hyphenated_adjective_keeps_place():
    found = {(m.text, m.kind) for m in _mentions("Moscow condemned the 2003 US-led Iraq invasion.\n")}
    assert ("Iraq", "place") in found
    assert ("US", "place") in found


def test_long_capitalised_runs_give_valid_spans():
    # Quadratic work would take minutes here; scripts/stress.py times such inputs.
    for text in ("June " * 4000, "Bill Clinton " * 2000, "Mr. " * 4000):
        assert _mentions(text + "\n") == []  # one run of thousands of words names no one
    # ("the University" alone refers back to one named before; "the Times" is a name)
    assert [(m.text, m.kind) for m in _mentions("of the " * 3000 + "Times\n")] == [("Times", "organization")]
    text = "Bill Clinton met Vladimir Putin in Moscow. " * 2000 + "\n"
    found = _mentions(text)
    assert len(found) == 6000 and {m.name for m in found} == {"Bill Clinton", "Vladimir Putin", "Moscow"}
    assert all(text[m.start : m.end] == m.text for m in found)


def _runs(text: str) -> list[str]:
    return [" ".join(sp.words()) for sp in capitals.spans(text, 0, len(text))]


def test_a_run_ends_at_a_possessive_and_at_the_lower_case_half_of_a_hyphenated_word():
    assert _runs("Yesterday Hillary Clinton’s right-hand woman met US-led forces.") == [
        "Yesterday Hillary Clinton",
        "US",
    ]  # (the opener is peeled off by `kinds`)


def test_particles_and_organisation_connectors_stay_inside_a_run():
    assert _runs("The Bank of England and Osama bin Laden met Secretary of State John Kerry.") == [
        "The Bank of England",
        "Osama bin Laden",
        "Secretary of State John Kerry",
    ]


def test_contractions_are_no_names():
    assert _runs("He said I'll go to New York") == ["New York"]


def test_a_nickname_in_quotation_marks_stays_inside_the_name():
    text = (
        'Rep. Robert C. "Bobby" Scott spoke first. Former boxer Marvin “Marvelous” Hagler '
        "said he was retired. Then “Yes” came the answer.\n"
    )
    people = [m for m in _mentions(text) if m.kind == "person"]
    assert {m.name for m in people} >= {"Robert C. Scott", "Marvin Hagler"}
    assert not {m.name for m in people} & {"Bobby", "Marvelous", "Robert C.", "Hagler"}
    scott = next(m for m in people if m.name == "Robert C. Scott")
    assert text[scott.start : scott.end] == 'Robert C. "Bobby" Scott'
