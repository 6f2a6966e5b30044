"""The pre-flight decision: may this payload go to that destination for this workload?

Order of checks (each failing step decides, later ones do not run):
key (authentication, in the API layer) -> workload scope -> workload
approved -> destination active and allowed -> classify -> policy -> audit
append -> respond. The decision row and its audit event commit in one
statement before anything is returned.

Replay: a ``request_id`` this key has used before returns that first decision
(redaction redone from the same payload, no second row or event); the same
``request_id`` with a different payload fingerprint is a 409
(``request_id_reused``). Two concurrent requests with one ``request_id``:
the loser of the unique-constraint race answers with the winner's decision.

Failing closed: if classification or the policy fails, an external
destination gets no decision (503, PreflightUnavailable) and the failure is
audited where possible; an on-prem destination is allowed with the reason
``checks_unavailable_on_prem``, since the data does not leave the house. If
the audit append fails nobody gets a decision.

Bounded work: a request with more text than ``CUSTOS_PREFLIGHT_MAX_TOTAL_CHARS``
is refused before any classification (413), and classification that runs past
``CUSTOS_PREFLIGHT_CLASSIFY_BUDGET_S`` is stopped and refused (422) for every
destination: no decision, never an allow. The audit append waits at most
``CUSTOS_PREFLIGHT_LOCK_TIMEOUT_S`` for the chain lock and its statement at
most ``CUSTOS_PREFLIGHT_STATEMENT_TIMEOUT_S`` (503 after that).
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypedDict

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

import classifier
from audit import services as audit
from audit.actions import AuditAction, SubjectType
from audit.actors import Actor
from audit.canonical import canonical_json
from audit.fingerprints import payload_hmac
from audit.models import AuditEvent
from classifier.types import Classification, SensitivityLevel
from config.db import timeout_kind
from governance.models import Decision, Destination, PolicyVersion, ServiceKey, Workload
from governance.policy import Alternative, PolicySubject, Reason, compliant_alternatives, evaluate
from governance.registry import RegistrySnapshot, current_snapshot
from governance.services import servicekey_record_failure

if TYPE_CHECKING:  # the redaction module loads Presidio; the pre-flight imports it on first use only
    from classifier.profile import CompiledProfile
    from classifier.redaction import RedactionResult, Replacement

logger = logging.getLogger(__name__)


class PreflightError(Exception):
    """A request that gets no decision; ``status`` and ``code`` say how the API answers."""

    status = 400
    code = "invalid"

    def __init__(self, message: str, *, field_name: str = ""):
        super().__init__(message)
        self.field_name = field_name


class NotFound(PreflightError):
    status, code = 404, "not_found"


class OutOfScope(PreflightError):
    status, code = 403, "out_of_scope"


class IdempotencyConflict(PreflightError):
    status, code = 409, "request_id_reused"


class PreflightUnavailable(PreflightError):
    status, code = 503, "decision_unavailable"


class TooMuchText(PreflightError):
    status, code = 413, "payload_too_large"


class OverBudget(PreflightError):
    status, code = 422, "classification_budget_exceeded"


@dataclass(frozen=True)
class PreflightRequest:
    workload: str
    destination: str
    input: str | None = None
    # Chat messages: {"role", "content"}, the content a string or a list of {"type": "text", "text"} parts.
    messages: Sequence[dict[str, Any]] | None = None
    request_id: str | None = None
    # Which door the request came in by ("api", "gateway", "litellm"): recorded in the audit event.
    via: str = "api"
    # Every string of a request in another shape (the gateway's chat body: contents, names, tool
    # definitions, tool-call arguments), collected by the caller in screening order. Instead of input/messages.
    strings: Sequence[str] | None = None
    # Number placeholders across all the texts (the same value, the same placeholder; never one
    # a text already spells), so that an answer can be restored without ambiguity.
    request_wide_placeholders: bool = False

    @cached_property
    def texts(self) -> list[str]:
        """Every string the caller sent, to classify: the input; or each message's content (each part of
        a list) in order, then the ``name`` of each message that has one. Built once per request (the
        size limit, the fingerprint, classification and redaction all read it); do not mutate it.

        Contents come first and together because consecutive texts are screened as one stream (a
        value split over two messages is found); the names follow as a stream of their own.
        """
        if self.input is not None:
            return [self.input]
        if self.strings is not None:
            return list(self.strings)
        texts: list[str] = []
        for message in self.messages or []:
            content = message["content"]
            texts.extend([content] if isinstance(content, str) else [part["text"] for part in content])
        texts.extend(message["name"] for message in self.messages or [] if "name" in message)
        return texts

    def with_texts(self, texts: Sequence[str]) -> list[dict[str, Any]]:
        """The messages, in the same shape, with ``texts`` (one per item of ``self.texts``) as their
        content and names."""
        remaining = iter(texts)
        messages: list[dict[str, Any]] = []
        for message in self.messages or []:
            content = message["content"]
            if isinstance(content, str):
                new_content: Any = next(remaining)
            else:
                new_content = [{"type": "text", "text": next(remaining)} for _ in content]
            messages.append({"role": message["role"], "content": new_content})
        for original, message in zip(self.messages or [], messages, strict=True):
            if "name" in original:
                message["name"] = next(remaining)
        if next(remaining, None) is not None:
            raise ValueError("More texts than the messages hold.")
        return messages

    def fingerprint(self) -> dict[str, Any]:
        """Keyed hash and sizes of the payload: all the audit log keeps of it."""
        if self.input is not None:
            material = self.input
        elif self.strings is not None:
            material = canonical_json(list(self.strings)).decode("utf-8")
        else:
            # A name is hashed with its message; messages without one hash as they always have.
            material = canonical_json(
                [[m["role"], m["content"], *([m["name"]] if "name" in m else [])] for m in self.messages or []]
            ).decode("utf-8")
        texts = self.texts
        return {
            "hmac_sha256": payload_hmac(material),
            "chars": sum(len(t) for t in texts),
            "bytes": sum(len(t.encode("utf-8")) for t in texts),
            "messages": len(self.messages) if self.messages is not None else 0,
        }


@dataclass
class PreflightResult:
    decision: Decision
    redacted_texts: list[str] | None = None
    # Per text, where each placeholder went (offsets into the caller's own texts, no values): what the gateway
    # and the API's `redactions` use to restore an answer. In memory only; never stored or logged.
    replacements: list[tuple[Replacement, ...]] | None = None
    replayed: bool = False
    classification: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class _Judgement:
    outcome: str
    reasons: tuple[Reason, ...]
    subject: PolicySubject | None = None
    classifications: tuple[Classification, ...] = ()
    alternatives: tuple[Alternative, ...] = ()
    policy: PolicyVersion | None = None


def preflight_decide(
    *, key: ServiceKey, request: PreflightRequest, registry: RegistrySnapshot | None = None
) -> PreflightResult:
    """Decide, record and return one pre-flight decision (or raise PreflightError).

    ``registry`` is the snapshot the caller authenticated the key against (one
    token read per request); without it the current one is taken.
    """
    started = time.perf_counter()
    _check_size(request)
    registry = registry or current_snapshot()
    entry = registry.workload(request.workload)
    if entry is None:
        raise NotFound(f"Unknown workload {request.workload!r}.", field_name="workload")
    workload, allowed = entry.workload, entry.allowed
    scoped = registry.service_key(key.prefix)
    if scoped is None or workload.pk not in scoped.workload_ids:
        servicekey_record_failure(key_prefix=key.prefix, reason="out_of_scope", workload=workload.slug)
        raise OutOfScope(f"This key is not scoped to workload {workload.slug!r}.", field_name="workload")
    fingerprint = request.fingerprint()
    if request.request_id:
        earlier = _earlier_decision(key, request.request_id, fingerprint)
        if earlier is not None:
            return _replay(earlier, request)
    destination = next((d for d in allowed if d.slug == request.destination), None) or registry.destination(
        request.destination
    )
    if destination is None:
        raise NotFound(f"Unknown destination {request.destination!r}.", field_name="destination")

    judgement = _judge(workload, destination, allowed, request, registry)
    decision = _commit(key, workload, destination, request, judgement, fingerprint, started)
    if decision is None:  # lost a race on the same request_id: answer with the winner's decision
        earlier = _earlier_decision(key, str(request.request_id), fingerprint)
        assert earlier is not None
        return _replay(earlier, request)
    redactions = _redact(request, judgement.classifications) if decision.outcome == Decision.Outcome.REDACT else None
    return PreflightResult(
        decision=decision,
        redacted_texts=[r.text for r in redactions] if redactions is not None else None,
        replacements=[r.replacements for r in redactions] if redactions is not None else None,
        classification=_classification_summary(decision),
    )


def _check_size(request: PreflightRequest) -> None:
    limit = settings.CUSTOS_PREFLIGHT_MAX_TOTAL_CHARS
    chars = sum(len(text) for text in request.texts)
    if chars > limit:
        raise TooMuchText(
            f"The request has {chars} characters of text; at most {limit} can be screened in one request "
            "(CUSTOS_PREFLIGHT_MAX_TOTAL_CHARS). Split the payload.",
            field_name="input" if request.input is not None else "messages",
        )


def _gate(workload: Workload, destination: Destination, allowed: Sequence[Destination]) -> Reason | None:
    """The registry checks that deny before any classification."""
    if workload.tier == Workload.Tier.PROHIBITED:
        return Reason("workload_prohibited", "The workload is screened as a prohibited practice (AI Act Art. 5).")
    if workload.status != Workload.Status.APPROVED:
        return Reason(
            f"workload_{workload.status}", f"The workload is {workload.status}; only approved workloads may be used."
        )
    if not destination.active:
        return Reason("destination_inactive", "The destination is deactivated in the catalogue.")
    if destination not in allowed:
        return Reason("destination_not_allowed", "The destination is not allowed for this workload.")
    return None


def _judge(
    workload: Workload,
    destination: Destination,
    allowed: Sequence[Destination],
    request: PreflightRequest,
    registry: RegistrySnapshot,
) -> _Judgement:
    blocked = _gate(workload, destination, allowed)
    if blocked is not None:
        if blocked.code in GATE_CODES_WITH_ALTERNATIVES and allowed:
            return _denied_with_alternatives(workload, destination, allowed, request, registry, blocked)
        return _Judgement("deny", (blocked,))
    try:
        profile = registry.detection_profile(workload.slug)  # the organisation's terms (governance/detection.py)
        classifications = _classify(request.texts, profile)
        policy = registry.published_policy()
        if policy is None:
            raise LookupError("no published residency policy")
        subject = _subject(classifications, profile)
        today = timezone.localdate()
        result = evaluate(
            workload_slug=workload.slug, destination=destination, subject=subject, policy=policy.content, today=today
        )
        alternatives = compliant_alternatives(
            workload_slug=workload.slug,
            current=destination,
            candidates=allowed,
            subject=subject,
            policy=policy.content,
            today=today,
        )
    except (classifier.ClassifierInputError, OverBudget):
        raise
    except Exception as exc:
        return _fail(workload, destination, exc)
    return _Judgement(result.outcome, result.reasons, subject, classifications, tuple(alternatives), policy)


# A denial for the destination alone (not for the workload) can point at the allowed destinations where this
# payload may go as it is; a prohibited or unapproved workload may go nowhere, so it gets none.
GATE_CODES_WITH_ALTERNATIVES = frozenset({"destination_not_allowed", "destination_inactive"})


def _denied_with_alternatives(
    workload: Workload,
    destination: Destination,
    allowed: Sequence[Destination],
    request: PreflightRequest,
    registry: RegistrySnapshot,
    blocked: Reason,
) -> _Judgement:
    """The gate's denial, with the compliant alternatives among the workload's allowed destinations.

    The outcome stays deny whatever happens here: when the payload cannot be
    classified or judged, the denial simply comes without alternatives.
    """
    try:
        profile = registry.detection_profile(workload.slug)
        classifications = _classify(request.texts, profile)
        policy = registry.published_policy()
        if policy is None:
            return _Judgement("deny", (blocked,))
        subject = _subject(classifications, profile)
        alternatives = compliant_alternatives(
            workload_slug=workload.slug,
            current=destination,
            candidates=allowed,
            subject=subject,
            policy=policy.content,
            today=timezone.localdate(),
        )
    except Exception:
        logger.warning("no alternatives for a gate denial of %s -> %s", workload.slug, destination.slug, exc_info=True)
        return _Judgement("deny", (blocked,))
    return _Judgement("deny", (blocked,), subject, classifications, tuple(alternatives), policy)


def _classify(texts: Sequence[str], profile: CompiledProfile | None = None) -> tuple[Classification, ...]:
    # Chat messages go through one batched pass (nlp.pipe, concurrent second opinions), and the
    # boundaries between them are searched for values split across two texts.
    from classifier.engine import get_engine  # imported here: loading Presidio is for requests, not for start-up

    get_engine()  # built on a process's first request: loading the model is not this payload's work
    budget = settings.CUSTOS_PREFLIGHT_CLASSIFY_BUDGET_S
    deadline = time.monotonic() + budget
    try:
        if len(texts) == 1:
            return (classifier.classify(texts[0], deadline=deadline, profile=profile),)
        return tuple(classifier.classify_sequence(texts, deadline=deadline, profile=profile))
    except classifier.ClassificationBudgetExceeded:
        # Sizes only: the payload itself is never logged.
        logger.warning(
            "pre-flight classification stopped at its budget of %s s (%d texts, %d characters)",
            budget, len(texts), sum(len(t) for t in texts),
        )  # fmt: skip
        raise OverBudget(
            f"No decision: classifying this payload takes longer than the budget of {budget:g} s "
            "(CUSTOS_PREFLIGHT_CLASSIFY_BUDGET_S). Send fewer or shorter texts; do not send the payload as it is."
        ) from None


def _fail(workload: Workload, destination: Destination, exc: Exception) -> _Judgement:
    logger.exception("pre-flight checks failed for workload %s -> %s", workload.slug, destination.slug)
    problem = type(exc).__name__
    if destination.kind == Destination.Kind.ON_PREM:
        return _Judgement(
            "allow",
            (
                Reason(
                    "checks_unavailable_on_prem",
                    f"Classification or policy unavailable ({problem}); the destination is on-prem.",
                ),
            ),
        )
    try:
        with transaction.atomic():
            audit.record(
                actor=Actor.system("preflight"),
                action=AuditAction.PREFLIGHT_FAILED,
                subject_type=SubjectType.WORKLOAD,
                subject_id=workload.slug,
                payload={"workload": workload.slug, "destination": destination.slug, "error": problem},
                **_bounded_waits(),
            )
    except Exception:
        logger.exception("could not audit the pre-flight failure")
    raise PreflightUnavailable(
        f"No decision: the decision path failed ({problem}). External destinations fail closed; do not send the payload."
    ) from exc


def _subject(classifications: Sequence[Classification], profile: CompiledProfile | None = None) -> PolicySubject:
    level = max((c.level for c in classifications), default=SensitivityLevel.PUBLIC)
    categories = frozenset().union(*(c.categories for c in classifications))
    # Categories that a redactable span carries; the rest (raised by the LLM without offsets) cannot be redacted.
    from classifier.engine import get_engine  # imported here: loading Presidio is for requests, not for start-up

    levels = get_engine().judge_levels(profile)
    with_spans = frozenset().union(*(levels.judge(c.findings)[1] for c in classifications))
    return PolicySubject(level=level, categories=categories, unredactable_categories=categories - with_spans)


def _commit(
    key: ServiceKey,
    workload: Workload,
    destination: Destination,
    request: PreflightRequest,
    judgement: _Judgement,
    fingerprint: dict[str, Any],
    started: float,
) -> Decision | None:
    decision_id = uuid.uuid4()
    subject = judgement.subject
    counts: dict[str, int] = {}
    for classification in judgement.classifications:
        for entity_type, count in classification.entity_counts().items():
            counts[entity_type] = counts.get(entity_type, 0) + count
    versions = judgement.classifications[0].versions if judgement.classifications else {}
    policy = judgement.policy
    payload: dict[str, Any] = {
        "decision_id": str(decision_id),
        "decision": judgement.outcome,
        "reasons": [reason.code for reason in judgement.reasons],
        "workload": workload.slug,
        "workload_version": workload.version,
        "destination": destination.slug,
        "destination_kind": destination.kind,
        "service_key": key.prefix,
        "request_id": request.request_id,
        "via": request.via,
        "input": fingerprint,
        "level": subject.level.name if subject else None,
        "categories": sorted(subject.categories) if subject else [],
        "entity_counts": dict(sorted(counts.items())),
        "policy_version": policy.number if policy else None,
        "policy_hash": policy.content_hash if policy else None,
        "alternatives": [alt.destination for alt in judgement.alternatives],
        "classifier": {name: str(value) for name, value in versions.items()},
    }
    decision = Decision(
        id=decision_id,
        service_key=key,
        request_id=request.request_id,
        workload=workload,
        destination=destination,
        outcome=judgement.outcome,
        reasons=[reason.as_dict() for reason in judgement.reasons],
        level=payload["level"] or "",
        categories=payload["categories"],
        entity_counts=payload["entity_counts"],
        unredactable_categories=sorted(subject.unredactable_categories) if subject else [],
        input_fingerprint=fingerprint,
        alternatives=[{"destination": a.destination, "why": a.why} for a in judgement.alternatives],
        policy_version=policy,
        latency_ms=round((time.perf_counter() - started) * 1000),
    )
    appending = time.perf_counter()
    try:
        # The event and the decision row go in one statement, committed on its own: both, or neither. The
        # append function bounds the statement's waits itself, so bounding them costs no round trip.
        audit.record_with_row(
            actor=Actor(type=AuditEvent.ActorType.SERVICE_KEY, id=str(key.pk), label=key.prefix),
            action=AuditAction.PREFLIGHT_DECISION,
            subject_type=SubjectType.WORKLOAD,
            subject_id=workload.slug,
            payload=payload,
            row=decision,
            links={"audit_seq": "seq", "audit_hash": "hash", "created_at": "created_at"},
            **_bounded_waits(),
        )
        return decision
    except IntegrityError:
        if request.request_id and Decision.objects.filter(service_key=key, request_id=request.request_id).exists():
            return None
        raise PreflightUnavailable("No decision: it could not be recorded.") from None
    except Exception as exc:
        waited = timeout_kind(exc)
        if waited == "lock_timeout" and time.perf_counter() - appending < settings.CUSTOS_PREFLIGHT_LOCK_TIMEOUT_S:
            # A row lock of the decision's foreign keys, cut short by what was left of the statement's budget.
            waited = "statement_timeout"
        if waited == "lock_timeout":
            logger.warning("pre-flight decision not recorded: the audit chain lock stayed taken (lock_timeout)")
            raise PreflightUnavailable(
                f"No decision: the audit log stayed locked for more than {settings.CUSTOS_PREFLIGHT_LOCK_TIMEOUT_S:g} s "
                "(CUSTOS_PREFLIGHT_LOCK_TIMEOUT_S). Retry later; do not send the payload."
            ) from exc
        if waited == "statement_timeout":
            logger.warning("pre-flight decision not recorded: the audit append ran past its statement_timeout")
            raise PreflightUnavailable(
                "No decision: recording it took longer than "
                f"{settings.CUSTOS_PREFLIGHT_STATEMENT_TIMEOUT_S:g} s (CUSTOS_PREFLIGHT_STATEMENT_TIMEOUT_S). "
                "Retry later; do not send the payload."
            ) from exc
        logger.exception("pre-flight decision could not be recorded")
        raise PreflightUnavailable(
            "No decision: the audit record could not be written. Do not send the payload."
        ) from exc


class _AppendBounds(TypedDict):
    lock_timeout_s: float
    statement_timeout_s: float


def _bounded_waits() -> _AppendBounds:
    """How long the pre-flight's audit append may wait for a lock, and for all of its waits together."""
    return {
        "lock_timeout_s": settings.CUSTOS_PREFLIGHT_LOCK_TIMEOUT_S,
        "statement_timeout_s": settings.CUSTOS_PREFLIGHT_STATEMENT_TIMEOUT_S,
    }


