"""``GuardedOpenAI``: the official ``openai`` SDK, a live Custos and a loopback provider over real HTTP.

The provider quotes what it received, so each test sees both sides: the
provider got only placeholders, the caller got its own values back.
"""

from __future__ import annotations

from typing import Any

import openai
import pytest
from custos_client import (
    AsyncCustos,
    AsyncGuardedOpenAI,
    Custos,
    GuardedOpenAI,
    PolicyDenied,
    PreflightResult,
    Unavailable,
    UnscreenableRequest,
)
from pytest_django.live_server_helper import LiveServer

from governance.models import Decision
from tests import asyncio_runner
from tests.clients.openai_upstream import OpenAIUpstream
from tests.world import World

CLEAN = "Please summarise the attached quarterly product roadmap in three bullet points."
CONTACT = "Customer Maria Schmidt (maria.schmidt@example.com, +49 30 1234567) asks about her last invoice."
HEALTH = "Our employee John Miller was diagnosed with diabetes last month and needs reduced hours."
VALUES = ("Maria Schmidt", "maria.schmidt@example.com", "+49 30 1234567")


def _guarded(custos: Custos, upstream: OpenAIUpstream, destination: str = "us-none", **kwargs: Any) -> GuardedOpenAI:
    client = openai.OpenAI(base_url=upstream.url, api_key="provider-key", max_retries=0)
    return GuardedOpenAI(client, custos=custos, workload="support", destination=destination, **kwargs)


def _sent(upstream: OpenAIUpstream) -> str:
    """Everything the provider received, as one string."""
    return repr(upstream.requests)


def test_redact_sends_placeholders_and_restores_the_answer(custos: Custos, upstream: OpenAIUpstream) -> None:
    decisions: list[PreflightResult] = []
    guarded = _guarded(custos, upstream, on_decision=decisions.append)

    completion = guarded.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": "You summarise tickets."}, {"role": "user", "content": CONTACT}],
        temperature=0,
    )

    [request] = upstream.requests
    assert request["messages"][1]["content"] == (
        "Customer <PERSON_1> (<EMAIL_ADDRESS_1>, <PHONE_NUMBER_1>) asks about her last invoice."
    )
    assert request["model"] == "gpt-4o-mini" and request["temperature"] == 0
    assert not any(value in _sent(upstream) for value in VALUES)
    assert completion.choices[0].message.content == "You wrote: " + CONTACT
    assert Decision.objects.get(pk=decisions[0].decision_id).outcome == "redact"


def test_redact_restores_a_streamed_answer_with_placeholders_split_across_chunks(
    custos: Custos, upstream: OpenAIUpstream
) -> None:
    upstream.piece_chars = 3  # "<PERSON_1>" arrives as "<PE", "RSO", "N_1", ">" ...

    with _guarded(custos, upstream).chat.completions.create(
        model="m", messages=[{"role": "user", "content": CONTACT}], stream=True, stream_options={"include_usage": True}
    ) as stream:
        chunks = list(stream)

    sent = upstream.requests[0]["messages"][0]["content"]
    assert "<PERSON_1>" in sent and not any(value in _sent(upstream) for value in VALUES)
    assert any(piece.startswith("<") and not piece.endswith(">") for piece in upstream.pieces("You wrote: " + sent))
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "You wrote: " + CONTACT
    # No piece of a placeholder reaches the caller; the usage chunk and the finish reason are kept.
    assert not any("<" in (c.choices[0].delta.content or "") for c in chunks if c.choices)
    assert chunks[-1].usage is not None and chunks[-1].usage.total_tokens == 15
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "stop"
    assert stream.restored == 3


def test_placeholders_this_call_did_not_issue_are_left_as_written(custos: Custos, upstream: OpenAIUpstream) -> None:
    upstream.answer = "Ask <PERSON_1> about <PERSON_7> and <IBAN_CODE_1>."

    completion = _guarded(custos, upstream).chat.completions.create(
        model="m", messages=[{"role": "user", "content": CONTACT}]
    )

    assert completion.choices[0].message.content == "Ask Maria Schmidt about <PERSON_7> and <IBAN_CODE_1>."


