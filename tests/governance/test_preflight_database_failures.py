"""The pre-flight when its database is down or its chain lock is held (issue 12, items 5 and 7).

Every answer is the JSON error body; a pre-flight answers 503
``decision_unavailable`` after a bounded wait, records nothing, and works again
once the database does.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
import pytest
from django.db import connection
from django.test import Client, override_settings

from audit.models import AuditEvent
from audit.services import _CHAIN_LOCK_KEY
from governance.models import Decision
from tests.factories import officer
from tests.world import World, build_world

CLEAN = "Please summarise the attached quarterly product roadmap in three bullet points."

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def live_world() -> World:
    """The pre-flight world, committed, so that other connections (and reconnections) see it."""
    return build_world()


@contextmanager
def database_unreachable() -> Iterator[None]:
    """Point this process's connection at a closed port: the next query fails to connect, as in an outage."""
    port = connection.settings_dict["PORT"]
    connection.close()
    connection.settings_dict["PORT"] = "1"
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict["PORT"] = port


def other_session() -> psycopg.Connection:
    settings = connection.settings_dict
    return psycopg.connect(
        host=settings["HOST"] or "127.0.0.1",
        port=int(settings["PORT"] or 5432),
        user=settings["USER"],
        password=settings["PASSWORD"] or None,
        dbname=settings["NAME"],
    )


@contextmanager
def chain_lock_held_elsewhere(release_after_s: float | None = None) -> Iterator[None]:
    """Another session takes the audit chain lock (as a stalled writer would) and keeps it (for a while)."""
    other = other_session()
    release = threading.Timer(release_after_s or 0, other.rollback)
    try:
        other.execute("SELECT pg_advisory_xact_lock(%s)", [_CHAIN_LOCK_KEY])  # held until rollback
        if release_after_s is not None:
            release.start()
        yield
    finally:
        release.cancel()
        other.rollback()
        other.close()


@contextmanager
def workload_row_locked_elsewhere(world: World) -> Iterator[None]:
    """Another session holds the workload's row FOR UPDATE: a decision's foreign-key check waits for it."""
    other = other_session()
    try:
        other.execute("SELECT id FROM governance_workload WHERE id = %s FOR UPDATE", [world.workload.pk])
        yield
    finally:
        other.rollback()
        other.close()


def test_database_down_gives_a_json_503_decision_unavailable(live_world: World) -> None:
    """Authentication reads the registry token first: its OperationalError used to be Django's HTML 500."""
    with database_unreachable():
        response = live_world.preflight(destination="eu-api", input=CLEAN)
    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    error = response.json()["error"]
    assert error["code"] == "decision_unavailable"
    assert "do not send the payload" in error["message"]
    assert "127.0.0.1" not in error["message"] and "port" not in error["message"]
    assert not Decision.objects.exists()
    # No restart: the next request connects again and decides.
    response = live_world.preflight(destination="eu-api", input=CLEAN)
    assert response.status_code == 200, response.content
    assert Decision.objects.filter(pk=response.json()["decision_id"]).exists()


def test_database_down_gives_json_503_on_other_api_endpoints(live_world: World) -> None:
    client = Client()
    client.force_login(officer(username="olivia"))
    with database_unreachable():
        response = client.get("/api/v1/workloads/")
        lookup = live_world.client.get("/api/v1/decisions/00000000-0000-0000-0000-000000000000")
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "service_unavailable"
    assert lookup.status_code == 503
    assert lookup.json()["error"]["code"] == "service_unavailable"


