"""Four-eyes control: changes that a second officer approves before they apply.

Approving (or re-approving) a high-risk workload, publishing a policy version,
and adding a destination or changing what its transfer basis rests on
(``BASIS_FIELDS``) become a ``ChangeRequest`` when ``CUSTOS_FOUR_EYES`` is on.
Each step is an audit event: ``change.request``, ``change.approve``,
``change.reject``, ``change.withdraw``, ``change.apply``, and
``change.refuse`` when the requester tries to decide their own request or the
target moved since the request was made (stale).

The approval applies the change in its own transaction through the existing
services, so their audit events (``workload.approve``, ``policy.publish``,
``destination.update`` ...) are written as before, between ``change.approve``
and ``change.apply``; if the service refuses, nothing of the approval stays.
Why the services themselves stay single-step: docs/decisions/0011-four-eyes-control.md.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from audit import services as audit
from audit.actions import AuditAction, SubjectType
from audit.actors import Actor
from audit.canonical import canonical_json
from governance import services
from governance.checklist import validate_checklist_record
from governance.lifecycle import InvalidTransition, check_transition
from governance.models import ChangeRequest, Destination, PolicyVersion, Workload
from governance.policy import validate_policy

Kind = ChangeRequest.Kind

# A destination change that touches one of these needs a second officer: they decide its
# transfer basis under GDPR Chapter V (governance.policy.transfer_basis) or its Art. 28 agreement.
BASIS_FIELDS = frozenset(
    {"kind", "jurisdiction", "transfer_mechanism", "adequacy_scope", "adequacy_review_date", "dpa_signed"}
)


class ChangeRefused(Exception):
    """A decision on a change request that is not allowed; the refusal is already in the audit log."""

    def __init__(self, message: str, *, code: str) -> None:
        super().__init__(message)
        self.code = code


def four_eyes_enabled() -> bool:
    return bool(settings.CUSTOS_FOUR_EYES)


def workload_approval_needs_second_officer(workload: Workload) -> bool:
    """High-risk approvals and re-approvals go through a second officer when four-eyes control is on."""
    return four_eyes_enabled() and workload.tier == Workload.Tier.HIGH_RISK


def destination_change_needs_second_officer(destination: Destination | None, fields: Mapping[str, Any]) -> bool:
    """A new destination, or a change to a field its transfer basis or DPA rests on (``BASIS_FIELDS``)."""
    if not four_eyes_enabled():
        return False
    if destination is None:
        return True
    return any(name in BASIS_FIELDS and getattr(destination, name) != value for name, value in fields.items())


# --- what "the target changed" means ----------------------------------------------


def _digest(state: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_json(state)).hexdigest()


def _target_state(kind: str, target: str) -> dict[str, Any]:
    """The state of the target a request was made against; any change in it makes the request stale."""
    if kind == Kind.WORKLOAD_APPROVE:
        workload = Workload.objects.filter(slug=target).first()
        if workload is None:
            return {"exists": False}
        return {"status": workload.status, "version": workload.version, "tier": workload.tier}
    if kind == Kind.POLICY_PUBLISH:
        version = PolicyVersion.objects.filter(number=int(target)).first()
        published = PolicyVersion.objects.filter(status=PolicyVersion.Status.PUBLISHED).first()
        return {
            "status": version.status if version else None,
            "content_hash": version.content_hash if version else None,
            # The diff the approver reviews is against the version in force.
            "published": published.number if published else None,
        }
    destination = Destination.objects.filter(slug=target).first()
    if destination is None:
        return {"exists": False}
    return services.field_snapshot(destination, services.DESTINATION_FIELDS)


def is_stale(request: ChangeRequest) -> bool:
    return request.target_fingerprint != _digest(_target_state(request.kind, request.target))


# --- the change, checked when requested ---------------------------------------------


def _json_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    return {name: value.isoformat() if isinstance(value, dt.date) else value for name, value in fields.items()}


def model_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    values = dict(fields)
    if isinstance(values.get("adequacy_review_date"), str):
        values["adequacy_review_date"] = dt.date.fromisoformat(values["adequacy_review_date"])
    return values


def _check_requestable(kind: str, target: str, change: Mapping[str, Any]) -> None:
    """Refuse at once what the apply step would refuse, so that nobody approves a change that cannot apply."""
    if kind == Kind.WORKLOAD_APPROVE:
        workload = Workload.objects.get(slug=target)
        check_transition(workload, Workload.Status.APPROVED)
        if workload.tier == Workload.Tier.HIGH_RISK:
            validate_checklist_record(workload, change.get("checklist"))
    elif kind == Kind.POLICY_PUBLISH:
        version = PolicyVersion.objects.get(number=int(target))
        if version.status != PolicyVersion.Status.DRAFT:
            raise ValidationError(
                {"status": f"Version {version.number} is {version.status}; only a draft can be published."}
            )
        validate_policy(version.content)
    elif kind == Kind.DESTINATION_CREATE:
        services.reject_unknown_fields(change["fields"], services.DESTINATION_FIELDS)
        Destination(slug=target, **model_fields(change["fields"])).full_clean()
    elif kind == Kind.DESTINATION_UPDATE:
        services.reject_unknown_fields(change["fields"], services.DESTINATION_FIELDS)
        destination = Destination.objects.get(slug=target)
        for name, value in model_fields(change["fields"]).items():
            setattr(destination, name, value)
        destination.full_clean()
    else:
        raise ValidationError({"kind": f"Unknown kind of change {kind!r}."})


def change_request_create(
    *, actor: Actor, kind: str, target: str, change: Mapping[str, Any], reason: str = ""
) -> ChangeRequest:
    """Ask a second officer to approve a change; it is checked now and applied only by ``change_request_approve``.

    ``change`` is what the apply step passes to the service: ``{"fields": {...}}``
    for destinations, ``{"reason": ..., "checklist": {...}}`` for a workload
    approval, ``{}`` for publishing a policy. One pending request per target
    and kind (a second one is refused).
    """
    change = {**change}
    if "fields" in change:
        change["fields"] = _json_fields(change["fields"])
    with transaction.atomic():
        _check_requestable(kind, target, change)
        if ChangeRequest.objects.filter(kind=kind, target=target, status=ChangeRequest.Status.PENDING).exists():
            raise ValidationError({"target": f"A request for this change of {target} is already waiting."})
        request = ChangeRequest.objects.create(
            kind=kind,
            target=target,
            change=change,
            target_fingerprint=_digest(_target_state(kind, target)),
            reason=reason,
            requested_by_id=actor.id,
            requested_by=actor.label,
        )
        audit.record(
            actor=actor,
            action=AuditAction.CHANGE_REQUEST,
            subject_type=SubjectType.CHANGE_REQUEST,
            subject_id=request.pk,
            payload={"kind": kind, "target": target, "change": change, "reason": reason},
        )
    return request


# --- deciding ------------------------------------------------------------------------


def _refuse(*, actor: Actor, request: ChangeRequest, step: str, code: str, message: str) -> ChangeRefused:
    """Record the refused step in its own committed transaction and return the error to raise."""
    with transaction.atomic():
        audit.record(
            actor=actor,
            action=AuditAction.CHANGE_REFUSE,
            subject_type=SubjectType.CHANGE_REQUEST,
            subject_id=request.pk,
            payload={"kind": request.kind, "target": request.target, "step": step, "refused": code},
        )
    return ChangeRefused(message, code=code)


def _pending(request: ChangeRequest) -> ChangeRequest:
    request = ChangeRequest.objects.select_for_update().get(pk=request.pk)
    if request.status != ChangeRequest.Status.PENDING:
        raise ValidationError({"status": f"This request is already {request.get_status_display().lower()}."})
    return request


def _is_requester(actor: Actor, request: ChangeRequest) -> bool:
    return actor.id == request.requested_by_id


def _apply(*, actor: Actor, request: ChangeRequest) -> dict[str, Any]:
    change = request.change
    if request.kind == Kind.WORKLOAD_APPROVE:
        workload = services.workload_approve(
            actor=actor,
            workload=Workload.objects.get(slug=request.target),
            reason=change.get("reason", ""),
            checklist=change.get("checklist"),
        )
        return {"status": workload.status, "version": workload.version}
    if request.kind == Kind.POLICY_PUBLISH:
        version = services.policy_publish(actor=actor, version=PolicyVersion.objects.get(number=int(request.target)))
        return {"status": version.status, "content_hash": version.content_hash}
    fields = model_fields(change["fields"])
    if request.kind == Kind.DESTINATION_CREATE:
        services.destination_create(actor=actor, slug=request.target, **fields)
    else:
        services.destination_update(actor=actor, destination=Destination.objects.get(slug=request.target), **fields)
    return {"fields": sorted(fields)}


def change_request_approve(*, actor: Actor, request: ChangeRequest, note: str = "") -> ChangeRequest:
    """Approve someone else's pending request and apply it in the same transaction.

    Refused (and the refusal audited) when ``actor`` made the request, or when
    its target changed since (stale). A ValidationError from the service that
    applies the change rolls the approval back; the request stays pending.
    """
    with transaction.atomic():
        request = _pending(request)
        refusal = None
        if _is_requester(actor, request):
            refusal = ("self_approval", "You made this request; another officer must approve it.")
        elif is_stale(request):
            refusal = ("stale", f"{request.target} changed since this request was made; ask for a new one.")
        if refusal is None:
            request.status = ChangeRequest.Status.APPLIED
            request.decided_by_id, request.decided_by = actor.id, actor.label
            request.decided_at = timezone.now()
            request.decision_note = note
            request.save(update_fields=["status", "decided_by_id", "decided_by", "decided_at", "decision_note"])
            audit.record(
                actor=actor,
                action=AuditAction.CHANGE_APPROVE,
                subject_type=SubjectType.CHANGE_REQUEST,
                subject_id=request.pk,
                payload={"kind": request.kind, "target": request.target, "note": note},
            )
            try:
                result = _apply(actor=actor, request=request)
            except InvalidTransition as exc:  # e.g. a blocker the request could not foresee
                raise ValidationError({"status": str(exc)}) from exc
            audit.record(
                actor=actor,
                action=AuditAction.CHANGE_APPLY,
                subject_type=SubjectType.CHANGE_REQUEST,
                subject_id=request.pk,
                payload={
                    "kind": request.kind,
                    "target": request.target,
                    "requested_by": request.requested_by,
                    "approved_by": actor.label,
                    "result": result,
                },
            )
            return request
    code, message = refusal
    raise _refuse(actor=actor, request=request, step="approve", code=code, message=message)


def change_request_reject(*, actor: Actor, request: ChangeRequest, note: str = "") -> ChangeRequest:
    """Turn down someone else's pending request; nothing changes. The requester withdraws instead."""
    with transaction.atomic():
        request = _pending(request)
        if not _is_requester(actor, request):
            if not note.strip():
                raise ValidationError({"note": "Say why the request is rejected."})
            request.status = ChangeRequest.Status.REJECTED
            request.decided_by_id, request.decided_by = actor.id, actor.label
            request.decided_at = timezone.now()
            request.decision_note = note
            request.save(update_fields=["status", "decided_by_id", "decided_by", "decided_at", "decision_note"])
            audit.record(
                actor=actor,
                action=AuditAction.CHANGE_REJECT,
                subject_type=SubjectType.CHANGE_REQUEST,
                subject_id=request.pk,
                payload={"kind": request.kind, "target": request.target, "note": note},
            )
            return request
    raise _refuse(
        actor=actor,
        request=request,
        step="reject",
        code="self_rejection",
        message="You made this request; withdraw it instead of rejecting it.",
    )


def change_request_withdraw(*, actor: Actor, request: ChangeRequest) -> ChangeRequest:
    """The requester takes back their pending request; nothing changes."""
    with transaction.atomic():
        request = _pending(request)
        if _is_requester(actor, request):
            request.status = ChangeRequest.Status.WITHDRAWN
            request.decided_by_id, request.decided_by = actor.id, actor.label
            request.decided_at = timezone.now()
            request.save(update_fields=["status", "decided_by_id", "decided_by", "decided_at"])
            audit.record(
                actor=actor,
                action=AuditAction.CHANGE_WITHDRAW,
                subject_type=SubjectType.CHANGE_REQUEST,
                subject_id=request.pk,
                payload={"kind": request.kind, "target": request.target},
            )
            return request
    raise _refuse(
        actor=actor,
        request=request,
        step="withdraw",
        code="not_requester",
        message="Only the officer who made the request can withdraw it; reject it instead.",
    )
