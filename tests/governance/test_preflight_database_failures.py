"""The pre-flight when its database is down or its chain lock is held (issue 12, items 5 and 7).

Every answer is the JSON error body; a pre-flight answers 503
``decision_unavailable`` after a bounded wait, records nothing, and works again
once the database does.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

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


@contextmanager
def chain_lock_held_elsewhere() -> Iterator[None]:
    """Another session takes the audit chain lock (as a stalled writer would) and keeps it."""
    settings = connection.settings_dict
    other = psycopg.connect(
        host=settings["HOST"] or "127.0.0.1",
        port=int(settings["PORT"] or 5432),
        user=settings["USER"],
        password=settings["PASSWORD"] or None,
        dbname=settings["NAME"],
    )
    try:
        other.execute("SELECT pg_advisory_xact_lock(%s)", [_CHAIN_LOCK_KEY])  # held until rollback
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


def test_timeouts_end_with_the_pre_flight_transaction(live_world: World) -> None:
    """SET LOCAL: the next work on the same connection keeps the server's defaults."""
    assert live_world.preflight(destination="eu-api", input=CLEAN).status_code == 200
    with connection.cursor() as cursor:
        cursor.execute("SHOW lock_timeout")
        assert cursor.fetchone()[0] == "0"
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone()[0] == "0"
