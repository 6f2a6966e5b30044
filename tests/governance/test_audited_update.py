"""audited_update: the one helper that applies a change, diffs before/after, saves and audits it."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from audit.actions import AuditAction, SubjectType
from audit.models import AuditEvent
from governance import services
from governance.models import Destination
from reports import services as report_services
from tests.factories import SYSTEM, make_destination, make_workload

pytestmark = pytest.mark.django_db


def _update(destination: Destination, **values: object) -> dict[str, list[object]]:
    return services.audited_update(
        actor=SYSTEM,
        instance=destination,
        values=values,
        snapshot=lambda: services.field_snapshot(destination, ("region", "active")),
        prepare=destination.full_clean,
        action=AuditAction.DESTINATION_UPDATE,
        subject_type=SubjectType.DESTINATION,
        subject_id=destination.slug,
    )


def test_the_event_carries_before_and_after_of_each_changed_field_only() -> None:
    destination = make_destination(region="eu-west-3", active=True)
    changes = _update(destination, region="eu-central-1", active=True)
    assert changes == {"region": ["eu-west-3", "eu-central-1"]}
    event = AuditEvent.objects.order_by("-seq").first()
    assert event is not None
    assert (event.action, event.subject_id) == ("destination.update", destination.slug)
    assert event.payload == {"changes": {"region": ["eu-west-3", "eu-central-1"]}}
    destination.refresh_from_db()
    assert destination.region == "eu-central-1"


def test_nothing_is_saved_or_recorded_when_nothing_changed() -> None:
    destination = make_destination(region="eu-west-3")
    events_before = AuditEvent.objects.count()
    assert _update(destination, region="eu-west-3") == {}
    assert AuditEvent.objects.count() == events_before


def test_a_failed_validation_saves_and_records_nothing() -> None:
    destination = make_destination(region="eu-west-3")
    events_before = AuditEvent.objects.count()
    with pytest.raises(ValidationError):
        _update(destination, jurisdiction="not a country", region="eu-central-1")
    assert AuditEvent.objects.count() == events_before
    destination.refresh_from_db()
    assert destination.region == "eu-west-3"


def test_the_three_update_services_keep_their_payloads() -> None:
    destination = make_destination(active=True)
    services.destination_update(actor=SYSTEM, destination=destination, active=False)
    assert AuditEvent.objects.order_by("-seq")[0].payload == {"changes": {"active": [True, False]}}

    workload = make_workload(name="Before")
    services.workload_update(actor=SYSTEM, workload=workload, name="After")
    assert AuditEvent.objects.order_by("-seq")[0].payload == {"version": 2, "changes": {"name": ["Before", "After"]}}

    report_services.registration_update(actor=SYSTEM, workload=workload)
    first = AuditEvent.objects.order_by("-seq")[0]
    assert (first.action, first.payload["created"], first.payload["changes"]) == ("registration.update", True, {})
    events = AuditEvent.objects.count()
    report_services.registration_update(actor=SYSTEM, workload=workload)
    assert AuditEvent.objects.count() == events  # unchanged and no longer new: nothing recorded
