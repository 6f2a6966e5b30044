"""A real OpenID provider (the npm package oidc-provider) on loopback, and a browser that signs in through it.

The provider (tests/oidc_provider/provider.js) runs once per test session on a free port; each test resets
the users' groups. Custos is driven with Django's test client, the provider with a ``requests`` session (the
provider's cookies are the person's session there); redirects between the two are followed by hand, so each
hop is the one a browser would make.
"""

from __future__ import annotations

import re
import secrets
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urljoin

import pytest
import requests
from django.test import Client
from pytest_django import Settings

from identity import oidc

if TYPE_CHECKING:
    from django.test.client import _MonkeyPatchedWSGIResponse as TestResponse  # exists only in the stubs

PROVIDER_DIR = Path(__file__).resolve().parents[1] / "oidc_provider"
CLIENT_ID = "custos"
CLIENT_SECRET = "custos-test-only-client-secret"
RP_BASE = "http://testserver"
GROUPS = {"alice": ["custos-officers"], "bob": ["custos-auditors"], "carol": ["staff"]}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Provider:
    issuer: str
    process: subprocess.Popen[str]

    def set_groups(self, user: str, groups: list[str]) -> None:
        response = requests.post(f"{self.issuer}/test-admin/groups", json={"user": user, "groups": groups}, timeout=5)
        response.raise_for_status()

    def metadata(self) -> dict[str, str]:
        return dict(requests.get(f"{self.issuer}/.well-known/openid-configuration", timeout=5).json())


@pytest.fixture(scope="session")
def oidc_provider_process() -> Iterator[Provider]:
    node = shutil.which("node")
    if node is None or not (PROVIDER_DIR / "node_modules" / "oidc-provider").is_dir():
        pytest.fail(
            "The test OpenID provider is not installed: run `make oidc-provider` (npm ci in tests/oidc_provider)."
        )
    port = _free_port()
    process = subprocess.Popen(
        [node, "provider.js", str(port), CLIENT_ID, CLIENT_SECRET, RP_BASE],
        cwd=PROVIDER_DIR,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if line.strip() == "READY" or not line:
            break
    if process.poll() is not None:
        pytest.fail("The test OpenID provider did not start.")
    yield Provider(issuer=f"http://127.0.0.1:{port}", process=process)
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def provider(oidc_provider_process: Provider, settings: Settings) -> Provider:
    """The provider with its users' groups as at the start, and Custos configured for it."""
    for user, groups in GROUPS.items():
        oidc_provider_process.set_groups(user, groups)
    settings.CUSTOS_OIDC_ISSUER = oidc_provider_process.issuer
    settings.OIDC_RP_CLIENT_ID = CLIENT_ID
    settings.OIDC_RP_CLIENT_SECRET = CLIENT_SECRET
    oidc._metadata.clear()
    return oidc_provider_process


@dataclass
class Person:
    """One person at one computer: a Custos session (Django client) and a provider session (requests)."""

    provider: Provider
    client: Client = field(
        default_factory=lambda: Client(REMOTE_ADDR=f"10.9.{secrets.randbelow(250)}.{secrets.randbelow(250)}")
    )
    at_provider: requests.Session = field(default_factory=requests.Session)
    login_forms_seen: int = 0

    def follow_at_provider(self, url: str, *, user: str, password: str | None = None) -> str:
        """Follow the provider's pages from ``url`` (signing in as ``user`` when it asks) until it sends the
        browser back to Custos; returns that URL."""
        for _ in range(15):
            response = self.at_provider.get(url, allow_redirects=False, timeout=10)
            if response.status_code == 200 and "/login" in response.text:
                self.login_forms_seen += 1
                action = re.search(r'action="([^"]+)"', response.text)
                assert action is not None
                response = self.at_provider.post(
                    urljoin(url, action.group(1)),
                    data={"login": user, "password": password or f"{user}-password"},
                    allow_redirects=False,
                    timeout=10,
                )
            assert response.status_code in (302, 303), (response.status_code, response.text[:300])
            url = urljoin(url, response.headers["Location"])
            if url.startswith(RP_BASE):
                return url
        raise AssertionError("the provider never sent the browser back to Custos")

    def start(self) -> str:
        """Custos's "Sign in with your organisation": the provider URL it sends the browser to."""
        response = self.client.get("/oidc/authenticate/")
        assert response.status_code == 302
        return str(response["Location"])

    def sign_in(self, user: str) -> TestResponse:
        """The whole sign-in; returns Custos's answer to the provider's callback."""
        callback = self.follow_at_provider(self.start(), user=user)
        return self.client.get(callback)


@pytest.fixture
def person(provider: Provider) -> Person:
    return Person(provider=provider)


@pytest.fixture
def another_person(provider: Provider) -> Person:
    return Person(provider=provider)
