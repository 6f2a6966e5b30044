"""The /healthz check of the LLM second opinion (registered in config.health.EXTRA_CHECKS).

"off" is healthy: the stage is optional. When configured, the check asks
vLLM for its model list (GET /v1/models, short timeout) and reports "ok",
"error" or "circuit_open"; those failures make the instance unhealthy only
when CUSTOS_VLLM_REQUIRED is set, because only then does the pre-flight
depend on the model.
"""

from __future__ import annotations

from typing import Any

import httpx
from django.conf import settings

from classifier.llm import CircuitBreaker, LLMConfig, get_client, http_client

CHECK_NAME = "llm_second_opinion"


def llm_health() -> dict[str, Any]:
    """{"name", "status": off|ok|error|circuit_open, "healthy", "model", "required"[, "error"]}."""
    config = LLMConfig.from_settings()
    if not config.enabled:
        return {"name": CHECK_NAME, "status": "off", "healthy": True}
    result: dict[str, Any] = {"name": CHECK_NAME, "model": config.model, "required": config.required}
    if get_client().breaker.state == CircuitBreaker.OPEN:
        # The breaker already knows vLLM is failing; the probe after the cool-down will tell when it is back.
        return {**result, "status": "circuit_open", "healthy": not config.required}
    error = _probe(config)
    if error:
        return {**result, "status": "error", "healthy": not config.required, "error": error}
    return {**result, "status": "ok", "healthy": True}


def _probe(config: LLMConfig) -> str:
    """An error message, or "" when vLLM answers and serves the configured model."""
    try:
        response = http_client().get(
            config.url("models"), headers=config.headers(), timeout=settings.CUSTOS_HEALTH_TIMEOUT_S
        )
    except httpx.TimeoutException:
        return f"vLLM did not answer within {settings.CUSTOS_HEALTH_TIMEOUT_S:g}s"
    except httpx.TransportError as exc:
        return f"cannot reach vLLM: {type(exc).__name__}"
    if response.status_code != 200:
        return f"GET /v1/models answered HTTP {response.status_code}"
    try:
        served = [str(model["id"]) for model in response.json()["data"]]
    except (ValueError, KeyError, TypeError):
        return "GET /v1/models did not answer a model list"
    if config.model not in served:
        return f"model {config.model!r} is not served (served: {', '.join(served[:5]) or 'none'})"
    return ""
