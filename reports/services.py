"""Writes of the EU AI Act records: Annex VIII registration data, serious incidents (Art. 73), FRIAs (Art. 27), PDFs.

Like the registry's services, each one validates, runs in one transaction and
records exactly one audit event in that transaction. The models live in
``governance`` (see docs/decisions/0001-reports-app.md).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone

from audit import services as audit
from audit.actions import AuditAction, SubjectType
from audit.actors import Actor
from audit.canonical import canonical_json
from audit.fingerprints import payload_hmac
from governance.models import AnnexVIIIRegistration, Incident, Workload
from governance.services import audited_update, field_snapshot, reject_unknown_fields
from reports.models import FundamentalRightsImpactAssessment

# --- EU database registration (Annex VIII) --------------------------------------------------

REGISTRATION_FIELDS = tuple(
    f.name
    for f in AnnexVIIIRegistration._meta.get_fields()
    if isinstance(f, models.Field) and f.name not in ("workload", "updated_at")
)


def registration_update(*, actor: Actor, workload: Workload, **fields: Any) -> AnnexVIIIRegistration:
    """Set the Annex VIII registration data of ``workload`` (created on first use); the audit event carries the diff."""
    reject_unknown_fields(fields, REGISTRATION_FIELDS)
    with transaction.atomic():
        workload = Workload.objects.select_for_update().get(pk=workload.pk)
        registration = AnnexVIIIRegistration.objects.filter(workload=workload).first()
        created = registration is None
        registration = registration or AnnexVIIIRegistration(workload=workload)

        def normalise_and_validate() -> None:
            if isinstance(registration.member_states, list):
                registration.member_states = sorted({str(code).strip().upper() for code in registration.member_states})
            registration.full_clean(exclude=["workload"])

        audited_update(
            actor=actor,
            instance=registration,
            values=fields,
            snapshot=lambda: field_snapshot(registration, REGISTRATION_FIELDS),
            prepare=normalise_and_validate,
            action=AuditAction.REGISTRATION_UPDATE,
            subject_type=SubjectType.WORKLOAD,
            subject_id=workload.slug,
            payload=lambda changes: {"created": created, "changes": changes},
            record_unchanged=created,
        )
    return registration


# --- Serious incidents (Art. 73) --------------------------------------------------------------

# What the Art. 73 report says beyond the register: when and where it happened, who was harmed, the
# causal link, corrective measures, who was informed. Set when recording or later (incident_update).
ART73_FIELDS = (
    "occurred_at",
    "location",
    "affected_count",
    "affected_description",
    "causal_link",
    "causal_link_note",
    "corrective_measures",
    "provider_notified_at",
    "notified_authority",
)
# Free text about people and harm: the log gets its size and a keyed hash, never the text.
_ART73_TEXT_FIELDS = frozenset({"location", "affected_description", "causal_link_note", "corrective_measures"})


def _art73_snapshot(incident: Incident) -> dict[str, Any]:
    """The Art. 73 fields as the audit log records them (texts as size and keyed hash)."""
    snapshot = field_snapshot(incident, [name for name in ART73_FIELDS if name not in _ART73_TEXT_FIELDS])
    for name in sorted(_ART73_TEXT_FIELDS):
        text = getattr(incident, name)
        snapshot[name] = {"chars": len(text), "hmac": payload_hmac(text)[:16]} if text else None
    return snapshot


def _check_art73_times(incident: Incident) -> None:
    now = timezone.now()
    errors = {
        name: "This moment cannot lie in the future."
        for name in ("occurred_at", "provider_notified_at")
        if getattr(incident, name) and getattr(incident, name) > now
    }
    if errors:
        raise ValidationError(errors)


def _strip_texts(values: Mapping[str, Any]) -> dict[str, Any]:
    return {name: value.strip() if isinstance(value, str) else value for name, value in values.items()}


def incident_record(
    *,
    actor: Actor,
    workload: Workload,
    title: str,
    description: str,
    aware_at: dt.datetime,
    category: str,
    died: bool = False,
    widespread_infringement: bool = False,
    member_states: Iterable[str] = (),
    **art73: Any,
) -> Incident:
    """Open a serious incident; the audit event carries its Art. 73 deadline (never the description text).

    ``art73`` takes any of ``ART73_FIELDS`` known at once; the rest is added later with ``incident_update``.
    """
    reject_unknown_fields(art73, ART73_FIELDS)
    if aware_at > timezone.now():
        raise ValidationError({"aware_at": "The moment of awareness cannot lie in the future."})
    with transaction.atomic():
        incident = Incident(
            workload=workload,
            title=title,
            description=description,
            aware_at=aware_at,
            category=category,
            died=died,
            widespread_infringement=widespread_infringement,
            member_states=sorted({code.strip().upper() for code in member_states}),
            created_by=actor.label,
            **_strip_texts(art73),
        )
        incident.full_clean()
        _check_art73_times(incident)
        incident.save()
        deadline = incident.report_deadline()
        audit.record(
            actor=actor,
            action=AuditAction.INCIDENT_RECORD,
            subject_type=SubjectType.INCIDENT,
            subject_id=incident.pk,
            payload={
                "workload": workload.slug,
                "title": title,
                "category": category,
                "died": died,
                "widespread_infringement": widespread_infringement,
                "member_states": incident.member_states,
                "aware_at": aware_at.isoformat(),
                "deadline": deadline.due_at.isoformat(),
                "deadline_rule": deadline.rule,
                "art73": _art73_snapshot(incident),
            },
        )
    return incident


def incident_update(*, actor: Actor, incident: Incident, **fields: Any) -> Incident:
    """Set or correct the Art. 73 details of an incident (``ART73_FIELDS``); the event carries the before/after.

    Texts appear in the diff as their size and keyed hash. Nothing changed, nothing recorded.
    """
    reject_unknown_fields(fields, ART73_FIELDS)
    with transaction.atomic():
        incident = Incident.objects.select_for_update().select_related("workload").get(pk=incident.pk)

        def validate() -> None:
            incident.full_clean()
            _check_art73_times(incident)

        audited_update(
            actor=actor,
            instance=incident,
            values=_strip_texts(fields),
            snapshot=lambda: _art73_snapshot(incident),
            prepare=validate,
            save=lambda: incident.save(update_fields=list(fields)),
            action=AuditAction.INCIDENT_UPDATE,
            subject_type=SubjectType.INCIDENT,
            subject_id=str(incident.pk),
            payload=lambda changes: {"workload": incident.workload.slug, "changes": changes},
        )
    return incident


def incident_mark_reported(*, actor: Actor, incident: Incident, reported_at: dt.datetime) -> Incident:
    """Record that the Art. 73 report went to the market surveillance authority at ``reported_at``."""
    with transaction.atomic():
        incident = Incident.objects.select_for_update().get(pk=incident.pk)
        if incident.status != Incident.Status.OPEN:
            raise ValidationError(
                {"status": f"This incident is {incident.status}; only an open incident can be reported."}
            )
        if reported_at < incident.aware_at:
            raise ValidationError({"reported_at": "The report cannot precede the moment of awareness."})
        if reported_at > timezone.now():
            raise ValidationError({"reported_at": "The report time cannot lie in the future."})
        incident.status = Incident.Status.REPORTED
        incident.reported_at = reported_at
        incident.save(update_fields=["status", "reported_at"])
        deadline = incident.report_deadline()
        audit.record(
            actor=actor,
            action=AuditAction.INCIDENT_REPORT,
            subject_type=SubjectType.INCIDENT,
            subject_id=incident.pk,
            payload={
                "workload": incident.workload.slug,
                "reported_at": reported_at.isoformat(),
                "deadline": deadline.due_at.isoformat(),
                "on_time": reported_at <= deadline.due_at,
            },
        )
    return incident


def incident_close(*, actor: Actor, incident: Incident, note: str) -> Incident:
    """Close an incident with a note saying why (investigation done, or found not to be serious)."""
    if not note.strip():
        raise ValidationError({"note": "Say why the incident is closed."})
    with transaction.atomic():
        incident = Incident.objects.select_for_update().get(pk=incident.pk)
        if incident.status == Incident.Status.CLOSED:
            raise ValidationError({"status": "This incident is already closed."})
        previous = incident.status
        incident.status = Incident.Status.CLOSED
        incident.closed_at = timezone.now()
        incident.close_note = note.strip()
        incident.save(update_fields=["status", "closed_at", "close_note"])
        audit.record(
            actor=actor,
            action=AuditAction.INCIDENT_CLOSE,
            subject_type=SubjectType.INCIDENT,
            subject_id=incident.pk,
            payload={
                "workload": incident.workload.slug,
                "from": previous,
                "reported": incident.reported_at is not None,
                "note": incident.close_note,
            },
        )
    return incident


# --- Fundamental-rights impact assessment (Art. 27) ------------------------------------------

FRIA_ELEMENTS = (
    "processes",
    "period_and_frequency",
    "affected_persons",
    "risks_of_harm",
    "human_oversight",
    "mitigation_and_governance",
)


def fria_record(
    *,
    actor: Actor,
    workload: Workload,
    processes: str,
    period_and_frequency: str,
    affected_persons: str,
    risks_of_harm: str,
    human_oversight: str,
    mitigation_and_governance: str,
    dpia_reference: str = "",
    authority_notified_on: dt.date | None = None,
) -> FundamentalRightsImpactAssessment:
    """Record the next version of the workload's assessment; versions are never edited, a change is a new version.

    The audit event carries the version, the SHA-256 of the elements and their
    sizes, never their text (the text stays in the assessment row).
    """
    elements = {
        "processes": processes.strip(),
        "period_and_frequency": period_and_frequency.strip(),
        "affected_persons": affected_persons.strip(),
        "risks_of_harm": risks_of_harm.strip(),
        "human_oversight": human_oversight.strip(),
        "mitigation_and_governance": mitigation_and_governance.strip(),
    }
    if authority_notified_on is not None and authority_notified_on > timezone.now().date():
        raise ValidationError({"authority_notified_on": "The notification date cannot lie in the future."})
    content = {
        **elements,
        "dpia_reference": dpia_reference.strip(),
        "authority_notified_on": authority_notified_on.isoformat() if authority_notified_on else "",
    }
    with transaction.atomic():
        workload = Workload.objects.select_for_update().get(pk=workload.pk)
        previous = FundamentalRightsImpactAssessment.objects.filter(workload=workload).order_by("-version").first()
        assessment = FundamentalRightsImpactAssessment(
            workload=workload,
            version=(previous.version + 1) if previous else 1,
            dpia_reference=content["dpia_reference"],
            authority_notified_on=authority_notified_on,
            content_hash=hashlib.sha256(canonical_json(content)).hexdigest(),
            assessed_by=actor.label,
            **elements,
        )
        assessment.full_clean()
        assessment.save()
        audit.record(
            actor=actor,
            action=AuditAction.FRIA_RECORD,
            subject_type=SubjectType.WORKLOAD,
            subject_id=workload.slug,
            payload={
                "workload": workload.slug,
                "version": assessment.version,
                "content_hash": assessment.content_hash,
                "sizes": {name: len(text) for name, text in elements.items()},
                "dpia_reference": bool(assessment.dpia_reference),
                "authority_notified_on": content["authority_notified_on"],
            },
        )
    return assessment


# --- Generated reports ------------------------------------------------------------------------


def report_generated_record(
    *,
    actor: Actor,
    report: str,
    sha256: str,
    size_bytes: int,
    pages: int,
    head_seq: int,
    checkpoint_id: int | None,
    parameters: Mapping[str, str] | None = None,
) -> int:
    """Record that a report file with ``sha256`` was handed out; returns the event's seq.

    The event is what an auditor finds when checking a handed-over copy
    (``reports.selectors.report_events_for_hash``): the report's name, its
    parameters (ids, dates), sizes and the log head it describes; no content.
    """
    if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        raise ValueError("sha256 must be 64 lowercase hex digits")
    with transaction.atomic():
        event = audit.record(
            actor=actor,
            action=AuditAction.REPORT_GENERATED,
            subject_type=SubjectType.REPORT,
            subject_id=sha256,
            payload={
                "report": report,
                "format": "pdf",
                "sha256": sha256,
                "size_bytes": size_bytes,
                "pages": pages,
                "parameters": dict(parameters or {}),
                "head_seq": head_seq,
                "checkpoint": checkpoint_id,
            },
        )
    return event.seq
