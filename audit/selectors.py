"""Reads of the audit log."""

from __future__ import annotations

from dataclasses import dataclass

from audit.hashing import GENESIS_HASH
from audit.models import AuditEvent


@dataclass(frozen=True)
class ChainHead:
    seq: int
    hash: str


def chain_head() -> ChainHead:
    head = AuditEvent.objects.order_by("-seq").values_list("seq", "hash").first()
    return ChainHead(seq=head[0], hash=head[1]) if head else ChainHead(seq=0, hash=GENESIS_HASH)


def events_for_subject(subject_type: str, subject_id: str | int) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(subject_type=subject_type, subject_id=str(subject_id)).order_by("seq"))
