"""The dataset scan service and task: chunks, resume after an interruption, retries, bad rows and files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from pytest_django import DjangoCaptureOnCommitCallbacks, Settings

import classifier
from classifier import scan as scans
from classifier.llm import LLMUnavailable
from classifier.models import DatasetScan
from classifier.tasks import dataset_scan_run
from tests.factories import SYSTEM

pytestmark = pytest.mark.django_db

TEXTS = [
    "The weather is nice today.",
    "Patient was diagnosed with HIV last year.",
    "IBAN DE89370400440532013000",
    "password: hunter2xyz!",
    "He was convicted of fraud in 2019.",
]


@pytest.fixture(autouse=True)
def media(settings: Settings, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path
    settings.CUSTOS_VLLM_BASE_URL = ""
    settings.CUSTOS_SCAN_CHUNK_ROWS = 2
    return tmp_path


def jsonl(texts: list[str]) -> bytes:
    return "".join(json.dumps({"id": f"row-{n}", "text": t}) + "\n" for n, t in enumerate(texts, 1)).encode()


def create(content: bytes, name: str = "data.jsonl", **kwargs: Any) -> DatasetScan:
    # Not inside django_capture_on_commit_callbacks: the task is not run; the tests run it.
    return scans.scan_create(actor=SYSTEM, upload=SimpleUploadedFile(name, content), **kwargs)


class FlakyClassifyMany:
    """classify_many that raises a passing LLM outage on chosen calls."""

    def __init__(self, fail_on: set[int] | None = None, *, always: bool = False) -> None:
        self.real = classifier.classify_many
        self.fail_on = fail_on or set()
        self.always = always
        self.calls = 0

    def __call__(self, texts: Any, **kwargs: Any) -> Any:
        self.calls += 1
        if self.always or self.calls in self.fail_on:
            raise LLMUnavailable("vLLM answered HTTP 503", reason="http_503")
        return self.real(texts, **kwargs)


def test_rows_are_processed_in_chunks_with_progress_saved() -> None:
    scan = create(jsonl(TEXTS))
    saved: list[int] = []
    original_save = DatasetScan.save

    def spy(self: DatasetScan, *args: Any, **kwargs: Any) -> None:
        if "rows_done" in (kwargs.get("update_fields") or ()):
            saved.append(self.rows_done)
        original_save(self, *args, **kwargs)

    DatasetScan.save = spy  # type: ignore[method-assign,assignment]  # a spy with the real save's behaviour
    try:
        scans.scan_process(scan_id=scan.pk)
    finally:
        DatasetScan.save = original_save  # type: ignore[method-assign]
    assert saved == [2, 4, 5]
    scan.refresh_from_db()
    assert scan.status == DatasetScan.Status.DONE
    assert scan.report["levels"] == {"PUBLIC": 1, "INTERNAL": 0, "CONFIDENTIAL": 1, "RESTRICTED": 3}


def test_an_interrupted_scan_resumes_without_double_counting(monkeypatch: pytest.MonkeyPatch, media: Path) -> None:
    scan = create(jsonl(TEXTS))
    monkeypatch.setattr(classifier, "classify_many", FlakyClassifyMany(fail_on={2}))
    with pytest.raises(LLMUnavailable):
        scans.scan_process(scan_id=scan.pk)
    scan.refresh_from_db()
    assert (scan.status, scan.rows_total, scan.rows_done) == (DatasetScan.Status.RUNNING, 5, 2)
    assert sum(scan.report["levels"].values()) == 2
    assert scan.file  # kept until the scan ends

    monkeypatch.undo()
    scans.scan_process(scan_id=scan.pk)
    scan.refresh_from_db()
    assert (scan.status, scan.rows_done, scan.rows_failed) == (DatasetScan.Status.DONE, 5, 0)

    fresh = create(jsonl(TEXTS))
    scans.scan_process(scan_id=fresh.pk)
    fresh.refresh_from_db()
    assert scan.report == fresh.report
    assert [p for p in media.rglob("*") if p.is_file()] == []


def test_the_task_retries_and_marks_the_scan_failed_when_it_gives_up(
    monkeypatch: pytest.MonkeyPatch, media: Path
) -> None:
    scan = create(jsonl(TEXTS))
    flaky = FlakyClassifyMany(always=True)
    monkeypatch.setattr(classifier, "classify_many", flaky)
    # Eager tasks that propagate errors cannot retry; without propagation they retry as a worker does.
    monkeypatch.setitem(dataset_scan_run.app.conf, "task_eager_propagates", False)
    result = dataset_scan_run.apply(args=(str(scan.pk),))
    assert result.state == "FAILURE"
    assert dataset_scan_run.max_retries is not None
    assert flaky.calls == dataset_scan_run.max_retries + 1
    scan.refresh_from_db()
    assert scan.status == DatasetScan.Status.FAILED
    assert scan.error == "LLMUnavailable: vLLM answered HTTP 503"
    assert not scan.file
    assert [p for p in media.rglob("*") if p.is_file()] == []


def test_a_passing_outage_is_ridden_over_by_the_retry(monkeypatch: pytest.MonkeyPatch) -> None:
    scan = create(jsonl(TEXTS))
    monkeypatch.setattr(classifier, "classify_many", FlakyClassifyMany(fail_on={2}))
    monkeypatch.setitem(dataset_scan_run.app.conf, "task_eager_propagates", False)
    dataset_scan_run.apply(args=(str(scan.pk),))
    scan.refresh_from_db()
    assert (scan.status, scan.rows_done, sum(scan.report["levels"].values())) == (DatasetScan.Status.DONE, 5, 5)


def test_a_row_the_classifier_refuses_fails_alone() -> None:
    binary = "\x01\x02\x03\x04 secret-payload"
    scan = create(jsonl([TEXTS[0], binary, TEXTS[3]]))
    scans.scan_process(scan_id=scan.pk)
    scan.refresh_from_db()
    assert (scan.status, scan.rows_done, scan.rows_failed) == (DatasetScan.Status.DONE, 3, 1)
    (error,) = scan.report["row_errors"]
    assert (error["row"], error["id"]) == (2, "row-2")
    assert "control characters" in error["error"] and "secret-payload" not in error["error"]
    assert sum(scan.report["levels"].values()) == 2


def test_riskiest_rows_are_the_top_n_across_chunks(settings: Settings) -> None:
    settings.CUSTOS_SCAN_TOP_ROWS = 2
    scan = create(jsonl(TEXTS))
    scans.scan_process(scan_id=scan.pk)
    scan.refresh_from_db()
    # Three RESTRICTED rows with one finding each: the first two in file order win.
    assert [(r["id"], r["level"]) for r in scan.report["riskiest"]] == [
        ("row-2", "RESTRICTED"),
        ("row-4", "RESTRICTED"),
    ]


def test_unsupported_language_fails_the_whole_scan() -> None:
    scan = create(jsonl(TEXTS), language="xx")
    scans.scan_process(scan_id=scan.pk)
    scan.refresh_from_db()
    assert scan.status == DatasetScan.Status.FAILED
    assert "Language 'xx' is not supported" in scan.error


def test_csv_with_an_id_column_missing_uses_row_numbers_and_custom_text_column() -> None:
    scan = create(b"body\npassword: hunter2xyz!\n\nhello\n", name="d.csv", text_column="body")
    scans.scan_process(scan_id=scan.pk)
    scan.refresh_from_db()
    assert scan.rows_total == 2
    assert [r["id"] for r in scan.report["riskiest"]] == ["1"]


def test_a_finished_scan_is_not_run_again() -> None:
    scan = create(jsonl(TEXTS[:1]))
    scans.scan_process(scan_id=scan.pk)
    finished = DatasetScan.objects.get(pk=scan.pk)
    again = scans.scan_process(scan_id=scan.pk)
    assert (again.status, again.finished_at) == (DatasetScan.Status.DONE, finished.finished_at)


def test_a_scan_whose_file_vanished_fails(media: Path) -> None:
    scan = create(jsonl(TEXTS))
    Path(scan.file.path).unlink()
    DatasetScan.objects.filter(pk=scan.pk).update(file="")
    scans.scan_process(scan_id=scan.pk)
    scan.refresh_from_db()
    assert (scan.status, scan.error) == (DatasetScan.Status.FAILED, "The uploaded file is no longer available.")


def test_upload_is_stored_under_a_random_name() -> None:
    scan = create(jsonl(TEXTS), name="jane_doe_health.jsonl")
    assert "jane_doe" not in scan.file.name
    assert scan.file.name.startswith("classifier/scans/") and scan.file.name.endswith(".jsonl")
    assert scan.filename == "jane_doe_health.jsonl"


def test_eager_mode_fails_the_scan_with_the_cause_instead_of_retrying(
    monkeypatch: pytest.MonkeyPatch, django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks
) -> None:
    monkeypatch.setattr(classifier, "classify_many", FlakyClassifyMany(always=True))
    with django_capture_on_commit_callbacks(execute=True):
        scan = create(jsonl(TEXTS))
    scan.refresh_from_db()
    assert scan.status == DatasetScan.Status.FAILED
    assert scan.error == "LLMUnavailable: vLLM answered HTTP 503"
