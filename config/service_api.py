"""The service API's own middleware stack: the pre-flight without the web UI's middleware.

A pre-flight request carries a service key and gets JSON back. Sessions,
CSRF, sign-in, the second factor, session rules, time zones, messages,
static files and the login lockout are the web UI's: each of them runs on
every request all the same (about 0.2 ms of a ~10 ms decision, measured
in-process), and none of them changes what a service-key view does: these
views authenticate with ``ServiceKeyAuthentication`` only, and DRF exempts
them from CSRF. So the WSGI application sends these paths through a handler
built with ``SERVICE_API_MIDDLEWARE``, which keeps the middleware that sets
response headers and validates the Host header, in the same order, and
every other path through the full stack.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler

# Exact paths, and path prefixes ending in "/", of views that authenticate with a service key only.
SERVICE_API_PATHS = frozenset({"/api/v1/preflight"})
SERVICE_API_PREFIXES = ("/api/v1/decisions/",)
# Of settings.MIDDLEWARE, what the service API keeps: headers (HSTS, nosniff, CSP, frame options) and Host checks.
SERVICE_API_MIDDLEWARE = (
    "django.middleware.security.SecurityMiddleware",
    "config.csp.ContentSecurityPolicyMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
)


def is_service_api(path: str) -> bool:
    return path in SERVICE_API_PATHS or path.startswith(SERVICE_API_PREFIXES)


class ServiceApiHandler(WSGIHandler):
    """A WSGI handler whose middleware is the part of settings.MIDDLEWARE named in SERVICE_API_MIDDLEWARE."""

    def load_middleware(self, is_async: bool = False) -> None:
        # BaseHandler builds its chain from settings.MIDDLEWARE; it is read here once, at start-up.
        full = settings.MIDDLEWARE
        settings.MIDDLEWARE = [path for path in full if path in SERVICE_API_MIDDLEWARE]
        try:
            super().load_middleware(is_async)
        finally:
            settings.MIDDLEWARE = full


class ServiceApiRouter:
    """The WSGI application: service-key API paths to ServiceApiHandler, everything else to Django's handler."""

    def __init__(self, site: WSGIHandler) -> None:
        self.site = site
        self.service = ServiceApiHandler()

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        handler = self.service if is_service_api(environ.get("PATH_INFO", "")) else self.site
        return handler(environ, start_response)
