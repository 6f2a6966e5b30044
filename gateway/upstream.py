"""Talking to a destination's OpenAI-compatible upstream: its credential, one shared async client, errors.

The upstream URL is the destination's ``endpoint_url`` and nothing the caller
sends can change it (no header or body field is read for it; redirects are
not followed). The credential is read from its reference when the request is
sent and lives in a local variable only: never stored, logged or returned.
"""

from __future__ import annotations

import asyncio
import os
import weakref
from pathlib import Path

import httpx
from django.conf import settings

from gateway.errors import GatewayError

_clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, httpx.AsyncClient] = weakref.WeakKeyDictionary()


def client() -> httpx.AsyncClient:
    """The event loop's upstream client: its connection pool is shared by all of the loop's requests, and
    is large enough that concurrent calls never wait for each other's connection."""
    loop = asyncio.get_running_loop()
    for closed in [other for other in _clients if other.is_closed()]:
        # Under WSGI (runserver) each request runs in an event loop of its own: drop the finished ones' clients.
        del _clients[closed]
    found = _clients.get(loop)
    if found is None:
        found = httpx.AsyncClient(
            timeout=httpx.Timeout(
                settings.CUSTOS_GATEWAY_UPSTREAM_TIMEOUT_S, connect=settings.CUSTOS_GATEWAY_CONNECT_TIMEOUT_S
            ),
            limits=httpx.Limits(max_connections=None, max_keepalive_connections=64),
            follow_redirects=False,
            trust_env=False,  # no proxy or netrc credentials from the environment
        )
        _clients[loop] = found
    return found


def resolve_credential(ref: str) -> str | None:
    """The secret a reference points at (``env:NAME``, ``file:/path``); None without a reference.

    Raises GatewayError (503, nothing is sent) when the reference cannot be read. The message names the
    reference, never a value.
    """
    if not ref:
        return None
    scheme, _, where = ref.partition(":")
    try:
        if scheme == "env":
            value = os.environ[where]
        elif scheme == "file":
            value = Path(where).read_text(encoding="utf-8")
        else:
            raise KeyError(scheme)
    except (KeyError, OSError, UnicodeDecodeError):
        raise GatewayError(
            503,
            f"The upstream credential ({scheme}:…) could not be read; nothing was sent.",
            type="upstream_credential_unavailable",
            code="upstream_credential_unavailable",
        ) from None
    value = value.strip()
    if not value:
        raise GatewayError(
            503,
            "The upstream credential is empty; nothing was sent.",
            type="upstream_credential_unavailable",
            code="upstream_credential_unavailable",
        )
    return value


def headers(credential: str | None) -> dict[str, str]:
    sent = {"Content-Type": "application/json", "Accept": "application/json, text/event-stream"}
    if credential:
        sent["Authorization"] = f"Bearer {credential}"
    return sent


def url(endpoint_url: str, path: str) -> str:
    return f"{endpoint_url.rstrip('/')}/{path}"
