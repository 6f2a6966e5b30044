"""Decisions bound to the audit log: each decision row must restate its ``preflight.decision`` event.

The pre-flight writes the row and its event in one statement
(``governance.preflight._commit``). The dashboard, the reports and the
decisions API read the row; the event is what the hash chain and the signed
checkpoints protect. Three checks, from cheap to complete:

- ``decision_check``: one row against its event, the event's own hash
  recomputed (one primary-key read; ``GET /api/v1/decisions/{id}``, the
  decision page);
- ``event_mismatch`` over a joined query (the Art. 12 summary checks every
  decision of its period this way);
- ``DecisionBinding``: every row against every verified event, inside
  ``audit_verify`` (registered in ``GovernanceConfig.ready``).

Reads that cannot afford any of these (the dashboard) say how old the last
full verification is (``decision_log_trust``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from audit import selectors as audit_selectors
from audit.actions import AuditAction
from audit.bindings import Finding
from audit.chain import row_entry
from audit.hashing import ENTRY_FIELDS, chain_hash
from audit.models import AuditEvent
from governance.models import Decision

# The decision columns the comparison reads (and the slugs of its workload and destination).
DECISION_FIELDS = (
    "id",
    "audit_seq",
    "audit_hash",
    "outcome",
    "reasons",
    "level",
    "categories",
    "entity_counts",
    "workload__slug",
    "destination__slug",
)


class DecisionUnverifiable(Exception):
    """The decision row does not match its audit event (or the event is gone): it cannot be shown as recorded."""


def event_mismatch(decision: Mapping[str, Any], *, action: str | None, event_hash: str | None, payload: Any) -> str:
    """The first way ``decision`` (a row of DECISION_FIELDS) differs from the event at its seq; "" when it agrees.

    ``action`` None means no event holds that seq.
    """
    seq = decision["audit_seq"]
    if action is None:
        return f"its audit event (seq {seq}) does not exist"
    if action != AuditAction.PREFLIGHT_DECISION or not isinstance(payload, dict):
        return f"seq {seq} is a {action!r} event, not its {AuditAction.PREFLIGHT_DECISION}"
    if str(payload.get("decision_id")) != str(decision["id"]):
        return f"the {AuditAction.PREFLIGHT_DECISION} event at seq {seq} records decision {payload.get('decision_id')}"
    if event_hash != decision["audit_hash"]:
        return f"its audit_hash differs from the hash of event seq {seq}"
    expected = {
        "outcome": payload.get("decision"),
        "reasons": payload.get("reasons"),
        "level": payload.get("level") or "",
        "categories": sorted(payload.get("categories") or []),
    }
    stored = {
        "outcome": decision["outcome"],
        "reasons": [reason.get("code") if isinstance(reason, dict) else reason for reason in decision["reasons"] or []],
        "level": decision["level"] or "",
        "categories": sorted(decision["categories"] or []),
    }
    # Older and hand-written events may lack these; when present they must agree too.
    for name, column in (("entity_counts", "entity_counts"), ("workload", "workload__slug")):
        if name in payload:
            expected[name], stored[name] = payload[name], decision[column]
    if "destination" in payload:
        expected["destination"], stored["destination"] = payload["destination"], decision["destination__slug"]
    for name, value in expected.items():
        if stored[name] != value:
            return f"{name} {stored[name]!r} differs from its {AuditAction.PREFLIGHT_DECISION} event (seq {seq}: {value!r})"
    return ""


def decision_check(decision: Decision) -> str:
    """Check one decision against its event, recomputing that event's hash from its stored link; "" when it agrees.

    Cheap enough for request time (one primary-key read). It does not prove the
    chain before the event: that is ``audit_verify``'s job.
    """
    event = AuditEvent.objects.filter(seq=decision.audit_seq).values(*ENTRY_FIELDS, "prev_hash", "hash").first()
    row = {
        "id": decision.pk,
        "audit_seq": decision.audit_seq,
        "audit_hash": decision.audit_hash,
        "outcome": decision.outcome,
        "reasons": decision.reasons,
        "level": decision.level,
        "categories": decision.categories,
        "entity_counts": decision.entity_counts,
        "workload__slug": decision.workload.slug,
        "destination__slug": decision.destination.slug,
    }
    if event is None:
        return event_mismatch(row, action=None, event_hash=None, payload=None)
    if chain_hash(event["prev_hash"], row_entry(event)) != event["hash"]:
        return f"its audit event (seq {decision.audit_seq}) no longer matches its own hash"
    return event_mismatch(row, action=event["action"], event_hash=event["hash"], payload=event["payload"])


class DecisionBinding:
    """``audit_verify``'s check of every decision row against the verified ``preflight.decision`` events.

    Both sides stream in seq order (decisions by their unique ``audit_seq``) and
    are merged, so memory stays flat. The decision rows are read after the events
    have started streaming: a decision that commits later has its event beyond
    the verified size, and is left to the next run instead of called an orphan.
    """

    action = AuditAction.PREFLIGHT_DECISION

    def __init__(self) -> None:
        self._rows: Iterator[dict[str, Any]] | None = None
        self._row: dict[str, Any] | None = None
        self._mismatches: list[Finding] = []
        self._mismatch_count = 0
        self._rowless_count = 0
        self._first_rowless: Finding | None = None
        self._beyond: list[dict[str, Any]] = []

    def _next_row(self) -> dict[str, Any] | None:
        if self._rows is None:
            self._rows = Decision.objects.order_by("audit_seq").values(*DECISION_FIELDS).iterator(chunk_size=2000)
        self._row = next(self._rows, None)
        return self._row

    def _current(self) -> dict[str, Any] | None:
        return self._row if self._rows is not None else self._next_row()

    def _mismatch(self, row: dict[str, Any], problem: str) -> None:
        self._mismatch_count += 1
        if not self._mismatches:
            self._mismatches.append(Finding(f"decision {row['id']}: {problem}", row["audit_seq"]))

    def see(self, seq: int, event_hash: str, payload: Mapping[str, Any]) -> None:
        row = self._current()
        # Rows that name an earlier seq passed it without meeting a decision event there.
        while row is not None and row["audit_seq"] < seq:
            self._mismatch(row, f"seq {row['audit_seq']} is not a {AuditAction.PREFLIGHT_DECISION} event")
            row = self._next_row()
        if row is not None and row["audit_seq"] == seq:
            problem = event_mismatch(row, action=AuditAction.PREFLIGHT_DECISION, event_hash=event_hash, payload=payload)
            if problem:
                self._mismatch(row, problem)
            self._next_row()
            return
        self._rowless_count += 1
        if self._first_rowless is None:
            self._first_rowless = Finding(
                f"the {AuditAction.PREFLIGHT_DECISION} event at seq {seq} (decision {payload.get('decision_id')}) has no decision row",
                seq,
            )

    def finish(self, *, verified_size: int, chain_ok: bool) -> list[Finding]:
        row = self._current()
        while row is not None:
            if row["audit_seq"] <= verified_size:
                self._mismatch(row, f"seq {row['audit_seq']} is not a {AuditAction.PREFLIGHT_DECISION} event")
            elif chain_ok:
                self._beyond.append(row)
            row = self._next_row()
        orphans = self._orphans_beyond(verified_size)
        findings = list(self._mismatches)
        if self._mismatch_count > 1:
            findings[0] = Finding(
                f"{findings[0].message} ({self._mismatch_count} decision rows disagree with the log)", findings[0].seq
            )
        if orphans:
            first = orphans[0]
            findings.append(
                Finding(
                    f"decision {first['id']} names seq {first['audit_seq']}, which the log does not have "
                    f"(it ends at seq {verified_size}); {len(orphans)} decision row(s) lost their event",
                    first["audit_seq"],
                )
            )
        if self._first_rowless is not None:
            suffix = f" ({self._rowless_count} events lack their row)" if self._rowless_count > 1 else ""
            findings.append(Finding(self._first_rowless.message + suffix, self._first_rowless.seq))
        return findings

    def _orphans_beyond(self, verified_size: int) -> list[dict[str, Any]]:
        """Rows past the verified size whose event does not exist now (a newer event means a newer decision)."""
        orphans: list[dict[str, Any]] = []
        for start in range(0, len(self._beyond), 1000):
            batch = self._beyond[start : start + 1000]
            present = set(
                AuditEvent.objects.filter(seq__in=[row["audit_seq"] for row in batch]).values_list("seq", flat=True)
            )
            orphans.extend(row for row in batch if row["audit_seq"] not in present)
        return orphans


@dataclass(frozen=True)
class DecisionLogTrust:
    """How far the decisions shown can be trusted, from the last full verification (``audit.verify`` event)."""

    state: str  # "verified", "failed" or "unknown"
    verified_at: dt.datetime | None
    verified_upto_seq: int
    unverified_decisions: int
    problem: str = ""


def decision_log_trust() -> DecisionLogTrust:
    """The last recorded verification and how many decisions came after it (one index range count)."""
    last = audit_selectors.last_verification()
    if last is None:
        return DecisionLogTrust("unknown", None, 0, Decision.objects.count())
    payload = last.payload if isinstance(last.payload, dict) else {}
    upto = int(payload.get("head_seq") or 0)
    newer = Decision.objects.filter(audit_seq__gt=upto).count()
    if not payload.get("ok"):
        problems = payload.get("problems") or []
        return DecisionLogTrust("failed", last.created_at, upto, newer, str(problems[0]) if problems else "")
    return DecisionLogTrust("verified", last.created_at, upto, newer)
