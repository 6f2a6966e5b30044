"""LiteLLM's Generic Guardrail API as Custos answers it: the request shape LiteLLM 1.110 sends, each answer."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from pytest_django import Settings
from rest_framework.test import APIClient

from audit.models import AuditEvent
from governance.models import Decision, Destination
from integrations import services
from integrations.models import ModelRoute
from tests.factories import SYSTEM, ServiceKeyFactory, make_workload, plaintext_of
from tests.world import World

URL = "/integrations/litellm/beta/litellm_basic_guardrail_api"
CLEAN = "Please summarise the attached quarterly product roadmap in three bullet points."
CONTACT = "Customer Maria Schmidt (maria.schmidt@example.com, +49 30 1234567) asks about her last invoice."
HEALTH = "Our employee John Miller was diagnosed with diabetes last month and needs reduced hours."
SECRET_ANSWER = "Sure: log in with the AWS key AKIAIOSFODNN7EXAMPLE and you are done."


@pytest.fixture
def routed(world: World) -> World:
    for name, slug in (("gpt-us", "us-none"), ("gpt-eu", "eu-api")):
        services.modelroute_save(actor=SYSTEM, name=name, destination=Destination.objects.get(slug=slug))
    return world


def litellm_body(texts: list[str], *, model: str = "gpt-us", input_type: str = "request", **extra: Any) -> dict:
    """What LiteLLM's GenericGuardrailAPI posts (GenericGuardrailAPIRequest.model_dump(mode="json"))."""
    return {
        "input_type": input_type,
        "litellm_call_id": extra.pop("call_id", "5f0c1d9e-1111-4a2b-9c3d-000000000001"),
        "litellm_trace_id": "trace-1",
        "structured_messages": [{"role": "user", "content": t} for t in texts],
        "images": None,
        "tools": None,
        "texts": texts,
        "request_data": {"user_api_key_hash": "abc", "user_api_key_alias": None},
        "request_headers": {"content-type": "application/json", "authorization": "[present]"},
        "litellm_version": "1.110.2",
        "additional_provider_specific_params": extra.pop("params", {}),
        "tool_calls": None,
        "model": model,
        **extra,
    }


def post(world: World, body: dict, *, api_key: str | None = None) -> dict:
    client = APIClient()
    # LiteLLM sends the guardrail's api_key as x-api-key.
    client.credentials(HTTP_X_API_KEY=api_key if api_key is not None else world.plaintext)
    response = client.post(URL, body, format="json")
    assert response.status_code == 200, response.content
    return response.json()


def test_personal_data_to_a_destination_without_transfer_basis_comes_back_redacted(routed: World) -> None:
    answer = post(routed, litellm_body([CONTACT, CLEAN]))
    assert answer["action"] == "GUARDRAIL_INTERVENED"
    redacted, clean = answer["texts"]
    assert clean == CLEAN
    for value in ("Maria", "maria.schmidt@example.com", "1234567"):
        assert value not in redacted
    assert "<EMAIL_ADDRESS_1>" in redacted
    decision = Decision.objects.get()
    assert decision.outcome == "redact" and decision.destination.slug == "us-none"
    assert decision.request_id == "litellm-5f0c1d9e-1111-4a2b-9c3d-000000000001"
    event = AuditEvent.objects.get(seq=decision.audit_seq)
    assert event.payload["via"] == "litellm"
    assert "maria" not in json.dumps(event.payload).lower()


def test_health_data_is_blocked_with_the_reasons(routed: World) -> None:
    answer = post(routed, litellm_body([HEALTH], model="gpt-eu"))
    assert answer["action"] == "BLOCKED"
    assert "special_category_on_prem_only" in answer["blocked_reason"]
    assert "Compliant alternatives: onprem" in answer["blocked_reason"]
    decision = Decision.objects.get()
    assert decision.outcome == "deny" and str(decision.id) in answer["blocked_reason"]


def test_clean_text_passes_untouched_and_is_one_decision(routed: World) -> None:
    assert post(routed, litellm_body([CLEAN])) == {"action": "NONE"}
    decision = Decision.objects.get()
    assert decision.outcome == "allow"
    assert AuditEvent.objects.filter(action="preflight.decision").count() == 1


def test_the_same_litellm_call_asked_twice_is_still_one_decision(routed: World) -> None:
    first = post(routed, litellm_body([CONTACT]))
    again = post(routed, litellm_body([CONTACT]))
    assert first == again
    assert Decision.objects.count() == 1


def test_the_workload_comes_from_the_guardrail_params_when_the_key_has_several(routed: World) -> None:
    other = make_workload(slug="other", approve=True, allowed_destinations=["eu-api"])
    key = ServiceKeyFactory.create(name="gateway", workloads=[routed.workload, other])
    unnamed = post(routed, litellm_body([CLEAN], call_id="call-1"), api_key=plaintext_of(key))
    assert (
        unnamed["action"] == "BLOCKED" and "additional_provider_specific_params.workload" in unnamed["blocked_reason"]
    )
    named = post(
        routed,
        litellm_body([CLEAN], model="gpt-eu", params={"workload": "other"}, call_id="call-2"),
        api_key=plaintext_of(key),
    )
    assert named == {"action": "NONE"}
    assert Decision.objects.get(request_id="litellm-call-2").workload.slug == "other"
    # A destination the workload may not use is denied, like any pre-flight.
    denied = post(
        routed, litellm_body([CLEAN], params={"workload": "other"}, call_id="call-3"), api_key=plaintext_of(key)
    )
    assert denied["action"] == "BLOCKED" and "destination_not_allowed" in denied["blocked_reason"]


