"""The registry API as a compliance officer, an auditor and a stranger use it."""

from __future__ import annotations

from typing import Any

import pytest
from pytest_django.fixtures import Settings
from rest_framework.test import APIClient

from audit.models import AuditEvent
from governance.models import Workload
from tests.factories import auditor, make_destination, make_workload, officer

pytestmark = pytest.mark.django_db


@pytest.fixture
def officer_client() -> APIClient:
    client = APIClient()
    client.force_authenticate(officer())
    return client


@pytest.fixture
def auditor_client() -> APIClient:
    client = APIClient()
    client.force_authenticate(auditor())
    return client


def register_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "slug": "hr-bot",
        "name": "HR assistant",
        "owner": "HR",
        "purpose": "Answers HR questions",
        "oversight_contact": "hr@example.eu",
        "screening": {"annex_iii_area": 4, "annex_iii_subarea": "4(b)"},
    }
    body.update(overrides)
    return body


def test_officer_registers_a_workload_and_sees_its_tier(officer_client: APIClient) -> None:
    make_destination(slug="eu-api")
    response = officer_client.post("/api/v1/workloads/", register_body(allowed_destinations=["eu-api"]), format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["status"] == "draft"
    assert body["tier"] == "high_risk"
    assert "Annex III area 4" in body["tier_reason"]
    assert body["allowed_destinations"] == ["eu-api"]
    assert body["recommendation"]["deployment"] in {"on_prem_open_model", "proprietary_api", "hybrid_routing"}
    event = AuditEvent.objects.last()
    assert event is not None and event.action == "workload.register" and event.actor_label.startswith("user")


def test_lifecycle_actions(officer_client: APIClient) -> None:
    make_workload(slug="flow")
    response = officer_client.post("/api/v1/workloads/flow/approve/", {"reason": "reviewed"}, format="json")
    assert response.status_code == 200 and response.json()["status"] == "approved"
    response = officer_client.post("/api/v1/workloads/flow/approve/", {}, format="json")
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "invalid_transition"
    assert "status" in response.json()["error"]["fields"]
    assert officer_client.post("/api/v1/workloads/flow/suspend/", {}, format="json").json()["status"] == "suspended"


def test_prohibited_workload_approval_is_a_409(officer_client: APIClient) -> None:
    make_workload(slug="scorer", screening={"art5_c_social_scoring": True})
    response = officer_client.post("/api/v1/workloads/scorer/approve/", {}, format="json")
    assert response.status_code == 409
    assert "prohibited" in response.json()["error"]["message"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (register_body(slug="Bad Slug"), "slug"),
        (register_body(log_retention_days="many"), "log_retention_days"),
        (register_body(role="owner"), "role"),
        (register_body(data_categories=["gossip"]), "data_categories.0"),
        (register_body(screening={"annex_iii_area": 12}), "annex_iii_area"),
        (register_body(screening={"art5_a_manipulation": "perhaps"}), "screening.art5_a_manipulation"),
        (register_body(allowed_destinations=["nowhere"]), "allowed_destinations"),
        (register_body(log_retention_days=30), "log_retention_days"),
        (register_body(colour="blue"), "colour"),
        ({"name": "no slug"}, "slug"),
    ],
)
def test_bad_input_is_a_400_naming_the_field(officer_client: APIClient, body: dict[str, Any], field: str) -> None:
    before = AuditEvent.objects.count()
    response = officer_client.post("/api/v1/workloads/", body, format="json")
    assert response.status_code == 400, response.content
    assert field in response.json()["error"]["fields"], response.json()
    assert AuditEvent.objects.count() == before
    assert Workload.objects.count() == 0


def test_duplicate_slug_is_a_400(officer_client: APIClient) -> None:
    assert officer_client.post("/api/v1/workloads/", register_body(), format="json").status_code == 201
    response = officer_client.post("/api/v1/workloads/", register_body(), format="json")
    assert response.status_code == 400
    assert "slug" in response.json()["error"]["fields"]


