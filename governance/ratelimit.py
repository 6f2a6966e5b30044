"""Per-key rate limit for the pre-flight endpoint, shared across processes through Redis.

A fixed one-minute window: INCR a counter named for the key and the minute,
expire it after two minutes. One small Lua script does both, so it is a
single command and a single reply per request, and exact enough for a limit
whose default, 6,000 a minute, is far above a normal busy service.

Without Redis (the embedded mode) the counter lives in this process.

Every Redis call of the pre-flight path goes through ``redis_call``, behind
one circuit breaker per process: after a failure (a timeout, a refused
connection) Redis is skipped for ``CUSTOS_REDIS_BREAKER_OPEN_S`` and the
in-process counters stand in, then one probe call tries again. A frozen Redis
therefore costs each process at most one timeout per interval, not one per
request, and the outage is logged once per opening. The limit protects
capacity, it is not a data-protection decision, so counting per process
meanwhile is good enough.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import redis
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from redis.commands.core import Script

from classifier.llm import CircuitBreaker

logger = logging.getLogger(__name__)
WINDOW_S = 60
T = TypeVar("T")


@dataclass(frozen=True)
class RateCheck:
    allowed: bool
    limit: int
    retry_after_s: int


# INCR the window's counter; the first increment of a window sets its expiry.
_INCR_WITH_EXPIRY = """
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return count
"""


def redis_script(source: str) -> Script:
    """A Lua script run by EVALSHA on whichever client is passed (redis-py loads it again if a server lost it)."""
    return Script(None, source.encode("utf-8"))  # type: ignore[arg-type]  # bytes need no client to hash


_INCREMENT = redis_script(_INCR_WITH_EXPIRY)
_clients: dict[str, redis.Redis] = {}
_clients_lock = threading.Lock()
_breaker: CircuitBreaker | None = None
_local_counts: dict[str, int] = {}
_local_lock = threading.Lock()


def uses_redis() -> bool:
    """Whether this deployment has Redis (the embedded mode has not)."""
    return settings.CACHES["default"]["BACKEND"].endswith("RedisCache")


def redis_client() -> redis.Redis:
    """This process's client for ``REDIS_URL``, with short timeouts: a request never waits long on Redis."""
    url = settings.REDIS_URL
    with _clients_lock:
        if url not in _clients:
            timeout = settings.CUSTOS_REDIS_TIMEOUT_S
            _clients[url] = redis.Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout)
        return _clients[url]


def redis_breaker() -> CircuitBreaker:
    global _breaker
    with _clients_lock:
        if _breaker is None:
            _breaker = CircuitBreaker(threshold=1, open_s=settings.CUSTOS_REDIS_BREAKER_OPEN_S)
        return _breaker


@receiver(setting_changed)
def _forget_breaker(setting: str, **kwargs: object) -> None:
    global _breaker
    if setting in {"CUSTOS_REDIS_BREAKER_OPEN_S", "REDIS_URL"}:
        _breaker = None


def redis_call(what: str, call: Callable[[redis.Redis], T]) -> T | None:
    """``call(client)``, or None when Redis is not used, its breaker is open, or the call fails.

    The caller falls back to its in-process state on None.
    """
    if not uses_redis():
        return None
    breaker = redis_breaker()
    if not breaker.allow():
        return None
    try:
        result = call(redis_client())
    except redis.RedisError as exc:
        breaker.record_failure()
        logger.warning("Redis unavailable (%s: %s); using in-process counters for %.0f s", what, exc, breaker.open_s)
        return None
    breaker.record_success()
    return result


def check_rate(key_prefix: str, limit: int, *, now: float | None = None) -> RateCheck:
    moment = time.time() if now is None else now
    window = int(moment // WINDOW_S)
    retry_after = max(1, int((window + 1) * WINDOW_S - moment))
    count = count_in_window(f"custos:ratelimit:{key_prefix}:{window}", window)
    return RateCheck(count <= limit, limit, 0 if count <= limit else retry_after)


def count_in_window(counter: str, window: int) -> int:
    """INCR ``counter`` (a name ending in ``:<window>``), expiring after two windows; in-process without Redis."""
    count = redis_call("rate limit", lambda client: int(_INCREMENT(keys=[counter], args=[WINDOW_S * 2], client=client)))
    return local_increment(counter, window) if count is None else count


def local_increment(counter: str, window: int) -> int:
    """The in-process stand-in for INCR: counters of older windows are dropped as a new one starts."""
    with _local_lock:
        if counter not in _local_counts:
            suffix = f":{window}"
            for stale in [name for name in _local_counts if not name.endswith(suffix)]:
                del _local_counts[stale]
        count = _local_counts[counter] = _local_counts.get(counter, 0) + 1
    return count
