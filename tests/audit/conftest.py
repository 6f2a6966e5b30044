"""Helpers for the audit tests: append events, tamper behind the triggers' back."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection, transaction

from audit import services
from audit.actors import Actor
from audit.models import AuditEvent
from tests.factories import unlisted_action, unlisted_subject

Append = Callable[..., list[AuditEvent]]


def append_events(count: int, *, action: str = "test", subject_type: str = "n", **payload: Any) -> list[AuditEvent]:
    with transaction.atomic():
        return [
            services.record(
                actor=Actor.system("tests"),
                action=unlisted_action(action),
                subject_type=unlisted_subject(subject_type),
                subject_id=n,
                payload={"n": n, **payload},
            )
            for n in range(count)
        ]


def tamper(sql: str, params: list[str | int | uuid.UUID] | None = None) -> None:
    """Change stored rows as a superuser could, with the append-only triggers switched off for this statement."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL session_replication_role = replica")
        cursor.execute(sql, params or [])
        cursor.execute("SET LOCAL session_replication_role = origin")


@pytest.fixture
def append() -> Append:
    return append_events
