"""Signed checkpoints: format, the checkpoint.create record, never shrinking or forking."""

from __future__ import annotations

import base64

import pytest
from django.core.management import call_command
from django.db import DatabaseError, connection, transaction

from audit.actions import AuditAction
from audit.chain import row_entry, stored_rows
from audit.checkpoints import CheckpointError, checkpoint_create, open_checkpoint
from audit.merkle import MerkleTree, leaf_hash
from audit.models import AuditEvent, Checkpoint
from audit.signing import log_signer
from audit.tasks import checkpoint_write
from tests.audit.conftest import Append, tamper

pytestmark = pytest.mark.django_db


def log_root(size: int) -> bytes:
    return MerkleTree(leaf_hash(row_entry(row)) for row in stored_rows(upto_seq=size)).root(size)


def test_checkpoint_note_format(append: Append) -> None:
    append(5)
    checkpoint = checkpoint_create()
    assert checkpoint is not None
    origin, size, root_b64, time_line, blank, signature_line, end = checkpoint.note.split("\n")
    assert (origin, size, blank, end) == ("custos.local/audit", "5", "", "")
    assert base64.b64decode(root_b64) == log_root(5) == bytes.fromhex(checkpoint.root_hash)
    assert time_line == f"time {checkpoint.created_at:%Y-%m-%dT%H:%M:%SZ}"
    name, encoded = signature_line.removeprefix("\u2014 ").split(" ")
    raw = base64.b64decode(encoded)
    assert name == "custos.local/audit" and raw[:4].hex() == checkpoint.key_id == log_signer().verifier.key_id_hex
    assert base64.b64decode(checkpoint.signature) == raw[4:]
    signed = open_checkpoint(checkpoint.note)
    assert (signed.tree_size, signed.root_hex) == (5, checkpoint.root_hash)


def test_writing_a_checkpoint_is_recorded_right_after_the_events_it_covers(append: Append) -> None:
    append(3)
    checkpoint = checkpoint_create()
    assert checkpoint is not None
    event = AuditEvent.objects.get(seq=4)
    assert event.action == AuditAction.CHECKPOINT_CREATE and event.subject_id == str(checkpoint.pk)
    assert event.payload == {
        "tree_size": 3,
        "root_hash": checkpoint.root_hash,
        "key_id": checkpoint.key_id,
        "origin": "custos.local/audit",
    }


def test_an_empty_log_has_nothing_to_sign() -> None:
    with pytest.raises(CheckpointError, match="empty"):
        checkpoint_create()
    assert checkpoint_create(only_if_grown=True) is None


def test_the_periodic_task_skips_when_only_its_own_record_was_added(append: Append) -> None:
    append(2)
    first_id = checkpoint_write.delay().get()
    assert first_id is not None
    assert Checkpoint.objects.get(pk=first_id).tree_size == 2
    assert checkpoint_write.delay().get() is None  # only the checkpoint.create event (seq 3) is new
    append(1)
    second_id = checkpoint_write.delay().get()
    assert second_id is not None
    second = Checkpoint.objects.get(pk=second_id)
    assert second.tree_size == 4 and second.root_hash == log_root(4).hex()


def test_incremental_checkpoints_equal_a_full_recomputation(append: Append) -> None:
    for count in (1, 6, 13, 2):
        append(count)
        incremental = checkpoint_create()
        assert incremental is not None
        assert incremental.root_hash == log_root(incremental.tree_size).hex()
    full = checkpoint_create(full=True)
    assert full is not None
    assert full.root_hash == log_root(full.tree_size).hex()


def test_refuses_to_sign_a_log_that_shrank_below_the_last_checkpoint(append: Append) -> None:
    append(6)
    checkpoint_create()  # size 6, its record is seq 7
    tamper("DELETE FROM audit_auditevent WHERE seq > 4")
    with pytest.raises(CheckpointError, match="fewer than checkpoint"):
        checkpoint_create()
    assert Checkpoint.objects.count() == 1


def test_refuses_to_sign_a_rewritten_history(append: Append) -> None:
    """Even a rewrite that recomputes every hash cannot get a new checkpoint signed."""
    append(6)
    checkpoint_create()
    tamper("UPDATE audit_auditevent SET payload = '{\"n\": 99}'::jsonb WHERE seq = 2")
    with pytest.raises(CheckpointError, match="seq 2 content does not match"):
        checkpoint_create(full=True)
    _rehash_from(2)
    with pytest.raises(CheckpointError, match="not consistent with checkpoint"):
        checkpoint_create(full=True)


def test_refuses_to_extend_a_broken_tail(append: Append) -> None:
    append(3)
    checkpoint_create()
    append(3)
    tamper("UPDATE audit_auditevent SET actor_label = 'someone else' WHERE seq = 6")
    with pytest.raises(CheckpointError, match="seq 6"):
        checkpoint_create()


def test_checkpoint_rows_are_append_only(append: Append) -> None:
    append(1)
    checkpoint_create()
    for statement in (
        "UPDATE audit_checkpoint SET tree_size = 0",
        "DELETE FROM audit_checkpoint",
        "TRUNCATE audit_checkpoint CASCADE",
    ):
        with pytest.raises(DatabaseError, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(statement)
    assert Checkpoint.objects.count() == 1


def test_audit_checkpoint_command_prints_the_note(append: Append, capsys: pytest.CaptureFixture[str]) -> None:
    append(2)
    call_command("audit_checkpoint")
    out = capsys.readouterr().out
    assert out == Checkpoint.objects.get().note
    assert out.startswith("custos.local/audit\n2\n")


def _rehash_from(seq: int) -> None:
    """Recompute the chain from ``seq`` on, as an attacker who knows the (unkeyed) algorithm could."""
    from audit.hashing import chain_hash

    prev = AuditEvent.objects.filter(seq=seq - 1).values_list("hash", flat=True).first() or "0" * 64
    for row in stored_rows(after_seq=seq - 1):
        new_hash = chain_hash(prev, row_entry(row))
        tamper("UPDATE audit_auditevent SET prev_hash = %s, hash = %s WHERE seq = %s", [prev, new_hash, row["seq"]])
        prev = new_hash
