"""Recompute the hash chain and say where it first breaks."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from audit.hashing import ENTRY_FIELDS, GENESIS_HASH, chain_hash, entry_bytes, entry_dict
from audit.models import AuditEvent

ROW_FIELDS = (*ENTRY_FIELDS, "prev_hash", "hash")


@dataclass(frozen=True)
class ChainReport:
    """The outcome of a chain verification."""

    ok: bool
    checked: int
    head_seq: int
    head_hash: str
    first_bad_seq: int | None = None
    problem: str = ""


def row_entry(row: dict[str, Any]) -> bytes:
    return entry_bytes(entry_dict(**{name: row[name] for name in ENTRY_FIELDS}))


def verify_rows(
    rows: Iterable[dict[str, Any]],
    progress: Callable[[int], None] | None = None,
    *,
    after_seq: int = 0,
    after_hash: str = GENESIS_HASH,
    on_entry: Callable[[int, bytes], None] | None = None,
) -> ChainReport:
    """Check seq continuity, the prev_hash links and every recomputed hash.

    ``after_seq``/``after_hash`` start the check mid-chain, from a head already
    trusted (a checkpoint). ``on_entry(seq, entry_bytes)`` sees each verified
    entry, so callers can build the Merkle tree in the same pass.
    """
    expected_seq, prev_hash, checked = after_seq + 1, after_hash, 0
    for row in rows:
        seq = row["seq"]
        if seq != expected_seq:
            problem = (
                f"seq {expected_seq} is missing (next stored seq is {seq})"
                if seq > expected_seq
                else f"seq {seq} appears out of order after seq {expected_seq - 1}"
            )
            return ChainReport(
                False, checked, expected_seq - 1, prev_hash, expected_seq if seq > expected_seq else seq, problem
            )
        if row["prev_hash"] != prev_hash:
            return ChainReport(
                False, checked, seq - 1, prev_hash, seq, f"seq {seq} does not link to the hash of seq {seq - 1}"
            )
        entry = row_entry(row)
        recomputed = chain_hash(prev_hash, entry)
        if recomputed != row["hash"]:
            return ChainReport(False, checked, seq - 1, prev_hash, seq, f"seq {seq} content does not match its hash")
        if on_entry is not None:
            on_entry(seq, entry)
        prev_hash, expected_seq, checked = row["hash"], seq + 1, checked + 1
        if progress is not None and checked % 10_000 == 0:
            progress(checked)
    return ChainReport(True, checked, expected_seq - 1, prev_hash)


def stored_rows(*, after_seq: int = 0, upto_seq: int | None = None, chunk_size: int = 5000) -> Iterator[dict[str, Any]]:
    """Stored events after ``after_seq`` (up to ``upto_seq``) in seq order, streamed."""
    rows = AuditEvent.objects.filter(seq__gt=after_seq)
    if upto_seq is not None:
        rows = rows.filter(seq__lte=upto_seq)
    return rows.order_by("seq").values(*ROW_FIELDS).iterator(chunk_size=chunk_size)


def verify_chain(progress: Callable[[int], None] | None = None) -> ChainReport:
    """Stream every stored event in seq order and verify the chain."""
    return verify_rows(stored_rows(), progress)
