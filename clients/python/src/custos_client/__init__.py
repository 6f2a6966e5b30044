"""Custos client: ask the pre-flight API before calling an external model, or wrap an OpenAI client so every
call is decided (allow / redact with restoration / deny) before anything is sent.

    from custos_client import Custos, GuardedOpenAI

    custos = Custos("https://custos.example.eu", key="cst_...")
    result = custos.preflight(workload="support", destination="eu-api", input="...")

No Django, no Custos server code: only httpx (and openai for the wrapper).
"""

from custos_client._client import AsyncCustos, Custos, __version__
from custos_client._errors import (
    AuthenticationError,
    BadRequest,
    CustosError,
    OutOfScope,
    PolicyDenied,
    RateLimited,
    Unavailable,
    UnscreenableRequest,
)
from custos_client._types import Alternative, AuditRef, Outcome, PreflightResult, Reason, Redaction
from custos_client.guarded import AsyncGuardedOpenAI, AsyncGuardedStream, GuardedOpenAI, GuardedStream
from custos_client.restore import Restorer, StreamRestorer, screened_texts

__all__ = [
    "Alternative",
    "AsyncCustos",
    "AsyncGuardedOpenAI",
    "AsyncGuardedStream",
    "AuditRef",
    "AuthenticationError",
    "BadRequest",
    "Custos",
    "CustosError",
    "GuardedOpenAI",
    "GuardedStream",
    "OutOfScope",
    "Outcome",
    "PolicyDenied",
    "PreflightResult",
    "RateLimited",
    "Reason",
    "Redaction",
    "Restorer",
    "StreamRestorer",
    "Unavailable",
    "UnscreenableRequest",
    "__version__",
    "screened_texts",
]
