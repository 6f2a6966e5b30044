"""A model provider on loopback that speaks OpenAI's chat completions protocol, JSON and Server-Sent Events.

A real HTTP server in a thread, so the ``openai`` SDK under test goes through
its own HTTP stack, SSE parsing and pydantic models as it would against a
provider. By default it answers by quoting what it received (``"You wrote: "``
and the last message's text), so a test sees in one place what the provider
got and what the caller got back::

    with OpenAIUpstream() as upstream:
        client = openai.OpenAI(base_url=upstream.url, api_key="k")
        upstream.answer = "Fixed <PERSON_1> text"   # instead of the echo
        upstream.piece_chars = 3                    # streamed in 3-character pieces
        upstream.requests[0]                        # the JSON body it was sent
"""

from __future__ import annotations

import contextlib
import json
import time
from http.server import BaseHTTPRequestHandler
from typing import Any

from tests.openai_protocol import LoopbackServer, OpenAIProtocolHandler, chat_completion

MODEL = "loopback-model"
USAGE = {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    return "".join(part.get("text", "") for part in content or ())


class OpenAIUpstream(LoopbackServer):
    """The server, what it was sent, and what it answers; use as a context manager."""

    def __init__(self) -> None:
        super().__init__(thread_name="openai-upstream")
        self.requests: list[dict[str, Any]] = []
        self.answer: str | None = None  # None: quote the last message
        self.piece_chars = 4  # streamed answers go out in pieces this long, one SSE event each

    @property
    def url(self) -> str:
        return f"{self.origin}/v1"

    def reply_to(self, body: dict[str, Any]) -> str:
        if self.answer is not None:
            return self.answer
        return "You wrote: " + _text(body["messages"][-1]["content"])

    def pieces(self, text: str) -> list[str]:
        return [text[i : i + self.piece_chars] for i in range(0, len(text), self.piece_chars)]

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        upstream = self

        class Handler(OpenAIProtocolHandler):
            def do_POST(self) -> None:
                body = self.read_body()
                with upstream._lock:
                    upstream.requests.append(body)
                if self.path != "/v1/chat/completions":
                    self.send_json(404, {"error": {"message": "Not Found", "type": "invalid_request_error"}})
                    return
                text = upstream.reply_to(body)
                if body.get("stream"):
                    self._stream(text, include_usage=bool((body.get("stream_options") or {}).get("include_usage")))
                    return
                self.send_json(
                    200, chat_completion(completion_id="chatcmpl-loopback", model=MODEL, content=text, usage=USAGE)
                )

            def _stream(self, text: str, *, include_usage: bool) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-cache")
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True

                def chunk(delta: dict[str, Any], finish: str | None, **extra: Any) -> dict[str, Any]:
                    return {
                        "id": "chatcmpl-loopback",
                        "object": "chat.completion.chunk",
                        "created": int(time.time()),
                        "model": MODEL,
                        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
                        **extra,
                    }

                events = [chunk({"role": "assistant", "content": ""}, None)]
                events += [chunk({"content": piece}, None) for piece in upstream.pieces(text)]
                events.append(chunk({}, "stop"))
                if include_usage:
                    events.append({**chunk({}, None), "choices": [], "usage": USAGE})
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    for event in events:
                        self.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
                        self.wfile.flush()
                    self.wfile.write(b"data: [DONE]\n\n")
                    self.wfile.flush()

        return Handler
