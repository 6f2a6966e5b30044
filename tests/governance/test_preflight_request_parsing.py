"""The pre-flight's fast request check accepts only what the serializer accepts, with the same result."""

from __future__ import annotations

import itertools
import random
from typing import Any

from django.test import override_settings

from governance.api.preflight import PreflightInputSerializer, _validated_request, plain_request

WELL_FORMED: list[dict[str, Any]] = [
    {"workload": "support-summarizer", "destination": "eu-api", "input": "Summarise the roadmap."},
    {"workload": "w_1", "destination": "D-2", "input": "", "request_id": "req-42"},
    {"workload": "w", "destination": "d", "messages": [{"role": "user", "content": "hi"}]},
    {
        "workload": "w",
        "destination": "d",
        "messages": [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": " padded \n", "name": "alice"},
            {"role": "assistant", "content": ""},
        ],
        "request_id": "r" * 128,
    },
]

# Values a field may take in the random requests: good ones and each way DRF would refuse or change them.
ODD_VALUES: list[Any] = [
    "ok",
    "",
    " ",
    " padded",
    "trailing\n",
    "x" * 64,
    "x" * 65,
    "x" * 128,
    "x" * 129,
    "with space",
    "slug/with/slash",
    "ünïcode",
    "nul\x00inside",
    "surrogate\ud800",
    "user",
    "wizard",
    42,
    4.5,
    True,
    None,
    [],
    {},
    [{"role": "user", "content": "hi"}],
    [{"role": "user", "content": "hi", "name": " bob "}],
    [{"role": "user", "content": 7}],
    [{"role": "user"}],
    [{"role": "user", "content": "hi", "extra": 1}],
    [{"role": "tool", "content": "hi"}] * 3,
    [{"role": "user", "content": [{"type": "text", "text": "hi"}]}],
    ["not a message"],
]
FIELDS = ["workload", "destination", "input", "messages", "request_id", "temperature"]


def _serializer_result(data: Any) -> Any:
    serializer = PreflightInputSerializer(data=data)
    if not serializer.is_valid():
        return None
    return _validated_request(data)


def test_well_formed_requests_take_the_fast_path_with_the_serializers_result() -> None:
    for data in WELL_FORMED:
        fast = plain_request(data)
        assert fast is not None, data
        assert fast == _serializer_result(data)


def test_fast_path_never_accepts_what_the_serializer_refuses_or_changes() -> None:
    rng = random.Random(4)
    cases: list[Any] = [None, [], "text", 42, {}]
    for base, field, value in itertools.product(WELL_FORMED, FIELDS, ODD_VALUES):
        cases.append({**base, field: value})
    for _ in range(3000):
        data = {field: rng.choice(ODD_VALUES) for field in rng.sample(FIELDS, rng.randint(1, 5))}
        cases.append(data)
    fast_accepted = 0
    for data in cases:
        fast = plain_request(data)
        if fast is not None:
            fast_accepted += 1
            assert fast == _serializer_result(data), data
    assert fast_accepted > 50  # the comparison really covered accepted requests


@override_settings(CUSTOS_PREFLIGHT_MAX_MESSAGES=2)
def test_too_many_messages_go_to_the_serializer_and_its_error() -> None:
    data = {"workload": "w", "destination": "d", "messages": [{"role": "user", "content": "a"}] * 3}
    assert plain_request(data) is None
    assert _serializer_result(data) is None


def test_text_parts_take_the_serializer_and_come_back_in_their_shape() -> None:
    data = {
        "workload": "w",
        "destination": "d",
        "messages": [
            {"role": "user", "content": [{"type": "text", "text": "one"}, {"type": "text", "text": "two"}]},
            {"role": "assistant", "content": "three"},
        ],
    }
    assert plain_request(data) is None
    request = _validated_request(data)
    assert request.texts == ["one", "two", "three"]
    assert request.with_texts(["1", "2", "3"]) == [
        {"role": "user", "content": [{"type": "text", "text": "1"}, {"type": "text", "text": "2"}]},
        {"role": "assistant", "content": "3"},
    ]
