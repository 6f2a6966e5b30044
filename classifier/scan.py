"""Dataset scans: classify every row of an uploaded CSV or JSONL file in the background.

``scan_create`` (the API) stores the upload under MEDIA_ROOT with a random
name, records ``classifier.scan_create`` in the audit log and enqueues
``classifier.tasks.dataset_scan_run`` after commit. ``scan_process`` (the
task) counts the rows, classifies them in chunks of CUSTOS_SCAN_CHUNK_ROWS
and saves progress and the running report after each chunk, so a retried or
redelivered task resumes where the last one stopped. When the scan ends,
done or failed, the uploaded file is deleted: it is raw text, and the report
is all that is kept.

The report holds counts per level, category and entity type, the riskiest
rows by id (top CUSTOS_SCAN_TOP_ROWS by level, then number of findings) and
the first row errors, never any text. Row ids come from the id column as
given (cut to 200 characters); they should be opaque keys, not names.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import json
import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import PurePath
from typing import IO, Any

from celery.exceptions import Retry
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

import classifier
from audit import services as audit
from audit.actions import AuditAction, SubjectType
from audit.actors import Actor
from audit.fingerprints import payload_hmac
from classifier.errors import ClassifierInputError, UnsupportedLanguageError
from classifier.models import DatasetScan
from classifier.types import Category, Classification, SensitivityLevel

logger = logging.getLogger(__name__)

FORMAT_BY_SUFFIX = {
    ".csv": DatasetScan.Format.CSV,
    ".jsonl": DatasetScan.Format.JSONL,
    ".ndjson": DatasetScan.Format.JSONL,
}
MAX_ID_CHARS = 200
MAX_ERRORS_KEPT = 20
# The csv module refuses fields over 128 KiB by default; payload texts may be longer.
CSV_FIELD_LIMIT = 16 * 1024 * 1024


class ScanFileError(ValueError):
    """The file cannot be read as the dataset it claims to be; the scan fails with this message."""


# --- Reads -------------------------------------------------------------------


def scan_get(scan_id: Any) -> DatasetScan:
    """One scan (raises DatasetScan.DoesNotExist)."""
    return DatasetScan.objects.select_related("created_by").get(pk=scan_id)


def scan_list() -> QuerySet[DatasetScan]:
    """All scans, newest first."""
    return DatasetScan.objects.select_related("created_by").order_by("-created_at")


# --- Reading the dataset -------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """One record of the dataset: its 1-based number (header and blank lines not counted), id and text."""

    number: int
    id: str
    text: str | None
    error: str = ""


def detect_format(filename: str) -> str:
    suffix = PurePath(filename).suffix.lower()
    try:
        return FORMAT_BY_SUFFIX[suffix]
    except KeyError:
        raise ScanFileError(f"Unsupported file type {suffix or '(none)'!r}; upload .csv, .jsonl or .ndjson.") from None


def check_csv_header(head: bytes, text_column: str) -> None:
    """Fail early, at upload, when the CSV header lacks the text column (``head``: the file's first bytes)."""
    try:
        text = codecs.getincrementaldecoder("utf-8-sig")().decode(head, final=False)
    except UnicodeDecodeError:
        raise ScanFileError("The file is not UTF-8 text.") from None
    header = next(csv.reader(io.StringIO(text)), None)
    if not header:
        raise ScanFileError("The CSV file is empty; it needs a header row.")
    if text_column not in header:
        # Not listing the header: a file without one would show its first data row here.
        raise ScanFileError(f"The CSV header has no column {text_column!r} ({len(header)} columns).")


def _row_id(value: Any, number: int) -> str:
    if value is None or value == "":
        return str(number)
    text = value if isinstance(value, str) else json.dumps(value)
    return text[:MAX_ID_CHARS]


def _utf8_lines(file: IO[bytes]) -> Iterator[str]:
    """Decoded lines, so a decoding error names its exact physical line; drops a leading BOM."""
    for line_number, raw in enumerate(file, 1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ScanFileError(f"The file is not UTF-8 text (line {line_number}).") from None
        yield line.removeprefix("\ufeff") if line_number == 1 else line


def _csv_rows(file: IO[bytes], *, text_column: str, id_column: str) -> Iterator[Row]:
    csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
    reader = csv.DictReader(_utf8_lines(file))
    try:
        header = reader.fieldnames
        if header is None:
            return
        if text_column not in header:
            raise ScanFileError(f"The CSV header has no column {text_column!r} ({len(header)} columns).")
        has_id = id_column in header
        for number, record in enumerate(reader, 1):
            row_id = _row_id(record.get(id_column) if has_id else None, number)
            text = record.get(text_column)
            if text is None:
                yield Row(number, row_id, None, "The row has fewer fields than the header.")
            else:
                yield Row(number, row_id, text)
    except csv.Error as exc:
        raise ScanFileError(f"The CSV cannot be parsed near line {reader.line_num}: {exc}") from None


def _jsonl_rows(file: IO[bytes], *, text_column: str, id_column: str) -> Iterator[Row]:
    number = 0
    for line_number, raw in enumerate(file, 1):
        if not raw.strip():
            continue
        number += 1
        try:
            record = json.loads(raw)
        except ValueError:  # includes UnicodeDecodeError
            yield Row(number, str(number), None, f"Line {line_number} is not valid UTF-8 JSON.")
            continue
        if not isinstance(record, dict):
            yield Row(number, str(number), None, f"Line {line_number} is not a JSON object.")
            continue
        row_id = _row_id(record.get(id_column), number)
        text = record.get(text_column)
        if not isinstance(text, str):
            yield Row(number, row_id, None, f"Line {line_number} has no string field {text_column!r}.")
        else:
            yield Row(number, row_id, text)


def iter_rows(file: IO[bytes], *, file_format: str, text_column: str, id_column: str) -> Iterator[Row]:
    """The records of a CSV or JSONL byte stream. Bad rows come back with ``error``; a bad file raises ScanFileError."""
    reader = _csv_rows if file_format == DatasetScan.Format.CSV else _jsonl_rows
    return reader(file, text_column=text_column, id_column=id_column)


def _scan_rows(scan: DatasetScan) -> Iterator[Row]:
    with scan.file.open("rb") as file:
        yield from iter_rows(file, file_format=scan.file_format, text_column=scan.text_column, id_column=scan.id_column)


def _chunks(rows: Iterable[Row], size: int) -> Iterator[list[Row]]:
    iterator = iter(rows)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


# --- The report ----------------------------------------------------------------


@dataclass
class ScanReport:
    """Counts and row ids only. Stored as JSON on the scan and updated after every chunk."""

    levels: dict[str, int] = field(default_factory=lambda: {level.name: 0 for level in SensitivityLevel})
    categories: dict[str, int] = field(default_factory=lambda: dict.fromkeys(Category.ALL, 0))
    entities: dict[str, int] = field(default_factory=dict)
    second_opinion: dict[str, int] = field(default_factory=dict)
    riskiest: list[dict[str, Any]] = field(default_factory=list)
    row_errors: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> ScanReport:
        report = cls()
        for name in ("levels", "categories", "entities", "second_opinion", "riskiest", "row_errors"):
            if name in data:
                current = getattr(report, name)
                if isinstance(current, dict):
                    current.update(data[name])
                else:
                    setattr(report, name, list(data[name]))
        return report

    def as_data(self) -> dict[str, Any]:
        return {
            "levels": self.levels,
            "categories": self.categories,
            "entities": dict(sorted(self.entities.items())),
            "second_opinion": self.second_opinion,
            "riskiest": self.riskiest,
            "row_errors": self.row_errors,
        }

    def add(self, row: Row, result: Classification, *, top: int) -> None:
        self.levels[result.level.name] = self.levels.get(result.level.name, 0) + 1
        for category in result.categories:
            self.categories[category] = self.categories.get(category, 0) + 1
        for entity_type, count in result.entity_counts().items():
            self.entities[entity_type] = self.entities.get(entity_type, 0) + count
        llm_state = result.versions.get("llm")
        if llm_state:
            self.second_opinion[llm_state] = self.second_opinion.get(llm_state, 0) + 1
        if top and (result.level > SensitivityLevel.PUBLIC or result.findings):
            self.riskiest.append(
                {
                    "row": row.number,
                    "id": row.id,
                    "level": result.level.name,
                    "findings": len(result.findings),
                    "categories": sorted(result.categories),
                }
            )

    def add_error(self, row: Row, message: str) -> None:
        if len(self.row_errors) < MAX_ERRORS_KEPT:
            self.row_errors.append({"row": row.number, "id": row.id, "error": message})

    def keep_top(self, top: int) -> None:
        """The riskiest rows: highest level, then most findings, then first in the file."""
        self.riskiest.sort(key=lambda r: (-SensitivityLevel[r["level"]], -r["findings"], r["row"]))
        del self.riskiest[top:]


# --- Writes --------------------------------------------------------------------


def scan_create(
    *,
    actor: Actor,
    upload: UploadedFile,
    text_column: str = "text",
    id_column: str = "id",
    language: str = "en",
    created_by: Any = None,
) -> DatasetScan:
    """Store an uploaded dataset, audit it and queue its scan (after commit).

    Raises ``ScanFileError`` for a file that cannot be a dataset (type, size,
    missing CSV text column); nothing is stored then.
    """
    filename = PurePath(upload.name or "").name
    file_format = detect_format(filename)
    size = upload.size or 0
    if size > settings.CUSTOS_SCAN_MAX_UPLOAD_BYTES:
        raise ScanFileError(f"The file has {size} bytes; the limit is {settings.CUSTOS_SCAN_MAX_UPLOAD_BYTES}.")
    if file_format == DatasetScan.Format.CSV:
        upload.seek(0)
        check_csv_header(upload.read(64 * 1024), text_column)
        upload.seek(0)
    scan = DatasetScan(
        filename=filename[:255],
        file_format=file_format,
        size_bytes=size,
        text_column=text_column,
        id_column=id_column,
        language=language,
        created_by=created_by,
    )
    scan.file.save(filename, upload, save=False)
    try:
        with transaction.atomic():
            scan.full_clean()
            scan.save()
            audit.record(
                actor=actor,
                action=AuditAction.CLASSIFIER_SCAN_CREATE,
                subject_type=SubjectType.DATASET_SCAN,
                subject_id=str(scan.pk),
                payload={
                    "filename_hmac_sha256": payload_hmac(filename),
                    "bytes": size,
                    "format": file_format,
                    "text_column": text_column,
                    "id_column": id_column,
                    "language": language,
                },
            )
            transaction.on_commit(partial(_enqueue, scan.pk))
    except BaseException:
        scan.file.delete(save=False)  # no row, no file
        raise
    return scan


def _enqueue(scan_id: Any) -> None:
    from classifier.tasks import dataset_scan_run

    try:
        dataset_scan_run.delay(str(scan_id))
    except Retry as retry:
        # Eager tasks (embedded mode, tests) cannot wait to retry: the scan fails with the cause.
        cause = retry.exc or retry
        scan_mark_failed(scan_id=scan_id, error=f"{type(cause).__name__}: {cause}")
    except Exception as exc:
        # Broker down (or, with eager tasks, a task that failed): the scan must not stay "queued".
        logger.exception("Dataset scan %s could not be run", scan_id)
        scan_mark_failed(scan_id=scan_id, error=f"The scan could not be run: {type(exc).__name__}: {exc}")


def scan_mark_failed(*, scan_id: Any, error: str) -> None:
    """End a scan as failed (unless it already ended) and delete its upload."""
    scan = DatasetScan.objects.filter(pk=scan_id).first()
    if scan is None or scan.status in (DatasetScan.Status.DONE, DatasetScan.Status.FAILED):
        return
    _finish(scan, DatasetScan.Status.FAILED, error=error)


def _finish(scan: DatasetScan, status: str, *, error: str = "") -> DatasetScan:
    if scan.file:
        scan.file.delete(save=False)
    scan.status, scan.error, scan.finished_at = status, error[:2000], timezone.now()
    scan.save(update_fields=["status", "error", "finished_at", "file"])
    return scan


def scan_process(*, scan_id: Any) -> DatasetScan:
    """Classify the rows of a queued or interrupted scan; resumes after the rows already done.

    A bad file or language ends the scan as failed. Errors that may pass
    (database, a required LLM that is down) propagate for the task to retry;
    the task marks the scan failed when it gives up.
    """
    scan = scan_get(scan_id)
    if scan.status in (DatasetScan.Status.DONE, DatasetScan.Status.FAILED):
        return scan
    if not scan.file:
        return _finish(scan, DatasetScan.Status.FAILED, error="The uploaded file is no longer available.")
    scan.status, scan.started_at = DatasetScan.Status.RUNNING, scan.started_at or timezone.now()
    scan.save(update_fields=["status", "started_at"])
    top = settings.CUSTOS_SCAN_TOP_ROWS
    try:
        if scan.rows_total is None:
            scan.rows_total = sum(1 for _ in _scan_rows(scan))
            scan.save(update_fields=["rows_total"])
        report = ScanReport.from_data(scan.report)
        remaining = itertools.islice(_scan_rows(scan), scan.rows_done, None)
        for chunk in _chunks(remaining, settings.CUSTOS_SCAN_CHUNK_ROWS):
            failed = _classify_chunk(chunk, report, language=scan.language, top=top)
            report.keep_top(top)
            scan.rows_done += len(chunk)
            scan.rows_failed += failed
            scan.report = report.as_data()
            # One UPDATE: the report and the row counter move together, so a resume never double-counts.
            scan.save(update_fields=["rows_done", "rows_failed", "report"])
    except (ScanFileError, UnsupportedLanguageError) as exc:
        return _finish(scan, DatasetScan.Status.FAILED, error=str(exc))
    with transaction.atomic():
        _finish(scan, DatasetScan.Status.DONE)
        audit.record(
            actor=Actor.system("classifier.scan"),
            action=AuditAction.CLASSIFIER_SCAN_COMPLETE,
            subject_type=SubjectType.DATASET_SCAN,
            subject_id=str(scan.pk),
            payload={
                "rows_total": scan.rows_total,
                "rows_failed": scan.rows_failed,
                "levels": report.levels,
                "categories": report.categories,
            },
        )
    return scan


def _classify_chunk(chunk: Sequence[Row], report: ScanReport, *, language: str, top: int) -> int:
    """Classify a chunk into ``report``; returns how many rows failed."""
    valid = [row for row in chunk if not row.error]
    results = _classify_texts([row.text or "" for row in valid], language=language)
    outcome: dict[int, Classification | str] = dict(zip((row.number for row in valid), results, strict=True))
    failed = 0
    for row in chunk:
        result = outcome.get(row.number, row.error)
        if isinstance(result, Classification):
            report.add(row, result, top=top)
        else:
            failed += 1
            report.add_error(row, result)
    return failed


def _classify_texts(texts: list[str], *, language: str) -> list[Classification | str]:
    """Batch classification; on a bad text, one by one so only that row fails (its error as a string)."""
    if not texts:
        return []
    try:
        return list(classifier.classify_many(texts, language=language, batch_size=len(texts)))
    except UnsupportedLanguageError:
        raise
    except ClassifierInputError:
        pass  # find the offending row below
    results: list[Classification | str] = []
    for text in texts:
        try:
            results.append(classifier.classify(text, language=language))
        except UnsupportedLanguageError:
            raise
        except ClassifierInputError as exc:
            results.append(str(exc))
    return results
