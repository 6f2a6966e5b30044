"""Celery tasks of the audit log: thin wrappers that take ids and call a service."""

from __future__ import annotations

from celery import shared_task
from django.db import DatabaseError

from audit.checkpoints import checkpoint_create
from audit.exports import export_run
from audit.verification import verification_execute


@shared_task(name="audit.tasks.checkpoint_write", autoretry_for=(DatabaseError,), retry_backoff=True, max_retries=3)
def checkpoint_write() -> int | None:
    """Periodic (CELERY_BEAT_SCHEDULE): sign a checkpoint if the log grew; returns its id."""
    checkpoint = checkpoint_create(only_if_grown=True)
    return checkpoint.pk if checkpoint else None


@shared_task(
    name="audit.tasks.export_build",
    autoretry_for=(DatabaseError, OSError),
    retry_backoff=True,
    retry_backoff_max=600,
    max_retries=5,
)
def export_build(export_id: int) -> None:
    """Build the bundle of one queued export (audit.exports.export_run)."""
    export_run(export_id=export_id)


# No retries: a failed run is marked failed on its row and the officer starts a new one. A message
# redelivered after a killed worker finds its run no longer queued and does nothing.
@shared_task(name="audit.tasks.verification_run", max_retries=0)
def verification_run(run_id: int) -> None:
    """Verify the whole log for one "verify chain now" run (audit.verification.verification_execute)."""
    verification_execute(run_id=run_id)
