"""What the classifier returns. Shared by the engine, the vLLM second opinion,
redaction, the pre-flight decision and the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum


class SensitivityLevel(IntEnum):
    """Ordered: a higher value is more sensitive. Compare with max(), never lower a level."""

    PUBLIC = 0
    INTERNAL = 1
    CONFIDENTIAL = 2
    RESTRICTED = 3

    @classmethod
    def parse(cls, name: str) -> SensitivityLevel:
        try:
            return cls[name.upper()]
        except KeyError:
            raise ValueError(
                f"Unknown sensitivity level {name!r}; use one of {', '.join(m.name for m in cls)}."
            ) from None


class Category:
    """Category names used in classifications and in the residency policy."""

    PERSONAL_DATA = "personal_data"
    SPECIAL_CATEGORY = "special_category"
    CRIMINAL_RECORD = "criminal_record"
    GOVERNMENT_ID = "government_id"
    FINANCIAL = "financial"
    CREDENTIALS = "credentials"
    ORGANISATION = "organisation"

    ALL = (PERSONAL_DATA, SPECIAL_CATEGORY, CRIMINAL_RECORD, GOVERNMENT_ID, FINANCIAL, CREDENTIALS, ORGANISATION)


@dataclass(frozen=True)
class Finding:
    """One detected entity: where it is and who found it. Never the value itself."""

    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str


@dataclass(frozen=True)
class Classification:
    """The sensitivity judgement of one text."""

    level: SensitivityLevel
    categories: frozenset[str]
    findings: tuple[Finding, ...]
    versions: dict[str, str] = field(default_factory=dict)
    # The text's language as analysed: given by the caller or identified ("en", "de", ...).
    language: str = ""
    llm_used: bool = False
    llm_rationale: str = ""

    def entity_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for finding in self.findings:
            counts[finding.entity_type] = counts.get(finding.entity_type, 0) + 1
        return dict(sorted(counts.items()))
