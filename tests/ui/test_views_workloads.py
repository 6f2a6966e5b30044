"""Workload pages: the list, the detail, the register wizard with its live tier, lifecycle actions."""

from __future__ import annotations

import pytest
from django.test import Client

from audit.models import AuditEvent
from governance.models import Workload
from tests.factories import make_workload
from tests.ui.conftest import Registry

pytestmark = pytest.mark.django_db


def test_the_list_filters_by_status_tier_and_search(registry: Registry, officer_client: Client) -> None:
    everything = officer_client.get("/workloads/").content.decode()
    assert "support-bot" in everything and "cv-ranker" in everything
    drafts = officer_client.get("/workloads/?status=draft").content.decode()
    assert "cv-ranker" in drafts and "support-bot" not in drafts
    high_risk = officer_client.get("/workloads/?tier=high_risk").content.decode()
    assert "cv-ranker" in high_risk and "support-bot" not in high_risk
    searched = officer_client.get("/workloads/?q=support").content.decode()
    assert "support-bot" in searched and "cv-ranker" not in searched
    nothing = officer_client.get("/workloads/?q=no-such-thing").content.decode()
    assert "No workload matches these filters" in nothing


def test_the_list_sorts_and_paginates(db: None, officer_client: Client) -> None:
    for number in range(30):
        make_workload(slug=f"bulk-{number:02d}", name=f"Bulk {number:02d}")
    first = officer_client.get("/workloads/?sort=-slug").content.decode()
    assert first.index("bulk-29") < first.index("bulk-28")
    assert "bulk-00" not in first  # on page 2
    assert "Page 1 of 2" in first
    second = officer_client.get("/workloads/?sort=-slug&page=2").content.decode()
    assert "bulk-00" in second and "bulk-29" not in second
    assert 'aria-sort="descending"' in first


