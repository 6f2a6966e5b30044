"""audit.services.record_with_row: the pre-flight's decision row and its audit event, in one statement."""

from __future__ import annotations

import pytest
from django.db import IntegrityError

from audit import services
from audit.actors import Actor
from audit.chain import verify_chain
from audit.models import AuditEvent
from governance.models import Decision
from tests.factories import DecisionFactory, unlisted_action, unlisted_subject
from tests.world import World

ACTOR = Actor.system("tests")


def unsaved_decision(world: World, **overrides: object) -> Decision:
    return DecisionFactory.build(
        service_key=world.key,
        workload=world.workload,
        destination=world.workload.allowed_destinations.first(),
        **overrides,
    )


def test_record_with_row_commits_the_event_and_the_row_together(world: World) -> None:
    decision = unsaved_decision(world, audit_seq=None, audit_hash="", created_at=None)
    links = {"audit_seq": "seq", "audit_hash": "hash", "created_at": "created_at"}
    event = services.record_with_row(
        actor=ACTOR,
        action=unlisted_action("test.decision"),
        subject_type=unlisted_subject("workload"),
        payload={"n": 1},
        row=decision,
        links=links,
    )
    stored = type(decision).objects.get(pk=decision.pk)
    assert (stored.audit_seq, stored.audit_hash, stored.created_at) == (event.seq, event.hash, event.created_at)
    assert AuditEvent.objects.get(seq=event.seq).hash == event.hash
    assert verify_chain().ok

    events = AuditEvent.objects.count()
    again = unsaved_decision(world, id=decision.id, audit_seq=None, audit_hash="", created_at=None)  # same primary key
    with pytest.raises(IntegrityError):
        services.record_with_row(
            actor=ACTOR,
            action=unlisted_action("test.decision"),
            subject_type=unlisted_subject("workload"),
            row=again,
            links=links,
        )
    assert AuditEvent.objects.count() == events  # the event went with the failed row
    assert verify_chain().ok  # and the caller's transaction is still usable


def test_record_with_row_only_links_what_the_event_has(world: World) -> None:
    with pytest.raises(ValueError, match="links can only copy"):
        services.record_with_row(
            actor=ACTOR,
            action=unlisted_action("x"),
            subject_type=unlisted_subject("x"),
            row=unsaved_decision(world),
            links={"audit_hash": "payload"},
        )


def test_record_with_row_needs_the_rows_primary_key(world: World) -> None:
    events = AuditEvent.objects.count()
    with pytest.raises(ValueError, match="primary key"):
        services.record_with_row(
            actor=ACTOR,
            action=unlisted_action("x"),
            subject_type=unlisted_subject("x"),
            row=unsaved_decision(world, id=None),
            links={"audit_seq": "seq", "audit_hash": "hash", "created_at": "created_at"},
        )
    assert AuditEvent.objects.count() == events
