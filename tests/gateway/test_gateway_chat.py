"""Chat completions through the gateway with the official OpenAI SDK: allow, redact and restore, streams."""

from __future__ import annotations

import json

import openai
import pytest
from openai.types.chat import ChatCompletionMessageFunctionToolCall

from audit.actions import AuditAction
from tests import asyncio_runner
from tests.gateway.conftest import Gateway

CLEAN = "Please summarise the attached quarterly product roadmap in three bullet points."
CONTACT = "Customer Maria Schmidt (maria.schmidt@example.com) asks about her last invoice."


def test_allowed_request_goes_upstream_as_is_and_is_audited_twice(gateway: Gateway) -> None:
    reply = gateway.client().chat.completions.with_raw_response.create(
        model="eu-api", messages=[{"role": "user", "content": CLEAN}]
    )
    completion = reply.parse()
    assert completion.choices[0].message.content == f"Echo: {CLEAN}"
    assert reply.headers["X-Custos-Decision"] == "allow"
    (sent,) = gateway.upstream.chat_bodies()
    assert sent["messages"] == [{"role": "user", "content": CLEAN}]
    assert sent["model"] == "eu-api" or sent["model"]  # the destination's own model name
    (decision,) = gateway.decisions()
    assert reply.headers["X-Custos-Decision-Id"] == str(decision.id)
    (decided,) = gateway.events(AuditAction.PREFLIGHT_DECISION)
    assert decided.payload["via"] == "gateway" and decided.payload["decision"] == "allow"
    (exchange,) = gateway.exchange_events()
    assert exchange.payload["decision_id"] == str(decision.id)
    assert exchange.payload["outcome"] == "completed" and exchange.payload["status"] == 200
    assert exchange.payload["usage"] == {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}
    assert exchange.payload["finish_reasons"] == ["stop"]
    assert exchange.payload["restored_placeholders"] == 0
    assert exchange.seq > decided.seq


def test_redacted_request_sends_placeholders_and_the_answer_is_restored(gateway: Gateway) -> None:
    reply = gateway.client().chat.completions.with_raw_response.create(
        model="us-none", messages=[{"role": "user", "content": CONTACT}]
    )
    assert reply.headers["X-Custos-Decision"] == "redact"
    (sent,) = gateway.upstream.chat_bodies()
    upstream_text = sent["messages"][0]["content"]
    assert "Maria Schmidt" not in upstream_text and "maria.schmidt@example.com" not in upstream_text
    assert "<PERSON_1>" in upstream_text and "<EMAIL_ADDRESS_1>" in upstream_text
    # The upstream quoted the placeholders; the caller reads its own values.
    assert reply.parse().choices[0].message.content == f"Echo: {CONTACT}"
    (exchange,) = gateway.exchange_events()
    assert exchange.payload["restored_placeholders"] == 2
    # Metadata only: no value of the request or the answer in either event.
    for event in [*gateway.events(AuditAction.PREFLIGHT_DECISION), exchange]:
        flat = json.dumps(event.payload)
        assert "Maria" not in flat and "maria.schmidt" not in flat and "PERSON_1" not in flat


def test_placeholders_are_numbered_across_the_whole_request(gateway: Gateway) -> None:
    gateway.client().chat.completions.create(
        model="us-none",
        messages=[
            {"role": "system", "content": "You help Maria Schmidt with her invoices."},
            {"role": "user", "content": "Tell Peter Novak that Maria Schmidt paid."},
        ],
    )
    (sent,) = gateway.upstream.chat_bodies()
    first, second = (m["content"] for m in sent["messages"])
    assert "<PERSON_1>" in first
    # Maria keeps her placeholder in the second message; Peter gets a new one, not a second <PERSON_1>.
    assert second.count("<PERSON_1>") == 1 and "<PERSON_2>" in second


