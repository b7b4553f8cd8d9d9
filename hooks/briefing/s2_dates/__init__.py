"""Dates: an article's body and sentences in, its temporal expressions out, each with a
TIMEX3 type and value (`Timex`), and the article's own date when a dateline gives it; and
whether a date only names something ("a 2000 summit", "the post-9/11 era") rather than tells
when its clause's event happened.
"""

from briefing.s2_dates.expressions import dateline, find
from briefing.s2_dates.naming import names_only

__all__ = ["dateline", "find", "names_only"]
