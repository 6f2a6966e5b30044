"""Putting the caller's own values back where the upstream answer uses the placeholders this request issued.

Only placeholders this request issued are restored: one the model makes up,
or copies from text that already spelled it, is left as it is (the
redaction never issues a placeholder the request's texts already spell, see
``classifier.redaction.redact_request``). Values put into tool-call
arguments, which are JSON text, are JSON-escaped so the arguments stay JSON.

Streams are restored as they pass: a stream restorer holds back only the end
of what it has seen that could still become an issued placeholder (at most
the longest placeholder's length less one character) and lets everything
before it through at once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from classifier.redaction import Replacement


def placeholder_values(texts: Sequence[str], replacements: Sequence[Sequence[Replacement]] | None) -> dict[str, str]:
    """``{"<PERSON_1>": "John Smith", ...}`` from the request's own texts and where each placeholder went."""
    values: dict[str, str] = {}
    for text, spans in zip(texts, replacements or [], strict=False):
        for span in spans:
            values.setdefault(f"<{span.placeholder}>", text[span.start : span.end])
    return values


class Restorer:
    """Restores one request's placeholders and counts how many it put back."""

    def __init__(self, values: Mapping[str, str]):
        self.values = dict(values)
        self.json_values = {placeholder: json.dumps(value)[1:-1] for placeholder, value in self.values.items()}
        self.count = 0
        ordered = sorted(self.values, key=len, reverse=True)
        self._pattern = re.compile("|".join(map(re.escape, ordered))) if ordered else None
        # Every proper prefix of an issued placeholder: what a stream may have to wait on.
        self.prefixes = frozenset(p[:i] for p in self.values for i in range(1, len(p)))
        self.longest = max(map(len, self.values), default=0)

    def restore(self, text: str, *, json_string: bool = False) -> str:
        if self._pattern is None or "<" not in text:
            return text
        table = self.json_values if json_string else self.values

        def put_back(match: re.Match[str]) -> str:
            self.count += 1
            return table[match.group(0)]

        return self._pattern.sub(put_back, text)

    def restore_completion(self, body: Any) -> None:
        """Restore a chat completion's messages in place: content, refusal and tool-call arguments."""
        if self._pattern is None or not isinstance(body, dict):
            return
        for choice in body.get("choices") or []:
            if isinstance(choice, dict) and isinstance(choice.get("message"), dict):
                self._restore_message(choice["message"])

    def _restore_message(self, message: dict[str, Any]) -> None:
        for name in ("content", "refusal"):
            if isinstance(message.get(name), str):
                message[name] = self.restore(message[name])
        calls = message.get("tool_calls")
        for function in [c.get("function") for c in calls if isinstance(c, dict)] if isinstance(calls, list) else []:
            if isinstance(function, dict) and isinstance(function.get("arguments"), str):
                function["arguments"] = self.restore(function["arguments"], json_string=True)
        legacy = message.get("function_call")
        if isinstance(legacy, dict) and isinstance(legacy.get("arguments"), str):
            legacy["arguments"] = self.restore(legacy["arguments"], json_string=True)

    def stream(self, *, json_string: bool = False) -> StreamRestorer:
        return StreamRestorer(self, json_string=json_string)


class StreamRestorer:
    """One text arriving in pieces (a choice's content, a tool call's arguments)."""

    def __init__(self, restorer: Restorer, *, json_string: bool):
        self.restorer = restorer
        self.json_string = json_string
        self.held = ""

    def feed(self, piece: str) -> str:
        """What may go out now: the restored text so far, less a tail that could still become a placeholder."""
        text = self.held + piece
        self.held = ""
        cut = text.rfind("<")
        if cut != -1 and text[cut:] in self.restorer.prefixes:
            text, self.held = text[:cut], text[cut:]
        return self.restorer.restore(text, json_string=self.json_string)

    def flush(self) -> str:
        """The held tail, when the text has ended: it did not become a placeholder, so it goes out as it is."""
        text, self.held = self.held, ""
        return text