def test_a_placeholder_standing_for_two_people_in_one_call_is_not_restored(
    custos: Custos, upstream: OpenAIUpstream
) -> None:
    upstream.answer = "<PERSON_1> and <PERSON_1> spoke."
    messages = [
        {"role": "user", "content": "Maria Schmidt called about the invoice."},
        {"role": "user", "content": "Hans Weber wrote about the delivery."},
    ]

    completion = _guarded(custos, upstream).chat.completions.create(model="m", messages=messages)

    sent = [m["content"] for m in upstream.requests[0]["messages"]]
    assert sent == ["<PERSON_1> called about the invoice.", "<PERSON_1> wrote about the delivery."]
    assert completion.choices[0].message.content == "<PERSON_1> and <PERSON_1> spoke."


def test_allow_sends_the_messages_as_they_are(custos: Custos, upstream: OpenAIUpstream) -> None:
    messages = [{"role": "user", "content": CONTACT, "name": "agent"}]

    guarded = _guarded(custos, upstream, destination="eu-api")
    completion = guarded.chat.completions.create(model="m", messages=iter(messages))  # any iterable, as openai takes

    assert upstream.requests[0]["messages"] == messages
    assert completion.choices[0].message.content == "You wrote: " + CONTACT


def test_deny_raises_with_reasons_and_alternatives_and_sends_nothing(custos: Custos, upstream: OpenAIUpstream) -> None:
    guarded = _guarded(custos, upstream, destination="eu-api")

    with pytest.raises(PolicyDenied) as denied:
        guarded.chat.completions.create(model="m", messages=[{"role": "user", "content": HEALTH}], stream=True)

    assert upstream.requests == []
    assert "special_category_on_prem_only" in [r.code for r in denied.value.reasons]
    assert [a.destination for a in denied.value.alternatives] == ["onprem"]
    assert "onprem" in str(denied.value) and Decision.objects.get(pk=denied.value.decision_id).outcome == "deny"


def test_text_the_preflight_cannot_screen_is_refused_before_anything_is_sent(
    custos: Custos, upstream: OpenAIUpstream
) -> None:
    guarded = _guarded(custos, upstream)
    tool = {"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}

    with pytest.raises(UnscreenableRequest, match="tools"):
        guarded.chat.completions.create(model="m", messages=[{"role": "user", "content": CLEAN}], tools=[tool])
    call = {"id": "c1", "type": "function", "function": {"name": "lookup", "arguments": '{"who": "Maria Schmidt"}'}}
    with pytest.raises(UnscreenableRequest, match="tool_calls"):
        guarded.chat.completions.create(
            model="m", messages=[{"role": "assistant", "content": "", "tool_calls": [call]}]
        )
    image = {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}
    with pytest.raises(UnscreenableRequest, match="text parts"):
        guarded.chat.completions.create(model="m", messages=[{"role": "user", "content": [image]}])

    assert upstream.requests == [] and not Decision.objects.exists()


def test_no_decision_fails_closed(upstream: OpenAIUpstream, world: World) -> None:
    with Custos("http://127.0.0.1:9", world.plaintext, timeout=2) as unreachable:
        guarded = _guarded(unreachable, upstream)
        with pytest.raises(Unavailable):
            guarded.chat.completions.create(model="m", messages=[{"role": "user", "content": CLEAN}])
    assert upstream.requests == []


def test_the_async_wrapper_restores_a_streamed_answer(
    live_server: LiveServer, world: World, upstream: OpenAIUpstream
) -> None:
    upstream.piece_chars = 2

    async def call() -> tuple[str, str]:
        async with AsyncCustos(live_server.url, world.plaintext, timeout=60) as custos:
            guarded = AsyncGuardedOpenAI(
                openai.AsyncOpenAI(base_url=upstream.url, api_key="k", max_retries=0),
                custos=custos,
                workload="support",
                destination="us-none",
            )
            stream = await guarded.chat.completions.create(
                model="m", messages=[{"role": "user", "content": CONTACT}], stream=True
            )
            text = "".join([c.choices[0].delta.content or "" async for c in stream if c.choices])
            completion = await guarded.chat.completions.create(
                model="m", messages=[{"role": "user", "content": CONTACT}]
            )
            return text, completion.choices[0].message.content or ""

    streamed, whole = asyncio_runner.run(call())

    assert streamed == whole == "You wrote: " + CONTACT
    assert len(upstream.requests) == 2 and not any(value in _sent(upstream) for value in VALUES)