def test_malformed_json_is_a_400(officer_client: APIClient) -> None:
    response = officer_client.post("/api/v1/workloads/", data="{not json", content_type="application/json")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "parse_error"


def test_unknown_slug_is_a_404(officer_client: APIClient) -> None:
    assert officer_client.get("/api/v1/workloads/nope/").status_code == 404
    response = officer_client.post("/api/v1/workloads/nope/approve/", {}, format="json")
    assert response.status_code == 404 and response.json()["error"]["code"] == "not_found"


def test_partial_update(officer_client: APIClient) -> None:
    make_workload(slug="edit-me")
    response = officer_client.patch(
        "/api/v1/workloads/edit-me/",
        {"name": "Edited", "screening": {"art50_interacts_with_people": True}},
        format="json",
    )
    assert response.status_code == 200, response.content
    assert response.json()["name"] == "Edited" and response.json()["tier"] == "limited"
    assert response.json()["version"] == 2


def test_auditor_reads_but_cannot_write(auditor_client: APIClient) -> None:
    make_workload(slug="visible")
    assert auditor_client.get("/api/v1/workloads/").json()["results"][0]["slug"] == "visible"
    response = auditor_client.post("/api/v1/workloads/", register_body(), format="json")
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "permission_denied"
    assert auditor_client.post("/api/v1/workloads/visible/approve/", {}, format="json").status_code == 403


def test_anonymous_gets_403() -> None:
    assert APIClient().get("/api/v1/workloads/").status_code == 403


def test_destination_create_and_deactivate(officer_client: APIClient) -> None:
    body = {
        "slug": "us-dpf",
        "provider": "Vendor",
        "model": "big",
        "endpoint_url": "https://api.vendor.example/v1",
        "kind": "external",
        "jurisdiction": "us",
        "dpa_signed": True,
        "transfer_mechanism": "adequacy",
        "adequacy_scope": "DPF-certified organisations",
        "adequacy_review_date": "2027-07-10",
    }
    response = officer_client.post("/api/v1/destinations/", body, format="json")
    assert response.status_code == 201, response.content
    assert response.json()["jurisdiction"] == "US"
    response = officer_client.patch("/api/v1/destinations/us-dpf/", {"active": False}, format="json")
    assert response.status_code == 200 and response.json()["active"] is False
    response = officer_client.patch("/api/v1/destinations/us-dpf/", {"transfer_mechanism": "eea"}, format="json")
    assert response.status_code == 400 and "transfer_mechanism" in response.json()["error"]["fields"]


def test_filters(officer_client: APIClient) -> None:
    make_workload(slug="a-draft")
    make_workload(slug="b-approved", approve=True)
    slugs = [w["slug"] for w in officer_client.get("/api/v1/workloads/?status=approved").json()["results"]]
    assert slugs == ["b-approved"]


def test_a_nul_character_in_a_filter_is_a_400_not_a_server_error(officer_client: APIClient) -> None:
    response = officer_client.get("/api/v1/workloads/", {"status": "appro\x00ved"})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid"


def test_openapi_schema_is_served(officer_client: APIClient) -> None:
    response = officer_client.get("/api/schema/?format=json")
    assert response.status_code == 200
    assert "/api/v1/workloads/" in response.json()["paths"]


# --- approving a high-risk workload: the Art. 26 deployer checklist ----------------------------

FULL_CHECKLIST = {"oversight_assigned": True, "logs_kept": True, "workers_informed": True, "dpia_reference": "DPIA-7"}


def make_high_risk(slug: str = "cv-ranker") -> Workload:
    return make_workload(
        slug=slug, log_retention_days=183, screening={"annex_iii_area": 4, "profiles_natural_persons": True}
    )


def approve_events() -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(action="workload.approve"))


