"""The Custos the benchmarks measure: a fresh PostgreSQL database, migrated, with the demo data and a service key.

preflight.py, gateway.py and integrations.py start from the same set-up, so their figures compare. Production
settings (``config.settings``, DEBUG off, warm-up on) with fixed benchmark-only secrets.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PY = sys.executable
WORKLOAD = "support-summarizer"  # a demo-data workload allowed to every demo destination

BENCH_SETTINGS = {
    "DJANGO_SETTINGS_MODULE": "config.settings",
    "SECRET_KEY": "benchmark-only-secret-key-0123456789abcdef",
    "CUSTOS_AUDIT_HMAC_KEY": "benchmark-only-hmac-key-0123456789abcdef",
    "CUSTOS_AUDIT_SIGNING_KEY": "YmVuY2htYXJrLW9ubHktZWQyNTUxOS1zZWVkLTAxMjM=",
    "CUSTOS_DEMO_PASSWORD": "benchmark-password",
    "ALLOWED_HOSTS": "127.0.0.1",
    "DEBUG": "false",
    "SECURE_SSL_REDIRECT": "false",
    "CUSTOS_WARM_UP": "true",
    "LOG_LEVEL": "WARNING",
}


@dataclass(frozen=True)
class BenchCustos:
    """The environment a server or ``manage.py`` command of this set-up runs with, and the service key's plaintext."""

    env: dict[str, str]
    key: str

    def manage(self, *args: str, capture: bool = False) -> str:
        """Run ``manage.py`` against the benchmark database; its standard output when ``capture``."""
        done = subprocess.run(
            [PY, "manage.py", *args], cwd=REPO, env=self.env, check=True, capture_output=capture, text=True
        )
        return done.stdout if capture else ""


def bench_custos(database: str, *, extra_env: Mapping[str, str] | None = None) -> BenchCustos:
    """Drop and create ``database`` on 127.0.0.1, migrate it, load the demo data and make a key for WORKLOAD."""
    subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", database], check=True)
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", database], check=True)
    env = {
        **os.environ,
        **BENCH_SETTINGS,
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{database}",
        **(extra_env or {}),
    }
    custos = BenchCustos(env=env, key="")
    custos.manage("migrate", "-v0")
    custos.manage("demo_data", capture=True)
    key = custos.manage(
        "servicekey_create", "--workload", WORKLOAD, "--name", "benchmark", "--rate-limit", "1000000", capture=True
    )
    return BenchCustos(env=env, key=key.strip())


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
