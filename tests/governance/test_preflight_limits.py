"""Request limits that bound work, not just bytes (issue 12, items 1 and 2).

A request that would take unbounded work gets a JSON error naming its limit and
no decision: nothing is classified at length, nothing is recorded, and an
external destination never gets allow.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest
from django.test import Client, override_settings

from audit.models import AuditEvent
from config.parsers import json_depth
from governance.models import Decision
from tests.world import World

if TYPE_CHECKING:
    from rest_framework.response import _MonkeyPatchedResponse as APIResponse  # exists only in the stubs

CONTACT = "Customer Maria Schmidt (maria.schmidt@example.com, +49 30 1234567) asks about her last invoice."


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def _post_raw(world: World, body: str) -> APIResponse:
    return world.client.post("/api/v1/preflight", data=body, content_type="application/json")


def _nothing_recorded(world: World, events_before: int) -> bool:
    return not Decision.objects.exists() and AuditEvent.objects.count() == events_before


# -- 1. JSON nesting depth ---------------------------------------------------


@pytest.mark.parametrize("depth", [33, 1_000, 100_000])
def test_deeply_nested_json_is_400_naming_the_limit(world: World, depth: int) -> None:
    """1,000+ levels raised RecursionError in json.loads: an HTML 500."""
    before = AuditEvent.objects.count()
    body = '{"workload": "support", "destination": "eu-api", "input": "x", "extra": ' + _nested(depth) + "}"
    response = _post_raw(world, body)
    assert response.status_code == 400, response.content
    error = response.json()["error"]
    assert error["code"] == "json_too_deep"
    assert "32 levels" in error["message"] and "CUSTOS_API_MAX_JSON_DEPTH" in error["message"]
    assert _nothing_recorded(world, before)


def test_nesting_up_to_the_limit_is_parsed_as_usual(world: World) -> None:
    # Depth 32 exactly: parsed, then refused by the serializer for the unknown field, as any such body is.
    body = '{"workload": "support", "destination": "eu-api", "input": "x", "extra": ' + _nested(31) + "}"
    response = _post_raw(world, body)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid"
    assert "extra" in response.json()["error"]["fields"]


def test_brackets_inside_strings_do_not_count(world: World) -> None:
    text = "[[[[{{{{" * 50 + ' a "quoted" \\ part ' + "]]]]}}}}" * 50
    response = world.preflight(destination="eu-api", input=text)
    assert response.status_code == 200, response.content


def test_registry_api_bodies_are_depth_limited_too(officer_client: Client) -> None:
    body = '{"slug": "w", "name": "n", "owner": "o", "purpose": ' + _nested(5_000) + "}"
    response = officer_client.post("/api/v1/workloads/", data=body, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "json_too_deep"


def test_json_depth_counts_without_recursion() -> None:
    assert json_depth('"[[["') == 0
    assert json_depth('{"a": [1, {"b": "]]]"}]}') == 3
    assert json_depth(_nested(200_000)) == 200_000
    assert json_depth(r'["\"[[", ["x"]]') == 2


# -- 2. Work limits --------------------------------------------------------------


def test_ten_thousand_text_parts_are_refused_before_any_work(world: World) -> None:
    """The issue's 528 KB request: one message with 10,000 text parts took 23.8 s."""
    before = AuditEvent.objects.count()
    parts = [{"type": "text", "text": f"part {i} of a long request"} for i in range(10_000)]
    response = world.preflight(destination="eu-api", messages=[{"role": "user", "content": parts}])
    assert response.status_code == 400, response.content
    error = response.json()["error"]
    assert error["code"] == "invalid"
    assert error["fields"]["messages.0.content"] == [
        "At most 64 content parts per message (CUSTOS_PREFLIGHT_MAX_PARTS)."
    ]
    assert _nothing_recorded(world, before)


@override_settings(CUSTOS_PREFLIGHT_MAX_MESSAGES=3)
def test_too_many_messages_are_refused_naming_the_limit(world: World) -> None:
    response = world.preflight(destination="eu-api", messages=[{"role": "user", "content": "hi"}] * 4)
    assert response.status_code == 400
    assert response.json()["error"]["fields"]["messages"] == [
        "At most 3 messages per request (CUSTOS_PREFLIGHT_MAX_MESSAGES)."
    ]


