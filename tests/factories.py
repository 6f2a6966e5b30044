"""factory_boy factories shared by the test suite."""

from __future__ import annotations

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from audit.actors import Actor
from governance import roles, services
from governance.models import Destination, Workload


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.eu")
    password = factory.PostGenerationMethodCall("set_password", "correct horse battery staple")

    @factory.post_generation
    def role(self, create: bool, extracted: str | None, **kwargs: object) -> None:
        if create and extracted:
            self.groups.add(Group.objects.get_or_create(name=extracted)[0])
        if create:
            self.save()


def officer(**kwargs: object):  # type: ignore[no-untyped-def]
    return UserFactory(role=roles.COMPLIANCE_OFFICER, **kwargs)


def auditor(**kwargs: object):  # type: ignore[no-untyped-def]
    return UserFactory(role=roles.AUDITOR, **kwargs)


SYSTEM = Actor.system("tests")

_destination_counter = iter(range(1, 1_000_000))
_workload_counter = iter(range(1, 1_000_000))


def make_destination(**overrides: object) -> Destination:
    """A destination created through the service (so it is audited like real ones)."""
    fields: dict[str, object] = {
        "slug": f"dest-{next(_destination_counter)}",
        "provider": "Example AI",
        "model": "example-large",
        "endpoint_url": "https://api.example.eu/v1",
        "kind": Destination.Kind.EXTERNAL,
        "jurisdiction": "FR",
        "region": "eu-west-3",
        "dpa_signed": True,
        "transfer_mechanism": Destination.TransferMechanism.EEA,
    }
    fields.update(overrides)
    return services.destination_create(actor=SYSTEM, **fields)  # type: ignore[arg-type]


def make_workload(*, approve: bool = False, **overrides: object) -> Workload:
    """A minimal-risk workload registered through the service; approved if asked."""
    fields: dict[str, object] = {
        "slug": f"workload-{next(_workload_counter)}",
        "name": "Test workload",
        "owner": "Test owner",
        "purpose": "Testing",
        "oversight_contact": "oversight@example.eu",
    }
    fields.update(overrides)
    workload = services.workload_register(actor=SYSTEM, **fields)  # type: ignore[arg-type]
    if approve:
        workload = services.workload_approve(actor=SYSTEM, workload=workload)
    return workload
