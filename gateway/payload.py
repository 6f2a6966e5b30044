"""What a client sends, checked, and every string in it found for screening.

Nothing unscreened may reach an upstream, so a body is read against what the
gateway knows: an unknown top-level field, message field or content part is
refused (400) rather than forwarded unread. Screened, in this order (chat
contents first and together, as the pre-flight classifies consecutive texts
as one stream): message contents and text parts; message names, refusals and
tool-call (and legacy function-call) arguments; tool definitions and a
response format's JSON schema (every string value except the structural
``type``, ``format``, ``pattern``, ``$ref``, ``$schema``, ``$id`` and a
function's ``name``); ``stop`` and ``user``. For embeddings, every input and
``user``. Property names in a JSON schema are identifiers the model's
answer must match; they are forwarded as they are.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from gateway.errors import GatewayError

Path = tuple[str | int, ...]

MESSAGE_ROLES = frozenset({"system", "developer", "user", "assistant", "tool", "function"})
_MESSAGE_FIELDS = frozenset({"role", "content", "name", "tool_calls", "tool_call_id", "refusal", "function_call"})
# Forwarded as sent: numbers, flags and choices that carry no text of the caller's.
_CHAT_PLAIN = frozenset({
    "model", "stream", "stream_options", "temperature", "top_p", "n", "max_tokens", "max_completion_tokens",
    "presence_penalty", "frequency_penalty", "logit_bias", "seed", "tool_choice", "parallel_tool_calls",
    "logprobs", "top_logprobs", "reasoning_effort", "service_tier",
})  # fmt: skip
_CHAT_SCREENED = frozenset({"messages", "tools", "response_format", "stop", "user"})
_EMBEDDINGS_FIELDS = frozenset({"model", "input", "encoding_format", "dimensions", "user"})
_SCHEMA_STRUCTURAL = frozenset({"type", "format", "pattern", "$ref", "$schema", "$id"})


@dataclass
class Screened:
    """A client's body and the location of each string in it that is screened, in screening order."""

    body: dict[str, Any]
    paths: list[Path] = field(default_factory=list)
    strings: list[str] = field(default_factory=list)

    def add(self, path: Path, value: Any, what: str) -> None:
        if not isinstance(value, str):
            raise GatewayError(400, f"{what} must be a string.", param=_param(path))
        self.paths.append(path)
        self.strings.append(value)

    def with_strings(self, strings: Sequence[str]) -> dict[str, Any]:
        """A copy of the body with each screened string replaced (by its redacted form)."""
        body = copy.deepcopy(self.body)
        for path, value in zip(self.paths, strings, strict=True):
            node: Any = body
            for step in path[:-1]:
                node = node[step]
            node[path[-1]] = value
        return body


def _param(path: Path) -> str:
    return "".join(f"[{step}]" if isinstance(step, int) else (f".{step}" if i else step) for i, step in enumerate(path))


def _unknown(fields: Any, known: frozenset[str], where: str) -> None:
    unknown = sorted(set(fields) - known)
    if unknown:
        raise GatewayError(
            400,
            f"Unknown field{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))} in {where}: the gateway "
            "forwards only what it can screen.",
            param=unknown[0],
            code="unknown_field",
        )


