"""Report PDFs and printing in a real browser (Chromium through Playwright, as tests/ui/test_browser.py).

An auditor downloads every report as PDF from its page, then checks each file
on the verify page (upload) and through the API (hash): each one is found in
the audit log. Printing a report page uses the print stylesheet: no sidebar,
sign-out or filter form, and nothing wider than an A4 page's content box.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import Browser
from pytest_django.live_server_helper import LiveServer

from audit.actions import AuditAction
from audit.models import AuditEvent
from governance.models import AnnexVIIIRegistration, Incident
from reports import services
from tests.factories import SYSTEM
from tests.ui.conftest import Registry, Session

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

A4_PORTRAIT_CONTENT_PX = 703  # 210 mm less the print stylesheet's 2 x 12 mm margins, at 96 px per inch


@pytest.fixture
def report_records(live_registry: Registry) -> Incident:
    """The draft high-risk workload deployed by a public authority, with a FRIA, and one incident."""
    AnnexVIIIRegistration.objects.create(workload=live_registry.draft_workload, public_authority_deployer=True)
    services.fria_record(
        actor=SYSTEM,
        workload=live_registry.draft_workload,
        processes="Recruiters see a ranked shortlist.",
        period_and_frequency="Every hiring round.",
        affected_persons="Applicants.",
        risks_of_harm="Indirect discrimination.",
        human_oversight="A recruiter reviews every rejection.",
        mitigation_and_governance="Complaints to HR; quarterly bias audit.",
    )
    return services.incident_record(
        actor=SYSTEM,
        workload=live_registry.workload,
        title="Ticket sent to the wrong customer",
        description="The summary of one customer's ticket was shown to another customer.",
        aware_at=timezone.now() - dt.timedelta(hours=6),
        category=Incident.Category.FUNDAMENTAL_RIGHTS,
        member_states=["DE"],
    )


@pytest.fixture
def auditor_tab(chromium: Browser, live_server: LiveServer, report_records: Incident) -> Iterator[Session]:
    from tests.factories import auditor

    auditor(username="arthur")
    session = Session(chromium, live_server.url, "arthur")
    yield session
    session.close()


def test_download_each_report_as_pdf_and_find_its_hash_in_the_log(
    auditor_tab: Session, report_records: Incident, tmp_path: Path
) -> None:
    page = auditor_tab.page
    pages = {
        "/reports/inventory/": "Download PDF",
        "/reports/logs/support-bot/": "Download PDF",
        "/reports/registration/cv-ranker/": "Download PDF",
        "/reports/incidents/": "Download PDF",
        f"/reports/incidents/{report_records.pk}/art73/": "Download PDF",
        "/reports/retention/": "Download PDF",
        "/reports/fria/cv-ranker/": "Download PDF",
    }
    downloaded: list[tuple[str, str]] = []
    for path, button in pages.items():
        auditor_tab.goto(path)
        with page.expect_download() as download_info:
            page.click(f"a:has-text('{button}')")
        download = download_info.value
        assert download.suggested_filename.startswith("custos-") and download.suggested_filename.endswith(".pdf")
        target = tmp_path / download.suggested_filename
        download.save_as(target)
        content = target.read_bytes()
        assert content.startswith(b"%PDF-"), path
        downloaded.append((str(target), hashlib.sha256(content).hexdigest()))
    assert AuditEvent.objects.filter(action=AuditAction.REPORT_GENERATED).count() == len(pages)
    for target, sha256 in downloaded:
        auditor_tab.goto("/reports/verify/")
        page.set_input_files("#id_file", target)
        page.click("button:has-text('Check')")
        page.wait_for_selector("#verify-result")
        assert f"Found: a report with SHA-256 {sha256}" in page.inner_text("#verify-result"), target
        answer = page.request.get(f"{auditor_tab.base}/api/v1/reports/verify?sha256={sha256}").json()
        assert answer["found"] is True and answer["reports"][0]["generated_by"] == "arthur"
    auditor_tab.goto("/reports/verify/")
    page.fill("#id_sha256", "0" * 64)
    page.click("button:has-text('Check')")
    page.wait_for_selector("#verify-result")
    assert "Not found" in page.inner_text("#verify-result")


@pytest.mark.parametrize(
    "path", ["/reports/inventory/", "/reports/retention/", "/reports/incidents/", "/reports/logs/support-bot/"]
)
def test_printing_a_report_hides_the_chrome_and_cuts_no_column(auditor_tab: Session, path: str) -> None:
    page = auditor_tab.page
    page.set_viewport_size({"width": A4_PORTRAIT_CONTENT_PX, "height": 1000})
    auditor_tab.goto(path)
    page.emulate_media(media="print")
    always = [".sidebar", ".topbar", "button:has-text('Sign out')", ".page-head > .actions a.button"]
    filters = ["form.filters"] if path in ("/reports/incidents/", "/reports/logs/support-bot/") else []
    for chrome in always + filters:
        elements = page.query_selector_all(chrome)
        assert elements, f"{chrome} is not on {path}"
        assert not any(element.is_visible() for element in elements), chrome
    assert page.is_visible(".report-provenance") and page.is_visible(".report-print-note")
    widths = page.evaluate(
        """() => ({
            page: document.documentElement.scrollWidth,
            tables: [...document.querySelectorAll('table')].map(t => Math.ceil(t.getBoundingClientRect().right)),
        })"""
    )
    assert widths["page"] <= A4_PORTRAIT_CONTENT_PX, widths
    assert all(right <= A4_PORTRAIT_CONTENT_PX for right in widths["tables"]), widths
    pdf = page.pdf(format="A4")  # Chromium's own print to PDF, with the print stylesheet
    assert pdf.startswith(b"%PDF-")


@pytest.mark.parametrize("width", [1366, 390])
def test_the_wider_inventory_does_not_scroll_the_page_sideways(auditor_tab: Session, width: int) -> None:
    page = auditor_tab.page
    page.set_viewport_size({"width": width, "height": 900})
    auditor_tab.goto("/reports/inventory/")
    assert page.is_visible("th:has-text('Annex III area')")
    assert page.evaluate("document.documentElement.scrollWidth") <= width  # the table scrolls inside its card
