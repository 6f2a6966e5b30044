"""Custos classifier: sensitivity level, categories and entity findings of a text, and redaction.

Public API (heavy imports happen on first use, not when Django loads the app)::

    from classifier import classify, classify_many, redact
    result = classify("Call John on +44 20 7946 0958")
    result.level           # SensitivityLevel.CONFIDENTIAL
    redact(text, result)   # RedactionResult(text="Call <PERSON_1> on <PHONE_NUMBER_1>", counts={...})
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from classifier.errors import (
    ClassificationBudgetExceeded,
    ClassifierConfigError,
    ClassifierError,
    ClassifierInputError,
    TextTooLongError,
    UnsupportedLanguageError,
)
from classifier.types import Category, Classification, Finding, SensitivityLevel

if TYPE_CHECKING:
    from classifier.profile import CompiledProfile
    from classifier.redaction import RedactionResult

__all__ = [
    "Category",
    "Classification",
    "ClassificationBudgetExceeded",
    "ClassifierConfigError",
    "ClassifierError",
    "ClassifierInputError",
    "Finding",
    "SensitivityLevel",
    "TextTooLongError",
    "UnsupportedLanguageError",
    "classify",
    "classify_many",
    "classify_sequence",
    "redact",
    "warm_up",
]


def classify(
    text: str, *, language: str = "auto", deadline: float | None = None, profile: CompiledProfile | None = None
) -> Classification:
    """Classify one text (str only; empty text is PUBLIC). Raises ClassifierInputError on bad input.

    ``language``: ``auto`` (identify it) or one of the supported codes (en, de, fr, it, es, nl, pl).
    ``deadline``: a ``time.monotonic()`` value; past it, ``ClassificationBudgetExceeded`` is raised
    instead of asking the second opinion (one text's analysis itself is not interrupted).

    The recognizers decide first; the vLLM second opinion, when configured, may
    only raise the level and add categories (classifier.second_opinion).
    ``profile``: an organisation's compiled detection profile (``classifier.profile``), or None.
    """
    from classifier.engine import check_deadline, get_engine
    from classifier.second_opinion import apply_second_opinion

    result = get_engine().classify(text, language=language, profile=profile)
    check_deadline(deadline)
    return apply_second_opinion(text, result)


def classify_many(
    texts: Sequence[str],
    *,
    language: str = "auto",
    batch_size: int | None = None,
    deadline: float | None = None,
    profile: CompiledProfile | None = None,
) -> list[Classification]:
    """Classify many texts with batched NER (spaCy nlp.pipe) and the second opinion; results in input order.

    ``deadline`` (``time.monotonic()``) is checked between texts: past it, ``ClassificationBudgetExceeded``.
    """
    from classifier.engine import check_deadline, get_engine
    from classifier.second_opinion import apply_second_opinion_many

    results = get_engine().classify_many(
        texts, language=language, batch_size=batch_size, deadline=deadline, profile=profile
    )
    check_deadline(deadline)
    return apply_second_opinion_many(texts, results)


def classify_sequence(
    texts: Sequence[str],
    *,
    language: str = "auto",
    batch_size: int | None = None,
    deadline: float | None = None,
    profile: CompiledProfile | None = None,
) -> list[Classification]:
    """Classify texts that are read as one stream (chat messages, their parts): ``classify_many``, plus
    values split across two consecutive texts, found in a window around each boundary and reported
    in both texts (so each side's part is redacted): the built-in formats and ``profile``'s own terms
    and patterns."""
    from classifier.engine import get_engine

    results = classify_many(texts, language=language, batch_size=batch_size, deadline=deadline, profile=profile)
    engine = get_engine()
    languages = [result.language for result in results]
    extra = engine.findings_across(texts, deadline=deadline, profile=profile, languages=languages)
    return [engine.with_findings(result, found, profile=profile) for result, found in zip(results, extra, strict=True)]


def redact(text: str, classification: Classification) -> RedactionResult:
    """Replace every finding with a typed placeholder (<PERSON_1>); same value, same placeholder."""
    from classifier.redaction import redact as _redact

    return _redact(text, classification)


def warm_up() -> None:
    """Build the engine now (e.g. at worker start) instead of on the first request."""
    from classifier.engine import get_engine

    get_engine().classify("warm up", language="en")
