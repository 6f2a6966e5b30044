"""LiteLLM's Generic Guardrail API, answered by the pre-flight.

LiteLLM (``guardrail: generic_guardrail_api``) POSTs the texts it extracted from a call to
``{api_base}/beta/litellm_basic_guardrail_api`` and acts on the answer: ``BLOCKED`` (with a
``blocked_reason``) stops the call, ``GUARDRAIL_INTERVENED`` (with ``texts``, one per text sent)
replaces the texts, ``NONE`` lets them through unchanged. The request carries ``input_type``
(``request`` before the call, ``response`` after it), ``texts``, ``model``, ``litellm_call_id`` and the
guardrail's ``additional_provider_specific_params`` from LiteLLM's config.

Before the call (``request``): one pre-flight decision (``via: litellm``) for the workload named in the
guardrail's parameters (or the key's only workload) and the destination LiteLLM's model name is
routed to (``ModelRoute``). deny -> BLOCKED with the reasons, redact -> INTERVENED with the redacted
texts, allow -> NONE.

After the call (``response``): the model's answer is classified; credentials and special-category data
in it are redacted (INTERVENED), and a ``litellm.response_screen`` event records what was found.

Failing closed: any error inside Custos is answered BLOCKED (HTTP 200), never NONE, so that no LiteLLM
setting (``fail_on_error``, ``unreachable_fallback``) can turn a Custos failure into a pass.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from django.conf import settings

import classifier
from audit.actions import AuditAction
from classifier.types import Category, Classification
from governance.models import Decision, ServiceKey
from governance.preflight import PreflightError, PreflightRequest, preflight_decide
from governance.registry import RegistrySnapshot
from integrations import selectors, services

logger = logging.getLogger(__name__)

BLOCKED, INTERVENED, NONE = "BLOCKED", "GUARDRAIL_INTERVENED", "NONE"
# What the answer screening redacts from a model's answer: data that must not reach the user unasked.
SCREENED_IN_ANSWERS = frozenset({Category.CREDENTIALS, Category.SPECIAL_CATEGORY})


@dataclass(frozen=True)
class GuardrailAnswer:
    """What LiteLLM gets back: its ``action``, and the reason or the replaced texts."""

    action: str
    blocked_reason: str | None = None
    texts: list[str] | None = None

    def as_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {"action": self.action}
        if self.blocked_reason is not None:
            body["blocked_reason"] = self.blocked_reason
        if self.texts is not None:
            body["texts"] = self.texts
        return body


def blocked(reason: str) -> GuardrailAnswer:
    return GuardrailAnswer(BLOCKED, blocked_reason=f"Custos: {reason}")


def guardrail_check(
    *, key: ServiceKey, workload_ids: frozenset[int], registry: RegistrySnapshot, body: Mapping[str, Any]
) -> GuardrailAnswer:
    """Answer one Generic Guardrail API request; never raises (an error is a BLOCKED answer)."""
    try:
        texts = _texts(body)
        if body.get("images"):
            return blocked("only text can be screened; this call carries images. Send it to an on-prem model.")
        if body.get("input_type") == "response":
            return _screen_answer(key=key, texts=texts, body=body)
        if body.get("input_type") != "request":
            return blocked("input_type must be 'request' or 'response'.")
        return _decide(key=key, workload_ids=workload_ids, registry=registry, texts=texts, body=body)
    except PreflightError as exc:
        return blocked(f"no decision ({exc.code}): {exc}")
    except classifier.ClassifierInputError as exc:
        return blocked(f"the texts cannot be screened: {exc}")
    except Exception as exc:
        logger.exception("LiteLLM guardrail check failed")
        return blocked(f"the check failed ({type(exc).__name__}); the call is blocked (fail closed).")


def _texts(body: Mapping[str, Any]) -> list[str]:
    texts = body.get("texts") or []
    if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
        raise classifier.ClassifierInputError("'texts' must be a list of strings.")
    return texts


def _params(body: Mapping[str, Any]) -> Mapping[str, Any]:
    params = body.get("additional_provider_specific_params") or {}
    return params if isinstance(params, Mapping) else {}


def _decide(
    *,
    key: ServiceKey,
    workload_ids: frozenset[int],
    registry: RegistrySnapshot,
    texts: list[str],
    body: Mapping[str, Any],
) -> GuardrailAnswer:
    params = _params(body)
    workload = params.get("workload") or selectors.single_workload_slug(workload_ids)
    if not isinstance(workload, str) or not workload:
        return blocked(
            "no workload: set additional_provider_specific_params.workload in the guardrail's LiteLLM config "
            "(this key is scoped to several workloads)."
        )
    model = body.get("model")
    destination = selectors.modelroute_destination(model) if isinstance(model, str) else None
    if destination is None:
        return blocked(
            f"the model {model!r} has no route to a destination in the Custos catalogue; "
            "add a model route before calling it."
        )
    call_id = body.get("litellm_call_id")
    request = PreflightRequest(
        workload=workload,
        destination=destination,
        # One message per text LiteLLM extracted, in its order: the redacted texts go back one for one.
        messages=[{"role": "user", "content": text} for text in texts] or [{"role": "user", "content": ""}],
        request_id=f"litellm-{call_id}"[:128] if isinstance(call_id, str) and call_id else None,
        via="litellm",
    )
    result = preflight_decide(key=key, request=request, registry=registry)
    decision = result.decision
    if decision.outcome == Decision.Outcome.DENY:
        reasons = "; ".join(f"{r['code']}: {r['message']}" for r in decision.reasons)
        alternatives = ", ".join(a["destination"] for a in decision.alternatives)
        also = f" Compliant alternatives: {alternatives}." if alternatives else ""
        return blocked(f"denied (decision {decision.id}). {reasons}.{also}")
    if decision.outcome == Decision.Outcome.REDACT:
        assert result.redacted_texts is not None
        return GuardrailAnswer(INTERVENED, texts=result.redacted_texts[: len(texts)])
    return GuardrailAnswer(NONE)


def _screen_answer(*, key: ServiceKey, texts: list[str], body: Mapping[str, Any]) -> GuardrailAnswer:
    deadline = time.monotonic() + settings.CUSTOS_PREFLIGHT_CLASSIFY_BUDGET_S
    classifications: Sequence[Classification] = classifier.classify_sequence(texts, deadline=deadline) if texts else []
    from classifier.engine import get_engine  # imported here: loading Presidio is for requests, not for start-up

    levels = get_engine().levels
    screened = [
        dataclasses.replace(
            c, findings=tuple(f for f in c.findings if levels.rule_for(f.entity_type).category in SCREENED_IN_ANSWERS)
        )
        for c in classifications
    ]
    redacted = sum(len(c.findings) for c in screened)
    call_id = body.get("litellm_call_id")
    model = body.get("model")
    params = _params(body)
    services.classification_record(
        key=key,
        action=AuditAction.LITELLM_RESPONSE_SCREEN,
        texts=texts,
        classifications=classifications,
        details={
            "via": "litellm",
            "model": model if isinstance(model, str) else None,
            "litellm_call_id": call_id if isinstance(call_id, str) else None,
            "workload": params.get("workload") if isinstance(params.get("workload"), str) else None,
            "redacted": redacted,
        },
    )
    if not redacted:
        return GuardrailAnswer(NONE)
    return GuardrailAnswer(
        INTERVENED, texts=[classifier.redact(t, c).text for t, c in zip(texts, screened, strict=True)]
    )
