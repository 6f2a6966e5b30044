"""Writes and reads of the detection profile: services record their audit event in the same transaction.

Kept beside ``governance/services.py``; the lifecycle (draft, update, publish)
is the residency policy's, shared through ``governance/versioning.py``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet

from audit import services as audit
from audit.actions import AuditAction, SubjectType
from audit.actors import Actor
from audit.fingerprints import payload_hmac
from governance import versioning
from governance.detection import (
    DatasetPreview,
    Preview,
    diff_profiles,
    preview,
    preview_dataset,
    validate_profile,
)
from governance.models import DetectionProfileVersion

DETECTION_PROFILE_DOCUMENT = versioning.DocumentKind(
    model=DetectionProfileVersion,
    subject_type=SubjectType.DETECTION_PROFILE,
    draft_create_action=AuditAction.DETECTION_PROFILE_DRAFT_CREATE,
    draft_update_action=AuditAction.DETECTION_PROFILE_DRAFT_UPDATE,
    publish_action=AuditAction.DETECTION_PROFILE_PUBLISH,
    validate=validate_profile,
    diff=diff_profiles,
)

# --- selectors ---------------------------------------------------------------


def detection_profile_list() -> QuerySet[DetectionProfileVersion]:
    return DETECTION_PROFILE_DOCUMENT.versions()


def detection_profile_get(*, number: int) -> DetectionProfileVersion:
    """Raises ``DetectionProfileVersion.DoesNotExist``."""
    return DETECTION_PROFILE_DOCUMENT.get(number)


def detection_profile_published() -> DetectionProfileVersion | None:
    """The version in force, or None (the engine then runs as built)."""
    return DETECTION_PROFILE_DOCUMENT.published()


# --- services ----------------------------------------------------------------


def detection_profile_draft_create(
    *, actor: Actor, content: Mapping[str, Any], notes: str = ""
) -> DetectionProfileVersion:
    """Save a new draft version of the detection profile (not in force until published)."""
    return versioning.draft_create(DETECTION_PROFILE_DOCUMENT, actor=actor, content=content, notes=notes)


def detection_profile_draft_update(
    *, actor: Actor, version: DetectionProfileVersion, content: Mapping[str, Any], notes: str | None = None
) -> DetectionProfileVersion:
    """Change a draft; published and superseded versions are immutable."""
    return versioning.draft_update(
        DETECTION_PROFILE_DOCUMENT, actor=actor, version=version, content=content, notes=notes
    )


def detection_profile_publish(*, actor: Actor, version: DetectionProfileVersion) -> DetectionProfileVersion:
    """Put a draft in force; the previous version is superseded. The audit event carries the diff.

    The write moves the registry token (a trigger on the table), so every worker compiles the new
    profile on its next pre-flight, without a restart.
    """
    return versioning.publish(DETECTION_PROFILE_DOCUMENT, actor=actor, version=version)


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
