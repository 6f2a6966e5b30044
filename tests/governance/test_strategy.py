"""recommend_deployment: one case per rule of governance.strategy."""

from __future__ import annotations

import pytest

from governance.strategy import HYBRID, ON_PREM, PROPRIETARY, recommend_deployment


@pytest.mark.parametrize(
    ("quality", "volume", "cost", "residency", "expected"),
    [
        ("high", "low", "low", "high", ON_PREM),  # 1: residency decides alone
        ("high", "low", "medium", "low", PROPRIETARY),  # 2: quality, low volume
        ("high", "high", "low", "medium", PROPRIETARY),  # 2: quality, low cost sensitivity
        ("high", "high", "high", "low", HYBRID),  # 3: quality at volume
        ("medium", "high", "medium", "low", ON_PREM),  # 4: volume
        ("low", "low", "high", "medium", ON_PREM),  # 4: cost
        ("medium", "medium", "medium", "medium", HYBRID),  # 5: some residency need
        ("low", "low", "low", "low", PROPRIETARY),  # 6: default
    ],
)
def test_rules(quality: str, volume: str, cost: str, residency: str, expected: str) -> None:
    advice = recommend_deployment(
        quality_priority=quality, request_volume=volume, cost_sensitivity=cost, residency_need=residency
    )
    assert advice.deployment == expected
    assert advice.reason and advice.label
