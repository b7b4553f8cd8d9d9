"""A person's own role, and the descriptions the articles tie to them."""

from __future__ import annotations

from briefing.s3_names import roles


def test_is_role():
    assert roles.is_role("Former Secretary of State")
    assert roles.is_role("Rival")  # a role noun
    assert not roles.is_role("Under Mrs.")
    assert not roles.is_role("State")
    assert not roles.is_role(None)


def test_a_role_given_with_the_full_name_wins():
    given = [
        ("Clinton", "President"),
        ("Clinton", "President"),
        ("Clinton", "President"),
        ("Hillary Clinton", "Former Secretary of State"),
    ]
    assert roles.own_role(given) == "Former Secretary of State"
    assert roles.own_role([("Clinton", "President")]) == "President"
    assert roles.own_role([("Clinton", "Under Mrs.")]) is None


def test_descriptions_tied_by_the_role():
    assert roles.tied("the Russian president", ["Russian President"])
    assert roles.tied("the Russian leader", ["Russian President"])
    assert roles.tied("the former secretary of state", ["former Secretary of State"])
    assert roles.tied("the senator", ["Sen."])
    assert not roles.tied("the Indiana governor", ["President"])
    assert not roles.tied("the band leader", ["former US President"])
    assert not roles.tied("the New Jersey governor", ["Ohio Gov."])
    assert not roles.tied("the president", [])


def test_a_style_before_the_name_is_not_part_of_the_role():
    assert roles.own_role([("John Hale", "Vellco Chairman Sir")]) == "Vellco Chairman"
    assert roles.own_role([("Ana Ruiz", "Dr.")]) == "Dr."
