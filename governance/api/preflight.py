"""POST /api/v1/preflight and GET /api/v1/decisions/{id}: the API services call."""

from __future__ import annotations

import re
import time
from typing import Any, TypeGuard, cast

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_field
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

import classifier
from config.errors import ApiError
from governance.api.auth import IsServiceKey, ServiceKeyAuthentication, ServicePrincipal
from governance.decision_log import DecisionUnverifiable
from governance.models import Decision, ServiceKey
from governance.preflight import PreflightError, PreflightRequest, PreflightResult, preflight_decide
from governance.selectors import decision_get_verified

MESSAGE_ROLES = ("system", "developer", "user", "assistant", "tool")
MESSAGE_ROLE_CHOICES = [(role, role) for role in MESSAGE_ROLES]


class StrictSerializer(serializers.Serializer):
    """Unknown fields are an error, not silently dropped."""

    def to_internal_value(self, data: Any) -> Any:
        if isinstance(data, dict):
            unknown = sorted(set(data) - set(self.fields))
            if unknown:
                raise serializers.ValidationError({name: ["Unknown field."] for name in unknown})
        return super().to_internal_value(data)


class TextField(serializers.CharField):
    """A string as sent: no coercion of numbers or booleans, no trimming."""

    def __init__(self, **kwargs: Any):
        kwargs.setdefault("trim_whitespace", False)
        super().__init__(**kwargs)

    def to_internal_value(self, data: Any) -> str:
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class TextPartSerializer(StrictSerializer):
    """One part of a chat message's content in OpenAI's list form: only text can be screened."""

    type = serializers.ChoiceField(choices=["text"])
    text = TextField(allow_blank=True)

    def to_internal_value(self, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("type"), str) and data["type"] != "text":
            raise serializers.ValidationError(
                {
                    "type": [
                        f"Only text parts can be screened, not {data['type'][:40]!r}: "
                        "send the text of the request, or call an on-prem model for other content."
                    ]
                }
            )
        return super().to_internal_value(data)


_CONTENT_SCHEMA = {
    "oneOf": [
        {"type": "string"},
        {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "properties": {"type": {"type": "string", "enum": ["text"]}, "text": {"type": "string"}},
                "required": ["type", "text"],
                "additionalProperties": False,
            },
        },
    ],
    "description": "A string, or OpenAI's list of content parts (text parts only).",
}


@extend_schema_field(_CONTENT_SCHEMA)
class MessageContentField(serializers.Field):
    """A chat message's content: a string, or a non-empty list of ``{"type": "text", "text": ...}`` parts."""

    default_error_messages = {
        "invalid": "Send the content as a string or as a list of text parts.",
        "empty": "Send at least one content part.",
        "too_many_parts": "At most {limit} content parts per message (CUSTOS_PREFLIGHT_MAX_PARTS).",
    }

    def to_internal_value(self, data: Any) -> str | list[dict[str, str]]:
        if isinstance(data, str):
            return TextField(allow_blank=True).run_validation(data)
        if not isinstance(data, list):
            self.fail("invalid")
        if not data:
            self.fail("empty")
        if len(data) > settings.CUSTOS_PREFLIGHT_MAX_PARTS:  # before validating each part: that is the work
            self.fail("too_many_parts", limit=settings.CUSTOS_PREFLIGHT_MAX_PARTS)
        parts = TextPartSerializer(data=data, many=True)
        if not parts.is_valid():
            raise serializers.ValidationError(parts.errors)
        return [{"type": "text", "text": part["text"]} for part in parts.validated_data]

    def to_representation(self, value: Any) -> Any:
        return value


class MessageSerializer(StrictSerializer):
    role = serializers.ChoiceField(choices=MESSAGE_ROLES)
    content = MessageContentField()
    name = serializers.CharField(required=False, max_length=128)


