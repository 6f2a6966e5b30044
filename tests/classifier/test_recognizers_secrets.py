"""Credentials: vendor token formats, private keys, JWTs and passwords; look-alikes are not reported."""

from __future__ import annotations

import base64
import json

import pytest

from classifier.recognizers.secrets import jwt_header_valid


def _b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


JWT = f"{_b64({'alg': 'HS256', 'typ': 'JWT'})}.{_b64({'sub': '1234567890', 'name': 'x'})}.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
NOT_JWT = (
    f"{_b64({'typ': 'JWT', 'kid': 'abc'})}.{_b64({'sub': '1234567890'})}.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
)
PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7bq8\nabcdEFGH==\n-----END RSA PRIVATE KEY-----"

POSITIVE = [
    ("PRIVATE_KEY", f"key:\n{PEM}\nthanks", PEM),
    ("PRIVATE_KEY", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAA", None),
    ("AWS_ACCESS_KEY", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE"),
    (
        "AWS_SECRET_KEY",
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    ),
    ("GITHUB_TOKEN", "token ghp_16C7e42F292c6912E7710c838347Ae178B4a", "ghp_16C7e42F292c6912E7710c838347Ae178B4a"),
    ("GITHUB_TOKEN", "use gho_16C7e42F292c6912E7710c838347Ae178B4a", "gho_16C7e42F292c6912E7710c838347Ae178B4a"),
    ("GITHUB_TOKEN", "ghs_16C7e42F292c6912E7710c838347Ae178B4a", "ghs_16C7e42F292c6912E7710c838347Ae178B4a"),
    (
        "GITHUB_TOKEN",
        "github_pat_11ABCDEFG0123456789abc_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUV",
        "github_pat_11ABCDEFG0123456789abc_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUV",
    ),
    ("OPENAI_API_KEY", "OPENAI_API_KEY=sk-proj-abc123DEF456ghi789JKL012mno", "sk-proj-abc123DEF456ghi789JKL012mno"),
    (
        "SLACK_TOKEN",
        "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOp",
        "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOp",
    ),
    ("STRIPE_KEY", "stripe key sk_live_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"),
    ("STRIPE_KEY", "rk_live_4eC39HqLyjWDarjtT1zdp7dc", "rk_live_4eC39HqLyjWDarjtT1zdp7dc"),
    ("GOOGLE_API_KEY", "key=AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI", "AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI"),
    ("JWT", f"Authorization: Bearer {JWT}", JWT),
    ("PASSWORD", "DB_PASSWORD=Tr0ub4dor&3", "Tr0ub4dor&3"),
    ("PASSWORD", '{"password": "hunter2x"}', "hunter2x"),
    ("PASSWORD", "postgres://app:s3cr3tPass@db.internal:5432/custos", "s3cr3tPass"),
    ("PASSWORD", "my password is Summer2024!", "Summer2024!"),
]

NEGATIVE = [
    ("PRIVATE_KEY", "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A\n-----END PUBLIC KEY-----"),
    ("AWS_ACCESS_KEY", "AKIA is a prefix, AKIA123 is too short"),
    ("AWS_SECRET_KEY", "checksum = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),  # no AWS context
    ("GITHUB_TOKEN", "ghp_short"),
    ("OPENAI_API_KEY", "the sk-learn library"),
    ("SLACK_TOKEN", "xoxz-123456789012"),
    ("STRIPE_KEY", "pk_live_4eC39HqLyjWDarjtT1zdp7dc"),  # publishable, not secret
    ("JWT", f"token {NOT_JWT}"),  # header has no "alg"
    ("PASSWORD", "password: ********"),
    ("PASSWORD", "Reset your password: click the link"),
    ("PASSWORD", "postgres://db.internal:5432/custos"),
]


@pytest.mark.parametrize(
    ("entity_type", "text", "value"), POSITIVE, ids=[f"{p[0]}-{i}" for i, p in enumerate(POSITIVE)]
)
def test_secret_is_found(found, entity_type: str, text: str, value: str | None) -> None:
    values = found(text).get(entity_type, [])
    assert values, found(text)
    if value is not None:
        assert value in values


@pytest.mark.parametrize(("entity_type", "text"), NEGATIVE, ids=[f"{n[0]}-{i}" for i, n in enumerate(NEGATIVE)])
def test_secret_look_alike_is_not_reported(found, entity_type: str, text: str) -> None:
    assert entity_type not in found(text)


def test_jwt_header_must_decode_to_json_with_alg() -> None:
    assert jwt_header_valid(JWT)
    assert not jwt_header_valid(NOT_JWT)
    assert not jwt_header_valid("eyJub3QganNvbg.eyJ4Ijox.sig")


def test_credentials_make_a_text_restricted(engine) -> None:
    result = engine.classify("aws_access_key_id = AKIAIOSFODNN7EXAMPLE")
    assert result.level.name == "RESTRICTED"
    assert result.categories == frozenset({"credentials"})
