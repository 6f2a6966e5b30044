"""The detection profile pages: start a draft, fix what the form refuses, preview on samples or a dataset, publish."""

from __future__ import annotations

import json
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from audit.models import AuditEvent
from governance.models import DetectionProfileVersion
from tests.factories import officer

pytestmark = pytest.mark.django_db

PROFILE = {
    "allow": [{"id": "nova", "term": "Nova"}],
    "terms": [
        {
            "id": "falcon",
            "terms": ["Project Falcon"],
            "entity_type": "INTERNAL_PROJECT",
            "category": "internal_project",
            "level": "CONFIDENTIAL",
        }
    ],
}


def test_an_officer_drafts_previews_and_publishes_a_profile(officer_client: Client) -> None:
    page = officer_client.get("/detection/")
    assert page.status_code == 200
    assert b"No detection profile is published" in page.content and b"Detection profile</a>" in page.content

    start = officer_client.post("/detection/draft/")
    assert start.status_code == 302 and start["Location"] == "/detection/1/edit/"

    refused = officer_client.post(
        "/detection/1/edit/",
        {"content": json.dumps({"patterns": [{"id": "p", "regex": "(a+)+$", "entity_type": "X_Y",
                                               "category": "x_y", "level": "CONFIDENTIAL"}]})},
    )  # fmt: skip
    assert refused.status_code == 400
    html = refused.content.decode()
    assert "patterns.0.regex" in html and "Catastrophic pattern refused" in html
    assert DetectionProfileVersion.objects.get(number=1).content["patterns"] == []

    saved = officer_client.post("/detection/1/edit/", {"content": json.dumps(PROFILE), "notes": "code names"})
    assert saved.status_code == 302 and saved["Location"] == "/detection/1/preview/"

    sample = "Nova is great and Nova can help you."
    upload = SimpleUploadedFile("samples.txt", b"Status of Project Falcon is green.", content_type="text/plain")
    preview = officer_client.post("/detection/1/preview/", {"texts": sample, "upload": upload, "workload": ""})
    assert preview.status_code == 200
    html = preview.content.decode()
    # span model (round 13): the engine reads one "Nova" of the sample as a name (two before): the entry removes one
    assert "<code>nova</code></td><td>allow</td><td>PERSON</td><td>0</td><td>1</td>" in html
    assert "<code>falcon</code></td><td>term</td><td>INTERNAL_PROJECT</td><td>1</td><td>0</td>" in html
    assert sample not in html  # the samples are not echoed back, nor kept

    confirm = officer_client.get("/detection/1/publish/")
    assert b"Publish detection profile v1?" in confirm.content
    published = officer_client.post("/detection/1/publish/")
    assert published.status_code == 302
    html = officer_client.get("/detection/").content.decode()
    assert "In force: v1" in html and "INTERNAL_PROJECT" in html
    assert AuditEvent.objects.filter(action="detection_profile.publish", subject_id="1").exists()


def test_an_empty_preview_and_a_binary_upload_are_refused(officer_client: Client) -> None:
    officer_client.post("/detection/draft/")
    empty = officer_client.post("/detection/1/preview/", {"texts": "  "})
    assert empty.status_code == 400 and b"Paste or upload at least one sample text." in empty.content
    binary = SimpleUploadedFile("x.bin", b"\xff\xfe\x00", content_type="application/octet-stream")
    refused = officer_client.post("/detection/1/preview/", {"upload": binary})
    assert refused.status_code == 400 and b"The file is not UTF-8 text." in refused.content


def test_auditors_read_the_profile_but_cannot_change_it(auditor_client: Client) -> None:
    assert auditor_client.get("/detection/").status_code == 200
    assert auditor_client.post("/detection/draft/").status_code == 403
    assert not DetectionProfileVersion.objects.exists()


def test_an_officer_previews_a_draft_on_a_dataset_and_sees_counts_and_row_ids_only(officer_client: Client) -> None:
    officer_client.post("/detection/draft/")
    officer_client.post("/detection/1/edit/", {"content": json.dumps(PROFILE)})
    rows = ["Project Falcon is running late.", "Nova is great and Nova can help you.", "Lunch is at noon."]
    data = "".join(json.dumps({"id": f"ticket-{n}", "text": text}) + "\n" for n, text in enumerate(rows, 1))
    upload = SimpleUploadedFile("tickets.jsonl", data.encode(), content_type="application/x-ndjson")
    page = officer_client.post(
        "/detection/1/preview/dataset/", {"dataset": upload, "text_column": "text", "id_column": "id",
                                          "language": "auto", "workload": ""}
    )  # fmt: skip
    assert page.status_code == 200
    html = page.content.decode()
    assert "3 of 3 rows (jsonl)" in html
    assert "<code>falcon</code></td><td>term</td><td>INTERNAL_PROJECT</td><td>1</td><td>1</td><td>0</td>" in html
    # span model (round 13): one "Nova" of the row is a name now (two before)
    assert "<code>nova</code></td><td>allow</td><td>PERSON</td><td>1</td><td>0</td><td>1</td>" in html
    assert re.search(r"<td>1</td><td><code>ticket-1</code></td><td>\w+ → <strong>CONFIDENTIAL</strong></td>", html)
    assert "<td>2</td><td><code>ticket-2</code></td><td>CONFIDENTIAL → <strong>PUBLIC</strong></td>" in html
    assert all(text not in html for text in rows)
    event = AuditEvent.objects.get(action="detection_profile.preview")
    assert event.payload["dataset"]["rows_scanned"] == 3 and "ticket-1" not in json.dumps(event.payload)
    assert officer_client.get("/detection/1/preview/dataset/")["Location"] == "/detection/1/preview/"


def test_a_dataset_too_large_or_of_another_type_is_refused_before_anything_runs(officer_client: Client) -> None:
    officer_client.post("/detection/draft/")
    large = SimpleUploadedFile("big.jsonl", b'{"text": "x"}\n' * 160_000)
    refused = officer_client.post("/detection/1/preview/dataset/", {"dataset": large, "language": "auto"})
    assert refused.status_code == 413 and b"run a scan" in refused.content
    other = SimpleUploadedFile("notes.txt", b"Project Falcon")
    wrong = officer_client.post(
        "/detection/1/preview/dataset/",
        {"dataset": other, "text_column": "text", "id_column": "id", "language": "auto"},
    )
    assert wrong.status_code == 400 and b"upload .csv, .jsonl or .ndjson" in wrong.content
    assert not AuditEvent.objects.filter(action="detection_profile.preview").exists()


def test_the_dataset_form_still_needs_its_csrf_token(officer_client: Client) -> None:
    """The view reads the body only after checking its size, so it checks the CSRF token itself."""
    officer_client.post("/detection/draft/")
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(officer(username="oscar"))
    upload = SimpleUploadedFile("rows.jsonl", b'{"text": "Project Falcon"}\n')
    refused = strict.post("/detection/1/preview/dataset/", {"dataset": upload, "language": "auto"})
    assert refused.status_code == 403
    assert not AuditEvent.objects.filter(action="detection_profile.preview").exists()
    strict.get("/detection/1/preview/")  # sets the CSRF cookie the form's token pairs with
    token = strict.cookies["csrftoken"].value
    upload.seek(0)
    accepted = strict.post(
        "/detection/1/preview/dataset/",
        {"dataset": upload, "text_column": "text", "id_column": "id", "language": "auto", "csrfmiddlewaretoken": token},
    )
    assert accepted.status_code == 200
