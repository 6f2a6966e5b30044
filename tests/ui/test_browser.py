"""The UI in a real browser: Debian's Chromium driven by Playwright against the live test server.

These tests need /usr/bin/chromium (``make browsers`` installs it). Without it
they fail with that instruction rather than skip: the UI is not tested
otherwise. Playwright's sync API runs an event loop in this thread, so Django's
async-safety check is relaxed for the database work the fixtures do here.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser
from pytest_django import Settings
from pytest_django.live_server_helper import LiveServer

from audit.actions import AuditAction
from audit.checkpoints import checkpoint_create
from audit.merkle import verify_inclusion
from audit.models import AuditEvent
from governance import changes, services
from governance.models import ChangeRequest, PolicyVersion, Workload
from tests.factories import SYSTEM, officer
from tests.ui.conftest import PASSWORD, Registry, Session

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


# The browser, the live registry and the signed-in Session live in tests/ui/conftest.py (shared by every
# browser test module: Playwright's sync API runs one browser per process).


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


def test_the_layout_works_on_a_phone(chromium: Browser, live_server: LiveServer, live_registry: Registry) -> None:
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


def test_an_officer_enrols_an_authenticator_and_then_reaches_the_officer_pages(
    chromium: Browser, live_server: LiveServer, settings: Settings
) -> None:
    """Issue 17: with MFA required, the password leads to the enrolment page (QR code), then recovery codes."""
    import base64

    from django_otp.oath import totp

    settings.CUSTOS_MFA_REQUIRED = True
    officer(username="olivia")
    context = chromium.new_context()
    problems: list[str] = []
    try:
        page = context.new_page()
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.goto(f"{live_server.url}/accounts/login/?next=/workloads/register/")
        page.fill("#id_username", "olivia")
        page.fill("#id_password", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(f"{live_server.url}/accounts/mfa/setup/**")
        assert page.locator(".qr svg").count() == 1

        secret = page.inner_text("#totp-secret").strip()
        key = base64.b32decode(secret + "=" * (-len(secret) % 8))
        page.fill("#id_code", f"{totp(key):06d}")
        page.click("text=Confirm")
        page.wait_for_selector("#recovery-codes")
        assert page.locator("#recovery-codes li").count() == 10

        page.click("text=I have stored the codes")
        page.wait_for_url(f"{live_server.url}/workloads/register/")
        assert "Register" in page.content()
        assert problems == [], problems
    finally:
        context.close()


# --- Four-eyes control, the rule builder and the transfer warnings (issue 15) ------------------------
# Two officers sign in side by side: olivia asks, oscar decides. In this module because the session's one
# Playwright instance (the ``chromium`` fixture) cannot be started twice in a thread.


@pytest.fixture
def two_officers(
    chromium: Browser, live_server: LiveServer, live_registry: Registry, settings: Settings
) -> Iterator[tuple[Session, Session]]:
    settings.CUSTOS_FOUR_EYES = True
    officer(username="oscar")
    olivia = Session(chromium, live_server.url, "olivia")
    oscar = Session(chromium, live_server.url, "oscar")
    yield olivia, oscar
    olivia.close()
    oscar.close()


def test_a_high_risk_approval_by_two_officers_with_self_approval_refused(two_officers: tuple[Session, Session]) -> None:
    olivia, oscar = two_officers
    page = olivia.page
    olivia.goto("/workloads/cv-ranker/")
    page.click("text=Approve…")
    page.wait_for_url("**/cv-ranker/approve/")
    assert "Deployer checklist (EU AI Act Art. 26)" in page.content()
    page.click("button:has-text('Request approval')")  # nothing confirmed yet
    assert "Give the reference of the DPIA" in page.content()
    page.check("#id_oversight_assigned")
    page.check("#id_logs_kept")
    page.check("#id_workers_informed")
    page.fill("#id_dpia_reference", "DPIA-2026-014")
    page.fill("#id_reason", "Recruiters trained; DPIA signed off.")
    page.click("button:has-text('Request approval')")
    page.wait_for_url("**/approvals/*/")
    assert "another officer must approve request" in page.content()
    assert Workload.objects.get(slug="cv-ranker").status == "draft"
    request = ChangeRequest.objects.get()

    # The page offers the requester no approval; a forged one is refused and recorded.
    assert page.locator("button[value=approve]").count() == 0
    page.evaluate("document.querySelector('button[value=withdraw]').value = 'approve'")
    page.click("button:has-text('Withdraw')")
    page.wait_for_selector("text=another officer must approve it. The refusal is recorded in the audit log.")
    olivia.problems.clear()  # the browser logs the 403 itself
    refusal = AuditEvent.objects.get(action=AuditAction.CHANGE_REFUSE)
    assert refusal.actor_label == "olivia" and refusal.payload["refused"] == "self_approval"

    second = oscar.page
    oscar.goto("/")
    second.click(f"text=#{request.pk} Approve a high-risk workload: cv-ranker")
    second.wait_for_url(f"**/approvals/{request.pk}/")
    assert "DPIA-2026-014" in second.content()
    second.fill("#id_note", "Checked the DPIA and the oversight rota.")
    second.click("button:has-text('Approve and apply')")
    second.wait_for_selector(f"text=Request {request.pk} approved and applied.")
    assert "Approved and applied" in second.inner_text(".request-status")
    assert Workload.objects.get(slug="cv-ranker").status == "approved"
    approve = AuditEvent.objects.get(action=AuditAction.WORKLOAD_APPROVE, subject_id="cv-ranker")
    assert approve.actor_label == "oscar" and approve.payload["checklist"]["dpia_reference"] == "DPIA-2026-014"


def test_build_a_policy_rule_with_the_form_and_publish_it_through_the_second_officer(
    two_officers: tuple[Session, Session],
) -> None:
    olivia, oscar = two_officers
    page = olivia.page
    olivia.goto("/policy/")
    page.click("text=Start a draft")
    page.wait_for_url("**/edit/")
    page.click("text=Rule builder")
    page.wait_for_url("**/builder/")
    spare = page.locator("[data-rule-row]").count() - 1  # the empty row at the end
    page.fill(f"#id_rules-{spare}-id", "no-us-personal")
    page.select_option(f"#id_rules-{spare}-action", "deny")
    page.fill(f"#id_rules-{spare}-reason_code", "US Personal")  # not a code: checked as typed
    page.fill(f"#id_rules-{spare}-message", "No personal data to destinations without a transfer basis.")
    page.check(f"input[name='rules-{spare}-categories_any'][value=personal_data]")
    page.check(f"input[name='rules-{spare}-transfer_bases'][value=none]")
    page.wait_for_selector(f"[data-rule-errors='{spare}'] >> text=Use lower-case letters, digits and underscores.")
    page.fill(f"#id_rules-{spare}-reason_code", "us_personal")
    page.wait_for_selector("#builder-status >> text=no problems")
    assert page.inner_text(f"[data-rule-errors='{spare}']") == ""
    page.click("text=Add a rule")  # the script adds a row; left empty, it is not saved
    assert page.locator("[data-rule-row]").count() == spare + 2
    page.click("button:has-text('Save draft')")
    page.wait_for_url("**/diff/")
    assert "1 added" in page.content()
    draft = PolicyVersion.objects.get(status="draft")
    rule = draft.content["rules"][-1]
    assert rule["when"] == {"categories_any": ["personal_data"], "transfer_bases": ["none"]}

    olivia.goto(f"/policy/{draft.number}/publish/")
    page.fill("#publish-reason", "Deny instead of redacting without a basis.")
    page.click(f"button:has-text('Request publication of v{draft.number}')")
    page.wait_for_url("**/approvals/*/")
    assert PolicyVersion.objects.get(number=draft.number).status == "draft"

    second = oscar.page
    oscar.goto("/approvals/")
    second.click(f"text=#{ChangeRequest.objects.get().pk}")
    second.click("button:has-text('Approve and apply')")
    second.wait_for_selector("text=approved and applied")
    assert PolicyVersion.objects.get(number=draft.number).status == "published"
    publish = AuditEvent.objects.get(action=AuditAction.POLICY_PUBLISH, subject_id=str(draft.number))
    assert publish.actor_label == "oscar" and publish.payload["diff"]["added"] == ["rules/no-us-personal"]


def test_the_transfer_warnings_are_shown(two_officers: tuple[Session, Session]) -> None:
    olivia, _oscar = two_officers
    services.destination_create(
        actor=SYSTEM,
        slug="us-dpf",
        provider="Example",
        model="large",
        endpoint_url="https://api.example.com/v1",
        kind="external",
        jurisdiction="US",
        dpa_signed=True,
        transfer_mechanism="adequacy",
        adequacy_scope="EU-US Data Privacy Framework",
        adequacy_review_date=dt.date(2025, 7, 10),  # passed: no basis until reviewed
    )

    page = olivia.page
    olivia.goto("/workloads/support-bot/edit/")
    page.check("input[name=data_categories][value=personal]")
    page.click("button:has-text('Save changes')")
    page.wait_for_url("**/workloads/support-bot/")
    warning = (
        "support-bot processes personal data and may use us-none, which has no transfer basis (GDPR Chapter V) "
        "and no signed DPA (Art. 28)."
    )
    assert page.locator(f"text={warning}").count() >= 1  # the message after saving, and the panel

    olivia.goto("/")
    warnings = page.inner_text(".dashboard-warnings")
    assert "was due for review on 10 Jul 2025" in warnings and warning in warnings
    jurisdictions = page.inner_text("section[aria-labelledby=jur-title]")
    assert "1 Adequacy" not in jurisdictions  # the US has an adequacy decision, but no US destination uses it
    assert "2 No transfer basis" in jurisdictions


@pytest.mark.parametrize("width", [1366, 390])
def test_the_new_pages_do_not_scroll_sideways(
    chromium: Browser, live_server: LiveServer, live_registry: Registry, settings: Settings, width: int
) -> None:
    settings.CUSTOS_FOUR_EYES = True
    services.workload_update(actor=SYSTEM, workload=live_registry.workload, data_categories=["personal"])
    draft = services.policy_draft_create(actor=SYSTEM, content=PolicyVersion.objects.get().content)
    request = changes.change_request_create(
        actor=SYSTEM,
        kind=ChangeRequest.Kind.DESTINATION_UPDATE,
        target="us-none",
        change={"fields": {"transfer_mechanism": "sccs", "dpa_signed": True}},
    )
    context = chromium.new_context(viewport={"width": width, "height": 900})
    try:
        page = context.new_page()
        page.goto(live_server.url + "/accounts/login/")
        page.fill("#id_username", "olivia")
        page.fill("#id_password", PASSWORD)
        page.keyboard.press("Enter")
        page.wait_for_url(live_server.url + "/")
        for path in (
            "/",
            "/approvals/",
            f"/approvals/{request.pk}/",
            "/workloads/cv-ranker/approve/",
            f"/policy/{draft.number}/builder/",
            f"/policy/{draft.number}/edit/",
            f"/policy/{draft.number}/publish/",
        ):
            page.goto(live_server.url + path)
            scroll = page.evaluate("document.documentElement.scrollWidth")
            assert scroll <= width, f"{path} scrolls sideways at {width}px ({scroll}px)"
    finally:
        context.close()
