"""Decisions the gateway enforces: deny, reroute, fail closed, and which model and workload a call is for."""

from __future__ import annotations

import openai
import pytest
from django.db import connection

import classifier
from audit.actions import AuditAction
from governance import services
from governance.models import Destination, PolicyVersion, ServiceKey, Workload
from governance.policy import DEFAULT_POLICY
from tests.factories import SYSTEM, ServiceKeyFactory, WorkloadFactory, plaintext_of
from tests.gateway.conftest import Gateway, error_body

CLEAN = "Please summarise the attached quarterly product roadmap in three bullet points."
API_KEY = "Deploy with AWS key AKIAIOSFODNN7EXAMPLE and token ghp_abcdefghijklmnopqrstuvwxyz0123456789 please."
CONTACT = "Customer Maria Schmidt (maria.schmidt@example.com) asks about her last invoice."


def _publish(content: dict) -> None:
    services.policy_publish(actor=SYSTEM, version=services.policy_draft_create(actor=SYSTEM, content=content))


def test_denied_request_is_an_openai_style_403_and_nothing_goes_upstream(gateway: Gateway) -> None:
    with pytest.raises(openai.PermissionDeniedError) as denied:
        gateway.client().chat.completions.create(model="eu-api", messages=[{"role": "user", "content": API_KEY}])
    error = error_body(denied.value)
    assert denied.value.status_code == 403
    assert error["type"] == "policy_denied" and error["code"] == "policy_denied"
    assert "credentials_never_leave" in [reason["code"] for reason in error["reasons"]]
    assert [alternative["destination"] for alternative in error["alternatives"]] == ["onprem"]
    assert "Denied by policy" in str(denied.value)
    assert gateway.upstream.requests == []
    (decision,) = gateway.decisions()
    assert decision.outcome == "deny" and error["decision_id"] == str(decision.id)
    assert gateway.events(AuditAction.GATEWAY_EXCHANGE) == []


def test_denial_is_rerouted_to_the_policy_marked_alternative(gateway: Gateway) -> None:
    Destination.objects.filter(slug="onprem").update(model="qwen-onprem")
    _publish({**DEFAULT_POLICY, "reroute_to": ["onprem"]})
    reply = gateway.client().chat.completions.with_raw_response.create(
        model="eu-api", messages=[{"role": "user", "content": API_KEY}]
    )
    assert reply.headers["X-Custos-Routed-To"] == "onprem"
    assert reply.headers["X-Custos-Decision"] == "deny"
    assert reply.parse().choices[0].message.content == f"Echo: {API_KEY}"
    (sent,) = gateway.upstream.chat_bodies()
    assert sent["model"] == "qwen-onprem" and sent["messages"][0]["content"] == API_KEY
    (exchange,) = gateway.exchange_events()
    assert exchange.payload["routed_to"] == "onprem" and exchange.payload["destination"] == "eu-api"
    assert exchange.payload["upstream_model"] == "qwen-onprem"


def test_classifier_failure_fails_closed_with_503(gateway: Gateway, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("classifier down")

    monkeypatch.setattr(classifier, "classify", broken)
    with pytest.raises(openai.InternalServerError) as unavailable:
        gateway.client().chat.completions.create(model="eu-api", messages=[{"role": "user", "content": CLEAN}])
    assert unavailable.value.status_code == 503
    assert error_body(unavailable.value)["code"] == "decision_unavailable"
    assert gateway.upstream.requests == []
    assert [e.payload["error"] for e in gateway.events(AuditAction.PREFLIGHT_FAILED)] == ["RuntimeError"]


def test_missing_policy_fails_closed_with_503(gateway: Gateway) -> None:
    PolicyVersion.objects.update(status=PolicyVersion.Status.SUPERSEDED)
    with pytest.raises(openai.InternalServerError) as unavailable:
        gateway.client().chat.completions.create(model="eu-api", messages=[{"role": "user", "content": CLEAN}])
    assert unavailable.value.status_code == 503
    assert gateway.upstream.requests == [] and gateway.decisions() == []


def test_audit_failure_fails_closed_with_503(gateway: Gateway) -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE FUNCTION test_refuse_insert() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN RAISE EXCEPTION 'audit store unavailable'; END $$"
        )
        cursor.execute(
            "CREATE TRIGGER test_refuse_insert BEFORE INSERT ON audit_auditevent "
            "FOR EACH ROW EXECUTE FUNCTION test_refuse_insert()"
        )
    try:
        for destination in ("eu-api", "onprem"):
            with pytest.raises(openai.InternalServerError) as unavailable:
                gateway.client().chat.completions.create(
                    model=destination, messages=[{"role": "user", "content": CLEAN}]
                )
            assert unavailable.value.status_code == 503
        assert gateway.upstream.requests == [] and gateway.decisions() == []
    finally:
        with connection.cursor() as cursor:
            cursor.execute("DROP TRIGGER test_refuse_insert ON audit_auditevent")
            cursor.execute("DROP FUNCTION test_refuse_insert()")


