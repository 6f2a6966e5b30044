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
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

MODEL = "loopback-model"


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    return "".join(part.get("text", "") for part in content or ())


class OpenAIUpstream:
    """The server, what it was sent, and what it answers; use as a context manager."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.answer: str | None = None  # None: quote the last message
        self.piece_chars = 4  # streamed answers go out in pieces this long, one SSE event each
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, name="openai-upstream", daemon=True
        )

    def __enter__(self) -> OpenAIUpstream:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}/v1"

    def reply_to(self, body: dict[str, Any]) -> str:
        if self.answer is not None:
            return self.answer
        return "You wrote: " + _text(body["messages"][-1]["content"])

    def pieces(self, text: str) -> list[str]:
        return [text[i : i + self.piece_chars] for i in range(0, len(text), self.piece_chars)]

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        upstream = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))))
                with upstream._lock:
                    upstream.requests.append(body)
                if self.path != "/v1/chat/completions":
                    self._json(404, {"error": {"message": "Not Found", "type": "invalid_request_error"}})
                    return
                text = upstream.reply_to(body)
                if body.get("stream"):
                    self._stream(text, include_usage=bool((body.get("stream_options") or {}).get("include_usage")))
                    return
                self._json(
                    200,
                    {
                        "id": "chatcmpl-loopback",
                        "object": "chat.completion",
                        "created": int(time.time()),
                        "model": MODEL,
                        "choices": [
                            {
                                "index": 0,
                                "message": {"role": "assistant", "content": text},
                                "finish_reason": "stop",
                            }
                        ],
                        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
                    },
                )

            def _json(self, status: int, body: Any) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

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
                    events.append(
                        {
                            **chunk({}, None),
                            "choices": [],
                            "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
                        }
                    )
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    for event in events:
                        self.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
                        self.wfile.flush()
                    self.wfile.write(b"data: [DONE]\n\n")
                    self.wfile.flush()

        return Handler
