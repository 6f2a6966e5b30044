"""The client SDK against a live Custos (pytest-django's ``live_server``) and a loopback model provider."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from custos_client import Custos
from pytest_django import Settings
from pytest_django.live_server_helper import LiveServer

from tests.clients.openai_upstream import OpenAIUpstream
from tests.world import World


@pytest.fixture(autouse=True)
def _generous_classification_budget(settings: Settings) -> None:
    """The budget is not under test here: a process's first classification on a busy machine may pass 5 s."""
    settings.CUSTOS_PREFLIGHT_CLASSIFY_BUDGET_S = 120.0


@pytest.fixture
def custos(live_server: LiveServer, world: World) -> Iterator[Custos]:
    """A client of the live server with the world's key (scoped to workload ``support``)."""
    with Custos(live_server.url, world.plaintext, timeout=60) as client:
        yield client


@pytest.fixture
def upstream() -> Iterator[OpenAIUpstream]:
    with OpenAIUpstream() as server:
        yield server
