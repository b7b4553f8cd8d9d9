"""Events: an article's sentences and dates in, its dated clauses out (`Event`s, one date
each), undated reports placed on the story's own day when the article's date is known; and
the day each quotation was said.
"""

from briefing.s5_events.dated import find
from briefing.s5_events.quoted import said_on

__all__ = ["find", "said_on"]
