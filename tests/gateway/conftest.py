"""The gateway served by a real uvicorn on loopback, an OpenAI-protocol upstream, and OpenAI SDK clients."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import openai
import pytest
from pytest_django import Settings

from audit.actions import AuditAction
from audit.models import AuditEvent
from governance.models import Decision, Destination
from tests.gateway.servers import Upstream, serve
from tests.world import World, build_world


def error_body(error: openai.APIStatusError) -> dict[str, Any]:
    """The JSON error object of an OpenAI-style error answer (the SDK types ``body`` as object)."""
    assert isinstance(error.body, dict)
    return error.body


@pytest.fixture(scope="session")
def gateway_url(django_db_setup: None) -> Iterator[str]:
    """The project's ASGI application (config.asgi) under uvicorn: what `uvicorn config.asgi:application` serves."""
    import classifier
    from config.asgi import application

    classifier.warm_up()  # the model loads once, not inside the first test's request
    with serve(application) as url:
        yield url


@pytest.fixture
def upstream() -> Iterator[Upstream]:
    scripted = Upstream()
    with serve(scripted) as url:
        scripted.url = url
        yield scripted


@dataclass
class Gateway:
    world: World
    url: str
    upstream: Upstream

    @property
    def base_url(self) -> str:
        return f"{self.url}/gateway/v1"

    def client(self, **kwargs: Any) -> openai.OpenAI:
        kwargs.setdefault("max_retries", 0)
        kwargs.setdefault("timeout", 20)
        return openai.OpenAI(base_url=self.base_url, api_key=self.world.plaintext, **kwargs)

    def async_client(self, **kwargs: Any) -> openai.AsyncOpenAI:
        kwargs.setdefault("max_retries", 0)
        kwargs.setdefault("timeout", 20)
        return openai.AsyncOpenAI(base_url=self.base_url, api_key=self.world.plaintext, **kwargs)

    def events(self, action: str) -> list[AuditEvent]:
        return list(AuditEvent.objects.filter(action=action).order_by("seq"))

    def exchange_events(self, count: int = 1, timeout_s: float = 30) -> list[AuditEvent]:
        """The gateway.exchange events, once ``count`` are there (a stream's is written after its last byte)."""
        return wait_for(lambda: len(self.events(AuditAction.GATEWAY_EXCHANGE)) >= count, timeout_s) or self.events(
            AuditAction.GATEWAY_EXCHANGE
        )

    def decisions(self) -> list[Decision]:
        return list(Decision.objects.order_by("created_at"))


def wait_for(condition: Callable[[], bool], timeout_s: float = 10) -> list[Any]:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.05)
    return []


@pytest.fixture
def gateway(transactional_db: None, gateway_url: str, upstream: Upstream, settings: Settings) -> Gateway:
    """The pre-flight world (tests/world.py) with every destination's upstream on the loopback server."""
    # This machine's cores are shared: a first classification can outrun the default budget of 5 s.
    settings.CUSTOS_PREFLIGHT_CLASSIFY_BUDGET_S = 60.0
    world = build_world()
    Destination.objects.update(endpoint_url=upstream.base_url)
    return Gateway(world=world, url=gateway_url, upstream=upstream)
