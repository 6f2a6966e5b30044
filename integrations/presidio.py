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
    _check_unicode(texts)
    language = data.get("language")
    if not language:
        raise PresidioRequestError("No language provided")
    if not isinstance(language, str):
        raise PresidioRequestError("language must be a string")
    return texts, batch, language


def analyze(data: Mapping[str, Any], texts: Sequence[str], language: str) -> list[Analysis]:
    """Each text classified in ``language`` and filtered as Presidio's ``AnalyzerEngine.analyze`` filters."""
    entities = _strings(data, "entities")
    wanted = {CUSTOS_NAMES.get(e, e) for e in entities} if entities else None
    threshold = data.get("score_threshold")
    if threshold is None:
        threshold = 0.0
    if isinstance(threshold, bool) or not isinstance(threshold, int | float):
        raise PresidioRequestError("score_threshold must be a number")
    explain = bool(data.get("return_decision_process"))
    allowed = set(_strings(data, "allow_list") or [])
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


def _check_unicode(texts: Sequence[str]) -> None:
    # JSON can spell a lone surrogate ("\\ud800"); such a string has no UTF-8 form to hash or analyze.
    for text in texts:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise PresidioRequestError("text must be valid Unicode (it has a lone surrogate)") from None


def _strings(data: Mapping[str, Any], name: str) -> list[str] | None:
    value = data.get(name)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise PresidioRequestError(f"{name} must be a list of strings")
    return value


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
    _check_unicode([text])
    spans = []
    for item in data.get("analyzer_results") or []:
        if not isinstance(item, Mapping):
            raise PresidioRequestError("Invalid input, analyzer_results must be a list of objects", status=422)
        try:
            start, end, entity_type, score = item["start"], item["end"], item["entity_type"], item.get("score", 0)
            if not (isinstance(start, int) and isinstance(end, int) and isinstance(entity_type, str)):
                raise TypeError
            if isinstance(score, bool) or not isinstance(score, int | float):
                raise TypeError
            span = Span(start, end, entity_type, float(score))
        except (KeyError, TypeError):
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
        try:
            new = _operate(text[span.start : span.end], span.entity_type, config)
        except (TypeError, ValueError, OverflowError) as exc:
            raise PresidioRequestError(
                f"Invalid parameters for the {config.get('type')} operator: {exc}", status=422
            ) from exc
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
        return new_value if isinstance(new_value, str) else f"<{entity_type}>"
    if kind == "redact":
        return ""
    if kind == "keep":
        return value
    if kind == "mask":
        char = config.get("masking_char", "*")
        count = config.get("chars_to_mask", len(value))
        if not isinstance(char, str) or len(char) != 1:
            raise ValueError("masking_char must be one character")
        if isinstance(count, bool) or not isinstance(count, int):
            raise ValueError("chars_to_mask must be an integer")
        count = max(0, min(count, len(value)))
        if config.get("from_end"):
            return value[: len(value) - count] + char * count
        return char * count + value[count:]
    # hash: Presidio's default is sha256 of the value (with its salt, when one is given), as hex.
    hash_type = config.get("hash_type", "sha256")
    if hash_type not in ("sha256", "sha512"):
        raise ValueError("hash_type must be sha256 or sha512")
    salt = config.get("salt", "")
    if not isinstance(salt, str):
        raise ValueError("salt must be a string")
    return hashlib.new(hash_type, (value + salt).encode("utf-8")).hexdigest()