def test_any_unexpected_api_error_is_the_json_body(live_world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(**kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr("governance.api.preflight.preflight_decide", broken)
    client = Client(raise_request_exception=False, HTTP_AUTHORIZATION=f"Bearer {live_world.plaintext}")
    response = client.post(
        "/api/v1/preflight", {"workload": "support", "destination": "eu-api", "input": CLEAN}, "application/json"
    )
    assert response.status_code == 500
    assert response.json() == {
        "error": {"code": "server_error", "message": "The server failed to answer this request.", "fields": {}}
    }
    missing = Client().get("/api/v1/no-such-endpoint")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "not_found"


@override_settings(CUSTOS_PREFLIGHT_LOCK_TIMEOUT_S=0.2)
def test_held_chain_lock_gives_503_after_the_lock_timeout(live_world: World) -> None:
    """Another session holding the chain lock used to stop every pre-flight without limit."""
    events = AuditEvent.objects.count()
    with chain_lock_held_elsewhere():
        response = live_world.preflight(destination="eu-api", input=CLEAN)
        assert response.status_code == 503
        error = response.json()["error"]
        assert error["code"] == "decision_unavailable"
        assert (
            "locked for more than 0.2 s" in error["message"] and "CUSTOS_PREFLIGHT_LOCK_TIMEOUT_S" in error["message"]
        )
        assert not Decision.objects.exists()
        assert AuditEvent.objects.count() == events
    response = live_world.preflight(destination="eu-api", input=CLEAN)
    assert response.status_code == 200, response.content
    assert Decision.objects.count() == 1
    assert AuditEvent.objects.count() == events + 1


@override_settings(CUSTOS_PREFLIGHT_LOCK_TIMEOUT_S=5.0, CUSTOS_PREFLIGHT_STATEMENT_TIMEOUT_S=0.2)
def test_statement_timeout_bounds_the_audit_append(live_world: World) -> None:
    with chain_lock_held_elsewhere():
        response = live_world.preflight(destination="eu-api", input=CLEAN)
    assert response.status_code == 503
    assert "CUSTOS_PREFLIGHT_STATEMENT_TIMEOUT_S" in response.json()["error"]["message"]
    assert not Decision.objects.exists()


@override_settings(CUSTOS_PREFLIGHT_LOCK_TIMEOUT_S=5.0, CUSTOS_PREFLIGHT_STATEMENT_TIMEOUT_S=0.3)
def test_statement_timeout_bounds_the_waits_together(live_world: World) -> None:
    """The chain lock freed at 0.2 s leaves less than the 0.3 s budget for the row's locks: the rest is refused."""
    with chain_lock_held_elsewhere(release_after_s=0.2), workload_row_locked_elsewhere(live_world):
        response = live_world.preflight(destination="eu-api", input=CLEAN)
    assert response.status_code == 503
    assert "CUSTOS_PREFLIGHT_STATEMENT_TIMEOUT_S" in response.json()["error"]["message"]
    assert not Decision.objects.exists()


def test_decision_is_recorded_by_one_statement_outside_a_transaction(live_world: World) -> None:
    """The bounds travel in the append call: no BEGIN, SET LOCAL and COMMIT around it (three round trips)."""
    statements: list[tuple[str, bool]] = []

    def note(execute: Callable[..., Any], sql: str, params: Any, many: bool, context: dict[str, Any]) -> Any:
        statements.append((sql, connection.in_atomic_block))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(note):
        response = live_world.preflight(destination="eu-api", input=CLEAN)
    assert response.status_code == 200, response.content
    appends = [in_transaction for sql, in_transaction in statements if "audit_append(" in sql]
    assert appends == [False]
    assert not [sql for sql, _ in statements if "set_config" in sql]
    assert Decision.objects.get(pk=response.json()["decision_id"]).audit_seq == AuditEvent.objects.latest("seq").seq


def test_timeouts_end_with_the_pre_flight_transaction(live_world: World) -> None:
    """SET LOCAL: the next work on the same connection keeps the server's defaults."""
    assert live_world.preflight(destination="eu-api", input=CLEAN).status_code == 200
    with connection.cursor() as cursor:
        cursor.execute("SHOW lock_timeout")
        assert cursor.fetchone()[0] == "0"
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone()[0] == "0"
