"""What the loopback servers that speak OpenAI's chat completions protocol share.

A real ``ThreadingHTTPServer`` in a daemon thread on 127.0.0.1, so the client under test goes through its
own HTTP stack, sockets, timeouts and status codes as it would against vLLM or a provider. The vLLM stand-in
(``tests/classifier/vllm_stub_server.py``) and the provider stand-in (``tests/clients/openai_upstream.py``)
build their request handler on ``OpenAIProtocolHandler`` and decide what to answer.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self


class OpenAIProtocolHandler(BaseHTTPRequestHandler):
    """JSON in and out, quietly."""

    protocol_version = "HTTP/1.1"  # keep-alive, as vLLM and providers (uvicorn) do

    def log_message(self, format: str, *args: Any) -> None:  # quiet test output
        pass

    def read_body(self) -> Any:
        """The request's JSON, or its text when it is not JSON."""
        raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        try:
            return json.loads(raw)
        except ValueError:
            return raw.decode("utf-8", "replace")

    def send_json(self, status: int, body: Any) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up (timeout)
            self.wfile.write(data)


def chat_completion(
    *, completion_id: str, model: str, content: str | None, usage: Mapping[str, int], finish_reason: str = "stop"
) -> dict[str, Any]:
    """A non-streamed chat completion with one choice."""
    return {
        "id": completion_id,
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": finish_reason}],
        "usage": dict(usage),
    }


class LoopbackServer:
    """The server in its thread; use as a context manager. Subclasses give the handler class."""

    def __init__(self, *, thread_name: str) -> None:
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        # A short poll interval: shutdown() waits for it, once per test.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, name=thread_name, daemon=True
        )

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        raise NotImplementedError

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}"