def test_streamed_answer_is_restored_across_chunk_boundaries(gateway: Gateway) -> None:
    gateway.upstream.piece_size = 3  # every placeholder arrives split over several chunks
    stream = gateway.client().chat.completions.create(
        model="us-none",
        messages=[{"role": "user", "content": CONTACT}],
        stream=True,
        stream_options={"include_usage": True},
    )
    pieces, usage = [], None
    for chunk in stream:
        if chunk.choices:
            pieces.append(chunk.choices[0].delta.content or "")
        if chunk.usage:
            usage = chunk.usage
    assert "".join(pieces) == f"Echo: {CONTACT}"
    assert not any("<" in piece and "PERSON" in piece for piece in pieces)
    assert usage is not None and usage.total_tokens == 18
    (exchange,) = gateway.exchange_events()
    assert exchange.payload["stream"] is True and exchange.payload["outcome"] == "completed"
    assert exchange.payload["restored_placeholders"] == 2
    assert exchange.payload["usage"]["total_tokens"] == 18 and exchange.payload["finish_reasons"] == ["stop"]


def test_async_client_streams_and_completes(gateway: Gateway) -> None:
    async def run() -> tuple[str, str]:
        client = gateway.async_client()
        completion = await client.chat.completions.create(
            model="us-none", messages=[{"role": "user", "content": CONTACT}]
        )
        stream = await client.chat.completions.create(
            model="us-none", messages=[{"role": "user", "content": CONTACT}], stream=True
        )
        streamed = "".join([chunk.choices[0].delta.content or "" async for chunk in stream if chunk.choices])
        await client.close()
        return completion.choices[0].message.content or "", streamed

    completed, streamed = asyncio_runner.run(run())
    assert completed == streamed == f"Echo: {CONTACT}"
    assert len(gateway.decisions()) == 2
    assert len(gateway.exchange_events(2)) == 2


def test_a_placeholder_this_request_did_not_issue_is_left_as_it_is(gateway: Gateway) -> None:
    # The user's own text spells <PERSON_1>; the real name must get another placeholder.
    text = "Note for <PERSON_1>: Maria Schmidt called."
    gateway.upstream.answer = "Hello <PERSON_1>, <PERSON_2> and <PERSON_7>."
    completion = gateway.client().chat.completions.create(model="us-none", messages=[{"role": "user", "content": text}])
    (sent,) = gateway.upstream.chat_bodies()
    assert sent["messages"][0]["content"] == "Note for <PERSON_1>: <PERSON_2> called."
    assert completion.choices[0].message.content == "Hello <PERSON_1>, Maria Schmidt and <PERSON_7>."
    stream = gateway.client().chat.completions.create(
        model="us-none", messages=[{"role": "user", "content": text}], stream=True
    )
    assert "".join(c.choices[0].delta.content or "" for c in stream if c.choices) == (
        "Hello <PERSON_1>, Maria Schmidt and <PERSON_7>."
    )


def test_tool_call_arguments_are_restored_as_json(gateway: Gateway) -> None:
    gateway.upstream.tool_call_arguments = '{"customer": "<PERSON_1>"}'
    completion = gateway.client().chat.completions.create(
        model="us-none",
        messages=[{"role": "user", "content": 'Look up Maria "Mia" Schmidt.'}],
        tools=[{"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}],
    )
    (call,) = completion.choices[0].message.tool_calls or []
    assert isinstance(call, ChatCompletionMessageFunctionToolCall)
    assert json.loads(call.function.arguments)["customer"].startswith("Maria")


def test_unknown_fields_and_unscreenable_parts_are_refused_before_any_decision(gateway: Gateway) -> None:
    client = gateway.client()
    with pytest.raises(openai.BadRequestError) as unknown:
        client.chat.completions.create(
            model="eu-api", messages=[{"role": "user", "content": CLEAN}], extra_body={"metadata": {"x": "y"}}
        )
    assert "metadata" in str(unknown.value)
    with pytest.raises(openai.BadRequestError) as image:
        client.chat.completions.create(
            model="eu-api",
            messages=[{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "http://x/y.png"}}]}],
        )
    assert "Only text parts can be screened" in str(image.value)
    assert gateway.upstream.requests == [] and gateway.decisions() == []