class PreflightInputSerializer(StrictSerializer):
    workload = serializers.SlugField(max_length=64)
    destination = serializers.SlugField(max_length=64)
    input = TextField(required=False, allow_blank=True)
    messages = MessageSerializer(many=True, required=False, allow_empty=False)
    request_id = serializers.CharField(required=False, max_length=128)

    def to_internal_value(self, data: Any) -> Any:
        # Counted before each message is validated: validating them is the work the limit bounds.
        limit = settings.CUSTOS_PREFLIGHT_MAX_MESSAGES
        if isinstance(data, dict) and isinstance(data.get("messages"), list) and len(data["messages"]) > limit:
            raise serializers.ValidationError(
                {"messages": [f"At most {limit} messages per request (CUSTOS_PREFLIGHT_MAX_MESSAGES)."]}
            )
        return super().to_internal_value(data)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if ("input" in attrs) == ("messages" in attrs):
            raise serializers.ValidationError({"input": "Send exactly one of 'input' (text) or 'messages' (chat)."})
        if "messages" in attrs and not attrs["messages"]:
            raise serializers.ValidationError({"messages": "Send at least one message."})
        return attrs


class ReasonSerializer(serializers.Serializer):
    code = serializers.CharField()
    message = serializers.CharField()


class ClassificationSummarySerializer(serializers.Serializer):
    level = serializers.CharField(allow_null=True)
    categories = serializers.ListField(child=serializers.CharField())
    entity_counts = serializers.DictField(child=serializers.IntegerField())


class AlternativeSerializer(serializers.Serializer):
    destination = serializers.CharField()
    why = serializers.CharField()


class RedactionSerializer(serializers.Serializer):
    """Where one placeholder went: offsets into the caller's ORIGINAL text, never the value it replaced."""

    start = serializers.IntegerField(help_text="Offset of the replaced span in the original text (code points).")
    end = serializers.IntegerField(help_text="End of the replaced span (exclusive), in the original text.")
    placeholder = serializers.CharField(
        help_text="The placeholder exactly as it appears in the redacted text, e.g. `<PERSON_1>`."
    )


class AuditRefSerializer(serializers.Serializer):
    seq = serializers.IntegerField()
    hash = serializers.CharField()


class PreflightOutputSerializer(serializers.Serializer):
    decision = serializers.ChoiceField(choices=Decision.Outcome.choices)
    reasons = ReasonSerializer(many=True)
    classification = ClassificationSummarySerializer()
    redacted_input = serializers.CharField(required=False)
    redacted_messages = MessageSerializer(many=True, required=False)
    redactions = serializers.ListField(
        child=RedactionSerializer(many=True),
        required=False,
        help_text=(
            "With `redact` only: one list per screened text, in the order the texts were sent: the `input`; or "
            "each message's content (each text part of a list), then the `name` of each message that has one. "
            "Each item says which span of the ORIGINAL text a placeholder replaced, so a caller holding its own "
            "text can put the values back into a model's answer. No values: offsets only."
        ),
    )
    alternatives = AlternativeSerializer(many=True)
    decision_id = serializers.UUIDField()
    audit = AuditRefSerializer()
    policy_version = serializers.IntegerField(allow_null=True)
    latency_ms = serializers.FloatField()
    replayed = serializers.BooleanField()


class DecisionSerializer(serializers.ModelSerializer):
    """A stored decision: metadata only."""

    decision_id = serializers.UUIDField(source="id")
    decision = serializers.CharField(source="outcome")
    workload = serializers.SlugRelatedField(slug_field="slug", read_only=True)  # type: ignore[var-annotated]
    destination = serializers.SlugRelatedField(slug_field="slug", read_only=True)  # type: ignore[var-annotated]
    policy_version = serializers.IntegerField(source="policy_version.number", allow_null=True, default=None)
    audit = serializers.SerializerMethodField()
    classification = serializers.SerializerMethodField()

    class Meta:
        model = Decision
        fields = (
            "decision_id", "decision", "reasons", "workload", "destination", "request_id", "classification",
            "alternatives", "policy_version", "audit", "latency_ms", "created_at",
        )  # fmt: skip

    @extend_schema(responses=AuditRefSerializer)
    def get_audit(self, decision: Decision) -> dict[str, Any]:
        return {"seq": decision.audit_seq, "hash": decision.audit_hash}

    @extend_schema(responses=ClassificationSummarySerializer)
    def get_classification(self, decision: Decision) -> dict[str, Any]:
        return {
            "level": decision.level or None,
            "categories": decision.categories,
            "entity_counts": decision.entity_counts,
        }


