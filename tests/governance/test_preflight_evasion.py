"""Disguised personal data, IBANs, cards and keys sent to a destination with no transfer basis.

Each class of evasion from issue 11 at the API: the pre-flight must not allow it, and where it
redacts, none of the value's original characters may survive in the redacted payload.
"""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from audit.models import AuditEvent
from classifier.normalise import normalise
from tests.world import World

EMAIL = "maria.schmidt@example.com"
IBAN = "DE89 3704 0044 0532 0130 00"
CARD = "4111 1111 1111 1111"
AWS_KEY = "AKIAIOSFODNN7EXAMPLE"
GITHUB_TOKEN = "ghp_abcdefghijklmnopqrstuvwxyz0123456789"


def _redacted_strings(body: dict[str, Any]) -> list[str]:
    """Every string of the redacted payload: the input, or each message's content, parts and name."""
    if "redacted_input" in body:
        return [body["redacted_input"]]
    strings: list[str] = []
    for message in body["redacted_messages"]:
        content = message["content"]
        strings += [content] if isinstance(content, str) else [part["text"] for part in content]
        strings += [message["name"]] if "name" in message else []
    return strings


def _assert_not_allowed_and_gone(body: dict[str, Any], *values: str) -> None:
    """Not allowed; when redacted, neither the disguised value nor what it reads as is left anywhere."""
    assert body["decision"] in {"redact", "deny"}, body
    if body["decision"] == "redact":
        for text in _redacted_strings(body):
            for value in values:
                assert value not in text, (value, text)
                assert value not in normalise(text).text, (value, text)


def _sent(world: World, text: str) -> dict[str, Any]:
    response = world.preflight(destination="us-none", input=f"Please update the record: {text}. Thanks!")
    assert response.status_code == 200, response.content
    return response.json()


@pytest.mark.parametrize(
    ("disguised", "plain"),
    [
        ("maria.\u200bschmidt@exam\u00adple.com", EMAIL),
        ("DE89 37\u200b04 0044 05\u00ad32 0130 0\u20600", IBAN),
        ("41\u200b11 1111 11\u00ad11 1111", CARD),
        ("AKIA\u200bIOSFODNN7\u00adEXAMPLE", AWS_KEY),
    ],
    ids=["email", "iban", "card", "key"],
)
def test_zero_width_characters_and_soft_hyphens(world: World, disguised: str, plain: str) -> None:
    body = _sent(world, disguised)
    _assert_not_allowed_and_gone(body, disguised, plain)
    if plain == AWS_KEY:
        assert body["decision"] == "deny"


def test_full_width_characters(world: World) -> None:
    disguised = "ｍａｒｉａ．ｓｃｈｍｉｄｔ＠ｅｘａｍｐｌｅ．ｃｏｍ"
    body = _sent(world, disguised)
    assert body["decision"] == "redact"
    _assert_not_allowed_and_gone(body, disguised, EMAIL)


def test_full_width_card_digits(world: World) -> None:
    disguised = "４１１１ １１１１ １１１１ １１１１"
    _assert_not_allowed_and_gone(_sent(world, disguised), disguised, CARD)


def test_right_to_left_override(world: World) -> None:
    disguised = "\u202e" + EMAIL[::-1] + "\u202c"
    body = _sent(world, disguised)
    assert body["decision"] == "redact"
    _assert_not_allowed_and_gone(body, disguised, EMAIL[::-1], EMAIL)


def test_percent_encoding(world: World) -> None:
    disguised = "maria.schmidt%40example.com"
    body = _sent(world, disguised)
    assert body["decision"] == "redact"
    _assert_not_allowed_and_gone(body, disguised, EMAIL)


def test_html_entities(world: World) -> None:
    disguised = "maria.schmidt&#64;example&#x2E;com"
    body = _sent(world, disguised)
    assert body["decision"] == "redact"
    _assert_not_allowed_and_gone(body, disguised, EMAIL)


@pytest.mark.parametrize(
    "disguised",
    [
        "maria dot schmidt at example dot com",
        "maria.schmidt[at]example[dot]com",
        "maria.schmidt (at) example (dot) com",
        "maria.schmidt AT example DOT com",
    ],
)
def test_at_and_dot_spelled_out(world: World, disguised: str) -> None:
    body = _sent(world, disguised)
    assert body["decision"] == "redact"
    _assert_not_allowed_and_gone(body, disguised, EMAIL, "maria", "schmidt")


def test_reversed_address(world: World) -> None:
    disguised = EMAIL[::-1]
    body = _sent(world, disguised)
    assert body["decision"] == "redact"
    _assert_not_allowed_and_gone(body, disguised, EMAIL)


def test_base64_of_personal_data(world: World) -> None:
    disguised = base64.b64encode(f"Maria Schmidt, {EMAIL}, IBAN {IBAN}".encode()).decode()
    body = _sent(world, disguised)
    assert body["decision"] == "redact"
    _assert_not_allowed_and_gone(body, disguised, EMAIL, IBAN)


