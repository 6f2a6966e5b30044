"""The errors a caller can get, one type per thing it should do differently.

Every one of them means: there is no decision allowing this payload, so it
must not be sent to an external model (fail closed).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from custos_client._types import Alternative, PreflightResult, Reason


class CustosError(Exception):
    """Base of every error this package raises. ``code`` is Custos's machine-readable error code."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: str = "",
        fields: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code
        self.fields: dict[str, list[str]] = {name: list(errors) for name, errors in (fields or {}).items()}


class BadRequest(CustosError):
    """The request cannot be decided as sent (400, 404, 409, 413, 422): fix it; ``fields`` names what is wrong."""


class AuthenticationError(CustosError):
    """The service key is missing, wrong, revoked or expired (401)."""


class OutOfScope(CustosError):
    """The key is valid but not scoped to this workload (403)."""


class RateLimited(CustosError):
    """Too many requests for this key (429); retry after ``retry_after`` seconds when Custos says."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class Unavailable(CustosError):
    """No decision could be made or read (503, another server error, a timeout, a connection failure,
    an answer this client cannot parse). Fail closed: send nothing to an external destination."""


class UnscreenableRequest(CustosError):
    """The call holds text the pre-flight API cannot screen (tool definitions, tool calls, non-text parts).

    Raised before anything is sent anywhere. Route such calls through the Custos gateway, which screens them.
    """


class PolicyDenied(CustosError):
    """The decision is ``deny``: nothing was sent. ``reasons`` say why, ``alternatives`` where it may go."""

    def __init__(self, result: PreflightResult) -> None:
        reasons = "; ".join(f"{r.code}: {r.message}" for r in result.reasons) or "no reason given"
        message = f"Custos denied this call (decision {result.decision_id}): {reasons}"
        if result.alternatives:
            message += ". Compliant alternatives: " + ", ".join(a.destination for a in result.alternatives)
        super().__init__(message, code="policy_denied")
        self.result = result

    @property
    def decision_id(self) -> str:
        return self.result.decision_id

    @property
    def reasons(self) -> tuple[Reason, ...]:
        return self.result.reasons

    @property
    def alternatives(self) -> tuple[Alternative, ...]:
        return self.result.alternatives
