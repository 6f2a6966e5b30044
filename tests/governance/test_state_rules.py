"""The two state rules every caller shares: ServiceKey.state(now) and Incident.deadline_status(now)."""

from __future__ import annotations

import datetime as dt

import pytest

from governance.models import Incident, ServiceKey

NOW = dt.datetime(2025, 6, 1, 12, 0, tzinfo=dt.UTC)
SECOND = dt.timedelta(seconds=1)


@pytest.mark.parametrize(
    ("revoked_at", "expires_at", "expected", "accepts"),
    [
        (None, None, ServiceKey.State.ACTIVE, True),
        (None, NOW + SECOND, ServiceKey.State.ROTATING, True),
        (None, NOW, ServiceKey.State.EXPIRED, False),  # expiry is inclusive: at expires_at the key is refused
        (None, NOW - SECOND, ServiceKey.State.EXPIRED, False),
        (NOW - SECOND, None, ServiceKey.State.REVOKED, False),
        (NOW - SECOND, NOW + SECOND, ServiceKey.State.REVOKED, False),  # revocation wins over a rotation overlap
        (NOW - SECOND, NOW - SECOND, ServiceKey.State.REVOKED, False),
    ],
)
def test_service_key_state_at_now(
    revoked_at: dt.datetime | None, expires_at: dt.datetime | None, expected: str, accepts: bool
) -> None:
    key = ServiceKey(prefix="cst_test", revoked_at=revoked_at, expires_at=expires_at)
    assert key.state(NOW) == expected
    assert key.accepts_calls(NOW) is accepts


def _incident(**fields: object) -> Incident:
    defaults: dict[str, object] = {
        "aware_at": NOW - dt.timedelta(days=1),
        "category": Incident.Category.PROPERTY_OR_ENVIRONMENT,
        "died": False,
        "widespread_infringement": False,
        "reported_at": None,
    }
    return Incident(**{**defaults, **fields})


@pytest.mark.parametrize(
    ("fields", "days"),
    [
        ({}, 15),
        ({"died": True}, 10),
        ({"widespread_infringement": True}, 2),
        ({"category": Incident.Category.CRITICAL_INFRASTRUCTURE}, 2),
        ({"died": True, "widespread_infringement": True}, 2),  # the shortest applicable rule wins
    ],
)
def test_incident_deadline_takes_the_shortest_rule(fields: dict[str, object], days: int) -> None:
    incident = _incident(**fields)
    assert incident.report_deadline().days == days
    assert incident.deadline_status(NOW).deadline.due_at == incident.aware_at + dt.timedelta(days=days)


def test_incident_is_not_overdue_at_the_deadline_itself_and_is_one_second_later() -> None:
    incident = _incident(aware_at=NOW - dt.timedelta(days=15))
    at_deadline = incident.deadline_status(NOW)
    assert (at_deadline.overdue, at_deadline.days_left) == (False, 0)
    just_after = incident.deadline_status(NOW + SECOND)
    assert (just_after.overdue, just_after.days_left) == (True, -1)
    just_before = incident.deadline_status(NOW - SECOND)
    assert (just_before.overdue, just_before.days_left) == (False, 0)


def test_a_reported_incident_is_never_overdue() -> None:
    incident = _incident(aware_at=NOW - dt.timedelta(days=30), reported_at=NOW - dt.timedelta(days=1))
    status = incident.deadline_status(NOW)
    assert status.overdue is False
    assert status.days_left == -15
