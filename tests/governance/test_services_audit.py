"""Every registry service records exactly one chained event in its own transaction."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction

from audit.chain import verify_chain
from audit.models import AuditEvent
from governance import services
from governance.models import Destination, Workload
from tests.factories import SYSTEM, make_destination, make_workload

pytestmark = pytest.mark.django_db


def _calls() -> list[tuple[str, Callable[[], Any]]]:
    return [
        ("workload.register", lambda: make_workload()),
        ("workload.update", lambda: services.workload_update(actor=SYSTEM, workload=make_workload(), name="Renamed")),
        ("workload.approve", lambda: services.workload_approve(actor=SYSTEM, workload=make_workload())),
        ("workload.suspend", lambda: services.workload_suspend(actor=SYSTEM, workload=make_workload(approve=True))),
        ("workload.retire", lambda: services.workload_retire(actor=SYSTEM, workload=make_workload())),
        ("destination.create", lambda: make_destination()),
        (
            "destination.update",
            lambda: services.destination_update(actor=SYSTEM, destination=make_destination(), active=False),
        ),
    ]


@pytest.mark.parametrize(("action", "call"), _calls(), ids=[action for action, _ in _calls()])
def test_service_records_exactly_one_event_of_its_action(action: str, call: Callable[[], Any]) -> None:
    with transaction.atomic():
        # Set-up steps (e.g. registering the workload to approve) record their own events first.
        call()
    last = AuditEvent.objects.order_by("-seq").first()
    assert last is not None and last.action == action
    assert AuditEvent.objects.filter(action=action).count() == 1
    assert verify_chain().ok


def test_rolled_back_registration_leaves_no_workload_and_no_event() -> None:
    def register_then_fail() -> None:
        with transaction.atomic():
            make_workload(slug="rolled-back")
            raise RuntimeError("caller failed after the service returned")

    with pytest.raises(RuntimeError, match="caller failed"):
        register_then_fail()
    assert not Workload.objects.filter(slug="rolled-back").exists()
    assert AuditEvent.objects.count() == 0


def test_invalid_input_writes_nothing() -> None:
    make_destination(slug="known")
    before = AuditEvent.objects.count()
    with pytest.raises(ValidationError) as error:
        make_workload(slug="bad", allowed_destinations=["known", "unknown-dest"])
    assert "allowed_destinations" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        make_workload(slug="Not A Slug")
    assert "slug" in error.value.message_dict
    assert AuditEvent.objects.count() == before
    assert not Workload.objects.filter(slug="bad").exists()


def test_slug_reserved_by_the_web_ui_is_refused() -> None:
    with pytest.raises(ValidationError) as error:
        make_workload(slug="register")
    assert "reserved" in error.value.message_dict["slug"][0]


def test_duplicate_slug_is_a_validation_error() -> None:
    make_workload(slug="dup")
    with pytest.raises(ValidationError) as error:
        make_workload(slug="dup")
    assert "slug" in error.value.message_dict


def test_update_records_the_before_and_after_of_each_change() -> None:
    make_destination(slug="eu-one")
    workload = make_workload(name="Old")
    services.workload_update(
        actor=SYSTEM, workload=workload, name="New", allowed_destinations=["eu-one"], screening={"annex_iii_area": 2}
    )
    event = AuditEvent.objects.get(action="workload.update")
    changes = event.payload["changes"]
    assert changes["name"] == ["Old", "New"]
    assert changes["allowed_destinations"] == [[], ["eu-one"]]
    assert changes["screening.annex_iii_area"] == [0, 2]
    assert changes["tier"] == ["minimal", "high_risk"]
    assert event.payload["version"] == 2


def test_update_without_changes_records_nothing() -> None:
    workload = make_workload(name="Same")
    before = AuditEvent.objects.count()
    services.workload_update(actor=SYSTEM, workload=workload, name="Same")
    assert AuditEvent.objects.count() == before


@pytest.mark.parametrize(
    ("fields", "error_field"),
    [
        ({"jurisdiction": "XX"}, "jurisdiction"),
        ({"jurisdiction": "US", "transfer_mechanism": Destination.TransferMechanism.EEA}, "transfer_mechanism"),
        (
            {"jurisdiction": "CN", "transfer_mechanism": Destination.TransferMechanism.ADEQUACY, "adequacy_scope": "x"},
            "transfer_mechanism",
        ),
        ({"jurisdiction": "US", "transfer_mechanism": Destination.TransferMechanism.ADEQUACY}, "adequacy_scope"),
        ({"endpoint_url": "not a url"}, "endpoint_url"),
    ],
)
def test_destination_rules(fields: dict[str, Any], error_field: str) -> None:
    with pytest.raises(ValidationError) as error:
        make_destination(**fields)
    assert error_field in error.value.message_dict
