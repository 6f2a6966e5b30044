"""The integrations' HTTP doors: LiteLLM's guardrail endpoint, the Presidio-compatible API, model routes."""

from __future__ import annotations

import logging
from typing import Any, cast

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiTypes, extend_schema
from rest_framework import exceptions, mixins, status, viewsets
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

import classifier
from audit.actions import AuditAction
from audit.actors import Actor
from governance.api.auth import IsServiceKey, ServicePrincipal
from integrations import guardrail, presidio, selectors, services
from integrations.api.auth import ServiceKeyOrApiKeyAuthentication
from integrations.api.serializers import ModelRouteSerializer
from integrations.models import ModelRoute

logger = logging.getLogger(__name__)


class LiteLLMGuardrailView(APIView):
    """LiteLLM's Generic Guardrail API: ``BLOCKED``, ``GUARDRAIL_INTERVENED`` or ``NONE`` for each call.

    Every answer is HTTP 200, failures included (``BLOCKED``, with the reason): a LiteLLM configured to
    let errors through (``fail_on_error: false``) still cannot pass a call Custos did not clear.
    """

    authentication_classes = [ServiceKeyOrApiKeyAuthentication]
    permission_classes = [IsServiceKey]

    @extend_schema(request=OpenApiTypes.OBJECT, responses={200: OpenApiTypes.OBJECT})
    def post(self, request: Request) -> Response:
        limit = settings.CUSTOS_PREFLIGHT_MAX_BODY_BYTES
        if len(request.body) > limit:
            return Response(guardrail.blocked(f"the request body exceeds {limit} bytes.").as_json())
        principal = cast(ServicePrincipal, request.user)
        if not isinstance(request.data, dict):
            return Response(guardrail.blocked("send a JSON object.").as_json())
        answer = guardrail.guardrail_check(
            key=principal.key, workload_ids=principal.workload_ids, registry=principal.registry, body=request.data
        )
        return Response(answer.as_json())

    def handle_exception(self, exc: Exception) -> Response:
        # Authentication, rate limits, unreadable JSON: still an answer LiteLLM blocks on, never a pass.
        if not isinstance(exc, exceptions.APIException):
            logger.exception("LiteLLM guardrail request failed")
        detail = exc.detail if isinstance(exc, exceptions.APIException) else type(exc).__name__
        return Response(guardrail.blocked(f"the request was refused ({detail}).").as_json())


class _PresidioView(APIView):
    """Presidio's REST servers answer errors as ``{"error": message}``; so do these views."""

    authentication_classes = [ServiceKeyOrApiKeyAuthentication]
    permission_classes = [IsServiceKey]

    def handle_exception(self, exc: Exception) -> Response:
        if isinstance(exc, presidio.PresidioRequestError):
            return Response({"error": str(exc)}, status=exc.status)
        if isinstance(exc, classifier.ClassifierInputError):
            return Response({"error": str(exc)}, status=400)
        if isinstance(exc, exceptions.APIException):
            response = super().handle_exception(exc)
            response.data = {"error": str(exc.detail)}
            return response
        logger.exception("Presidio-compatible request failed")
        return Response({"error": "Internal server error"}, status=500)

    def _check_size(self, request: Request) -> None:
        limit = settings.CUSTOS_PREFLIGHT_MAX_BODY_BYTES
        if len(request.body) > limit:
            raise presidio.PresidioRequestError(f"The request body exceeds the limit of {limit} bytes.", status=413)


class PresidioAnalyzeView(_PresidioView):
    """``POST /presidio/analyze``: Presidio's analyzer contract, answered by Custos's classifier."""

    @extend_schema(request=OpenApiTypes.OBJECT, responses={200: OpenApiTypes.OBJECT})
    def post(self, request: Request) -> Response:
        self._check_size(request)
        texts, batch, language = presidio.analyze_request(request.data)
        analyses = presidio.analyze(request.data, texts, language)
        principal = cast(ServicePrincipal, request.user)
        correlation_id = request.data.get("correlation_id")
        services.classification_record(
            key=principal.key,
            action=AuditAction.PRESIDIO_ANALYZE,
            texts=texts,
            classifications=[a.classification for a in analyses],
            details={
                "via": "presidio",
                "language": language,
                "batch": batch,
                "results": sum(len(a.results) for a in analyses),
                "correlation_id": correlation_id[:100] if isinstance(correlation_id, str) else None,
            },
        )
        results = [a.results for a in analyses]
        return Response(results if batch else results[0])


