"""Versioned documents: the residency policy and the detection profile share one lifecycle.

A version is drafted, changed while it is a draft, published (the version in
force is then superseded) and never changed again. Each step runs in one
transaction with its audit event; the publish event carries the diff against
the version it replaces. What differs per document (its model, its audit
names, how it is checked and diffed) is a ``DocumentKind``; the services of
each document (``policy_publish``, ``detection_profile_publish``) name theirs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import QuerySet
from django.utils import timezone

from audit import services as audit
from audit.actions import AuditAction, SubjectType
from audit.actors import Actor
from governance.models import VersionedDocument
from governance.policy import content_hash

V = TypeVar("V", bound=VersionedDocument)
Status = VersionedDocument.Status


@dataclass(frozen=True)
class DocumentKind(Generic[V]):
    """One versioned document: its model, audit names, check (raises ValidationError) and diff."""

    model: type[V]
    subject_type: SubjectType
    draft_create_action: AuditAction
    draft_update_action: AuditAction
    publish_action: AuditAction
    validate: Callable[[Any], None]
    diff: Callable[[Mapping[str, Any] | None, Mapping[str, Any]], Mapping[str, Any]]

    # --- reads ---------------------------------------------------------------

    def versions(self) -> QuerySet[V]:
        """Every version, newest first."""
        return self.model._default_manager.order_by("-number")

    def get(self, number: int) -> V:
        """Raises ``model.DoesNotExist``."""
        return self.model._default_manager.get(number=number)

    def published(self) -> V | None:
        """The version in force, or None."""
        return self.model._default_manager.filter(status=Status.PUBLISHED).first()

    def latest_draft(self) -> V | None:
        return self.versions().filter(status=Status.DRAFT).first()


def draft_create(kind: DocumentKind[V], *, actor: Actor, content: Mapping[str, Any], notes: str = "") -> V:
    """Save a new draft version (not in force until published)."""
    kind.validate(content)
    with transaction.atomic():
        # Two concurrent drafts would collide on the unique number and one fails cleanly.
        number = (kind.model._default_manager.aggregate(n=models.Max("number"))["n"] or 0) + 1
        version = kind.model._default_manager.create(
            number=number,
            content=dict(content),
            content_hash=content_hash(content),
            notes=notes,
            created_by=actor.label,
        )
        audit.record(
            actor=actor,
            action=kind.draft_create_action,
            subject_type=kind.subject_type,
            subject_id=number,
            payload={"content_hash": version.content_hash, "notes": notes},
        )
    return version


def draft_update(
    kind: DocumentKind[V], *, actor: Actor, version: V, content: Mapping[str, Any], notes: str | None = None
) -> V:
    """Change a draft; published and superseded versions are immutable."""
    kind.validate(content)
    with transaction.atomic():
        version = kind.model._default_manager.select_for_update().get(pk=version.pk)
        if version.status != Status.DRAFT:
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
            action=kind.draft_update_action,
            subject_type=kind.subject_type,
            subject_id=version.number,
            payload={"content_hash": [before, version.content_hash]},
        )
    return version


def publish(kind: DocumentKind[V], *, actor: Actor, version: V) -> V:
    """Put a draft in force; the version in force before is superseded. The audit event carries the diff."""
    with transaction.atomic():
        version = kind.model._default_manager.select_for_update().get(pk=version.pk)
        if version.status != Status.DRAFT:
            raise ValidationError(
                {"status": f"Version {version.number} is {version.status}; only a draft can be published."}
            )
        kind.validate(version.content)
        previous = kind.model._default_manager.select_for_update().filter(status=Status.PUBLISHED).first()
        if previous is not None:
            previous.status = Status.SUPERSEDED
            previous.save(update_fields=["status"])
        version.status = Status.PUBLISHED
        version.published_at = timezone.now()
        version.save(update_fields=["status", "published_at"])
        audit.record(
            actor=actor,
            action=kind.publish_action,
            subject_type=kind.subject_type,
            subject_id=version.number,
            payload={
                "content_hash": version.content_hash,
                "previous": previous.number if previous else None,
                "previous_hash": previous.content_hash if previous else None,
                "diff": kind.diff(previous.content if previous else None, version.content),
            },
        )
    return version
