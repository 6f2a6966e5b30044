"""Restoring placeholders in answers and in streams: only what this request issued, holding back little."""

from __future__ import annotations

import json

from classifier.redaction import Replacement
from gateway.restore import Restorer, placeholder_values
from gateway.sse import StreamRelay

VALUES = {"<PERSON_1>": "Maria Schmidt", "<PERSON_12>": "Peter Novak", "<EMAIL_ADDRESS_1>": "maria@example.com"}


def test_values_come_from_the_callers_texts_at_the_replacement_offsets() -> None:
    texts = ["Ask Maria Schmidt.", "Mail maria@example.com, Maria Schmidt"]
    replacements = [
        (Replacement(4, 17, "PERSON_1"),),
        (Replacement(5, 22, "EMAIL_ADDRESS_1"), Replacement(24, 37, "PERSON_1")),
    ]
    assert placeholder_values(texts, replacements) == {
        "<PERSON_1>": "Maria Schmidt",
        "<EMAIL_ADDRESS_1>": "maria@example.com",
    }


def test_only_issued_placeholders_are_restored_and_counted() -> None:
    restorer = Restorer(VALUES)
    assert (
        restorer.restore("<PERSON_1> met <PERSON_2> and <PERSON_12>.")
        == "Maria Schmidt met <PERSON_2> and Peter Novak."
    )
    assert restorer.count == 2


def test_values_restored_into_json_arguments_stay_json() -> None:
    restorer = Restorer({"<PERSON_1>": 'Maria "Mia" Schmidt'})
    arguments = restorer.restore('{"name": "<PERSON_1>"}', json_string=True)
    assert json.loads(arguments) == {"name": 'Maria "Mia" Schmidt'}


def test_a_stream_holds_back_only_a_possible_placeholder_start() -> None:
    stream = Restorer(VALUES).stream()
    assert stream.feed("Hello <PER") == "Hello "  # could become <PERSON_1>
    assert stream.held == "<PER"
    assert stream.feed("SON_1") == ""
    assert stream.feed("> and <PERSON_1") == "Maria Schmidt and "  # <PERSON_1 could still become <PERSON_12>
    assert stream.feed("2>!") == "Peter Novak!"
    assert stream.feed("a < b, <b>bold</b>") == "a < b, <b>bold</b>"  # nothing a placeholder starts like
    assert stream.feed(" <PERSON_3") == " <PERSON_3"  # not issued: not held
    assert stream.feed(" <EMAIL") == " " and stream.flush() == "<EMAIL"


def test_the_hold_back_is_bounded_by_the_longest_placeholder() -> None:
    restorer = Restorer(VALUES)
    stream = restorer.stream()
    for character in "<EMAIL_ADDRESS_1":
        stream.feed(character)
        assert len(stream.held) < restorer.longest


def _sse(*deltas: str, finish: bool = True) -> list[bytes]:
    def chunk(delta: dict, reason: str | None = None) -> bytes:
        body = {
            "id": "c",
            "object": "chat.completion.chunk",
            "model": "m",
            "choices": [{"index": 0, "delta": delta, "finish_reason": reason}],
        }
        return f"data: {json.dumps(body)}\n\n".encode()

    events = [chunk({"content": d}) for d in deltas]
    if finish:
        events.append(chunk({}, "stop"))
    return [*events, b"data: [DONE]\n\n"]


def _content(raw: bytes) -> str:
    text = ""
    for event in raw.decode().split("\n\n"):
        if event.startswith("data: {"):
            for choice in json.loads(event[6:])["choices"]:
                text += choice["delta"].get("content") or ""
    return text


def test_relay_restores_placeholders_split_across_events_and_byte_boundaries() -> None:
    relay = StreamRelay(Restorer(VALUES))
    raw = b"".join(_sse("Dear <PE", "RSON_1>, write to <EMA", "IL_ADDRESS_1", ">."))
    out = b""
    for i in range(0, len(raw), 5):  # the events themselves arrive in 5-byte pieces
        out += relay.feed(raw[i : i + 5])
    out += relay.close()
    assert _content(out) == "Dear Maria Schmidt, write to maria@example.com."
    assert out.endswith(b"data: [DONE]\n\n") and relay.done and relay.finish_reasons == {0: "stop"}


def test_relay_flushes_a_held_tail_before_done_when_no_finish_reason_came() -> None:
    relay = StreamRelay(Restorer(VALUES))
    out = b"".join(relay.feed(event) for event in _sse("ends with <PERS", finish=False))
    assert _content(out) == "ends with <PERS"
    assert out.index(b"<PERS") < out.index(b"[DONE]")


def test_relay_passes_events_through_unchanged_when_nothing_was_redacted() -> None:
    relay = StreamRelay(Restorer({}))
    raw = b"".join(_sse("<PERSON_1> stays")) + b": keep-alive comment\n\n"
    assert relay.feed(raw) == raw
