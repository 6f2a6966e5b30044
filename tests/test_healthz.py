"""GET /healthz reports the database (writable), the broker and the audit chain head; details to staff only."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from django.db import connection, transaction
from django.test import Client, override_settings

from audit import services
from audit.actors import Actor
from governance.models import HealthHeartbeat
from tests.factories import auditor, unlisted_action, unlisted_subject
from tests.governance.test_preflight_database_failures import database_unreachable

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client() -> Client:
    client = Client()
    client.force_login(auditor(username="arthur"))
    return client


def test_healthy_instance_reports_every_check(staff_client: Client) -> None:
    with transaction.atomic():
        event = services.record(
            actor=Actor.system("tests"), action=unlisted_action("test"), subject_type=unlisted_subject("thing")
        )
    response = staff_client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"] == {**body["checks"]["database"], "status": "ok", "writable": True}
    assert body["checks"]["broker"] == {**body["checks"]["broker"], "status": "ok", "mode": "redis"}
    assert body["checks"]["audit_chain"]["head_seq"] == event.seq
    assert body["checks"]["audit_chain"]["head_hash"] == event.hash
    assert body["checks"]["llm_second_opinion"]["status"] == "off"  # not configured: the stage is off, not failing


def test_the_database_check_commits_a_write() -> None:
    assert Client().get("/healthz").status_code == 200
    first = HealthHeartbeat.objects.get().beat_at
    assert Client().get("/healthz").status_code == 200
    assert HealthHeartbeat.objects.get().beat_at > first  # one row, rewritten on every check


def test_anonymous_callers_see_statuses_only() -> None:
    body = Client().get("/healthz").json()
    assert body == {
        "status": "ok",
        "checks": {
            "database": {"status": "ok"},
            "broker": {"status": "ok"},
            "audit_chain": {"status": "ok"},
            "llm_second_opinion": {"status": "off"},
        },
    }


@override_settings(CELERY_BROKER_URL="redis://127.0.0.1:1/0", CUSTOS_HEALTH_TIMEOUT_S=0.5)
def test_unreachable_broker_is_a_503_with_its_error_for_staff_only(staff_client: Client) -> None:
    anonymous = Client().get("/healthz")
    assert anonymous.status_code == 503
    assert anonymous.json()["checks"]["broker"] == {"status": "error"}
    assert "127.0.0.1" not in anonymous.content.decode() and "Connection" not in anonymous.content.decode()
    response = staff_client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["checks"]["broker"]["status"] == "error"
    assert "Connection" in body["checks"]["broker"]["error"]
    assert body["checks"]["database"]["status"] == "ok"


@contextmanager
def read_only_database() -> Iterator[None]:
    """ALTER DATABASE ... SET default_transaction_read_only = on, as the fault run did: new sessions cannot write."""
    name = connection.settings_dict["NAME"]
    with connection.cursor() as cursor:
        cursor.execute(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on')
    connection.close()
    try:
        yield
    finally:
        connection.close()
        with connection.cursor() as cursor:
            cursor.execute("SET default_transaction_read_only = off")
            cursor.execute(f'ALTER DATABASE "{name}" RESET default_transaction_read_only')
        connection.close()


@pytest.mark.django_db(transaction=True)
def test_read_only_database_is_a_503() -> None:
    """A SELECT 1 succeeded on a read-only database while every pre-flight got 503."""
    staff = Client()
    staff.force_login(auditor(username="arthur"))  # before: signing in writes a session
    with read_only_database():
        anonymous = Client().get("/healthz")
        detailed = staff.get("/healthz")
    assert anonymous.status_code == 503
    assert anonymous.json()["status"] == "unavailable"
    assert anonymous.json()["checks"]["database"] == {"status": "error"}
    assert "read-only" not in anonymous.content.decode()
    assert detailed.status_code == 503
    assert "read-only transaction" in detailed.json()["checks"]["database"]["error"]
    assert Client().get("/healthz").status_code == 200  # writable again: healthy again, no restart


@pytest.mark.django_db(transaction=True)
def test_unreachable_database_is_a_503_without_its_address() -> None:
    staff = Client()
    staff.force_login(auditor(username="arthur"))
    with database_unreachable():
        anonymous = Client().get("/healthz")
        signed_in = staff.get("/healthz")  # the session cannot be read either: statuses only
    for response in (anonymous, signed_in):
        assert response.status_code == 503
        assert response.json()["checks"]["database"] == {"status": "error"}
        assert "port" not in response.content.decode() and "127.0.0.1" not in response.content.decode()
