"""The per-key rate limit counter in Redis: one window per minute, expiring on its own."""

from __future__ import annotations

import uuid

import redis
from django.conf import settings

from governance.ratelimit import WINDOW_S, check_rate


def test_counts_within_a_window_and_refuses_past_the_limit() -> None:
    prefix = f"cst_test{uuid.uuid4().hex[:8]}"
    moment = 1_800_000_000.0 + 10  # ten seconds into a window
    checks = [check_rate(prefix, 2, now=moment) for _ in range(3)]
    assert [check.allowed for check in checks] == [True, True, False]
    assert checks[-1].retry_after_s == WINDOW_S - 10
    assert check_rate(prefix, 2, now=moment + WINDOW_S).allowed  # the next window starts again


def test_the_counter_expires_by_itself() -> None:
    prefix = f"cst_test{uuid.uuid4().hex[:8]}"
    moment = 1_800_000_000.0
    check_rate(prefix, 100, now=moment)
    check_rate(prefix, 100, now=moment)
    client = redis.Redis.from_url(settings.REDIS_URL)
    counter = f"custos:ratelimit:{prefix}:{int(moment // WINDOW_S)}"
    assert int(client.get(counter) or 0) == 2
    assert 0 < client.ttl(counter) <= 2 * WINDOW_S
