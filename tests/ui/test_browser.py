"""The UI in a real browser: Debian's Chromium driven by Playwright against the live test server.

These tests need /usr/bin/chromium (``make browsers`` installs it). Without it
they fail with that instruction rather than skip: the UI is not tested
otherwise. Playwright's sync API runs an event loop in this thread, so Django's
async-safety check is relaxed for the database work the fixtures do here.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from audit.checkpoints import checkpoint_create
from audit.merkle import verify_inclusion
from governance.models import PolicyVersion, Workload
from tests.ui.conftest import PASSWORD, Registry, Session

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


# The browser, the live registry and the signed-in Session live in tests/ui/conftest.py (shared by every
# browser test module: Playwright's sync API runs one browser per process).


@pytest.fixture
def as_officer(chromium: Any, live_server: Any, live_registry: Registry) -> Iterator[Session]:
    session = Session(chromium, live_server.url, "olivia")
    yield session
    session.close()


@pytest.fixture
def as_auditor(chromium: Any, live_server: Any, live_registry: Registry) -> Iterator[Session]:
    session = Session(chromium, live_server.url, "arthur")
    yield session
    session.close()


def test_register_a_workload_through_the_wizard_and_see_its_tier(as_officer: Session) -> None:
    page = as_officer.page
    page.click("text=Register a workload")
    page.fill("#id_name", "Exam proctoring assistant")
    page.fill("#id_slug", "exam-proctor")
    page.fill("#id_owner", "Digital Learning")
    page.fill("#id_purpose", "Flags irregularities during online exams for invigilators.")
    page.check("input[name=data_categories][value=personal]")
    page.fill("#id_oversight_contact", "invigilators@example.eu")
    page.click("text=Continue →")
    page.wait_for_url("**/register/art5/")
    assert "Art. 5(1)(f): emotion recognition at work or in education" in page.content()
    page.click("text=Continue →")
    page.wait_for_url("**/register/annex/")
    assert page.inner_text("#tier-preview").startswith("Minimal risk")
    page.check("#id_annex_iii_area_3")
    page.wait_for_selector("#tier-preview .badge-high_risk")  # the live preview, over htmx
    assert "Annex III area 3" in page.inner_text("#tier-preview")
    page.fill("#id_annex_iii_subarea", "3(d)")
    page.click("text=Continue →")
    page.wait_for_url("**/register/art50/")
    page.check("#id_art50_interacts_with_people")
    page.click("text=Continue →")
    page.wait_for_url("**/register/hybrid/")
    page.check("input[name=allowed_destinations][value=onprem-vllm]")
    page.check("#id_residency_need_2")
    page.click("text=Continue →")
    page.wait_for_url("**/register/review/")
    assert "High-risk (Art. 6)" in page.inner_text(".tier-panel")
    page.click("text=Register workload")
    page.wait_for_url("**/workloads/exam-proctor/")
    assert "registered as a draft (High-risk (Art. 6))" in page.content()
    assert "Annex III area 3 (Art. 6(2))." in page.content()
    assert Workload.objects.get(slug="exam-proctor").tier == "high_risk"


def test_publish_a_policy_change_after_simulating_it(as_officer: Session) -> None:
    page = as_officer.page
    as_officer.goto("/policy/")
    page.click("text=Start a draft")
    page.wait_for_url("**/edit/")
    content = json.loads(page.input_value("#id_content"))
    for rule in content["rules"]:
        if rule["id"] == "personal-data-needs-transfer-basis":
            rule["action"] = "deny"
    page.fill("#id_content", json.dumps(content, indent=2))
    page.fill("#id_notes", "No personal data without a transfer basis, not even redacted.")
    page.click("text=Save draft")
    page.wait_for_url("**/diff/")
    assert "1 changed" in page.content()
    page.click("a:has-text('Simulate')")
    page.wait_for_url("**/simulate/")
    assert "Decisions that would change (1)" in page.content()
    page.click("a:has-text('Publish v2…')")
    page.wait_for_url("**/publish/")
    page.click("button:has-text('Publish v2')")
    page.wait_for_url("**/policy/")
    assert "Policy v2 is now in force." in page.content()
    assert PolicyVersion.objects.get(number=2).status == "published"


def test_find_a_denied_decision_and_download_its_proof(as_auditor: Session, live_registry: Registry) -> None:
    checkpoint = checkpoint_create()
    assert checkpoint is not None
    page = as_auditor.page
    as_auditor.goto("/decisions/")
    page.select_option("#id_outcome", "deny")  # the filter form submits itself
    page.wait_for_url("**/decisions/?*outcome=deny*")
    rows = page.locator("table tbody tr")
    assert rows.count() == 1
    rows.first.locator("a").first.click()
    page.wait_for_url(f"**/decisions/{live_registry.denied.id}/")
    with page.expect_download() as download_info:
        page.click("text=Download inclusion proof")
    download = download_info.value
    assert download.suggested_filename == f"custos-audit-proof-{live_registry.denied.audit_seq}.json"
    proof = json.loads(Path(download.path()).read_text())
    assert proof["root_hash"] == checkpoint.root_hash
    assert verify_inclusion(
        proof["leaf_index"],
        proof["tree_size"],
        bytes.fromhex(proof["leaf_hash"]),
        [bytes.fromhex(node) for node in proof["audit_path"]],
        bytes.fromhex(proof["root_hash"]),
    )


def test_verify_the_chain_from_the_browser(as_auditor: Session) -> None:
    page = as_auditor.page
    as_auditor.goto("/audit/verify/")
    page.click("text=Verify chain now")
    page.wait_for_selector("text=The chain is intact.")
    as_auditor.goto("/")
    assert "Intact" in page.inner_text("#chain-title + dl, section[aria-labelledby=chain-title]")


def test_start_an_export_and_download_it(as_auditor: Session) -> None:
    page = as_auditor.page
    as_auditor.goto("/audit/exports/")
    page.select_option("#id_decision", "deny")
    page.click("text=Start export")
    page.wait_for_url("**/audit/exports/*/")
    page.wait_for_selector("text=Download bundle (.zip)", timeout=30_000)
    with page.expect_download() as download_info:
        page.click("text=Download bundle (.zip)")
    download = download_info.value
    assert download.suggested_filename.endswith(".zip")
    with zipfile.ZipFile(io.BytesIO(Path(download.path()).read_bytes())) as bundle:
        names = {Path(name).name for name in bundle.namelist()}
        assert {"manifest.json", "manifest.sig", "events.jsonl", "proofs.jsonl"} <= names
        events = next(name for name in bundle.namelist() if name.endswith("events.jsonl"))
        lines = bundle.read(events).decode().splitlines()
        assert len(lines) == 1 and json.loads(lines[0])["payload"]["decision"] == "deny"


def test_an_auditor_cannot_change_anything(as_auditor: Session) -> None:
    page = as_auditor.page
    as_auditor.goto("/workloads/support-bot/")
    assert page.locator("text=Suspend…").count() == 0
    response = page.goto(as_auditor.base + "/workloads/support-bot/suspend/")
    assert response is not None and response.status == 403
    assert "has been recorded in the audit log" in page.content()
    as_auditor.problems.clear()  # the 403 itself is logged by the browser console


def test_the_layout_works_on_a_phone(chromium: Any, live_server: Any, live_registry: Registry) -> None:
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto(live_server.url + "/accounts/login/")
        page.fill("#id_username", "olivia")
        page.fill("#id_password", PASSWORD)
        page.keyboard.press("Enter")  # keyboard only
        page.wait_for_url(live_server.url + "/")
        for path in ("/", "/workloads/", "/decisions/", "/audit/"):
            page.goto(live_server.url + path)
            overflow = page.evaluate(
                "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 392"
                " && !e.closest('.table-wrap, .sidebar nav')).map(e => e.tagName + '.' + e.className).slice(0, 5)"
            )
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 390, f"{path} scrolls sideways on a phone ({width}px): {overflow}"
    finally:
        context.close()
