"""Relaying an upstream's Server-Sent Events chunk by chunk, restoring placeholders across chunk boundaries.

Each event is passed on as soon as it is complete. Without placeholders to
restore an event goes out as the upstream wrote it; with them, its chunk is
rewritten with the restored text, less the tail of a piece that could still
be the start of a placeholder (``gateway.restore.StreamRestorer``), which
goes out with the next piece of that text, or at the latest with the
choice's finish reason, ``[DONE]`` or the end of the stream. ``[DONE]``,
usage chunks, comments and unparsable events pass through unchanged. What the
stream said about itself (usage, finish reasons) is kept for the audit event.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from typing import Any

from gateway.restore import Restorer, StreamRestorer

FINISH_REASONS = frozenset({"stop", "length", "tool_calls", "content_filter", "function_call"})


class StreamRelay:
    """Feed it the upstream's bytes; it returns the bytes to send on."""

    def __init__(self, restorer: Restorer):
        self.restorer = restorer
        self.rewrite = bool(restorer.values)
        self.buffer = ""
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._texts: dict[tuple[int, str, int], StreamRestorer] = {}
        self._last: dict[str, Any] = {}
        self.usage: dict[str, Any] | None = None
        self.finish_reasons: dict[int, str] = {}
        self.done = False

    def feed(self, data: bytes) -> bytes:
        self.buffer = (self.buffer + self._decoder.decode(data)).replace("\r\n", "\n")
        out: list[str] = []
        while "\n\n" in self.buffer:
            event, self.buffer = self.buffer.split("\n\n", 1)
            out.extend(self._event(event))
        return "".join(out).encode("utf-8")

    def close(self) -> bytes:
        """At the end of the upstream's stream: what is still held goes out (as a last chunk of its own)."""
        out = list(self._event(self.buffer)) if self.buffer.strip() else []
        self.buffer = ""
        leftover = self._leftover_chunk()
        if leftover is not None:
            out.append(_data(leftover))
        return "".join(out).encode("utf-8")

    def _event(self, event: str) -> Iterator[str]:
        lines = event.split("\n")
        data_lines = [line[5:].removeprefix(" ") for line in lines if line.startswith("data:")]
        if not data_lines:
            yield event + "\n\n"
            return
        data = "\n".join(data_lines)
        if data.strip() == "[DONE]":
            self.done = True
            leftover = self._leftover_chunk()
            if leftover is not None:
                yield _data(leftover)
            yield event + "\n\n"
            return
        try:
            chunk = json.loads(data)
        except ValueError:
            yield event + "\n\n"
            return
        if not isinstance(chunk, dict):
            yield event + "\n\n"
            return
        self._note(chunk)
        if not self.rewrite:
            yield event + "\n\n"
            return
        self._restore(chunk)
        kept = [line for line in lines if not line.startswith("data:")]
        yield "".join(f"{line}\n" for line in kept) + _data(chunk)

    def _note(self, chunk: dict[str, Any]) -> None:
        self._last = {key: chunk[key] for key in ("id", "object", "created", "model") if key in chunk}
        if isinstance(chunk.get("usage"), dict):
            self.usage = chunk["usage"]
        for choice in chunk.get("choices") or []:
            if isinstance(choice, dict) and choice.get("finish_reason"):
                reason = choice["finish_reason"]
                self.finish_reasons[_index(choice)] = reason if reason in FINISH_REASONS else "other"

    def _text(self, key: tuple[int, str, int]) -> StreamRestorer:
        if key not in self._texts:
            self._texts[key] = self.restorer.stream(json_string=key[1] == "arguments")
        return self._texts[key]

    def _restore(self, chunk: dict[str, Any]) -> None:
        for choice in chunk.get("choices") or []:
            if not isinstance(choice, dict) or not isinstance(choice.get("delta"), dict):
                continue
            index, delta = _index(choice), choice["delta"]
            if isinstance(delta.get("content"), str):
                delta["content"] = self._text((index, "content", 0)).feed(delta["content"])
            for call in delta.get("tool_calls") or []:
                function = call.get("function") if isinstance(call, dict) else None
                if isinstance(function, dict) and isinstance(function.get("arguments"), str):
                    key = (index, "arguments", int(call.get("index") or 0))
                    function["arguments"] = self._text(key).feed(function["arguments"])
            if choice.get("finish_reason"):
                self._flush_into(index, delta)

    def _flush_into(self, index: int, delta: dict[str, Any]) -> bool:
        """Append what is held for choice ``index`` to ``delta``; whether anything was."""
        flushed = False
        for (choice, kind, call), text in sorted(self._texts.items()):
            if choice != index:
                continue
            held = text.flush()
            if not held:
                continue
            flushed = True
            if kind == "content":
                delta["content"] = (delta.get("content") or "") + held
            else:
                calls = delta.setdefault("tool_calls", [])
                entry = next((c for c in calls if isinstance(c, dict) and int(c.get("index") or 0) == call), None)
                if entry is None:
                    calls.append({"index": call, "function": {"arguments": held}})
                else:
                    function = entry.setdefault("function", {})
                    function["arguments"] = (function.get("arguments") or "") + held
        return flushed

    def _leftover_chunk(self) -> dict[str, Any] | None:
        choices = []
        for index in sorted({choice for choice, _, _ in self._texts}):
            delta: dict[str, Any] = {}
            if self._flush_into(index, delta):
                choices.append({"index": index, "delta": delta, "finish_reason": None})
        if not choices:
            return None
        return {**self._last, "object": "chat.completion.chunk", "choices": choices}


def _index(choice: dict[str, Any]) -> int:
    index = choice.get("index", 0)
    return index if isinstance(index, int) else 0


def _data(chunk: dict[str, Any]) -> str:
    return f"data: {json.dumps(chunk, ensure_ascii=False, separators=(',', ':'))}\n\n"
