"""A pre-flight world: destinations, an approved workload, the default policy and a key.

The ``world`` fixture (tests/conftest.py) builds one per test; tests that need
one outside a fixture (threads, a fuzz run) call ``build_world()``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.utils import timezone
from rest_framework.test import APIClient

from governance import services
from governance.models import Destination, ServiceKey, Workload
from tests.factories import SYSTEM, DestinationFactory, ServiceKeyFactory, WorkloadFactory, plaintext_of

if TYPE_CHECKING:
    from rest_framework.response import _MonkeyPatchedResponse as APIResponse  # exists only in the stubs


@dataclass
class World:
    workload: Workload
    key: ServiceKey
    plaintext: str
    client: APIClient

    def preflight(self, **body: object) -> APIResponse:
        body.setdefault("workload", self.workload.slug)
        return self.client.post("/api/v1/preflight", body, format="json")


def build_world() -> World:
    DestinationFactory(slug="onprem", kind=Destination.Kind.ON_PREM, jurisdiction="DE")
    DestinationFactory(slug="eu-api", jurisdiction="IE")
    DestinationFactory(
        slug="us-dpf",
        jurisdiction="US",
        transfer_mechanism=Destination.TransferMechanism.ADEQUACY,
        adequacy_scope="DPF-certified organisations",
        adequacy_review_date=timezone.localdate() + dt.timedelta(days=365),
    )
    DestinationFactory(
        slug="us-none", jurisdiction="US", transfer_mechanism=Destination.TransferMechanism.NONE, dpa_signed=False
    )
    workload = WorkloadFactory.create(
        slug="support", approve=True, allowed_destinations=["onprem", "eu-api", "us-dpf", "us-none"]
    )
    services.policy_ensure_default(actor=SYSTEM)
    key = ServiceKeyFactory.create(name="support service", workloads=[workload])
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {plaintext_of(key)}")
    return World(workload=workload, key=key, plaintext=plaintext_of(key), client=client)
