"""How one audit entry is hashed and chained.

entry bytes  = canonical JSON of the fields listed in ENTRY_FIELDS
chain hash   = SHA-256(previous hash bytes || entry bytes), hex
genesis      = 64 zeros, the previous hash of seq 1

The same entry bytes are the leaves of the Merkle tree (RFC 6962). The
offline export verifier re-implements these few lines on purpose, so an
auditor needs nothing from this code base to check an export.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

from audit.canonical import canonical_json

GENESIS_HASH = "0" * 64
ENTRY_FIELDS = (
    "seq",
    "created_at",
    "actor_type",
    "actor_id",
    "actor_label",
    "action",
    "subject_type",
    "subject_id",
    "payload",
)


def format_time(moment: datetime) -> str:
    """UTC, microsecond precision, 'Z' suffix: one spelling per instant."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def entry_dict(
    *,
    seq: int,
    created_at: datetime,
    actor_type: str,
    actor_id: str,
    actor_label: str,
    action: str,
    subject_type: str,
    subject_id: str,
    payload: Any,
) -> dict[str, Any]:
    return {
        "seq": seq,
        "created_at": format_time(created_at),
        "actor_type": actor_type,
        "actor_id": actor_id,
        "actor_label": actor_label,
        "action": action,
        "subject_type": subject_type,
        "subject_id": subject_id,
        "payload": payload,
    }


def entry_bytes(entry: dict[str, Any]) -> bytes:
    return canonical_json(entry)


def chain_hash(prev_hash: str, entry: bytes) -> str:
    return hashlib.sha256(bytes.fromhex(prev_hash) + entry).hexdigest()


def entry_parts(
    *,
    actor_type: str,
    actor_id: str,
    actor_label: str,
    action: str,
    subject_type: str,
    subject_id: str,
    payload: Any,
    payload_json: str | None = None,
) -> tuple[str, str, str]:
    """The entry's canonical JSON around its two holes, ``created_at`` and ``seq``, for the database to fill.

    ``payload_json`` is ``canonical_json(payload)``, decoded, when the caller
    has it already (the append sends it as the event's payload column too).

    ``head + format_time(created_at) + middle + str(seq) + tail`` are exactly
    ``entry_bytes(entry_dict(...))``, decoded: PostgreSQL's ``audit_append``
    (migration 0005) knows the head only under its lock, so it completes and
    hashes the entry there. The keys are spliced in sorted order, as
    canonical JSON sorts them (checked by ``_SPLICE_ORDER`` below).
    """

    def value(item: Any) -> str:
        return canonical_json(item).decode("utf-8")

    head = (
        f'{{"action":{value(action)},"actor_id":{value(actor_id)},"actor_label":{value(actor_label)},'
        f'"actor_type":{value(actor_type)},"created_at":"'
    )
    middle = f'","payload":{value(payload) if payload_json is None else payload_json},"seq":'
    tail = f',"subject_id":{value(subject_id)},"subject_type":{value(subject_type)}}}'
    return head, middle, tail


_SPLICE_ORDER = (
    "action",
    "actor_id",
    "actor_label",
    "actor_type",
    "created_at",
    "payload",
    "seq",
    "subject_id",
    "subject_type",
)
assert tuple(sorted(ENTRY_FIELDS)) == _SPLICE_ORDER, "entry_parts() must follow canonical (sorted) key order"
