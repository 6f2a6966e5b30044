"""The deployer checklist (EU AI Act Art. 26) an officer confirms before approving a high-risk workload.

The confirmed answers are recorded in the ``workload.approve`` event (and in
the change request before it, under four-eyes control), so the log shows what
was confirmed, by whom, when.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from governance.fria import fria_requirement
from governance.lifecycle import HIGH_RISK_MIN_RETENTION_DAYS
from governance.models import AnnexVIIIRegistration, Workload


def fria_required_by_use(workload: Workload) -> bool:
    """Whether Art. 27(1) requires a FRIA of this deployer (governance.fria, the rule the reports apply too)."""
    screening = getattr(workload, "screening", None)
    registration = AnnexVIIIRegistration.objects.filter(workload=workload).first()
    return fria_requirement(workload, screening, registration).required


def checklist_applies(workload: Workload) -> bool:
    return workload.tier == Workload.Tier.HIGH_RISK


class DeployerChecklistForm(forms.Form):
    """Art. 26 deployer duties, confirmed one by one; the FRIA reference is required where Art. 27 applies."""

    oversight_assigned = forms.BooleanField(
        label="Human oversight is assigned to people with the competence, training and authority it needs (Art. 26(2))",
        error_messages={"required": "Confirm that human oversight is assigned (Art. 26(2))."},
    )
    logs_kept = forms.BooleanField(
        label=f"The logs are kept at least six months ({HIGH_RISK_MIN_RETENTION_DAYS} days, Art. 26(6))",
        error_messages={"required": "Confirm that the logs are kept at least six months (Art. 26(6))."},
    )
    workers_informed = forms.BooleanField(
        label="Workers' representatives and affected workers are informed before use at the workplace (Art. 26(7))",
        error_messages={"required": "Confirm that workers and their representatives are informed (Art. 26(7))."},
    )
    dpia_reference = forms.CharField(
        label="Data protection impact assessment reference (Art. 26(9), GDPR Art. 35)",
        max_length=200,
        error_messages={"required": "Give the reference of the DPIA, e.g. DPIA-2026-014."},
    )
    public_service = forms.BooleanField(
        required=False,
        label="We are a body governed by public law or a private entity providing public services (Art. 27(1))",
    )
    fria_reference = forms.CharField(
        required=False,
        max_length=200,
        label="Fundamental-rights impact assessment reference (Art. 27)",
        help_text="Required for public bodies and public services, and for Annex III 5(b) and 5(c) uses.",
    )

    def __init__(self, *args: Any, workload: Workload, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.workload = workload
        self.fria_by_use = fria_required_by_use(workload)
        contact = workload.oversight_contact or "none given"
        self.fields["oversight_assigned"].help_text = f"Oversight contact on record: {contact}."
        self.fields["logs_kept"].help_text = f"Retention on record: {workload.log_retention_days} days."
        if self.fria_by_use:
            self.fields[
                "fria_reference"
            ].help_text = (
                "Required (Art. 27(1)); record the assessment under Reports → FRIA and give its reference here."
            )
            # Not "(optional)" beside a field this workload must fill (templates/partials/field.html).
            self.fields["fria_reference"].required_note = "required for this use"  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if self.workload.log_retention_days < HIGH_RISK_MIN_RETENTION_DAYS:
            self.add_error("logs_kept", f"The workload keeps logs {self.workload.log_retention_days} days only.")
        if not self.workload.oversight_contact:
            self.add_error("oversight_assigned", "The workload has no oversight contact; add one first.")
        if (self.fria_by_use or data.get("public_service")) and not (data.get("fria_reference") or "").strip():
            self.add_error("fria_reference", "A fundamental-rights impact assessment is required here (Art. 27(1)).")
        return data

    def record(self) -> dict[str, Any]:
        """What the audit event records: the confirmations and the facts they were confirmed against."""
        data = self.cleaned_data
        return {
            "oversight_assigned": True,
            "oversight_contact": self.workload.oversight_contact,
            "logs_kept": True,
            "log_retention_days": self.workload.log_retention_days,
            "workers_informed": True,
            "dpia_reference": data["dpia_reference"].strip(),
            "fria_required": bool(self.fria_by_use or data.get("public_service")),
            "fria_reference": (data.get("fria_reference") or "").strip(),
        }


CHECKLIST_ANSWERS = tuple(DeployerChecklistForm.base_fields)


def checklist_confirm(workload: Workload, answers: Any) -> dict[str, Any]:
    """The checklist record for approving ``workload`` from answers given without the web page (the API).

    The answers are the form's fields (``CHECKLIST_ANSWERS``), checked by the
    same form, so the API and the page apply one rule. A ValidationError names
    every missing or refused item as ``checklist.<item>``; no answers at all name every item.
    """
    answers = {} if answers is None else answers
    if not isinstance(answers, Mapping):
        raise ValidationError(
            {"checklist": "Approving a high-risk workload needs the Art. 26 deployer checklist (an object)."}
        )
    unknown = sorted(set(answers) - set(CHECKLIST_ANSWERS))
    if unknown:
        raise ValidationError({f"checklist.{name}": "Unknown checklist item." for name in unknown})
    form = DeployerChecklistForm(data=dict(answers), workload=workload)
    if not form.is_valid():
        raise ValidationError({f"checklist.{name}": list(messages) for name, messages in form.errors.items()})
    return form.record()


def validate_checklist_record(workload: Workload, record: Any) -> None:
    """Check a recorded checklist (``DeployerChecklistForm.record``) against ``workload`` by the same rule.

    Under four-eyes control the record is stored in the change request and
    checked again here when it is made, so nobody approves what the form would refuse.
    """
    if not isinstance(record, Mapping):
        raise ValidationError({"checklist": "Approving a high-risk workload needs the Art. 26 deployer checklist."})
    answers = {name: record[name] for name in CHECKLIST_ANSWERS if name in record}
    answers["public_service"] = bool(record.get("fria_required"))
    checklist_confirm(workload, answers)
