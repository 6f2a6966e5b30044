"""Recording, reporting and closing serious incidents: validation and the audit event of each."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from audit.chain import verify_chain
from audit.models import AuditEvent
from governance.models import Incident
from reports import services
from reports.builders import incident_register
from tests.factories import SYSTEM, make_workload

pytestmark = pytest.mark.django_db


def record(**overrides: object) -> Incident:
    fields: dict[str, object] = {
        "title": "Wrong triage priority",
        "description": "A patient was triaged as non-urgent.",
        "aware_at": timezone.now() - dt.timedelta(days=1),
        "category": Incident.Category.HEALTH,
        "member_states": ["de", "AT"],
    }
    fields.update(overrides)
    if "workload" not in fields:
        fields["workload"] = make_workload(slug="triage")
    return services.incident_record(actor=SYSTEM, **fields)  # type: ignore[arg-type]


def test_recording_an_incident_audits_its_deadline_without_the_description() -> None:
    incident = record(died=True)
    assert incident.status == Incident.Status.OPEN
    assert incident.member_states == ["AT", "DE"]
    event = AuditEvent.objects.get(action="incident.record")
    assert event.subject_type == "incident" and event.subject_id == str(incident.pk)
    assert event.payload["workload"] == "triage"
    assert event.payload["deadline"] == (incident.aware_at + dt.timedelta(days=10)).isoformat()
    assert "Art. 73(4)" in event.payload["deadline_rule"]
    assert "patient" not in str(event.payload)
    assert verify_chain().ok


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"member_states": ["US"]}, "member_states"),
        ({"category": "z"}, "category"),
        ({"title": ""}, "title"),
        ({"aware_at": timezone.now() + dt.timedelta(days=1)}, "aware_at"),
    ],
)
def test_bad_incidents_are_refused_naming_the_field(overrides: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as exc:
        record(**overrides)
    assert field in exc.value.message_dict
    assert not Incident.objects.exists()
    assert not AuditEvent.objects.filter(action="incident.record").exists()


def test_marking_reported_records_whether_it_was_on_time() -> None:
    incident = record(
        category=Incident.Category.CRITICAL_INFRASTRUCTURE, aware_at=timezone.now() - dt.timedelta(days=3)
    )
    incident = services.incident_mark_reported(actor=SYSTEM, incident=incident, reported_at=timezone.now())
    assert incident.status == Incident.Status.REPORTED
    event = AuditEvent.objects.get(action="incident.report")
    assert event.payload["on_time"] is False  # 2-day deadline, reported after 3 days
    with pytest.raises(ValidationError, match="only an open incident"):
        services.incident_mark_reported(actor=SYSTEM, incident=incident, reported_at=timezone.now())


def test_a_report_cannot_precede_awareness_or_lie_in_the_future() -> None:
    incident = record()
    with pytest.raises(ValidationError) as exc:
        services.incident_mark_reported(
            actor=SYSTEM, incident=incident, reported_at=incident.aware_at - dt.timedelta(hours=1)
        )
    assert "reported_at" in exc.value.message_dict
    with pytest.raises(ValidationError):
        services.incident_mark_reported(
            actor=SYSTEM, incident=incident, reported_at=timezone.now() + dt.timedelta(hours=1)
        )
    assert not AuditEvent.objects.filter(action="incident.report").exists()


def test_closing_needs_a_note_and_happens_once() -> None:
    incident = record()
    with pytest.raises(ValidationError, match="Say why"):
        services.incident_close(actor=SYSTEM, incident=incident, note="  ")
    incident = services.incident_close(actor=SYSTEM, incident=incident, note="Not serious: no harm occurred.")
    assert incident.status == Incident.Status.CLOSED and incident.closed_at is not None
    event = AuditEvent.objects.get(action="incident.close")
    assert event.payload == {
        "workload": "triage",
        "from": "open",
        "reported": False,
        "note": "Not serious: no harm occurred.",
    }
    with pytest.raises(ValidationError, match="already closed"):
        services.incident_close(actor=SYSTEM, incident=incident, note="again")


def test_the_register_shows_deadline_days_left_and_overdue() -> None:
    now = timezone.now()
    overdue = record(title="late", aware_at=now - dt.timedelta(days=3), widespread_infringement=True)
    pending = record(
        workload=make_workload(slug="other"), title="pending", aware_at=now - dt.timedelta(days=4, hours=1)
    )
    reported = record(workload=make_workload(slug="third"), title="reported", aware_at=now - dt.timedelta(days=20))
    services.incident_mark_reported(actor=SYSTEM, incident=reported, reported_at=now - dt.timedelta(days=19))
    rows = {row.title: row for row in incident_register(now=now)}
    assert rows["late"].deadline_days == 2 and rows["late"].overdue and rows["late"].days_left == -1
    assert rows["pending"].deadline_days == 15 and not rows["pending"].overdue and rows["pending"].days_left == 10
    assert not rows["reported"].overdue and rows["reported"].reported_on_time is True
    assert [row.title for row in incident_register(now=now, status="reported")] == ["reported"]
    assert overdue.pk and pending.pk
