"""Presidio's analyzer and anonymizer REST contracts, answered by Custos's engine.

``analyze`` takes Presidio's ``AnalyzerRequest`` JSON (``text`` a string or a list, ``language``,
``entities``, ``score_threshold``, ``return_decision_process``, ``allow_list``, ``correlation_id``) and
answers Presidio's ``RecognizerResult`` list (``entity_type``, ``start``, ``end``, ``score``,
``analysis_explanation``), found by ``classifier.classify`` (its normalisation, EU recognizers and
overlap resolution). ``anonymize`` takes Presidio's anonymizer request (``text``, ``analyzer_results``,
``anonymizers``) and applies ``replace``, ``redact``, ``mask``, ``hash`` and ``keep`` as Presidio does.

Entity types carry Presidio's name where Presidio has one for the same thing (``PRESIDIO_NAMES``);
Custos-only types (``HEALTH_DATA``, ``STREET_ADDRESS``, ``GENERIC_SECRET``...) keep their own.
docs/integrations/presidio.md lists where the behaviour differs from Presidio's.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import classifier
from classifier.types import Classification, Finding

# Custos entity type -> Presidio's name for the same thing; every other type keeps its Custos name.
PRESIDIO_NAMES: dict[str, str] = {"FI_HETU": "FI_PERSONAL_IDENTITY_CODE"}
CUSTOS_NAMES: dict[str, str] = {presidio: custos for custos, presidio in PRESIDIO_NAMES.items()}
OPERATORS = ("replace", "redact", "mask", "hash", "keep")


class PresidioRequestError(ValueError):
    """A request Presidio would also refuse; ``status`` is the HTTP status Presidio's server answers."""

    def __init__(self, message: str, *, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def presidio_name(entity_type: str) -> str:
    return PRESIDIO_NAMES.get(entity_type, entity_type)


@dataclass(frozen=True)
class Analysis:
    """One text's results in Presidio's shape, and the classification behind them (for the audit event)."""

    results: list[dict[str, Any]]
    classification: Classification


def analyze_request(data: Any) -> tuple[list[str], bool, str]:
    """The texts, whether the request was a batch, and the language, from an analyze request."""
    if not isinstance(data, Mapping):
        raise PresidioRequestError("Invalid request json")
    text = data.get("text")
    if not text:
        raise PresidioRequestError("No text provided")
    batch = isinstance(text, list)
    texts = text if batch else [text]
    if not all(isinstance(t, str) for t in texts):
        raise PresidioRequestError("text must be a string or a list of strings")
    language = data.get("language")
    if not language:
        raise PresidioRequestError("No language provided")
    if not isinstance(language, str):
        raise PresidioRequestError("language must be a string")
    return texts, batch, language


def analyze(data: Mapping[str, Any], texts: Sequence[str], language: str) -> list[Analysis]:
    """Each text classified in ``language`` and filtered as Presidio's ``AnalyzerEngine.analyze`` filters."""
    entities = data.get("entities")
    wanted = {CUSTOS_NAMES.get(e, e) for e in entities} if isinstance(entities, list) and entities else None
    threshold = float(data.get("score_threshold") or 0.0)
    explain = bool(data.get("return_decision_process"))
    allow_list = data.get("allow_list") or []
    allowed = {a for a in allow_list if isinstance(a, str)}
    analyses = []
    for text in texts:
        classification = classifier.classify(text, language=language)
        results = [
            _result(finding, explain)
            for finding in classification.findings
            if (wanted is None or finding.entity_type in wanted)
            and finding.score >= threshold
            and text[finding.start : finding.end] not in allowed
        ]
        analyses.append(Analysis(results=results, classification=classification))
    return analyses


def _result(finding: Finding, explain: bool) -> dict[str, Any]:
    explanation = None
    if explain:
        explanation = {
            "recognizer": finding.recognizer,
            "pattern_name": None,
            "pattern": None,
            "original_score": finding.score,
            "score": finding.score,
            "textual_explanation": f"Identified as {presidio_name(finding.entity_type)} by {finding.recognizer}",
            "score_context_improvement": 0,
            "supportive_context_word": "",
            "validation_result": None,
            "regex_flags": None,
        }
    return {
        "analysis_explanation": explanation,
        "end": finding.end,
        "entity_type": presidio_name(finding.entity_type),
        "score": finding.score,
        "start": finding.start,
    }


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    entity_type: str
    score: float


def anonymize_request(data: Any) -> tuple[str, list[Span], dict[str, Mapping[str, Any]]]:
    """The text, the analyzer results (validated) and the operator per entity type, from a request."""
    if not isinstance(data, Mapping) or not data:
        raise PresidioRequestError("Invalid request json")
    text = data.get("text")
    if not isinstance(text, str):
        raise PresidioRequestError("Invalid input, text must be a string", status=422)
    spans = []
    for item in data.get("analyzer_results") or []:
        if not isinstance(item, Mapping):
            raise PresidioRequestError("Invalid input, analyzer_results must be a list of objects", status=422)
        try:
            span = Span(int(item["start"]), int(item["end"]), str(item["entity_type"]), float(item.get("score", 0)))
        except (KeyError, TypeError, ValueError):
            raise PresidioRequestError(
                "Invalid input, analyzer result must have start, end and entity_type", status=422
            ) from None
        if not 0 <= span.start <= span.end <= len(text):
            raise PresidioRequestError(
                f"Invalid analyzer result, start: {span.start} and end: {span.end}, "
                f"while text length is only {len(text)}.",
                status=422,
            )
        spans.append(span)
    operators = data.get("anonymizers") or {}
    if not isinstance(operators, Mapping):
        raise PresidioRequestError("Invalid input, anonymizers must be an object", status=422)
    for name, config in operators.items():
        if not isinstance(config, Mapping) or config.get("type") not in OPERATORS:
            kind = config.get("type") if isinstance(config, Mapping) else config
            raise PresidioRequestError(
                f"Invalid anonymizer class '{kind}' for {name}; Custos supports {', '.join(OPERATORS)}.", status=422
            )
    return text, spans, dict(operators)


def anonymize(text: str, spans: Sequence[Span], operators: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """Presidio's ``AnonymizerEngine.anonymize`` result: the new text, and one item per replaced span
    (its offsets in the new text, the operator, the new value, the score)."""
    chosen = _without_overlaps(spans)
    default = operators.get("DEFAULT", {"type": "replace"})
    pieces: list[str] = []
    items: list[dict[str, Any]] = []
    cursor = 0
    length = 0
    for span in chosen:
        pieces.append(text[cursor : span.start])
        length += span.start - cursor
        config = operators.get(span.entity_type, default)
        new = _operate(text[span.start : span.end], span.entity_type, config)
        items.append(
            {
                "start": length,
                "end": length + len(new),
                "entity_type": span.entity_type,
                "text": new,
                "operator": config.get("type", "replace"),
                "score": span.score,
            }
        )
        pieces.append(new)
        length += len(new)
        cursor = span.end
    pieces.append(text[cursor:])
    # Presidio lists the items from the end of the text backwards (the order it replaces them in).
    return {"text": "".join(pieces), "items": items[::-1]}


def _without_overlaps(spans: Sequence[Span]) -> list[Span]:
    """Overlapping results: the higher score wins, then the longer span (Presidio merges them likewise)."""
    chosen: list[Span] = []
    for span in sorted(spans, key=lambda s: (-s.score, -(s.end - s.start), s.start)):
        if all(span.end <= other.start or span.start >= other.end for other in chosen):
            chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


def _operate(value: str, entity_type: str, config: Mapping[str, Any]) -> str:
    kind = config.get("type", "replace")
    if kind == "replace":
        new_value = config.get("new_value")
        return str(new_value) if new_value is not None else f"<{entity_type}>"
    if kind == "redact":
        return ""
    if kind == "keep":
        return value
    if kind == "mask":
        char = str(config.get("masking_char", "*"))[:1] or "*"
        count = max(0, min(int(config.get("chars_to_mask", len(value))), len(value)))
        if config.get("from_end"):
            return value[: len(value) - count] + char * count
        return char * count + value[count:]
    # hash: Presidio's default is sha256 of the value (with its salt, when one is given), as hex.
    hash_type = str(config.get("hash_type", "sha256"))
    if hash_type not in ("sha256", "sha512"):
        raise PresidioRequestError(f"Invalid hash_type {hash_type!r}; use sha256 or sha512.", status=422)
    salt = str(config.get("salt", ""))
    return hashlib.new(hash_type, (value + salt).encode("utf-8")).hexdigest()
