"""A small, fast base for the Custos pattern recognizers.

Presidio's ``PatternRecognizer`` validates only the matched text and builds an
explanation object per match. Ours hands the validator the whole match (so a
named group ``value`` can mark the span inside a wider pattern), checks context
words in a window of raw text around the match, and never keeps the value.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.tokens import Span

from classifier.levels import DEFAULT_LEVELS
from classifier.types import Category

CONTEXT_WINDOW_CHARS = 48
# NER labels of the trained span model (classifier/training) that are entity types of ours: every
# special-category and criminal type of the default level mapping (recognizers/span_model.py). Not places.
SPAN_MODEL_TYPES = tuple(
    entity_type
    for entity_type, rule in DEFAULT_LEVELS.items()
    if rule.category in (Category.SPECIAL_CATEGORY, Category.CRIMINAL_RECORD)
)

_DIGIT = regex.compile(r"\d")


def has_digit(text: str) -> bool:
    """Whether ``text`` holds a digit, of any script (as ``\\d`` reads it in the rules)."""
    return _DIGIT.search(text) is not None


def ner_entities(nlp_artifacts: NlpArtifacts) -> Sequence[Span]:
    """spaCy's entities of the analysed text, read once per text.

    ``Doc.ents`` builds its spans anew on every read; the engine's artifacts keep them
    (``LazyNlpArtifacts.doc_ents``). Other artifacts (Presidio's own) fall back to the ``Doc``.
    """
    entities = getattr(nlp_artifacts, "doc_ents", None)
    return entities if entities is not None else nlp_artifacts.tokens.ents


@dataclass(frozen=True)
class Rule:
    """One regex of a recognizer.

    ``score``: confidence when the rule matches (and validates) without context;
    ``context_score``: confidence when a context word is near. A rule whose
    ``score`` is 0 fires only with context.
    """

    name: str
    pattern: regex.Pattern[str]
    score: float
    context_score: float = 0.0


def compile_rule(
    name: str, pattern: str, score: float, context_score: float = 0.0, *, ignore_case: bool = False
) -> Rule:
    flags = regex.VERSION1 | (regex.IGNORECASE if ignore_case else 0)
    return Rule(name, regex.compile(pattern, flags), score, context_score or score)


def words_regex(words: Iterable[str]) -> regex.Pattern[str]:
    """Case-insensitive whole-word alternation of phrases (longest first)."""
    escaped = sorted(
        {regex.escape(w.strip()).replace(r"\ ", r"\s+") for w in words if w.strip()}, key=len, reverse=True
    )
    return regex.compile(r"(?<![\w])(?:" + "|".join(escaped) + r")(?![\w])", regex.IGNORECASE)


class RegexRecognizer(LocalRecognizer):
    """Regex rules + optional validator + context words looked up in the raw text around a match."""

    name: str  # set by Presidio's EntityRecognizer.__init__; declared for type checkers

    ENTITY: str = ""
    RULES: Sequence[Rule] = ()
    CONTEXT_WORDS: Sequence[str] = ()
    CONTEXT_BEFORE = CONTEXT_WINDOW_CHARS
    CONTEXT_AFTER = 16
    # True where every match of every rule holds a digit (``\d``, ``[0-9]`` or a digit written out), so the
    # recognizer finds nothing in a text without one: the engine does not call it there (most prose has none).
    NEEDS_DIGIT: bool = False

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=[self.ENTITY],
            supported_language=supported_language,
            name=type(self).__name__,
        )
        self._context = words_regex(self.CONTEXT_WORDS) if self.CONTEXT_WORDS else None

    def load(self) -> None:  # Presidio calls this once; everything is compiled at class level.
        pass

    def validate(self, value: str) -> bool:
        """Checksum / structure check on the value (separators included); True when there is none."""
        return True

    def has_context(self, text: str, start: int, end: int) -> bool:
        if self._context is None:
            return False
        window = text[max(0, start - self.CONTEXT_BEFORE) : end + self.CONTEXT_AFTER]
        return self._context.search(window) is not None

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for rule in self.RULES:
            for match in rule.pattern.finditer(text):
                start, end = match.span("value") if "value" in rule.pattern.groupindex else match.span()
                if start < 0 or end <= start:
                    continue
                if not self.validate(text[start:end]):
                    continue
                score = rule.context_score if self.has_context(text, start, end) else rule.score
                if score > 0:
                    results.append(self.result(start, end, score))
        return results

    def result(self, start: int, end: int, score: float, entity_type: str | None = None) -> RecognizerResult:
        return RecognizerResult(
            entity_type=entity_type or self.ENTITY,
            start=start,
            end=end,
            score=score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
