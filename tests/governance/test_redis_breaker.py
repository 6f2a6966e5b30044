"""A frozen Redis costs each process at most one timeout per breaker interval (issue 12, item 7, Redis half).

A throwaway redis-server is started on a free port and frozen with SIGSTOP:
it still accepts connections, then never answers, which is what a stalled
Redis looks like to a client. The Redis calls are counted, not timed.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.test import override_settings

from classifier.llm import CircuitBreaker
from governance import ratelimit
from tests.world import World

CLEAN = "Please summarise the attached quarterly product roadmap in three bullet points."


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def throwaway_redis(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    server = shutil.which("redis-server")
    if server is None:
        pytest.skip("redis-server is not installed")
    port = _free_port()
    process = subprocess.Popen(
        [
            server,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(tmp_path),
        ],
        stdout=subprocess.PIPE,
    )
    try:
        assert process.stdout is not None
        for line in process.stdout:  # wait for the server's own word that it is ready (no fixed sleep)
            if b"Ready to accept connections" in line:
                break
        yield process, f"redis://127.0.0.1:{port}/0"
    finally:
        os.kill(process.pid, signal.SIGCONT)
        process.terminate()
        process.wait(timeout=10)


def count_redis_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the commands this process sends to REDIS_URL (they still go to the real server)."""
    attempts = [0]
    client = ratelimit.redis_client()
    original = client.execute_command

    def counted(*args: Any, **kwargs: Any) -> Any:
        attempts[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(client, "execute_command", counted)
    return attempts


def test_a_frozen_redis_is_tried_once_per_interval(
    world: World, throwaway_redis: tuple[subprocess.Popen[bytes], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    process, url = throwaway_redis
    clock = [1000.0]
    with override_settings(REDIS_URL=url, CUSTOS_REDIS_TIMEOUT_S=0.2):
        monkeypatch.setattr(ratelimit, "_breaker", CircuitBreaker(threshold=1, open_s=30.0, clock=lambda: clock[0]))
        assert world.preflight(destination="eu-api", input=CLEAN).status_code == 200  # loads the Lua script
        attempts = count_redis_calls(monkeypatch)
        assert world.preflight(destination="eu-api", input=CLEAN).status_code == 200
        assert attempts[0] == 1  # healthy: one Lua call per request

        os.kill(process.pid, signal.SIGSTOP)
        statuses = [world.preflight(destination="eu-api", input=CLEAN).status_code for _ in range(10)]
        assert statuses == [200] * 10  # the in-process counter stands in
        assert attempts[0] == 1 + 1  # one timed-out call opened the breaker; the other nine skipped Redis

        clock[0] += 31  # the interval has passed: exactly one probe, which fails again
        for _ in range(5):
            assert world.preflight(destination="eu-api", input=CLEAN).status_code == 200
        assert attempts[0] == 2 + 1

        os.kill(process.pid, signal.SIGCONT)
        clock[0] += 31  # the next probe succeeds and closes the breaker: Redis is used on every request again
        for _ in range(3):
            assert world.preflight(destination="eu-api", input=CLEAN).status_code == 200
        assert attempts[0] == 3 + 3


def test_forged_keys_against_a_frozen_redis_cost_one_attempt(
    world: World, throwaway_redis: tuple[subprocess.Popen[bytes], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.governance.test_key_failures import forge

    process, url = throwaway_redis
    with override_settings(REDIS_URL=url, CUSTOS_REDIS_TIMEOUT_S=0.2, CUSTOS_KEY_FAILURES_PER_SOURCE=1000):
        monkeypatch.setattr(ratelimit, "_breaker", CircuitBreaker(threshold=1, open_s=30.0, clock=lambda: 0.0))
        attempts = count_redis_calls(monkeypatch)
        os.kill(process.pid, signal.SIGSTOP)
        assert [forge(world, "10.9.9.9") for _ in range(10)] == [401] * 10
        assert attempts[0] == 1