def test_database_failure_fails_closed_with_503(gateway: Gateway) -> None:
    # The registry cannot be read (its table is locked past the statement timeout): no decision, nothing sent.
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE governance_registryversion RENAME TO governance_registryversion_away")
    try:
        with pytest.raises(openai.InternalServerError) as unavailable:
            gateway.client().chat.completions.create(model="eu-api", messages=[{"role": "user", "content": CLEAN}])
        assert unavailable.value.status_code == 503
        assert gateway.upstream.requests == []
    finally:
        with connection.cursor() as cursor:
            cursor.execute("ALTER TABLE governance_registryversion_away RENAME TO governance_registryversion")


def test_model_names_a_destination_and_optionally_an_upstream_model_it_lists(gateway: Gateway) -> None:
    services.destination_update(
        actor=SYSTEM, destination=Destination.objects.get(slug="eu-api"), upstream_models=["small-fast"]
    )
    client = gateway.client()
    client.chat.completions.create(model="eu-api/small-fast", messages=[{"role": "user", "content": CLEAN}])
    assert gateway.upstream.chat_bodies()[0]["model"] == "small-fast"
    with pytest.raises(openai.NotFoundError) as unlisted:
        client.chat.completions.create(model="eu-api/other", messages=[{"role": "user", "content": CLEAN}])
    assert "does not offer the model 'other'" in str(unlisted.value)
    with pytest.raises(openai.NotFoundError):
        client.chat.completions.create(model="nowhere", messages=[{"role": "user", "content": CLEAN}])
    ids = [model.id for model in client.models.list()]
    assert ids == ["eu-api", "eu-api/small-fast", "onprem", "us-dpf", "us-none"]


def test_workload_comes_from_the_header_when_the_key_has_several(gateway: Gateway) -> None:
    other = WorkloadFactory(slug="other", approve=True, allowed_destinations=["eu-api"])
    key = ServiceKeyFactory.create(name="two workloads", workloads=[gateway.world.workload, other])
    client = openai.OpenAI(base_url=gateway.base_url, api_key=plaintext_of(key), max_retries=0)
    with pytest.raises(openai.BadRequestError) as which:
        client.chat.completions.create(model="eu-api", messages=[{"role": "user", "content": CLEAN}])
    assert "X-Custos-Workload" in str(which.value)
    client.chat.completions.create(
        model="eu-api", messages=[{"role": "user", "content": CLEAN}], extra_headers={"X-Custos-Workload": "other"}
    )
    assert gateway.decisions()[0].workload == Workload.objects.get(slug="other")
    with pytest.raises(openai.PermissionDeniedError):  # out of the key's scope
        gateway.client().chat.completions.create(
            model="eu-api", messages=[{"role": "user", "content": CLEAN}], extra_headers={"X-Custos-Workload": "other"}
        )


def test_a_wrong_key_is_401(gateway: Gateway) -> None:
    client = openai.OpenAI(base_url=gateway.base_url, api_key="cst_nope_nope", max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        client.chat.completions.create(model="eu-api", messages=[{"role": "user", "content": CLEAN}])
    assert not ServiceKey.objects.filter(prefix="cst_nope").exists()


def test_embeddings_inputs_are_screened_and_redacted(gateway: Gateway) -> None:
    result = gateway.client().embeddings.create(model="us-none", input=[CLEAN, CONTACT])
    assert len(result.data) == 2
    (sent,) = [r.body for r in gateway.upstream.requests if r.path.endswith("/embeddings")]
    assert sent["input"][0] == CLEAN
    assert "Maria Schmidt" not in sent["input"][1] and "<PERSON_1>" in sent["input"][1]
    (exchange,) = gateway.exchange_events()
    assert exchange.payload["endpoint"] == "embeddings" and exchange.payload["status"] == 200
