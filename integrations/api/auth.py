"""Service-key authentication that also reads LiteLLM's and Presidio clients' ``X-Api-Key`` header."""

from __future__ import annotations

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
