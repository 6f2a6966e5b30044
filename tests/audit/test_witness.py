"""Checkpoints published where the database cannot rewrite them, and audit_verify against them (issue 12, item 8).

The directory witness is a real directory; the HTTP witness is a real
tlog-witness server on loopback, written here: it checks the log's signature
and the consistency proof from the size it last cosigned, as the C2SP spec
asks, and answers 409 with its size when the client's ``old`` is stale.
"""

from __future__ import annotations

import base64
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import override_settings
from pytest_django import DjangoCaptureOnCommitCallbacks

from audit import witness
from audit.checkpoints import checkpoint_create, open_checkpoint, verify_log
from audit.merkle import verify_consistency
from audit.models import Checkpoint
from audit.signing import NoteError
from tests.audit.conftest import Append, tamper

pytestmark = pytest.mark.django_db


def run_verify(*args: str) -> tuple[int, str]:
    out = StringIO()
    try:
        call_command("audit_verify", *args, stdout=out)
    except SystemExit as exit_info:
        return int(exit_info.code or 0), out.getvalue()
    return 0, out.getvalue()


@pytest.fixture
def witness_dir(tmp_path: Path) -> Iterator[Path]:
    directory = tmp_path / "witness"
    with override_settings(CUSTOS_AUDIT_WITNESS_DIR=str(directory), CUSTOS_AUDIT_WITNESS_URLS=[]):
        yield directory


def signed_checkpoint(django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks) -> Checkpoint:
    """A checkpoint written as in production: published to the witnesses once its transaction commits."""
    with django_capture_on_commit_callbacks(execute=True):
        checkpoint = checkpoint_create()
    assert checkpoint is not None
    return checkpoint


# --- the directory witness -------------------------------------------------------------------


def test_every_checkpoint_is_written_once_to_the_witness_directory(
    witness_dir: Path, append: Append, django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks
) -> None:
    append(5)
    first = signed_checkpoint(django_capture_on_commit_callbacks)
    append(3)
    second = signed_checkpoint(django_capture_on_commit_callbacks)
    assert (witness_dir / "5.checkpoint").read_text() == first.note
    assert (witness_dir / f"{second.tree_size}.checkpoint").read_text() == second.note
    assert (witness_dir / "latest").read_text() == second.note
    assert sorted(p.name for p in witness_dir.iterdir()) == ["5.checkpoint", "9.checkpoint", "latest"]


def test_an_existing_witness_file_is_never_overwritten_with_another_tree(
    witness_dir: Path, append: Append, django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks
) -> None:
    append(5)
    first = signed_checkpoint(django_capture_on_commit_callbacks)
    witness.directory_publish(witness_dir, note=first.note, tree_size=5)  # the same note again: fine
    other_root = first.note.replace(first.note.split("\n")[2], base64.b64encode(b"\x01" * 32).decode())
    with pytest.raises(witness.WitnessConflict, match="already holds a different tree of size 5"):
        witness.directory_publish(witness_dir, note=other_root, tree_size=5)
    assert (witness_dir / "5.checkpoint").read_text() == first.note
    assert not [p for p in witness_dir.iterdir() if p.name.startswith(".incoming")]


def test_a_log_wiped_with_its_checkpoint_rows_fails_against_the_witness(
    witness_dir: Path, append: Append, django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks
) -> None:
    append(7)
    signed_checkpoint(django_capture_on_commit_callbacks)
    tamper("DELETE FROM audit_auditevent")
    tamper("DELETE FROM audit_checkpoint")

    # Without an outside anchor the empty log looks intact: this was the gap.
    assert verify_log(witness_dir="").ok
    code, out = run_verify()
    assert code == 1
    assert (
        f"truncated tail: the witnessed checkpoint {witness_dir / '7.checkpoint'} covers 7 events but the log has 0"
        in out
    )


def test_events_after_the_newest_database_checkpoint_deleted_fail_against_a_newer_witness_file(
    witness_dir: Path, append: Append, django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks
) -> None:
    append(4)
    kept = signed_checkpoint(django_capture_on_commit_callbacks)  # size 4, its record is seq 5
    append(6)
    newer = signed_checkpoint(django_capture_on_commit_callbacks)  # size 11
    append(2)
    # Delete the tail after the first checkpoint's record, and the newer checkpoint row with it.
    tamper("DELETE FROM audit_auditevent WHERE seq > %s", [kept.tree_size + 1])
    tamper("DELETE FROM audit_checkpoint WHERE id = %s", [newer.pk])

    assert verify_log(witness_dir="").ok  # the database alone no longer knows
    code, out = run_verify()
    assert code == 1
    assert "truncated tail: the witnessed checkpoint" in out and "covers 11 events but the log has 5" in out
    code, out = run_verify("--witness-dir", str(witness_dir))
    assert code == 1


def test_a_rewritten_log_is_inconsistent_with_the_witness(
    witness_dir: Path, append: Append, django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks
) -> None:
    append(6)
    signed_checkpoint(django_capture_on_commit_callbacks)
    # Rebuild the whole log with different content, checkpoints included: only the witness remembers.
    tamper("DELETE FROM audit_auditevent")
    tamper("DELETE FROM audit_checkpoint")
    append(9, marker="rewritten")
    report = verify_log()
    assert not report.ok
    assert any("not consistent with the witnessed checkpoint" in p.message for p in report.problems)


