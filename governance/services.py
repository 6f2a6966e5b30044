"""Writes to the registry. Each service validates, runs in one transaction and
records exactly one audit event in that transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone

from audit import services as audit
from audit.actions import AuditAction, SubjectType
from audit.actors import Actor
from audit.models import AuditEvent
from governance import key_failures, versioning
from governance.keys import generate_key
from governance.lifecycle import HIGH_RISK_MIN_RETENTION_DAYS, check_transition
from governance.models import Destination, PolicyVersion, Screening, ServiceKey, Workload
from governance.policy import DEFAULT_POLICY, diff_policies, validate_policy
from governance.tiers import compute_tier

WORKLOAD_FIELDS = (
    "name",
    "owner",
    "business_unit",
    "purpose",
    "role",
    "gpai_use",
    "data_categories",
    "oversight_contact",
    "log_retention_days",
    "quality_priority",
    "request_volume",
    "cost_sensitivity",
    "residency_need",
)
SCREENING_FIELDS = tuple(
    field.name for field in Screening._meta.get_fields() if isinstance(field, models.Field) and field.name != "workload"
)
DESTINATION_FIELDS = (
    "provider",
    "model",
    "endpoint_url",
    "kind",
    "jurisdiction",
    "region",
    "dpa_signed",
    "transfer_mechanism",
    "adequacy_scope",
    "adequacy_review_date",
    "active",
    # The gateway's: a credential reference (never the secret) and the upstream models callers may name.
    "credential_ref",
    "upstream_models",
)


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def field_snapshot(instance: models.Model, fields: Iterable[str]) -> dict[str, Any]:
    """The JSON-ready values of ``fields`` on ``instance``, for an audit payload."""
    return {name: _json_value(getattr(instance, name)) for name in fields}


def field_diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, list[Any]]:
    """``{field: [before, after]}`` for every field whose value changed."""
    return {name: [before[name], after[name]] for name in after if before.get(name) != after[name]}


def audited_update(
    *,
    actor: Actor,
    instance: models.Model,
    values: Mapping[str, Any],
    snapshot: Callable[[], dict[str, Any]],
    action: AuditAction,
    subject_type: SubjectType,
    subject_id: str,
    prepare: Callable[[], None] | None = None,
    save: Callable[[], None] | None = None,
    payload: Callable[[dict[str, list[Any]]], dict[str, Any]] = lambda changes: {"changes": changes},
    record_unchanged: bool = False,
) -> dict[str, list[Any]]:
    """Set ``values`` on ``instance``, save and audit the before/after diff; returns the diff.

    Call inside the caller's transaction, on a row it holds locked. ``snapshot``
    reads the audited state (before and after); ``prepare`` runs once the values
    are set (normalise, recompute, ``full_clean``; a ValidationError aborts
    before anything is saved); ``save`` defaults to ``instance.save()``. When
    nothing changed, nothing is saved or recorded, unless ``record_unchanged``
    (a row being created). ``payload`` builds the event payload from the diff,
    after the save.
    """
    before = snapshot()
    for name, value in values.items():
        setattr(instance, name, value)
    if prepare is not None:
        prepare()
    changes = field_diff(before, snapshot())
    if not changes and not record_unchanged:
        return changes
    if save is None:
        instance.save()
    else:
        save()
    audit.record(actor=actor, action=action, subject_type=subject_type, subject_id=subject_id, payload=payload(changes))
    return changes


def reject_unknown_fields(values: Mapping[str, Any], allowed: Iterable[str]) -> None:
    """A ValidationError naming every key of ``values`` that is not in ``allowed``."""
    unknown = sorted(set(values) - set(allowed))
    if unknown:
        raise ValidationError({name: "Unknown field." for name in unknown})


def _destinations_by_slug(slugs: Iterable[str]) -> list[Destination]:
    wanted = sorted(set(slugs))
    found = {d.slug: d for d in Destination.objects.filter(slug__in=wanted)}
    missing = [slug for slug in wanted if slug not in found]
    if missing:
        raise ValidationError({"allowed_destinations": f"Unknown destinations: {', '.join(missing)}."})
    return [found[slug] for slug in wanted]


def _validate_workload(workload: Workload, screening: Screening) -> None:
    errors: dict[str, list[str]] = {}
    for target, exclude in ((workload, ["status", "tier", "version"]), (screening, ["workload"])):
        try:
            target.full_clean(exclude=exclude, validate_unique=target is workload)
        except ValidationError as exc:
            for name, messages in exc.message_dict.items():
                errors.setdefault(name, []).extend(messages)
    if workload.tier == Workload.Tier.HIGH_RISK and workload.log_retention_days < HIGH_RISK_MIN_RETENTION_DAYS:
        errors.setdefault("log_retention_days", []).append(
            f"High-risk workloads keep logs at least {HIGH_RISK_MIN_RETENTION_DAYS} days (Art. 19(1), 26(6))."
        )
    if errors:
        raise ValidationError(errors)


def workload_register(
    *,
    actor: Actor,
    slug: str,
    name: str,
    owner: str,
    purpose: str,
    screening: Mapping[str, Any] | None = None,
    allowed_destinations: Iterable[str] = (),
    **fields: Any,
) -> Workload:
    """Register a new workload as a draft, with its screening and computed tier."""
    reject_unknown_fields(fields, WORKLOAD_FIELDS)
    reject_unknown_fields(screening or {}, SCREENING_FIELDS)
    with transaction.atomic():
        workload = Workload(slug=slug, name=name, owner=owner, purpose=purpose, **fields)
        answers = Screening(workload=workload, **(screening or {}))
        workload.tier = compute_tier(answers).tier
        _validate_workload(workload, answers)
        destinations = _destinations_by_slug(allowed_destinations)
        workload.save()
        answers.save()
        workload.allowed_destinations.set(destinations)
        audit.record(
            actor=actor,
            action=AuditAction.WORKLOAD_REGISTER,
            subject_type=SubjectType.WORKLOAD,
            subject_id=workload.slug,
            payload={
                "version": workload.version,
                "tier": workload.tier,
                "fields": field_snapshot(workload, WORKLOAD_FIELDS),
                "screening": field_snapshot(answers, SCREENING_FIELDS),
                "allowed_destinations": [d.slug for d in destinations],
            },
        )
    return workload


def workload_update(
    *,
    actor: Actor,
    workload: Workload,
    screening: Mapping[str, Any] | None = None,
    allowed_destinations: Iterable[str] | None = None,
    **fields: Any,
) -> Workload:
    """Change a workload's fields, screening answers or destinations; the tier is recomputed.

    If the new answers make an approved workload prohibited, it is suspended in
    the same transaction: a prohibited practice must not stay in use.
    """
    reject_unknown_fields(fields, WORKLOAD_FIELDS)
    reject_unknown_fields(screening or {}, SCREENING_FIELDS)
    with transaction.atomic():
        workload = Workload.objects.select_for_update().get(pk=workload.pk)
        if workload.status == Workload.Status.RETIRED:
            raise ValidationError({"status": "A retired workload cannot be changed."})
        answers = workload.screening

        def audited_state() -> dict[str, Any]:
            return {
                **field_snapshot(workload, WORKLOAD_FIELDS),
                **{f"screening.{k}": v for k, v in field_snapshot(answers, SCREENING_FIELDS).items()},
                "allowed_destinations": sorted(workload.allowed_destinations.values_list("slug", flat=True)),
                "tier": workload.tier,
                "status": workload.status,
            }

        def apply_screening_and_tier() -> None:
            for name, value in (screening or {}).items():
                setattr(answers, name, value)
            workload.tier = compute_tier(answers).tier
            _validate_workload(workload, answers)
            if allowed_destinations is not None:
                workload.allowed_destinations.set(_destinations_by_slug(allowed_destinations))
            if workload.tier == Workload.Tier.PROHIBITED and workload.status == Workload.Status.APPROVED:
                workload.status = Workload.Status.SUSPENDED

        def save_new_version() -> None:
            workload.version += 1
            workload.save()
            answers.save()

        audited_update(
            actor=actor,
            instance=workload,
            values=fields,
            snapshot=audited_state,
            prepare=apply_screening_and_tier,
            save=save_new_version,
            action=AuditAction.WORKLOAD_UPDATE,
            subject_type=SubjectType.WORKLOAD,
            subject_id=workload.slug,
            payload=lambda changes: {"version": workload.version, "changes": changes},
        )
    return workload


def _workload_transition(
    *,
    actor: Actor,
    workload: Workload,
    target: str,
    action: AuditAction,
    reason: str,
    extra: Mapping[str, Any] | None = None,
) -> Workload:
    with transaction.atomic():
        workload = Workload.objects.select_for_update().get(pk=workload.pk)
        check_transition(workload, target)
        previous = workload.status
        workload.status = target
        workload.version += 1
        workload.save(update_fields=["status", "version", "updated_at"])
        audit.record(
            actor=actor,
            action=action,
            subject_type=SubjectType.WORKLOAD,
            subject_id=workload.slug,
            payload={
                "version": workload.version,
                "from": previous,
                "to": target,
                "reason": reason,
                "tier": workload.tier,
                **(extra or {}),
            },
        )
    return workload


def workload_approve(
    *, actor: Actor, workload: Workload, reason: str = "", checklist: Mapping[str, Any] | None = None
) -> Workload:
    """Approve a draft or suspended workload so services may use it.

    ``checklist`` is the deployer checklist (Art. 26) the officer confirmed for
    a high-risk workload (governance.checklist); it is recorded in the event.
    """
    return _workload_transition(
        actor=actor,
        workload=workload,
        target=Workload.Status.APPROVED,
        action=AuditAction.WORKLOAD_APPROVE,
        reason=reason,
        extra={"checklist": dict(checklist)} if checklist else None,
    )


def workload_suspend(*, actor: Actor, workload: Workload, reason: str = "") -> Workload:
    """Suspend an approved workload: every pre-flight for it is denied until re-approved."""
    return _workload_transition(
        actor=actor,
        workload=workload,
        target=Workload.Status.SUSPENDED,
        action=AuditAction.WORKLOAD_SUSPEND,
        reason=reason,
    )


def workload_retire(*, actor: Actor, workload: Workload, reason: str = "") -> Workload:
    """Retire a workload for good; its history stays in the audit log."""
    return _workload_transition(
        actor=actor,
        workload=workload,
        target=Workload.Status.RETIRED,
        action=AuditAction.WORKLOAD_RETIRE,
        reason=reason,
    )


def destination_create(*, actor: Actor, slug: str, **fields: Any) -> Destination:
    """Add a destination to the catalogue."""
    reject_unknown_fields(fields, DESTINATION_FIELDS)
    with transaction.atomic():
        destination = Destination(slug=slug, **fields)
        destination.full_clean()
        destination.save()
        audit.record(
            actor=actor,
            action=AuditAction.DESTINATION_CREATE,
            subject_type=SubjectType.DESTINATION,
            subject_id=destination.slug,
            payload={"fields": field_snapshot(destination, DESTINATION_FIELDS)},
        )
    return destination


def destination_update(*, actor: Actor, destination: Destination, **fields: Any) -> Destination:
    """Change a destination's attributes (including deactivating it)."""
    reject_unknown_fields(fields, DESTINATION_FIELDS)
    with transaction.atomic():
        destination = Destination.objects.select_for_update().get(pk=destination.pk)
        audited_update(
            actor=actor,
            instance=destination,
            values=fields,
            snapshot=lambda: field_snapshot(destination, DESTINATION_FIELDS),
            prepare=destination.full_clean,
            action=AuditAction.DESTINATION_UPDATE,
            subject_type=SubjectType.DESTINATION,
            subject_id=destination.slug,
        )
    return destination


