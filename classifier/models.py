"""Classifier models. Only dataset scans are stored; single classifications are not."""

from __future__ import annotations

import uuid
from pathlib import PurePath

from django.conf import settings
from django.db import models
from django.utils import timezone


def scan_upload_path(instance: DatasetScan, filename: str) -> str:
    # A random name: the uploader's file name may itself be personal data ("jane_doe_sick_notes.csv").
    return f"classifier/scans/{uuid.uuid4().hex}{PurePath(filename).suffix.lower()}"


class DatasetScan(models.Model):
    """An uploaded CSV/JSONL dataset classified row by row in the background; keeps counts and row ids, never text."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    class Format(models.TextChoices):
        CSV = "csv", "CSV"
        JSONL = "jsonl", "JSON lines"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED)
    # Deleted (and emptied here) as soon as the scan ends: the upload is raw text.
    file = models.FileField(upload_to=scan_upload_path, max_length=300, blank=True)
    filename = models.CharField(max_length=255, help_text="The name the file was uploaded with.")
    file_format = models.CharField(max_length=8, choices=Format.choices)
    size_bytes = models.PositiveBigIntegerField()
    text_column = models.CharField(max_length=200, default="text")
    id_column = models.CharField(max_length=200, default="id")
    language = models.CharField(max_length=16, default="auto")
    rows_total = models.PositiveIntegerField(null=True, blank=True)
    rows_done = models.PositiveIntegerField(default=0, help_text="Rows processed, failed ones included.")
    rows_failed = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    report = models.JSONField(default=dict, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(rows_failed__lte=models.F("rows_done")), name="scan_failed_lte_done"
            ),
        ]

    def __str__(self) -> str:
        return f"scan {self.pk} ({self.status})"

    @property
    def progress(self) -> float | None:
        """Share of rows processed, 0..1; None until the rows are counted."""
        if self.status == self.Status.DONE:
            return 1.0
        if not self.rows_total:
            return None
        return min(1.0, self.rows_done / self.rows_total)
