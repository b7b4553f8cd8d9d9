"""Shared test set-up: the engine lives in hooks/, outside any installed package."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent

# Hypothesis: a short run by default; `HYPOTHESIS_PROFILE=thorough` for the long one.
_SLOW = [HealthCheck.too_slow, HealthCheck.data_too_large]
settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=_SLOW)
settings.register_profile("thorough", max_examples=10_000, deadline=None, suppress_health_check=_SLOW)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium keeps calling out to hosts this machine cannot reach.
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright, one for every browser test of the session."""
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (scripts/test.sh does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


def keep_local(context, base: str, outside: list[str]) -> None:
    """Let a browser context load only what `base` serves (and data: URLs); every other
    request is recorded in `outside` and refused, so a test can assert none was made."""

    def police(route):
        url = route.request.url
        if url.startswith((base, "data:")):
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    context.route("**/*", police)