# --- Service keys ------------------------------------------------------------


def servicekey_create(
    *, actor: Actor, name: str, workloads: Iterable[Workload], rate_limit_per_minute: int | None = None
) -> tuple[ServiceKey, str]:
    """Create a key scoped to ``workloads``. Returns the row and the plaintext, which is shown once."""
    scope = list(workloads)
    if not scope:
        raise ValidationError({"workloads": "A key must be scoped to at least one workload."})
    if rate_limit_per_minute is not None and rate_limit_per_minute < 1:
        raise ValidationError({"rate_limit_per_minute": "Must be at least 1."})
    new = generate_key()
    with transaction.atomic():
        key = ServiceKey(
            name=name,
            prefix=new.prefix,
            key_hash=new.key_hash,
            rate_limit_per_minute=rate_limit_per_minute,
            created_by=actor.label,
        )
        key.full_clean()
        key.save()
        key.workloads.set(scope)
        audit.record(
            actor=actor,
            action=AuditAction.SERVICEKEY_CREATE,
            subject_type=SubjectType.SERVICE_KEY,
            subject_id=key.prefix,
            payload={
                "name": name,
                "workloads": sorted(w.slug for w in scope),
                "rate_limit_per_minute": rate_limit_per_minute,
            },
        )
    return key, new.plaintext


