"""Signed checkpoints of the Merkle tree, and the full verification of the log against them.

A checkpoint is a C2SP tlog-checkpoint signed note::

    custos.local/audit                     origin (also the signing key's name)
    1234                                   tree size: events seq 1..1234
    3q2+7w...=                             base64 Merkle root (RFC 9162)
    time 2026-11-21T13:25:00Z              extension line: when it was signed (UTC)

    — custos.local/audit Ab12...==         base64(key id || Ed25519 signature)

Writing a checkpoint is itself an audit event (``checkpoint.create``, recorded
right after the events it covers, so it is event ``tree_size + 1`` or later).
The log thus witnesses its own checkpoints: deleting a checkpoint row is
detected. A new checkpoint is only signed if the log still extends the previous
one, so signed checkpoints never shrink or fork.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connections, router, transaction
from django.utils import timezone

from audit import selectors
from audit.actions import AuditAction, SubjectType
from audit.actors import Actor
from audit.bindings import bindings_start
from audit.chain import ChainReport, stored_rows, verify_rows
from audit.merkle import Frontier, MerkleTree, leaf_hash, verify_consistency
from audit.models import AuditEvent, Checkpoint
from audit.services import record
from audit.signing import NoteError, VerifierKey, log_signer, open_note, split_note, trusted_verifiers
from audit.witness import newest_witnessed, witnesses_publish

TIME_PREFIX = "time "
# pg_advisory_xact_lock key for checkpoint writers ("ckpt"); distinct from the chain lock.
_CHECKPOINT_LOCK_KEY = 0x636B7074


class CheckpointError(Exception):
    """The log cannot be signed: it is empty, or it no longer extends the previous checkpoint."""


@dataclass(frozen=True)
class SignedCheckpoint:
    """The content of a checkpoint note whose signature has been verified."""

    origin: str
    tree_size: int
    root: bytes
    time: datetime | None
    key: VerifierKey

    @property
    def root_hex(self) -> str:
        return self.root.hex()


def checkpoint_body(*, origin: str, tree_size: int, root: bytes, signed_at: datetime) -> str:
    root_b64 = base64.b64encode(root).decode("ascii")
    return f"{origin}\n{tree_size}\n{root_b64}\n{TIME_PREFIX}{signed_at.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}\n"


def parse_checkpoint_body(body: str) -> tuple[str, int, bytes, datetime | None]:
    lines = body.split("\n")[:-1]
    if len(lines) < 3 or not lines[1].isdigit() or (lines[1] != "0" and lines[1].startswith("0")):
        raise NoteError("not a checkpoint: expected origin, tree size and root hash lines")
    try:
        root = base64.b64decode(lines[2], validate=True)
    except binascii.Error:
        root = b""
    if len(root) != 32:
        raise NoteError("not a checkpoint: the root hash line is not 32 bytes of base64")
    signed_at = None
    for line in lines[3:]:
        if line.startswith(TIME_PREFIX):
            try:
                signed_at = datetime.strptime(line[len(TIME_PREFIX) :], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
            except ValueError:
                raise NoteError(f"not a checkpoint: bad time line {line!r}") from None
    return lines[0], int(lines[1]), root, signed_at


def open_checkpoint(note: str, verifiers: list[VerifierKey] | None = None) -> SignedCheckpoint:
    """Verify a checkpoint note's signature by a trusted key and read it; raises NoteError."""
    body, key = open_note(note, trusted_verifiers() if verifiers is None else verifiers)
    origin, tree_size, root, signed_at = parse_checkpoint_body(body)
    if origin != key.name:
        raise NoteError(f"the checkpoint origin {origin!r} is not the signing key's name {key.name!r}")
    return SignedCheckpoint(origin=origin, tree_size=tree_size, root=root, time=signed_at, key=key)


def _lock_checkpoint_writers(using: str) -> None:
    connection = connections[using]
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_CHECKPOINT_LOCK_KEY])
    # SQLite: IMMEDIATE transactions already hold the database's write lock.


def _frontier_after(previous: Checkpoint, size: int) -> tuple[Frontier, str]:
    """Extend the previous checkpoint's frontier with events previous.tree_size+1..size."""
    frontier = Frontier(previous.tree_size, [bytes.fromhex(value) for value in previous.frontier])
    if frontier.root().hex() != previous.root_hash:
        raise CheckpointError(
            f"the stored frontier of checkpoint #{previous.pk} does not match its signed root; "
            "run `manage.py audit_checkpoint --full`, then `audit_verify`"
        )
    report = verify_rows(
        stored_rows(after_seq=previous.tree_size, upto_seq=size),
        after_seq=previous.tree_size,
        after_hash=previous.last_hash,
        on_entry=lambda _seq, entry: frontier.append(leaf_hash(entry)),
    )
    _require_intact(report, size)
    return frontier, report.head_hash


