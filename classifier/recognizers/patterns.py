"""Presidio's pattern recognizers with their per-pattern overhead left out.

``PatternRecognizer.analyze`` reads the clock twice and logs the time of
every pattern on every text, and runs every regex with a 60-second timeout,
which the ``regex`` module pays for on each search (about half the time of the
kept Presidio patterns on short texts). ``FastPatternsMixin.analyze`` returns
the same results: the timeout is kept for a pattern with an unbounded
repetition (``*``, ``+``, ``{n,}``), and dropped for one whose every match has
a bounded length, whose search is linear in the text and ends long before
60 s on any text the engine accepts (``max_chars``). Only the debug log of
match times goes.

The Presidio recognizers the engine keeps are subclassed here under their
own names, so their ``name`` and results read as before.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from functools import cache
from typing import Any, ClassVar

import regex
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.pattern_recognizer import REGEX_TIMEOUT_SECONDS
from presidio_analyzer.predefined_recognizers import CryptoRecognizer as PresidioCryptoRecognizer
from presidio_analyzer.predefined_recognizers import MacAddressRecognizer as PresidioMacAddressRecognizer
from presidio_analyzer.predefined_recognizers import UsBankRecognizer as PresidioUsBankRecognizer
from presidio_analyzer.predefined_recognizers import UsItinRecognizer as PresidioUsItinRecognizer
from presidio_analyzer.predefined_recognizers import UsSsnRecognizer as PresidioUsSsnRecognizer

from classifier.language import text_language

logger = logging.getLogger(__name__)

# A quantifier without an upper bound: "*", "+" or "{n,}" (an escaped "\+" counts too: the test errs on the safe side).
_UNBOUNDED = re.compile(r"[*+]|\{\d*,\}")


@cache
def bounded(pattern: str) -> bool:
    """Every match of ``pattern`` has a bounded length: no ``*``, ``+`` or ``{n,}`` in it."""
    return _UNBOUNDED.search(pattern) is None


class FastPatternsMixin(PatternRecognizer):
    """``PatternRecognizer.analyze`` without the clock reads, the debug log and, for bounded patterns, the timeout."""

    name: str  # set by Presidio's EntityRecognizer.__init__; declared for type checkers
    patterns: list[Pattern]
    # As ``RegexRecognizer.NEEDS_DIGIT``: every match of every pattern holds a digit (the engine skips a text without).
    NEEDS_DIGIT: bool = False
    # Per pattern name, strings that the regex spells out literally, one of which every match holds ("@" in an
    # e-mail address): the pattern is not run on a text that holds none of them.
    PATTERN_NEEDS: ClassVar[Mapping[str, tuple[str, ...]]] = {}

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        if not self.patterns:
            return []
        flags = regex_flags if regex_flags else self.global_regex_flags
        results: list[RecognizerResult] = []
        for pattern in self.patterns:
            needs = self.PATTERN_NEEDS.get(pattern.name)
            if needs is not None and not any(needed in text for needed in needs):
                continue
            if not pattern.compiled_regex or pattern.compiled_with_flags != flags:
                pattern.compiled_with_flags = flags  # type: ignore[assignment]  # Presidio types both None
                pattern.compiled_regex = regex.compile(pattern.regex, flags=flags)
            compiled: Any = pattern.compiled_regex
            try:
                if bounded(pattern.regex):
                    matches = compiled.finditer(text)
                else:
                    matches = compiled.finditer(text, timeout=REGEX_TIMEOUT_SECONDS)
                for match in matches:
                    start, end = match.span()
                    current_match = text[start:end]
                    if current_match == "":
                        continue
                    validation_result = self.validate_result(current_match)
                    description = self.build_regex_explanation(
                        self.name,
                        pattern.name,
                        pattern.regex,
                        pattern.score,
                        validation_result,  # type: ignore[arg-type]  # Presidio passes the same Optional values
                        flags,  # type: ignore[arg-type]
                    )
                    result = RecognizerResult(
                        entity_type=self.supported_entities[0],
                        start=start,
                        end=end,
                        score=pattern.score,
                        analysis_explanation=description,
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        },
                    )
                    if validation_result is not None:
                        result.score = EntityRecognizer.MAX_SCORE if validation_result else EntityRecognizer.MIN_SCORE
                    if self.invalidate_result(current_match):
                        result.score = EntityRecognizer.MIN_SCORE
                    if result.score > EntityRecognizer.MIN_SCORE:
                        results.append(result)
                    description.score = result.score
            except TimeoutError:
                logger.warning(
                    "Regex pattern '%s' timed out after %s seconds, skipping.", pattern.name, REGEX_TIMEOUT_SECONDS
                )
        return EntityRecognizer.remove_duplicates(results) if results else results


class CryptoRecognizer(FastPatternsMixin, PresidioCryptoRecognizer):
    NEEDS_DIGIT = True  # a bitcoin address starts with 1, 3 or bc1


class MacAddressRecognizer(FastPatternsMixin, PresidioMacAddressRecognizer):
    PATTERN_NEEDS = {"MAC_COLON_OR_HYPHEN": (":", "-"), "MAC_CISCO_DOT": (".",)}


class UsBankRecognizer(FastPatternsMixin, PresidioUsBankRecognizer):
    NEEDS_DIGIT = True


class UsItinRecognizer(FastPatternsMixin, PresidioUsItinRecognizer):
    NEEDS_DIGIT = True


# A US social security number named as one ("SSN", "social security"), in the 48 characters before it.
_SSN_WORDS = regex.compile(r"(?i)(?<![\w])(?:ssns?|social[ \t]+security)(?![\w])")
SSN_CONTEXT_CHARS = 48


class UsSsnRecognizer(FastPatternsMixin, PresidioUsSsnRecognizer):
    """Presidio's SSN patterns; in a text not in English only an SSN named as one (round 12).

    Why: 3-2-4 digit groups are how European forms and letters write reference, case and parcel numbers
    ("Nr odbiorcy: 770-41-2215", "dossier 531-24-7710"); a US SSN in a Polish or French text comes with its name.
    """

    NEEDS_DIGIT = True

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        if not results or text_language(nlp_artifacts) == "en":
            return results
        return [r for r in results if _SSN_WORDS.search(text, max(0, r.start - SSN_CONTEXT_CHARS), r.start)]
