"""``Custos(base_url, key).preflight(...)``: ask before calling an external model (sync and async)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import Any

import httpx

from custos_client._errors import (
    AuthenticationError,
    BadRequest,
    CustosError,
    OutOfScope,
    RateLimited,
    Unavailable,
)
from custos_client._types import PreflightResult

__version__ = "0.1.0"

PREFLIGHT_PATH = "/api/v1/preflight"
DEFAULT_TIMEOUT_S = 10.0


def _headers(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}", "User-Agent": f"custos-client-python/{__version__}"}


def _body(
    *,
    workload: str,
    destination: str,
    input: str | None,
    messages: Sequence[Mapping[str, Any]] | None,
    request_id: str | None,
) -> dict[str, Any]:
    if (input is None) == (messages is None):
        raise TypeError("Pass exactly one of input= (text) or messages= (chat).")
    body: dict[str, Any] = {"workload": workload, "destination": destination}
    if input is not None:
        body["input"] = input
    else:
        body["messages"] = [dict(m) for m in messages or ()]
    if request_id is not None:
        body["request_id"] = request_id
    return body


def _result(response: httpx.Response) -> PreflightResult:
    """The decision in a 200, or the typed error for anything else."""
    if response.status_code == 200:
        try:
            body = response.json()
        except ValueError as exc:
            raise Unavailable("Custos answered 200 without a JSON decision; send nothing.", status=200) from exc
        return PreflightResult.from_json(body)
    raise _error(response)


def _error(response: httpx.Response) -> CustosError:
    status = response.status_code
    try:
        error = response.json()["error"]
        code, message, fields = str(error["code"]), str(error["message"]), error.get("fields") or {}
    except (ValueError, KeyError, TypeError):
        code, message, fields = "", f"Custos answered HTTP {status}.", {}
    kwargs: dict[str, Any] = {"status": status, "code": code, "fields": fields}
    if status == 401:
        return AuthenticationError(message, **kwargs)
    if status == 403:
        return OutOfScope(message, **kwargs)
    if status == 429:
        return RateLimited(message, retry_after=_retry_after(response), **kwargs)
    if 400 <= status < 500:
        return BadRequest(message, **kwargs)
    return Unavailable(message, **kwargs)


def _retry_after(response: httpx.Response) -> float | None:
    try:
        return float(response.headers["Retry-After"])
    except (KeyError, ValueError):
        return None


def _transport_error(exc: httpx.HTTPError) -> Unavailable:
    kind = "timed out" if isinstance(exc, httpx.TimeoutException) else "failed"
    return Unavailable(f"The pre-flight request {kind} ({type(exc).__name__}); send nothing.", code="unreachable")


class Custos:
    """A client for one Custos installation and one service key.

    ``base_url`` is Custos's root (``https://custos.example.eu``). Pass
    ``http_client`` to bring your own ``httpx.Client`` (proxies, certificates,
    a transport); it is then yours to close.
    """

    def __init__(
        self,
        base_url: str,
        key: str,
        *,
        timeout: float = DEFAULT_TIMEOUT_S,
        http_client: httpx.Client | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._owns_client = http_client is None
        self._http = http_client or httpx.Client(timeout=timeout)
        self._headers = _headers(key)

    def preflight(
        self,
        *,
        workload: str,
        destination: str,
        input: str | None = None,
        messages: Sequence[Mapping[str, Any]] | None = None,
        request_id: str | None = None,
    ) -> PreflightResult:
        """Ask whether ``input`` (text) or ``messages`` (chat) may go to ``destination`` for ``workload``.

        Returns the decision (``deny`` included); raises a :class:`CustosError` when there is none.
        ``request_id`` makes retries safe: the same id and payload get the first decision back.
        """
        body = _body(workload=workload, destination=destination, input=input, messages=messages, request_id=request_id)
        try:
            response = self._http.post(self.base_url + PREFLIGHT_PATH, json=body, headers=self._headers)
        except httpx.HTTPError as exc:
            raise _transport_error(exc) from exc
        return _result(response)

    def close(self) -> None:
        if self._owns_client:
            self._http.close()

    def __enter__(self) -> Custos:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


class AsyncCustos:
    """:class:`Custos` for asyncio code (``await custos.preflight(...)``), on ``httpx.AsyncClient``."""

    def __init__(
        self,
        base_url: str,
        key: str,
        *,
        timeout: float = DEFAULT_TIMEOUT_S,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._owns_client = http_client is None
        self._http = http_client or httpx.AsyncClient(timeout=timeout)
        self._headers = _headers(key)

    async def preflight(
        self,
        *,
        workload: str,
        destination: str,
        input: str | None = None,
        messages: Sequence[Mapping[str, Any]] | None = None,
        request_id: str | None = None,
    ) -> PreflightResult:
        """See :meth:`Custos.preflight`."""
        body = _body(workload=workload, destination=destination, input=input, messages=messages, request_id=request_id)
        try:
            response = await self._http.post(self.base_url + PREFLIGHT_PATH, json=body, headers=self._headers)
        except httpx.HTTPError as exc:
            raise _transport_error(exc) from exc
        return _result(response)

    async def aclose(self) -> None:
        if self._owns_client:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncCustos:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.aclose()
