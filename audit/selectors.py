"""Reads of the audit log."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import router
from django.db.models import Q, QuerySet

from audit.actions import AuditAction, SubjectType
from audit.chain import row_entry, stored_rows
from audit.hashing import ENTRY_FIELDS, GENESIS_HASH, format_time
from audit.merkle import MerkleTree, leaf_hash
from audit.models import AuditEvent, Checkpoint, Export, VerificationRun


@dataclass(frozen=True)
class ChainHead:
    seq: int
    hash: str


def chain_head() -> ChainHead:
    head = AuditEvent.objects.order_by("-seq").values_list("seq", "hash").first()
    return ChainHead(seq=head[0], hash=head[1]) if head else ChainHead(seq=0, hash=GENESIS_HASH)


def events_for_subject(subject_type: str, subject_id: str | int) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(subject_type=subject_type, subject_id=str(subject_id)).order_by("seq"))


def event_count() -> int:
    return AuditEvent.objects.count()


def event_get(seq: int) -> AuditEvent:
    return AuditEvent.objects.get(seq=seq)


def event_list(
    *,
    action: str | None = None,
    subject_type: str | None = None,
    subject_id: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    after_seq: int = 0,
) -> QuerySet[AuditEvent]:
    """Events in seq order, filtered; ``since`` is inclusive and ``until`` exclusive."""
    events = AuditEvent.objects.filter(seq__gt=after_seq)
    if action:
        events = events.filter(action=action)
    if subject_type:
        events = events.filter(subject_type=subject_type)
    if subject_id:
        events = events.filter(subject_id=subject_id)
    if since is not None:
        events = events.filter(created_at__gte=since)
    if until is not None:
        events = events.filter(created_at__lt=until)
    return events.order_by("seq")


def export_events(filters: Mapping[str, Any], *, upto_seq: int) -> QuerySet[AuditEvent]:
    """The events an export with ``filters`` covers (see audit.exports.ExportFilters), in seq order."""
    events = event_list(
        action=filters.get("action"), since=_parse_time(filters.get("since")), until=_parse_time(filters.get("until"))
    ).filter(seq__lte=upto_seq)
    if filters.get("workload"):
        slug = filters["workload"]
        events = events.filter(Q(subject_type=SubjectType.WORKLOAD, subject_id=slug) | Q(payload__workload=slug))
    if filters.get("decision"):
        events = events.filter(action=AuditAction.PREFLIGHT_DECISION, payload__decision=filters["decision"])
    return events


def _parse_time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def has_events_after(seq: int, *, ignoring_action: str) -> bool:
    return AuditEvent.objects.filter(seq__gt=seq).exclude(action=ignoring_action).exists()


def latest_checkpoint() -> Checkpoint | None:
    return Checkpoint.objects.order_by("-id").first()


def checkpoint_list() -> QuerySet[Checkpoint]:
    return Checkpoint.objects.order_by("-id")


def checkpoints_in_order(*, upto_id: int | None = None) -> Iterator[Checkpoint]:
    """Stored checkpoints (up to ``upto_id``), oldest first, streamed."""
    checkpoints = Checkpoint.objects.all() if upto_id is None else Checkpoint.objects.filter(id__lte=upto_id)
    return checkpoints.order_by("id").iterator(chunk_size=2000)


def checkpoint_before(checkpoint: Checkpoint) -> Checkpoint | None:
    return Checkpoint.objects.filter(id__lt=checkpoint.pk).order_by("-id").first()


def covering_checkpoint(seq: int) -> Checkpoint | None:
    """The newest checkpoint whose tree contains event ``seq``."""
    return Checkpoint.objects.filter(tree_size__gte=seq).order_by("-id").first()


def export_get(export_id: int) -> Export:
    return Export.objects.get(pk=export_id)


class LeafGapError(Exception):
    """The stored events have a gap or are fewer than asked for; no tree can be built."""


class LogMismatchError(ValueError):
    """The stored events no longer produce the root their checkpoint signed."""


_tree_lock = threading.Lock()
_trees: dict[str, tuple[MerkleTree, str]] = {}  # database alias -> tree, chain hash of its last leaf


def merkle_tree(size: int) -> MerkleTree:
    """A Merkle tree over at least the first ``size`` stored events.

    Leaf and node hashes stay in this process (about 64 bytes per event) and
    only events newer than the cached tree are read. The cache is dropped when
    the event at its last leaf no longer has the hash it had (another database,
    a test rollback). Proofs from it are checked against signed roots by their
    readers; ``audit_verify`` recomputes everything from the rows.
    """
    alias = router.db_for_read(AuditEvent)
    with _tree_lock:
        tree, last_hash = _trees.get(alias, (MerkleTree(), GENESIS_HASH))
        if tree.size and AuditEvent.objects.filter(seq=tree.size).values_list("hash", flat=True).first() != last_hash:
            tree, last_hash = MerkleTree(), GENESIS_HASH
        if tree.size < size:
            leaves, expected = bytearray(), tree.size + 1
            for row in stored_rows(after_seq=tree.size, upto_seq=size):
                if row["seq"] != expected:
                    raise LeafGapError(f"seq {expected} is missing from the audit log")
                leaves += leaf_hash(row_entry(row))
                last_hash, expected = row["hash"], expected + 1
            tree.extend(leaves)
            _trees[alias] = (tree, last_hash)
        if tree.size < size:
            raise LeafGapError(f"the audit log has {tree.size} events, fewer than {size}")
        return tree


# --- Web UI reads ------------------------------------------------------------


def event_actions() -> list[str]:
    """The distinct actions in the log, for filter menus."""
    return list(AuditEvent.objects.order_by("action").values_list("action", flat=True).distinct())


def event_subject_types() -> list[str]:
    return list(AuditEvent.objects.order_by("subject_type").values_list("subject_type", flat=True).distinct())


def event_page(
    *,
    before_seq: int | None = None,
    after_seq: int | None = None,
    limit: int = 50,
    **filters: Any,
) -> tuple[list[AuditEvent], bool, bool]:
    """One page of events, newest first, by seq cursor: (events, has_older, has_newer).

    ``before_seq`` pages to older events, ``after_seq`` to newer ones; ``filters``
    are those of ``event_list`` (action, subject_type, subject_id, since, until).
    """
    events = event_list(**filters)
    if after_seq is not None:
        page = list(events.filter(seq__gt=after_seq).order_by("seq")[: limit + 1])
        has_newer = len(page) > limit
        page = list(reversed(page[:limit]))
        has_older = bool(page) and events.filter(seq__lt=page[-1].seq).exists()
        return page, has_older, has_newer
    if before_seq is not None:
        events = events.filter(seq__lt=before_seq)
    page = list(events.order_by("-seq")[: limit + 1])
    has_older = len(page) > limit
    page = page[:limit]
    has_newer = before_seq is not None and bool(page) and event_list(**filters).filter(seq__gt=page[0].seq).exists()
    return page, has_older, has_newer


def last_verification() -> AuditEvent | None:
    """The latest recorded ``audit.verify`` event (the result of "verify chain now")."""
    return AuditEvent.objects.filter(action=AuditAction.AUDIT_VERIFY).order_by("-seq").first()


def verification_get(run_id: int) -> VerificationRun:
    return VerificationRun.objects.get(pk=run_id)


def verification_in_flight() -> VerificationRun | None:
    """The verification run queued or running now, if any (at most one: audit.verification)."""
    return VerificationRun.objects.filter(in_flight=True).first()


def verification_latest_finished() -> VerificationRun | None:
    return VerificationRun.objects.filter(in_flight=False).order_by("-id").first()


def export_list(limit: int = 50) -> list[Export]:
    return list(Export.objects.order_by("-id")[:limit])


def checkpoint_json(checkpoint: Checkpoint) -> dict[str, Any]:
    """A checkpoint for the API: its id and its signed-note fields."""
    return {"id": checkpoint.pk, **checkpoint_note_json(checkpoint)}


def checkpoint_note_json(checkpoint: Checkpoint) -> dict[str, Any]:
    """A checkpoint's signed-note fields, as export bundles and the API spell them."""
    return {
        "tree_size": checkpoint.tree_size,
        "root_hash": checkpoint.root_hash,
        "created_at": format_time(checkpoint.created_at),
        "origin": checkpoint.origin,
        "key_id": checkpoint.key_id,
        "signature": checkpoint.signature,
        "note": checkpoint.note,
    }