def _frontier_from_scratch(previous: Checkpoint | None, size: int) -> tuple[Frontier, str]:
    """Hash the whole log and prove it consistent with the previous checkpoint."""
    leaves = bytearray()
    report = verify_rows(stored_rows(upto_seq=size), on_entry=lambda _seq, entry: leaves.extend(leaf_hash(entry)))
    _require_intact(report, size)
    tree = MerkleTree(leaves)
    if previous is not None:
        proof = tree.consistency_proof(previous.tree_size, size)
        if not verify_consistency(previous.tree_size, size, bytes.fromhex(previous.root_hash), tree.root(size), proof):
            raise CheckpointError(
                f"the log is not consistent with checkpoint #{previous.pk} (size {previous.tree_size}): "
                f"events up to seq {previous.tree_size} changed after it was signed"
            )
    return tree.frontier(size), report.head_hash


def _require_intact(report: ChainReport, size: int) -> None:
    if not report.ok:
        raise CheckpointError(f"refusing to sign a broken chain: {report.problem}")
    if report.head_seq != size:
        raise CheckpointError(f"refusing to sign: expected events up to seq {size}, found up to {report.head_seq}")


def checkpoint_create(
    *, actor: Actor | None = None, only_if_grown: bool = False, full: bool = False
) -> Checkpoint | None:
    """Sign the current tree head and store it; record ``checkpoint.create`` in the same transaction.

    ``only_if_grown`` skips (returns None) when nothing but checkpoint records
    was appended since the previous checkpoint, so the periodic task does not
    checkpoint its own records forever. By default only events newer than the
    previous checkpoint are hashed; ``full`` re-hashes the whole log and checks
    a consistency proof against the previous checkpoint instead.
    """
    signer = log_signer()
    using = router.db_for_write(Checkpoint)
    with transaction.atomic(using=using):
        _lock_checkpoint_writers(using)
        previous = selectors.latest_checkpoint()
        if (
            only_if_grown
            and previous is not None
            and not selectors.has_events_after(previous.tree_size, ignoring_action=AuditAction.CHECKPOINT_CREATE)
        ):
            return None
        size = selectors.chain_head().seq
        if size == 0:
            if only_if_grown:
                return None
            raise CheckpointError("the audit log is empty: there is nothing to sign")
        if previous is not None and size < previous.tree_size:
            raise CheckpointError(
                f"the log has {size} events, fewer than checkpoint #{previous.pk} (size {previous.tree_size}): "
                "refusing to sign a truncated log"
            )
        if previous is None or full:
            frontier, last_hash = _frontier_from_scratch(previous, size)
        else:
            frontier, last_hash = _frontier_after(previous, size)
        root = frontier.root()
        signed_at = timezone.now().replace(microsecond=0)
        body = checkpoint_body(origin=signer.name, tree_size=size, root=root, signed_at=signed_at)
        note = signer.sign_note(body)
        checkpoint = Checkpoint.objects.create(
            tree_size=size,
            root_hash=root.hex(),
            created_at=signed_at,
            origin=signer.name,
            key_id=signer.verifier.key_id_hex,
            signature=base64.b64encode(split_note(note)[1][0].signature).decode("ascii"),
            note=note,
            last_hash=last_hash,
            frontier=[value.hex() for value in frontier.hashes],
        )
        record(
            actor=actor or Actor.system("checkpointer"),
            action=AuditAction.CHECKPOINT_CREATE,
            subject_type=SubjectType.CHECKPOINT,
            subject_id=checkpoint.pk,
            payload={"tree_size": size, "root_hash": root.hex(), "key_id": checkpoint.key_id, "origin": signer.name},
        )
        # Outside copies only of what committed; a witness never holds a checkpoint the log rolled back.
        transaction.on_commit(lambda: witnesses_publish(note=note, tree_size=size), using=using)
    return checkpoint


# --- Verification of the whole log ---------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One finding of the verifier; ``seq`` is the first event it implicates, when known."""

    message: str
    seq: int | None = None


@dataclass
class LogReport:
    """Everything ``audit_verify`` found: the chain, the tree, the checkpoints."""

    chain: ChainReport
    tree_size: int
    root: bytes
    checkpoints: int = 0
    latest: Checkpoint | None = None
    external: SignedCheckpoint | None = None
    witnessed: SignedCheckpoint | None = None  # the newest checkpoint of the witness directory
    witness_path: Path | None = None
    problems: list[Problem] = field(default_factory=list)
    matched_sizes: list[int] = field(default_factory=list)  # checkpoint sizes whose root matches the log

    @property
    def ok(self) -> bool:
        return self.chain.ok and not self.problems

    @property
    def first_bad_seq(self) -> int | None:
        seqs = [p.seq for p in self.problems if p.seq is not None]
        if not self.chain.ok and self.chain.first_bad_seq is not None:
            seqs.append(self.chain.first_bad_seq)
        return min(seqs, default=None)


