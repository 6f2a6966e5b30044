"""What Custos keeps in a signed-in session, and when a session is over.

A session records how and when it began and when it was last used; it ends
after ``CUSTOS_SESSION_IDLE_TIMEOUT_S`` without a request, after
``CUSTOS_SESSION_MAX_AGE_S`` in all, and when the person (or an
administrator) signs them out everywhere.

Sign-out everywhere is a per-user "not before" time (``SessionRevocation``)
that the middleware compares with the session's start, not a deletion of the
user's session rows: Django's sessions are not indexed by user (finding them
means decoding every session), a cache or signed-cookie session store cannot
be searched at all, and one indexed row per user costs one primary-key read
per request, whatever the session store.
"""

from __future__ import annotations

import datetime as dt
import time
from enum import StrEnum

from django.conf import settings
from django.contrib.sessions.backends.base import SessionBase
from django.http import HttpRequest

from audit.fingerprints import payload_hmac
from config import proxies

METHOD_KEY = "custos_auth_method"
STARTED_KEY = "custos_auth_started"
SEEN_KEY = "custos_auth_seen"


class EndReason(StrEnum):
    """Why a session ended."""

    SIGNED_OUT = "signed_out"
    IDLE_TIMEOUT = "idle_timeout"
    MAX_AGE = "max_age"
    SIGNED_OUT_EVERYWHERE = "signed_out_everywhere"
    MFA_FAILURES = "mfa_failures"


def client_address(request: HttpRequest | None) -> str:
    """REMOTE_ADDR, or behind trusted proxies the client they forwarded for (``config.proxies``)."""
    return proxies.client_address(request)


def source_label(address: str) -> str:
    """A keyed hash standing for a source address (the same label governance.key_failures writes)."""
    return payload_hmac(f"source-address:{address}")[:16] if address else ""


def session_stamp(session: SessionBase, *, method: str, now: float | None = None) -> None:
    moment = time.time() if now is None else now
    session[METHOD_KEY] = method
    session[STARTED_KEY] = moment
    session[SEEN_KEY] = moment


def session_end_reason(session: SessionBase, *, not_before: dt.datetime | None, now: float) -> EndReason | None:
    """Why this session is over, or None while it may go on."""
    started = float(session.get(STARTED_KEY, now))
    seen = float(session.get(SEEN_KEY, now))
    if not_before is not None and started < not_before.timestamp():
        return EndReason.SIGNED_OUT_EVERYWHERE
    if now - started > settings.CUSTOS_SESSION_MAX_AGE_S:
        return EndReason.MAX_AGE
    if now - seen > settings.CUSTOS_SESSION_IDLE_TIMEOUT_S:
        return EndReason.IDLE_TIMEOUT
    return None