def chat_body(body: Any) -> Screened:
    if not isinstance(body, dict):
        raise GatewayError(400, "Send a JSON object.")
    _unknown(body, _CHAT_PLAIN | _CHAT_SCREENED, "the request")
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise GatewayError(400, "Send 'messages': a non-empty list of chat messages.", param="messages")
    screened = Screened(body)
    later: list[tuple[Path, Any, str]] = []
    for index, message in enumerate(messages):
        where: Path = ("messages", index)
        if not isinstance(message, dict):
            raise GatewayError(400, "Each message is an object.", param=_param(where))
        _unknown(message, _MESSAGE_FIELDS, f"messages[{index}]")
        if message.get("role") not in MESSAGE_ROLES:
            raise GatewayError(400, f"Use one of the roles {', '.join(sorted(MESSAGE_ROLES))}.", param=_param(where))
        _content(screened, message.get("content"), (*where, "content"))
        for name in ("name", "refusal"):
            if message.get(name) is not None:
                later.append(((*where, name), message[name], f"messages[{index}].{name}"))
        calls = message.get("tool_calls")
        if calls is not None:
            if not isinstance(calls, list):
                raise GatewayError(400, "tool_calls is a list.", param=_param((*where, "tool_calls")))
            for call_index, call in enumerate(calls):
                at: Path = (*where, "tool_calls", call_index, "function")
                function = call.get("function") if isinstance(call, dict) else None
                if not isinstance(function, dict):
                    raise GatewayError(400, "A tool call has a function object.", param=_param(at))
                later.append(((*at, "arguments"), function.get("arguments", ""), "Tool-call arguments"))
        legacy = message.get("function_call")
        if isinstance(legacy, dict) and "arguments" in legacy:
            later.append(((*where, "function_call", "arguments"), legacy["arguments"], "Function-call arguments"))
    for path, value, what in later:
        screened.add(path, value, what)
    tools = body.get("tools")
    if tools is not None:
        if not isinstance(tools, list):
            raise GatewayError(400, "tools is a list.", param="tools")
        for index, tool in enumerate(tools):
            function = tool.get("function") if isinstance(tool, dict) else None
            if not isinstance(function, dict):
                raise GatewayError(400, "A tool has a function object.", param=f"tools[{index}]")
            for key, value in function.items():
                if key != "name":
                    _schema_strings(screened, value, ("tools", index, "function", key))
    if body.get("response_format") is not None:
        _schema_strings(screened, body["response_format"], ("response_format",))
    stop = body.get("stop")
    if isinstance(stop, list):
        for index, value in enumerate(stop):
            screened.add(("stop", index), value, "stop")
    elif stop is not None:
        screened.add(("stop",), stop, "stop")
    if body.get("user") is not None:
        screened.add(("user",), body["user"], "user")
    return screened


def _content(screened: Screened, content: Any, path: Path) -> None:
    if content is None or isinstance(content, str):
        if content is not None:
            screened.add(path, content, "content")
        return
    if not isinstance(content, list):
        raise GatewayError(400, "Send the content as a string or as a list of text parts.", param=_param(path))
    for index, part in enumerate(content):
        if not isinstance(part, dict) or part.get("type") != "text" or set(part) != {"type", "text"}:
            kind = part.get("type") if isinstance(part, dict) else None
            raise GatewayError(
                400,
                f"Only text parts can be screened, not {str(kind)[:40]!r}: call an on-prem model directly for other "
                "content.",
                param=_param((*path, index)),
                code="unscreenable_content",
            )
        screened.add((*path, index, "text"), part["text"], "A text part")


def _schema_strings(screened: Screened, node: Any, path: Path) -> None:
    """Every string value of a JSON value except structural keywords; object keys are left alone."""
    if isinstance(node, str):
        screened.add(path, node, "text")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            _schema_strings(screened, item, (*path, index))
    elif isinstance(node, dict):
        for key, value in node.items():
            if not (key in _SCHEMA_STRUCTURAL and isinstance(value, str)):
                _schema_strings(screened, value, (*path, key))


def embeddings_body(body: Any) -> Screened:
    if not isinstance(body, dict):
        raise GatewayError(400, "Send a JSON object.")
    _unknown(body, _EMBEDDINGS_FIELDS, "the request")
    screened = Screened(body)
    value = body.get("input")
    if isinstance(value, str):
        screened.add(("input",), value, "input")
    elif isinstance(value, list) and value and all(isinstance(item, str) for item in value):
        for index, item in enumerate(value):
            screened.add(("input", index), item, "input")
    else:
        raise GatewayError(
            400,
            "Send 'input' as a string or a non-empty list of strings: token arrays cannot be screened.",
            param="input",
            code="unscreenable_content",
        )
    if body.get("user") is not None:
        screened.add(("user",), body["user"], "user")
    return screened
