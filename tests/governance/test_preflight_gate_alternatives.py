"""A denial for the destination alone names where the same payload may go instead."""

from __future__ import annotations

import pytest
from pytest_django import Settings

from audit.models import AuditEvent
from governance import services
from governance.models import Decision, Destination
from tests.factories import SYSTEM, make_workload
from tests.world import World

CLEAN = "Please summarise the attached quarterly product roadmap in three bullet points."
HEALTH = "Our employee John Miller was diagnosed with diabetes last month and needs reduced hours."


@pytest.fixture(autouse=True)
def _roomy_budget(settings: Settings) -> None:
    # What is asserted is where the payload may go, not how fast: a busy test machine must not turn it into a
    # denial without alternatives (which is what a classification over budget rightly gives).
    settings.CUSTOS_PREFLIGHT_CLASSIFY_BUDGET_S = 120.0


def test_a_destination_not_allowed_offers_the_allowed_compliant_ones(world: World) -> None:
    services.workload_update(actor=SYSTEM, workload=world.workload, allowed_destinations=["onprem", "eu-api"])
    body = world.preflight(destination="us-none", input=CLEAN).json()
    assert body["decision"] == "deny"
    assert [reason["code"] for reason in body["reasons"]] == ["destination_not_allowed"]
    # On-prem first, then the other allowed destination this payload may reach as it is.
    assert [alt["destination"] for alt in body["alternatives"]] == ["onprem", "eu-api"]
    assert "on-prem" in body["alternatives"][0]["why"]
    decision = Decision.objects.get(pk=body["decision_id"])
    assert [alt["destination"] for alt in decision.alternatives] == ["onprem", "eu-api"]
    event = AuditEvent.objects.get(seq=body["audit"]["seq"])
    assert event.payload["alternatives"] == ["onprem", "eu-api"]


def test_the_alternatives_depend_on_the_payload(world: World) -> None:
    # Health data (special category) may not go to an external API under the default policy; on-prem stays.
    services.workload_update(actor=SYSTEM, workload=world.workload, allowed_destinations=["onprem", "eu-api"])
    body = world.preflight(destination="us-dpf", input=HEALTH).json()
    assert body["decision"] == "deny" and body["reasons"][0]["code"] == "destination_not_allowed"
    assert [alt["destination"] for alt in body["alternatives"]] == ["onprem"]


def test_an_inactive_destination_offers_alternatives_too(world: World) -> None:
    services.destination_update(actor=SYSTEM, destination=Destination.objects.get(slug="us-none"), active=False)
    body = world.preflight(destination="us-none", input=CLEAN).json()
    assert body["reasons"][0]["code"] == "destination_inactive"
    assert "onprem" in [alt["destination"] for alt in body["alternatives"]]


def test_a_workload_that_may_go_nowhere_gets_no_alternatives(world: World) -> None:
    draft = make_workload(slug="draft-one", allowed_destinations=["onprem", "eu-api"])
    world.key.workloads.add(draft)
    body = world.preflight(workload="draft-one", destination="eu-api", input=CLEAN).json()
    assert body["decision"] == "deny" and body["reasons"][0]["code"] == "workload_draft"
    assert body["alternatives"] == []


def test_a_payload_that_cannot_be_judged_is_still_denied_without_alternatives(world: World, settings: Settings) -> None:
    settings.CUSTOS_PREFLIGHT_CLASSIFY_BUDGET_S = 0.0
    services.workload_update(actor=SYSTEM, workload=world.workload, allowed_destinations=["onprem"])
    body = world.preflight(destination="eu-api", input=CLEAN).json()
    assert body["decision"] == "deny" and body["reasons"][0]["code"] == "destination_not_allowed"
    assert body["alternatives"] == []


def test_no_allowed_destination_means_no_alternatives(world: World) -> None:
    services.workload_update(actor=SYSTEM, workload=world.workload, allowed_destinations=[])
    body = world.preflight(destination="eu-api", input=CLEAN).json()
    assert body["decision"] == "deny" and body["alternatives"] == []
