"""Redaction: typed, numbered placeholders, consistent per payload, overlaps merged, no raw values left."""

from __future__ import annotations

from classifier.engine import CustosEngine
from classifier.redaction import merge_overlapping, redact
from classifier.types import Classification, Finding, SensitivityLevel


def _classification(*findings: Finding) -> Classification:
    return Classification(level=SensitivityLevel.CONFIDENTIAL, categories=frozenset(), findings=findings)


def test_same_value_same_placeholder_different_value_next_number() -> None:
    text = "Anna met Bob, then Anna called Bob's sister Carla."
    spans = [(0, 4), (9, 12), (19, 23), (31, 34), (44, 49)]
    result = redact(text, _classification(*(Finding("PERSON", s, e, 0.9, "t") for s, e in spans)))
    assert result.text == "<PERSON_1> met <PERSON_2>, then <PERSON_1> called <PERSON_2>'s sister <PERSON_3>."
    assert result.counts == {"PERSON": 5}


def test_numbering_is_per_type() -> None:
    text = "Anna: anna@example.com"
    result = redact(
        text,
        _classification(Finding("PERSON", 0, 4, 0.9, "t"), Finding("EMAIL_ADDRESS", 6, 22, 1.0, "t")),
    )
    assert result.text == "<PERSON_1>: <EMAIL_ADDRESS_1>"
    assert result.counts == {"EMAIL_ADDRESS": 1, "PERSON": 1}


def test_contained_finding_is_merged_into_the_outer_one() -> None:
    findings = [Finding("STREET_ADDRESS", 0, 30, 0.8, "a"), Finding("PERSON", 5, 12, 0.85, "p")]
    assert merge_overlapping(findings) == [Finding("STREET_ADDRESS", 0, 30, 0.85, "a")]


def test_partial_overlap_becomes_the_union() -> None:
    merged = merge_overlapping([Finding("PERSON", 0, 10, 0.9, "p"), Finding("ORGANIZATION", 5, 25, 0.6, "o")])
    assert [(m.start, m.end, m.entity_type) for m in merged] == [(0, 25, "ORGANIZATION")]


def test_no_raw_value_survives(engine: CustosEngine) -> None:
    text = (
        "Dr. Anette Lahtela (anette.lahtela@example.fi, +358 40 1234567) lives at Koskikatu 25, Helsinki. "
        "Her IBAN is FI21 1234 5600 0007 85 and the DB password=Sup3rS3cret!"
    )
    classification = engine.classify(text)
    result = redact(text, classification)
    for raw in ("Lahtela", "anette.lahtela@example.fi", "1234567", "Koskikatu", "FI21", "Sup3rS3cret"):
        assert raw not in result.text, result.text
    assert "<PERSON_1>" in result.text
    assert result.counts["IBAN_CODE"] == 1


def test_text_without_findings_is_unchanged() -> None:
    result = redact("Nothing to see here.", _classification())
    assert result.text == "Nothing to see here."
    assert result.counts == {}


def test_redacting_twice_gives_the_same_result(engine: CustosEngine) -> None:
    text = "Call John Smith on +44 20 7946 0958."
    classification = engine.classify(text)
    assert redact(text, classification) == redact(text, classification)
