"""Login throttling for the web UI (django-axes) and the audit of lockouts.

django-axes counts failed sign-ins per username and source address
(``CUSTOS_LOGIN_FAILURE_LIMIT`` within ``CUSTOS_LOGIN_COOLOFF_MINUTES``);
past the limit that pair is refused, the right password included, until the
cool-off has passed or an officer resets it (``manage.py axes_reset``).

axes signals a lockout on every refused attempt; the audit log gets one
``auth.login_locked_out`` event per username and source per cool-off, so a
hammering attacker cannot grow it. Payloads never hold the password, and
hold the typed username only when it names an existing account (people type
passwords into the username field); otherwise, and for the source address,
a keyed hash.
"""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm
from django.core.cache import cache
from django.db import transaction
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from audit import services as audit
from audit.actions import AuditAction, SubjectType
from audit.actors import Actor
from audit.fingerprints import payload_hmac
from governance.key_failures import source_label

logger = logging.getLogger(__name__)


def login_lockout_record(*, username: str, ip_address: str) -> bool:
    """Audit that ``username`` is locked out for ``ip_address``, once per cool-off; True if an event was written."""
    account_exists = get_user_model()._default_manager.filter(username=username).exists()
    shown_username = username if account_exists else f"hmac:{payload_hmac(f'username:{username}')[:16]}"
    source = source_label(ip_address)
    cooloff_s = settings.CUSTOS_LOGIN_COOLOFF_MINUTES * 60
    try:
        first = cache.add(f"custos:login-lockout:{shown_username}:{source}", 1, timeout=cooloff_s)
    except Exception:  # the cache (Redis) is down: rather one event too many than none
        logger.warning("could not de-duplicate a lockout event; recording it", exc_info=True)
        first = True
    if not first:
        return False
    with transaction.atomic():
        audit.record(
            actor=Actor.system("login throttling"),
            action=AuditAction.AUTH_LOGIN_LOCKED_OUT,
            subject_type=SubjectType.USER,
            subject_id=shown_username,
            payload={
                "username_known": account_exists,
                "source": source,
                "failure_limit": settings.AXES_FAILURE_LIMIT,
                "cooloff_minutes": settings.CUSTOS_LOGIN_COOLOFF_MINUTES,
            },
        )
    return True


def lockout_response(request: HttpRequest, original_response: Any = None, credentials: Any = None) -> HttpResponse:
    """The sign-in page again, saying the account is locked for this address and for how long (429)."""
    form = AuthenticationForm(request)
    context = {"form": form, "locked_out": True, "cooloff_minutes": settings.CUSTOS_LOGIN_COOLOFF_MINUTES}
    response = render(request, "registration/login.html", context, status=429)
    response["Retry-After"] = str(settings.CUSTOS_LOGIN_COOLOFF_MINUTES * 60)
    return response


def _on_locked_out(sender: Any, request: HttpRequest | None = None, username: str | None = None, **kwargs: Any) -> None:
    ip_address = str(kwargs.get("ip_address") or "")
    login_lockout_record(username=username or "", ip_address=ip_address)


def connect_signals() -> None:
    from axes.signals import user_locked_out

    receiver(user_locked_out, dispatch_uid="custos-login-lockout-audit")(_on_locked_out)
