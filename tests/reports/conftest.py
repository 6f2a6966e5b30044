"""Fixtures for the report tests: people in each role and workloads in each registration situation."""

from __future__ import annotations

from typing import Any

from governance.models import Workload
from tests.factories import make_workload


def high_risk_provider(**overrides: Any) -> Workload:
    """A provider's CV-screening system: Annex III point 4, profiles people, so always high-risk."""
    fields: dict[str, Any] = {
        "slug": "cv-screener",
        "name": "CV screener",
        "role": Workload.Role.PROVIDER,
        "purpose": "Ranks job applications for recruiters.",
        "data_categories": ["personal"],
        "screening": {"annex_iii_area": 4, "annex_iii_subarea": "4(a)", "profiles_natural_persons": True},
    }
    fields.update(overrides)
    return make_workload(**fields)


def carve_out_provider(**overrides: Any) -> Workload:
    """A provider's Annex III point 4 tool that only formats documents: not high-risk under Art. 6(3)(a)."""
    fields: dict[str, Any] = {
        "slug": "cv-formatter",
        "name": "CV formatter",
        "role": Workload.Role.PROVIDER,
        "purpose": "Turns uploaded CVs into a uniform layout.",
        "screening": {
            "annex_iii_area": 4,
            "art6_3_carve_out_claimed": True,
            "art6_3_condition": "a",
            "art6_3_grounds": "Only reformats documents; no assessment of candidates.",
        },
    }
    fields.update(overrides)
    return make_workload(**fields)


def public_deployer(**overrides: Any) -> Workload:
    """A deployer's benefits-eligibility system: Annex III point 5(a), high-risk."""
    fields: dict[str, Any] = {
        "slug": "benefits-check",
        "name": "Benefits eligibility check",
        "role": Workload.Role.DEPLOYER,
        "purpose": "Assesses eligibility for public assistance benefits.",
        "data_categories": ["personal", "financial"],
        "screening": {"annex_iii_area": 5, "annex_iii_subarea": "5(a)", "profiles_natural_persons": True},
    }
    fields.update(overrides)
    return make_workload(**fields)
