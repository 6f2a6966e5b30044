"""Four-eyes control (governance.changes): requests that a second officer approves, each step audited."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from pytest_django import Settings

from access.roles import can_edit_registry
from audit.actions import AuditAction
from audit.actors import Actor
from audit.models import AuditEvent
from audit.verification import verify_log
from governance import changes, services
from governance.demo import load_demo_data
from governance.models import ChangeRequest, Destination, PolicyVersion, Workload
from tests.factories import SYSTEM, make_destination, make_workload, officer

pytestmark = pytest.mark.django_db

CHECKLIST = {
    "oversight_assigned": True,
    "oversight_contact": "oversight@example.eu",
    "logs_kept": True,
    "log_retention_days": 183,
    "workers_informed": True,
    "dpia_reference": "DPIA-2026-014",
    "fria_required": False,
    "fria_reference": "",
}


@pytest.fixture(autouse=True)
def four_eyes(settings: Settings) -> None:
    settings.CUSTOS_FOUR_EYES = True


@pytest.fixture
def people() -> tuple[Actor, Actor]:
    return Actor.for_user(officer(username="olivia")), Actor.for_user(officer(username="oscar"))


def high_risk(slug: str = "cv-ranker") -> Workload:
    return make_workload(
        slug=slug,
        log_retention_days=183,
        screening={"annex_iii_area": 4, "profiles_natural_persons": True},
    )


def actions_of(request: ChangeRequest) -> list[str]:
    return list(
        AuditEvent.objects.filter(subject_type="change_request", subject_id=str(request.pk))
        .order_by("seq")
        .values_list("action", flat=True)
    )


def request_approval(actor: Actor, workload: Workload) -> ChangeRequest:
    return changes.change_request_create(
        actor=actor,
        kind=ChangeRequest.Kind.WORKLOAD_APPROVE,
        target=workload.slug,
        change={"reason": "DPIA done", "checklist": CHECKLIST},
        reason="DPIA done",
    )


def test_a_high_risk_approval_applies_only_when_a_second_officer_approves(people: tuple[Actor, Actor]) -> None:
    olivia, oscar = people
    workload = high_risk()
    request = request_approval(olivia, workload)
    workload.refresh_from_db()
    assert workload.status == Workload.Status.DRAFT  # nothing applied yet

    changes.change_request_approve(actor=oscar, request=request, note="Checked the DPIA.")

    workload.refresh_from_db()
    request.refresh_from_db()
    assert workload.status == Workload.Status.APPROVED
    assert request.status == ChangeRequest.Status.APPLIED and request.decided_by == "oscar"
    assert actions_of(request) == [AuditAction.CHANGE_REQUEST, AuditAction.CHANGE_APPROVE, AuditAction.CHANGE_APPLY]
    approve = AuditEvent.objects.get(action=AuditAction.WORKLOAD_APPROVE, subject_id="cv-ranker")
    assert approve.actor_label == "oscar"
    assert approve.payload["checklist"]["dpia_reference"] == "DPIA-2026-014"
    # The service's event sits between the approval and the apply step, in one transaction.
    seqs = {e.action: e.seq for e in AuditEvent.objects.filter(seq__gte=approve.seq - 1, seq__lte=approve.seq + 1)}
    assert seqs[AuditAction.CHANGE_APPROVE] < approve.seq < seqs[AuditAction.CHANGE_APPLY]
    apply = AuditEvent.objects.get(action=AuditAction.CHANGE_APPLY)
    assert apply.payload["requested_by"] == "olivia" and apply.payload["approved_by"] == "oscar"
    assert verify_log().ok


def test_the_requester_cannot_approve_or_reject_their_own_request(people: tuple[Actor, Actor]) -> None:
    olivia, _oscar = people
    workload = high_risk()
    request = request_approval(olivia, workload)

    with pytest.raises(changes.ChangeRefused, match="another officer must approve") as refused:
        changes.change_request_approve(actor=olivia, request=request)
    assert refused.value.code == "self_approval"
    with pytest.raises(changes.ChangeRefused, match="withdraw it"):
        changes.change_request_reject(actor=olivia, request=request, note="changed my mind")

    workload.refresh_from_db()
    request.refresh_from_db()
    assert workload.status == Workload.Status.DRAFT and request.status == ChangeRequest.Status.PENDING
    refusals = AuditEvent.objects.filter(action=AuditAction.CHANGE_REFUSE).order_by("seq")
    assert [(e.actor_label, e.payload["step"], e.payload["refused"]) for e in refusals] == [
        ("olivia", "approve", "self_approval"),
        ("olivia", "reject", "self_rejection"),
    ]


def test_a_stale_request_cannot_be_approved(people: tuple[Actor, Actor]) -> None:
    olivia, oscar = people
    workload = high_risk()
    request = request_approval(olivia, workload)
    services.workload_update(actor=SYSTEM, workload=workload, purpose="Now also ranks internal candidates.")
    assert changes.is_stale(request)

    with pytest.raises(changes.ChangeRefused, match="changed since this request was made") as refused:
        changes.change_request_approve(actor=oscar, request=request)

    assert refused.value.code == "stale"
    assert Workload.objects.get(slug="cv-ranker").status == Workload.Status.DRAFT
    assert AuditEvent.objects.get(action=AuditAction.CHANGE_REFUSE).payload["refused"] == "stale"


def test_reject_needs_a_note_and_withdraw_is_only_for_the_requester(people: tuple[Actor, Actor]) -> None:
    olivia, oscar = people
    first = request_approval(olivia, high_risk("first"))
    with pytest.raises(ValidationError, match="Say why"):
        changes.change_request_reject(actor=oscar, request=first, note=" ")
    changes.change_request_reject(actor=oscar, request=first, note="No DPIA on file.")
    assert ChangeRequest.objects.get(pk=first.pk).status == ChangeRequest.Status.REJECTED
    with pytest.raises(ValidationError, match="already rejected"):
        changes.change_request_approve(actor=oscar, request=first)

    second = request_approval(olivia, high_risk("second"))
    with pytest.raises(changes.ChangeRefused, match="Only the officer who made the request"):
        changes.change_request_withdraw(actor=oscar, request=second)
    changes.change_request_withdraw(actor=olivia, request=second)
    assert ChangeRequest.objects.get(pk=second.pk).status == ChangeRequest.Status.WITHDRAWN
    assert actions_of(first) == [AuditAction.CHANGE_REQUEST, AuditAction.CHANGE_REJECT]
    assert actions_of(second) == [AuditAction.CHANGE_REQUEST, AuditAction.CHANGE_REFUSE, AuditAction.CHANGE_WITHDRAW]
    assert Workload.objects.filter(status=Workload.Status.APPROVED).count() == 0


def test_a_request_is_checked_when_made(people: tuple[Actor, Actor]) -> None:
    olivia, _oscar = people
    workload = high_risk()
    with pytest.raises(ValidationError, match="Confirm"):
        changes.change_request_create(
            actor=olivia, kind=ChangeRequest.Kind.WORKLOAD_APPROVE, target=workload.slug, change={"checklist": {}}
        )
    request_approval(olivia, workload)
    with pytest.raises(ValidationError, match="already waiting"):
        request_approval(olivia, workload)
    with pytest.raises(ValidationError, match="There is no adequacy decision for CN"):
        changes.change_request_create(
            actor=olivia,
            kind=ChangeRequest.Kind.DESTINATION_CREATE,
            target="cn-api",
            change={"fields": destination_fields(jurisdiction="CN", transfer_mechanism="adequacy")},
        )
    assert ChangeRequest.objects.count() == 1


def destination_fields(**overrides: Any) -> dict[str, Any]:
    return {
        "provider": "Example AI",
        "model": "large",
        "endpoint_url": "https://api.example.com/v1",
        "kind": "external",
        "jurisdiction": "US",
        "region": "",
        "dpa_signed": False,
        "transfer_mechanism": "none",
        "adequacy_scope": "",
        "adequacy_review_date": None,
        "active": True,
        **overrides,
    }


def test_a_destination_and_its_transfer_basis_change_through_a_second_officer(people: tuple[Actor, Actor]) -> None:
    olivia, oscar = people
    create = changes.change_request_create(
        actor=olivia,
        kind=ChangeRequest.Kind.DESTINATION_CREATE,
        target="us-api",
        change={"fields": destination_fields()},
    )
    assert not Destination.objects.filter(slug="us-api").exists()
    changes.change_request_approve(actor=oscar, request=create)
    destination = Destination.objects.get(slug="us-api")
    assert destination.transfer_mechanism == "none"

    fields = {
        "transfer_mechanism": "adequacy",
        "adequacy_scope": "EU-US Data Privacy Framework",
        "adequacy_review_date": dt.date(2027, 7, 10),
        "dpa_signed": True,
    }
    assert changes.destination_change_needs_second_officer(destination, fields) is True
    assert changes.destination_change_needs_second_officer(destination, {"model": "larger"}) is False
    update = changes.change_request_create(
        actor=oscar, kind=ChangeRequest.Kind.DESTINATION_UPDATE, target="us-api", change={"fields": fields}
    )
    changes.change_request_approve(actor=olivia, request=update)
    destination.refresh_from_db()
    assert destination.adequacy_review_date == dt.date(2027, 7, 10) and destination.dpa_signed
    update_event = AuditEvent.objects.get(action=AuditAction.DESTINATION_UPDATE, subject_id="us-api")
    assert update_event.actor_label == "olivia"
    assert update_event.payload["changes"]["transfer_mechanism"] == ["none", "adequacy"]


def test_only_basis_fields_need_a_second_officer(settings: Settings) -> None:
    destination = make_destination(slug="eu-api")
    assert not changes.destination_change_needs_second_officer(destination, {"model": "larger", "active": False})
    assert changes.destination_change_needs_second_officer(destination, {"dpa_signed": False})
    assert not changes.destination_change_needs_second_officer(destination, {"dpa_signed": True})  # unchanged
    settings.CUSTOS_FOUR_EYES = False
    assert not changes.destination_change_needs_second_officer(destination, {"dpa_signed": False})
    assert not changes.destination_change_needs_second_officer(None, {})


def test_publishing_a_policy_through_a_second_officer(people: tuple[Actor, Actor]) -> None:
    olivia, oscar = people
    services.policy_ensure_default(actor=SYSTEM)
    published = PolicyVersion.objects.get(status="published")
    draft = services.policy_draft_create(actor=SYSTEM, content=published.content, notes="v2")
    request = changes.change_request_create(
        actor=olivia, kind=ChangeRequest.Kind.POLICY_PUBLISH, target=str(draft.number), change={}
    )
    changes.change_request_approve(actor=oscar, request=request)
    draft.refresh_from_db()
    assert draft.status == PolicyVersion.Status.PUBLISHED
    assert (
        AuditEvent.objects.get(action=AuditAction.POLICY_PUBLISH, subject_id=str(draft.number)).actor_label == "oscar"
    )


def test_a_policy_request_goes_stale_when_the_draft_changes(people: tuple[Actor, Actor]) -> None:
    olivia, oscar = people
    services.policy_ensure_default(actor=SYSTEM)
    content = PolicyVersion.objects.get(status="published").content
    draft = services.policy_draft_create(actor=SYSTEM, content=content)
    request = changes.change_request_create(
        actor=olivia, kind=ChangeRequest.Kind.POLICY_PUBLISH, target=str(draft.number), change={}
    )
    edited = {**content, "rules": content["rules"][:-1]}
    services.policy_draft_update(actor=SYSTEM, version=draft, content=edited)
    with pytest.raises(changes.ChangeRefused, match="changed since"):
        changes.change_request_approve(actor=oscar, request=request)
    assert PolicyVersion.objects.get(number=draft.number).status == PolicyVersion.Status.DRAFT


def test_re_approving_a_suspended_high_risk_workload_needs_a_second_officer(people: tuple[Actor, Actor]) -> None:
    olivia, oscar = people
    workload = high_risk()
    services.workload_approve(actor=SYSTEM, workload=workload, checklist=CHECKLIST)
    workload = services.workload_suspend(actor=SYSTEM, workload=workload, reason="review")
    assert changes.workload_approval_needs_second_officer(workload)
    request = request_approval(olivia, workload)
    changes.change_request_approve(actor=oscar, request=request)
    assert Workload.objects.get(slug="cv-ranker").status == Workload.Status.APPROVED


def _settings_value(name: str, **env: str) -> str:
    """A setting as a production-like process (DATABASE_URL set, secrets given) reads it."""
    code = f"import config.settings as s; print(s.{name})"
    base = {
        "PATH": os.environ["PATH"],
        "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/custos",
        "SECRET_KEY": "settings-test-secret-key-0123456789-0123456789",
        "CUSTOS_AUDIT_HMAC_KEY": "settings-test-audit-hmac-key-0123456789-0123",
        "CUSTOS_AUDIT_SIGNING_KEY": "dGVzdC1vbmx5LWVkMjU1MTktc2VlZC0wMTIzNDU2Nzg=",
        "ALLOWED_HOSTS": "custos.example.eu",
    }
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**base, **env},
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def test_four_eyes_is_on_by_default_in_production_and_can_be_turned_off() -> None:
    assert _settings_value("CUSTOS_FOUR_EYES") == "True"
    assert _settings_value("CUSTOS_FOUR_EYES", CUSTOS_FOUR_EYES="false") == "False"


def test_the_demo_has_a_second_officer() -> None:
    load_demo_data(password="demo-password-for-tests")
    second = get_user_model().objects.get(username="officer2")
    assert can_edit_registry(second) and second.check_password("demo-password-for-tests")
