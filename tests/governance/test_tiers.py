"""compute_tier: one test per rule of governance.tiers."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from governance.tiers import ART5_FIELDS, ART50_FIELDS, compute_tier


def answers(**overrides: object) -> SimpleNamespace:
    base: dict[str, object] = {name: False for name in (*ART5_FIELDS, *ART50_FIELDS)}
    base.update(
        annex_i_safety_component=False,
        annex_iii_area=0,
        profiles_natural_persons=False,
        art6_3_carve_out_claimed=False,
        art6_3_condition="",
        art6_3_grounds="",
    )
    base.update(overrides)
    return SimpleNamespace(**base)


@pytest.mark.parametrize("practice", ART5_FIELDS)
def test_any_article_5_practice_is_prohibited(practice: str) -> None:
    result = compute_tier(answers(**{practice: True}, annex_iii_area=4, art50_interacts_with_people=True))
    assert result.tier == "prohibited"
    assert f"({practice[5]})" in result.reason


def test_annex_i_safety_component_is_high_risk() -> None:
    assert compute_tier(answers(annex_i_safety_component=True)).tier == "high_risk"


@pytest.mark.parametrize("area", range(1, 9))
def test_every_annex_iii_area_is_high_risk_without_carve_out(area: int) -> None:
    assert compute_tier(answers(annex_iii_area=area)).tier == "high_risk"


def test_valid_art_6_3_carve_out_lowers_an_annex_iii_system() -> None:
    result = compute_tier(
        answers(
            annex_iii_area=4, art6_3_carve_out_claimed=True, art6_3_condition="a", art6_3_grounds="Only sorts files."
        )
    )
    assert result.tier == "minimal"


def test_carve_out_with_transparency_duty_is_limited() -> None:
    result = compute_tier(
        answers(
            annex_iii_area=3,
            art6_3_carve_out_claimed=True,
            art6_3_condition="d",
            art6_3_grounds="Preparatory only.",
            art50_interacts_with_people=True,
        )
    )
    assert result.tier == "limited"


def test_carve_out_is_never_available_when_profiling() -> None:
    result = compute_tier(
        answers(
            annex_iii_area=4,
            profiles_natural_persons=True,
            art6_3_carve_out_claimed=True,
            art6_3_condition="a",
            art6_3_grounds="Claimed anyway.",
        )
    )
    assert result.tier == "high_risk"
    assert "profiles" in result.reason


@pytest.mark.parametrize("missing", [{"art6_3_condition": ""}, {"art6_3_grounds": "   "}])
def test_carve_out_without_condition_or_grounds_does_not_count(missing: dict[str, str]) -> None:
    claim = {"art6_3_carve_out_claimed": True, "art6_3_condition": "b", "art6_3_grounds": "Grounds.", **missing}
    assert compute_tier(answers(annex_iii_area=5, **claim)).tier == "high_risk"


@pytest.mark.parametrize("duty", ART50_FIELDS)
def test_any_article_50_duty_is_limited(duty: str) -> None:
    assert compute_tier(answers(**{duty: True})).tier == "limited"


def test_nothing_answered_is_minimal() -> None:
    assert compute_tier(answers()).tier == "minimal"
