"""Spellings of one name: legal forms, nicknames, transliterations and slips."""

from __future__ import annotations

from briefing.s3_names import variants


def test_org_bases():
    assert variants.org_bases("Ford Motor Company") == ["ford motor", "ford"]
    assert variants.org_bases("Chrysler LLC") == ["chrysler"]
    assert variants.org_bases("U.S. Senate") == ["senate"]
    assert variants.org_bases("General Motors") == []  # "General" is no name alone
    assert variants.org_bases("Boeing Commercial Airplanes") == []


def test_name_keys():
    assert "general motor" in variants.name_keys("organization", "General Motors")
    assert variants.name_keys("place", "Changi International Airport")[-1] == "changi"
    assert variants.name_keys("place", "Paris") == ["paris"]


def test_nicknames_and_transliterations_of_given_names():
    assert variants.same_given("Tom", "Thomas")
    assert variants.same_given("Muammar", "Moammar")
    assert not variants.same_given("Mark", "Mary")
    assert not variants.same_given("Tim", "Tom")


def test_transliterations_of_a_surname():
    spellings = ["Gaddafi", "Qaddafi", "Kadhafi", "Gadhafi"]
    assert len({variants.consonants(s) for s in spellings}) == 1
    assert variants.same_surname("Gaddafi", "Qaddafi")
    assert not variants.same_surname("McLenney", "McClellan")
    assert not variants.same_surname("Kerry", "Gorra")  # short names must be equal


def test_same_person():
    assert variants.same_person(("Tom", "Enders"), ("Thomas", "Enders"))
    assert variants.same_person(("Muammar", "Gaddafi"), ("Moammar", "Gadhafi"))
    assert not variants.same_person(("Tom", "Brady"), ("Tim", "Brady"))
    assert not variants.same_person(("George", "H.W.", "Bush"), ("George", "W.", "Bush"))


def test_slips():
    assert variants.transposed("chrylser", "chrysler")
    assert not variants.transposed("chrysler", "chrysler")
    assert variants.slips(["Chrysler", "Boeing", "Chrylser"]) == [("Chrysler", "Chrylser")]
    assert variants.same_single("Clements", "Clement")
    assert variants.same_single("DesRoiser", "DesRosier")
    assert not variants.same_single("Smyth", "Smith")


def test_short_forms():
    assert variants.short_forms(["Northrop Grumman", "Northrop"]) == [("Northrop", "Northrop Grumman")]
    assert variants.short_forms(["Zelco Australia", "Zelco"]) == []  # a branch in a place
    assert variants.short_forms(["Zelco Bank", "Zelco"]) == []  # a generic word
    assert variants.short_forms(["Zelco One", "Zelco Two", "Zelco"]) == []  # two names open with it
