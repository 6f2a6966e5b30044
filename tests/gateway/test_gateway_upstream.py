"""The upstream side: its errors and timeouts, a caller going away, concurrency and the credential."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import openai
import pytest
from django.core.exceptions import ValidationError
from pytest_django import Settings

from audit.models import AuditEvent
from governance import services
from governance.models import Destination
from tests import asyncio_runner
from tests.factories import SYSTEM
from tests.gateway.conftest import Gateway, error_body

CLEAN = "Please summarise the attached quarterly product roadmap in three bullet points."


@pytest.mark.parametrize(("status", "error"), [(429, openai.RateLimitError), (500, openai.InternalServerError)])
def test_upstream_errors_come_back_openai_style_with_the_upstream_status(
    gateway: Gateway, status: int, error: type[openai.APIStatusError]
) -> None:
    gateway.upstream.status = status
    gateway.upstream.error_headers = {"Retry-After": "7"} if status == 429 else {}
    for stream in (False, True):
        with pytest.raises(error) as raised:
            gateway.client().chat.completions.create(
                model="eu-api", messages=[{"role": "user", "content": CLEAN}], stream=stream
            )
        assert raised.value.status_code == status
        assert (
            error_body(raised.value)["type"] == "upstream_error" and error_body(raised.value)["code"] == "upstream_code"
        )
        assert f"answered {status}: upstream says {status}" in str(raised.value)
        if status == 429:
            assert raised.value.response.headers["Retry-After"] == "7"
    # Chat completions are not retried (not idempotent): one upstream call per request.
    assert len(gateway.upstream.requests) == 2
    exchanges = gateway.exchange_events(2)
    assert [(e.payload["outcome"], e.payload["status"]) for e in exchanges] == [("upstream_error", status)] * 2


def test_idempotent_embeddings_are_retried_once_on_a_5xx(gateway: Gateway) -> None:
    gateway.upstream.status = 503
    with pytest.raises(openai.InternalServerError):
        gateway.client().embeddings.create(model="eu-api", input=CLEAN)
    assert len(gateway.upstream.requests) == 2


def test_upstream_timeout_is_a_504(gateway: Gateway, settings: Settings) -> None:
    settings.CUSTOS_GATEWAY_UPSTREAM_TIMEOUT_S = 0.5
    from gateway import upstream

    upstream._clients.clear()  # the client is built with the timeout; take the new one
    gateway.upstream.delay_s = 2
    try:
        with pytest.raises(openai.APIStatusError) as late:
            gateway.client().chat.completions.create(model="eu-api", messages=[{"role": "user", "content": CLEAN}])
        assert late.value.status_code == 504 and error_body(late.value)["type"] == "upstream_timeout"
        (exchange,) = gateway.exchange_events()
        assert exchange.payload["outcome"] == "upstream_timeout" and exchange.payload["status"] is None
    finally:
        upstream._clients.clear()


def test_a_caller_who_goes_away_cancels_the_upstream_stream(gateway: Gateway) -> None:
    gateway.upstream.answer = "x" * 300
    gateway.upstream.piece_size = 3
    gateway.upstream.piece_delay_s = 0.05  # 100 chunks over five seconds
    with (
        httpx.Client(timeout=20) as client,
        client.stream(
            "POST",
            f"{gateway.base_url}/chat/completions",
            headers={"Authorization": f"Bearer {gateway.world.plaintext}"},
            json={"model": "eu-api", "messages": [{"role": "user", "content": CLEAN}], "stream": True},
        ) as response,
    ):
        assert response.status_code == 200
        next(response.iter_bytes())
    # The upstream sees its caller (the gateway) go away long before its 100 chunks are out.
    assert gateway.upstream.disconnected.wait(5)
    assert gateway.upstream.chunks_sent < 90
    (exchange,) = gateway.exchange_events()
    assert exchange.payload["outcome"] == "client_disconnected"


def test_concurrent_streams_do_not_wait_for_each_other(gateway: Gateway) -> None:
    """The upstream holds each of 16 streams until all 16 have reached it: served one after another (each
    waiting for the previous one's upstream call), the first would never be answered and all would fail."""
    gateway.upstream.gate = 16
    gateway.upstream.answer = "done"

    async def run() -> list[str]:
        client = gateway.async_client(timeout=120)

        async def one() -> str:
            stream = await client.chat.completions.create(
                model="eu-api", messages=[{"role": "user", "content": CLEAN}], stream=True
            )
            return "".join([c.choices[0].delta.content or "" async for c in stream if c.choices])

        answers = await asyncio.gather(*(one() for _ in range(16)))
        await client.close()
        return answers

    assert asyncio_runner.run(run()) == ["done"] * 16
    assert gateway.upstream.streams_started == 16


def test_the_credential_is_read_from_its_reference_when_sending_and_never_kept(
    gateway: Gateway, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    secret = "sk-upstream-secret-0123456789"
    monkeypatch.setenv("CUSTOS_TEST_UPSTREAM_KEY", secret)
    eu = services.destination_update(
        actor=SYSTEM, destination=Destination.objects.get(slug="eu-api"), credential_ref="env:CUSTOS_TEST_UPSTREAM_KEY"
    )
    gateway.client().chat.completions.create(model="eu-api", messages=[{"role": "user", "content": CLEAN}])
    assert gateway.upstream.requests[-1].headers["authorization"] == f"Bearer {secret}"
    # The client's own key never goes upstream.
    assert gateway.world.plaintext not in str(gateway.upstream.requests[-1].headers)
    key_file = tmp_path / "key"
    key_file.write_text("sk-from-a-file\n")
    services.destination_update(actor=SYSTEM, destination=eu, credential_ref=f"file:{key_file}")
    gateway.client().chat.completions.create(model="eu-api", messages=[{"role": "user", "content": CLEAN}])
    assert gateway.upstream.requests[-1].headers["authorization"] == "Bearer sk-from-a-file"
    assert not any(secret in str(e.payload) or "sk-from-a-file" in str(e.payload) for e in AuditEvent.objects.all())
    # A reference that cannot be read: 503, and nothing is sent.
    monkeypatch.delenv("CUSTOS_TEST_UPSTREAM_KEY")
    services.destination_update(actor=SYSTEM, destination=eu, credential_ref="env:CUSTOS_TEST_UPSTREAM_KEY")
    sent = len(gateway.upstream.requests)
    with pytest.raises(openai.InternalServerError) as unreadable:
        gateway.client().chat.completions.create(model="eu-api", messages=[{"role": "user", "content": CLEAN}])
    assert error_body(unreadable.value)["code"] == "upstream_credential_unavailable"
    assert len(gateway.upstream.requests) == sent


def test_a_destination_takes_a_credential_reference_never_a_key(db: None) -> None:
    destination = Destination(
        slug="x", provider="p", model="m", endpoint_url="https://x.example/v1", kind="external",
        jurisdiction="IE", transfer_mechanism="eea", credential_ref="sk-live-0123456789",
    )  # fmt: skip
    with pytest.raises(ValidationError) as refused:
        destination.full_clean()
    assert "env:NAME" in str(refused.value.message_dict["credential_ref"])
    for good in ("env:OPENAI_API_KEY", "file:/run/secrets/openai", ""):
        destination.credential_ref = good
        destination.full_clean()


def test_the_upstream_url_cannot_be_changed_by_the_caller(gateway: Gateway) -> None:
    gateway.client(
        default_headers={"X-Forwarded-Host": "evil.example", "Forwarded": "host=evil.example"}
    ).chat.completions.create(model="eu-api", messages=[{"role": "user", "content": CLEAN}])
    assert len(gateway.upstream.requests) == 1
    with pytest.raises(openai.BadRequestError):
        gateway.client().chat.completions.create(
            model="eu-api",
            messages=[{"role": "user", "content": CLEAN}],
            extra_body={"base_url": "http://evil.example"},
        )
    assert len(gateway.upstream.requests) == 1


def test_an_upstream_falling_silent_mid_stream_ends_the_stream_with_an_error(
    gateway: Gateway, settings: Settings
) -> None:
    settings.CUSTOS_GATEWAY_UPSTREAM_TIMEOUT_S = 0.5
    from gateway import upstream

    upstream._clients.clear()
    gateway.upstream.piece_delay_s = 2  # silent between chunks for longer than the timeout
    try:
        stream = gateway.client().chat.completions.create(
            model="eu-api", messages=[{"role": "user", "content": CLEAN}], stream=True
        )
        with pytest.raises(openai.APIError) as stopped:
            for _ in stream:
                pass
        assert "did not answer in time" in str(stopped.value)
        (exchange,) = gateway.exchange_events()
        assert exchange.payload["outcome"] == "upstream_timeout" and exchange.payload["status"] == 200
    finally:
        upstream._clients.clear()
