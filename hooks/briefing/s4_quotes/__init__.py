"""Quotes: an article's body, sentences and names in, its direct quotations out (`Quote`s),
each with the cue and the speaker its attribution names, pronouns and role nouns resolved.
"""

from briefing.s4_quotes.quotations import find

__all__ = ["find"]