def servicekey_revoke(*, actor: Actor, key: ServiceKey, reason: str = "") -> ServiceKey:
    """Revoke a key at once; later calls with it get 401."""
    with transaction.atomic():
        key = ServiceKey.objects.select_for_update().get(pk=key.pk)
        if key.state(timezone.now()) == ServiceKey.State.REVOKED:
            raise ValidationError({"revoked_at": "This key is already revoked."})
        key.revoked_at = timezone.now()
        key.save(update_fields=["revoked_at"])
        audit.record(
            actor=actor,
            action=AuditAction.SERVICEKEY_REVOKE,
            subject_type=SubjectType.SERVICE_KEY,
            subject_id=key.prefix,
            payload={"reason": reason},
        )
    return key


def servicekey_rotate(
    *, actor: Actor, key: ServiceKey, overlap: dt.timedelta = dt.timedelta(hours=24)
) -> tuple[ServiceKey, str]:
    """Issue a successor with the same scope; the old key keeps working for ``overlap``, then expires."""
    if overlap < dt.timedelta(0):
        raise ValidationError({"overlap": "The overlap cannot be negative."})
    with transaction.atomic():
        key = ServiceKey.objects.select_for_update().get(pk=key.pk)
        if not key.accepts_calls(timezone.now()):
            raise ValidationError({"key": "A revoked or expired key cannot be rotated; create a new one."})
        new = generate_key()
        successor = ServiceKey.objects.create(
            name=key.name,
            prefix=new.prefix,
            key_hash=new.key_hash,
            rate_limit_per_minute=key.rate_limit_per_minute,
            created_by=actor.label,
        )
        successor.workloads.set(key.workloads.all())
        key.expires_at = timezone.now() + overlap
        key.replaced_by = successor
        key.save(update_fields=["expires_at", "replaced_by"])
        audit.record(
            actor=actor,
            action=AuditAction.SERVICEKEY_ROTATE,
            subject_type=SubjectType.SERVICE_KEY,
            subject_id=key.prefix,
            payload={"successor": successor.prefix, "old_key_expires_at": key.expires_at.isoformat()},
        )
    return successor, new.plaintext


