"""What a pre-flight decision says, as typed values (parsed from ``POST /api/v1/preflight``)."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from custos_client._errors import Unavailable


class Outcome(str, enum.Enum):
    """What the caller may do with the payload."""

    ALLOW = "allow"  # send it as it is
    REDACT = "redact"  # send the redacted text instead
    DENY = "deny"  # send nothing to this destination


@dataclass(frozen=True)
class Reason:
    """Why the decision is what it is: a stable ``code`` and a sentence for people."""

    code: str
    message: str


@dataclass(frozen=True)
class Alternative:
    """A destination the workload may use instead, and why it is compliant."""

    destination: str
    why: str


@dataclass(frozen=True)
class Redaction:
    """One placeholder: the span ``[start, end)`` of the caller's ORIGINAL text it replaced (no value)."""

    start: int
    end: int
    placeholder: str  # as it appears in the redacted text, e.g. "<PERSON_1>"


@dataclass(frozen=True)
class AuditRef:
    """The audit event that records the decision (committed before the answer was sent)."""

    seq: int
    hash: str


@dataclass(frozen=True)
class PreflightResult:
    """One pre-flight decision.

    ``redacted_input`` / ``redacted_messages`` and ``redactions`` are set for
    ``redact`` only. ``redactions`` holds one tuple per screened text, in the
    order of :func:`custos_client.screened_texts`.
    """

    decision_id: str
    outcome: Outcome
    reasons: tuple[Reason, ...]
    level: str | None
    categories: tuple[str, ...]
    entity_counts: Mapping[str, int]
    alternatives: tuple[Alternative, ...]
    audit: AuditRef
    policy_version: int | None
    latency_ms: float
    replayed: bool
    redacted_input: str | None = None
    redacted_messages: tuple[dict[str, Any], ...] | None = None
    redactions: tuple[tuple[Redaction, ...], ...] | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def allowed(self) -> bool:
        return self.outcome is Outcome.ALLOW

    @property
    def redacted(self) -> bool:
        return self.outcome is Outcome.REDACT

    @property
    def denied(self) -> bool:
        return self.outcome is Outcome.DENY

    @classmethod
    def from_json(cls, body: Any) -> PreflightResult:
        """Parse a 200 body; anything malformed is :class:`Unavailable` (no usable decision: fail closed)."""
        try:
            classification = body["classification"]
            redactions = body.get("redactions")
            messages = body.get("redacted_messages")
            result = cls(
                decision_id=str(body["decision_id"]),
                outcome=Outcome(body["decision"]),
                reasons=tuple(Reason(code=str(r["code"]), message=str(r["message"])) for r in body["reasons"]),
                level=classification.get("level"),
                categories=tuple(str(c) for c in classification.get("categories", ())),
                entity_counts={str(k): int(v) for k, v in classification.get("entity_counts", {}).items()},
                alternatives=tuple(
                    Alternative(destination=str(a["destination"]), why=str(a["why"])) for a in body["alternatives"]
                ),
                audit=AuditRef(seq=int(body["audit"]["seq"]), hash=str(body["audit"]["hash"])),
                policy_version=body.get("policy_version"),
                latency_ms=float(body.get("latency_ms", 0.0)),
                replayed=bool(body.get("replayed", False)),
                redacted_input=body.get("redacted_input"),
                redacted_messages=tuple(dict(m) for m in messages) if messages is not None else None,
                redactions=_parse_redactions(redactions) if redactions is not None else None,
                raw=body,
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise Unavailable(
                "Custos answered with a decision this client cannot read; send nothing.",
                status=200,
                code="invalid_response",
            ) from exc
        if result.redacted and (result.redactions is None or (messages is None) == (result.redacted_input is None)):
            raise Unavailable(
                "Custos answered redact without the redacted text and its redactions; send nothing.",
                status=200,
                code="invalid_response",
            )
        return result


def _parse_redactions(value: Sequence[Sequence[Mapping[str, Any]]]) -> tuple[tuple[Redaction, ...], ...]:
    return tuple(
        tuple(Redaction(start=int(r["start"]), end=int(r["end"]), placeholder=str(r["placeholder"])) for r in spans)
        for spans in value
    )
