"""Whether a workload needs a fundamental-rights impact assessment (EU AI Act Art. 27(1)).

Art. 27(1) obliges *deployers* of *high-risk* systems referred to in Art. 6(2)
(Annex III), point 2 (critical infrastructure) excepted, when the deployer is

- a body governed by public law, or a private entity providing public
  services (the workload's registration data says a public authority deploys
  it, or ``CUSTOS_ORGANISATION_PUBLIC_SERVICE`` says the organisation provides
  public services), or
- any deployer of an Annex III point 5(b) system (creditworthiness, credit
  score) or 5(c) system (risk assessment and pricing in life and health
  insurance).

A pure rule over the objects given; the reason is what the pages print. The approval checklist
(governance/checklist.py) and the reports (inventory, FRIA page) apply this one rule.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings

from governance.models import AnnexVIIIRegistration, Screening, Workload

CRITICAL_INFRASTRUCTURE_AREA = 2
POINT_5_SUBAREAS = {"5(b)": "creditworthiness or credit scoring", "5(c)": "life or health insurance pricing"}


@dataclass(frozen=True)
class FriaRequirement:
    """Whether Art. 27 requires an assessment, and why (or why not)."""

    required: bool
    reason: str


def fria_requirement(
    workload: Workload, screening: Screening | None, registration: AnnexVIIIRegistration | None
) -> FriaRequirement:
    """Apply Art. 27(1) as the module docstring states it."""
    area = screening.annex_iii_area if screening else 0
    subarea = (screening.annex_iii_subarea if screening else "").strip().lower().replace(" ", "")
    if workload.tier != Workload.Tier.HIGH_RISK:
        return FriaRequirement(
            False, "Not required, because the system is not high-risk (Art. 27(1) covers high-risk systems)."
        )
    if workload.role != Workload.Role.DEPLOYER:
        return FriaRequirement(
            False, "Not required, because Art. 27 obliges deployers and this system is registered as its provider's."
        )
    if area == 0:
        return FriaRequirement(
            False,
            "Not required, because the system is high-risk under Art. 6(1) only (Annex I product); "
            "Art. 27 covers Annex III systems (Art. 6(2)).",
        )
    if area == CRITICAL_INFRASTRUCTURE_AREA:
        return FriaRequirement(
            False, "Not required, because Annex III point 2 (critical infrastructure) is excepted by Art. 27(1)."
        )
    if registration is not None and registration.public_authority_deployer:
        return FriaRequirement(
            True, "Required: the deployer is a body governed by public law or acts on its behalf (Art. 27(1))."
        )
    if settings.CUSTOS_ORGANISATION_PUBLIC_SERVICE:
        return FriaRequirement(
            True, "Required: the organisation is a private entity providing public services (Art. 27(1))."
        )
    if subarea in POINT_5_SUBAREAS:
        return FriaRequirement(True, f"Required: Annex III point {subarea} ({POINT_5_SUBAREAS[subarea]}) (Art. 27(1)).")
    return FriaRequirement(
        False,
        "Not required, because the deployer is neither a public body nor a private entity providing public services, "
        "and the system is not an Annex III point 5(b) or 5(c) system (Art. 27(1)).",
    )
