"""Service-key authentication that also reads LiteLLM's and Presidio clients' ``X-Api-Key`` header."""

from __future__ import annotations

from typing import Any

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework.request import Request

from governance.api.auth import ServiceKeyAuthentication, ServicePrincipal
from governance.models import ServiceKey


class ServiceKeyOrApiKeyAuthentication(ServiceKeyAuthentication):
    """``Authorization: Bearer cst_...`` or ``X-Api-Key: cst_...``: LiteLLM sends a guardrail's ``api_key``
    as ``x-api-key``; the key itself is checked exactly as for the pre-flight."""

    def authenticate(self, request: Request) -> tuple[ServicePrincipal, ServiceKey] | None:
        api_key = request.META.get("HTTP_X_API_KEY")
        if api_key and not request.META.get("HTTP_AUTHORIZATION"):
            request.META["HTTP_AUTHORIZATION"] = f"Bearer {api_key}"
            # Django caches request.headers (built from META) on first use: build it again from the new META.
            request._request.__dict__.pop("headers", None)
        return super().authenticate(request)


class ServiceKeyOrApiKeyAuthenticationScheme(OpenApiAuthenticationExtension):
    """Describes the two ways in the OpenAPI schema: the pre-flight's bearer key, or the same key as X-Api-Key."""

    target_class = "integrations.api.auth.ServiceKeyOrApiKeyAuthentication"
    name = "serviceKeyApiKey"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {"type": "apiKey", "in": "header", "name": "X-Api-Key"}

    def get_security_requirement(self, auto_schema: Any) -> list[dict[str, list[str]]]:
        return [{"serviceKey": []}, {self.name: []}]
