"""The EU AI Act risk tier of a workload, computed from its screening answers.

The rules, applied in order; the first that matches decides:

1. PROHIBITED: any Art. 5(1) practice, letters (a) to (h), is answered yes.
2. HIGH-RISK: the system is a safety component of an Annex I product
   (Art. 6(1)), or it falls in an Annex III area (Art. 6(2)) and no valid
   Art. 6(3) carve-out is claimed. A carve-out is never valid when the system
   profiles natural persons (Art. 6(3), last subparagraph), and it needs a
   named condition (a)-(d) and written grounds.
3. LIMITED: any Art. 50 transparency duty applies (interaction with people,
   synthetic content, emotion recognition or biometric categorisation, deep
   fakes or public-interest text).
4. MINIMAL: everything else.

Transparency duties still apply to high-risk systems; the tier only names the
strictest regime.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

ART5_FIELDS = (
    "art5_a_manipulation",
    "art5_b_exploits_vulnerabilities",
    "art5_c_social_scoring",
    "art5_d_crime_risk_profiling",
    "art5_e_facial_image_scraping",
    "art5_f_emotion_recognition_work_education",
    "art5_g_biometric_categorisation_sensitive",
    "art5_h_realtime_remote_biometric_id_law_enforcement",
)
ART50_FIELDS = (
    "art50_interacts_with_people",
    "art50_generates_synthetic_content",
    "art50_emotion_or_biometric_categorisation",
    "art50_deep_fake_or_public_interest_text",
)


class ScreeningAnswers(Protocol):
    art5_a_manipulation: bool
    art5_b_exploits_vulnerabilities: bool
    art5_c_social_scoring: bool
    art5_d_crime_risk_profiling: bool
    art5_e_facial_image_scraping: bool
    art5_f_emotion_recognition_work_education: bool
    art5_g_biometric_categorisation_sensitive: bool
    art5_h_realtime_remote_biometric_id_law_enforcement: bool
    annex_i_safety_component: bool
    annex_iii_area: int
    profiles_natural_persons: bool
    art6_3_carve_out_claimed: bool
    art6_3_condition: str
    art6_3_grounds: str
    art50_interacts_with_people: bool
    art50_generates_synthetic_content: bool
    art50_emotion_or_biometric_categorisation: bool
    art50_deep_fake_or_public_interest_text: bool


@dataclass(frozen=True)
class TierResult:
    tier: str
    reason: str


def carve_out_valid(answers: ScreeningAnswers) -> bool:
    return (
        answers.art6_3_carve_out_claimed
        and not answers.profiles_natural_persons
        and bool(answers.art6_3_condition)
        and bool(answers.art6_3_grounds.strip())
    )


def compute_tier(answers: ScreeningAnswers) -> TierResult:
    """Apply the rules in the module docstring. Pure: no database access."""
    prohibited = [name for name in ART5_FIELDS if getattr(answers, name)]
    if prohibited:
        letters = ", ".join(f"({name[5]})" for name in prohibited)
        return TierResult("prohibited", f"Art. 5(1) prohibited practice {letters}.")
    if answers.annex_i_safety_component:
        return TierResult("high_risk", "Art. 6(1): safety component of a product under Annex I legislation.")
    if answers.annex_iii_area:
        if answers.profiles_natural_persons:
            return TierResult(
                "high_risk",
                f"Annex III area {answers.annex_iii_area} and profiles natural persons: always high-risk (Art. 6(3)).",
            )
        if not carve_out_valid(answers):
            return TierResult("high_risk", f"Annex III area {answers.annex_iii_area} (Art. 6(2)).")
    duties = [name for name in ART50_FIELDS if getattr(answers, name)]
    if duties:
        return TierResult("limited", "Art. 50 transparency duties apply.")
    if answers.annex_iii_area:
        return TierResult(
            "minimal",
            f"Annex III area {answers.annex_iii_area}, not high-risk under Art. 6(3)({answers.art6_3_condition}).",
        )
    return TierResult("minimal", "No prohibited practice, high-risk area or transparency duty.")
