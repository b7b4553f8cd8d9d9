"""Events: an article's sentences and dates in, its dated clauses out (`Event`s, one date
each), undated reports placed on the story's own day when the article's date is known.
"""

from briefing.s5_events.dated import find

__all__ = ["find"]