def test_high_risk_approval_without_the_checklist_is_a_400_naming_every_item(officer_client: APIClient) -> None:
    make_high_risk()
    response = officer_client.post("/api/v1/workloads/cv-ranker/approve/", {"reason": "ready"}, format="json")
    assert response.status_code == 400, response.content
    error = response.json()["error"]
    assert error["code"] == "checklist_required"
    assert "Art. 26 deployer checklist" in error["message"]
    assert set(error["fields"]) == {
        "checklist.oversight_assigned",
        "checklist.logs_kept",
        "checklist.workers_informed",
        "checklist.dpia_reference",
    }
    assert "Confirm that human oversight is assigned" in error["fields"]["checklist.oversight_assigned"][0]
    assert Workload.objects.get(slug="cv-ranker").status == Workload.Status.DRAFT
    assert approve_events() == []


def test_a_partial_checklist_names_only_what_is_missing(officer_client: APIClient) -> None:
    make_high_risk()
    answers = {**FULL_CHECKLIST, "workers_informed": False, "dpia_reference": " "}
    response = officer_client.post("/api/v1/workloads/cv-ranker/approve/", {"checklist": answers}, format="json")
    assert response.status_code == 400, response.content
    error = response.json()["error"]
    assert set(error["fields"]) == {"checklist.workers_informed", "checklist.dpia_reference"}
    assert "not confirmed: dpia_reference, workers_informed" in error["message"]
    assert Workload.objects.get(slug="cv-ranker").status == Workload.Status.DRAFT


def test_a_public_body_must_give_its_fria_reference(officer_client: APIClient) -> None:
    make_high_risk()
    answers = {**FULL_CHECKLIST, "public_service": True}
    response = officer_client.post("/api/v1/workloads/cv-ranker/approve/", {"checklist": answers}, format="json")
    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == ["checklist.fria_reference"]
    answers["fria_reference"] = "FRIA-2026-3"
    response = officer_client.post("/api/v1/workloads/cv-ranker/approve/", {"checklist": answers}, format="json")
    assert response.status_code == 200, response.content
    assert approve_events()[0].payload["checklist"]["fria_reference"] == "FRIA-2026-3"


def test_an_unknown_checklist_item_is_a_400(officer_client: APIClient) -> None:
    make_high_risk()
    answers = {**FULL_CHECKLIST, "fria_done": True}
    response = officer_client.post("/api/v1/workloads/cv-ranker/approve/", {"checklist": answers}, format="json")
    assert response.status_code == 400
    assert "checklist.fria_done" in response.json()["error"]["fields"]
    assert approve_events() == []


def test_the_confirmed_checklist_approves_and_is_recorded(officer_client: APIClient) -> None:
    make_high_risk()
    body = {"reason": "DPIA done", "checklist": FULL_CHECKLIST}
    response = officer_client.post("/api/v1/workloads/cv-ranker/approve/", body, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "approved"
    [event] = approve_events()
    assert event.payload["checklist"] == {
        "oversight_assigned": True,
        "oversight_contact": "oversight@example.eu",
        "logs_kept": True,
        "log_retention_days": 183,
        "workers_informed": True,
        "dpia_reference": "DPIA-7",
        "fria_required": False,
        "fria_reference": "",
    }


def test_the_checklist_does_not_apply_below_high_risk(officer_client: APIClient) -> None:
    make_workload(slug="faq-bot")
    response = officer_client.post("/api/v1/workloads/faq-bot/approve/", {}, format="json")
    assert response.status_code == 200, response.content
    assert "checklist" not in approve_events()[0].payload


def test_with_four_eyes_on_even_a_full_checklist_is_sent_to_a_second_officer(
    officer_client: APIClient, settings: Settings
) -> None:
    settings.CUSTOS_FOUR_EYES = True
    make_high_risk()
    body = {"reason": "DPIA done", "checklist": FULL_CHECKLIST}
    response = officer_client.post("/api/v1/workloads/cv-ranker/approve/", body, format="json")
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "four_eyes_required"
    assert "/workloads/cv-ranker/approve/" in response.json()["error"]["message"]
    assert Workload.objects.get(slug="cv-ranker").status == Workload.Status.DRAFT
    assert approve_events() == []
