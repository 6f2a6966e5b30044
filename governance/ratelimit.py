"""Per-key rate limit for the pre-flight endpoint, shared across processes through Redis.

A fixed one-minute window: INCR a counter named for the key and the minute,
expire it after two minutes. One small Lua script does both, so it is a
single command and a single reply per request, and exact enough for a limit
whose default, 6,000 a minute, is far above a normal busy service.

Without Redis (the embedded mode) the counter lives in this process.
If Redis fails, the request is let through and a warning logged: the limit
protects capacity, it is not a data-protection decision.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

import redis
from django.conf import settings
from redis.commands.core import Script

logger = logging.getLogger(__name__)
WINDOW_S = 60


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

_client: redis.Redis | None = None
_script: Script | None = None
_client_lock = threading.Lock()
_local_counts: dict[str, int] = {}
_local_lock = threading.Lock()


def _increment() -> Script:
    """The registered counter script (EVALSHA; redis-py loads it again if the server lost it)."""
    global _client, _script
    with _client_lock:
        if _client is None:
            _client = redis.Redis.from_url(settings.REDIS_URL, socket_timeout=0.5, socket_connect_timeout=0.5)
            _script = _client.register_script(_INCR_WITH_EXPIRY)
        assert _script is not None
        return _script


def _uses_redis() -> bool:
    return settings.CACHES["default"]["BACKEND"].endswith("RedisCache")


def check_rate(key_prefix: str, limit: int, *, now: float | None = None) -> RateCheck:
    moment = time.time() if now is None else now
    window = int(moment // WINDOW_S)
    retry_after = max(1, int((window + 1) * WINDOW_S - moment))
    counter = f"custos:ratelimit:{key_prefix}:{window}"
    if _uses_redis():
        try:
            count = int(_increment()(keys=[counter], args=[WINDOW_S * 2]))
        except redis.RedisError:
            logger.warning("rate limit check skipped: Redis unavailable", exc_info=True)
            return RateCheck(True, limit, 0)
    else:
        with _local_lock:
            if counter not in _local_counts:  # a new window: forget the old ones
                suffix = f":{window}"
                for stale in [name for name in _local_counts if not name.endswith(suffix)]:
                    del _local_counts[stale]
            count = _local_counts[counter] = _local_counts.get(counter, 0) + 1
    return RateCheck(count <= limit, limit, 0 if count <= limit else retry_after)
