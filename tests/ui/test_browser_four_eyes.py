"""Four-eyes control, the rule builder and the transfer warnings in a real browser (Chromium, Playwright).

Two officers sign in side by side: olivia asks, oscar decides. Fixtures and the
signed-in ``Session`` come from tests/ui/test_browser.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from audit.actions import AuditAction
from audit.models import AuditEvent
from governance import changes, services
from governance.models import ChangeRequest, PolicyVersion, Workload
from tests.factories import SYSTEM, officer
from tests.ui.conftest import Registry
from tests.ui.test_browser import PASSWORD, Session, chromium, live_registry  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def two_officers(
    chromium: Any,  # noqa: F811 (the fixture imported above)
    live_server: Any,
    live_registry: Registry,  # noqa: F811
    settings: Any,
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
    chromium: Any,  # noqa: F811
    live_server: Any,
    live_registry: Registry,  # noqa: F811
    settings: Any,
    width: int,
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
