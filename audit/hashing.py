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
