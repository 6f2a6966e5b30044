"""Service-key authentication for the pre-flight API: ``Authorization: Bearer cst_...``."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.signals import request_finished
from django.db import DatabaseError
from django.dispatch import receiver
from django.utils import timezone
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.permissions import BasePermission
from rest_framework.request import Request

from config.proxies import client_address
from governance import key_failures, services
from governance.keys import key_matches, parse_prefix
from governance.models import ServiceKey
from governance.ratelimit import check_rate
from governance.registry import RegistrySnapshot, current_snapshot

logger = logging.getLogger(__name__)

# last_used_at is written at most this often per key and process, not on every request.
_LAST_USED_RESOLUTION = dt.timedelta(seconds=60)
# When this process last wrote last_used_at, by key id (the registry snapshot's copy of the key is read-only).
_last_used_written: dict[int, dt.datetime] = {}
# (key id, time) this thread's request should record once its response has gone out.
_last_used_due = threading.local()


@dataclass(frozen=True)
class ServicePrincipal:
    """The authenticated caller of a pre-flight request (DRF's request.user)."""

    key: ServiceKey
    workload_ids: frozenset[int]
    registry: RegistrySnapshot
    is_authenticated: bool = True
    is_anonymous: bool = False

    def __str__(self) -> str:
        return self.key.prefix


class ServiceKeyAuthentication(BaseAuthentication):
    """Finds the key by its visible prefix, compares hashes in constant time, then rate-limits the key.

    Failed uses are counted per source and per prefix and audited in aggregate
    (``governance.key_failures``); past those limits they get 429, not 401.
    """

    def authenticate_header(self, request: Request) -> str:
        return 'Bearer realm="custos"'

    def authenticate(self, request: Request) -> tuple[ServicePrincipal, ServiceKey] | None:
        header = get_authorization_header(request).split()
        if not header:
            return None
        if len(header) != 2 or header[0].lower() != b"bearer":
            raise exceptions.AuthenticationFailed("Use 'Authorization: Bearer <service key>'.")
        try:
            plaintext = header[1].decode("ascii")
        except UnicodeDecodeError:
            raise exceptions.AuthenticationFailed("Invalid service key.") from None
        prefix = parse_prefix(plaintext)
        registry = current_snapshot()
        scoped = registry.service_key(prefix) if prefix else None
        if scoped is None:
            verdict = key_failures.register_unknown_key(remote_addr=client_address(request))
            if verdict.limited_by:
                raise exceptions.Throttled(wait=verdict.retry_after_s, detail=_FAILURE_LIMITS[verdict.limited_by])
            raise exceptions.AuthenticationFailed("Invalid service key.")
        key = scoped.key
        # The secret first: a forged key built from the visible prefix must not spend the real key's quota.
        problem = self._problem(key, plaintext)
        if problem:
            verdict = services.servicekey_record_failure(
                key_prefix=key.prefix, reason=problem, remote_addr=client_address(request)
            )
            if verdict.limited_by:
                raise exceptions.Throttled(wait=verdict.retry_after_s, detail=_FAILURE_LIMITS[verdict.limited_by])
            raise exceptions.AuthenticationFailed(_MESSAGES[problem])
        rate = check_rate(key.prefix, key.rate_limit_per_minute or settings.CUSTOS_PREFLIGHT_RATE_LIMIT)
        if not rate.allowed:
            raise exceptions.Throttled(
                wait=rate.retry_after_s, detail=f"Rate limit of {rate.limit} requests per minute exceeded for this key."
            )
        now = timezone.now()
        last_used = _last_used_written.get(key.pk, key.last_used_at)
        if last_used is None or now - last_used > _LAST_USED_RESOLUTION:
            _last_used_written[key.pk] = now
            _last_used_due.entries = [*getattr(_last_used_due, "entries", []), (key.pk, now)]
        return ServicePrincipal(key, scoped.workload_ids, registry), key

    @staticmethod
    def _problem(key: ServiceKey, plaintext: str) -> str:
        if not key_matches(plaintext, key.key_hash):
            return "wrong_secret"
        state = key.state(timezone.now())
        if state in (ServiceKey.State.REVOKED, ServiceKey.State.EXPIRED):
            return str(state)
        return ""


_FAILURE_LIMITS = {
    "source": "Too many failed service-key attempts from this address.",
    "prefix": "Too many failed attempts with this service key.",
}
_MESSAGES = {
    "wrong_secret": "Invalid service key.",
    "revoked": "This service key has been revoked.",
    "expired": "This service key has expired (it was rotated); use its successor.",
}


@receiver(request_finished, dispatch_uid="custos-servicekey-last-used")
def _write_last_used(**kwargs: Any) -> None:
    """Record when keys were last used, after the response: the decision does not wait for this UPDATE."""
    entries = getattr(_last_used_due, "entries", [])
    _last_used_due.entries = []
    for key_id, used_at in entries:
        try:
            ServiceKey.objects.filter(pk=key_id).update(last_used_at=used_at)
        except DatabaseError:
            logger.warning("could not record last_used_at of service key %s", key_id, exc_info=True)


class IsServiceKey(BasePermission):
    message = "A service key is required."

    def has_permission(self, request: Request, view: Any) -> bool:
        return isinstance(request.auth, ServiceKey)


class ServiceKeyAuthenticationScheme(OpenApiAuthenticationExtension):
    """Describes service-key bearer auth in the OpenAPI schema."""

    target_class = "governance.api.auth.ServiceKeyAuthentication"
    name = "serviceKey"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {"type": "http", "scheme": "bearer", "bearerFormat": "cst_<id>_<secret><checksum>"}
