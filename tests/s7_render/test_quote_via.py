"""A quote card names the outlet that reports a speaker's words."""

from __future__ import annotations

from dataclasses import replace

from briefing.s7_render import quotes as quotes_page


def test_a_quote_reported_by_an_outlet_names_it(briefing):
    reported = replace(briefing.quotes[1], via="Detik.com")
    page = quotes_page.page(replace(briefing, quotes=(briefing.quotes[0], reported)))
    assert "via Detik.com" in page
