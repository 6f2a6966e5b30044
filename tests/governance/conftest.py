"""A pre-flight world: destinations, an approved workload, the default policy and a key."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from rest_framework.test import APIClient

from governance import services
from governance.models import Destination, ServiceKey, Workload
from tests.factories import SYSTEM, make_destination, make_workload


@dataclass
class World:
    workload: Workload
    key: ServiceKey
    plaintext: str
    client: APIClient

    def preflight(self, **body: object):  # type: ignore[no-untyped-def]
        body.setdefault("workload", self.workload.slug)
        return self.client.post("/api/v1/preflight", body, format="json")


def build_world() -> World:
    make_destination(slug="onprem", kind=Destination.Kind.ON_PREM, jurisdiction="DE")
    make_destination(slug="eu-api", jurisdiction="IE")
    make_destination(
        slug="us-dpf",
        jurisdiction="US",
        transfer_mechanism=Destination.TransferMechanism.ADEQUACY,
        adequacy_scope="DPF-certified organisations",
        adequacy_review_date=dt.date.today() + dt.timedelta(days=365),
    )
    make_destination(
        slug="us-none", jurisdiction="US", transfer_mechanism=Destination.TransferMechanism.NONE, dpa_signed=False
    )
    workload = make_workload(
        slug="support", approve=True, allowed_destinations=["onprem", "eu-api", "us-dpf", "us-none"]
    )
    services.policy_ensure_default(actor=SYSTEM)
    key, plaintext = services.servicekey_create(actor=SYSTEM, name="support service", workloads=[workload])
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {plaintext}")
    return World(workload=workload, key=key, plaintext=plaintext, client=client)


@pytest.fixture
def world(db: None) -> World:
    return build_world()
