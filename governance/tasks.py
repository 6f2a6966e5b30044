"""Celery tasks of the registry: thin wrappers that call a service."""

from __future__ import annotations

from celery import shared_task
from django.db import DatabaseError

from governance.services import servicekey_failures_flush as flush_failures


@shared_task(
    name="governance.tasks.servicekey_failures_flush", autoretry_for=(DatabaseError,), retry_backoff=True, max_retries=3
)
def servicekey_failures_flush() -> int:
    """Periodic (CELERY_BEAT_SCHEDULE): audit the failed key uses counted in ended intervals; returns the events."""
    return flush_failures()
