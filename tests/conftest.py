"""Shared test set-up: the engine lives in hooks/, outside any installed package."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

# Hypothesis: a short run by default; `HYPOTHESIS_PROFILE=thorough` for the long one.
try:
    import os

    from hypothesis import HealthCheck, settings
except ImportError:  # the property tests skip themselves without Hypothesis
    pass
else:
    _SLOW = [HealthCheck.too_slow, HealthCheck.data_too_large]
    settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=_SLOW)
    settings.register_profile("thorough", max_examples=10_000, deadline=None, suppress_health_check=_SLOW)
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
