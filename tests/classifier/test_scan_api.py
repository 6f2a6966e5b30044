"""Dataset scans through the API: upload, background run, progress and a report without any text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import include, path
from pytest_django import DjangoCaptureOnCommitCallbacks, Settings
from rest_framework.test import APIClient

from audit.models import AuditEvent
from classifier.models import DatasetScan
from tests.factories import auditor, officer

# config/urls.py mounts classifier.api.urls under /api/v1/classifier/; this module mounts it the
# same way in front of the project's URLs, so the tests do not depend on that wiring.
urlpatterns = [path("api/v1/classifier/", include("classifier.api.urls")), path("", include("config.urls"))]
pytestmark = [pytest.mark.django_db, pytest.mark.urls(__name__)]

SCANS = "/api/v1/classifier/scans/"
SECRETS = ("diagnosed with HIV", "hunter2xyz", "DE89370400440532013000")
CSV = (
    "id,text,notes\n"
    "r-1,The weather is nice today.,x\n"
    "r-2,Patient was diagnosed with HIV last year.,x\n"
    'r-3,"IBAN DE89370400440532013000, please pay",x\n'
    "r-4,password: hunter2xyz!,x\n"
)


@pytest.fixture(autouse=True)
def media(settings: Settings, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path
    settings.CUSTOS_VLLM_BASE_URL = ""  # deterministic only
    return tmp_path


@pytest.fixture
def officer_client() -> APIClient:
    client = APIClient()
    client.force_authenticate(officer())
    return client


def upload(client: APIClient, name: str, content: str | bytes, **fields: str) -> Any:
    data = content.encode() if isinstance(content, str) else content
    return client.post(SCANS, {"file": SimpleUploadedFile(name, data), **fields}, format="multipart")


def stored_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def test_officer_uploads_a_csv_and_reads_the_report(
    officer_client: APIClient, media: Path, django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(officer_client, "patients.csv", CSV)
    assert response.status_code == 202, response.content
    scan_id = response.json()["id"]

    response = officer_client.get(f"{SCANS}{scan_id}/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "done", body["error"]
    assert (body["rows_total"], body["rows_done"], body["rows_failed"], body["progress"]) == (4, 4, 0, 1.0)
    report = body["report"]
    assert report["levels"] == {"PUBLIC": 1, "INTERNAL": 0, "CONFIDENTIAL": 1, "RESTRICTED": 2}
    assert report["categories"]["special_category"] == 1
    assert report["categories"]["credentials"] == 1
    assert report["categories"]["financial"] == 1
    assert report["entities"]["IBAN_CODE"] == 1
    # Riskiest first, by id; the PUBLIC row with no findings is not "risky".
    assert [row["id"] for row in report["riskiest"]] == ["r-2", "r-4", "r-3"]
    assert report["riskiest"][0]["level"] == "RESTRICTED"
    # No text anywhere: not in the API answer, not in the database row, and the upload is gone.
    for secret in SECRETS:
        assert secret not in response.content.decode()
        assert secret not in json.dumps(DatasetScan.objects.values().get(pk=scan_id), default=str)
    assert stored_files(media) == []
    assert DatasetScan.objects.get(pk=scan_id).file.name == ""


def test_scan_creation_and_completion_are_audited_without_content(
    officer_client: APIClient, django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        scan_id = upload(officer_client, "jane_doe_health.csv", CSV).json()["id"]
    created, completed = AuditEvent.objects.filter(subject_id=scan_id).order_by("seq")
    assert created.action == "classifier.scan_create" and created.actor_label.startswith("user")
    assert created.payload["bytes"] == len(CSV.encode())
    assert len(created.payload["filename_hmac_sha256"]) == 64
    assert completed.action == "classifier.scan_complete"
    assert completed.payload["levels"]["RESTRICTED"] == 2
    for event in (created, completed):
        text = json.dumps(event.payload)
        assert "jane_doe" not in text
        assert all(secret not in text for secret in SECRETS)


def test_jsonl_with_bad_lines_still_scans_the_rest(
    officer_client: APIClient, django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks
) -> None:
    lines = [
        json.dumps({"id": 7, "body": "password: hunter2xyz!"}),
        "{not json",
        "",
        json.dumps({"id": "no-text", "other": "x"}),
        json.dumps(["a list"]),
        json.dumps({"body": "The weather is nice today."}),
    ]
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(officer_client, "chat.jsonl", "\n".join(lines) + "\n", text_column="body")
    body = officer_client.get(f"{SCANS}{response.json()['id']}/").json()
    assert body["status"] == "done"
    assert (body["rows_total"], body["rows_done"], body["rows_failed"]) == (5, 5, 3)
    report = body["report"]
    assert report["row_errors"] == [
        {"row": 2, "id": "2", "error": "Line 2 is not valid UTF-8 JSON."},
        {"row": 3, "id": "no-text", "error": "Line 4 has no string field 'body'."},
        {"row": 4, "id": "4", "error": "Line 5 is not a JSON object."},
    ]
    assert report["riskiest"] == [
        {"row": 1, "id": "7", "level": "RESTRICTED", "findings": 1, "categories": ["credentials"]}
    ]
    assert report["levels"]["PUBLIC"] == 1  # the row without an id, known by its number


def test_csv_without_the_text_column_is_refused_and_nothing_is_stored(officer_client: APIClient, media: Path) -> None:
    response = upload(officer_client, "data.csv", "id,body\n1,hello\n")
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["fields"]["file"] == ["The CSV header has no column 'text' (2 columns)."]
    assert not DatasetScan.objects.exists()
    assert not AuditEvent.objects.filter(action="classifier.scan_create").exists()
    assert stored_files(media) == []


def test_unsupported_file_type_is_refused(officer_client: APIClient) -> None:
    response = upload(officer_client, "data.xlsx", b"PK\x03\x04")
    assert response.status_code == 400
    assert "upload .csv, .jsonl or .ndjson" in response.json()["error"]["message"]


def test_missing_file_is_a_field_error(officer_client: APIClient) -> None:
    response = officer_client.post(SCANS, {"text_column": "text"}, format="multipart")
    assert response.status_code == 400
    assert "file" in response.json()["error"]["fields"]


def test_file_over_the_limit_is_refused(officer_client: APIClient, settings: Settings) -> None:
    settings.CUSTOS_SCAN_MAX_UPLOAD_BYTES = 10
    response = upload(officer_client, "data.csv", CSV)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "file_too_large"
    assert not DatasetScan.objects.exists()


def test_non_utf8_csv_is_refused_at_upload_or_fails_the_scan(
    officer_client: APIClient, media: Path, django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks
) -> None:
    latin1_row = "2,caf\u00e9 cr\u00e8me\n".encode("latin-1")
    response = upload(officer_client, "data.csv", b"id,text\n1,hello\n" + latin1_row)
    assert response.status_code == 400
    assert response.json()["error"]["message"] == "The file is not UTF-8 text."

    # Past the head that the upload check reads, the scan itself fails, with the line.
    content = b"id,text\n" + b"1,hello\n" * 10_000 + latin1_row
    with django_capture_on_commit_callbacks(execute=True):
        scan_id = upload(officer_client, "data.csv", content).json()["id"]
    body = officer_client.get(f"{SCANS}{scan_id}/").json()
    assert body["status"] == "failed"
    assert body["error"] == "The file is not UTF-8 text (line 10002)."
    assert stored_files(media) == []


def test_auditor_reads_but_cannot_upload(
    officer_client: APIClient, django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        scan_id = upload(officer_client, "data.csv", CSV).json()["id"]
    client = APIClient()
    client.force_authenticate(auditor())
    assert client.get(f"{SCANS}{scan_id}/").status_code == 200
    assert [scan["id"] for scan in client.get(SCANS).json()["results"]] == [scan_id]
    assert upload(client, "data.csv", CSV).status_code == 403


def test_strangers_get_nothing() -> None:
    assert APIClient().get(SCANS).status_code == 403
    assert upload(APIClient(), "data.csv", CSV).status_code == 403


def test_unknown_scan_is_a_404(officer_client: APIClient) -> None:
    assert officer_client.get(f"{SCANS}00000000-0000-0000-0000-000000000000/").status_code == 404
    assert officer_client.get(f"{SCANS}not-a-uuid/").status_code == 404


def test_queued_scan_reports_no_progress_yet(officer_client: APIClient) -> None:
    response = upload(officer_client, "data.csv", CSV)  # on_commit not run: the task is not enqueued
    body = officer_client.get(f"{SCANS}{response.json()['id']}/").json()
    assert (body["status"], body["progress"], body["report"]) == ("queued", None, None)
