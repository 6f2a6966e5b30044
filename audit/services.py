"""Writing to the audit log. ``record`` is the only way in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from django.db import connections, router, transaction
from django.utils import timezone

from audit.actors import Actor
from audit.hashing import GENESIS_HASH, chain_hash, entry_bytes, entry_dict
from audit.models import AuditEvent
from config.db import insert_new

# pg_advisory_xact_lock key: the ASCII of "custos" as an integer. Held until
# the surrounding transaction commits or rolls back, so two writers can never
# both extend the same head.
_CHAIN_LOCK_KEY = 0x637573746F73


class AuditWriteError(Exception):
    """The audit event could not be written; the caller's change must not commit."""


def _lock_and_read_head(using: str) -> tuple[int, str, dt.datetime] | None:
    """Take the chain lock, then read the head (seq, hash, created_at) it protects."""
    connection = connections[using]
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_CHAIN_LOCK_KEY])
            # Raw SQL: this runs on every append (every pre-flight decision); the ORM would double its cost.
            cursor.execute(f"SELECT seq, hash, created_at FROM {AuditEvent._meta.db_table} ORDER BY seq DESC LIMIT 1")  # noqa: S608
            row = cursor.fetchone()
        return (int(row[0]), str(row[1]), row[2]) if row else None
    # SQLite: the connection runs IMMEDIATE transactions (see config.env), so
    # the write lock is already held from BEGIN.
    return AuditEvent.objects.using(using).order_by("-seq").values_list("seq", "hash", "created_at").first()


def record(
    *,
    actor: Actor,
    action: str,
    subject_type: str,
    subject_id: str | int = "",
    payload: Mapping[str, Any] | None = None,
) -> AuditEvent:
    """Append one event to the chain inside the caller's transaction.

    Must be called inside ``transaction.atomic``: the event commits together
    with the change it describes, or neither does. ``payload`` must never hold
    raw input text; use ``audit.fingerprints.payload_fingerprint``.
    """
    using = router.db_for_write(AuditEvent)
    if not transaction.get_connection(using).in_atomic_block:
        raise AuditWriteError("audit.services.record() must run inside the transaction of the change it records.")
    head = _lock_and_read_head(using)
    seq, prev_hash, prev_time = (head[0] + 1, head[1], head[2]) if head else (1, GENESIS_HASH, None)
    # Time never runs backwards along the chain, even if clocks of two hosts differ.
    created_at = timezone.now() if prev_time is None else max(timezone.now(), prev_time)
    entry = entry_dict(
        seq=seq,
        created_at=created_at,
        actor_type=actor.type,
        actor_id=actor.id,
        actor_label=actor.label,
        action=action,
        subject_type=subject_type,
        subject_id=str(subject_id),
        payload=dict(payload or {}),
    )
    event = AuditEvent(
        seq=seq,
        created_at=created_at,
        actor_type=actor.type,
        actor_id=actor.id,
        actor_label=actor.label,
        action=action,
        subject_type=subject_type,
        subject_id=str(subject_id),
        payload=entry["payload"],
        prev_hash=prev_hash,
        hash=chain_hash(prev_hash, entry_bytes(entry)),
    )
    insert_new(event, using=using)  # on every decision: the ORM's save() would double the cost of the INSERT
    return event