class PresidioAnonymizeView(_PresidioView):
    """``POST /presidio/anonymize``: Presidio's anonymizer contract (replace, redact, mask, hash, keep)."""

    @extend_schema(request=OpenApiTypes.OBJECT, responses={200: OpenApiTypes.OBJECT})
    def post(self, request: Request) -> Response:
        self._check_size(request)
        text, spans, operators = presidio.anonymize_request(request.data)
        result = presidio.anonymize(text, spans, operators)
        counts: dict[str, int] = {}
        for span in spans:
            counts[span.entity_type] = counts.get(span.entity_type, 0) + 1
        principal = cast(ServicePrincipal, request.user)
        services.classification_record(
            key=principal.key,
            action=AuditAction.PRESIDIO_ANONYMIZE,
            texts=[text],
            classifications=[],
            details={
                "via": "presidio",
                "analyzer_results": dict(sorted(counts.items())),
                "operators": sorted({str(c.get("type")) for c in operators.values()}),
                "items": len(result["items"]),
            },
        )
        return Response(result)


class PresidioSupportedEntitiesView(_PresidioView):
    """``GET /presidio/supportedentities``: the entity types the analyzer can return, in Presidio's names."""

    @extend_schema(responses={200: OpenApiTypes.OBJECT})
    def get(self, request: Request) -> Response:
        from classifier.engine import get_engine  # imported here: loading Presidio is for requests

        _language(request)
        return Response(sorted({presidio.presidio_name(name) for name in get_engine().levels.rules}))


class PresidioRecognizersView(_PresidioView):
    """``GET /presidio/recognizers``: the names of Custos's recognizers."""

    @extend_schema(responses={200: OpenApiTypes.OBJECT})
    def get(self, request: Request) -> Response:
        from classifier.engine import get_engine  # imported here: loading Presidio is for requests

        _language(request)
        return Response(sorted({str(getattr(r, "name", "")) for r in get_engine().analyzer.registry.recognizers}))


def _language(request: Request) -> None:
    from classifier.language import SUPPORTED_LANGUAGES

    language = request.query_params.get("language")
    if language and language not in SUPPORTED_LANGUAGES:
        raise presidio.PresidioRequestError(
            f"No matching recognizers were found to serve the request (language {language!r}; "
            f"Custos supports {', '.join(SUPPORTED_LANGUAGES)})."
        )


class PresidioHealthView(APIView):
    """``GET /presidio/health``: a liveness answer like Presidio's, without a key (for load balancers)."""

    authentication_classes: list[Any] = []
    permission_classes = [AllowAny]

    @extend_schema(responses={200: OpenApiTypes.STR})
    def get(self, request: Request) -> HttpResponse:
        return HttpResponse("Presidio Analyzer service is up (Custos)", content_type="text/plain")


class ModelRouteViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """LiteLLM model names and the catalogue destination each one calls: list, detail, save, delete."""

    lookup_field = "name"
    lookup_value_regex = r"[^/]+"
    serializer_class = ModelRouteSerializer

    def get_queryset(self) -> Any:
        return selectors.modelroute_list()

    def create(self, request: Request) -> Response:
        data = ModelRouteSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        route = services.modelroute_save(actor=Actor.for_user(request.user), **data.validated_data)
        return Response(ModelRouteSerializer(route).data, status=status.HTTP_201_CREATED)

    def destroy(self, request: Request, name: str) -> Response:
        route = get_object_or_404(ModelRoute.objects.select_related("destination"), name=name)
        services.modelroute_delete(actor=Actor.for_user(request.user), route=route)
        return Response(status=status.HTTP_204_NO_CONTENT)
