"""The ID token's issuer, audience and expiry are checked (mozilla-django-oidc checks only signature and nonce)."""

from __future__ import annotations

import time
from typing import Any

import pytest
from django.core.exceptions import SuspiciousOperation
from pytest_django import Settings

from identity.oidc import id_token_claims_check

ISSUER = "https://id.example.eu"


@pytest.fixture(autouse=True)
def _provider_settings(settings: Settings) -> None:
    settings.CUSTOS_OIDC_ISSUER = ISSUER
    settings.OIDC_RP_CLIENT_ID = "custos"


def token(**claims: Any) -> dict[str, Any]:
    return {"iss": ISSUER, "aud": "custos", "exp": time.time() + 300, "sub": "alice", **claims}


def test_a_token_for_us_passes() -> None:
    id_token_claims_check(token())
    id_token_claims_check(token(aud=["custos", "other"], azp="custos"))


@pytest.mark.parametrize(
    ("claims", "message"),
    [
        ({"iss": "https://evil.example"}, "another issuer"),
        ({"aud": "another-client"}, "another client"),
        ({"aud": ["another-client", "custos"], "azp": "another-client"}, "another client"),
        ({"exp": time.time() - 1}, "expired"),
    ],
)
def test_a_token_for_someone_else_or_too_old_is_refused(claims: dict[str, Any], message: str) -> None:
    with pytest.raises(SuspiciousOperation, match=message):
        id_token_claims_check(token(**claims))
