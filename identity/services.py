"""Sign-in, sign-out, second factor and roles from the identity provider: the writes, each with its audit event."""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import time
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth import logout as auth_logout
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from access.roles import ALL_ROLES
from audit import services as audit
from audit.actions import AuditAction, SubjectType
from audit.actors import Actor
from audit.fingerprints import payload_hmac
from identity.models import ExternalAccount, SessionRevocation
from identity.sessions import EndReason, client_address, session_stamp, source_label

logger = logging.getLogger(__name__)

RECOVERY_CODE_COUNT = 10


class Method(StrEnum):
    """How a session was signed in."""

    PASSWORD = "password"
    OIDC = "oidc"


class Factor(StrEnum):
    """What a failed sign-in got wrong."""

    PASSWORD = "password"
    TOTP = "totp"
    OIDC = "oidc_callback"


# --- sign-in and sign-out -----------------------------------------------------------------------


def session_begin(request: HttpRequest, *, method: Method) -> None:
    """Stamp a freshly signed-in session with how and when it began (the session rules read it)."""
    session_stamp(request.session, method=method)


def login_record(*, user: Any, method: Method, source: str, mfa_pending: bool = False) -> None:
    """Audit a sign-in (``auth.login``)."""
    with transaction.atomic():
        audit.record(
            actor=Actor.for_user(user),
            action=AuditAction.AUTH_LOGIN,
            subject_type=SubjectType.USER,
            subject_id=user.get_username(),
            payload={"method": method, "mfa_pending": mfa_pending, "source": source_label(source)},
        )


def session_end(request: HttpRequest, *, reason: EndReason) -> None:
    """Sign the request's user out and audit it (``auth.logout``, with why)."""
    user = request.user
    if user.is_authenticated:
        with transaction.atomic():
            audit.record(
                actor=Actor.for_user(user) if reason == EndReason.SIGNED_OUT else Actor.system("session rules"),
                action=AuditAction.AUTH_LOGOUT,
                subject_type=SubjectType.USER,
                subject_id=user.get_username(),
                payload={"reason": reason, "source": source_label(client_address(request))},
            )
    auth_logout(request)


def sign_out_everywhere(*, user: Any, actor: Actor) -> SessionRevocation:
    """End every session ``user`` has now, on every device; their next request asks them to sign in again."""
    with transaction.atomic():
        revocation, _ = SessionRevocation.objects.update_or_create(user=user, defaults={"not_before": timezone.now()})
        audit.record(
            actor=actor,
            action=AuditAction.AUTH_SIGN_OUT_EVERYWHERE,
            subject_type=SubjectType.USER,
            subject_id=user.get_username(),
            payload={"not_before": revocation.not_before.isoformat()},
        )
    return revocation


