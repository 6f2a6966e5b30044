"""Celery tasks of the classifier: thin wrappers that take ids and call a service."""

from __future__ import annotations

from typing import Any

from celery import Task, shared_task
from django.db import DatabaseError

from classifier.llm import SecondOpinionError
from classifier.scan import scan_mark_failed, scan_process


class DatasetScanTask(Task):
    """Marks the scan failed once the task gives up (retries exhausted or an unexpected error)."""

    def on_failure(self, exc: Exception, task_id: str, args: Any, kwargs: Any, einfo: Any) -> None:
        scan_id = kwargs.get("scan_id") or (args[0] if args else None)
        if scan_id is not None:
            scan_mark_failed(scan_id=scan_id, error=f"{type(exc).__name__}: {exc}")


@shared_task(
    base=DatasetScanTask,
    name="classifier.tasks.dataset_scan_run",
    # Passing troubles: the database, or a required LLM second opinion that is down. The scan resumes
    # after the rows it already saved.
    autoretry_for=(DatabaseError, SecondOpinionError),
    retry_backoff=True,
    retry_backoff_max=300,
    max_retries=5,
    acks_late=True,
)
def dataset_scan_run(scan_id: str) -> None:
    """Classify the rows of one dataset scan (classifier.scan.scan_process)."""
    scan_process(scan_id=scan_id)
