"""Fixtures for the web UI tests: people in each role, a small registry and recorded decisions."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

import pytest
from django.db import transaction
from django.utils import timezone

from audit import services as audit
from audit.actors import Actor
from audit.models import AuditEvent
from governance import services
from governance.models import Decision, Destination, ServiceKey, Workload
from tests.factories import SYSTEM, make_destination, make_workload


def record_decision(
    *,
    key: ServiceKey,
    workload: Workload,
    destination: Destination,
    outcome: str,
    level: str = "CONFIDENTIAL",
    categories: Sequence[str] = (),
    reasons: Sequence[tuple[str, str]] = (),
    unredactable: Sequence[str] = (),
    created_at: dt.datetime | None = None,
) -> Decision:
    """A decision written as the pre-flight writes it (audit event + row), without running the classifier."""
    decision_id = uuid.uuid4()
    with transaction.atomic():
        event = audit.record(
            actor=Actor(type=AuditEvent.ActorType.SERVICE_KEY, id=str(key.pk), label=key.prefix),
            action="preflight.decision",
            subject_type="workload",
            subject_id=workload.slug,
            payload={
                "decision_id": str(decision_id),
                "decision": outcome,
                "reasons": [code for code, _message in reasons],
                "workload": workload.slug,
                "destination": destination.slug,
                "level": level or None,
                "categories": sorted(categories),
            },
        )
        return Decision.objects.create(
            id=decision_id,
            service_key=key,
            workload=workload,
            destination=destination,
            outcome=outcome,
            reasons=[{"code": code, "message": message} for code, message in reasons],
            level=level,
            categories=sorted(categories),
            unredactable_categories=sorted(unredactable),
            audit_seq=event.seq,
            audit_hash=event.hash,
            created_at=created_at or event.created_at,
        )


@dataclass
class Registry:
    onprem: Destination
    eu_api: Destination
    us_none: Destination
    workload: Workload
    draft_workload: Workload
    key: ServiceKey
    denied: Decision
    redacted: Decision
    allowed: Decision


def build_registry() -> Registry:
    onprem = make_destination(slug="onprem-vllm", kind=Destination.Kind.ON_PREM, jurisdiction="DE")
    eu_api = make_destination(slug="eu-api", jurisdiction="IE")
    us_none = make_destination(
        slug="us-none", jurisdiction="US", transfer_mechanism=Destination.TransferMechanism.NONE, dpa_signed=False
    )
    workload = make_workload(
        slug="support-bot",
        name="Support bot",
        approve=True,
        allowed_destinations=["onprem-vllm", "eu-api", "us-none"],
        screening={"art50_interacts_with_people": True},
    )
    draft_workload = make_workload(
        slug="cv-ranker", name="CV ranker", screening={"annex_iii_area": 4, "profiles_natural_persons": True}
    )
    services.policy_ensure_default(actor=SYSTEM)
    key, _plaintext = services.servicekey_create(actor=SYSTEM, name="support service", workloads=[workload])
    denied = record_decision(
        key=key,
        workload=workload,
        destination=us_none,
        outcome="deny",
        level="RESTRICTED",
        categories=["credentials"],
        reasons=[("credentials_never_leave", "Secrets and credentials never leave for an external destination.")],
    )
    redacted = record_decision(
        key=key,
        workload=workload,
        destination=us_none,
        outcome="redact",
        level="CONFIDENTIAL",
        categories=["personal_data"],
        reasons=[("no_transfer_basis", "Personal data may only go to ...")],
    )
    allowed = record_decision(key=key, workload=workload, destination=eu_api, outcome="allow", level="INTERNAL")
    return Registry(onprem, eu_api, us_none, workload, draft_workload, key, denied, redacted, allowed)


@pytest.fixture
def registry(db: None) -> Registry:
    return build_registry()


def denied_events() -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(action="access.denied").order_by("seq"))


def now() -> dt.datetime:
    return timezone.now()