def servicekey_record_failure(
    *, key_prefix: str, reason: str, workload: str = "", remote_addr: str = ""
) -> key_failures.FailureVerdict:
    """Count a failed use of a known key (bad secret, revoked, expired, out of scope) and audit it in aggregate.

    The first failure of the key in an audit interval is written at once, with
    any earlier intervals still pending; the rest of the interval is written
    later by ``servicekey_failures_flush`` (see ``governance.key_failures``).
    The verdict says whether the source or the prefix is over its failure limit.
    """
    verdict = key_failures.register_failure(
        prefix=key_prefix, reason=reason, remote_addr=remote_addr, workload=workload
    )
    if verdict.to_record is not None:
        _servicekey_write_failures(verdict.to_record, trigger=reason)
    return verdict


def servicekey_failures_flush(*, now: float | None = None) -> int:
    """Write the pending failed-use counts of ended intervals, one event per key and interval; returns how many."""
    batches = key_failures.claim_pending(now=now)
    for batch in batches:
        _servicekey_write_failures(batch, trigger="")
    return len(batches)


def _servicekey_write_failures(batch: key_failures.FailureBatch, *, trigger: str) -> None:
    payload: dict[str, object] = batch.payload()
    if trigger:
        payload["reason"] = trigger  # the failure that opened the interval
    try:
        with transaction.atomic():
            audit.record(
                actor=Actor(type=AuditEvent.ActorType.SERVICE_KEY, id=batch.prefix, label=batch.prefix),
                action=AuditAction.SERVICEKEY_USE_FAILED,
                subject_type=SubjectType.SERVICE_KEY,
                subject_id=batch.prefix,
                payload=payload,
            )
    except Exception:
        key_failures.requeue(batch)  # counted again by the next flush, not lost
        raise


# --- Residency policy ----------------------------------------------------------


POLICY_DOCUMENT = versioning.DocumentKind(
    model=PolicyVersion,
    subject_type=SubjectType.POLICY,
    draft_create_action=AuditAction.POLICY_DRAFT_CREATE,
    draft_update_action=AuditAction.POLICY_DRAFT_UPDATE,
    publish_action=AuditAction.POLICY_PUBLISH,
    validate=validate_policy,
    diff=diff_policies,
)


def policy_draft_create(*, actor: Actor, content: Mapping[str, Any], notes: str = "") -> PolicyVersion:
    """Save a new draft version of the policy (not in force until published)."""
    return versioning.draft_create(POLICY_DOCUMENT, actor=actor, content=content, notes=notes)


def policy_draft_update(
    *, actor: Actor, version: PolicyVersion, content: Mapping[str, Any], notes: str | None = None
) -> PolicyVersion:
    """Change a draft; published and superseded versions are immutable."""
    return versioning.draft_update(POLICY_DOCUMENT, actor=actor, version=version, content=content, notes=notes)


def policy_publish(*, actor: Actor, version: PolicyVersion) -> PolicyVersion:
    """Put a draft in force; the previously published version is superseded. The audit event carries the diff."""
    return versioning.publish(POLICY_DOCUMENT, actor=actor, version=version)


def policy_ensure_default(*, actor: Actor) -> PolicyVersion | None:
    """Publish the built-in default policy if no version exists yet; None when one already does."""
    if PolicyVersion.objects.exists():
        return None
    draft = policy_draft_create(actor=actor, content=DEFAULT_POLICY, notes="Built-in default (GDPR Chapter V).")
    return policy_publish(actor=actor, version=draft)
