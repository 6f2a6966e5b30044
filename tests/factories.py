"""factory_boy factories, one per model, shared by the whole test suite.

Rows the audit log describes are created through their service (``_create``
calls it), so a factory-made registry has the same audit events, versions and
computed tiers as one built through the UI or the API, and the chain verifies.
``Factory.build()`` gives an unsaved instance where a test needs one.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, cast

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, User
from django.db import transaction
from django.utils import timezone

from access import roles
from audit import services as audit
from audit.actions import AuditAction, SubjectType
from audit.actors import Actor
from audit.checkpoints import checkpoint_create
from audit.exports import export_create
from audit.models import AuditEvent, Checkpoint, Export, VerificationRun
from audit.verification import verification_start
from classifier.models import DatasetScan
from governance import changes, detection_services, services
from governance.models import (
    AnnexVIIIRegistration,
    ChangeRequest,
    Decision,
    Destination,
    DetectionProfileVersion,
    HealthHeartbeat,
    Incident,
    PolicyVersion,
    RegistryVersion,
    Screening,
    ServiceKey,
    Workload,
)
from governance.policy import DEFAULT_POLICY
from identity import services as identity_services
from identity.models import ExternalAccount, SessionRevocation
from integrations import services as integration_services
from integrations.models import ModelRoute
from reports import services as report_services
from reports.models import FundamentalRightsImpactAssessment

SYSTEM = Actor.system("tests")


def _join_role_group(user: User, create: bool, extracted: str | None, **kwargs: object) -> None:
    """``UserFactory(role=...)``: the user joins that group (saved, as the set password needs)."""
    if create and extracted:
        user.groups.add(Group.objects.get_or_create(name=extracted)[0])
    if create:
        user.save()


class UserFactory(factory.django.DjangoModelFactory[User]):
    """A person who can sign in; ``role`` puts them in that group (governance.roles)."""

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.eu")
    password = factory.PostGenerationMethodCall("set_password", "correct horse battery staple")
    role = factory.PostGeneration(_join_role_group)


def officer(**kwargs: Any) -> User:
    return UserFactory.create(role=roles.COMPLIANCE_OFFICER, **kwargs)


def auditor(**kwargs: Any) -> User:
    return UserFactory.create(role=roles.AUDITOR, **kwargs)


# --- audit ----------------------------------------------------------------------------------------


class AuditEventFactory(factory.django.DjangoModelFactory[AuditEvent]):
    """One event appended to the chain through audit.services.record (never inserted by hand)."""

    class Meta:
        model = AuditEvent

    actor = SYSTEM
    action = "test.event"
    subject_type = "test"
    subject_id = factory.Sequence(str)
    payload = factory.LazyFunction(dict)

    @classmethod
    def _create(cls, model_class: type[AuditEvent], *args: Any, **kwargs: Any) -> AuditEvent:
        with transaction.atomic():
            return audit.record(**kwargs)

    @classmethod
    def _build(cls, model_class: type[AuditEvent], *args: Any, **kwargs: Any) -> AuditEvent:
        actor: Actor = kwargs.pop("actor")
        return model_class(actor_type=actor.type, actor_id=actor.id, actor_label=actor.label, **kwargs)


class CheckpointFactory(factory.django.DjangoModelFactory[Checkpoint]):
    """A signed checkpoint of the log as it stands (one event is appended first when the log is empty)."""

    class Meta:
        model = Checkpoint

    @classmethod
    def _create(cls, model_class: type[Checkpoint], *args: Any, **kwargs: Any) -> Checkpoint:
        if not AuditEvent.objects.exists():
            AuditEventFactory()
        checkpoint = checkpoint_create(actor=SYSTEM, **kwargs)
        assert checkpoint is not None
        return checkpoint


class ExportFactory(factory.django.DjangoModelFactory[Export]):
    """A queued export, audited as export.create; the worker is not started."""

    class Meta:
        model = Export

    filters = factory.LazyFunction(dict)
    actor = SYSTEM
    requested_by = None

    @classmethod
    def _create(cls, model_class: type[Export], *args: Any, **kwargs: Any) -> Export:
        return export_create(enqueue=False, **kwargs)


class VerificationRunFactory(factory.django.DjangoModelFactory[VerificationRun]):
    """The queued "verify chain now" run (single flight: a second call returns the run in flight)."""

    class Meta:
        model = VerificationRun

    actor = SYSTEM

    @classmethod
    def _create(cls, model_class: type[VerificationRun], *args: Any, **kwargs: Any) -> VerificationRun:
        run, _created = verification_start(enqueue=False, **kwargs)
        return run


# --- classifier -----------------------------------------------------------------------------------


class DatasetScanFactory(factory.django.DjangoModelFactory[DatasetScan]):
    """A queued dataset scan row without its upload (classifier.scan.scan_create would run the scan at once)."""

    class Meta:
        model = DatasetScan

    filename = factory.Sequence(lambda n: f"dataset-{n}.csv")
    file_format = DatasetScan.Format.CSV
    size_bytes = 1024


# --- governance -----------------------------------------------------------------------------------


class DestinationFactory(factory.django.DjangoModelFactory[Destination]):
    """An external EEA destination, created (and audited) through governance.services.destination_create."""

    class Meta:
        model = Destination

    slug = factory.Sequence(lambda n: f"dest-{n + 1}")
    provider = "Example AI"
    model = "example-large"
    endpoint_url = "https://api.example.eu/v1"
    kind = Destination.Kind.EXTERNAL
    jurisdiction = "FR"
    region = "eu-west-3"
    dpa_signed = True
    transfer_mechanism = Destination.TransferMechanism.EEA

    @classmethod
    def _create(cls, model_class: type[Destination], *args: Any, **kwargs: Any) -> Destination:
        return services.destination_create(actor=SYSTEM, **kwargs)


class WorkloadFactory(factory.django.DjangoModelFactory[Workload]):
    """A minimal-risk draft workload registered through the service; ``approve=True`` approves it too."""

    class Meta:
        model = Workload

    slug = factory.Sequence(lambda n: f"workload-{n + 1}")
    name = "Test workload"
    owner = "Test owner"
    purpose = "Testing"
    oversight_contact = "oversight@example.eu"
    approve = False

    @classmethod
    def _create(cls, model_class: type[Workload], *args: Any, **kwargs: Any) -> Workload:
        approve = kwargs.pop("approve")
        workload = services.workload_register(actor=SYSTEM, **kwargs)
        if approve:
            workload = services.workload_approve(actor=SYSTEM, workload=workload)
        return workload

    @classmethod
    def _build(cls, model_class: type[Workload], *args: Any, **kwargs: Any) -> Workload:
        kwargs.pop("approve")
        kwargs.pop("screening", None)
        kwargs.pop("allowed_destinations", None)
        return model_class(**kwargs)


class ScreeningFactory(factory.django.DjangoModelFactory[Screening]):
    """A workload's screening answers: registers a workload with them, or updates ``workload``'s answers."""

    class Meta:
        model = Screening

    workload = None

    @classmethod
    def _create(cls, model_class: type[Screening], *args: Any, **kwargs: Any) -> Screening:
        workload = kwargs.pop("workload")
        if workload is None:
            return WorkloadFactory.create(screening=kwargs).screening
        return services.workload_update(actor=SYSTEM, workload=workload, screening=kwargs).screening


class ServiceKeyFactory(factory.django.DjangoModelFactory[ServiceKey]):
    """A key scoped to ``workloads`` (default: one new approved workload); the plaintext is on ``key.plaintext``."""

    class Meta:
        model = ServiceKey

    name = factory.Sequence(lambda n: f"service {n}")
    workloads = factory.LazyFunction(lambda: [WorkloadFactory(approve=True)])
    rate_limit_per_minute = None

    @classmethod
    def _create(cls, model_class: type[ServiceKey], *args: Any, **kwargs: Any) -> ServiceKey:
        key, plaintext = services.servicekey_create(actor=SYSTEM, **kwargs)
        key.plaintext = plaintext  # type: ignore[attr-defined]  # shown once, as the UI does; tests need it
        return key


class PolicyVersionFactory(factory.django.DjangoModelFactory[PolicyVersion]):
    """A draft of the residency policy (the built-in default unless ``content`` is given); ``publish=True`` puts it in force."""

    class Meta:
        model = PolicyVersion

    content = factory.LazyFunction(lambda: DEFAULT_POLICY)
    notes = ""
    publish = False

    @classmethod
    def _create(cls, model_class: type[PolicyVersion], *args: Any, **kwargs: Any) -> PolicyVersion:
        publish = kwargs.pop("publish")
        version = services.policy_draft_create(actor=SYSTEM, **kwargs)
        return services.policy_publish(actor=SYSTEM, version=version) if publish else version


class DecisionFactory(factory.django.DjangoModelFactory[Decision]):
    """A pre-flight decision bound to its ``preflight.decision`` event, written as the pre-flight writes it.

    ``create()`` appends the event and inserts the row in one statement
    (audit.services.record_with_row), with the payload the pre-flight records
    for those fields, so the row verifies against its event
    (governance.decision_log). No classifier runs. ``build()`` gives an unsaved
    row with a placeholder audit link, for tests of the insert itself.
    """

    class Meta:
        model = Decision

    id = factory.LazyFunction(uuid.uuid4)
    service_key = factory.SubFactory(ServiceKeyFactory)
    workload = factory.LazyAttribute(lambda decision: decision.service_key.workloads.first())
    destination = factory.SubFactory(DestinationFactory)
    request_id = None
    outcome = Decision.Outcome.ALLOW
    reasons = factory.LazyFunction(list)
    level = "INTERNAL"
    categories = factory.LazyFunction(list)
    entity_counts = factory.LazyFunction(dict)
    unredactable_categories = factory.LazyFunction(list)
    input_fingerprint = factory.LazyFunction(
        lambda: {"hmac_sha256": "ab" * 32, "chars": 10, "bytes": 10, "messages": 0}
    )
    alternatives = factory.LazyFunction(list)
    audit_seq = 1
    audit_hash = "0" * 64
    created_at = factory.LazyFunction(timezone.now)

    @classmethod
    def _create(cls, model_class: type[Decision], *args: Any, **kwargs: Any) -> Decision:
        for linked in ("audit_seq", "audit_hash", "created_at"):
            kwargs.pop(linked)  # the event's, once appended
        decision = model_class(**kwargs)
        decision.categories = sorted(decision.categories)
        key = decision.service_key
        audit.record_with_row(
            actor=Actor(type=AuditEvent.ActorType.SERVICE_KEY, id=str(key.pk), label=key.prefix),
            action=AuditAction.PREFLIGHT_DECISION,
            subject_type=SubjectType.WORKLOAD,
            subject_id=decision.workload.slug,
            payload=decision_payload(decision),
            row=decision,
            links={"audit_seq": "seq", "audit_hash": "hash", "created_at": "created_at"},
        )
        return decision


def decision_payload(decision: Decision) -> dict[str, Any]:
    """The ``preflight.decision`` payload governance.preflight records for ``decision`` (no classifier versions)."""
    policy = decision.policy_version
    return {
        "decision_id": str(decision.id),
        "decision": decision.outcome,
        "reasons": [reason["code"] for reason in decision.reasons],
        "workload": decision.workload.slug,
        "workload_version": decision.workload.version,
        "destination": decision.destination.slug,
        "destination_kind": decision.destination.kind,
        "service_key": decision.service_key.prefix,
        "request_id": decision.request_id,
        "input": decision.input_fingerprint,
        "level": decision.level or None,
        "categories": sorted(decision.categories),
        "entity_counts": dict(sorted(decision.entity_counts.items())),
        "policy_version": policy.number if policy else None,
        "policy_hash": policy.content_hash if policy else None,
        "alternatives": [alternative["destination"] for alternative in decision.alternatives],
        "classifier": {},
    }


class AnnexVIIIRegistrationFactory(factory.django.DjangoModelFactory[AnnexVIIIRegistration]):
    """Annex VIII registration data of a workload, set through reports.services.registration_update."""

    class Meta:
        model = AnnexVIIIRegistration

    workload = factory.SubFactory(WorkloadFactory)
    trade_name = "Test system"

    @classmethod
    def _create(cls, model_class: type[AnnexVIIIRegistration], *args: Any, **kwargs: Any) -> AnnexVIIIRegistration:
        return report_services.registration_update(actor=SYSTEM, **kwargs)


class IncidentFactory(factory.django.DjangoModelFactory[Incident]):
    """An open serious incident recorded through reports.services.incident_record (aware of it an hour ago).

    Its Art. 73 details are not known yet; ``art73=True`` gives all of them (it happened two hours ago).
    """

    class Meta:
        model = Incident

    class Params:
        art73 = factory.Trait(
            occurred_at=factory.LazyFunction(lambda: timezone.now() - dt.timedelta(hours=2)),
            location="Branch office Leipzig",
            affected_count=3,
            affected_description="Three customers saw another customer's ticket.",
            causal_link=Incident.CausalLink.SUSPECTED,
            causal_link_note="The routing step of the assistant is suspected.",
            corrective_measures="Routing switched off; tickets reviewed by hand.",
            provider_notified_at=factory.LazyFunction(lambda: timezone.now() - dt.timedelta(minutes=30)),
            notified_authority="Bundesnetzagentur (DE)",
        )

    workload = factory.SubFactory(WorkloadFactory, approve=True)
    title = factory.Sequence(lambda n: f"Incident {n}")
    description = "What happened, for the test."
    aware_at = factory.LazyFunction(lambda: timezone.now() - dt.timedelta(hours=1))
    category = Incident.Category.PROPERTY_OR_ENVIRONMENT
    died = False
    widespread_infringement = False
    member_states = factory.LazyFunction(list)

    @classmethod
    def _create(cls, model_class: type[Incident], *args: Any, **kwargs: Any) -> Incident:
        return report_services.incident_record(actor=SYSTEM, **kwargs)


class RegistryVersionFactory(factory.django.DjangoModelFactory[RegistryVersion]):
    """The single registry-version row (migration 0004 creates it; triggers change its token)."""

    class Meta:
        model = RegistryVersion
        django_get_or_create = ("id",)

    id = 1
    token = factory.LazyFunction(lambda: uuid.uuid4().hex)


class HealthHeartbeatFactory(factory.django.DjangoModelFactory[HealthHeartbeat]):
    """The row /healthz rewrites to prove the database takes writes."""

    class Meta:
        model = HealthHeartbeat

    beat_at = factory.LazyFunction(timezone.now)


class ChangeRequestFactory(factory.django.DjangoModelFactory[ChangeRequest]):
    """A pending four-eyes request (governance.changes): by default, to give a new destination an SCC basis."""

    class Meta:
        model = ChangeRequest

    kind = ChangeRequest.Kind.DESTINATION_UPDATE
    target = factory.LazyFunction(
        lambda: DestinationFactory(jurisdiction="US", transfer_mechanism=Destination.TransferMechanism.NONE).slug
    )
    change = factory.LazyFunction(lambda: {"fields": {"transfer_mechanism": "sccs", "dpa_signed": True}})
    reason = ""

    @classmethod
    def _create(cls, model_class: type[ChangeRequest], *args: Any, **kwargs: Any) -> ChangeRequest:
        return changes.change_request_create(actor=Actor.for_user(officer()), **kwargs)


class DetectionProfileVersionFactory(factory.django.DjangoModelFactory[DetectionProfileVersion]):
    """A draft of the detection profile (one own term by default); ``publish=True`` puts it in force."""

    class Meta:
        model = DetectionProfileVersion

    content = factory.LazyFunction(
        lambda: {
            "terms": [
                {
                    "id": "falcon",
                    "terms": ["Project Falcon"],
                    "entity_type": "INTERNAL_PROJECT",
                    "category": "internal_project",
                    "level": "CONFIDENTIAL",
                }
            ]
        }
    )
    notes = ""
    publish = False

    @classmethod
    def _create(cls, model_class: type[DetectionProfileVersion], *args: Any, **kwargs: Any) -> DetectionProfileVersion:
        publish = kwargs.pop("publish")
        version = detection_services.detection_profile_draft_create(actor=SYSTEM, **kwargs)
        return detection_services.detection_profile_publish(actor=SYSTEM, version=version) if publish else version


class FundamentalRightsImpactAssessmentFactory(factory.django.DjangoModelFactory[FundamentalRightsImpactAssessment]):
    """A version of a workload's Art. 27 assessment, recorded through reports.services.fria_record."""

    class Meta:
        model = FundamentalRightsImpactAssessment

    workload = factory.SubFactory(WorkloadFactory)
    processes = "Ranking of applications before a recruiter reads them."
    period_and_frequency = "Every working day, for each application received."
    affected_persons = "Applicants."
    risks_of_harm = "Indirect discrimination by age or gender."
    human_oversight = "A recruiter reads every application the system ranks low."
    mitigation_and_governance = "Monthly bias review; complaints to the HR ombudsperson."

    @classmethod
    def _create(
        cls, model_class: type[FundamentalRightsImpactAssessment], *args: Any, **kwargs: Any
    ) -> FundamentalRightsImpactAssessment:
        return report_services.fria_record(actor=SYSTEM, **kwargs)