def event_inclusion_proof(seq: int) -> dict[str, Any]:
    """RFC 9162 inclusion proof of event ``seq``, JSON-ready.

    Against the newest checkpoint covering the event (``"against": "checkpoint"``,
    with its signed note), or, when none covers it yet, against the current tree
    size with a fresh, unsigned root (``"against": "current_tree"``). Raises
    AuditEvent.DoesNotExist, LeafGapError, or LogMismatchError.
    """
    event = event_get(seq)
    checkpoint = covering_checkpoint(seq)
    size = checkpoint.tree_size if checkpoint else chain_head().seq
    tree = merkle_tree(size)
    root = tree.root(size)
    if checkpoint is not None and root.hex() != checkpoint.root_hash:
        raise LogMismatchError(f"the stored log does not match checkpoint #{checkpoint.pk}; run audit_verify")
    entry = row_entry({name: getattr(event, name) for name in ENTRY_FIELDS})
    return {
        "seq": seq,
        "leaf_index": seq - 1,
        "leaf_hash": leaf_hash(entry).hex(),
        "event_hash": event.hash,
        "tree_size": size,
        "root_hash": root.hex(),
        "audit_path": [node.hex() for node in tree.inclusion_proof(seq - 1, size)],
        "against": "checkpoint" if checkpoint else "current_tree",
        "checkpoint": checkpoint_json(checkpoint) if checkpoint else None,
    }
