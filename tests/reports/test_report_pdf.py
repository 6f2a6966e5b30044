"""Report PDFs: every report downloads as a PDF that names its provenance and whose SHA-256 the log records."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import subprocess
import sys

import pytest
from django.test import Client
from django.utils import timezone
from pypdf import PdfReader
from pytest_django import Settings

from audit.actions import AuditAction, SubjectType
from audit.models import AuditEvent, Checkpoint
from governance.models import Incident
from reports import services
from reports.models import FundamentalRightsImpactAssessment
from tests.factories import SYSTEM
from tests.reports.conftest import high_risk_provider, public_deployer
from tests.world import World

pytestmark = pytest.mark.django_db

PDF_PATHS = [
    "/reports/inventory.pdf",
    "/reports/logs/support.pdf",
    "/reports/registration/support.pdf",
    "/reports/incidents.pdf",
    "/reports/incidents/{incident}/art73.pdf",
    "/reports/retention.pdf",
    "/reports/fria/benefits-check.pdf",
]


@pytest.fixture
def incident(world: World) -> Incident:
    return services.incident_record(
        actor=SYSTEM,
        workload=world.workload,
        title="Leaked ticket",
        description="A ticket went to the wrong customer.",
        aware_at=timezone.now() - dt.timedelta(days=1),
        category=Incident.Category.FUNDAMENTAL_RIGHTS,
        member_states=["DE"],
    )


@pytest.fixture
def fria(world: World) -> FundamentalRightsImpactAssessment:
    return services.fria_record(
        actor=SYSTEM,
        workload=public_deployer(),
        processes="Caseworkers check benefit applications.",
        period_and_frequency="All year, about 400 applications a week.",
        affected_persons="Applicants for social assistance, including people with disabilities.",
        risks_of_harm="Wrongful refusal of benefits; indirect discrimination by nationality.",
        human_oversight="A caseworker decides every refusal; the score is advisory.",
        mitigation_and_governance="Appeals within 30 days; quarterly bias review by the data protection officer.",
    )


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


@pytest.mark.parametrize("path", PDF_PATHS)
def test_every_report_downloads_as_a_pdf_whose_hash_the_log_records(
    auditor_client: Client, incident: Incident, fria: FundamentalRightsImpactAssessment, path: str, settings: Settings
) -> None:
    settings.CUSTOS_ORGANISATION_NAME = "Stadtwerke Musterstadt GmbH"
    response = auditor_client.get(path.format(incident=incident.pk))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith('attachment; filename="custos-')
    content = response.content
    assert content.startswith(b"%PDF-")
    sha256 = hashlib.sha256(content).hexdigest()
    assert response["X-Custos-Report-SHA256"] == sha256
    event = AuditEvent.objects.get(action=AuditAction.REPORT_GENERATED, subject_type=SubjectType.REPORT)
    assert event.subject_id == sha256 and str(event.seq) == response["X-Custos-Audit-Seq"]
    assert event.actor_label == "arthur"
    assert event.payload["size_bytes"] == len(content) and event.payload["pages"] >= 1
    assert set(event.payload) == {
        "report",
        "format",
        "sha256",
        "size_bytes",
        "pages",
        "parameters",
        "head_seq",
        "checkpoint",
    }
    # The PDF names its organisation, author, the chain head and the checkpoint that was signed for it.
    text = pdf_text(content)
    checkpoint = Checkpoint.objects.get(pk=event.payload["checkpoint"])
    head = AuditEvent.objects.get(seq=event.payload["head_seq"])
    assert checkpoint.tree_size == head.seq  # signed just before rendering: it covers the head the PDF prints
    compact = "".join(text.split())
    for expected in ("Stadtwerke Musterstadt GmbH", "arthur", f"seq {head.seq}", f"#{checkpoint.pk}covers"):
        assert "".join(expected.split()) in compact, expected
    assert head.hash[:16] in compact and checkpoint.root_hash[:16] in compact
    assert "UTC" in text and "Europe/Brussels" in text
    assert "report.generated" in compact and "/reports/verify/" in compact


def test_the_art12_pdf_states_its_period(auditor_client: Client, world: World) -> None:
    response = auditor_client.get("/reports/logs/support.pdf?since=2026-01-01&until=2026-01-31")
    text = "".join(pdf_text(response.content).split())
    assert "from2026-01-0100:00UTCupto2026-02-0100:00UTC" in text
    event = AuditEvent.objects.get(action=AuditAction.REPORT_GENERATED)
    assert event.payload["parameters"] == {
        "workload": "support",
        "since": "2026-01-01T00:00:00+00:00",
        "until": "2026-02-01T00:00:00+00:00",
    }


def test_the_verify_api_finds_a_generated_pdf_by_hash_and_by_upload(auditor_client: Client, world: World) -> None:
    content = auditor_client.get("/reports/retention.pdf").content
    sha256 = hashlib.sha256(content).hexdigest()
    by_hash = auditor_client.post("/api/v1/reports/verify", {"sha256": sha256.upper()}, content_type="application/json")
    assert by_hash.status_code == 200
    body = by_hash.json()
    assert body["found"] is True and body["sha256"] == sha256
    assert body["reports"][0]["report"] == "retention" and body["reports"][0]["generated_by"] == "arthur"
    assert body["reports"][0]["size_bytes"] == len(content)
    upload = io.BytesIO(content)
    upload.name = "retention.pdf"
    by_file = auditor_client.post("/api/v1/reports/verify", {"file": upload})
    assert by_file.status_code == 200 and by_file.json()["found"] is True
    assert auditor_client.get(f"/api/v1/reports/verify?sha256={sha256}").json()["found"] is True


def test_a_changed_pdf_is_not_found(auditor_client: Client, world: World) -> None:
    content = auditor_client.get("/reports/retention.pdf").content
    tampered = content + b"\n% one line added after generation\n"  # still opens as a PDF
    upload = io.BytesIO(tampered)
    upload.name = "retention.pdf"
    body = auditor_client.post("/api/v1/reports/verify", {"file": upload}).json()
    assert body == {"sha256": hashlib.sha256(tampered).hexdigest(), "found": False, "reports": []}


def test_the_verify_api_refuses_what_is_not_a_hash(auditor_client: Client, norole_client: Client, world: World) -> None:
    response = auditor_client.post("/api/v1/reports/verify", {"sha256": "abc"}, content_type="application/json")
    assert response.status_code == 400
    assert "64 hexadecimal digits" in response.content.decode()
    assert auditor_client.post("/api/v1/reports/verify", {}, content_type="application/json").status_code == 400
    assert norole_client.get(f"/api/v1/reports/verify?sha256={'0' * 64}").status_code == 403


def test_the_verify_page_checks_an_upload_or_a_pasted_hash(auditor_client: Client, world: World) -> None:
    content = auditor_client.get("/reports/inventory.pdf").content
    sha256 = hashlib.sha256(content).hexdigest()
    upload = io.BytesIO(content)
    upload.name = "inventory.pdf"
    page = auditor_client.post("/reports/verify/", {"file": upload}).content.decode()
    assert "Found: a report with SHA-256" in page and sha256 in page and "inventory" in page
    page = auditor_client.post("/reports/verify/", {"sha256": "f" * 64}).content.decode()
    assert "Not found: no report with SHA-256" in page
    page = auditor_client.post("/reports/verify/", {"sha256": "not a hash"}).content.decode()
    assert "64 hexadecimal digits" in page
    page = auditor_client.post("/reports/verify/", {}).content.decode()
    assert "Choose a report file or paste its SHA-256." in page


def test_a_workload_without_an_assessment_has_no_fria_pdf(auditor_client: Client, world: World) -> None:
    assert auditor_client.get("/reports/fria/support.pdf").status_code == 404
    assert not AuditEvent.objects.filter(action=AuditAction.REPORT_GENERATED).exists()


def test_report_pages_show_their_provenance(auditor_client: Client, world: World, settings: Settings) -> None:
    settings.CUSTOS_ORGANISATION_NAME = "Stadtwerke Musterstadt GmbH"
    high_risk_provider()
    for path in ("/reports/inventory/", "/reports/retention/", "/reports/incidents/", "/reports/logs/support/"):
        page = auditor_client.get(path).content.decode()
        assert "Stadtwerke Musterstadt GmbH" in page and "Audit chain head" in page and "Generated by" in page, path
        assert ".pdf" in page, path


def test_without_weasyprint_a_pdf_answers_503_with_what_to_install(
    auditor_client: Client, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # as on a machine where it cannot be imported
    response = auditor_client.get("/reports/retention.pdf")
    assert response.status_code == 503
    assert "apt-get install libpango-1.0-0" in response.content.decode()
    assert not AuditEvent.objects.filter(action=AuditAction.REPORT_GENERATED).exists()
    assert auditor_client.get("/reports/retention.csv").status_code == 200  # everything else still works


def test_an_unknown_organisation_time_zone_stops_start_up() -> None:
    env = {**os.environ, "CUSTOS_ORGANISATION_TIME_ZONE": "Mars/Olympus_Mons"}
    result = subprocess.run(
        [sys.executable, "-c", "import config.settings"], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode != 0
    assert "CUSTOS_ORGANISATION_TIME_ZONE='Mars/Olympus_Mons' is not an IANA time zone." in result.stderr