class ExternalAccountFactory(factory.django.DjangoModelFactory[ExternalAccount]):
    """The link between a local user and their account at the identity provider (issuer + subject)."""

    class Meta:
        model = ExternalAccount

    user = factory.SubFactory(UserFactory)
    issuer = "https://idp.example.eu"
    subject = factory.Sequence(lambda n: f"subject-{n}")


class SessionRevocationFactory(factory.django.DjangoModelFactory[SessionRevocation]):
    """A user's "signed out everywhere" moment, set through identity.services.sign_out_everywhere."""

    class Meta:
        model = SessionRevocation

    user = factory.SubFactory(UserFactory)

    @classmethod
    def _create(cls, model_class: type[SessionRevocation], *args: Any, **kwargs: Any) -> SessionRevocation:
        return identity_services.sign_out_everywhere(actor=SYSTEM, **kwargs)


class ModelRouteFactory(factory.django.DjangoModelFactory[ModelRoute]):
    """A LiteLLM model name routed to a catalogue destination, through integrations.services.modelroute_save."""

    class Meta:
        model = ModelRoute

    name = factory.Sequence(lambda n: f"gpt-test-{n}")
    destination = factory.SubFactory(DestinationFactory)

    @classmethod
    def _create(cls, model_class: type[ModelRoute], *args: Any, **kwargs: Any) -> ModelRoute:
        return integration_services.modelroute_save(actor=SYSTEM, **kwargs)


# --- short forms the tests read best with ---------------------------------------------------------


def make_destination(**overrides: Any) -> Destination:
    """A destination created through the service (so it is audited like real ones)."""
    return DestinationFactory.create(**overrides)


def make_workload(*, approve: bool = False, **overrides: Any) -> Workload:
    """A minimal-risk workload registered through the service; approved if asked."""
    return WorkloadFactory.create(approve=approve, **overrides)


def plaintext_of(key: ServiceKey) -> str:
    """The plaintext ServiceKeyFactory keeps on the key it made (shown once, as the UI does)."""
    plaintext: str = vars(key)["plaintext"]
    return plaintext


def unlisted_action(name: str) -> AuditAction:
    """An action name outside the vocabulary, for tests of the chain itself: such rows can never pass for real ones.

    ``record()`` stores any string (``str(action)``); its parameter names the vocabulary so that project code
    cannot misspell an action, which a test of the log's mechanics has no use for.
    """
    return cast(AuditAction, name)


def unlisted_subject(name: str) -> SubjectType:
    """A subject type outside the vocabulary, for the same tests (see ``unlisted_action``)."""
    return cast(SubjectType, name)