def test_text_over_the_total_is_413_before_classification(world: World) -> None:
    """A 100,000-character input took 4 s to classify; the default total is 64,000 characters."""
    before = AuditEvent.objects.count()
    response = world.preflight(destination="eu-api", input="word " * 20_000)
    assert response.status_code == 413, response.content
    error = response.json()["error"]
    assert error["code"] == "payload_too_large"
    assert "100000 characters" in error["message"] and "at most 64000" in error["message"]
    assert error["fields"] == {"input": [error["message"]]}
    assert _nothing_recorded(world, before)


@override_settings(CUSTOS_PREFLIGHT_MAX_TOTAL_CHARS=1_000)
def test_total_counts_every_text_of_every_message(world: World) -> None:
    parts = [{"type": "text", "text": "x" * 300}, {"type": "text", "text": "y" * 300}]
    messages: list[dict[str, object]] = [
        {"role": "user", "content": parts},
        {"role": "assistant", "content": "z" * 401},
    ]
    response = world.preflight(destination="eu-api", messages=messages)
    assert response.status_code == 413
    assert "1001 characters" in response.json()["error"]["message"]
    assert "messages" in response.json()["error"]["fields"]
    messages[1]["content"] = "z" * 400
    assert world.preflight(destination="eu-api", messages=messages).status_code == 200


@pytest.mark.parametrize("destination", ["eu-api", "us-none", "onprem"])
@pytest.mark.parametrize("shape", ["input", "messages"])
@override_settings(CUSTOS_PREFLIGHT_CLASSIFY_BUDGET_S=0.0)
def test_classification_over_its_budget_fails_closed_with_422(world: World, destination: str, shape: str) -> None:
    """No destination, external or on-prem, gets a decision (let alone allow) from a classification cut short."""
    before = AuditEvent.objects.count()
    if shape == "input":
        response = world.preflight(destination=destination, input=CONTACT)
    else:
        messages = [{"role": "system", "content": "Summarise."}, {"role": "user", "content": CONTACT}]
        response = world.preflight(destination=destination, messages=messages)
    assert response.status_code == 422, response.content
    body = response.json()
    assert "decision" not in body
    assert body["error"]["code"] == "classification_budget_exceeded"
    assert (
        "budget of 0 s" in body["error"]["message"] and "CUSTOS_PREFLIGHT_CLASSIFY_BUDGET_S" in body["error"]["message"]
    )
    assert _nothing_recorded(world, before)


def test_budget_error_never_carries_payload_text(world: World, caplog: pytest.LogCaptureFixture) -> None:
    with override_settings(CUSTOS_PREFLIGHT_CLASSIFY_BUDGET_S=0.0):
        response = world.preflight(destination="eu-api", input=CONTACT)
    assert response.status_code == 422
    assert "Maria" not in json.dumps(response.json()) and "Maria" not in caplog.text
    assert "1 texts, 95 characters" in caplog.text


def test_normal_chat_traffic_is_untouched_by_the_default_limits(world: World) -> None:
    """20 messages of 2,000 characters each: well inside every default limit."""
    paragraph = (
        "The team reviewed the plan for the next release, discussed the open risks and agreed on the milestones. "
    )
    text = (paragraph * 20)[:2_000]
    messages = [{"role": "user" if i % 2 else "assistant", "content": text} for i in range(20)]
    response = world.preflight(destination="eu-api", messages=messages)
    assert response.status_code == 200, response.content
    assert response.json()["decision"] == "allow"


def test_policy_draft_form_refuses_deep_json_instead_of_recursing() -> None:
    """The web UI's policy editor parses JSON from a form field: the same limit applies."""
    from governance.forms import PolicyDraftForm

    form = PolicyDraftForm(data={"content": _nested(100_000)})
    assert not form.is_valid()
    assert form.errors["content"] == ["The JSON nests deeper than 32 levels (CUSTOS_API_MAX_JSON_DEPTH)."]
