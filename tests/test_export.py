"""The export: schema keys, offsets that index the body, deterministic text."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing import assemble, export

ARTICLE = (
    '---\ntitle: "Summit minutes released"\noutlet: Example News\npublished: 2025-08-29\n'
    "url: https://example.com/a\n---\n"
    "The summit took place in Moscow on June 4, 2000.\n"
    "“We ought to work together,” Clinton said on Thursday.\n"
)


def _briefing(tmp_path):
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    return assemble.build([tmp_path])


def test_schema_has_every_section_and_source_fields(tmp_path):
    data = export.to_dict(_briefing(tmp_path))
    assert list(data) == [
        "sources",
        "dates",
        "events",
        "key_events",
        "quotes",
        "entities",
        "agreements",
        "discrepancies",
    ]
    assert data["sources"] == [
        {
            "id": "a",
            "path": str(tmp_path / "a.md").replace("\\", "/"),
            "title": "Summit minutes released",
            "published": "2025-08-29",
            "published_from": "front matter",
            "dateline": None,
            "outlet": "Example News",
            "url": "https://example.com/a",
            "format": "md",
            "language": None,  # two sentences are too few to tell
            "body": ARTICLE.split("---\n", 2)[2],
            "also_published": [],
        }
    ]


def test_a_quote_carries_the_day_it_was_said(tmp_path):
    (quote,) = export.to_dict(_briefing(tmp_path))["quotes"]
    assert quote["date"] == "2025-08-28"  # "Clinton said on Thursday", in a paper of Friday 29 August


def test_offsets_index_the_body_as_read(tmp_path):
    briefing = _briefing(tmp_path)
    body = briefing.analyses[0].article.body
    assert body.startswith("The summit")
    data = export.to_dict(briefing)
    for d in data["dates"]:
        assert body[d["start"] : d["end"]] == d["text"]
    for section in ("events", "key_events", "quotes"):
        for item in data[section]:
            for ref in item["sources"]:
                assert 0 <= ref["start"] < ref["end"] <= len(body)
                assert ref["sentence"].startswith("s")


def test_json_text_is_deterministic(tmp_path):
    first = export.to_json(_briefing(tmp_path))
    second = export.to_json(_briefing(tmp_path))
    assert first == second
    assert json.loads(first)["sources"][0]["id"] == "a"


def test_quote_speaker_is_the_attribution_as_written_and_person_the_resolved_name(tmp_path):
    (tmp_path / "b.txt").write_text(
        "Mayor Bill de Blasio visited the site in the city on a cold morning.\n"
        "“It was intentional,” the mayor said.\n"
        "“We will find them,” he added.\n"
        "A friend of the family said the city was “in shock.”\n",
        encoding="utf-8",
    )
    data = export.to_dict(assemble.build([tmp_path]))
    got = [(q["text"], q["speaker"], q["person"]) for q in data["quotes"]]
    assert got == [
        ("It was intentional,", "the mayor", "Bill de Blasio"),
        ("We will find them,", "Bill de Blasio", "Bill de Blasio"),
        ("in shock.", "A friend of the family", None),
    ]


def test_json_text_is_what_json_dumps_writes(tmp_path):
    briefing = _briefing(tmp_path)
    assert export.to_json(briefing) == json.dumps(export.to_dict(briefing), ensure_ascii=False, indent=1) + "\n"


_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(_VALUES)
def test_dumps_writes_the_text_of_json_dumps(value):
    # Quotes, backslashes, controls, non-ASCII letters and lone surrogates included.
    assert export.dumps(value) == json.dumps(value, ensure_ascii=False, indent=1)


def test_key_events_carry_date_text_weight_and_sources(tmp_path):
    data = export.to_dict(_briefing(tmp_path))
    assert data["key_events"], "the summit is a key event"
    for k in data["key_events"]:
        assert set(k) == {"date", "text", "weight", "sources", "folded"}
        assert isinstance(k["weight"], float) and k["sources"]
    assert any(k["date"] == "2000-06-04" for k in data["key_events"])


def test_a_key_event_several_sources_report_is_an_agreement(tmp_path):
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    other = ARTICLE.replace("Example News", "Other Paper").replace(
        "The summit took place in Moscow on June 4, 2000.", "On June 4, 2000, the summit took place in Moscow."
    )
    (tmp_path / "b.md").write_text(other, encoding="utf-8")
    data = export.to_dict(assemble.build([tmp_path]))
    (summit,) = [k for k in data["key_events"] if k["date"] == "2000-06-04"]
    assert {r["source"] for r in summit["sources"]} == {"a", "b"}
    told = [g["sources"] for g in data["agreements"] if g["kind"] == "key_event"]
    assert summit["sources"] in told