def test_a_model_without_a_route_is_blocked(routed: World) -> None:
    answer = post(routed, litellm_body([CLEAN], model="gpt-unknown"))
    assert answer["action"] == "BLOCKED" and "'gpt-unknown' has no route" in answer["blocked_reason"]
    assert not Decision.objects.exists()


def test_errors_inside_custos_answer_blocked_never_none(routed: World, settings: Settings) -> None:
    bad_key = post(routed, litellm_body([CLEAN]), api_key="cst_nope_nope")
    assert bad_key["action"] == "BLOCKED" and "Invalid service key" in bad_key["blocked_reason"]
    settings.CUSTOS_PREFLIGHT_MAX_TOTAL_CHARS = 10
    too_long = post(routed, litellm_body([CLEAN]))
    assert too_long["action"] == "BLOCKED" and "payload_too_large" in too_long["blocked_reason"]
    not_texts = post(routed, {**litellm_body([CLEAN]), "texts": [1, 2]})
    assert not_texts["action"] == "BLOCKED"
    images = post(routed, {**litellm_body([CLEAN]), "images": ["data:image/png;base64,AAAA"]})
    assert images["action"] == "BLOCKED" and "images" in images["blocked_reason"]
    assert not Decision.objects.exists()


def test_an_audit_log_that_refuses_the_record_blocks_the_call(routed: World) -> None:
    """No decision without its audit record: the database refuses the insert, LiteLLM is told BLOCKED."""
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE FUNCTION test_refuse_insert() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN RAISE EXCEPTION 'audit store unavailable'; END $$"
        )
        cursor.execute(
            "CREATE TRIGGER test_refuse_insert BEFORE INSERT ON audit_auditevent "
            "FOR EACH ROW EXECUTE FUNCTION test_refuse_insert()"
        )
    for input_type in ("request", "response"):
        answer = post(routed, litellm_body([CLEAN], input_type=input_type))
        assert answer["action"] == "BLOCKED", input_type
    assert not Decision.objects.exists()


def test_the_answer_is_screened_for_credentials_and_recorded_without_text(routed: World) -> None:
    answer = post(routed, litellm_body([SECRET_ANSWER, CLEAN], input_type="response"))
    assert answer["action"] == "GUARDRAIL_INTERVENED"
    assert "AKIAIOSFODNN7EXAMPLE" not in answer["texts"][0] and answer["texts"][1] == CLEAN
    event = AuditEvent.objects.get(action="litellm.response_screen")
    assert "credentials" in event.payload["categories"]
    assert event.payload["entity_counts"]["AWS_ACCESS_KEY"] == 1
    assert event.payload["input"]["texts"] == 2 and event.payload["model"] == "gpt-us"
    assert "AKIA" not in json.dumps(event.payload)
    assert not Decision.objects.exists()  # an answer is screened, not decided


def test_an_answer_with_ordinary_personal_data_passes(routed: World) -> None:
    assert post(routed, litellm_body([CONTACT], input_type="response")) == {"action": "NONE"}
    event = AuditEvent.objects.get(action="litellm.response_screen")
    assert event.payload["redacted"] == 0 and "personal_data" in event.payload["categories"]


def test_model_routes_are_managed_through_the_api_and_audited(officer_client: Client, world: World) -> None:
    created = officer_client.post(
        "/api/v1/integrations/model-routes/",
        {"name": "gpt-4o", "destination": "us-dpf"},
        content_type="application/json",
    )
    assert created.status_code == 201, created.content
    moved = officer_client.post(
        "/api/v1/integrations/model-routes/",
        {"name": "gpt-4o", "destination": "eu-api"},
        content_type="application/json",
    )
    assert moved.status_code == 201 and ModelRoute.objects.get().destination.slug == "eu-api"
    unknown = officer_client.post(
        "/api/v1/integrations/model-routes/", {"name": "x", "destination": "nowhere"}, content_type="application/json"
    )
    assert unknown.status_code == 400
    listed = officer_client.get("/api/v1/integrations/model-routes/").json()
    assert [r["name"] for r in listed["results"]] == ["gpt-4o"]
    page = officer_client.get("/destinations/eu-api/")
    assert b"gpt-4o" in page.content
    assert officer_client.delete("/api/v1/integrations/model-routes/gpt-4o/").status_code == 204
    actions = list(AuditEvent.objects.filter(subject_type="model_route").values_list("action", flat=True))
    assert actions == ["modelroute.save", "modelroute.save", "modelroute.delete"]
