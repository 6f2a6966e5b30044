"""Findings to level and categories: the documented default mapping and the override file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from classifier.errors import ClassifierConfigError
from classifier.levels import DEFAULT_LEVELS, load_level_mapping
from classifier.types import Category, Finding, SensitivityLevel


def _finding(entity_type: str) -> Finding:
    return Finding(entity_type=entity_type, start=0, end=1, score=0.9, recognizer="test")


@pytest.mark.parametrize(
    ("entity_type", "level", "category"),
    [
        ("PRIVATE_KEY", SensitivityLevel.RESTRICTED, Category.CREDENTIALS),
        ("PASSWORD", SensitivityLevel.RESTRICTED, Category.CREDENTIALS),
        ("HEALTH_DATA", SensitivityLevel.RESTRICTED, Category.SPECIAL_CATEGORY),
        ("TRADE_UNION_MEMBERSHIP", SensitivityLevel.RESTRICTED, Category.SPECIAL_CATEGORY),
        ("CRIMINAL_RECORD", SensitivityLevel.RESTRICTED, Category.CRIMINAL_RECORD),
        ("FR_NIR", SensitivityLevel.RESTRICTED, Category.GOVERNMENT_ID),
        ("US_SSN", SensitivityLevel.RESTRICTED, Category.GOVERNMENT_ID),
        ("IBAN_CODE", SensitivityLevel.CONFIDENTIAL, Category.FINANCIAL),
        ("CREDIT_CARD", SensitivityLevel.CONFIDENTIAL, Category.FINANCIAL),
        ("PERSON", SensitivityLevel.CONFIDENTIAL, Category.PERSONAL_DATA),
        ("STREET_ADDRESS", SensitivityLevel.CONFIDENTIAL, Category.PERSONAL_DATA),
        ("ORGANIZATION", SensitivityLevel.INTERNAL, Category.ORGANISATION),
    ],
)
def test_default_mapping(entity_type: str, level: SensitivityLevel, category: str) -> None:
    assert load_level_mapping().judge([_finding(entity_type)]) == (level, frozenset({category}))


def test_no_findings_is_public() -> None:
    assert load_level_mapping().judge([]) == (SensitivityLevel.PUBLIC, frozenset())


def test_highest_level_wins_and_categories_accumulate() -> None:
    level, categories = load_level_mapping().judge([_finding("ORGANIZATION"), _finding("PERSON"), _finding("JWT")])
    assert level is SensitivityLevel.RESTRICTED
    assert categories == {Category.ORGANISATION, Category.PERSONAL_DATA, Category.CREDENTIALS}


def test_unknown_type_is_never_public() -> None:
    assert load_level_mapping().judge([_finding("SOMETHING_NEW")])[0] is SensitivityLevel.CONFIDENTIAL


def test_every_default_category_is_a_known_category() -> None:
    assert {rule.category for rule in DEFAULT_LEVELS.values()} <= set(Category.ALL)


def test_override_file_replaces_and_adds(tmp_path: Path) -> None:
    path = tmp_path / "levels.json"
    path.write_text(
        json.dumps(
            {
                "IBAN_CODE": {"level": "RESTRICTED", "category": "financial"},
                "EMPLOYEE_ID": {"level": "confidential", "category": "personal_data"},
            }
        )
    )
    mapping = load_level_mapping(str(path))
    assert mapping.judge([_finding("IBAN_CODE")])[0] is SensitivityLevel.RESTRICTED
    assert mapping.rule_for("EMPLOYEE_ID").level is SensitivityLevel.CONFIDENTIAL
    assert mapping.rule_for("PERSON").level is SensitivityLevel.CONFIDENTIAL  # defaults kept


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "cannot be read"),
        ("[]", "expected a JSON object"),
        ('{"X": {"level": "SECRET", "category": "financial"}}', "Unknown sensitivity level"),
        ('{"X": {"level": "PUBLIC", "category": "gossip"}}', "unknown category"),
        ('{"X": {"level": "PUBLIC"}}', "needs 'level' and 'category'"),
    ],
)
def test_bad_override_file_is_a_clear_config_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "levels.json"
    path.write_text(content)
    with pytest.raises(ClassifierConfigError, match=message):
        load_level_mapping(str(path))


def test_missing_override_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ClassifierConfigError, match="CUSTOS_CLASSIFIER_LEVELS"):
        load_level_mapping(str(tmp_path / "missing.json"))