def _error_responses(*codes: int) -> dict[int, OpenApiResponse]:
    return {code: OpenApiResponse(description="Error body: {error: {code, message, fields}}") for code in codes}


class PreflightView(APIView):
    """Ask before any call to an external model: allow, redact or deny, with the audit record committed."""

    authentication_classes = [ServiceKeyAuthentication]
    permission_classes = [IsServiceKey]
    database_error_code = "decision_unavailable"  # config.errors: a database error is a 503 with this code

    @extend_schema(
        request=PreflightInputSerializer,
        responses={
            200: PreflightOutputSerializer,
            **_error_responses(400, 401, 403, 404, 409, 413, 422, 429, 503),
        },
    )
    def post(self, request: Request) -> Response:
        started = time.perf_counter()
        limit = settings.CUSTOS_PREFLIGHT_MAX_BODY_BYTES
        declared = request.META.get("CONTENT_LENGTH") or "0"
        if (declared.isdigit() and int(declared) > limit) or len(request.body) > limit:
            raise ApiError(
                status_code=413,
                code="payload_too_large",
                message=f"The request body exceeds the limit of {limit} bytes.",
            )
        preflight_request = plain_request(request.data) or _validated_request(request.data)
        try:
            principal = cast(ServicePrincipal, request.user)
            result = preflight_decide(key=principal.key, request=preflight_request, registry=principal.registry)
        except PreflightError as exc:
            fields = {exc.field_name: [str(exc)]} if exc.field_name else {}
            raise ApiError(status_code=exc.status, code=exc.code, message=str(exc), fields=fields) from exc
        except classifier.ClassifierInputError as exc:
            raise ApiError(
                status_code=400, code="invalid_input", message=str(exc), fields={"input": [str(exc)]}
            ) from exc
        return Response(_body(result, preflight_request, started))


def _validated_request(data: Any) -> PreflightRequest:
    """The request through PreflightInputSerializer: every rule, coercion and error message."""
    serializer = PreflightInputSerializer(data=data)
    serializer.is_valid(raise_exception=True)
    values = serializer.validated_data
    return PreflightRequest(
        workload=values["workload"],
        destination=values["destination"],
        input=values.get("input"),
        messages=[_message(m) for m in values["messages"]] if "messages" in values else None,
        request_id=values.get("request_id"),
    )


_REQUEST_FIELDS = frozenset({"workload", "destination", "input", "messages", "request_id"})
_MESSAGE_FIELDS = frozenset({"role", "content", "name"})
_SLUG = re.compile(r"[-a-zA-Z0-9_]{1,64}")  # SlugField(max_length=64)
_NUL_OR_SURROGATE = re.compile("[\x00\ud800-\udfff]")  # what DRF's CharField validators refuse