def test_an_intact_log_reports_its_unwitnessed_tail(
    witness_dir: Path, append: Append, django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks
) -> None:
    append(3)
    signed_checkpoint(django_capture_on_commit_callbacks)
    append(2)
    code, out = run_verify()
    assert code == 0, out
    assert "(size 3) is consistent with the log; 3 newer events not yet witnessed" in out


def test_an_unreadable_or_emptied_witness_directory_fails(
    witness_dir: Path, append: Append, django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks
) -> None:
    append(3)
    signed_checkpoint(django_capture_on_commit_callbacks)
    for path in witness_dir.iterdir():
        path.unlink()
    code, out = run_verify()
    assert code == 1 and "holds no checkpoint although the database has 1" in out
    code, out = run_verify("--witness-dir", str(witness_dir / "missing"))
    assert code == 1 and "cannot be read" in out


# --- the unanchored tail is bounded by events ------------------------------------------------


@override_settings(CUSTOS_AUDIT_CHECKPOINT_EVENTS=5)
def test_every_nth_event_queues_a_checkpoint(
    witness_dir: Path, append: Append, django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        append(4)
    assert not Checkpoint.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        append(1)  # seq 5
    assert list(Checkpoint.objects.values_list("tree_size", flat=True)) == [5]
    assert (witness_dir / "5.checkpoint").exists()


# --- an HTTP witness (C2SP tlog-witness) ------------------------------------------------------


@dataclass
class LoopbackWitness:
    """A tlog-witness: cosigns a checkpoint only if it extends, provably, the last one it cosigned."""

    size: int = 0
    root: bytes = b""
    requests: list[tuple[int, int, int]] = field(default_factory=list)  # (old, proof lines, checkpoint size)

    def add_checkpoint(self, body: str) -> tuple[int, dict[str, str], str]:
        head, _, note = body.partition("\n\n")
        lines = head.split("\n")
        if not lines[0].startswith("old "):
            return 400, {}, "no old line\n"
        old = int(lines[0][4:])
        proof = [base64.b64decode(line) for line in lines[1:] if line]
        try:
            checkpoint = open_checkpoint(note)
        except NoteError:
            return 403, {}, "bad signature\n"
        self.requests.append((old, len(proof), checkpoint.tree_size))
        if old != self.size:
            return 409, {"Content-Type": "text/x.tlog.size"}, f"{self.size}\n"
        if old and not verify_consistency(old, checkpoint.tree_size, self.root, checkpoint.root, proof):
            return 422, {}, "bad consistency proof\n"
        self.size, self.root = checkpoint.tree_size, checkpoint.root
        return 200, {}, "— witness.test AAAAAAAA\n"


@pytest.fixture
def http_witness() -> Iterator[tuple[str, LoopbackWitness]]:
    state = LoopbackWitness()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"])).decode()
            status, headers, text = (
                state.add_checkpoint(body) if self.path == "/witness/add-checkpoint" else (404, {}, "")
            )
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(text.encode())

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/witness"
    witness._known_sizes.pop(url, None)
    with override_settings(CUSTOS_AUDIT_WITNESS_DIR="", CUSTOS_AUDIT_WITNESS_URLS=[url]):
        yield url, state
    server.shutdown()
    server.server_close()


def test_checkpoints_are_pushed_with_a_consistency_proof(
    http_witness: tuple[str, LoopbackWitness],
    append: Append,
    django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks,
) -> None:
    _url, state = http_witness
    append(5)
    signed_checkpoint(django_capture_on_commit_callbacks)
    append(6)
    second = signed_checkpoint(django_capture_on_commit_callbacks)
    assert (state.size, state.root.hex()) == (second.tree_size, second.root_hash)
    assert state.requests[0] == (0, 0, 5)
    old, proof_lines, size = state.requests[1]
    assert (old, size) == (5, 12) and proof_lines > 0


def test_a_witness_that_knows_a_newer_size_is_answered_after_its_409(
    http_witness: tuple[str, LoopbackWitness],
    append: Append,
    django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks,
) -> None:
    url, state = http_witness
    append(5)
    signed_checkpoint(django_capture_on_commit_callbacks)
    witness._known_sizes.pop(url)  # a restarted worker has forgotten what the witness holds
    append(2)
    second = signed_checkpoint(django_capture_on_commit_callbacks)
    assert [request[0] for request in state.requests] == [0, 0, 5]  # stale old size, 409, then the proof from 5
    assert state.size == second.tree_size


def test_a_witness_refusal_is_reported_and_the_checkpoint_still_stands(
    http_witness: tuple[str, LoopbackWitness],
    append: Append,
    django_capture_on_commit_callbacks: DjangoCaptureOnCommitCallbacks,
) -> None:
    url, state = http_witness
    append(5)
    first = signed_checkpoint(django_capture_on_commit_callbacks)
    state.root = b"\x02" * 32  # the witness remembers another tree of that size: a fork
    append(2)
    second = signed_checkpoint(django_capture_on_commit_callbacks)
    assert Checkpoint.objects.filter(pk=second.pk).exists()
    results = witness.witnesses_publish(note=second.note, tree_size=second.tree_size)
    assert [(r.witness, r.ok) for r in results] == [(url, False)]
    assert "HTTP 422" in results[0].detail
    assert state.size == first.tree_size
