"""The hand-built briefing most renderer tests draw: two sources, three timeline items, two
quotes, two entities and a background."""

from __future__ import annotations

from datetime import date

import pytest
from rendering import analysis, ref

from briefing.model import Background, Briefing, Entity, Figure, QuoteItem, TimelineItem


@pytest.fixture
def briefing() -> Briefing:
    one = analysis(
        "one",
        [
            "The summit opened on June 4, 2000.",
            "Putin said “we agree” at the Kremlin.",
            "On Thursday the records were released.",
        ],
        published=date(2025, 6, 12),
        outlet="Wire",
    )
    two = analysis(
        "two words",
        ["In June 2000 the leaders met.", "“No comment,” an aide said."],
        title="The leaders met in June",
        title_from="dek",
    )
    q1 = QuoteItem("we agree", "Vladimir Putin", (ref(one, 1),), "said")
    q2 = QuoteItem("No comment,", None, (ref(two, 1),), "said")
    return Briefing(
        analyses=(one, two),
        timeline=(
            TimelineItem("XXXX-WXX-4", "On Thursday the records were released.", (ref(one, 2),), "On Thursday"),
            TimelineItem("2000-06-04", "The summit opened on June 4, 2000.", (ref(one, 0),), "on June 4, 2000"),
            TimelineItem("2000-06", "In June 2000 the leaders met.", (ref(two, 0),), "In June 2000"),
        ),
        quotes=(q2, q1),
        entities=(
            Entity("Vladimir Putin", "person", ("Putin",), "Russian President", (ref(one, 1),)),
            Entity("Kremlin", "place", (), None, (ref(one, 1),)),
        ),
        background=Background(
            (TimelineItem("2000-06", "In June 2000 the leaders met.", (ref(two, 0),), "In June 2000"),),
            (Figure("two", "leaders", (ref(two, 0),)),),
        ),
    )
