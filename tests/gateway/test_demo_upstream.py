"""The embedded demo's echo upstream: the provider got placeholders, the caller reads the names."""

from __future__ import annotations

import openai
from django.test import Client
from pytest_django import Settings

from governance.models import Destination
from tests.gateway.conftest import Gateway

CONTACT = "Customer Maria Schmidt (maria.schmidt@example.com) asks about her last invoice."


def test_the_echo_upstream_is_only_mounted_in_embedded_mode(client: Client) -> None:
    assert client.post("/demo-upstream/v1/chat/completions", {}, content_type="application/json").status_code == 404


def test_through_the_gateway_the_echo_shows_what_the_provider_received(gateway: Gateway, settings: Settings) -> None:
    settings.ROOT_URLCONF = "tests.gateway.demo_urls"
    Destination.objects.update(endpoint_url=f"{gateway.url}/demo-upstream/v1")
    client = gateway.client()
    reply = client.chat.completions.create(model="us-none", messages=[{"role": "user", "content": CONTACT}])
    # The answer quotes the request, restored for the caller; the provider's copy, unrestored, rides along.
    assert CONTACT in (reply.choices[0].message.content or "")
    received = reply.model_extra["demo_upstream_received"] if reply.model_extra else None
    assert received is not None and "<PERSON_1>" in received[0]["content"] and "Maria" not in received[0]["content"]
    stream = client.chat.completions.create(
        model="us-none", messages=[{"role": "user", "content": CONTACT}], stream=True
    )
    assert CONTACT in "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    assert len(client.embeddings.create(model="us-none", input=CONTACT).data) == 1
    assert isinstance(reply, openai.types.chat.ChatCompletion)