def test_homoglyphs_inside_an_address(world: World) -> None:
    disguised = "m\u0430ria.schmidt@ex\u0430mple.\u0441om"  # Cyrillic а and с
    body = _sent(world, disguised)
    assert body["decision"] == "redact"
    _assert_not_allowed_and_gone(body, disguised, EMAIL)


@pytest.mark.parametrize(
    ("head", "tail", "plain"),
    [
        ("My address is maria.schmidt@exa", "mple.com, please write.", EMAIL),
        ("Pay to DE89 3704 0044", " 0532 0130 00 by Friday.", IBAN),
        ("Use the token ghp_abcdefghijklmnop", "qrstuvwxyz0123456789 for the deploy.", GITHUB_TOKEN),
    ],
    ids=["email", "iban", "key"],
)
def test_value_split_across_two_messages(world: World, head: str, tail: str, plain: str) -> None:
    messages = [{"role": "user", "content": head}, {"role": "user", "content": tail}]
    body = world.preflight(destination="us-none", messages=messages).json()
    _assert_not_allowed_and_gone(body, plain)
    if plain == GITHUB_TOKEN:
        assert body["decision"] == "deny"
    else:
        assert body["decision"] == "redact"
        first, second = _redacted_strings(body)
        head_part = head.rsplit(" ", 1)[-1] if plain == EMAIL else "DE89 3704 0044"
        tail_part = tail.split(",")[0] if plain == EMAIL else "0532 0130 00"
        assert head_part not in first and tail_part not in second, (first, second)


@pytest.mark.parametrize(
    ("head", "tail", "plain"),
    [
        ("Contact: maria.schm", "idt@example.com", EMAIL),
        ("IBAN: DE89 3704 0044 05", "32 0130 00", IBAN),
        ("key ghp_abcdefghijklmnopqrstuvwx", "yz0123456789", GITHUB_TOKEN),
    ],
    ids=["email", "iban", "key"],
)
def test_value_split_across_two_text_parts(world: World, head: str, tail: str, plain: str) -> None:
    messages = [{"role": "user", "content": [{"type": "text", "text": head}, {"type": "text", "text": tail}]}]
    body = world.preflight(destination="us-none", messages=messages).json()
    _assert_not_allowed_and_gone(body, plain)
    if plain == GITHUB_TOKEN:
        assert body["decision"] == "deny"
    else:
        assert body["decision"] == "redact"
        first, second = _redacted_strings(body)
        assert head.split(" ")[-1] not in first and tail not in second, (first, second)


@pytest.mark.parametrize(
    "disguised",
    ["DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000", "DE89\u202f3704\u202f0044\u202f0532\u202f0130\u202f00"],
    ids=["no-break-space", "narrow-no-break-space"],
)
def test_iban_with_no_break_spaces(world: World, disguised: str) -> None:
    body = _sent(world, disguised)
    assert body["decision"] == "redact"
    _assert_not_allowed_and_gone(body, disguised, IBAN, "3704")


def test_iban_with_dashes(world: World) -> None:
    disguised = "DE89-3704-0044-0532-0130-00"
    body = _sent(world, disguised)
    assert body["decision"] == "redact"
    _assert_not_allowed_and_gone(body, disguised, "3704-0044")


def test_personal_data_in_a_message_name(world: World) -> None:
    messages = [
        {"role": "system", "content": "You answer customer questions."},
        {"role": "user", "name": EMAIL, "content": "Where is my parcel?"},
    ]
    body = world.preflight(destination="us-none", messages=messages).json()
    assert body["decision"] == "redact"
    redacted = body["redacted_messages"]
    assert redacted[0] == {"role": "system", "content": "You answer customer questions."}
    assert redacted[1]["content"] == "Where is my parcel?"
    assert redacted[1]["name"] == "<EMAIL_ADDRESS_1>"
    event = AuditEvent.objects.get(seq=body["audit"]["seq"])
    assert "maria" not in json.dumps(event.payload).lower()


def test_a_message_name_is_part_of_the_payload_fingerprint(world: World) -> None:
    messages = [{"role": "user", "name": "alice", "content": "Where is my parcel?"}]
    first = world.preflight(destination="eu-api", messages=messages, request_id="named-1")
    assert first.status_code == 200, first.content
    renamed = [{**messages[0], "name": "bob"}]
    again = world.preflight(destination="eu-api", messages=renamed, request_id="named-1")
    assert again.status_code == 409, again.content


def test_health_data_with_soft_hyphens_is_denied(world: World) -> None:
    text = "Our employee John Miller was diag\u00adnosed with dia\u200bbetes last month."
    body = world.preflight(destination="eu-api", input=text).json()
    assert body["decision"] == "deny"
    assert "special_category" in body["classification"]["categories"]
