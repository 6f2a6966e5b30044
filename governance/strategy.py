"""The hybrid-strategy recommendation: on-prem open model, proprietary API, or both.

Rules, first match wins:
1. High residency/privacy need: on-prem open model. Data that must stay in
   house decides on its own; quality can be recovered with a larger open model.
2. High quality priority with low volume or low cost sensitivity:
   proprietary API. The frontier models still lead on the hardest tasks and
   the bill stays small.
3. High quality priority otherwise: hybrid with routing. Send the hard cases
   to the API and the bulk to the on-prem model.
4. High volume or high cost sensitivity: on-prem open model, 60-90 % cheaper
   per token at volume.
5. Medium residency need: hybrid with routing, so personal data can be kept
   on-prem while the rest may go out.
6. Otherwise: proprietary API, the cheapest to start with at low volume.
"""

from __future__ import annotations

from dataclasses import dataclass

ON_PREM = "on_prem_open_model"
PROPRIETARY = "proprietary_api"
HYBRID = "hybrid_routing"

LABELS = {
    ON_PREM: "On-prem open model",
    PROPRIETARY: "Proprietary API",
    HYBRID: "Hybrid with routing",
}


@dataclass(frozen=True)
class Recommendation:
    deployment: str
    reason: str

    @property
    def label(self) -> str:
        return LABELS[self.deployment]


def recommend_deployment(
    *, quality_priority: str, request_volume: str, cost_sensitivity: str, residency_need: str
) -> Recommendation:
    """Pure function of the four answers, each 'low', 'medium' or 'high'."""
    if residency_need == "high":
        return Recommendation(ON_PREM, "Residency and privacy need is high: keep the data in house on an open model.")
    if quality_priority == "high":
        if request_volume == "low" or cost_sensitivity == "low":
            return Recommendation(
                PROPRIETARY, "Absolute best quality matters and volume or cost pressure is low: use a proprietary API."
            )
        return Recommendation(
            HYBRID,
            "Best quality matters but volume and cost are significant: route hard cases to an API, the bulk on-prem.",
        )
    if request_volume == "high" or cost_sensitivity == "high":
        return Recommendation(
            ON_PREM, "High volume or cost sensitivity: an on-prem open model is far cheaper per token."
        )
    if residency_need == "medium":
        return Recommendation(HYBRID, "Some data must stay in house: route personal data on-prem, the rest may go out.")
    return Recommendation(PROPRIETARY, "Low volume and no special residency need: a proprietary API is simplest.")
