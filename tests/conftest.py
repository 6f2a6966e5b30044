"""Shared test set-up: the real PostgreSQL and Redis must be reachable."""

from __future__ import annotations

import socket
import warnings
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.management.color import Style
from django.db.backends.base.operations import BaseDatabaseOperations
from django.test import Client
from pytest_django import DjangoDbBlocker, Settings

from tests.factories import UserFactory, auditor, officer
from tests.world import World, build_world

if TYPE_CHECKING:
    from tests.classifier.vllm_stub_server import VLLMStub


def _reachable(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=2):
            return True
    except OSError:
        return False


def pytest_sessionstart(session: pytest.Session) -> None:
    database = settings.DATABASES["default"]
    redis = urlsplit(settings.REDIS_URL)
    missing = []
    if str(database["ENGINE"]).endswith("postgresql") and not _reachable(
        str(database["HOST"] or "127.0.0.1"), int(str(database["PORT"] or 5432))
    ):
        missing.append(f"PostgreSQL at {database['HOST']}:{database['PORT'] or 5432} (DATABASE_URL)")
    if not _reachable(redis.hostname or "127.0.0.1", redis.port or 6379):
        missing.append(f"Redis at {redis.hostname}:{redis.port or 6379} (REDIS_URL)")
    if missing:
        pytest.exit(
            "The test suite runs against real services and cannot reach: "
            + "; ".join(missing)
            + ". Start them (bash .ci/run does) or point the URLs elsewhere.",
            returncode=3,
        )


@pytest.fixture(scope="session", autouse=True)
def _allow_test_flush_of_audit_table() -> None:
    """Let Django's test flush empty the append-only audit table.

    Transactional tests end with a TRUNCATE of every table, which the audit
    triggers rightly refuse. Only here, for the test database, the flush runs
    with session_replication_role = replica, which skips ordinary triggers;
    the production role is no superuser and cannot do this.
    """
    from django.db.backends.postgresql.operations import DatabaseOperations

    original = DatabaseOperations.sql_flush

    def sql_flush(
        self: BaseDatabaseOperations,
        style: Style,
        tables: Sequence[str],
        *,
        reset_sequences: bool = False,
        allow_cascade: bool = False,
    ) -> list[str]:
        statements = original(self, style, tables, reset_sequences=reset_sequences, allow_cascade=allow_cascade)
        if "audit_auditevent" in tables and statements:
            # The skipped triggers include the registry-version ones: put a fresh token back by hand.
            token = "INSERT INTO governance_registryversion (id, token) VALUES (1, md5(random()::text)) ON CONFLICT DO NOTHING"
            return ["SET LOCAL session_replication_role = replica", *statements, token]
        return statements

    DatabaseOperations.sql_flush = sql_flush  # type: ignore[method-assign]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: None, django_db_blocker: DjangoDbBlocker) -> Iterator[None]:
    """pytest-django's test database, with sessions left open on it ended before it is dropped.

    A connection a test thread or server left open makes DROP DATABASE wait
    5 s and fail, leaving test_custos_<pid>[_gw<n>] behind (seen once in
    parallel runs). Each one ended is a warning in the summary, to find its owner.
    """
    yield
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    with django_db_blocker.unblock(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid, application_name, state, left(query, 120), pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        for pid, application, state, query, _ended in cursor.fetchall():
            warnings.warn(
                f"ended a session left on the test database: pid {pid} {application!r} {state}: {query}", stacklevel=1
            )


# Signed-in browsers (Django test clients) for the web UI and report tests, one per role.
@pytest.fixture
def officer_client(db: None) -> Client:
    client = Client()
    client.force_login(officer(username="olivia"))
    return client


@pytest.fixture
def auditor_client(db: None) -> Client:
    client = Client()
    client.force_login(auditor(username="arthur"))
    return client


@pytest.fixture
def norole_client(db: None) -> Client:
    client = Client()
    client.force_login(UserFactory.create(username="nobody"))
    return client


@pytest.fixture
def world(db: None) -> World:
    """Destinations, an approved workload ``support``, the default policy and a key for it (tests/world.py)."""
    return build_world()


@pytest.fixture
def vllm_stub(settings: Settings) -> Iterator[VLLMStub]:
    """A scripted vLLM server on loopback, with the LLM second opinion pointed at it (optional, no retries).

    Tests that need more (a required LLM, an API key, a breaker) change the
    settings or ``vllm_stub.api_key`` in the test or a fixture of their own.
    """
    from classifier import llm
    from tests.classifier.vllm_stub_server import VLLMStub

    llm.reset_client()
    with VLLMStub() as server:
        settings.CUSTOS_VLLM_BASE_URL = server.url
        settings.CUSTOS_VLLM_MODEL = server.model
        settings.CUSTOS_VLLM_API_KEY = ""
        settings.CUSTOS_VLLM_TIMEOUT_S = 1.0
        settings.CUSTOS_VLLM_RETRIES = 0
        settings.CUSTOS_VLLM_REQUIRED = False
        yield server
    llm.reset_client()