def _earlier_decision(key: ServiceKey, request_id: str, fingerprint: dict[str, Any]) -> Decision | None:
    earlier = (
        Decision.objects.select_related("workload", "destination", "policy_version")
        .filter(service_key=key, request_id=request_id)
        .first()
    )
    if earlier is not None and earlier.input_fingerprint.get("hmac_sha256") != fingerprint["hmac_sha256"]:
        raise IdempotencyConflict(
            f"request_id {request_id!r} was already used with a different payload.", field_name="request_id"
        )
    return earlier


def _replay(decision: Decision, request: PreflightRequest) -> PreflightResult:
    """The first decision for this request_id, with the redaction redone from the same payload."""
    profile = current_snapshot().detection_profile(decision.workload.slug)
    redactions = (
        _redact(request, _classify(request.texts, profile)) if decision.outcome == Decision.Outcome.REDACT else None
    )
    return PreflightResult(
        decision=decision,
        redacted_texts=[r.text for r in redactions] if redactions is not None else None,
        replacements=[r.replacements for r in redactions] if redactions is not None else None,
        replayed=True,
        classification=_classification_summary(decision),
    )


def _redact(request: PreflightRequest, classifications: Sequence[Classification]) -> list[RedactionResult]:
    if request.request_wide_placeholders:
        from classifier.redaction import redact_request  # loads Presidio: on first use only

        return redact_request(request.texts, classifications)
    return [classifier.redact(text, c) for text, c in zip(request.texts, classifications, strict=True)]


def _classification_summary(decision: Decision) -> dict[str, Any]:
    return {"level": decision.level or None, "categories": decision.categories, "entity_counts": decision.entity_counts}
