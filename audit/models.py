from __future__ import annotations

from typing import Any, NoReturn

from django.conf import settings
from django.db import models
from django.utils import timezone


class AppendOnlyError(Exception):
    """Raised when code tries to change or remove an audit event."""


class AuditEventQuerySet(models.QuerySet["AuditEvent"]):
    def update(self, **kwargs: Any) -> NoReturn:
        raise AppendOnlyError("Audit events cannot be updated.")

    def delete(self) -> NoReturn:
        raise AppendOnlyError("Audit events cannot be deleted.")

    def bulk_create(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise AppendOnlyError("Audit events are appended one at a time through audit.services.record().")

    def bulk_update(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise AppendOnlyError("Audit events cannot be updated.")


class AuditEvent(models.Model):
    """One entry of the append-only, hash-chained audit log."""

    class ActorType(models.TextChoices):
        USER = "user", "Person"
        SERVICE_KEY = "service_key", "Service key"
        SYSTEM = "system", "System"

    seq = models.BigIntegerField(primary_key=True)
    created_at = models.DateTimeField()
    actor_type = models.CharField(max_length=16, choices=ActorType.choices)
    actor_id = models.CharField(max_length=64, blank=True)
    actor_label = models.CharField(max_length=150, blank=True)
    action = models.CharField(max_length=64)
    subject_type = models.CharField(max_length=64)
    subject_id = models.CharField(max_length=128, blank=True)
    payload = models.JSONField(default=dict)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        ordering = ["seq"]
        indexes = [
            models.Index(fields=["created_at"], name="audit_event_created_idx"),
            models.Index(fields=["action", "seq"], name="audit_event_action_idx"),
            models.Index(fields=["subject_type", "subject_id"], name="audit_event_subject_idx"),
        ]

    def __str__(self) -> str:
        return f"#{self.seq} {self.action} {self.subject_type}:{self.subject_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise AppendOnlyError("Audit events cannot be updated.")
        kwargs["force_insert"] = True
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise AppendOnlyError("Audit events cannot be deleted.")


class Checkpoint(models.Model):
    """A signed tree head: the Merkle root of the first ``tree_size`` audit events."""

    tree_size = models.BigIntegerField()
    root_hash = models.CharField(max_length=64)  # hex; the note carries it in base64
    created_at = models.DateTimeField()
    origin = models.CharField(max_length=255)
    key_id = models.CharField(max_length=8)  # hex of the signed-note key id
    signature = models.CharField(max_length=88)  # base64 of the 64-byte Ed25519 signature
    note = models.TextField()  # the complete signed note, exactly as signed
    # Not signed; lets the next checkpoint hash only newer events. Checked against root_hash before use.
    last_hash = models.CharField(max_length=64)
    frontier = models.JSONField(default=list)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["tree_size"], name="audit_checkpoint_size_idx")]

    def __str__(self) -> str:
        return f"checkpoint {self.tree_size} {self.root_hash[:12]}"


class Export(models.Model):
    """An auditor export of the log: events, signed manifest and proofs, built in the background."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED)
    filters = models.JSONField(default=dict)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    requested_by_label = models.CharField(max_length=150, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    total = models.BigIntegerField(null=True, blank=True)
    exported = models.BigIntegerField(default=0)
    upto_seq = models.BigIntegerField(null=True, blank=True)
    checkpoint = models.ForeignKey(Checkpoint, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    file_path = models.CharField(max_length=500, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-id"]

    def __str__(self) -> str:
        return f"export {self.pk} ({self.status})"


class VerificationRun(models.Model):
    """One "verify chain now" run of the whole log, queued from the UI and run by a Celery worker."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED)
    # True while queued or running; the unique constraint below lets only one row hold it (single flight).
    in_flight = models.BooleanField(default=True)
    # Who asked, as the audit.verify event will record it (audit.actors.Actor).
    actor_type = models.CharField(max_length=16, choices=AuditEvent.ActorType.choices)
    actor_id = models.CharField(max_length=64, blank=True)
    actor_label = models.CharField(max_length=150, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    total = models.BigIntegerField(default=0)
    checked = models.BigIntegerField(default=0)
    result = models.JSONField(null=True, blank=True)
    event_seq = models.BigIntegerField(null=True, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["in_flight"], condition=models.Q(in_flight=True), name="audit_verification_single_flight"
            )
        ]

    def __str__(self) -> str:
        return f"verification {self.pk} ({self.status})"
