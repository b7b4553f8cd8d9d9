"""Dates: an article's body and sentences in, its temporal expressions out, each with a
TIMEX3 type and value (`Timex`), and the article's own date when a dateline gives it.
"""

from briefing.s2_dates.expressions import dateline, find

__all__ = ["dateline", "find"]
