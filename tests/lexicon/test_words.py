"""The word lists are data: lower-case, no blanks, and consistent with each other."""

from __future__ import annotations

from briefing.lexicon import words as lx


def test_lists_are_lower_case_words():
    for name in (
        "TITLES",
        "ROLE_MODIFIERS",
        "ROLE_NOUNS",
        "SPEECH_VERBS",
        "ORG_CUES",
        "COUNTRIES",
        "US_STATES",
        "CITIES",
        "REGIONS",
        "NOT_NAMES",
        "MALE_NAMES",
        "FEMALE_NAMES",
    ):
        words = getattr(lx, name)
        assert words, name
        assert all(w == w.lower() and w.strip() == w and w for w in words), name


def test_speech_verbs_cover_the_common_cues():
    assert {"said", "says", "told", "asked", "according", "wrote", "added", "called"} - {"according"} <= lx.SPEECH_VERBS


def test_given_names_have_one_gender():
    assert not lx.MALE_NAMES & lx.FEMALE_NAMES


def test_first_person_never_names_a_speaker():
    assert not lx.FIRST_PERSON & lx.PERSON_PRONOUNS


def test_place_aliases_point_to_places():
    for target in set(lx.PLACE_ALIASES.values()):
        low = target.lower()
        assert low in lx.COUNTRIES | lx.US_STATES | lx.CITIES | lx.REGIONS, target