def login_failure_record(*, username: str, factor: Factor, source: str) -> bool:
    """Audit a failed sign-in, once per user and source per interval; True if an event was written.

    The same de-duplication as lockouts (governance.login): the first failure of each
    ``CUSTOS_LOGIN_FAILURE_AUDIT_INTERVAL_S`` for a (user, source) pair writes ``auth.login_failed``
    with the interval it opens; the count of every attempt stays with django-axes (AccessAttempt).
    A username that names no account is written as a keyed hash (people type passwords there).
    """
    account_exists = bool(username) and get_user_model()._default_manager.filter(username=username).exists()
    shown = username if account_exists else (f"hmac:{payload_hmac(f'username:{username}')[:16]}" if username else "")
    source_hash = source_label(source)
    interval_s = settings.CUSTOS_LOGIN_FAILURE_AUDIT_INTERVAL_S
    interval = int(time.time() // interval_s)
    try:
        first = cache.add(f"custos:login-failed:{shown}:{source_hash}:{interval}", 1, timeout=interval_s)
    except Exception:  # the cache (Redis) is down: rather one event too many than none
        logger.warning("could not de-duplicate a failed sign-in event; recording it", exc_info=True)
        first = True
    if not first:
        return False
    start = dt.datetime.fromtimestamp(interval * interval_s, tz=dt.UTC)
    with transaction.atomic():
        audit.record(
            actor=Actor.system("sign-in"),
            action=AuditAction.AUTH_LOGIN_FAILED,
            subject_type=SubjectType.USER,
            subject_id=shown,
            payload={
                "factor": factor,
                "username_known": account_exists,
                "source": source_hash,
                "interval_start": start.isoformat(),
                "interval_seconds": interval_s,
            },
        )
    return True


# --- roles from the identity provider ------------------------------------------------------------


@dataclass
class SyncOutcome:
    """The result of a provider sign-in: the user, and whether they are refused (no mapped role)."""

    user: Any
    refused: bool
    created: bool = False
    roles_added: list[str] = field(default_factory=list)
    roles_removed: list[str] = field(default_factory=list)


def _free_username(hint: str, subject: str) -> str:
    user_model = get_user_model()
    base = hint[:120] or "sso-user"
    if not user_model._default_manager.filter(username=base).exists():
        return base
    # Taken (perhaps by a local break-glass account): never link to it, take a name of our own.
    return f"{base}-{payload_hmac(f'oidc-subject:{subject}')[:8]}"


def oidc_account_sync(
    *, issuer: str, subject: str, username_hint: str, email: str, roles: set[str], groups_seen: int, source: str
) -> SyncOutcome:
    """Find or create the user the provider vouches for, and give them exactly the roles its claim maps to.

    Runs at every provider sign-in, so a group change at the provider moves the role at the next sign-in
    (``auth.roles_change``). A person whose groups map to no role keeps no role and is refused
    (``auth.login_refused``): the provider decides who may use Custos.
    """
    user_model = get_user_model()
    with transaction.atomic():
        account = ExternalAccount.objects.select_related("user").filter(issuer=issuer, subject=subject).first()
        created = account is None
        if account is None:
            user = user_model._default_manager.create(
                username=_free_username(username_hint, subject), email=email[:254]
            )
            user.set_unusable_password()  # signs in through the provider only
            user.save(update_fields=["password"])
            account = ExternalAccount.objects.create(user=user, issuer=issuer, subject=subject)
            audit.record(
                actor=Actor.system("identity provider"),
                action=AuditAction.AUTH_ACCOUNT_CREATE,
                subject_type=SubjectType.USER,
                subject_id=user.get_username(),
                payload={"issuer": issuer, "subject_hmac": payload_hmac(f"oidc-subject:{subject}")[:16]},
            )
        user = account.user
        if email and user.email != email[:254]:
            user.email = email[:254]
            user.save(update_fields=["email"])
        account.last_login_at = timezone.now()
        account.save(update_fields=["last_login_at"])

        before = set(user.groups.filter(name__in=ALL_ROLES).values_list("name", flat=True))
        added, removed = sorted(roles - before), sorted(before - roles)
        if removed:
            user.groups.remove(*Group.objects.filter(name__in=removed))
        for name in added:
            user.groups.add(Group.objects.get_or_create(name=name)[0])
        if added or removed:
            audit.record(
                actor=Actor.system("identity provider"),
                action=AuditAction.AUTH_ROLES_CHANGE,
                subject_type=SubjectType.USER,
                subject_id=user.get_username(),
                payload={"before": sorted(before), "after": sorted(roles), "added": added, "removed": removed},
            )
        refused = not roles
        if refused:
            audit.record(
                actor=Actor.system("identity provider"),
                action=AuditAction.AUTH_LOGIN_REFUSED,
                subject_type=SubjectType.USER,
                subject_id=user.get_username(),
                payload={
                    "reason": "no_mapped_group",
                    "claim": settings.CUSTOS_OIDC_ROLES_CLAIM,
                    "groups_seen": groups_seen,
                    "source": source_label(source),
                },
            )
    return SyncOutcome(user=user, refused=refused, created=created, roles_added=added, roles_removed=removed)


# --- second factor (TOTP, recovery codes) --------------------------------------------------------


def totp_device_pending(*, user: Any) -> TOTPDevice:
    """The user's unconfirmed authenticator (made on first visit to the enrolment page): shown as a QR code."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-id").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=False)
    return device


def mfa_enrol(*, user: Any, device: TOTPDevice, token: str) -> list[str] | None:
    """Confirm ``device`` if ``token`` is its current code; returns the new recovery codes (shown once), else None.

    Earlier authenticators and recovery codes of the user are replaced: one phone, one sheet of codes.
    """
    if device.user_id != user.pk or device.confirmed or not device.verify_token(token):
        return None
    codes = [f"{secrets.randbelow(10**10):010d}" for _ in range(RECOVERY_CODE_COUNT)]
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user, confirmed=True).delete()
        StaticDevice.objects.filter(user=user).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        static = StaticDevice.objects.create(user=user, name="Recovery codes", confirmed=True)
        StaticToken.objects.bulk_create(StaticToken(device=static, token=code) for code in codes)
        audit.record(
            actor=Actor.for_user(user),
            action=AuditAction.AUTH_MFA_ENROL,
            subject_type=SubjectType.USER,
            subject_id=user.get_username(),
            payload={"device": "totp", "recovery_codes": len(codes)},
        )
    return codes


def mfa_verify_record(*, user: Any, device_kind: str, source: str) -> None:
    """Audit a second factor accepted at sign-in (``auth.mfa_verify``; a recovery code says so)."""
    with transaction.atomic():
        audit.record(
            actor=Actor.for_user(user),
            action=AuditAction.AUTH_MFA_VERIFY,
            subject_type=SubjectType.USER,
            subject_id=user.get_username(),
            payload={"device": device_kind, "source": source_label(source)},
        )
