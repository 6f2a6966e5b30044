"""``/demo-upstream/v1``: an OpenAI-compatible echo for the embedded demo (``make run``) only.

Its answer quotes exactly what it received, so a newcomer calling the gateway
sees the difference a decision makes: the provider got ``<PERSON_1>``, the
caller's answer shows the name back. The received messages are also returned
as they came, unrestored, in the extra field ``demo_upstream_received`` (the
gateway restores message contents only). Mounted only while the embedded
SQLite database is in use (``CUSTOS_GATEWAY_DEMO_UPSTREAM``); nothing is stored
or logged.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from typing import Any

from django.http import HttpRequest, HttpResponseBase, JsonResponse, StreamingHttpResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

MODEL = "custos-demo-echo"


def _quote(messages: Any) -> str:
    return "The provider received exactly: " + json.dumps(messages, ensure_ascii=False)


@csrf_exempt
def chat_completions(request: HttpRequest) -> HttpResponseBase:
    try:
        body = json.loads(request.body)
        messages = body["messages"]
    except (ValueError, KeyError, TypeError):
        return JsonResponse(
            {"error": {"message": "Send a chat completion request.", "type": "invalid_request_error"}}, status=400
        )
    answer = _quote(messages)
    ident, created, model = f"chatcmpl-{uuid.uuid4().hex}", int(time.time()), str(body.get("model") or MODEL)
    if body.get("stream") is True:
        return StreamingHttpResponse(_chunks(ident, created, model, answer), content_type="text/event-stream")
    return JsonResponse(
        {
            "id": ident,
            "object": "chat.completion",
            "created": created,
            "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": answer}, "finish_reason": "stop"}],
            "usage": {
                "prompt_tokens": len(json.dumps(messages)) // 4,
                "completion_tokens": len(answer) // 4,
                "total_tokens": (len(json.dumps(messages)) + len(answer)) // 4,
            },
            "demo_upstream_received": messages,
        },
        json_dumps_params={"ensure_ascii": False},
    )


def _chunks(ident: str, created: int, model: str, answer: str) -> Iterator[str]:
    def chunk(delta: dict[str, Any], finish: str | None = None) -> str:
        body = {
            "id": ident,
            "object": "chat.completion.chunk",
            "created": created,
            "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        }
        return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"

    yield chunk({"role": "assistant", "content": ""})
    for start in range(0, len(answer), 7):  # small pieces, so placeholders are split across chunks
        yield chunk({"content": answer[start : start + 7]})
    yield chunk({}, "stop")
    yield "data: [DONE]\n\n"


@csrf_exempt
def embeddings(request: HttpRequest) -> HttpResponseBase:
    try:
        body = json.loads(request.body)
        inputs = body["input"]
    except (ValueError, KeyError, TypeError):
        return JsonResponse(
            {"error": {"message": "Send an embeddings request.", "type": "invalid_request_error"}}, status=400
        )
    texts = [inputs] if isinstance(inputs, str) else list(inputs)
    data = [
        {"object": "embedding", "index": i, "embedding": [float(len(t)), float(sum(map(ord, t)) % 997), 1.0]}
        for i, t in enumerate(texts)
    ]
    return JsonResponse(
        {
            "object": "list",
            "data": data,
            "model": body.get("model") or MODEL,
            "usage": {"prompt_tokens": 0, "total_tokens": 0},
        }
    )


def models(request: HttpRequest) -> HttpResponseBase:
    return JsonResponse(
        {"object": "list", "data": [{"id": MODEL, "object": "model", "created": 0, "owned_by": "custos"}]}
    )


urlpatterns = [
    path("chat/completions", chat_completions),
    path("embeddings", embeddings),
    path("models", models),
]
