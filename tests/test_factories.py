"""The shared factories: one per model, and what they make is what the services would have made."""

from __future__ import annotations

import factory
import pytest
from django.apps import apps

from audit.chain import verify_chain
from audit.models import AuditEvent
from governance.decision_log import decision_check
from governance.models import Decision, Workload
from tests import factories
from tests.world import World

PROJECT_APPS = ("audit", "classifier", "gateway", "governance", "identity", "integrations", "reports")


def test_every_model_of_the_project_has_a_factory() -> None:
    covered = {
        value._meta.model
        for value in vars(factories).values()
        if isinstance(value, type) and issubclass(value, factory.django.DjangoModelFactory) and value._meta.model
    }
    models = {model for name in PROJECT_APPS for model in apps.get_app_config(name).get_models()}
    assert sorted(model.__name__ for model in models - covered) == []


@pytest.mark.django_db
def test_each_factory_makes_a_stored_row_and_the_chain_still_verifies() -> None:
    for name in dir(factories):
        made = getattr(factories, name)
        if isinstance(made, type) and issubclass(made, factory.django.DjangoModelFactory) and made._meta.model:
            row = made.create()
            assert type(row)._default_manager.filter(pk=row.pk).exists(), name
    report = verify_chain()
    assert report.ok, report.problem


@pytest.mark.django_db
def test_a_factory_decision_is_bound_to_its_own_preflight_event(world: World) -> None:
    decision = factories.DecisionFactory.create(
        service_key=world.key,
        workload=world.workload,
        destination=world.workload.allowed_destinations.get(slug="us-none"),
        outcome=Decision.Outcome.DENY,
        level="RESTRICTED",
        categories=["credentials", "contact"],
        reasons=[{"code": "credentials_never_leave", "message": "Secrets never leave."}],
    )
    stored = Decision.objects.get(pk=decision.pk)
    assert decision_check(stored) == ""
    event = AuditEvent.objects.get(seq=stored.audit_seq)
    assert (event.action, event.actor_label, event.hash) == ("preflight.decision", world.key.prefix, stored.audit_hash)
    assert event.payload["categories"] == ["contact", "credentials"]


@pytest.mark.django_db
def test_a_factory_workload_is_registered_through_the_service() -> None:
    workload = factories.WorkloadFactory.create(
        approve=True, screening={"annex_iii_area": 4, "profiles_natural_persons": True}
    )
    assert (workload.status, workload.tier) == (Workload.Status.APPROVED, Workload.Tier.HIGH_RISK)
    actions = list(AuditEvent.objects.filter(subject_id=workload.slug).values_list("action", flat=True))
    assert actions == ["workload.register", "workload.approve"]
