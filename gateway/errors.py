"""OpenAI-style error bodies, so that OpenAI SDKs raise their usual exceptions with a useful message."""

from __future__ import annotations

from typing import Any

from django.http import JsonResponse


class GatewayError(Exception):
    """An answer other than the upstream's: ``{"error": {"message", "type", "param", "code", ...}}``."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str = "invalid_request_error",
        code: str | None = None,
        param: str | None = None,
        extra: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ):
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.code = code
        self.param = param
        self.extra = extra or {}
        self.headers = headers or {}

    def response(self) -> JsonResponse:
        body = {"message": self.message, "type": self.type, "param": self.param, "code": self.code, **self.extra}
        response = JsonResponse({"error": body}, status=self.status)
        for name, value in self.headers.items():
            response[name] = value
        return response
