"""Errors raised by the classifier.

Callers (the pre-flight service, the CLI) catch ``ClassifierInputError`` to
answer "bad request" and ``ClassifierError`` for everything else, which must
fail closed.
"""

from __future__ import annotations


class ClassifierError(Exception):
    """Base class: the classifier could not produce a judgement."""


class ClassifierConfigError(ClassifierError):
    """The classifier is misconfigured (missing spaCy model, unreadable level mapping...)."""


class ClassificationBudgetExceeded(ClassifierError):
    """Classification ran past the caller's deadline and was stopped between texts: no judgement."""

    def __init__(self, budget_s: float | None = None) -> None:
        self.budget_s = budget_s
        within = f" within {budget_s:g} s" if budget_s is not None else ""
        super().__init__(f"Classification could not finish{within}; the payload needs more work than allowed.")


class ClassifierInputError(ClassifierError, ValueError):
    """The text given to the classifier cannot be classified as it is."""


class TextTooLongError(ClassifierInputError):
    """The text is longer than CUSTOS_CLASSIFIER_MAX_CHARS; it is never truncated silently."""

    def __init__(self, length: int, limit: int) -> None:
        self.length = length
        self.limit = limit
        super().__init__(
            f"Text has {length} characters; the classifier accepts at most {limit} "
            "(CUSTOS_CLASSIFIER_MAX_CHARS). Split the payload; it is never truncated."
        )


class UnsupportedLanguageError(ClassifierInputError):
    """The requested language has no model or recognizers."""

    def __init__(self, language: str, supported: tuple[str, ...]) -> None:
        self.language = language
        self.supported = supported
        super().__init__(f"Language {language!r} is not supported; supported: {', '.join(supported)}.")
