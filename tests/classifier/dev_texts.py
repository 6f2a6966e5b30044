"""Shared checks for a round's hand-written development texts (``tests/classifier/data/round*_*.py``).

A round's test module lists what is still missed or still raised, with the reason, and asserts through these
helpers that nothing else is: a fixed case that regresses fails, and so does a listed case that starts passing
(take it off the list). The texts are ``{"text": "... ⟦TYPE|value⟧ ...", ...}`` entries in the corpus markup.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from classifier.devcorpus.generate import DEFAULT_LEVELS, LevelMapping, expected_level, parse_markup
from classifier.engine import CustosEngine
from classifier.types import Classification, SensitivityLevel

QUIET_LEVELS = ("PUBLIC", "INTERNAL")


@dataclass(frozen=True)
class Outcome:
    """One development text, its gold spans and what the engine made of it."""

    index: int
    entry: Mapping[str, Any]
    text: str
    spans: list[dict[str, Any]]
    result: Classification

    @property
    def clean(self) -> bool:
        return not self.spans

    @property
    def expected_level(self) -> str:
        return expected_level(self.spans, LevelMapping(DEFAULT_LEVELS))

    def value(self, span: Mapping[str, Any]) -> str:
        return self.text[span["start_position"] : span["end_position"]]

    def found(self, span: Mapping[str, Any], entity_types: Collection[str] | None = None) -> bool:
        """A finding of the span's type (or of one of ``entity_types``) overlaps the span."""
        wanted = entity_types or {span["entity_type"]}
        return any(
            f.entity_type in wanted and f.start < span["end_position"] and span["start_position"] < f.end
            for f in self.result.findings
        )


def classify_texts(engine: CustosEngine, entries: Sequence[Mapping[str, Any]]) -> list[Outcome]:
    parsed = [parse_markup(entry["text"]) for entry in entries]
    results = engine.classify_many([text for text, _ in parsed])
    return [
        Outcome(index, entry, text, spans, result)
        for index, (entry, (text, spans), result) in enumerate(zip(entries, parsed, results, strict=True))
    ]


def unexpected_misses(
    outcomes: Sequence[Outcome], entity_types: Collection[str], known_misses: Mapping[tuple[int, str], str]
) -> tuple[list[tuple[int, str, str]], list[tuple[int, str]]]:
    """(labelled spans of these types missed and not listed, listed misses that are found now)."""
    missed: list[tuple[int, str, str]] = []
    now_found: list[tuple[int, str]] = []
    for outcome in outcomes:
        for span in outcome.spans:
            if span["entity_type"] not in entity_types:
                continue
            key = (outcome.index, outcome.value(span))
            if outcome.found(span) and key in known_misses:
                now_found.append(key)
            elif not outcome.found(span) and key not in known_misses:
                missed.append((outcome.index, span["entity_type"], key[1]))
    return missed, now_found


def raised_clean_texts(outcomes: Sequence[Outcome]) -> list[int]:
    """Indexes of texts with no labelled span classified above INTERNAL."""
    return [o.index for o in outcomes if o.clean and o.result.level.name not in QUIET_LEVELS]


def unexpected_raised_clean(
    outcomes: Sequence[Outcome], known_raised: Mapping[int, str]
) -> tuple[list[int], list[int]]:
    """(clean texts raised above INTERNAL and not listed, listed ones that stay quiet now)."""
    raised = raised_clean_texts(outcomes)
    return [i for i in raised if i not in known_raised], [i for i in known_raised if i not in raised]


def findings_without_gold(outcomes: Sequence[Outcome], entity_type: str) -> list[int]:
    """Indexes of texts with a finding of ``entity_type`` but no labelled span of it."""
    return [
        o.index
        for o in outcomes
        if not any(s["entity_type"] == entity_type for s in o.spans)
        and any(f.entity_type == entity_type for f in o.result.findings)
    ]


def texts_under_their_level(outcomes: Sequence[Outcome]) -> list[int]:
    """Indexes of labelled texts classified below the level of their gold spans."""
    return [o.index for o in outcomes if o.spans and o.result.level < SensitivityLevel[o.expected_level]]
