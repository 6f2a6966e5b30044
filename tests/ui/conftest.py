"""Fixtures for the web UI tests: people in each role, a small registry and recorded decisions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from django.utils import timezone

from audit.models import AuditEvent
from governance import services
from governance.models import Decision, Destination, ServiceKey, Workload
from tests.factories import SYSTEM, DecisionFactory, make_destination, make_workload


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
    denied = DecisionFactory(
        service_key=key,
        workload=workload,
        destination=us_none,
        outcome="deny",
        level="RESTRICTED",
        categories=["credentials"],
        reasons=[
            {
                "code": "credentials_never_leave",
                "message": "Secrets and credentials never leave for an external destination.",
            }
        ],
    )
    redacted = DecisionFactory(
        service_key=key,
        workload=workload,
        destination=us_none,
        outcome="redact",
        level="CONFIDENTIAL",
        categories=["personal_data"],
        reasons=[{"code": "no_transfer_basis", "message": "Personal data may only go to ..."}],
    )
    allowed = DecisionFactory(service_key=key, workload=workload, destination=eu_api, outcome="allow", level="INTERNAL")
    return Registry(onprem, eu_api, us_none, workload, draft_workload, key, denied, redacted, allowed)


@pytest.fixture
def registry(db: None) -> Registry:
    return build_registry()


def denied_events() -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(action="access.denied").order_by("seq"))


def now() -> dt.datetime:
    return timezone.now()
