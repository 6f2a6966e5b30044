"""audit.services.record: one chained event per call, inside the caller's transaction."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import transaction

from audit import services
from audit.actors import Actor
from audit.canonical import CanonicalJSONError
from audit.chain import verify_chain
from audit.hashing import GENESIS_HASH
from audit.models import AppendOnlyError, AuditEvent
from tests.factories import unlisted_action, unlisted_subject

pytestmark = pytest.mark.django_db
ACTOR = Actor.system("tests")


def test_events_form_a_gapless_chain_from_genesis() -> None:
    with transaction.atomic():
        first = services.record(
            actor=ACTOR, action=unlisted_action("test.one"), subject_type=unlisted_subject("thing"), subject_id=1
        )
        second = services.record(
            actor=ACTOR,
            action=unlisted_action("test.two"),
            subject_type=unlisted_subject("thing"),
            subject_id=2,
            payload={"n": 2},
        )
    assert (first.seq, second.seq) == (1, 2)
    assert first.prev_hash == GENESIS_HASH
    assert second.prev_hash == first.hash
    assert second.created_at >= first.created_at
    report = verify_chain()
    assert report.ok and report.head_seq == 2 and report.head_hash == second.hash


@pytest.mark.django_db(transaction=True)
def test_record_outside_a_transaction_is_refused() -> None:
    with pytest.raises(services.AuditWriteError, match="inside the transaction"):
        services.record(actor=ACTOR, action=unlisted_action("test"), subject_type=unlisted_subject("thing"))
    assert AuditEvent.objects.count() == 0


def test_rolled_back_change_leaves_no_event() -> None:
    def record_then_fail() -> None:
        with transaction.atomic():
            services.record(actor=ACTOR, action=unlisted_action("test"), subject_type=unlisted_subject("thing"))
            raise RuntimeError("the change failed after its audit record was written")

    with pytest.raises(RuntimeError, match="the change failed"):
        record_then_fail()
    assert AuditEvent.objects.count() == 0


def test_floats_are_refused_so_hashes_stay_recomputable() -> None:
    with pytest.raises(CanonicalJSONError, match="floats"), transaction.atomic():
        services.record(
            actor=ACTOR, action=unlisted_action("test"), subject_type=unlisted_subject("thing"), payload={"score": 0.5}
        )


def test_python_refuses_update_and_delete() -> None:
    with transaction.atomic():
        event = services.record(actor=ACTOR, action=unlisted_action("test"), subject_type=unlisted_subject("thing"))
    event.action = "edited"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.filter(seq=event.seq).update(action="edited")
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.all().delete()
    assert AuditEvent.objects.get(seq=event.seq).action == "test"


TRICKY_PAYLOAD = {
    "text": 'Zoë "quoted" \\ back\tslash\nnew line \x01 control, 漢字, emoji 🙂',
    "nested": {"b": [1, -2, None, True, False], "a": {"deep": "ü"}},
    "empty": {},
}


def test_entry_parts_splice_into_the_canonical_entry() -> None:
    import datetime as dt

    from audit.hashing import entry_bytes, entry_dict, entry_parts, format_time

    moment = dt.datetime(2026, 11, 21, 12, 30, 45, 123456, tzinfo=dt.UTC)
    fields: dict[str, Any] = {
        "actor_type": "user",
        "actor_id": "7",
        "actor_label": 'O\'Brien "the admin"',
        "action": "workload.update",
        "subject_type": "workload",
        "subject_id": "cv-screener",
        "payload": TRICKY_PAYLOAD,
    }
    head, middle, tail = entry_parts(**fields)
    assert (head + format_time(moment) + middle + "12345" + tail).encode() == entry_bytes(
        entry_dict(seq=12345, created_at=moment, **fields)
    )


def test_the_database_computes_the_hash_the_verifier_recomputes() -> None:
    """On PostgreSQL audit_append() hashes in SQL; Python's verifier must agree, for any text."""
    with transaction.atomic():
        services.record(
            actor=Actor("user", "7", 'Zoë "q"'),
            action=unlisted_action("test.tricky"),
            subject_type=unlisted_subject("x"),
            payload=TRICKY_PAYLOAD,
        )
        services.record(
            actor=ACTOR, action=unlisted_action("test.after"), subject_type=unlisted_subject("x"), subject_id="ü"
        )
    assert verify_chain().ok
    assert AuditEvent.objects.get(action="test.tricky").payload == TRICKY_PAYLOAD


def test_time_never_runs_backwards_along_the_chain() -> None:
    import datetime as dt

    from django.db import connection
    from django.utils import timezone

    with transaction.atomic():
        first = services.record(actor=ACTOR, action=unlisted_action("test.first"), subject_type=unlisted_subject("x"))
    future = timezone.now() + dt.timedelta(hours=1)
    with connection.cursor() as cursor:  # as if the first event came from a host whose clock runs ahead
        cursor.execute("ALTER TABLE audit_auditevent DISABLE TRIGGER audit_auditevent_refuse_update_delete")
        cursor.execute("UPDATE audit_auditevent SET created_at = %s WHERE seq = %s", [future, first.seq])
        cursor.execute("ALTER TABLE audit_auditevent ENABLE TRIGGER audit_auditevent_refuse_update_delete")
    with transaction.atomic():
        second = services.record(actor=ACTOR, action=unlisted_action("test.second"), subject_type=unlisted_subject("x"))
    assert second.created_at == future
    assert AuditEvent.objects.get(seq=second.seq).created_at == future
