"""Workload lifecycle: transitions only through services, with their rules."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.core.exceptions import ValidationError

from audit.models import AuditEvent
from governance import services
from governance.lifecycle import InvalidTransition
from governance.models import Workload
from tests.factories import SYSTEM, make_workload

pytestmark = pytest.mark.django_db
S = Workload.Status


def test_draft_is_approved_suspended_reapproved_and_retired() -> None:
    workload = make_workload()
    assert workload.status == S.DRAFT
    workload = services.workload_approve(actor=SYSTEM, workload=workload, reason="ok")
    assert workload.status == S.APPROVED
    workload = services.workload_suspend(actor=SYSTEM, workload=workload, reason="incident")
    assert workload.status == S.SUSPENDED
    workload = services.workload_approve(actor=SYSTEM, workload=workload, reason="fixed")
    workload = services.workload_retire(actor=SYSTEM, workload=workload, reason="replaced")
    assert workload.status == S.RETIRED
    actions = list(AuditEvent.objects.filter(subject_id=workload.slug).values_list("action", flat=True))
    assert actions == [
        "workload.register",
        "workload.approve",
        "workload.suspend",
        "workload.approve",
        "workload.retire",
    ]


@pytest.mark.parametrize(
    ("setup", "service"),
    [
        ([], services.workload_suspend),  # draft cannot be suspended
        (["approve"], services.workload_approve),  # approved cannot be approved again
        (["retire"], services.workload_approve),  # retired is final
        (["retire"], services.workload_suspend),
        (["retire"], services.workload_retire),
    ],
)
def test_invalid_transitions_are_refused_and_not_audited(setup: list[str], service: Callable[..., Workload]) -> None:
    workload = make_workload()
    for step in setup:
        workload = getattr(services, f"workload_{step}")(actor=SYSTEM, workload=workload)
    before = AuditEvent.objects.count()
    with pytest.raises(InvalidTransition):
        service(actor=SYSTEM, workload=workload)
    assert AuditEvent.objects.count() == before
    assert Workload.objects.get(pk=workload.pk).status == workload.status


def test_prohibited_workload_can_never_be_approved() -> None:
    workload = make_workload(screening={"art5_c_social_scoring": True})
    assert workload.tier == Workload.Tier.PROHIBITED
    with pytest.raises(InvalidTransition, match="prohibited"):
        services.workload_approve(actor=SYSTEM, workload=workload)


def test_high_risk_needs_oversight_contact_to_be_approved() -> None:
    workload = make_workload(screening={"annex_iii_area": 4}, oversight_contact="")
    with pytest.raises(InvalidTransition, match="oversight"):
        services.workload_approve(actor=SYSTEM, workload=workload)


def test_high_risk_retention_below_six_months_is_rejected() -> None:
    with pytest.raises(ValidationError) as error:
        make_workload(screening={"annex_iii_area": 1}, log_retention_days=90)
    assert "log_retention_days" in error.value.message_dict


def test_answers_that_make_an_approved_workload_prohibited_suspend_it() -> None:
    workload = make_workload(approve=True)
    workload = services.workload_update(actor=SYSTEM, workload=workload, screening={"art5_a_manipulation": True})
    assert (workload.tier, workload.status) == (Workload.Tier.PROHIBITED, S.SUSPENDED)
    event = AuditEvent.objects.filter(action="workload.update").last()
    assert event is not None and event.payload["changes"]["status"] == ["approved", "suspended"]


def test_status_cannot_be_set_through_update() -> None:
    workload = make_workload()
    with pytest.raises(ValidationError, match="Unknown field"):
        services.workload_update(actor=SYSTEM, workload=workload, status="approved")
