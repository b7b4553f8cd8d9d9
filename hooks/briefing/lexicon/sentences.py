"""Abbreviations that end with a period inside a sentence, and the words that may open one."""

from __future__ import annotations

# Words after which a period almost never ends a sentence.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sen rep gov gen lt col sgt capt cmdr adm maj rev hon pres atty supt det
    insp st mt ft no nos vs v cf approx est fig e.g i.e etc.,
    """.split()
)

# Abbreviations that do end sentences when a typical sentence opener follows.
SOMETIMES_FINAL = frozenset(
    """
    inc corp co ltd llc plc bros jr sr etc u.s u.k u.n d.c a.m p.m e.u l.a n.y
    """.split()
)

SENTENCE_OPENERS = frozenset(
    """
    the a an he she it they we i you in on at but and this that these those its his her their
    there as for if when while after before since mr ms mrs dr however meanwhile still yet so
    some many most one two no what why how
    """.split()
)
