"""The story in brief says when each key event happened, and says so when it cannot."""

from __future__ import annotations

import re

from rendering import analysis, ref

from briefing import s7_render as render
from briefing.model import Briefing, KeyEvent


def _whens(values: list[tuple[str, str]]) -> list[str]:
    lines = [f"Line {i} tells what happened." for i in range(len(values))]
    a = analysis("one", lines)
    keys = tuple(
        KeyEvent(value, lines[i], 1.0, (ref(a, i),), expression=said) for i, (value, said) in enumerate(values)
    )
    page = render.pages(Briefing((a,), (), (), (), key_events=keys))["index.md"]
    return re.findall(r'briefing-story__when">(.*?)</span>', page)


def test_a_date_whose_year_is_not_known_does_not_look_like_a_known_date():
    whens = _whens(
        [
            ("2000-06-04", "June 4, 2000"),
            ("XXXX-01", "January"),
            ("XXXX-WXX-4", "Thursday"),
            ("XXXX-XX", "earlier this month"),
            ("XXXX", "earlier this year"),
            ("2025-XX", "one month"),
        ]
    )
    assert whens == [
        "4 June 2000",
        "“January”, year not given",
        "“Thursday”, date not given",
        "“earlier this month”, date not given",
        "“earlier this year”, year not given",
        "a month of 2025",
    ]
