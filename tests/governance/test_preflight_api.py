"""POST /api/v1/preflight as a service sees it: decisions, errors, and the audit record behind each."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from django.db import connection
from django.test import override_settings
from rest_framework.test import APIClient

from audit.chain import verify_chain
from audit.models import AuditEvent
from governance import services
from governance.models import Decision, Destination
from tests.factories import SYSTEM, make_workload
from tests.world import World

CLEAN = "Please summarise the attached quarterly product roadmap in three bullet points."
CONTACT = "Customer Maria Schmidt (maria.schmidt@example.com, +49 30 1234567) asks about her last invoice."
HEALTH = "Our employee John Miller was diagnosed with diabetes last month and needs reduced hours."
API_KEY = "Deploy with AWS key AKIAIOSFODNN7EXAMPLE and token ghp_abcdefghijklmnopqrstuvwxyz0123456789 please."


def test_clean_text_is_allowed_and_audited(world: World) -> None:
    response = world.preflight(destination="eu-api", input=CLEAN)
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["decision"] == "allow"
    assert body["classification"]["level"] in {"PUBLIC", "INTERNAL"}
    assert "redacted_input" not in body
    event = AuditEvent.objects.get(seq=body["audit"]["seq"])
    assert event.hash == body["audit"]["hash"]
    assert event.action == "preflight.decision"
    assert event.payload["decision_id"] == body["decision_id"]
    assert event.payload["workload"] == "support" and event.payload["destination"] == "eu-api"
    assert event.payload["policy_version"] == body["policy_version"] == 1
    assert CLEAN not in json.dumps(event.payload)
    assert Decision.objects.get(pk=body["decision_id"]).audit_seq == event.seq


def test_contact_data_to_a_destination_without_transfer_basis_is_redacted(world: World) -> None:
    body = world.preflight(destination="us-none", input=CONTACT).json()
    assert body["decision"] == "redact"
    assert {r["code"] for r in body["reasons"]} == {"no_transfer_basis", "no_processor_agreement"}
    redacted = body["redacted_input"]
    for value in ("Maria", "Schmidt", "maria.schmidt@example.com", "1234567"):
        assert value not in redacted
    assert "<EMAIL_ADDRESS_1>" in redacted
    assert body["classification"]["entity_counts"]["EMAIL_ADDRESS"] == 1
    assert [a["destination"] for a in body["alternatives"]] == ["onprem", "eu-api", "us-dpf"]
    event = AuditEvent.objects.get(seq=body["audit"]["seq"])
    for value in ("Maria", "maria.schmidt@example.com"):
        assert value not in json.dumps(event.payload)


def test_same_contact_data_may_go_to_the_eea(world: World) -> None:
    assert world.preflight(destination="eu-api", input=CONTACT).json()["decision"] == "allow"
    assert world.preflight(destination="us-dpf", input=CONTACT).json()["decision"] == "allow"


def test_health_statement_stays_on_prem(world: World) -> None:
    body = world.preflight(destination="eu-api", input=HEALTH).json()
    assert body["decision"] == "deny"
    assert "special_category_on_prem_only" in [r["code"] for r in body["reasons"]]
    assert [a["destination"] for a in body["alternatives"]] == ["onprem"]
    assert world.preflight(destination="onprem", input=HEALTH).json()["decision"] == "allow"


def test_credentials_never_leave(world: World) -> None:
    body = world.preflight(destination="eu-api", input=API_KEY).json()
    assert body["decision"] == "deny"
    assert body["reasons"][0]["code"] == "credentials_never_leave"
    assert "credentials" in body["classification"]["categories"]


def test_chat_messages_are_each_classified_and_redacted(world: World) -> None:
    messages = [{"role": "system", "content": "You summarise tickets."}, {"role": "user", "content": CONTACT}]
    body = world.preflight(destination="us-none", messages=messages).json()
    assert body["decision"] == "redact"
    assert [m["role"] for m in body["redacted_messages"]] == ["system", "user"]
    assert body["redacted_messages"][0]["content"] == "You summarise tickets."
    assert "maria.schmidt@example.com" not in body["redacted_messages"][1]["content"]
    event = AuditEvent.objects.get(seq=body["audit"]["seq"])
    assert event.payload["input"]["messages"] == 2


def test_chat_content_as_text_parts_is_classified_and_redacted_part_by_part(world: World) -> None:
    """OpenAI's list form of a message's content: every text part is classified and redacted in place."""
    messages = [
        {"role": "system", "content": [{"type": "text", "text": "You summarise tickets."}]},
        {"role": "user", "content": [{"type": "text", "text": "Ticket 4711:"}, {"type": "text", "text": CONTACT}]},
        {"role": "user", "content": "Keep it short."},
    ]
    body = world.preflight(destination="us-none", messages=messages).json()
    assert body["decision"] == "redact"
    redacted = body["redacted_messages"]
    assert redacted[0] == {"role": "system", "content": [{"type": "text", "text": "You summarise tickets."}]}
    assert redacted[1]["content"][0] == {"type": "text", "text": "Ticket 4711:"}
    assert "maria.schmidt@example.com" not in redacted[1]["content"][1]["text"]
    assert redacted[1]["content"][1]["text"] != CONTACT
    assert redacted[2] == {"role": "user", "content": "Keep it short."}
    event = AuditEvent.objects.get(seq=body["audit"]["seq"])
    assert event.payload["input"]["messages"] == 3
    assert "maria" not in json.dumps(event.payload).lower()


def test_text_parts_and_a_plain_string_of_the_same_text_decide_alike(world: World) -> None:
    as_string = world.preflight(destination="eu-api", messages=[{"role": "user", "content": HEALTH}]).json()
    as_parts = world.preflight(
        destination="eu-api", messages=[{"role": "user", "content": [{"type": "text", "text": HEALTH}]}]
    ).json()
    assert as_parts["decision"] == as_string["decision"] == "deny"
    assert as_parts["classification"] == as_string["classification"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ([{"type": "image_url", "image_url": {"url": "https://example.com/x.png"}}], "Only text parts"),
        ([], "at least one content part"),
        ([{"type": "text"}], "required"),
        ([{"type": "text", "text": "a", "cache": True}], "Unknown field"),
        ([{"type": "text", "text": 5}], "valid string"),
        ({"type": "text", "text": "a"}, "string or as a list of text parts"),
        (None, "null"),
    ],
)
def test_content_that_cannot_be_screened_is_400_and_gets_no_decision(
    world: World, content: object, message: str
) -> None:
    before = (AuditEvent.objects.count(), Decision.objects.count())
    response = world.preflight(destination="eu-api", messages=[{"role": "user", "content": content}])
    assert response.status_code == 400, response.content
    errors = response.json()["error"]["fields"]
    assert any(key.startswith("messages.0.content") for key in errors), errors
    assert message.lower() in json.dumps(errors).lower()
    assert (AuditEvent.objects.count(), Decision.objects.count()) == before


@pytest.mark.parametrize(
    ("setup", "code"),
    [
        (lambda w: services.workload_suspend(actor=SYSTEM, workload=w.workload), "workload_suspended"),
        (lambda w: services.workload_retire(actor=SYSTEM, workload=w.workload), "workload_retired"),
        (
            lambda w: services.destination_update(
                actor=SYSTEM, destination=Destination.objects.get(slug="eu-api"), active=False
            ),
            "destination_inactive",
        ),
        (
            lambda w: services.workload_update(actor=SYSTEM, workload=w.workload, allowed_destinations=["onprem"]),
            "destination_not_allowed",
        ),
    ],
)
def test_registry_state_denies_before_classification(world: World, setup: Callable[[World], object], code: str) -> None:
    setup(world)
    body = world.preflight(destination="eu-api", input=CLEAN).json()
    assert body["decision"] == "deny"
    assert body["reasons"][0]["code"] == code
    assert AuditEvent.objects.get(seq=body["audit"]["seq"]).payload["reasons"] == [code]


def test_draft_and_prohibited_workloads_are_denied(world: World) -> None:
    draft = make_workload(slug="draft-one", allowed_destinations=["eu-api"])
    scorer = make_workload(slug="scorer", screening={"art5_c_social_scoring": True}, allowed_destinations=["eu-api"])
    world.key.workloads.add(draft, scorer)
    assert (
        world.preflight(workload="draft-one", destination="eu-api", input=CLEAN).json()["reasons"][0]["code"]
        == "workload_draft"
    )
    assert (
        world.preflight(workload="scorer", destination="eu-api", input=CLEAN).json()["reasons"][0]["code"]
        == "workload_prohibited"
    )


def test_idempotent_request_id_returns_the_first_decision(world: World) -> None:
    first = world.preflight(destination="us-none", input=CONTACT, request_id="req-1").json()
    events = AuditEvent.objects.count()
    again = world.preflight(destination="us-none", input=CONTACT, request_id="req-1").json()
    assert again["decision_id"] == first["decision_id"]
    assert again["audit"] == first["audit"]
    assert again["replayed"] is True and first["replayed"] is False
    assert again["redacted_input"] == first["redacted_input"]
    assert AuditEvent.objects.count() == events
    conflict = world.preflight(destination="us-none", input=CLEAN, request_id="req-1")
    assert conflict.status_code == 409
    assert conflict.json()["error"]["code"] == "request_id_reused"


def test_missing_and_invalid_keys_are_401(world: World) -> None:
    anonymous = APIClient().post(
        "/api/v1/preflight", {"workload": "support", "destination": "eu-api", "input": "x"}, format="json"
    )
    assert anonymous.status_code == 401
    assert anonymous["WWW-Authenticate"].startswith("Bearer")
    wrong = APIClient()
    wrong.credentials(HTTP_AUTHORIZATION="Bearer cst_aaaaaaaa_" + "A" * 38)
    assert wrong.post("/api/v1/preflight", {}, format="json").status_code == 401


def test_wrong_secret_for_a_known_prefix_is_401_and_audited(world: World) -> None:
    from governance.keys import _checksum

    body = world.key.prefix + "_" + "B" * 32
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {body}{_checksum(body)}")
    assert client.post("/api/v1/preflight", {}, format="json").status_code == 401
    event = AuditEvent.objects.filter(action="servicekey.use_failed").last()
    assert event is not None and event.payload["reason"] == "wrong_secret" and event.subject_id == world.key.prefix


def test_revoked_key_is_401_and_audited(world: World) -> None:
    services.servicekey_revoke(actor=SYSTEM, key=world.key)
    response = world.preflight(destination="eu-api", input=CLEAN)
    assert response.status_code == 401
    assert "revoked" in response.json()["error"]["message"]
    assert AuditEvent.objects.filter(action="servicekey.use_failed", payload__reason="revoked").exists()


def test_rotated_key_works_during_overlap_and_successor_works(world: World) -> None:
    _successor, plaintext = services.servicekey_rotate(actor=SYSTEM, key=world.key)
    assert world.preflight(destination="eu-api", input=CLEAN).status_code == 200
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {plaintext}")
    assert (
        client.post(
            "/api/v1/preflight", {"workload": "support", "destination": "eu-api", "input": CLEAN}, format="json"
        ).status_code
        == 200
    )


def test_out_of_scope_workload_is_403_and_audited(world: World) -> None:
    make_workload(slug="other", approve=True)
    response = world.preflight(workload="other", destination="eu-api", input=CLEAN)
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "out_of_scope"
    assert AuditEvent.objects.filter(action="servicekey.use_failed", payload__reason="out_of_scope").exists()


def test_unknown_workload_and_destination_are_404(world: World) -> None:
    response = world.preflight(workload="ghost", destination="eu-api", input=CLEAN)
    assert response.status_code == 404 and "workload" in response.json()["error"]["fields"]
    response = world.preflight(destination="nowhere", input=CLEAN)
    assert response.status_code == 404 and "destination" in response.json()["error"]["fields"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"destination": "eu-api"}, "input"),
        ({"destination": "eu-api", "input": "a", "messages": [{"role": "user", "content": "b"}]}, "input"),
        ({"destination": "eu-api", "messages": [{"role": "wizard", "content": "b"}]}, "messages.0.role"),
        ({"destination": "eu-api", "messages": [{"role": "user"}]}, "messages.0.content"),
        ({"destination": "eu-api", "messages": []}, "messages"),
        ({"destination": "eu-api", "input": 42}, "input"),
        ({"destination": "eu-api", "input": "x", "temperature": 0.2}, "temperature"),
        ({"input": "x"}, "destination"),
    ],
)
def test_schema_errors_are_400_naming_the_field(world: World, body: dict[str, object], field: str) -> None:
    before = AuditEvent.objects.count()
    response = world.preflight(**body)
    assert response.status_code == 400, response.content
    assert field in response.json()["error"]["fields"], response.json()
    assert AuditEvent.objects.count() == before


def test_malformed_json_is_400(world: World) -> None:
    response = world.client.post("/api/v1/preflight", data="{oops", content_type="application/json")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "parse_error"


@override_settings(CUSTOS_PREFLIGHT_MAX_BODY_BYTES=2048)
def test_oversized_body_is_413_with_the_limit(world: World) -> None:
    response = world.preflight(destination="eu-api", input="x" * 5000)
    assert response.status_code == 413
    assert "2048 bytes" in response.json()["error"]["message"]


def test_rate_limit_is_429_with_retry_after(world: World) -> None:
    world.key.rate_limit_per_minute = 2
    world.key.save(update_fields=["rate_limit_per_minute"])
    statuses = [world.preflight(destination="eu-api", input=CLEAN).status_code for _ in range(3)]
    assert statuses[:2] == [200, 200]
    limited = world.preflight(destination="eu-api", input=CLEAN)
    assert limited.status_code == 429
    assert 1 <= int(limited["Retry-After"]) <= 60
    assert "2 requests per minute" in limited.json()["error"]["message"]


def test_audit_failure_returns_503_and_no_decision(world: World) -> None:
    """Make the database refuse the audit insert: the decision must not be returned or kept."""
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE FUNCTION test_refuse_insert() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN RAISE EXCEPTION 'audit store unavailable'; END $$"
        )
        cursor.execute(
            "CREATE TRIGGER test_refuse_insert BEFORE INSERT ON audit_auditevent "
            "FOR EACH ROW EXECUTE FUNCTION test_refuse_insert()"
        )
    events = AuditEvent.objects.count()
    for destination in ("eu-api", "onprem"):
        response = world.preflight(destination=destination, input=CLEAN)
        assert response.status_code == 503
        assert response.json()["error"]["code"] == "decision_unavailable"
        assert "decision" not in response.json()
    assert AuditEvent.objects.count() == events
    assert Decision.objects.count() == 0


def test_decision_lookup_is_limited_to_the_callers_own(world: World) -> None:
    decision_id = world.preflight(destination="eu-api", input=CONTACT).json()["decision_id"]
    body = world.client.get(f"/api/v1/decisions/{decision_id}").json()
    assert body["decision_id"] == decision_id and body["workload"] == "support"
    assert "input" not in body and CONTACT not in json.dumps(body)
    _, other = services.servicekey_create(actor=SYSTEM, name="other", workloads=[world.workload])
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {other}")
    assert client.get(f"/api/v1/decisions/{decision_id}").status_code == 404


def test_every_decision_keeps_the_chain_intact(world: World) -> None:
    for text in (CLEAN, CONTACT, HEALTH, API_KEY):
        world.preflight(destination="us-none", input=text)
    assert verify_chain().ok
    assert AuditEvent.objects.filter(action="preflight.decision").count() == Decision.objects.count() == 4


def test_key_use_is_recorded_once_the_response_is_done_and_at_most_once_a_minute(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    from django.core.signals import request_finished

    from governance.api import auth

    monkeypatch.setattr(auth, "_last_used_written", {})
    request_finished.disconnect(dispatch_uid="custos-servicekey-last-used")
    try:
        assert world.preflight(destination="eu-api", input=CLEAN).status_code == 200
        world.key.refresh_from_db()
        assert world.key.last_used_at is None  # not on the decision's path
    finally:
        request_finished.connect(auth._write_last_used, dispatch_uid="custos-servicekey-last-used")
    auth._write_last_used()  # what request_finished runs once that response is done
    world.key.refresh_from_db()
    first_use = world.key.last_used_at
    assert first_use is not None
    assert world.preflight(destination="eu-api", input=CLEAN).status_code == 200
    world.key.refresh_from_db()
    assert world.key.last_used_at == first_use  # a second use within the minute writes nothing
    auth._last_used_written.clear()  # as if the minute had passed
    assert world.preflight(destination="eu-api", input=CLEAN).status_code == 200
    world.key.refresh_from_db()
    assert world.key.last_used_at is not None and world.key.last_used_at > first_use  # by the signal
