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

import json
import time
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from typing import Any

from tests.openai_protocol import LoopbackServer, OpenAIProtocolHandler, chat_completion

PUBLIC_EMPTY = {"categories": [], "level": "PUBLIC", "rationale": "Nothing sensitive.", "evidence": []}


@dataclass
class Behaviour:
    """One scripted reply to a chat completion request."""

    status: int = 200
    content: str | None = None  # the message content (for 200)
    body: Any = None  # a whole response body instead (for errors or broken completions)
    delay_s: float = 0.0
    finish_reason: str = "stop"


class VLLMStub(LoopbackServer):
    """The server and its script; use as a context manager."""

    def __init__(self, *, model: str = "stub/model-7b", api_key: str = "") -> None:
        super().__init__(thread_name="vllm-stub")
        self.model = model
        self.api_key = api_key
        self.default: Any = PUBLIC_EMPTY
        self.models_status = 200
        self.requests: list[dict[str, Any]] = []
        self._script: deque[Behaviour] = deque()

    @property
    def url(self) -> str:
        return self.origin

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

        class Handler(OpenAIProtocolHandler):
            def _authorised(self) -> bool:
                if not stub.api_key:
                    return True
                if self.headers.get("Authorization") == f"Bearer {stub.api_key}":
                    return True
                self.send_json(401, {"error": {"message": "Unauthorized", "code": 401}})
                return False

            def _record(self, body: Any) -> None:
                with stub._lock:
                    stub.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})

            def do_GET(self) -> None:
                self._record(None)
                if not self._authorised():
                    return
                if self.path == "/v1/models":
                    self.send_json(
                        stub.models_status, {"object": "list", "data": [{"id": stub.model, "object": "model"}]}
                    )
                else:
                    self.send_json(404, {"error": {"message": "Not Found"}})

            def do_POST(self) -> None:
                body = self.read_body()
                self._record(body)
                if not self._authorised():
                    return
                if self.path != "/v1/chat/completions":
                    self.send_json(404, {"error": {"message": "Not Found"}})
                    return
                behaviour = stub._next()
                if behaviour.delay_s:
                    time.sleep(behaviour.delay_s)
                if behaviour.body is not None:
                    self.send_json(behaviour.status, behaviour.body)
                    return
                completion = chat_completion(
                    completion_id="chatcmpl-stub",
                    model=stub.model,
                    content=behaviour.content,
                    finish_reason=behaviour.finish_reason,
                    usage={"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                )
                self.send_json(behaviour.status, completion)

        return Handler
