"""The word lists are data: lower-case, no blanks, and consistent with each other."""

from __future__ import annotations

import importlib
import pkgutil

import briefing.lexicon
from briefing import lexicon as lx


def test_every_list_is_defined_once_and_exported():
    seen: dict[str, str] = {}
    for info in pkgutil.iter_modules(briefing.lexicon.__path__):
        module = importlib.import_module(f"briefing.lexicon.{info.name}")
        for name, value in vars(module).items():
            if name.isupper() and isinstance(value, (frozenset, set, dict, tuple)):
                assert name not in seen, f"{name} in {info.name} and {seen[name]}"
                seen[name] = info.name
                assert getattr(lx, name) is value, name
    assert set(seen) == set(lx.__all__)


def test_word_sets_hold_lower_case_words_without_blanks_at_their_ends():
    for name in lx.__all__:
        value = getattr(lx, name)
        if isinstance(value, frozenset) and all(isinstance(w, str) for w in value):
            assert value, name
            assert all(w and w == w.strip() and w == w.lower() for w in value), name


def test_the_main_lists_are_lower_case_words():
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
