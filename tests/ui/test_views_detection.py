"""The detection profile pages: start a draft, fix what the form refuses, preview on samples, publish."""

from __future__ import annotations

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from audit.models import AuditEvent
from governance.models import DetectionProfileVersion

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
    assert "<code>nova</code></td><td>allow</td><td>PERSON</td><td>0</td><td>2</td>" in html
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
