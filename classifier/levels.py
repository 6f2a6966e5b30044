"""From findings to a sensitivity level and categories.

The mapping is data: ``DEFAULT_LEVELS`` below is the documented default
(docs/classifier.md has the table and the reasons). A deployment can override
or extend it with a JSON file named by the ``CUSTOS_CLASSIFIER_LEVELS``
setting::

    {"IBAN_CODE": {"level": "RESTRICTED", "category": "financial"},
     "MY_CUSTOM_ID": {"level": "RESTRICTED", "category": "government_id"}}

Entity types that are in neither (for example a type the LLM second opinion
invents) count as CONFIDENTIAL personal data: unknown is never PUBLIC.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from classifier.errors import ClassifierConfigError
from classifier.types import Category, Finding, SensitivityLevel

_R = SensitivityLevel.RESTRICTED
_C = SensitivityLevel.CONFIDENTIAL
_I = SensitivityLevel.INTERNAL


@dataclass(frozen=True)
class LevelRule:
    """What one entity type means for the sensitivity of a text."""

    level: SensitivityLevel
    category: str


def _rules(level: SensitivityLevel, category: str, *entity_types: str) -> dict[str, LevelRule]:
    return {entity_type: LevelRule(level, category) for entity_type in entity_types}


# Entity type -> (level, category). Reasons, in short:
# - credentials open systems: leaking one is a security incident -> RESTRICTED;
# - GDPR Art. 9 special categories and Art. 10 criminal data need an explicit
#   legal basis to process at all -> RESTRICTED;
# - government ids are lifelong, hard-to-change identifiers used for identity
#   theft -> RESTRICTED;
# - financial identifiers are personal data with fraud potential but can be
#   replaced (cards, accounts), so CONFIDENTIAL like other personal data; a
#   deployment that wants them RESTRICTED overrides the mapping;
# - any other personal data -> CONFIDENTIAL;
# - organisation names alone are business information -> INTERNAL.
DEFAULT_LEVELS: dict[str, LevelRule] = {
    **_rules(
        _R,
        Category.CREDENTIALS,
        "PRIVATE_KEY",
        "AWS_ACCESS_KEY",
        "AWS_SECRET_KEY",
        "GITHUB_TOKEN",
        "OPENAI_API_KEY",
        "SLACK_TOKEN",
        "STRIPE_KEY",
        "GOOGLE_API_KEY",
        "JWT",
        "PASSWORD",
        "API_KEY",
        "AZURE_KEY",
        "GENERIC_SECRET",
    ),
    **_rules(
        _R,
        Category.SPECIAL_CATEGORY,
        "HEALTH_DATA",
        "ETHNIC_ORIGIN",
        "POLITICAL_OPINION",
        "RELIGIOUS_BELIEF",
        "TRADE_UNION_MEMBERSHIP",
        "GENETIC_DATA",
        "BIOMETRIC_DATA",
        "SEX_LIFE_ORIENTATION",
    ),
    **_rules(_R, Category.CRIMINAL_RECORD, "CRIMINAL_RECORD"),
    **_rules(
        _R,
        Category.GOVERNMENT_ID,
        "US_SSN",
        "US_ITIN",
        "US_PASSPORT",
        "US_DRIVER_LICENSE",
        "DRIVER_LICENSE",
        "PASSPORT_NUMBER",
        "UK_NHS",
        "UK_NINO",
        "IT_FISCAL_CODE",
        "ES_NIF",
        "ES_NIE",
        "PL_PESEL",
        "DE_TAX_ID",
        "FR_NIR",
        "NL_BSN",
        "BE_NATIONAL_NUMBER",
        "SE_PERSONNUMMER",
        "FI_HETU",
        "PT_NIF",
        "AT_SVNR",
        "IE_PPSN",
        "DE_ID_CARD",
    ),
    **_rules(_C, Category.FINANCIAL, "IBAN_CODE", "CREDIT_CARD", "US_BANK_NUMBER", "CRYPTO", "EU_VAT_NUMBER"),
    **_rules(
        _C,
        Category.PERSONAL_DATA,
        "PERSON",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "STREET_ADDRESS",
        "POSTAL_CODE",
        "DATE_OF_BIRTH",
        "IP_ADDRESS",
        "MAC_ADDRESS",
    ),
    **_rules(_I, Category.ORGANISATION, "ORGANIZATION"),
}

FALLBACK_RULE = LevelRule(_C, Category.PERSONAL_DATA)


class LevelMapping:
    """Entity types to levels and categories, with the fail-safe fallback for unknown types."""

    def __init__(self, rules: Mapping[str, LevelRule]) -> None:
        self.rules = dict(rules)

    def rule_for(self, entity_type: str) -> LevelRule:
        return self.rules.get(entity_type, FALLBACK_RULE)

    def judge(self, findings: Iterable[Finding]) -> tuple[SensitivityLevel, frozenset[str]]:
        """Level (the highest of the findings; PUBLIC when there are none) and categories."""
        level = SensitivityLevel.PUBLIC
        categories: set[str] = set()
        for finding in findings:
            rule = self.rule_for(finding.entity_type)
            level = max(level, rule.level)
            categories.add(rule.category)
        return level, frozenset(categories)

    def as_data(self) -> dict[str, dict[str, str]]:
        """The mapping in the JSON shape of the override file (for docs and versions)."""
        return {
            entity_type: {"level": rule.level.name, "category": rule.category}
            for entity_type, rule in sorted(self.rules.items())
        }


def parse_overrides(data: object, *, source: str) -> dict[str, LevelRule]:
    """Validate the override file's content; every problem names the file and the entry."""
    if not isinstance(data, dict):
        raise ClassifierConfigError(f"{source}: expected a JSON object of entity type -> {{level, category}}.")
    rules: dict[str, LevelRule] = {}
    for entity_type, entry in data.items():
        if not isinstance(entry, dict) or "level" not in entry or "category" not in entry:
            raise ClassifierConfigError(f"{source}: entry {entity_type!r} needs 'level' and 'category'.")
        try:
            level = SensitivityLevel.parse(str(entry["level"]))
        except ValueError as exc:
            raise ClassifierConfigError(f"{source}: entry {entity_type!r}: {exc}") from None
        category = str(entry["category"])
        if category not in Category.ALL:
            raise ClassifierConfigError(
                f"{source}: entry {entity_type!r}: unknown category {category!r}; use one of {', '.join(Category.ALL)}."
            )
        rules[str(entity_type)] = LevelRule(level, category)
    return rules


def load_level_mapping(override_path: str | None = None) -> LevelMapping:
    """The default mapping, with the entries of ``override_path`` (JSON) replacing or adding types."""
    rules = dict(DEFAULT_LEVELS)
    if override_path:
        path = Path(override_path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ClassifierConfigError(f"CUSTOS_CLASSIFIER_LEVELS={override_path!r} cannot be read: {exc}") from exc
        rules.update(parse_overrides(data, source=str(path)))
    return LevelMapping(rules)
