"""The database itself refuses to change or remove audit events."""

from __future__ import annotations

import pytest
from django.db import DatabaseError, connection, transaction

from audit import services
from audit.actors import Actor
from audit.models import AuditEvent
from tests.factories import unlisted_action, unlisted_subject

pytestmark = pytest.mark.django_db


@pytest.fixture
def event() -> AuditEvent:
    with transaction.atomic():
        return services.record(
            actor=Actor.system("tests"),
            action=unlisted_action("test"),
            subject_type=unlisted_subject("thing"),
            payload={"n": 1},
        )


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_auditevent SET action = 'edited'",
        "UPDATE audit_auditevent SET payload = '{}'::jsonb",
        "DELETE FROM audit_auditevent",
        "TRUNCATE audit_auditevent",
        "TRUNCATE audit_auditevent CASCADE",
    ],
)
def test_raw_sql_cannot_change_or_remove_events(event: AuditEvent, statement: str) -> None:
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(statement)
    stored = AuditEvent.objects.get(seq=event.seq)
    assert (stored.action, stored.payload, stored.hash) == ("test", {"n": 1}, event.hash)


def test_inserts_still_work_after_a_refused_change(event: AuditEvent) -> None:
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditevent")
    with transaction.atomic():
        second = services.record(
            actor=Actor.system("tests"), action=unlisted_action("test"), subject_type=unlisted_subject("thing")
        )
    assert second.seq == event.seq + 1
