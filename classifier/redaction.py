"""Redaction: every finding becomes a typed placeholder, numbered per payload.

``"Mail John at john@x.eu, John!"`` -> ``"Mail <PERSON_1> at <EMAIL_ADDRESS_1>, <PERSON_1>!"``:
the same value always gets the same placeholder within one payload, so a model
can still follow who is who. Overlapping findings are merged first (the outer
span wins; a partial overlap becomes the union, typed after the stronger
finding) so no fragment of a value survives. Neither values nor the
value-to-placeholder map are logged or returned.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
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


# What a placeholder looks like in text: ``<PERSON_1>``, ``<EMAIL_ADDRESS_12>``.
PLACEHOLDER_PATTERN = re.compile(r"<([A-Z][A-Z0-9_]*_[0-9]+)>")


@dataclass
class Numbering:
    """Which number each (entity type, value) got; shared by the texts of one request when it spans them.

    ``taken`` are placeholders the caller's own texts already spell (``<PERSON_1>`` typed by a user):
    they are never issued, so a placeholder in a model's answer names one value only.
    """

    numbers: dict[tuple[str, str], int] = field(default_factory=dict)
    per_type: Counter[str] = field(default_factory=Counter)
    taken: frozenset[str] = frozenset()

    def number(self, entity_type: str, value: str) -> int:
        key = (entity_type, _normalise(value))
        if key not in self.numbers:
            number = self.per_type[entity_type] + 1
            while f"{entity_type}_{number}" in self.taken:
                number += 1
            self.per_type[entity_type] = number
            self.numbers[key] = number
        return self.numbers[key]


def redact_request(texts: Sequence[str], classifications: Sequence[Classification]) -> list[RedactionResult]:
    """Redact every text of one request with placeholders numbered across the request, not per text.

    The same value gets the same placeholder in every text, two values never share one, and a
    placeholder already written in any of the texts is skipped: each placeholder names exactly one
    value, which is what restoring an answer needs.
    """
    taken = frozenset(match for text in texts for match in PLACEHOLDER_PATTERN.findall(text))
    numbering = Numbering(taken=taken)
    return [redact(text, c, numbering=numbering) for text, c in zip(texts, classifications, strict=True)]


def redact(text: str, classification: Classification, *, numbering: Numbering | None = None) -> RedactionResult:
    """Replace the findings of ``classification`` (computed on this same ``text``) with placeholders.

    Placeholders are numbered per text unless a request-wide ``numbering`` is given.
    """
    spans = [f for f in merge_overlapping(classification.findings) if 0 <= f.start < f.end <= len(text)]
    if not spans:
        return RedactionResult(text=text, counts={})
    numbering = numbering if numbering is not None else Numbering()
    analyzer_results = []
    operators = {}
    replacements = []
    for span in spans:
        placeholder = f"{span.entity_type}_{numbering.number(span.entity_type, text[span.start : span.end])}"
        replacements.append(Replacement(start=span.start, end=span.end, placeholder=placeholder))
        analyzer_results.append(RecognizerResult(placeholder, span.start, span.end, span.score))
        operators[placeholder] = OperatorConfig("replace", {"new_value": f"<{placeholder}>"})
    redacted = _anonymizer.anonymize(text=text, analyzer_results=analyzer_results, operators=operators)
    counts = Counter(span.entity_type for span in spans)
    return RedactionResult(text=redacted.text, counts=dict(sorted(counts.items())), replacements=tuple(replacements))
