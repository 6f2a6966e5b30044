"""Client of the on-prem vLLM server (OpenAI-compatible chat completions).

One job: send chat messages with a JSON schema, get back a JSON value that
conforms to it, or raise a ``SecondOpinionError``. Every call has a timeout,
a bounded number of retries (timeouts, connection errors and 5xx only; a 4xx
will not get better by asking again) and goes through a circuit breaker, so
a dead vLLM costs the pre-flight one timeout per cool-down, not one per
request.

The breaker and the HTTP connection pool live in this process: each web or
worker process keeps its own (docs/vllm.md).
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import httpx
from django.conf import settings

from classifier.errors import ClassifierError

logger = logging.getLogger(__name__)

# Small and fixed: retries exist to ride over a blip, not to wait for a restart.
RETRY_BACKOFF_S = (0.05, 0.2, 0.5)


class SecondOpinionError(ClassifierError):
    """The LLM second opinion could not be obtained."""


class LLMUnavailable(SecondOpinionError):
    """vLLM did not answer usefully: timeout, connection error, HTTP error, or the circuit is open."""

    def __init__(self, message: str, *, reason: str = "error") -> None:
        super().__init__(message)
        # Short machine-readable cause, safe to record in versions and logs.
        self.reason = reason

    def __reduce__(self) -> tuple[Any, ...]:
        # Picklable with its reason: Celery pickles the exceptions of retried and failed tasks.
        return (type(self), (str(self),), {"reason": self.reason})


class LLMBadResponse(SecondOpinionError):
    """vLLM answered, but not with JSON that conforms to the requested schema."""

    reason = "invalid_response"


# --- Configuration -----------------------------------------------------------


@dataclass(frozen=True)
class LLMConfig:
    """Where the vLLM server is and how patiently to talk to it."""

    base_url: str
    model: str
    api_key: str = ""
    timeout_s: float = 3.0
    retries: int = 1
    breaker_failures: int = 5
    breaker_open_s: float = 30.0
    required: bool = False

    @classmethod
    def from_settings(cls) -> LLMConfig:
        return cls(
            base_url=settings.CUSTOS_VLLM_BASE_URL,
            model=settings.CUSTOS_VLLM_MODEL,
            api_key=settings.CUSTOS_VLLM_API_KEY,
            timeout_s=settings.CUSTOS_VLLM_TIMEOUT_S,
            retries=settings.CUSTOS_VLLM_RETRIES,
            breaker_failures=settings.CUSTOS_VLLM_BREAKER_FAILURES,
            breaker_open_s=settings.CUSTOS_VLLM_BREAKER_OPEN_S,
            required=settings.CUSTOS_VLLM_REQUIRED,
        )

    @property
    def enabled(self) -> bool:
        return bool(self.base_url)

    def url(self, path: str) -> str:
        """``{base}/v1/{path}``; the base may be given with or without its ``/v1``."""
        base = self.base_url.rstrip("/")
        base = base.removesuffix("/v1")
        return f"{base}/v1/{path.lstrip('/')}"

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}


# --- Circuit breaker ---------------------------------------------------------


class CircuitBreaker:
    """Closed -> open after ``threshold`` consecutive failures -> half-open after ``open_s``.

    Half-open lets exactly one probe call through; its success closes the
    circuit, its failure opens it for another ``open_s``. Thread-safe.
    """

    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"

    def __init__(self, *, threshold: int, open_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.threshold = threshold
        self.open_s = open_s
        self._clock = clock
        self._lock = threading.Lock()
        self._state = self.CLOSED
        self._failures = 0
        self._opened_at = 0.0
        self._probe_in_flight = False

    @property
    def state(self) -> str:
        with self._lock:
            if self._state == self.OPEN and self._clock() - self._opened_at >= self.open_s:
                return self.HALF_OPEN
            return self._state

    def allow(self) -> bool:
        """May a call go out now? In half-open, only the first caller gets a yes."""
        with self._lock:
            if self._state == self.CLOSED:
                return True
            if self._state == self.OPEN:
                if self._clock() - self._opened_at < self.open_s:
                    return False
                self._state = self.HALF_OPEN
                self._probe_in_flight = False
            if self._probe_in_flight:
                return False
            self._probe_in_flight = True
            return True

    def record_success(self) -> None:
        with self._lock:
            self._state = self.CLOSED
            self._failures = 0
            self._probe_in_flight = False

    def record_failure(self) -> None:
        with self._lock:
            self._failures += 1
            self._probe_in_flight = False
            if self._state == self.HALF_OPEN or self._failures >= self.threshold:
                self._state = self.OPEN
                self._opened_at = self._clock()


# --- Schema validation -------------------------------------------------------


class SchemaViolation(ValueError):
    """A JSON value does not conform to the schema; the message names the path."""


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
}
_KNOWN_KEYWORDS = frozenset(
    {"type", "properties", "required", "additionalProperties", "items", "enum", "maxLength", "maxItems", "minimum"}
    | {"description", "title"}
)


def validate_json(value: Any, schema: Mapping[str, Any], path: str = "$") -> None:
    """Check ``value`` against the small JSON Schema subset our schemas use.

    Deliberately strict: a schema keyword this validator does not know is a
    programming error (raised as ``ValueError``), so the request schema and
    the check of the answer can never drift apart silently.
    """
    unknown = set(schema) - _KNOWN_KEYWORDS
    if unknown:
        raise ValueError(f"validate_json does not support schema keywords {sorted(unknown)} (at {path}).")
    expected = schema.get("type")
    if expected is not None:
        types = _JSON_TYPES[expected]
        # bool is an int in Python, but not in JSON.
        if not isinstance(value, types) or (isinstance(value, bool) and expected != "boolean"):
            raise SchemaViolation(f"{path}: expected {expected}, got {type(value).__name__}.")
    if "enum" in schema and value not in schema["enum"]:
        # The offending value is model output and may echo the payload: never put it in a message.
        raise SchemaViolation(f"{path}: not one of {list(schema['enum'])}.")
    if "maxLength" in schema and isinstance(value, str) and len(value) > schema["maxLength"]:
        raise SchemaViolation(f"{path}: longer than {schema['maxLength']} characters.")
    if "minimum" in schema and isinstance(value, int | float) and value < schema["minimum"]:
        raise SchemaViolation(f"{path}: below the minimum of {schema['minimum']}.")
    if isinstance(value, list):
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            raise SchemaViolation(f"{path}: more than {schema['maxItems']} items.")
        if "items" in schema:
            for index, item in enumerate(value):
                validate_json(item, schema["items"], f"{path}[{index}]")
    if isinstance(value, dict):
        properties: Mapping[str, Any] = schema.get("properties", {})
        for name in schema.get("required", ()):
            if name not in value:
                raise SchemaViolation(f"{path}: missing required property {name!r}.")
        if schema.get("additionalProperties") is False:
            extra = sorted(set(value) - set(properties))
            if extra:
                raise SchemaViolation(f"{path}: {len(extra)} unexpected properties.")
        for name, item in value.items():
            if name in properties:
                validate_json(item, properties[name], f"{path}.{name}")


# --- The client --------------------------------------------------------------

_http_client: httpx.Client | None = None
_http_lock = threading.Lock()


def http_client() -> httpx.Client:
    """The process-wide httpx client: one connection pool, reused across requests."""
    global _http_client
    with _http_lock:
        if _http_client is None:
            _http_client = httpx.Client(limits=httpx.Limits(max_connections=32, max_keepalive_connections=8))
        return _http_client


class _Retryable(Exception):
    """An attempt failed in a way another attempt may fix."""

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class VLLMClient:
    """Chat completions with JSON-schema structured output, behind a circuit breaker."""

    def __init__(
        self,
        config: LLMConfig,
        *,
        breaker: CircuitBreaker | None = None,
        http: httpx.Client | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.config = config
        self.breaker = breaker or CircuitBreaker(threshold=config.breaker_failures, open_s=config.breaker_open_s)
        self._http = http
        self._sleep = sleep

    @property
    def http(self) -> httpx.Client:
        return self._http or http_client()

    def complete_json(
        self,
        messages: Sequence[Mapping[str, str]],
        *,
        schema_name: str,
        schema: Mapping[str, Any],
        max_tokens: int = 512,
    ) -> Any:
        """Ask for a JSON answer conforming to ``schema``; return it parsed and validated.

        Raises ``LLMUnavailable`` (no usable HTTP answer, or the circuit is
        open) or ``LLMBadResponse`` (an answer that is not conforming JSON).
        Either counts as one failure for the breaker.
        """
        if not self.config.enabled:
            raise LLMUnavailable("The LLM second opinion is not configured (CUSTOS_VLLM_BASE_URL).", reason="off")
        if not self.breaker.allow():
            raise LLMUnavailable(
                f"The circuit to vLLM is open after repeated failures; retrying after {self.config.breaker_open_s:g}s.",
                reason="circuit_open",
            )
        body = {
            "model": self.config.model,
            "messages": [dict(message) for message in messages],
            "temperature": 0,
            "max_tokens": max_tokens,
            # OpenAI's structured-output field; vLLM's server maps it onto its own
            # structured-outputs backend (xgrammar/guidance). See docs/vllm.md.
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": schema_name, "schema": dict(schema), "strict": True},
            },
        }
        try:
            content = self._post_with_retries(body)
            value = _parse_content(content)
            validate_json(value, schema)
        except SchemaViolation as exc:
            self.breaker.record_failure()
            raise LLMBadResponse(f"vLLM's answer does not conform to the {schema_name} schema: {exc}") from None
        except Exception:
            # Every failure counts, including unexpected ones, so a half-open probe is never left dangling.
            self.breaker.record_failure()
            raise
        self.breaker.record_success()
        return value

    def _post_with_retries(self, body: Mapping[str, Any]) -> str:
        attempts = self.config.retries + 1
        for attempt in range(attempts):
            try:
                return self._post_once(body)
            except _Retryable as exc:
                if attempt + 1 >= attempts:
                    raise LLMUnavailable(f"{exc} (after {attempts} attempt(s))", reason=exc.reason) from None
                logger.warning("vLLM attempt %d/%d failed (%s); retrying", attempt + 1, attempts, exc.reason)
                self._sleep(RETRY_BACKOFF_S[min(attempt, len(RETRY_BACKOFF_S) - 1)])
        raise AssertionError("unreachable")  # pragma: no cover

    def _post_once(self, body: Mapping[str, Any]) -> str:
        url = self.config.url("chat/completions")
        try:
            response = self.http.post(url, json=body, headers=self.config.headers(), timeout=self.config.timeout_s)
        except httpx.TimeoutException:
            raise _Retryable(f"vLLM did not answer within {self.config.timeout_s:g}s", reason="timeout") from None
        except httpx.TransportError as exc:
            raise _Retryable(f"Cannot reach vLLM at {url}: {type(exc).__name__}", reason="connection") from None
        if response.status_code >= 500:
            raise _Retryable(f"vLLM answered HTTP {response.status_code}", reason=f"http_{response.status_code}")
        if response.status_code != 200:
            # 401/403: wrong key; 400: e.g. the model name or the schema was refused. Not retried.
            raise LLMUnavailable(
                f"vLLM refused the request: HTTP {response.status_code} {_error_message(response)}".rstrip(),
                reason=f"http_{response.status_code}",
            )
        try:
            choice = response.json()["choices"][0]
            content = choice["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError):
            raise LLMBadResponse("vLLM's answer is not an OpenAI chat completion.") from None
        if choice.get("finish_reason") == "length":
            raise LLMBadResponse(f"vLLM's answer was cut off at max_tokens={body.get('max_tokens')}.")
        if not isinstance(content, str):
            raise LLMBadResponse("vLLM's answer has no text content.")
        return content


def _parse_content(content: str) -> Any:
    try:
        return json.loads(content)
    except ValueError:
        # The content may echo the payload: never put it in the message.
        raise LLMBadResponse(f"vLLM's answer is not valid JSON ({len(content)} characters).") from None


def _error_message(response: httpx.Response) -> str:
    """The server's own error message, short (vLLM and OpenAI: {"error": {"message": ...}} or {"message": ...})."""
    try:
        data = response.json()
    except ValueError:
        return ""
    error = data.get("error", data) if isinstance(data, dict) else None
    message = error.get("message") if isinstance(error, dict) else error if isinstance(error, str) else None
    return f"({str(message)[:200]})" if message else ""


# --- The process-wide client --------------------------------------------------

_client: VLLMClient | None = None
_client_lock = threading.Lock()


def get_client() -> VLLMClient:
    """The client for the current settings; rebuilt (with a fresh breaker) when they change."""
    global _client
    config = LLMConfig.from_settings()
    with _client_lock:
        if _client is None or _client.config != config:
            _client = VLLMClient(config)
        return _client


def reset_client() -> None:
    """Forget the process-wide client and its breaker state (tests, settings reloads)."""
    global _client
    with _client_lock:
        _client = None
