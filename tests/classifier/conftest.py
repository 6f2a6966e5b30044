"""Fixtures of the classifier engine tests: one engine per test session (loading spaCy takes seconds)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from classifier.engine import CustosEngine, EngineSettings


@pytest.fixture(scope="session")
def engine() -> CustosEngine:
    return CustosEngine(EngineSettings())


@pytest.fixture(scope="session")
def found(engine: CustosEngine) -> Callable[[str], dict[str, list[str]]]:
    """Entity type -> detected values, for readable assertions."""

    def detect(text: str) -> dict[str, list[str]]:
        result: dict[str, list[str]] = {}
        for finding in engine.classify(text).findings:
            result.setdefault(finding.entity_type, []).append(text[finding.start : finding.end])
        return result

    return detect
