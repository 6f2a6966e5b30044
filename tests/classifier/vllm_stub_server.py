"""A scripted stand-in for vLLM's OpenAI-compatible server, on loopback.

A real HTTP server in a thread (http.server), so the client under test goes
through httpx, sockets, timeouts and status codes exactly as it would against
vLLM. Tests script the next answers and then read back what the server saw::

    with VLLMStub(api_key="k") as stub:
        stub.answer({"level": "PUBLIC", ...})      # one 200 with that JSON as content
        stub.fail(503, times=2)                    # two 503s
        stub.slow(1.0, {"level": ...})             # answers after 1 s
        stub.raw_content("not json")               # a 200 whose content is not JSON
        stub.cut_off('{"level": "REST')           # a 200 cut off at max_tokens
        ...
        stub.chat_requests[0]["body"]              # the JSON body the client sent

With nothing scripted, chat completions answer ``stub.default`` (or 500 when
that is None). GET /v1/models lists ``stub.model``.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

PUBLIC_EMPTY = {"categories": [], "level": "PUBLIC", "rationale": "Nothing sensitive.", "evidence": []}


@dataclass
class Behaviour:
    """One scripted reply to a chat completion request."""

    status: int = 200
    content: str | None = None  # the message content (for 200)
    body: Any = None  # a whole response body instead (for errors or broken completions)
    delay_s: float = 0.0
    finish_reason: str = "stop"


class VLLMStub:
    """The server and its script; use as a context manager."""

    def __init__(self, *, model: str = "stub/model-7b", api_key: str = "") -> None:
        self.model = model
        self.api_key = api_key
        self.default: Any = PUBLIC_EMPTY
        self.models_status = 200
        self.requests: list[dict[str, Any]] = []
        self._script: deque[Behaviour] = deque()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        # A short poll interval: shutdown() waits for it, once per test.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, name="vllm-stub", daemon=True
        )

    # --- lifecycle ---

    def __enter__(self) -> VLLMStub:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}"

    # --- scripting ---

    def answer(self, opinion: Any, *, times: int = 1) -> None:
        self._push(Behaviour(content=json.dumps(opinion)), times)

    def raw_content(self, content: str, *, times: int = 1) -> None:
        self._push(Behaviour(content=content), times)

    def cut_off(self, content: str, *, times: int = 1) -> None:
        """A 200 whose generation stopped at max_tokens (finish_reason "length")."""
        self._push(Behaviour(content=content, finish_reason="length"), times)

    def fail(self, status: int, *, times: int = 1, message: str = "stub failure") -> None:
        self._push(Behaviour(status=status, body={"error": {"message": message, "code": status}}), times)

    def raw_body(self, body: Any, *, times: int = 1) -> None:
        self._push(Behaviour(body=body), times)

    def slow(self, delay_s: float, opinion: Any, *, times: int = 1) -> None:
        self._push(Behaviour(content=json.dumps(opinion), delay_s=delay_s), times)

    def _push(self, behaviour: Behaviour, times: int) -> None:
        with self._lock:
            self._script.extend([behaviour] * times)

    def _next(self) -> Behaviour:
        with self._lock:
            if self._script:
                return self._script.popleft()
        if self.default is None:
            return Behaviour(status=500, body={"error": {"message": "no scripted answer"}})
        return Behaviour(content=json.dumps(self.default))

    # --- what the server saw ---

    @property
    def chat_requests(self) -> list[dict[str, Any]]:
        return [r for r in self.requests if r["path"] == "/v1/chat/completions"]

    @property
    def chat_hits(self) -> int:
        return len(self.chat_requests)

    # --- HTTP ---

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as vLLM (uvicorn) does

            def log_message(self, format: str, *args: Any) -> None:  # quiet test output
                pass

            def _authorised(self) -> bool:
                if not stub.api_key:
                    return True
                if self.headers.get("Authorization") == f"Bearer {stub.api_key}":
                    return True
                self._send(401, {"error": {"message": "Unauthorized", "code": 401}})
                return False

            def _send(self, status: int, body: Any) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up (timeout)
                    self.wfile.write(data)

            def _record(self, body: Any) -> None:
                with stub._lock:
                    stub.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})

            def do_GET(self) -> None:
                self._record(None)
                if not self._authorised():
                    return
                if self.path == "/v1/models":
                    self._send(stub.models_status, {"object": "list", "data": [{"id": stub.model, "object": "model"}]})
                else:
                    self._send(404, {"error": {"message": "Not Found"}})

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                raw = self.rfile.read(length)
                try:
                    body = json.loads(raw)
                except ValueError:
                    body = raw.decode("utf-8", "replace")
                self._record(body)
                if not self._authorised():
                    return
                if self.path != "/v1/chat/completions":
                    self._send(404, {"error": {"message": "Not Found"}})
                    return
                behaviour = stub._next()
                if behaviour.delay_s:
                    time.sleep(behaviour.delay_s)
                if behaviour.body is not None:
                    self._send(behaviour.status, behaviour.body)
                    return
                self._send(
                    behaviour.status,
                    {
                        "id": "chatcmpl-stub",
                        "object": "chat.completion",
                        "created": int(time.time()),
                        "model": stub.model,
                        "choices": [
                            {
                                "index": 0,
                                "message": {"role": "assistant", "content": behaviour.content},
                                "finish_reason": behaviour.finish_reason,
                            }
                        ],
                        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                    },
                )

        return Handler
