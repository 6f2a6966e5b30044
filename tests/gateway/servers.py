"""Real HTTP servers on loopback for the gateway tests: uvicorn in a thread, and an OpenAI-protocol upstream.

The upstream speaks the OpenAI chat-completions and embeddings protocol over
HTTP (JSON, and Server-Sent Events when asked to stream). By default it
echoes: its answer is ``"Echo: "`` and the last message's content as it
received it, streamed in pieces of ``piece_size`` characters, so a
placeholder it received is split across chunks. Tests change what it does
through its attributes, and read what it received (``requests``) and
whether a caller went away mid-stream (``disconnected``).
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import uvicorn

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


@contextmanager
def serve(app: Any) -> Iterator[str]:
    """Serve an ASGI app with uvicorn on a free loopback port in a thread; yield its base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(app, log_level="warning", lifespan="off", timeout_graceful_shutdown=2, access_log=False)
    )
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


@dataclass
class Upstream:
    """A scripted OpenAI-compatible upstream (ASGI app)."""

    url: str = ""
    requests: list[Received] = field(default_factory=list)
    # What the next answers are: None to echo, else the text to answer with.
    answer: str | None = None
    piece_size: int = 3
    piece_delay_s: float = 0.0
    delay_s: float = 0.0  # before the response starts
    status: int = 200
    error_headers: dict[str, str] = field(default_factory=dict)
    tool_call_arguments: str | None = None
    disconnected: threading.Event = field(default_factory=threading.Event)
    streams_started: int = 0
    chunks_sent: int = 0
    # When set, every chat request is held until this many have arrived (all in flight at once), at most 60 s.
    gate: int | None = None
    arrived: int = 0
    _gate_open: asyncio.Event | None = None

    @property
    def base_url(self) -> str:
        return f"{self.url}/v1"

    def chat_bodies(self) -> list[dict[str, Any]]:
        return [r.body for r in self.requests if r.path.endswith("/chat/completions")]

    def reply_text(self, body: dict[str, Any]) -> str:
        if self.answer is not None:
            return self.answer
        content = body["messages"][-1]["content"]
        if isinstance(content, list):
            content = "".join(part["text"] for part in content)
        return f"Echo: {content}"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        raw = b""
        while True:
            message = await receive()
            raw += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        body = json.loads(raw) if raw else {}
        self.requests.append(Received(scope["path"], headers, body))
        if self.gate is not None:
            self.arrived += 1
            self._gate_open = self._gate_open or asyncio.Event()
            if self.arrived >= self.gate:
                self._gate_open.set()
            try:
                await asyncio.wait_for(self._gate_open.wait(), 60)
            except TimeoutError:
                await _json(send, 504, {"error": {"message": f"only {self.arrived} of {self.gate} arrived"}})
                return
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        if self.status != 200:
            error = {
                "error": {"message": f"upstream says {self.status}", "type": "server_error", "code": "upstream_code"}
            }
            await _json(send, self.status, error, self.error_headers)
            return
        if scope["path"].endswith("/embeddings"):
            inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
            data = [
                {"object": "embedding", "index": i, "embedding": [float(len(t)), 0.5]} for i, t in enumerate(inputs)
            ]
            await _json(
                send,
                200,
                {
                    "object": "list",
                    "data": data,
                    "model": body["model"],
                    "usage": {"prompt_tokens": 3, "total_tokens": 3},
                },
            )
            return
        text = self.reply_text(body)
        if body.get("stream"):
            await self._stream(body, text, receive, send)
            return
        reply: dict[str, Any] = {"role": "assistant", "content": text}
        if self.tool_call_arguments is not None:
            reply["tool_calls"] = [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "lookup", "arguments": self.tool_call_arguments},
                }
            ]
        await _json(
            send,
            200,
            {
                "id": "chatcmpl-test",
                "object": "chat.completion",
                "created": 1700000000,
                "model": body["model"],
                "choices": [{"index": 0, "message": reply, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18},
            },
        )

    async def _stream(self, body: dict[str, Any], text: str, receive: Receive, send: Send) -> None:
        self.streams_started += 1
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/event-stream")]})

        def chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
            data = {
                "id": "chatcmpl-test",
                "object": "chat.completion.chunk",
                "created": 1700000000,
                "model": body["model"],
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
            }
            return f"data: {json.dumps(data)}\n\n".encode()

        events = [chunk({"role": "assistant", "content": ""})]
        events += [chunk({"content": text[i : i + self.piece_size]}) for i in range(0, len(text), self.piece_size)]
        events.append(chunk({}, "stop"))
        if (body.get("stream_options") or {}).get("include_usage"):
            usage = {
                "id": "chatcmpl-test",
                "object": "chat.completion.chunk",
                "created": 1700000000,
                "model": body["model"],
                "choices": [],
                "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18},
            }
            events.append(f"data: {json.dumps(usage)}\n\n".encode())
        events.append(b"data: [DONE]\n\n")
        watcher = asyncio.create_task(_wait_disconnect(receive, self.disconnected))
        try:
            for event in events:
                if self.disconnected.is_set():
                    return
                await send({"type": "http.response.body", "body": event, "more_body": True})
                self.chunks_sent += 1
                if self.piece_delay_s:
                    await asyncio.sleep(self.piece_delay_s)
            await send({"type": "http.response.body", "body": b""})
        except OSError:
            self.disconnected.set()
        finally:
            watcher.cancel()


async def _wait_disconnect(receive: Receive, flag: threading.Event) -> None:
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            flag.set()
            return


async def _json(send: Send, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
    raw = json.dumps(body).encode()
    extra = [(k.encode(), v.encode()) for k, v in (headers or {}).items()]
    await send(
        {"type": "http.response.start", "status": status, "headers": [(b"content-type", b"application/json"), *extra]}
    )
    await send({"type": "http.response.body", "body": raw})
