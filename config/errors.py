"""One machine-readable error body for every API failure.

Shape: ``{"error": {"code": str, "message": str, "fields": {name: [messages]}}}``.
``fields`` names the offending input fields for validation errors (nested
fields are joined with dots, list items by index) and is empty otherwise.

A database that cannot be reached or written (any ``DatabaseError``) is a 503
with this body, never Django's HTML page: ``decision_unavailable`` for views
that decide (their ``database_error_code``), ``service_unavailable`` for the
rest. A ``DataError`` (a value the database cannot take, such as a NUL
character in a query filter) is the caller's input: 400 ``invalid``. Errors
outside DRF under ``/api/`` get the same body (``handler500``).
"""

from __future__ import annotations

import logging
import sys
from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DatabaseError, DataError, InterfaceError, OperationalError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.views import defaults
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler, set_rollback

logger = logging.getLogger(__name__)

API_PREFIX = "/api/"


class ApiError(exceptions.APIException):
    """An API error with its own status and code, e.g. an invalid lifecycle transition."""

    def __init__(self, *, status_code: int, code: str, message: str, fields: dict[str, list[str]] | None = None):
        super().__init__(detail=message, code=code)
        self.status_code = status_code
        self.error_code = code
        self.fields = fields or {}


def flatten_errors(detail: Any, prefix: str = "") -> dict[str, list[str]]:
    if isinstance(detail, dict):
        flat: dict[str, list[str]] = {}
        for key, value in detail.items():
            # non_field_errors is an error of the object itself: name it by the object's own path.
            own = key == "non_field_errors"
            name = (prefix or "__all__") if own else (f"{prefix}.{key}" if prefix else str(key))
            flat.update(flatten_errors(value, name))
        return flat
    if isinstance(detail, list) and detail and all(isinstance(item, (str, exceptions.ErrorDetail)) for item in detail):
        return {prefix or "__all__": [str(item) for item in detail]}
    if isinstance(detail, list):
        flat = {}
        for index, value in enumerate(detail):
            flat.update(flatten_errors(value, f"{prefix}.{index}" if prefix else str(index)))
        return flat
    return {prefix or "__all__": [str(detail)]}


def error_body(code: str, message: str, fields: dict[str, list[str]] | None = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "fields": fields or {}}}


def database_unavailable_body(code: str = "service_unavailable") -> dict[str, Any]:
    if code == "decision_unavailable":
        message = (
            "No decision: the database is unavailable. External destinations fail closed; do not send the payload."
        )
    else:
        message = "The database is unavailable; try again later."
    return error_body(code, message)


def _log_database_error(exc: BaseException) -> None:
    # Unreachable or stopped: expected in an outage, one line. Anything else may be a bug: the traceback.
    if isinstance(exc, (OperationalError, InterfaceError)):
        logger.warning("database unavailable: %s", type(exc.__cause__ or exc).__name__)
    else:
        logger.error("database error answered with 503", exc_info=exc)


def api_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    if isinstance(exc, DataError):
        # A value the database cannot take (a NUL character in a filter, a number out of range): the caller's input.
        set_rollback()
        message = "Invalid input: a value the database cannot store or compare (e.g. a NUL character)."
        return Response(error_body("invalid", message), status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, DatabaseError):
        _log_database_error(exc)
        set_rollback()
        code = getattr(context.get("view"), "database_error_code", "service_unavailable")
        return Response(database_unavailable_body(code), status=status.HTTP_503_SERVICE_UNAVAILABLE)
    if isinstance(exc, DjangoValidationError):
        fields = exc.message_dict if hasattr(exc, "error_dict") else {"__all__": exc.messages}
        exc = exceptions.ValidationError(fields)
    if isinstance(exc, ApiError):
        return Response(error_body(exc.error_code, str(exc.detail), exc.fields), status=exc.status_code)
    if isinstance(exc, Http404):
        exc = exceptions.NotFound(str(exc) or "Not found.")
    response = exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        fields = flatten_errors(exc.detail)
        names = ", ".join(sorted(fields))
        response.data = error_body("invalid", f"Invalid input: {names}.", fields)
        response.status_code = status.HTTP_400_BAD_REQUEST
    elif isinstance(exc, exceptions.APIException):
        code = exc.get_codes() if isinstance(exc.get_codes(), str) else exc.default_code
        response.data = error_body(str(code), str(exc.detail))
    return response


def server_error(request: HttpRequest) -> HttpResponse:
    """``handler500``: under ``/api/`` the JSON error body (503 for a database error), elsewhere Django's page."""
    if not request.path.startswith(API_PREFIX):
        return defaults.server_error(request)
    exc = sys.exc_info()[1]  # Django calls handler500 inside the except block of the failed request
    if isinstance(exc, DatabaseError):
        _log_database_error(exc)
        return JsonResponse(database_unavailable_body(), status=503)
    return JsonResponse(error_body("server_error", "The server failed to answer this request."), status=500)


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """``handler404``: under ``/api/`` the JSON error body, elsewhere Django's page."""
    if not request.path.startswith(API_PREFIX):
        return defaults.page_not_found(request, exception)
    return JsonResponse(error_body("not_found", "No API endpoint at this address."), status=404)
