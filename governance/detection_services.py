"""Writes and reads of the detection profile: services record their audit event in the same transaction.

Kept beside ``governance/services.py`` (the residency policy's services are the
model) so the profile's lifecycle reads in one place.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import QuerySet
from django.utils import timezone

from audit import services as audit
from audit.actions import AuditAction, SubjectType
from audit.actors import Actor
from audit.fingerprints import payload_hmac
from governance.detection import (
    DatasetPreview,
    Preview,
    content_hash,
    diff_profiles,
    preview,
    preview_dataset,
    validate_profile,
)
from governance.models import DetectionProfileVersion

# --- selectors ---------------------------------------------------------------


def detection_profile_list() -> QuerySet[DetectionProfileVersion]:
    return DetectionProfileVersion.objects.order_by("-number")


def detection_profile_get(*, number: int) -> DetectionProfileVersion:
    """Raises ``DetectionProfileVersion.DoesNotExist``."""
    return DetectionProfileVersion.objects.get(number=number)


def detection_profile_published() -> DetectionProfileVersion | None:
    """The version in force, or None (the engine then runs as built)."""
    return DetectionProfileVersion.objects.filter(status=DetectionProfileVersion.Status.PUBLISHED).first()


# --- services ----------------------------------------------------------------


def detection_profile_draft_create(
    *, actor: Actor, content: Mapping[str, Any], notes: str = ""
) -> DetectionProfileVersion:
    """Save a new draft version of the detection profile (not in force until published)."""
    validate_profile(content)
    with transaction.atomic():
        # Two concurrent drafts would collide on the unique number and one fails cleanly.
        number = (DetectionProfileVersion.objects.aggregate(n=models.Max("number"))["n"] or 0) + 1
        version = DetectionProfileVersion.objects.create(
            number=number,
            content=dict(content),
            content_hash=content_hash(content),
            notes=notes,
            created_by=actor.label,
        )
        audit.record(
            actor=actor,
            action=AuditAction.DETECTION_PROFILE_DRAFT_CREATE,
            subject_type=SubjectType.DETECTION_PROFILE,
            subject_id=number,
            payload={"content_hash": version.content_hash, "notes": notes},
        )
    return version


def detection_profile_draft_update(
    *, actor: Actor, version: DetectionProfileVersion, content: Mapping[str, Any], notes: str | None = None
) -> DetectionProfileVersion:
    """Change a draft; published and superseded versions are immutable."""
    validate_profile(content)
    with transaction.atomic():
        version = DetectionProfileVersion.objects.select_for_update().get(pk=version.pk)
        if version.status != DetectionProfileVersion.Status.DRAFT:
            raise ValidationError(
                {"status": f"Version {version.number} is {version.status}; only drafts can be edited."}
            )
        before = version.content_hash
        version.content = dict(content)
        version.content_hash = content_hash(content)
        if notes is not None:
            version.notes = notes
        version.save(update_fields=["content", "content_hash", "notes"])
        audit.record(
            actor=actor,
            action=AuditAction.DETECTION_PROFILE_DRAFT_UPDATE,
            subject_type=SubjectType.DETECTION_PROFILE,
            subject_id=version.number,
            payload={"content_hash": [before, version.content_hash]},
        )
    return version


def detection_profile_publish(*, actor: Actor, version: DetectionProfileVersion) -> DetectionProfileVersion:
    """Put a draft in force; the previous version is superseded. The audit event carries the diff.

    The write moves the registry token (a trigger on the table), so every worker compiles the new
    profile on its next pre-flight, without a restart.
    """
    with transaction.atomic():
        version = DetectionProfileVersion.objects.select_for_update().get(pk=version.pk)
        if version.status != DetectionProfileVersion.Status.DRAFT:
            raise ValidationError(
                {"status": f"Version {version.number} is {version.status}; only a draft can be published."}
            )
        validate_profile(version.content)
        previous = (
            DetectionProfileVersion.objects.select_for_update()
            .filter(status=DetectionProfileVersion.Status.PUBLISHED)
            .first()
        )
        if previous is not None:
            previous.status = DetectionProfileVersion.Status.SUPERSEDED
            previous.save(update_fields=["status"])
        version.status = DetectionProfileVersion.Status.PUBLISHED
        version.published_at = timezone.now()
        version.save(update_fields=["status", "published_at"])
        audit.record(
            actor=actor,
            action=AuditAction.DETECTION_PROFILE_PUBLISH,
            subject_type=SubjectType.DETECTION_PROFILE,
            subject_id=version.number,
            payload={
                "content_hash": version.content_hash,
                "previous": previous.number if previous else None,
                "previous_hash": previous.content_hash if previous else None,
                "diff": diff_profiles(previous.content if previous else None, version.content),
            },
        )
    return version


def detection_profile_preview(
    *, actor: Actor, version: DetectionProfileVersion, texts: Sequence[str], workload_slug: str | None = None
) -> Preview:
    """Preview ``version`` on sample texts, classified in memory; the audit event keeps sizes and counts only."""
    result = preview(version=version, texts=texts, workload_slug=workload_slug)
    with transaction.atomic():
        audit.record(
            actor=actor,
            action=AuditAction.DETECTION_PROFILE_PREVIEW,
            subject_type=SubjectType.DETECTION_PROFILE,
            subject_id=version.number,
            payload={
                "content_hash": version.content_hash,
                "workload": workload_slug,
                "texts": len(texts),
                "chars": sum(len(text) for text in texts),
                "effects": [
                    {"rule": e.rule_id, "kind": e.kind, "added": e.added, "removed": e.removed} for e in result.totals
                ],
            },
        )
    return result


def detection_profile_preview_dataset(
    *,
    actor: Actor,
    version: DetectionProfileVersion,
    data: bytes,
    filename: str,
    text_column: str = "text",
    id_column: str = "id",
    language: str = "auto",
    workload_slug: str | None = None,
) -> DatasetPreview:
    """Preview ``version`` on an uploaded CSV or JSONL dataset, in memory and within the request's time budget.

    The audit event keeps the file's keyed hash, size and counts, like the sample preview: no text, no row ids.
    """
    result = preview_dataset(
        version=version,
        data=data,
        filename=filename,
        text_column=text_column,
        id_column=id_column,
        language=language,
        workload_slug=workload_slug,
        budget_s=settings.CUSTOS_DETECTION_PREVIEW_BUDGET_S,
    )
    with transaction.atomic():
        audit.record(
            actor=actor,
            action=AuditAction.DETECTION_PROFILE_PREVIEW,
            subject_type=SubjectType.DETECTION_PROFILE,
            subject_id=version.number,
            payload={
                "content_hash": version.content_hash,
                "workload": workload_slug,
                "dataset": {
                    "filename_hmac_sha256": payload_hmac(filename),
                    "bytes": len(data),
                    "format": result.file_format,
                    "language": language,
                    "rows_total": result.rows_total,
                    "rows_scanned": result.rows_scanned,
                    "rows_failed": result.rows_failed,
                    "stopped": result.stopped,
                },
                "effects": [
                    {"rule": r.rule_id, "kind": r.kind, "rows": r.rows, "added": r.added, "removed": r.removed}
                    for r in result.rules
                ],
                "levels_changed": sum(c.rows for c in result.levels if c.level_before != c.level_after),
            },
        )
    return result
