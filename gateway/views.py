"""``/gateway/v1``: chat completions (streamed or not), embeddings and models, OpenAI's protocol.

One request, in order: authenticate the service key, read the body and find
every string in it (``gateway.payload``), resolve the model to a destination,
decide (``governance.preflight.preflight_decide``, ``via="gateway"``: the same
engine, policy and audit event as ``POST /api/v1/preflight``, committed before
anything is sent), then act on the decision: allow as is, redact (and restore
the answer), reroute a denial to a policy-marked alternative, or refuse with
an OpenAI-style 403. After the upstream answered (or failed, or the caller
went away) a second audit event records the outcome (``gateway.services``).

The views are async: a request waits for its upstream on the event loop and
holds no thread. The decision and the audit writes (CPU and the sync ORM)
run in the bounded pool of ``gateway.pool``. Anything failing on the way to
a decision is a 503 and nothing goes upstream.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncIterator, Coroutine
from dataclasses import dataclass
from typing import Any, cast

import httpx
from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.core.handlers.asgi import ASGIRequest
from django.http import HttpRequest, HttpResponse, HttpResponseBase, JsonResponse, StreamingHttpResponse
from django.views.decorators.csrf import csrf_exempt
from rest_framework import exceptions
from rest_framework.request import Request

import classifier
from gateway import payload, upstream
from gateway.errors import GatewayError
from gateway.pool import in_pool
from gateway.restore import Restorer, placeholder_values
from gateway.services import exchange_record
from gateway.sse import FINISH_REASONS, StreamRelay
from governance.api.auth import ServiceKeyAuthentication, ServicePrincipal
from governance.api.auth import _write_last_used as write_last_used
from governance.models import Decision, Destination, ServiceKey
from governance.policy import reroute_target
from governance.preflight import PreflightError, PreflightRequest, preflight_decide

logger = logging.getLogger(__name__)

WORKLOAD_HEADER = "HTTP_X_CUSTOS_WORKLOAD"


@dataclass
class Exchange:
    """A decided request, ready to send: where to, what, and how to restore the answer."""

    key: ServiceKey
    decision: Decision
    endpoint: str
    target: Destination
    routed_to: str | None
    upstream_model: str
    body: dict[str, Any]
    restorer: Restorer
    stream: bool

    def response_headers(self) -> dict[str, str]:
        headers = {"X-Custos-Decision": self.decision.outcome, "X-Custos-Decision-Id": str(self.decision.id)}
        if self.routed_to:
            headers["X-Custos-Routed-To"] = self.routed_to
        return headers

    async def arecord(self, **outcome: Any) -> None:
        """``record`` in the pool, carried through to the end even if the request is cancelled meanwhile."""
        await _to_the_end(in_pool(self.record, **outcome))

    def record(
        self,
        *,
        outcome: str,
        status: int | None,
        started: float,
        usage: dict[str, Any] | None = None,
        finish_reasons: list[str] | None = None,
    ) -> None:
        try:
            exchange_record(
                key=self.key,
                decision=self.decision,
                endpoint=self.endpoint,
                destination=self.decision.destination.slug,
                routed_to=self.routed_to,
                upstream_model=self.upstream_model,
                stream=self.stream,
                outcome=outcome,
                status=status,
                latency_ms=round((time.perf_counter() - started) * 1000),
                usage=usage,
                finish_reasons=finish_reasons,
                restored=self.restorer.count,
            )
        except Exception:
            # The exchange has happened; its answer is not withheld for want of the second event.
            logger.exception("gateway exchange for decision %s could not be audited", self.decision.id)


# --- the endpoints -------------------------------------------------------------


@csrf_exempt
async def chat_completions(request: HttpRequest) -> HttpResponseBase:
    if request.method != "POST":
        return _method_not_allowed("POST")
    try:
        exchange = await in_pool(_decide, request, "chat.completions")
        if exchange.stream:
            return await _stream(exchange, asgi=isinstance(request, ASGIRequest))
        return await _complete(exchange, "chat/completions")
    except GatewayError as exc:
        return exc.response()


@csrf_exempt
async def embeddings(request: HttpRequest) -> HttpResponseBase:
    if request.method != "POST":
        return _method_not_allowed("POST")
    try:
        exchange = await in_pool(_decide, request, "embeddings")
        return await _complete(exchange, "embeddings")
    except GatewayError as exc:
        return exc.response()


async def models(request: HttpRequest) -> HttpResponseBase:
    if request.method != "GET":
        return _method_not_allowed("GET")
    try:
        return JsonResponse(await in_pool(_models, request))
    except GatewayError as exc:
        return exc.response()


def _method_not_allowed(allowed: str) -> JsonResponse:
    response = GatewayError(405, f"Use {allowed}.", code="method_not_allowed").response()
    response["Allow"] = allowed
    return response


# --- before the upstream (in the pool) --------------------------------------------


def _decide(request: HttpRequest, endpoint: str) -> Exchange:
    try:
        return _decide_or_raise(request, endpoint)
    except GatewayError:
        raise
    except RequestDataTooBig:
        raise GatewayError(413, "The request body is too large.", code="payload_too_large") from None
    except Exception as exc:
        logger.exception("gateway decision path failed")
        raise GatewayError(
            503,
            f"No decision: the decision path failed ({type(exc).__name__}). Nothing was sent upstream.",
            type="decision_unavailable",
            code="decision_unavailable",
        ) from exc
    finally:
        # The key's last use, noted by the authentication in this pool thread, is written here: the
        # request_finished signal that writes it for the API runs in another thread under ASGI.
        write_last_used()


def _decide_or_raise(request: HttpRequest, endpoint: str) -> Exchange:
    principal = _authenticate(request)
    body = _json(request)
    screened = payload.chat_body(body) if endpoint == "chat.completions" else payload.embeddings_body(body)
    destination, upstream_model = _model(principal, body.get("model"))
    workload = _workload(request, principal)
    preflight_request = PreflightRequest(
        workload=workload,
        destination=destination.slug,
        strings=screened.strings,
        via="gateway",
        request_wide_placeholders=True,
    )
    try:
        result = preflight_decide(key=principal.key, request=preflight_request, registry=principal.registry)
    except PreflightError as exc:
        kind = "decision_unavailable" if exc.status == 503 else "invalid_request_error"
        raise GatewayError(exc.status, str(exc), type=kind, code=exc.code, param=exc.field_name or None) from exc
    except classifier.ClassifierInputError as exc:
        raise GatewayError(400, str(exc), code="invalid_input") from exc
    decision = result.decision
    values: dict[str, str] = {}
    routed_to = None
    forward = dict(body)
    if decision.outcome == Decision.Outcome.DENY:
        policy = decision.policy_version.content if decision.policy_version else {}
        alternatives = [alternative["destination"] for alternative in decision.alternatives]
        routed_to = reroute_target(policy=policy, alternatives=alternatives)
        target = principal.registry.destination(routed_to) if routed_to else None
        if target is None:
            raise GatewayError(
                403,
                "Denied by policy: "
                + " ".join(reason["message"] for reason in decision.reasons)
                + (f" Compliant alternatives: {', '.join(alternatives)}." if alternatives else ""),
                type="policy_denied",
                code="policy_denied",
                extra={
                    "reasons": decision.reasons,
                    "alternatives": decision.alternatives,
                    "decision_id": str(decision.id),
                },
            )
        destination, upstream_model = target, target.model
    elif decision.outcome == Decision.Outcome.REDACT:
        assert result.redacted_texts is not None
        forward = screened.with_strings(result.redacted_texts)
        values = placeholder_values(screened.strings, result.replacements)
    forward["model"] = upstream_model
    return Exchange(
        key=principal.key,
        decision=decision,
        endpoint=endpoint,
        target=destination,
        routed_to=routed_to,
        upstream_model=upstream_model,
        body=forward,
        restorer=Restorer(values),
        stream=endpoint == "chat.completions" and body.get("stream") is True,
    )


def _authenticate(request: HttpRequest) -> ServicePrincipal:
    try:
        found = ServiceKeyAuthentication().authenticate(Request(request))
    except exceptions.Throttled as exc:
        seconds = getattr(exc, "wait", None)  # set by DRF's Throttled, not declared in its stubs
        wait = {"Retry-After": str(max(1, round(seconds)))} if seconds else {}
        raise GatewayError(429, str(exc.detail), type="rate_limit_exceeded", code="rate_limited", headers=wait) from exc
    except exceptions.AuthenticationFailed as exc:
        raise GatewayError(401, str(exc.detail), code="invalid_api_key") from exc
    if found is None:
        raise GatewayError(
            401, "Send the service key as the API key (Authorization: Bearer cst_...).", code="invalid_api_key"
        )
    return found[0]


def _json(request: HttpRequest) -> Any:
    limit = settings.CUSTOS_PREFLIGHT_MAX_BODY_BYTES
    if len(request.body) > limit:
        raise GatewayError(413, f"The request body exceeds the limit of {limit} bytes.", code="payload_too_large")
    try:
        return json.loads(request.body)
    except ValueError:
        raise GatewayError(400, "The body is not valid JSON.", code="invalid_json") from None


def _model(principal: ServicePrincipal, model: Any) -> tuple[Destination, str]:
    """``"<destination slug>"`` or ``"<destination slug>/<upstream model it lists>"``."""
    if not isinstance(model, str) or not model:
        raise GatewayError(400, "Name a destination as the model, e.g. 'eu-proprietary'.", param="model")
    slug, _, wanted = model.partition("/")
    destination = principal.registry.destination(slug)
    if destination is None:
        raise GatewayError(404, f"The model {model!r} names no destination.", param="model", code="model_not_found")
    offered = (destination.model, *destination.upstream_models)
    if wanted and wanted not in offered:
        raise GatewayError(
            404,
            f"The destination {slug!r} does not offer the model {wanted!r}; it offers {', '.join(offered)}.",
            param="model",
            code="model_not_found",
        )
    return destination, wanted or destination.model


def _workload(request: HttpRequest, principal: ServicePrincipal) -> str:
    named = request.META.get(WORKLOAD_HEADER, "").strip()
    if named:
        return str(named)
    scoped = [entry for entry in _scoped_workloads(principal)]
    if len(scoped) == 1:
        return scoped[0]
    raise GatewayError(
        400,
        "This key is scoped to several workloads: name one in the X-Custos-Workload header.",
        code="workload_required",
    )


def _scoped_workloads(principal: ServicePrincipal) -> list[str]:
    from governance.models import Workload

    return list(Workload.objects.filter(pk__in=principal.workload_ids).order_by("slug").values_list("slug", flat=True))


def _models(request: HttpRequest) -> dict[str, Any]:
    principal = _authenticate(request)
    named = request.META.get(WORKLOAD_HEADER, "").strip()
    slugs = [named] if named else _scoped_workloads(principal)
    seen: dict[str, Destination] = {}
    for slug in slugs:
        entry = principal.registry.workload(slug)
        if entry is None or entry.workload.pk not in principal.workload_ids:
            raise GatewayError(403, f"This key is not scoped to workload {slug!r}.", code="out_of_scope")
        for destination in entry.allowed:
            if destination.active:
                seen.setdefault(destination.slug, destination)
    data = []
    for destination in sorted(seen.values(), key=lambda d: d.slug):
        for name in ("", *destination.upstream_models):
            data.append(
                {
                    "id": f"{destination.slug}/{name}" if name else destination.slug,
                    "object": "model",
                    "created": int(destination.created_at.timestamp()),
                    "owned_by": destination.provider,
                }
            )
    return {"object": "list", "data": data}


# --- the upstream -----------------------------------------------------------------


def _upstream_error(exchange: Exchange, response: httpx.Response, text: bytes) -> GatewayError:
    message, code = "", None
    try:
        error = json.loads(text).get("error")
        if isinstance(error, dict):
            message, code = str(error.get("message") or ""), error.get("code")
        elif isinstance(error, str):
            message = error
    except (ValueError, AttributeError):
        pass
    message = exchange.restorer.restore(message[:2000])
    headers = {"Retry-After": response.headers["Retry-After"]} if "Retry-After" in response.headers else {}
    return GatewayError(
        response.status_code,
        f"The upstream of {exchange.target.slug!r} answered {response.status_code}"
        + (f": {message}" if message else "."),
        type="upstream_error",
        code=str(code) if code else "upstream_error",
        headers=headers,
    )


def _retryable(exchange: Exchange, exc: Exception | None, status: int | None) -> bool:
    """Retry only what cannot have been done twice: a connection that never opened (nothing was sent),
    and for embeddings (no side effect, same answer) a 502/503/504."""
    if exc is not None:
        return isinstance(exc, httpx.ConnectError)
    return exchange.endpoint == "embeddings" and status in (502, 503, 504)


async def _open(exchange: Exchange, path: str, *, stream: bool) -> httpx.Response:
    """Send the request (with the idempotent retries); the response body is not read yet."""
    credential = upstream.resolve_credential(exchange.target.credential_ref)
    request = upstream.client().build_request(
        "POST",
        upstream.url(exchange.target.endpoint_url, path),
        content=json.dumps(exchange.body, ensure_ascii=False).encode("utf-8"),
        headers=upstream.headers(credential),
    )
    del credential
    attempts = 1 + settings.CUSTOS_GATEWAY_UPSTREAM_RETRIES
    for attempt in range(attempts):
        last = attempt == attempts - 1
        try:
            response = await upstream.client().send(request, stream=True)
        except httpx.HTTPError as exc:
            if not last and _retryable(exchange, exc, None):
                continue
            raise
        if not last and _retryable(exchange, None, response.status_code):
            await response.aclose()
            continue
        return response
    raise AssertionError("unreachable")


def _transport_error(exchange: Exchange, exc: httpx.HTTPError) -> GatewayError:
    if isinstance(exc, httpx.TimeoutException):
        return GatewayError(
            504,
            f"The upstream of {exchange.target.slug!r} did not answer in time ({type(exc).__name__}).",
            type="upstream_timeout",
            code="upstream_timeout",
        )
    return GatewayError(
        502,
        f"The upstream of {exchange.target.slug!r} could not be reached ({type(exc).__name__}).",
        type="upstream_unreachable",
        code="upstream_unreachable",
    )


async def _complete(exchange: Exchange, path: str) -> HttpResponseBase:
    started = time.perf_counter()
    try:
        response = await _open(exchange, path, stream=False)
        try:
            text = await response.aread()
        finally:
            await response.aclose()
    except asyncio.CancelledError:  # the caller went away: the upstream request was closed with this task
        await exchange.arecord(outcome="client_disconnected", status=None, started=started)
        raise
    except httpx.HTTPError as exc:
        error = _transport_error(exchange, exc)
        await exchange.arecord(outcome=cast(str, error.type), status=None, started=started)
        return _with_headers(error.response(), exchange)
    if response.status_code >= 400:
        error = _upstream_error(exchange, response, text)
        await exchange.arecord(outcome="upstream_error", status=response.status_code, started=started)
        return _with_headers(error.response(), exchange)
    try:
        data = json.loads(text)
    except ValueError:
        await exchange.arecord(outcome="upstream_invalid", status=response.status_code, started=started)
        return _with_headers(
            GatewayError(
                502, "The upstream's answer is not JSON.", type="upstream_error", code="upstream_invalid"
            ).response(),
            exchange,
        )
    if exchange.endpoint == "chat.completions":
        exchange.restorer.restore_completion(data)
    choices = data.get("choices") if isinstance(data, dict) else None
    reasons = [
        c["finish_reason"] if c.get("finish_reason") in FINISH_REASONS else "other"
        for c in choices or []
        if isinstance(c, dict) and c.get("finish_reason")
    ]
    await exchange.arecord(
        outcome="completed",
        status=response.status_code,
        started=started,
        usage=data.get("usage") if isinstance(data, dict) and isinstance(data.get("usage"), dict) else None,
        finish_reasons=reasons,
    )
    return _with_headers(JsonResponse(data, safe=False, json_dumps_params={"ensure_ascii": False}), exchange)


async def _stream(exchange: Exchange, *, asgi: bool) -> HttpResponseBase:
    started = time.perf_counter()
    try:
        response = await _open(exchange, "chat/completions", stream=True)
    except asyncio.CancelledError:
        await exchange.arecord(outcome="client_disconnected", status=None, started=started)
        raise
    except httpx.HTTPError as exc:
        error = _transport_error(exchange, exc)
        await exchange.arecord(outcome=cast(str, error.type), status=None, started=started)
        return _with_headers(error.response(), exchange)
    if response.status_code >= 400:
        try:
            text = await response.aread()
        finally:
            await response.aclose()
        error = _upstream_error(exchange, response, text)
        await exchange.arecord(outcome="upstream_error", status=response.status_code, started=started)
        return _with_headers(error.response(), exchange)
    if not response.headers.get("content-type", "").startswith("text/event-stream"):
        # Some servers answer a stream request with one JSON body: pass it on, restored, as they sent it.
        try:
            text = await response.aread()
        finally:
            await response.aclose()
        data = json.loads(text) if text else {}
        exchange.restorer.restore_completion(data)
        await exchange.arecord(outcome="completed", status=response.status_code, started=started)
        return _with_headers(JsonResponse(data, safe=False), exchange)
    if not asgi:
        # Under WSGI (`make run`'s runserver) Django would read an async stream in another event loop than the
        # one this upstream connection lives in: relay it whole here. Streaming chunk by chunk needs ASGI.
        relayed = [piece async for piece in _relay(exchange, response, started)]
        return _with_headers(HttpResponse(b"".join(relayed), content_type="text/event-stream"), exchange)
    streaming = StreamingHttpResponse(_relay(exchange, response, started), content_type="text/event-stream")
    streaming["Cache-Control"] = "no-cache"
    streaming["X-Accel-Buffering"] = "no"  # a proxy in front must not buffer the stream
    return _with_headers(streaming, exchange)


async def _relay(exchange: Exchange, response: httpx.Response, started: float) -> AsyncIterator[bytes]:
    relay = StreamRelay(exchange.restorer)
    outcome = "client_disconnected"  # unless the loop below ends otherwise
    try:
        try:
            async for data in response.aiter_bytes():
                out = relay.feed(data)
                if out:
                    yield out
            tail = relay.close()
            if tail:
                yield tail
            outcome = "completed" if relay.done else "stream_incomplete"
        except httpx.HTTPError as exc:
            error = _transport_error(exchange, exc)
            outcome = cast(str, error.type)
            tail = relay.close()
            body = json.dumps({"error": {"message": error.message, "type": error.type, "code": error.code}})
            yield tail + f"data: {body}\n\n".encode()
    finally:

        async def finish() -> None:
            # Closing the response closes its connection: a caller who went away cancels the upstream call.
            await response.aclose()
            await exchange.arecord(
                outcome=outcome,
                status=response.status_code,
                started=started,
                usage=relay.usage,
                finish_reasons=[relay.finish_reasons[index] for index in sorted(relay.finish_reasons)],
            )

        # Run to the end even if the caller's going away cancels this request meanwhile.
        await _to_the_end(finish())


_finishing: set[asyncio.Future[None]] = set()


async def _to_the_end(work: Coroutine[Any, Any, None]) -> None:
    """Await ``work``, which runs to its end even when this request is cancelled meanwhile (the caller went
    away, or hung up right after the last byte): the exchange is still closed and audited."""
    task = asyncio.ensure_future(work)
    _finishing.add(task)
    task.add_done_callback(_finishing.discard)
    await asyncio.shield(task)


def _with_headers(response: HttpResponse | StreamingHttpResponse, exchange: Exchange) -> HttpResponseBase:
    for name, value in exchange.response_headers().items():
        response[name] = value
    return response
