from __future__ import annotations

import pytest
from pytest_django import Settings


@pytest.fixture(autouse=True)
def _roomy_classification_budget(settings: Settings) -> None:
    """These tests check answers, not speed: a busy CI core must not turn a decision into a budget refusal
    (the budget itself is tested in tests/governance/test_preflight_limits.py)."""
    settings.CUSTOS_PREFLIGHT_CLASSIFY_BUDGET_S = 120
