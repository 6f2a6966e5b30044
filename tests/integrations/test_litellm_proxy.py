"""The real LiteLLM proxy (1.110.2, its own venv) with Custos as its guardrail, driven through the openai SDK.

One proxy start (about a minute on a busy CI core) serves every scenario: LiteLLM on loopback, its models
calling a small OpenAI-compatible upstream on loopback, its ``generic_guardrail_api`` guardrail calling
this test's Custos (pytest-django's live server).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import openai
import pytest
from pytest_django.live_server_helper import LiveServer

from audit.models import AuditEvent
from governance.models import Decision, Destination
from integrations import services
from integrations.litellm_harness import Upstream, free_port, litellm_proxy, proxy_config, upstream_server
from tests.factories import SYSTEM
from tests.world import build_world

pytestmark = pytest.mark.django_db(transaction=True)

CLEAN = "Please summarise the attached quarterly product roadmap in three bullet points."
CONTACT = "Customer Maria Schmidt (maria.schmidt@example.com, +49 30 1234567) asks about her last invoice."
HEALTH = "Our employee John Miller was diagnosed with diabetes last month and needs reduced hours."
LEAKY_ANSWER = "Use the AWS key AKIAIOSFODNN7EXAMPLE for the deployment."


def custos_guardrail(name: str, api_base: str, *, mode: str, **params: Any) -> dict[str, Any]:
    """The guardrail block of docs/integrations/litellm.md."""
    return {
        "guardrail_name": name,
        "litellm_params": {
            "guardrail": "generic_guardrail_api",
            "mode": mode,
            "api_base": api_base,
            "api_key": "os.environ/CUSTOS_SERVICE_KEY",
            "unreachable_fallback": "fail_closed",
            "fail_on_error": True,
            "default_on": False,
            **params,
        },
    }


def reply(body: Mapping[str, Any]) -> str:
    asked = " ".join(str(m.get("content")) for m in body["messages"])
    return LEAKY_ANSWER if "deployment key" in asked else "Here is the summary you asked for."


def test_litellm_with_custos_as_its_guardrail(live_server: LiveServer) -> None:
    world = build_world()
    for name, slug in (("gpt-us", "us-none"), ("gpt-eu", "eu-api")):
        services.modelroute_save(actor=SYSTEM, name=name, destination=Destination.objects.get(slug=slug))
    custos = f"{live_server.url}/integrations/litellm"
    nowhere = f"http://127.0.0.1:{free_port()}/integrations/litellm"  # Custos down: nothing listens there
    guardrails = [
        custos_guardrail("custos", custos, mode="pre_call"),
        custos_guardrail("custos-answers", custos, mode="post_call"),
        custos_guardrail("custos-down", nowhere, mode="pre_call"),
        custos_guardrail("custos-down-fail-open", nowhere, mode="pre_call", unreachable_fallback="fail_open"),
    ]
    with upstream_server(Upstream(reply=reply)) as upstream:
        config = proxy_config(upstream_url=upstream.url, models=["gpt-us", "gpt-eu"], guardrails=guardrails)
        with litellm_proxy(config, env={"CUSTOS_SERVICE_KEY": world.plaintext}) as proxy:
            client = openai.OpenAI(base_url=proxy.url, api_key=proxy.master_key, max_retries=0, timeout=120)

            def chat(model: str, text: str, *use: str) -> Any:
                return client.chat.completions.create(
                    model=model,
                    messages=[{"role": "user", "content": text}],
                    extra_body={"guardrails": list(use or ["custos", "custos-answers"])},
                )

            # Personal data to a destination without a transfer basis reaches the upstream redacted.
            answer = chat("gpt-us", CONTACT)
            assert answer.choices[0].message.content == "Here is the summary you asked for."
            sent = upstream.last_user_texts()[0]
            for value in ("Maria", "maria.schmidt@example.com", "1234567"):
                assert value not in sent
            assert "<EMAIL_ADDRESS_1>" in sent
            redact = Decision.objects.get(outcome="redact")
            assert redact.destination.slug == "us-none" and (redact.request_id or "").startswith("litellm-")

            # Health data is blocked with Custos's reasons, and the upstream never sees it.
            calls = len(upstream.requests)
            with pytest.raises(openai.APIStatusError) as blocked:
                chat("gpt-eu", HEALTH)
            assert "special_category_on_prem_only" in str(blocked.value)
            assert "Compliant alternatives: onprem" in str(blocked.value)
            assert len(upstream.requests) == calls
            deny = Decision.objects.get(outcome="deny")
            assert str(deny.id) in str(blocked.value)

            # Clean text passes untouched.
            assert chat("gpt-eu", CLEAN).choices[0].message.content == "Here is the summary you asked for."
            assert upstream.last_user_texts() == [CLEAN]
            assert Decision.objects.filter(outcome="allow").count() == 1

            # The model's answer is screened: a credential in it is redacted before the client sees it.
            leaky = chat("gpt-eu", "Which deployment key should I use?").choices[0].message.content
            assert "AKIAIOSFODNN7EXAMPLE" not in leaky and "<AWS_ACCESS_KEY_1>" in leaky

            # Custos down: with unreachable_fallback fail_closed (the default) LiteLLM blocks the call ...
            calls = len(upstream.requests)
            with pytest.raises(openai.APIStatusError) as down:
                chat("gpt-eu", CLEAN, "custos-down")
            assert "Generic Guardrail API failed" in str(down.value)
            assert len(upstream.requests) == calls
            # ... and fail_open would have let it through: the setting is what fails closed.
            assert chat("gpt-eu", CLEAN, "custos-down-fail-open").choices
            assert len(upstream.requests) == calls + 1

    # Each screened call left exactly one decision and its audit event (via litellm); the down calls none.
    decisions = list(Decision.objects.order_by("created_at"))
    assert [d.outcome for d in decisions] == ["redact", "deny", "allow", "allow"]
    events = AuditEvent.objects.filter(action="preflight.decision")
    assert sorted(e.payload["decision_id"] for e in events) == sorted(str(d.id) for d in decisions)
    assert {e.payload["via"] for e in events} == {"litellm"}
    assert all(AuditEvent.objects.get(seq=d.audit_seq).payload["decision_id"] == str(d.id) for d in decisions)
    # Three answers came back through the screening (the blocked call got none); never their text.
    screened = AuditEvent.objects.filter(action="litellm.response_screen")
    assert screened.count() == 3
    assert [e.payload["redacted"] for e in screened.order_by("seq")] == [0, 0, 1]
    assert not any("AKIA" in str(e.payload) for e in screened)