def verify_log(
    *,
    external_note: str | None = None,
    witness_dir: str | Path | None = None,
    progress: Callable[[int], None] | None = None,
) -> LogReport:
    """Verify the chain, the Merkle root at every checkpoint, every signature, and no shrink or fork.

    Streams the events once, keeping only their 32-byte leaf hashes. With
    ``external_note`` (a checkpoint kept outside the database) also checks that
    the log still contains, unchanged, the tree that note signed; so does the
    newest checkpoint of the witness directory (``witness_dir``; None: the
    CUSTOS_AUDIT_WITNESS_DIR setting, "": none). Every ``RowBinding`` (decision
    rows) is checked against the verified events of its action.
    """
    # Checkpoints written while this runs are left out: their events may be newer than the stream.
    latest = selectors.latest_checkpoint()
    upto_id = latest.pk if latest else 0
    leaves = bytearray()
    witnessed: list[tuple[int, dict]] = []
    bindings = {binding.action: binding for binding in bindings_start()}
    current: dict[str, Any] = {}

    def watched_rows() -> Iterator[dict[str, Any]]:
        for row in stored_rows():
            if row["action"] == AuditAction.CHECKPOINT_CREATE and isinstance(row["payload"], dict):
                witnessed.append((row["seq"], row["payload"]))
            current.update(row)
            yield row

    def on_entry(seq: int, entry: bytes) -> None:
        leaves.extend(leaf_hash(entry))
        # Only events whose hash has just been recomputed reach the bindings.
        binding = bindings.get(current["action"])
        if binding is not None and isinstance(current["payload"], dict):
            binding.see(seq, current["hash"], current["payload"])

    chain = verify_rows(watched_rows(), progress, on_entry=on_entry)
    tree = MerkleTree(leaves)
    # Past a broken link nothing is trusted: compare checkpoints only with the verified prefix.
    report = LogReport(chain=chain, tree_size=tree.size, root=tree.root())
    stored_count = selectors.event_count() if not chain.ok else tree.size
    witnessed = [(seq, payload) for seq, payload in witnessed if seq <= tree.size]
    _check_stored_checkpoints(report, tree, stored_count, witnessed, upto_id)
    for binding in bindings.values():
        findings = binding.finish(verified_size=tree.size, chain_ok=chain.ok)
        report.problems.extend(Problem(finding.message, finding.seq) for finding in findings)
    if external_note is not None:
        report.external = _check_external(report, tree, external_note, label="external checkpoint")
    directory = settings.CUSTOS_AUDIT_WITNESS_DIR if witness_dir is None else witness_dir
    if directory:
        _check_witness_directory(report, tree, Path(directory))
    return report


def verification_result(report: LogReport) -> dict[str, Any]:
    """The payload of an ``audit.verify`` event for ``report`` (read by the dashboard and the reports)."""
    return {
        "ok": report.ok,
        "checked": report.chain.checked,
        "head_seq": report.chain.head_seq,
        "head_hash": report.chain.head_hash,
        "first_bad_seq": report.first_bad_seq,
        "checkpoints": report.checkpoints,
        "witnessed_size": report.witnessed.tree_size if report.witnessed else None,
        "problems": [problem.message for problem in report.problems]
        + ([report.chain.problem] if not report.chain.ok else []),
    }


def verification_record(report: LogReport, *, actor: Actor) -> AuditEvent:
    """Append the result of a verification to the log as an ``audit.verify`` event."""
    with transaction.atomic(using=router.db_for_write(AuditEvent)):
        return record(
            actor=actor,
            action=AuditAction.AUDIT_VERIFY,
            subject_type=SubjectType.AUDIT_LOG,
            subject_id="chain",
            payload=verification_result(report),
        )


