"""Warnings where an officer can go wrong with transfers (GDPR Chapter V, Art. 28).

- A workload that processes personal data (of any kind) is allowed to use an
  external destination with no transfer basis or no signed DPA: the policy may
  still redact or deny each call, but the allowance itself is a decision an
  officer should not make by accident.
- A destination relies on an adequacy decision whose review date has passed:
  ``governance.policy.transfer_basis`` already treats it as having no basis.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from governance.models import DataCategory, Destination, Workload
from governance.policy import transfer_basis

# Data categories that are personal data under the GDPR (Art. 4(1), 9, 10).
PERSONAL_CATEGORIES = frozenset(
    {
        DataCategory.PERSONAL,
        DataCategory.SPECIAL_CATEGORY,
        DataCategory.CRIMINAL,
        DataCategory.GOVERNMENT_ID,
        DataCategory.FINANCIAL,
    }
)
SPECIAL_CATEGORIES = frozenset({DataCategory.SPECIAL_CATEGORY, DataCategory.CRIMINAL})

BASIS_LABELS = {
    "on_prem": "On-prem",
    "eea": "Within the EEA",
    "adequacy": "Adequacy decision (Art. 45)",
    "sccs": "SCCs (Art. 46)",
    "none": "No transfer basis",
}


@dataclass(frozen=True)
class TransferWarning:
    """One thing to look at again: about which workload and/or destination, and why."""

    destination: str
    message: str
    workload: str = ""
    severity: str = "warning"  # "warning", or "danger" for special categories


def adequacy_expired(destination: Destination, *, today: dt.date) -> bool:
    return (
        destination.transfer_mechanism == Destination.TransferMechanism.ADEQUACY
        and destination.adequacy_review_date is not None
        and destination.adequacy_review_date < today
    )


def destination_warnings(destination: Destination, *, today: dt.date) -> list[TransferWarning]:
    """What is wrong with a destination on its own: an adequacy decision past its review date."""
    if not adequacy_expired(destination, today=today):
        return []
    return [
        TransferWarning(
            destination=destination.slug,
            message=(
                f"The adequacy decision {destination.slug} relies on was due for review on "
                f"{destination.adequacy_review_date:%d %b %Y}: it counts as no transfer basis until the review "
                "date is updated."
            ),
        )
    ]


def allowance_warnings(
    workload: Workload, destinations: Iterable[Destination], *, today: dt.date
) -> list[TransferWarning]:
    """External destinations without a transfer basis or a DPA that a personal-data workload may use."""
    categories = set(workload.data_categories or [])
    personal = categories & PERSONAL_CATEGORIES
    if not personal:
        return []
    special = bool(categories & SPECIAL_CATEGORIES)
    kinds = "special-category" if special else "personal"
    warnings = []
    for destination in destinations:
        if destination.kind != Destination.Kind.EXTERNAL:
            continue
        missing = []
        if transfer_basis(destination, today=today) == "none":
            missing.append("no transfer basis (GDPR Chapter V)")
        if not destination.dpa_signed:
            missing.append("no signed DPA (Art. 28)")
        if missing:
            warnings.append(
                TransferWarning(
                    destination=destination.slug,
                    workload=workload.slug,
                    severity="danger" if special else "warning",
                    message=(
                        f"{workload.slug} processes {kinds} data and may use {destination.slug}, which has "
                        f"{' and '.join(missing)}."
                    ),
                )
            )
    return warnings


def registry_warnings(
    workloads: Iterable[Workload], destinations: Iterable[Destination], *, today: dt.date
) -> list[TransferWarning]:
    """Every warning of the registry: expired adequacy first, then risky allowances of live workloads."""
    found = [w for destination in destinations for w in destination_warnings(destination, today=today)]
    for workload in workloads:
        if workload.status == Workload.Status.RETIRED:
            continue
        found.extend(allowance_warnings(workload, workload.allowed_destinations.all(), today=today))
    return found
