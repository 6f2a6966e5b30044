"""Putting the caller's own values back where a model's answer repeats a placeholder.

Custos returns, per screened text, which span of the ORIGINAL text each
placeholder replaced (never the values). The caller holds its texts, so it can
build the map ``placeholder -> value`` for one call, and for that call only.

Placeholders are numbered per text today: two messages can each have a
``<PERSON_1>`` for different people. A placeholder that stands for two
different values in one call is ambiguous, and is left as the model wrote it
rather than guessed. A placeholder this call did not issue is never touched.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from custos_client._errors import Unavailable
from custos_client._types import Redaction

# Anything shaped like a placeholder; only those in the call's map are replaced.
_PLACEHOLDER = re.compile(r"<[A-Z][A-Z0-9_]*_[0-9]+>")


def screened_texts(*, input: str | None = None, messages: Sequence[Mapping[str, Any]] | None = None) -> list[str]:
    """The texts Custos screens, in its order: the input; or each message's content (each text part of a
    list), then the ``name`` of each message that has one. ``redactions`` has one entry per text."""
    if input is not None:
        return [input]
    texts: list[str] = []
    for message in messages or ():
        content = message["content"]
        texts.extend([content] if isinstance(content, str) else [part["text"] for part in content])
    texts.extend(str(message["name"]) for message in messages or () if "name" in message)
    return texts


def _normalise(value: str) -> str:
    # The server numbers "John Smith" and "john  smith" as one person; so does the map.
    return " ".join(value.split()).casefold()


class Restorer:
    """The placeholder -> original value map of ONE call, and restoring text with it."""

    def __init__(self, values: Mapping[str, str]) -> None:
        self.values = dict(values)
        self.restored = 0  # how many placeholders were put back so far

    @classmethod
    def from_redactions(cls, texts: Sequence[str], redactions: Sequence[Sequence[Redaction]]) -> Restorer:
        """The map from the caller's original ``texts`` and the decision's ``redactions`` (same order)."""
        if len(texts) != len(redactions):
            raise Unavailable(
                f"Custos described {len(redactions)} redacted texts; this call sent {len(texts)}. Send nothing.",
                code="invalid_response",
            )
        values: dict[str, str] = {}
        seen: dict[str, str] = {}
        ambiguous: set[str] = set()
        for text, spans in zip(texts, redactions, strict=True):
            for span in spans:
                if not 0 <= span.start < span.end <= len(text):
                    raise Unavailable(
                        f"Custos described a redaction outside the text it was sent ({span.placeholder}).",
                        code="invalid_response",
                    )
                value = text[span.start : span.end]
                key = _normalise(value)
                if span.placeholder in seen and seen[span.placeholder] != key:
                    ambiguous.add(span.placeholder)
                seen.setdefault(span.placeholder, key)
                values.setdefault(span.placeholder, value)
        return cls({p: v for p, v in values.items() if p not in ambiguous})

    def restore(self, text: str) -> str:
        """``text`` with every placeholder of this call replaced by its value; anything else as it was."""
        if not self.values:
            return text

        def value_of(match: re.Match[str]) -> str:
            value = self.values.get(match.group(0))
            if value is None:
                return match.group(0)
            self.restored += 1
            return value

        return _PLACEHOLDER.sub(value_of, text)

    def stream(self) -> StreamRestorer:
        """A restorer for one stream of text pieces (one choice of a streamed answer)."""
        return StreamRestorer(self)


class StreamRestorer:
    """Restores text that arrives in pieces, where a placeholder may be split across pieces.

    Holds back only a tail that could still become one of this call's
    placeholders (``"<PER"`` when ``<PERSON_1>`` was issued); everything else
    goes out at once. ``flush()`` returns what is held when the stream ends.
    """

    def __init__(self, restorer: Restorer) -> None:
        self._restorer = restorer
        self._held = ""

    def feed(self, piece: str) -> str:
        text = self._held + piece
        # A placeholder holds exactly one "<", so only the last one can start an unfinished placeholder.
        cut = text.rfind("<")
        if cut >= 0 and self._could_become_placeholder(text[cut:]):
            self._held = text[cut:]
            return self._restorer.restore(text[:cut])
        self._held = ""
        return self._restorer.restore(text)

    def flush(self) -> str:
        held, self._held = self._held, ""
        return held  # an unfinished placeholder is not one: it goes out as the model wrote it

    def _could_become_placeholder(self, tail: str) -> bool:
        return any(placeholder.startswith(tail) and placeholder != tail for placeholder in self._restorer.values)