def plain_request(data: Any) -> PreflightRequest | None:
    """The request the serializer would validate, when every field is already what it would keep; else None.

    Building DRF fields costs about 0.3 ms a request (a deep copy of the
    declared fields, and a per-character surrogate loop), ~3 % of a short
    payload's whole decision. Well-formed requests, the
    usual case, are checked here instead; anything else, and so every error
    message, goes through ``PreflightInputSerializer``. This accepts a subset
    of what the serializer accepts, with the same result (tested against it).
    """
    if not isinstance(data, dict) or not data.keys() <= _REQUEST_FIELDS or ("input" in data) == ("messages" in data):
        return None
    workload, destination = data.get("workload"), data.get("destination")
    if not _is_slug(workload) or not _is_slug(destination):
        return None
    request_id = data.get("request_id")
    if "request_id" in data and not _is_trimmed_text(request_id, max_length=128):
        return None
    if "input" in data:
        if not _is_text(data["input"]):
            return None
        return PreflightRequest(workload, destination, input=data["input"], request_id=request_id)
    messages = data["messages"]
    if not isinstance(messages, list) or not 0 < len(messages) <= settings.CUSTOS_PREFLIGHT_MAX_MESSAGES:
        return None
    for message in messages:
        if not (
            isinstance(message, dict)
            and message.keys() <= _MESSAGE_FIELDS
            and message.get("role") in MESSAGE_ROLES
            and _is_text(message.get("content"))
            and ("name" not in message or _is_trimmed_text(message["name"], max_length=128))
        ):
            return None
    return PreflightRequest(
        workload,
        destination,
        messages=[_message(m) for m in messages],
        request_id=request_id,
    )


def _message(message: dict[str, Any]) -> dict[str, Any]:
    """Role, content and, when sent, name: every string in it is screened (and redacted)."""
    kept = {"role": message["role"], "content": message["content"]}
    if "name" in message:
        kept["name"] = message["name"]
    return kept


def _is_slug(value: Any) -> TypeGuard[str]:
    return isinstance(value, str) and _SLUG.fullmatch(value) is not None


def _is_text(value: Any) -> bool:
    """A TextField value kept as sent: a str without NUL or surrogate characters."""
    return isinstance(value, str) and _NUL_OR_SURROGATE.search(value) is None


def _is_trimmed_text(value: Any, *, max_length: int) -> bool:
    """A CharField value DRF would keep unchanged: not blank, no surrounding whitespace, not too long."""
    return _is_text(value) and 0 < len(value) <= max_length and value == value.strip()


def _body(result: PreflightResult, request: PreflightRequest, started: float) -> dict[str, Any]:
    decision = result.decision
    body: dict[str, Any] = {
        "decision": decision.outcome,
        "reasons": decision.reasons,
        "classification": result.classification,
        "alternatives": decision.alternatives,
        "decision_id": str(decision.id),
        "audit": {"seq": decision.audit_seq, "hash": decision.audit_hash},
        "policy_version": decision.policy_version.number if decision.policy_version else None,
        "latency_ms": round((time.perf_counter() - started) * 1000, 2),
        "replayed": result.replayed,
    }
    if result.redacted_texts is not None:
        if request.messages is not None:
            body["redacted_messages"] = request.with_texts(result.redacted_texts)
        else:
            body["redacted_input"] = result.redacted_texts[0]
        # Offsets, not values: the caller holds its own texts and restores a model's answer from them.
        body["redactions"] = [
            [{"start": r.start, "end": r.end, "placeholder": f"<{r.placeholder}>"} for r in replacements]
            for replacements in result.replacements or ()
        ]
    return body


class DecisionDetailView(APIView):
    """One of the calling key's own decisions, metadata only."""

    authentication_classes = [ServiceKeyAuthentication]
    permission_classes = [IsServiceKey]

    @extend_schema(responses={200: DecisionSerializer, **_error_responses(401, 404, 409)})
    def get(self, request: Request, decision_id: str) -> Response:
        # Only what the audit log vouches for: a row that differs from its event is not reported as the decision.
        try:
            decision = decision_get_verified(decision_id, service_key=cast(ServiceKey, request.auth))
        except (Decision.DoesNotExist, ValidationError) as exc:
            raise Http404("No such decision.") from exc
        except DecisionUnverifiable as exc:
            raise ApiError(status_code=409, code="decision_unverifiable", message=str(exc)) from exc
        return Response(DecisionSerializer(decision).data)