def _check_stored_checkpoints(
    report: LogReport, tree: MerkleTree, stored_count: int, witnessed: list[tuple[int, dict]], upto_id: int
) -> None:
    verifiers = trusted_verifiers()
    largest: Checkpoint | None = None
    root_by_size: dict[int, tuple[int, str]] = {}
    mismatched: list[Checkpoint] = []
    witnessed_heads = {(payload.get("tree_size"), payload.get("root_hash")) for _seq, payload in witnessed}
    stored_heads: set[tuple[int, str]] = set()
    for checkpoint in selectors.checkpoints_in_order(upto_id=upto_id):
        report.checkpoints += 1
        report.latest = checkpoint
        stored_heads.add((checkpoint.tree_size, checkpoint.root_hash))
        label = f"checkpoint #{checkpoint.pk} (size {checkpoint.tree_size}, {checkpoint.created_at:%Y-%m-%dT%H:%M:%SZ})"
        try:
            signed = open_checkpoint(checkpoint.note, verifiers)
        except NoteError as exc:
            report.problems.append(Problem(f"{label}: bad signature or note: {exc}"))
        else:
            if (signed.tree_size, signed.root_hex, signed.key.key_id_hex) != (
                checkpoint.tree_size,
                checkpoint.root_hash,
                checkpoint.key_id,
            ):
                report.problems.append(Problem(f"{label}: its fields differ from its signed note"))
        if largest is not None and checkpoint.tree_size < largest.tree_size:
            report.problems.append(
                Problem(f"{label} is smaller than the earlier checkpoint #{largest.pk} (size {largest.tree_size})")
            )
        elif largest is None or checkpoint.tree_size > largest.tree_size:
            largest = checkpoint
        seen = root_by_size.setdefault(checkpoint.tree_size, (checkpoint.pk, checkpoint.root_hash))
        if seen[1] != checkpoint.root_hash:
            report.problems.append(
                Problem(f"fork: {label} and checkpoint #{seen[0]} have the same size and different roots")
            )
        if checkpoint.tree_size > tree.size:
            if report.chain.ok:
                report.problems.append(
                    Problem(
                        f"truncated tail: {label} covers {checkpoint.tree_size} events but the log has {stored_count}",
                        stored_count + 1,
                    )
                )
            continue
        if report.chain.ok and (checkpoint.tree_size, checkpoint.root_hash) not in witnessed_heads:
            # Its own record is appended in the same transaction, so an intact log always holds it.
            report.problems.append(Problem(f"{label} has no {AuditAction.CHECKPOINT_CREATE} event in the log"))
        if tree.root(checkpoint.tree_size).hex() == checkpoint.root_hash:
            report.matched_sizes.append(checkpoint.tree_size)
        else:
            mismatched.append(checkpoint)
    for checkpoint in mismatched:
        # The change lies after the largest smaller checkpoint that still matches.
        after = _last_good_size(report, checkpoint.tree_size)
        report.problems.append(
            Problem(
                f"checkpoint #{checkpoint.pk} (size {checkpoint.tree_size}): the Merkle root of the stored log differs; "
                f"an event between seq {after + 1} and {checkpoint.tree_size} was changed, removed or reordered",
                after + 1,
            )
        )
    for seq, payload in witnessed:
        if (payload.get("tree_size"), payload.get("root_hash")) not in stored_heads:
            report.problems.append(
                Problem(
                    f"the checkpoint recorded at seq {seq} (size {payload.get('tree_size')}) "
                    "is missing from the checkpoint table"
                )
            )


def _check_external(report: LogReport, tree: MerkleTree, note: str, *, label: str) -> SignedCheckpoint | None:
    """Check that the log still holds, unchanged, the tree a checkpoint kept outside the database signed."""
    try:
        external = open_checkpoint(note)
    except NoteError as exc:
        report.problems.append(Problem(f"{label}: {exc}"))
        return None
    if external.origin != settings.CUSTOS_AUDIT_LOG_ORIGIN:
        report.problems.append(Problem(f"{label} is for the log {external.origin!r}, not this one"))
    elif external.tree_size > tree.size:
        if report.chain.ok:
            report.problems.append(
                Problem(
                    f"truncated tail: the {label} covers {external.tree_size} events but the log has {tree.size}",
                    tree.size + 1,
                )
            )
    elif tree.root(external.tree_size) != external.root:
        after = _last_good_size(report, external.tree_size)
        report.problems.append(
            Problem(
                f"the log is not consistent with the {label} (size {external.tree_size}): "
                f"the Merkle root differs; an event between seq {after + 1} and {external.tree_size} "
                "was changed, removed or reordered",
                after + 1,
            )
        )
    return external


def _check_witness_directory(report: LogReport, tree: MerkleTree, directory: Path) -> None:
    """Compare the log with the newest checkpoint of the witness directory (the database cannot rewrite it)."""
    try:
        newest = newest_witnessed(directory)
    except OSError as exc:
        report.problems.append(Problem(f"the witness directory {directory} cannot be read: {exc}"))
        return
    if newest is None:
        if report.checkpoints:
            report.problems.append(
                Problem(
                    f"the witness directory {directory} holds no checkpoint although the database has "
                    f"{report.checkpoints}: checkpoints are not being published, or the witness was emptied"
                )
            )
        return
    path, note = newest
    report.witnessed = _check_external(report, tree, note, label=f"witnessed checkpoint {path}")
    report.witness_path = path


def _last_good_size(report: LogReport, size: int) -> int:
    """The largest checkpoint size below ``size`` whose root still matches the log (0 if none)."""
    return max((good for good in report.matched_sizes if good < size), default=0)
