"""The pre-flight's in-process registry snapshot: reused while nothing changes, dropped the moment anything does."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from django.db import close_old_connections, connection, models
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from governance import registry, services
from governance.models import Destination, PolicyVersion, RegistryVersion, ServiceKey
from tests.factories import SYSTEM, make_destination, make_workload
from tests.world import World

CLEAN_TEXT = "Please summarise the attached quarterly product roadmap in three bullet points."


def _token() -> str:
    return RegistryVersion.objects.get(pk=1).token


def _new_policy_content(world: World) -> dict[str, Any]:
    content = copy.deepcopy(PolicyVersion.objects.get(status="published").content)
    # Tighten: nothing of this workload may go to an adequacy destination (us-dpf) any more.
    content.setdefault("workload_overrides", {})[world.workload.slug] = [
        {
            "id": "no-adequacy",
            "when": {"transfer_bases": ["adequacy"]},
            "action": "deny",
            "reason_code": "adequacy_paused",
            "message": "Transfers under adequacy decisions are paused for this workload.",
        }
    ]
    return content


REGISTRY_CHANGES: list[tuple[str, Callable[[World], Any]]] = [
    ("workload suspended", lambda w: services.workload_suspend(actor=SYSTEM, workload=w.workload)),
    (
        "allowed destinations changed",
        lambda w: services.workload_update(actor=SYSTEM, workload=w.workload, allowed_destinations=["onprem"]),
    ),
    (
        "destination deactivated",
        lambda w: services.destination_update(
            actor=SYSTEM, destination=Destination.objects.get(slug="eu-api"), active=False
        ),
    ),
    ("key revoked", lambda w: services.servicekey_revoke(actor=SYSTEM, key=w.key)),
    ("key scope widened", lambda w: w.key.workloads.add(make_workload(slug="another"))),
    ("destination created", lambda w: make_destination(slug="new-one")),
    (
        "policy draft saved",
        lambda w: services.policy_draft_create(actor=SYSTEM, content=_new_policy_content(w)),
    ),
]


@pytest.mark.parametrize(("change", "apply"), REGISTRY_CHANGES, ids=[name for name, _ in REGISTRY_CHANGES])
def test_every_registry_write_changes_the_token(world: World, change: str, apply: Callable[[World], Any]) -> None:
    before = _token()
    apply(world)
    assert _token() != before, change


def test_recording_that_a_key_was_used_leaves_the_token_alone(world: World) -> None:
    before = _token()
    ServiceKey.objects.filter(pk=world.key.pk).update(last_used_at=timezone.now())
    assert _token() == before


def _attname(name: str) -> str:
    field = ServiceKey._meta.get_field(name)
    assert isinstance(field, models.Field)
    return field.attname


@pytest.mark.parametrize(
    ("field", "value"),
    [
        (_attname(name), value)
        for name, value in [
            ("name", "renamed"),
            ("key_hash", "0" * 64),
            ("rate_limit_per_minute", 7),
            ("created_by", "someone"),
            ("created_at", dt.datetime(2026, 1, 1, tzinfo=dt.UTC)),
            ("expires_at", dt.datetime(2030, 1, 1, tzinfo=dt.UTC)),
            ("revoked_at", dt.datetime(2026, 1, 1, tzinfo=dt.UTC)),
            ("replaced_by", None),
            ("prefix", "cst_zzzzzzzz"),
        ]
    ],
)
def test_a_change_to_any_key_column_but_last_used_changes_the_token(world: World, field: str, value: Any) -> None:
    before = _token()
    ServiceKey.objects.filter(pk=world.key.pk).update(**{field: value})
    assert _token() != before


def test_the_column_list_above_covers_every_key_column() -> None:
    """A new ServiceKey column must be added to the trigger (migration) and to the test above."""
    columns = {field.column for field in ServiceKey._meta.concrete_fields}
    assert columns == {
        "id", "name", "prefix", "key_hash", "rate_limit_per_minute", "created_by", "created_at",
        "expires_at", "revoked_at", "replaced_by_id", "last_used_at",
    }  # fmt: skip


def test_an_unchanged_registry_costs_one_query_per_request(world: World) -> None:
    assert world.preflight(destination="eu-api", input=CLEAN_TEXT).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert world.preflight(destination="eu-api", input=CLEAN_TEXT).status_code == 200
    reads = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("SELECT")]
    registry_reads = [sql for sql in reads if "governance_" in sql and "governance_decision" not in sql]
    assert registry_reads == ["SELECT token FROM governance_registryversion WHERE id = 1"]


def test_a_revoked_key_is_refused_on_the_next_request(world: World) -> None:
    assert world.preflight(destination="eu-api", input=CLEAN_TEXT).status_code == 200  # fills the snapshot
    services.servicekey_revoke(actor=SYSTEM, key=world.key)
    response = world.preflight(destination="eu-api", input=CLEAN_TEXT)
    assert response.status_code == 401
    assert "revoked" in response.json()["error"]["message"]


def test_a_suspended_workload_is_denied_on_the_next_request(world: World) -> None:
    assert world.preflight(destination="eu-api", input=CLEAN_TEXT).json()["decision"] == "allow"
    services.workload_suspend(actor=SYSTEM, workload=world.workload)
    body = world.preflight(destination="eu-api", input=CLEAN_TEXT).json()
    assert body["decision"] == "deny"
    assert body["reasons"][0]["code"] == "workload_suspended"


def test_a_newly_published_policy_decides_the_next_request(world: World) -> None:
    first = world.preflight(destination="us-dpf", input=CLEAN_TEXT).json()
    assert first["decision"] == "allow"
    draft = services.policy_draft_create(actor=SYSTEM, content=_new_policy_content(world))
    services.policy_publish(actor=SYSTEM, version=draft)
    second = world.preflight(destination="us-dpf", input=CLEAN_TEXT).json()
    assert second["policy_version"] == draft.number != first["policy_version"]
    assert second["decision"] == "deny"
    assert second["reasons"][0]["code"] == "adequacy_paused"


def test_a_missing_token_row_means_no_reuse(world: World) -> None:
    RegistryVersion.objects.all().delete()
    first = registry.current_snapshot()
    second = registry.current_snapshot()
    assert first.token is None
    assert first is not second
    # The next registry write brings the row back.
    make_destination(slug="brings-it-back")
    assert registry.current_snapshot().token == _token()


def test_the_snapshot_is_reused_while_the_token_stands(world: World) -> None:
    first = registry.current_snapshot()
    assert registry.current_snapshot() is first
    make_destination(slug="something-new")
    assert registry.current_snapshot() is not first


@pytest.mark.django_db(transaction=True)
def test_the_token_read_is_the_requests_health_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """No separate health-check query per pre-flight request: the token read does that job."""
    from tests.world import build_world

    world = build_world()
    assert world.preflight(destination="eu-api", input=CLEAN_TEXT).status_code == 200
    # health_check_enabled is Django 5.1's; django-stubs 5.2.9 does not declare it yet.
    assert connection.connection is not None and connection.health_check_enabled  # type: ignore[attr-defined]
    checks: list[bool] = []
    real_is_usable = connection.is_usable

    def is_usable() -> bool:
        checks.append(True)
        return real_is_usable()

    monkeypatch.setattr(connection, "is_usable", is_usable)
    close_old_connections()  # what request_started does in a real server (the test client leaves it out)
    assert world.preflight(destination="eu-api", input=CLEAN_TEXT).status_code == 200
    assert checks == []


@pytest.mark.django_db(transaction=True)
def test_a_connection_that_died_while_idle_is_reopened_not_a_503() -> None:
    """A database restart between requests costs the next pre-flight request nothing but a reconnect."""
    import psycopg

    from tests.world import build_world

    world = build_world()
    assert world.preflight(destination="eu-api", input=CLEAN_TEXT).status_code == 200
    old_pid = connection.connection.info.backend_pid
    settings = connection.settings_dict
    with psycopg.connect(
        host=settings["HOST"], port=settings["PORT"], user=settings["USER"], dbname=connection.settings_dict["NAME"]
    ) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [old_pid])
    close_old_connections()  # what request_started does in a real server (the test client leaves it out)
    response = world.preflight(destination="eu-api", input=CLEAN_TEXT)
    assert response.status_code == 200, response.content
    assert response.json()["decision"] == "allow"
    assert connection.connection.info.backend_pid != old_pid