def test_htmx_filtering_returns_only_the_table(registry: Registry, officer_client: Client) -> None:
    response = officer_client.get("/workloads/?q=cv", HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert "cv-ranker" in html and "<html" not in html


def test_an_empty_registry_invites_the_first_registration(db: None, officer_client: Client) -> None:
    assert "Register the first workload" in officer_client.get("/workloads/").content.decode()


def test_the_detail_shows_tier_reason_screening_recommendation_and_decisions(
    registry: Registry, officer_client: Client
) -> None:
    html = officer_client.get("/workloads/cv-ranker/").content.decode()
    assert "Annex III area 4 and profiles natural persons: always high-risk" in html
    assert "Art. 5(1)(c): social scoring" in html  # screening question with its legal text
    assert "Hybrid recommendation" in html
    support = officer_client.get("/workloads/support-bot/").content.decode()
    assert "credentials_never_leave" in support  # recent decisions
    assert "us-none" in support  # allowed destinations
    assert "Suspend…" in support and "Approve…" not in support


def test_auditors_see_no_lifecycle_buttons(registry: Registry, auditor_client: Client) -> None:
    html = auditor_client.get("/workloads/support-bot/").content.decode()
    assert "Suspend…" not in html


def test_an_unknown_workload_is_404(registry: Registry, officer_client: Client) -> None:
    assert officer_client.get("/workloads/nope/").status_code == 404


def _walk_wizard(client: Client, *, annex: dict[str, str]) -> None:
    client.get("/workloads/register/?restart=1")
    response = client.post(
        "/workloads/register/basics/",
        {
            "slug": "benefit-check",
            "name": "Benefit eligibility check",
            "owner": "Social services",
            "purpose": "Pre-checks benefit applications.",
            "role": "deployer",
            "data_categories": ["personal"],
            "oversight_contact": "case@example.eu",
            "log_retention_days": "365",
        },
    )
    assert response.status_code == 302 and response["Location"].endswith("/art5/")
    assert client.post("/workloads/register/art5/", {}).status_code == 302
    assert client.post("/workloads/register/annex/", annex).status_code == 302
    assert client.post("/workloads/register/art50/", {"art50_interacts_with_people": "on"}).status_code == 302
    response = client.post(
        "/workloads/register/hybrid/",
        {
            "quality_priority": "medium",
            "request_volume": "high",
            "cost_sensitivity": "high",
            "residency_need": "high",
            "allowed_destinations": ["onprem-vllm"],
        },
    )
    assert response.status_code == 302 and response["Location"].endswith("/review/")


def test_the_wizard_registers_a_workload_with_its_tier(registry: Registry, officer_client: Client) -> None:
    _walk_wizard(
        officer_client, annex={"annex_iii_area": "5", "annex_iii_subarea": "5(a)", "profiles_natural_persons": "on"}
    )
    review = officer_client.get("/workloads/register/review/").content.decode()
    assert "High-risk (Art. 6)" in review
    assert "On-prem open model" in review
    response = officer_client.post("/workloads/register/review/")
    assert response.status_code == 302 and response["Location"] == "/workloads/benefit-check/"
    workload = Workload.objects.get(slug="benefit-check")
    assert workload.tier == "high_risk" and workload.status == "draft"
    assert workload.screening.annex_iii_area == 5 and workload.screening.art50_interacts_with_people
    assert list(workload.allowed_destinations.values_list("slug", flat=True)) == ["onprem-vllm"]
    event = AuditEvent.objects.filter(action="workload.register", subject_id="benefit-check").get()
    assert event.actor_label == "olivia"
    assert "registered as a draft" in officer_client.get("/workloads/benefit-check/").content.decode()


def test_the_wizard_shows_field_errors_and_keeps_the_step(registry: Registry, officer_client: Client) -> None:
    officer_client.get("/workloads/register/?restart=1")
    response = officer_client.post("/workloads/register/basics/", {"slug": "Not A Slug", "name": ""})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Use lower-case letters" in html and "This field is required." in html
    duplicate = officer_client.post(
        "/workloads/register/basics/",
        {
            "slug": "support-bot",
            "name": "x",
            "owner": "y",
            "purpose": "z",
            "role": "deployer",
            "log_retention_days": "183",
        },
    )
    assert "already exists" in duplicate.content.decode()


def test_the_wizard_rejects_a_carve_out_for_profiling(registry: Registry, officer_client: Client) -> None:
    _walk_wizard(officer_client, annex={"annex_iii_area": "0"})
    response = officer_client.post(
        "/workloads/register/annex/",
        {
            "annex_iii_area": "4",
            "profiles_natural_persons": "on",
            "art6_3_carve_out_claimed": "on",
            "art6_3_condition": "a",
            "art6_3_grounds": "g",
        },
    )
    assert response.status_code == 200
    assert "always high-risk" in response.content.decode()


def test_steps_cannot_be_skipped(registry: Registry, officer_client: Client) -> None:
    officer_client.get("/workloads/register/?restart=1")
    response = officer_client.get("/workloads/register/review/")
    assert response.status_code == 302 and response["Location"].endswith("/basics/")


def test_the_tier_preview_uses_the_unsaved_answers_of_the_step(registry: Registry, officer_client: Client) -> None:
    officer_client.get("/workloads/register/?restart=1")
    minimal = officer_client.post("/workloads/register/tier-preview/", {"step": "art5"}).content.decode()
    assert "Minimal risk" in minimal
    prohibited = officer_client.post(
        "/workloads/register/tier-preview/", {"step": "art5", "art5_c_social_scoring": "on"}
    ).content.decode()
    assert "Prohibited (Art. 5)" in prohibited and "(c)" in prohibited
    high = officer_client.post(
        "/workloads/register/tier-preview/", {"step": "annex", "annex_iii_area": "3"}
    ).content.decode()
    assert "High-risk" in high and "<html" not in high


def test_approving_asks_for_confirmation_then_approves(registry: Registry, officer_client: Client) -> None:
    registry.draft_workload.oversight_contact = "x@example.eu"
    confirm = officer_client.get("/workloads/cv-ranker/approve/").content.decode()
    assert "Approve CV ranker?" in confirm
    assert "Deployer checklist (EU AI Act Art. 26)" in confirm  # cv-ranker is high-risk
    checklist = {"oversight_assigned": "on", "logs_kept": "on", "workers_informed": "on", "dpia_reference": "DPIA-7"}
    response = officer_client.post("/workloads/cv-ranker/approve/", {"reason": "DPIA done", **checklist})
    assert response.status_code == 302
    registry.draft_workload.refresh_from_db()
    assert registry.draft_workload.status == "approved"
    event = AuditEvent.objects.filter(action="workload.approve", subject_id="cv-ranker").get()
    assert event.payload["reason"] == "DPIA done" and event.actor_label == "olivia"
    assert event.payload["checklist"]["dpia_reference"] == "DPIA-7"


def test_a_blocked_approval_is_explained(db: None, officer_client: Client) -> None:
    make_workload(slug="bad-practice", screening={"art5_a_manipulation": True})
    confirm = officer_client.get("/workloads/bad-practice/approve/").content.decode()
    assert "can never be approved" in confirm
    response = officer_client.post("/workloads/bad-practice/approve/", {"reason": ""})
    assert response.status_code == 409
    assert Workload.objects.get(slug="bad-practice").status == "draft"


def test_suspend_and_retire(registry: Registry, officer_client: Client) -> None:
    assert officer_client.post("/workloads/support-bot/suspend/", {"reason": "incident"}).status_code == 302
    assert officer_client.post("/workloads/support-bot/retire/", {"reason": "replaced"}).status_code == 302
    registry.workload.refresh_from_db()
    assert registry.workload.status == "retired"
    again = officer_client.post("/workloads/support-bot/suspend/", {})
    assert again.status_code == 409


def test_the_strategy_map_places_every_active_workload(registry: Registry, officer_client: Client) -> None:
    html = officer_client.get("/strategy/").content.decode()
    assert html.count('class="point point-') == 2
    assert "Residency need" in html and "Hybrid with routing" in html
