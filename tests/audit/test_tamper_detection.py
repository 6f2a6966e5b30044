"""audit_verify detects every attack the transparency-log world tests for, each in its own test.

Tampering goes behind the triggers' back (session_replication_role = replica),
as a database superuser could.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.core.management import call_command

from audit.chain import row_entry, stored_rows
from audit.checkpoints import checkpoint_body, checkpoint_create, verify_log
from audit.hashing import chain_hash
from audit.models import AuditEvent, Checkpoint
from audit.signing import NoteSigner, log_signer
from tests.audit.conftest import Append, tamper

pytestmark = pytest.mark.django_db


def run_verify(*args: str) -> tuple[int, str]:
    """Run the command; its exit code and stdout."""
    from io import StringIO

    out = StringIO()
    try:
        call_command("audit_verify", *args, stdout=out)
    except SystemExit as exit_info:
        return int(exit_info.code or 0), out.getvalue()
    return 0, out.getvalue()


def rehash_from(seq: int) -> None:
    """Recompute the chain from ``seq`` on: an attacker who knows the (unkeyed) chain algorithm."""
    prev = AuditEvent.objects.filter(seq=seq - 1).values_list("hash", flat=True).first() or "0" * 64
    for row in list(stored_rows(after_seq=seq - 1)):
        new_hash = chain_hash(prev, row_entry(row))
        tamper("UPDATE audit_auditevent SET prev_hash = %s, hash = %s WHERE seq = %s", [prev, new_hash, row["seq"]])
        prev = new_hash


@pytest.fixture
def log(append: Append) -> None:
    """20 events, checkpoints at sizes 8 and 15 (their records are seq 9 and 16), 4 more events."""
    append(8)
    checkpoint_create()
    append(6)
    checkpoint_create()
    append(4)


def test_intact_log_verifies_with_a_summary(log: None) -> None:
    code, out = run_verify()
    assert code == 0, out
    assert "OK: 20 events, head seq 20" in out
    assert "OK: Merkle root at size 20" in out
    assert "OK: 2 checkpoints: signatures valid, roots match the log, none shrinks or forks; latest size 15" in out


def test_detects_an_edited_row(log: None) -> None:
    tamper("UPDATE audit_auditevent SET payload = '{\"n\": 99}'::jsonb WHERE seq = 5")
    code, out = run_verify()
    assert code == 1
    assert "FAILED at seq 5: seq 5 content does not match its hash" in out
    assert verify_log().first_bad_seq == 5


def test_detects_an_edited_row_even_when_the_whole_chain_was_rehashed(log: None) -> None:
    tamper("UPDATE audit_auditevent SET actor_label = 'nobody' WHERE seq = 11")
    rehash_from(11)
    report = verify_log()
    assert report.chain.ok  # the chain alone cannot tell
    assert not report.ok and report.first_bad_seq == 9  # between the last good checkpoint (8) and the next (15)
    code, out = run_verify()
    assert code == 1 and "checkpoint #" in out and "between seq 9 and 15" in out


def test_detects_a_deleted_row(log: None) -> None:
    tamper("DELETE FROM audit_auditevent WHERE seq = 12")
    code, out = run_verify()
    assert code == 1
    assert "FAILED at seq 12: seq 12 is missing" in out


def test_detects_two_swapped_rows(log: None) -> None:
    tamper("UPDATE audit_auditevent SET seq = -1 WHERE seq = 6")
    tamper("UPDATE audit_auditevent SET seq = 6 WHERE seq = 7")
    tamper("UPDATE audit_auditevent SET seq = 7 WHERE seq = -1")
    code, out = run_verify()
    assert code == 1
    assert "FAILED at seq 6" in out


def test_detects_a_truncated_tail_against_a_checkpoint_kept_outside(log: None, tmp_path: Path) -> None:
    kept = tmp_path / "checkpoint.txt"
    checkpoint = checkpoint_create()  # size 20, recorded as seq 21
    assert checkpoint is not None
    kept.write_text(checkpoint.note, encoding="utf-8")
    assert run_verify("--checkpoint", str(kept))[0] == 0
    # A thorough attacker removes the tail and every checkpoint that mentions it.
    tamper("DELETE FROM audit_auditevent WHERE seq > 14")
    tamper("DELETE FROM audit_checkpoint WHERE tree_size > 14")
    assert run_verify()[0] == 0  # what is left is a valid, shorter log...
    code, out = run_verify("--checkpoint", str(kept))
    assert code == 1  # ...but not the log that was signed
    assert "FAILED at seq 15: truncated tail: the external checkpoint covers 20 events but the log has 14" in out


def test_detects_a_truncated_tail_against_the_stored_checkpoints(log: None) -> None:
    tamper("DELETE FROM audit_auditevent WHERE seq > 12")
    code, out = run_verify()
    assert code == 1
    assert "truncated tail: checkpoint #" in out and "covers 15 events but the log has 12" in out


def test_detects_a_rewritten_history_against_a_checkpoint_kept_outside(log: None, tmp_path: Path) -> None:
    kept = tmp_path / "checkpoint.txt"
    kept.write_text(Checkpoint.objects.get(tree_size=8).note, encoding="utf-8")
    tamper("UPDATE audit_auditevent SET action = 'innocent' WHERE seq = 3")
    rehash_from(3)
    tamper("DELETE FROM audit_checkpoint")  # and hide the stored evidence
    code, out = run_verify("--checkpoint", str(kept))
    assert code == 1
    assert "not consistent with the external checkpoint (size 8)" in out


def test_detects_a_fork_two_checkpoints_of_one_size_with_different_roots(log: None) -> None:
    """Even signed with the real key (an insider), a second root for size 8 is a fork."""
    original = Checkpoint.objects.get(tree_size=8)
    signer = log_signer()
    forged_root = bytes(32)
    note = signer.sign_note(
        checkpoint_body(origin=signer.name, tree_size=8, root=forged_root, signed_at=original.created_at)
    )
    Checkpoint.objects.create(
        tree_size=8,
        root_hash=forged_root.hex(),
        created_at=original.created_at,
        origin=signer.name,
        key_id=signer.verifier.key_id_hex,
        signature="",
        note=note,
        last_hash=original.last_hash,
        frontier=[],
    )
    code, out = run_verify()
    assert code == 1
    assert (
        "fork: checkpoint #" in out and f"and checkpoint #{original.pk} have the same size and different roots" in out
    )


def test_detects_a_checkpoint_that_shrinks(log: None) -> None:
    signer = log_signer()
    earlier = Checkpoint.objects.get(tree_size=8)
    Checkpoint.objects.create(
        tree_size=8,
        root_hash=earlier.root_hash,
        created_at=earlier.created_at,
        origin=signer.name,
        key_id=earlier.key_id,
        signature=earlier.signature,
        note=earlier.note,
        last_hash=earlier.last_hash,
        frontier=[],
    )
    code, out = run_verify()
    assert code == 1
    assert "(size 8" in out and "is smaller than the earlier checkpoint" in out


def test_detects_a_forged_checkpoint_signature(log: None) -> None:
    real = Checkpoint.objects.get(tree_size=15)
    forger = NoteSigner(name=real.origin, private_key=Ed25519PrivateKey.generate())
    forged_line = forger.signature_line(real.note.split("\n\n")[0].encode() + b"\n")
    # Keep the real key id so the line claims the trusted key, with someone else's signature.
    name, encoded = forged_line.removeprefix("\u2014 ").split(" ")
    import base64

    raw = bytes.fromhex(real.key_id) + base64.b64decode(encoded)[4:]
    forged_note = real.note.split("\n\n")[0] + "\n\n\u2014 " + name + " " + base64.b64encode(raw).decode() + "\n"
    tamper("UPDATE audit_checkpoint SET note = %s WHERE id = %s", [forged_note, real.pk])
    code, out = run_verify()
    assert code == 1
    assert f"checkpoint #{real.pk} (size 15" in out and "does not verify" in out


def test_detects_a_forged_external_checkpoint(log: None, tmp_path: Path) -> None:
    other = NoteSigner(name="custos.local/audit", private_key=Ed25519PrivateKey.generate())
    first = Checkpoint.objects.first()
    assert first is not None
    kept = tmp_path / "checkpoint.txt"
    kept.write_text(
        other.sign_note(checkpoint_body(origin=other.name, tree_size=20, root=bytes(32), signed_at=first.created_at))
    )
    code, out = run_verify("--checkpoint", str(kept))
    assert code == 1
    assert "external checkpoint: no signature by a trusted key" in out


def test_detects_a_deleted_checkpoint_row(log: None) -> None:
    tamper("DELETE FROM audit_checkpoint WHERE tree_size = 8")
    code, out = run_verify()
    assert code == 1
    assert "the checkpoint recorded at seq 9 (size 8) is missing from the checkpoint table" in out


def test_detects_a_checkpoint_inserted_behind_the_services_back(log: None) -> None:
    latest = Checkpoint.objects.order_by("-id").first()
    assert latest is not None
    signer = log_signer()
    root = bytes.fromhex(verify_log().root.hex())
    note = signer.sign_note(checkpoint_body(origin=signer.name, tree_size=20, root=root, signed_at=latest.created_at))
    Checkpoint.objects.create(
        tree_size=20,
        root_hash=root.hex(),
        created_at=latest.created_at,
        origin=signer.name,
        key_id=signer.verifier.key_id_hex,
        signature="",
        note=note,
        last_hash="",
        frontier=[],
    )
    code, out = run_verify()
    assert code == 1 and "has no checkpoint.create event in the log" in out


def test_a_truncate_of_the_audit_table_is_refused_even_with_cascade_from_checkpoints(log: None) -> None:
    from django.db import DatabaseError, connection, transaction

    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("TRUNCATE audit_checkpoint, audit_auditevent CASCADE")
    assert AuditEvent.objects.count() == 20 and Checkpoint.objects.count() == 2
