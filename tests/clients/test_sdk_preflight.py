"""``Custos(base_url, key).preflight(...)`` against a live Custos: typed decisions and typed errors."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from custos_client import (
    AsyncCustos,
    AuthenticationError,
    BadRequest,
    Custos,
    Outcome,
    OutOfScope,
    RateLimited,
    Restorer,
    Unavailable,
    screened_texts,
)
from pytest_django import Settings
from pytest_django.live_server_helper import LiveServer

from governance.models import Decision
from tests import asyncio_runner
from tests.factories import ServiceKeyFactory, WorkloadFactory, plaintext_of
from tests.world import World

CLEAN = "Please summarise the attached quarterly product roadmap in three bullet points."
CONTACT = "Customer Maria Schmidt (maria.schmidt@example.com, +49 30 1234567) asks about her last invoice."
HEALTH = "Our employee John Miller was diagnosed with diabetes last month and needs reduced hours."


def test_allow_is_a_typed_decision_backed_by_its_stored_record(custos: Custos) -> None:
    result = custos.preflight(workload="support", destination="eu-api", input=CLEAN)

    assert result.outcome is Outcome.ALLOW and result.allowed
    assert result.level in {"PUBLIC", "INTERNAL"}
    assert result.redacted_input is None and result.redactions is None
    stored = Decision.objects.get(pk=result.decision_id)
    assert stored.outcome == "allow" and stored.audit_seq == result.audit.seq and stored.audit_hash == result.audit.hash
    assert result.policy_version == 1 and result.replayed is False


def test_redact_gives_the_redacted_text_and_where_each_placeholder_went(custos: Custos) -> None:
    result = custos.preflight(workload="support", destination="us-none", input=CONTACT)

    assert result.outcome is Outcome.REDACT
    assert {r.code for r in result.reasons} == {"no_transfer_basis", "no_processor_agreement"}
    assert "personal_data" in result.categories and result.entity_counts["EMAIL_ADDRESS"] == 1
    assert result.redacted_input is not None and "maria.schmidt@example.com" not in result.redacted_input
    assert [a.destination for a in result.alternatives] == ["onprem", "eu-api", "us-dpf"]
    assert result.redactions is not None
    restorer = Restorer.from_redactions(screened_texts(input=CONTACT), result.redactions)
    assert restorer.restore(result.redacted_input) == CONTACT


def test_redacted_chat_messages_come_back_typed(custos: Custos) -> None:
    messages = [{"role": "system", "content": "You summarise tickets."}, {"role": "user", "content": CONTACT}]
    result = custos.preflight(workload="support", destination="us-none", messages=messages, request_id="t-1")

    assert result.redacted_messages is not None and result.redactions is not None
    assert result.redacted_messages[0] == messages[0]
    assert "<EMAIL_ADDRESS_1>" in result.redacted_messages[1]["content"]
    assert len(result.redactions) == 2 and result.redactions[0] == ()
    again = custos.preflight(workload="support", destination="us-none", messages=messages, request_id="t-1")
    assert again.replayed and again.decision_id == result.decision_id


def test_deny_is_a_decision_with_reasons_and_alternatives(custos: Custos) -> None:
    result = custos.preflight(workload="support", destination="eu-api", input=HEALTH)

    assert result.outcome is Outcome.DENY and result.denied
    assert "special_category_on_prem_only" in [r.code for r in result.reasons]
    assert all(r.message for r in result.reasons)
    assert [a.destination for a in result.alternatives] == ["onprem"]
    assert result.redacted_input is None


def test_a_wrong_key_is_an_authentication_error(live_server: LiveServer, world: World, settings: Settings) -> None:
    settings.CUSTOS_KEY_FAILURES_PER_SOURCE = 1000  # other tests' failures from 127.0.0.1 share the window
    with Custos(live_server.url, world.plaintext[:-4] + "AAAA") as client, pytest.raises(AuthenticationError) as raised:
        client.preflight(workload="support", destination="eu-api", input=CLEAN)
    assert raised.value.status == 401 and "Invalid service key" in raised.value.message


def test_a_key_for_another_workload_is_out_of_scope(live_server: LiveServer, world: World) -> None:
    other = ServiceKeyFactory.create(workloads=[WorkloadFactory(slug="billing", approve=True)])
    with Custos(live_server.url, plaintext_of(other)) as client, pytest.raises(OutOfScope) as raised:
        client.preflight(workload="support", destination="eu-api", input=CLEAN)
    assert raised.value.status == 403 and raised.value.code == "out_of_scope"
    assert "support" in raised.value.message and "workload" in raised.value.fields


def test_bad_requests_name_the_offending_field(custos: Custos) -> None:
    with pytest.raises(BadRequest) as unknown:
        custos.preflight(workload="support", destination="mars-api", input=CLEAN)
    assert unknown.value.status == 404 and unknown.value.code == "not_found" and "destination" in unknown.value.fields

    with pytest.raises(BadRequest) as invalid:
        custos.preflight(workload="support", destination="eu-api", messages=[{"role": "robot", "content": "hi"}])
    assert invalid.value.status == 400 and invalid.value.code == "invalid" and "messages.0.role" in invalid.value.fields

    with pytest.raises(TypeError, match="exactly one"):
        custos.preflight(workload="support", destination="eu-api")


def test_over_the_rate_limit_says_when_to_retry(live_server: LiveServer, world: World) -> None:
    key = ServiceKeyFactory.create(workloads=[world.workload], rate_limit_per_minute=1)

    def three_calls() -> None:  # one-minute windows: the 2nd call is limited, or the 3rd past a window's end
        for _ in range(3):
            client.preflight(workload="support", destination="eu-api", input=CLEAN)

    with Custos(live_server.url, plaintext_of(key), timeout=60) as client, pytest.raises(RateLimited) as raised:
        three_calls()
    assert raised.value.status == 429 and raised.value.retry_after is not None and 0 < raised.value.retry_after <= 60


class _Answering:
    """A loopback server answering every POST with one fixed status and body (a Custos that cannot decide)."""

    def __init__(self, status: int, body: bytes) -> None:
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length", "0")))
                self.send_response(outer.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(outer.body)))
                self.end_headers()
                self.wfile.write(outer.body)

        self.status, self.body = status, body
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def answering() -> Iterator[type[_Answering]]:
    servers: list[_Answering] = []

    def start(status: int, body: bytes) -> _Answering:
        servers.append(_Answering(status, body))
        return servers[-1]

    yield start  # type: ignore[misc]
    for server in servers:
        server.close()


def test_no_decision_is_unavailable_fail_closed(answering: type[_Answering]) -> None:
    body = {"error": {"code": "decision_unavailable", "message": "No decision: the database is unavailable."}}
    with Custos(answering(503, json.dumps(body).encode()).url, "cst_x") as client, pytest.raises(Unavailable) as down:
        client.preflight(workload="support", destination="eu-api", input=CLEAN)
    assert down.value.status == 503 and down.value.code == "decision_unavailable"

    with Custos(answering(200, b'{"decision": "maybe"}').url, "cst_x") as client, pytest.raises(Unavailable) as bad:
        client.preflight(workload="support", destination="eu-api", input=CLEAN)
    assert bad.value.code == "invalid_response"

    closed = answering(200, b"{}")
    url = closed.url
    closed.close()
    with Custos(url, "cst_x", timeout=2) as client, pytest.raises(Unavailable) as unreachable:
        client.preflight(workload="support", destination="eu-api", input=CLEAN)
    assert unreachable.value.code == "unreachable"


def test_the_async_client_gets_the_same_decisions(live_server: LiveServer, world: World) -> None:
    async def ask() -> tuple[Outcome, Outcome]:
        async with AsyncCustos(live_server.url, world.plaintext, timeout=60) as client:
            redact = await client.preflight(workload="support", destination="us-none", input=CONTACT)
            deny = await client.preflight(workload="support", destination="eu-api", input=HEALTH)
            with pytest.raises(BadRequest):
                await client.preflight(workload="support", destination="mars-api", input=CLEAN)
            return redact.outcome, deny.outcome

    assert asyncio_runner.run(ask()) == (Outcome.REDACT, Outcome.DENY)
