"""Four-eyes control in the web UI: requests instead of changes, the approvals pages, the checklist, warnings."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from pytest_django import Settings

from audit.actions import AuditAction
from audit.models import AuditEvent
from governance import services
from governance.models import ChangeRequest, Destination, PolicyVersion, Workload
from tests.factories import SYSTEM, make_destination, make_workload, officer
from tests.ui.conftest import Registry

pytestmark = pytest.mark.django_db

CHECKLIST = {"oversight_assigned": "on", "logs_kept": "on", "workers_informed": "on", "dpia_reference": "DPIA-7"}


@pytest.fixture(autouse=True)
def four_eyes(settings: Settings) -> None:
    settings.CUSTOS_FOUR_EYES = True


@pytest.fixture
def second_officer(db: None) -> Client:
    client = Client()
    client.force_login(officer(username="oscar"))
    return client


def test_a_high_risk_approval_waits_for_a_second_officer(
    registry: Registry, officer_client: Client, second_officer: Client
) -> None:
    page = officer_client.get("/workloads/cv-ranker/approve/").content.decode()
    assert "this approval becomes a request that another officer approves" in page
    assert "Request approval" in page

    response = officer_client.post("/workloads/cv-ranker/approve/", {"reason": "Ready", **CHECKLIST})
    request = ChangeRequest.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/approvals/{request.pk}/"
    assert Workload.objects.get(slug="cv-ranker").status == "draft"
    assert "another officer must approve request" in officer_client.get(response["Location"]).content.decode()

    # The requester's own approval, forged past the page that offers none, is refused and recorded.
    refused = officer_client.post(f"/approvals/{request.pk}/", {"step": "approve"})
    assert refused.status_code == 403
    assert "another officer must approve it. The refusal is recorded in the audit log." in refused.content.decode()
    assert AuditEvent.objects.get(action=AuditAction.CHANGE_REFUSE).actor_label == "olivia"

    dashboard = second_officer.get("/").content.decode()
    assert "Waiting for a second officer" in dashboard and f"#{request.pk} Approve a high-risk workload" in dashboard
    assert '<span class="nav-count" aria-label="1 waiting">1</span>' in dashboard  # beside "Approvals"
    detail = second_officer.get(f"/approvals/{request.pk}/").content.decode()
    assert "DPIA-7" in detail and "Approve and apply" in detail

    approved = second_officer.post(f"/approvals/{request.pk}/", {"step": "approve", "note": "Checked."})
    assert approved.status_code == 302
    assert Workload.objects.get(slug="cv-ranker").status == "approved"
    assert "Approved and applied" in second_officer.get(f"/approvals/{request.pk}/").content.decode()


def test_the_checklist_is_required_and_asks_for_a_fria_where_art_27_applies(
    db: None, officer_client: Client, settings: Settings
) -> None:
    settings.CUSTOS_FOUR_EYES = False
    make_workload(slug="credit-scorer", screening={"annex_iii_area": 5, "annex_iii_subarea": "5(b)"})
    form = officer_client.get("/workloads/credit-scorer/approve/").content.decode()
    assert "Fundamental-rights impact assessment reference (Art. 27) <span" in form
    assert "(required for this use)" in form  # not marked optional where Art. 27 requires it
    missing = officer_client.post("/workloads/credit-scorer/approve/", {"reason": "go"})
    assert missing.status_code == 400
    assert "Give the reference of the DPIA" in missing.content.decode()
    no_fria = officer_client.post("/workloads/credit-scorer/approve/", {"reason": "go", **CHECKLIST})
    assert no_fria.status_code == 400
    assert "A fundamental-rights impact assessment is required here (Art. 27(1))." in no_fria.content.decode()
    assert Workload.objects.get(slug="credit-scorer").status == "draft"
    done = officer_client.post(
        "/workloads/credit-scorer/approve/", {"reason": "go", "fria_reference": "FRIA-3", **CHECKLIST}
    )
    assert done.status_code == 302
    event = AuditEvent.objects.get(action=AuditAction.WORKLOAD_APPROVE, subject_id="credit-scorer")
    assert event.payload["checklist"]["fria_required"] is True
    assert event.payload["checklist"]["fria_reference"] == "FRIA-3"


def test_a_minimal_risk_approval_needs_no_second_officer(db: None, officer_client: Client) -> None:
    make_workload(slug="faq-bot")
    assert officer_client.post("/workloads/faq-bot/approve/", {"reason": "fine"}).status_code == 302
    assert Workload.objects.get(slug="faq-bot").status == "approved"
    assert not ChangeRequest.objects.exists()


def test_publishing_a_policy_becomes_a_request(registry: Registry, officer_client: Client) -> None:
    published = PolicyVersion.objects.get(status="published")
    draft = services.policy_draft_create(actor=SYSTEM, content=published.content)
    page = officer_client.get(f"/policy/{draft.number}/publish/").content.decode()
    assert f"Request publication of v{draft.number}" in page
    response = officer_client.post(f"/policy/{draft.number}/publish/", {"reason": "Tighter"})
    request = ChangeRequest.objects.get(kind="policy_publish")
    assert response["Location"] == f"/approvals/{request.pk}/" and request.reason == "Tighter"
    assert PolicyVersion.objects.get(number=draft.number).status == "draft"


def test_a_transfer_basis_change_becomes_a_request_and_other_edits_do_not(
    registry: Registry, officer_client: Client, second_officer: Client
) -> None:
    form = {
        "slug": "us-none",
        "provider": "Example AI",
        "model": "example-large",
        "endpoint_url": "https://api.example.eu/v1",
        "kind": "external",
        "jurisdiction": "US",
        "region": "eu-west-3",
        "transfer_mechanism": "sccs",
        "dpa_signed": "on",
        "active": "on",
    }
    response = officer_client.post("/destinations/us-none/edit/", form)
    request = ChangeRequest.objects.get(kind="destination_update")
    assert response["Location"] == f"/approvals/{request.pk}/"
    assert request.change["fields"] == {"transfer_mechanism": "sccs", "dpa_signed": True}
    assert Destination.objects.get(slug="us-none").transfer_mechanism == "none"
    detail = second_officer.get(f"/approvals/{request.pk}/").content.decode()
    assert "Transfer basis once applied" in detail and "SCCs (Art. 46)" in detail
    second_officer.post(f"/approvals/{request.pk}/", {"step": "approve"})
    assert Destination.objects.get(slug="us-none").transfer_mechanism == "sccs"

    plain = {**form, "transfer_mechanism": "sccs", "model": "example-xl"}
    assert officer_client.post("/destinations/us-none/edit/", plain).status_code == 302
    assert Destination.objects.get(slug="us-none").model == "example-xl"
    assert ChangeRequest.objects.count() == 1


def test_an_auditor_sees_requests_but_cannot_decide(
    registry: Registry, officer_client: Client, auditor_client: Client
) -> None:
    officer_client.post("/workloads/cv-ranker/approve/", {"reason": "Ready", **CHECKLIST})
    request = ChangeRequest.objects.get()
    assert f"/approvals/{request.pk}/" in auditor_client.get("/approvals/").content.decode()
    assert auditor_client.post(f"/approvals/{request.pk}/", {"step": "approve"}).status_code == 403
    assert ChangeRequest.objects.get().status == "pending"


def test_the_api_refuses_changes_that_need_a_second_officer(registry: Registry, officer_client: Client) -> None:
    response = officer_client.post(
        "/api/v1/workloads/cv-ranker/approve/", {"reason": "x"}, content_type="application/json"
    )
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "four_eyes_required"
    patched = officer_client.patch(
        "/api/v1/destinations/us-none/", {"dpa_signed": True}, content_type="application/json"
    )
    assert patched.status_code == 409
    assert not Destination.objects.get(slug="us-none").dpa_signed


def test_warnings_for_risky_allowances_and_expired_adequacy(db: None, officer_client: Client) -> None:
    make_destination(
        slug="us-none", jurisdiction="US", transfer_mechanism=Destination.TransferMechanism.NONE, dpa_signed=False
    )
    make_destination(slug="us-dpf", jurisdiction="US", transfer_mechanism="sccs")
    make_destination(
        slug="us-old",
        jurisdiction="US",
        transfer_mechanism="adequacy",
        adequacy_scope="DPF",
        adequacy_review_date=dt.date(2020, 1, 1),
    )
    make_workload(
        slug="hr-bot", data_categories=["personal", "special_category"], allowed_destinations=["us-none", "us-dpf"]
    )

    detail = officer_client.get("/workloads/hr-bot/").content.decode()
    assert "hr-bot processes special-category data and may use us-none, which has no transfer basis" in detail
    assert "us-dpf" not in detail.split("Transfer warnings:")[1].split("</div>")[0]
    dashboard = officer_client.get("/").content.decode()
    assert "was due for review on 01 Jan 2020" in dashboard
    assert "2 No transfer basis" in dashboard and "1 SCCs (Art. 46)" in dashboard  # the real basis, per destination
    edit = officer_client.get("/destinations/us-old/").content.decode()
    assert "counts as no transfer basis until the review date is updated" in edit


def test_the_wizard_warns_before_registering_a_risky_allowance(registry: Registry, officer_client: Client) -> None:
    officer_client.get("/workloads/register/?restart=1")
    officer_client.post(
        "/workloads/register/basics/",
        {
            "slug": "hr-helper",
            "name": "HR helper",
            "owner": "HR",
            "purpose": "Answers employees' HR questions.",
            "role": "deployer",
            "data_categories": ["personal", "special_category"],
            "oversight_contact": "hr@example.eu",
            "log_retention_days": "365",
        },
    )
    officer_client.post("/workloads/register/art5/", {})
    officer_client.post("/workloads/register/annex/", {"annex_iii_area": "0"})
    officer_client.post("/workloads/register/art50/", {})
    hybrid = {"quality_priority": "high", "request_volume": "low", "cost_sensitivity": "low", "residency_need": "high"}
    officer_client.post("/workloads/register/hybrid/", {**hybrid, "allowed_destinations": ["onprem-vllm", "us-none"]})
    warning = "hr-helper processes special-category data and may use us-none, which has no transfer basis"
    review = officer_client.get("/workloads/register/review/").content.decode()
    assert warning in review and "onprem-vllm, which" not in review
    response = officer_client.post("/workloads/register/review/", follow=True)
    assert warning in response.content.decode()  # again once registered, as a message and on the page
