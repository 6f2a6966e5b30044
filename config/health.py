"""GET /healthz: is this instance able to do its job?

200 when the database takes a committed write, the broker answers and the
audit chain head can be read; 503 otherwise. A SELECT is not enough: a
read-only database or a full disk still answers one while every pre-flight
fails. Optional stages (the vLLM second opinion) report their state but only
fail the check when configured and required.

Anyone (the load balancer) sees the overall and per-check status; error text,
timings and the chain head are shown to signed-in compliance staff only, since
database errors name hosts and ports.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.http import HttpRequest, JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from access.roles import can_read
from audit.selectors import chain_head
from classifier.health import llm_health
from config.db import local_timeouts
from governance.models import HealthHeartbeat

# Optional stages report here; each returns a dict with at least "status",
# may set "healthy": False and names itself with "name".
EXTRA_CHECKS: list[Callable[[], dict[str, Any]]] = [llm_health]


def _timed(check: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    started = time.perf_counter()
    try:
        result = check()
    except Exception as exc:  # a health check reports failures, it never raises
        result = {"status": "error", "healthy": False, "error": f"{type(exc).__name__}: {exc}"}
    result.setdefault("healthy", result.get("status") == "ok")
    result["ms"] = round((time.perf_counter() - started) * 1000, 1)
    return result


def check_database() -> dict[str, Any]:
    """Rewrite the heartbeat row and commit: the database is reachable and takes writes."""
    timeout = settings.CUSTOS_HEALTH_TIMEOUT_S
    with transaction.atomic(), local_timeouts(lock_timeout_s=timeout, statement_timeout_s=timeout):
        HealthHeartbeat.objects.bulk_create(
            [HealthHeartbeat(pk=1, beat_at=timezone.now())],
            update_conflicts=True,
            unique_fields=["id"],
            update_fields=["beat_at"],
        )
    return {"status": "ok", "vendor": connection.vendor, "writable": True}


def check_broker() -> dict[str, Any]:
    if settings.CELERY_TASK_ALWAYS_EAGER and settings.CELERY_BROKER_URL == "memory://":
        return {"status": "ok", "mode": "in-process"}
    import redis

    client = redis.Redis.from_url(
        settings.CELERY_BROKER_URL,
        socket_connect_timeout=settings.CUSTOS_HEALTH_TIMEOUT_S,
        socket_timeout=settings.CUSTOS_HEALTH_TIMEOUT_S,
    )
    try:
        client.ping()
    finally:
        client.close()
    return {"status": "ok", "mode": "redis"}


def check_audit_chain() -> dict[str, Any]:
    head = chain_head()
    return {"status": "ok", "head_seq": head.seq, "head_hash": head.hash}


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    checks = {
        "database": _timed(check_database),
        "broker": _timed(check_broker),
        "audit_chain": _timed(check_audit_chain),
    }
    for extra in EXTRA_CHECKS:
        result = _timed(extra)
        checks[result.pop("name", extra.__name__)] = result
    healthy = all(check.pop("healthy") for check in checks.values())
    if not _may_see_details(request):
        checks = {name: {"status": check["status"]} for name, check in checks.items()}
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", "checks": checks}, status=200 if healthy else 503
    )


def _may_see_details(request: HttpRequest) -> bool:
    """Signed-in compliance staff; anyone else (or anyone, while the database is down) sees statuses only."""
    try:
        return can_read(request.user)
    except Exception:  # the session and the roles live in the database this check may have found down
        return False
