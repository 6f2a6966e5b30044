"""audit.services.record: one chained event per call, inside the caller's transaction."""

from __future__ import annotations

import pytest
from django.db import transaction

from audit import services
from audit.actors import Actor
from audit.canonical import CanonicalJSONError
from audit.chain import verify_chain
from audit.hashing import GENESIS_HASH
from audit.models import AppendOnlyError, AuditEvent

pytestmark = pytest.mark.django_db
ACTOR = Actor.system("tests")


def test_events_form_a_gapless_chain_from_genesis() -> None:
    with transaction.atomic():
        first = services.record(actor=ACTOR, action="test.one", subject_type="thing", subject_id=1)
        second = services.record(actor=ACTOR, action="test.two", subject_type="thing", subject_id=2, payload={"n": 2})
    assert (first.seq, second.seq) == (1, 2)
    assert first.prev_hash == GENESIS_HASH
    assert second.prev_hash == first.hash
    assert second.created_at >= first.created_at
    report = verify_chain()
    assert report.ok and report.head_seq == 2 and report.head_hash == second.hash


@pytest.mark.django_db(transaction=True)
def test_record_outside_a_transaction_is_refused() -> None:
    with pytest.raises(services.AuditWriteError, match="inside the transaction"):
        services.record(actor=ACTOR, action="test", subject_type="thing")
    assert AuditEvent.objects.count() == 0


def test_rolled_back_change_leaves_no_event() -> None:
    with pytest.raises(RuntimeError), transaction.atomic():
        services.record(actor=ACTOR, action="test", subject_type="thing")
        raise RuntimeError("the change failed after its audit record was written")
    assert AuditEvent.objects.count() == 0


def test_floats_are_refused_so_hashes_stay_recomputable() -> None:
    with pytest.raises(CanonicalJSONError, match="floats"), transaction.atomic():
        services.record(actor=ACTOR, action="test", subject_type="thing", payload={"score": 0.5})


def test_python_refuses_update_and_delete() -> None:
    with transaction.atomic():
        event = services.record(actor=ACTOR, action="test", subject_type="thing")
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
