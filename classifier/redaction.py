"""Redaction: every finding becomes a typed placeholder, numbered per payload.

``"Mail John at john@x.eu, John!"`` -> ``"Mail <PERSON_1> at <EMAIL_ADDRESS_1>, <PERSON_1>!"``:
the same value always gets the same placeholder within one payload, so a model
can still follow who is who. Overlapping findings are merged first (the outer
span wins; a partial overlap becomes the union, typed after the stronger
finding) so no fragment of a value survives. Neither values nor the
value-to-placeholder map are logged or returned.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

from classifier.types import Classification, Finding

_anonymizer = AnonymizerEngine()


@dataclass(frozen=True)
class Replacement:
    """One replaced span: offsets into the ORIGINAL text and the placeholder (without brackets) put there.

    Offsets only, never the value: a caller that holds the original text (the gateway, a client SDK) can
    restore the placeholders in a model's answer; nothing else learns what was replaced.
    """

    start: int
    end: int
    placeholder: str


@dataclass(frozen=True)
class RedactionResult:
    """Redacted text, how many spans of each entity type were replaced, and where (in text order)."""

    text: str
    counts: dict[str, int] = field(default_factory=dict)
    replacements: tuple[Replacement, ...] = ()


def merge_overlapping(findings: tuple[Finding, ...] | list[Finding]) -> list[Finding]:
    """Non-overlapping spans covering every finding; each typed after its longest, then highest-scoring, part."""
    merged: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.start, -(f.end - f.start), -f.score)):
        if merged and finding.start < merged[-1].end:
            last = merged[-1]
            stronger = max((last, finding), key=lambda f: (f.end - f.start, f.score))
            merged[-1] = Finding(
                entity_type=stronger.entity_type,
                start=last.start,
                end=max(last.end, finding.end),
                score=max(last.score, finding.score),
                recognizer=stronger.recognizer,
            )
        else:
            merged.append(finding)
    return merged


def _normalise(value: str) -> str:
    # "John Smith" and "john  smith" are the same person for numbering purposes.
    return " ".join(value.split()).casefold()


def redact(text: str, classification: Classification) -> RedactionResult:
    """Replace the findings of ``classification`` (computed on this same ``text``) with placeholders."""
    spans = [f for f in merge_overlapping(classification.findings) if 0 <= f.start < f.end <= len(text)]
    if not spans:
        return RedactionResult(text=text, counts={})
    numbers: dict[tuple[str, str], int] = {}
    per_type: Counter[str] = Counter()
    analyzer_results = []
    operators = {}
    replacements = []
    for span in spans:
        key = (span.entity_type, _normalise(text[span.start : span.end]))
        if key not in numbers:
            per_type[span.entity_type] += 1
            numbers[key] = per_type[span.entity_type]
        placeholder = f"{span.entity_type}_{numbers[key]}"
        replacements.append(Replacement(start=span.start, end=span.end, placeholder=placeholder))
        analyzer_results.append(RecognizerResult(placeholder, span.start, span.end, span.score))
        operators[placeholder] = OperatorConfig("replace", {"new_value": f"<{placeholder}>"})
    redacted = _anonymizer.anonymize(text=text, analyzer_results=analyzer_results, operators=operators)
    counts = Counter(span.entity_type for span in spans)
    return RedactionResult(text=redacted.text, counts=dict(sorted(counts.items())), replacements=tuple(replacements))
