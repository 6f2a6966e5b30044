"""The LLM stage's health check, directly and through GET /healthz."""

from __future__ import annotations

import pytest
from django.test import Client
from pytest_django import Settings

from classifier import llm
from classifier.health import llm_health
from classifier.llm import LLMUnavailable
from classifier.second_opinion import OPINION_SCHEMA, SCHEMA_NAME, build_messages
from tests.classifier.vllm_stub_server import VLLMStub


@pytest.fixture
def stub(vllm_stub: VLLMStub, settings: Settings) -> VLLMStub:
    """The shared stub (tests/conftest.py) with an API key, a breaker that opens at once and a short health timeout."""
    vllm_stub.api_key = settings.CUSTOS_VLLM_API_KEY = "health-key"
    settings.CUSTOS_VLLM_BREAKER_FAILURES = 1
    settings.CUSTOS_HEALTH_TIMEOUT_S = 0.5
    return vllm_stub


def test_off_is_healthy(settings: Settings) -> None:
    settings.CUSTOS_VLLM_BASE_URL = ""
    assert llm_health() == {"name": "llm_second_opinion", "status": "off", "healthy": True}


def test_ok_when_the_model_is_served(stub: VLLMStub) -> None:
    result = llm_health()
    assert result == {
        "name": "llm_second_opinion",
        "model": stub.model,
        "required": False,
        "status": "ok",
        "healthy": True,
    }
    (request,) = stub.requests
    assert request["path"] == "/v1/models"
    assert request["headers"]["Authorization"] == "Bearer health-key"


def test_wrong_model_name_is_an_error(stub: VLLMStub, settings: Settings) -> None:
    settings.CUSTOS_VLLM_MODEL = "other/model"
    result = llm_health()
    assert result["status"] == "error"
    assert result["error"] == f"model 'other/model' is not served (served: {stub.model})"
    assert result["healthy"] is True  # optional stage


def test_failure_is_unhealthy_only_when_required(stub: VLLMStub, settings: Settings) -> None:
    stub.models_status = 503
    assert llm_health()["healthy"] is True
    settings.CUSTOS_VLLM_REQUIRED = True
    result = llm_health()
    assert result["status"] == "error" and result["healthy"] is False
    assert result["error"] == "GET /v1/models answered HTTP 503"


def test_unreachable_server(settings: Settings) -> None:
    with VLLMStub() as gone:
        url = gone.url
    settings.CUSTOS_VLLM_BASE_URL = url
    settings.CUSTOS_VLLM_MODEL = "m"
    settings.CUSTOS_VLLM_REQUIRED = True
    result = llm_health()
    assert result["status"] == "error" and result["healthy"] is False
    assert result["error"].startswith("cannot reach vLLM")


def test_open_circuit_is_reported_without_a_request(stub: VLLMStub) -> None:
    stub.fail(500)
    with pytest.raises(LLMUnavailable):
        llm.get_client().complete_json(build_messages("x"), schema_name=SCHEMA_NAME, schema=OPINION_SCHEMA)
    before = len(stub.requests)
    assert llm_health()["status"] == "circuit_open"
    assert len(stub.requests) == before


@pytest.mark.django_db
def test_healthz_reports_the_stage_and_fails_when_required(
    stub: VLLMStub, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from config import health

    monkeypatch.setattr(health, "EXTRA_CHECKS", [llm_health])
    body = Client().get("/healthz").json()
    assert body["checks"]["llm_second_opinion"]["status"] == "ok"

    stub.models_status = 500
    settings.CUSTOS_VLLM_REQUIRED = True
    response = Client().get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["llm_second_opinion"]["status"] == "error"
