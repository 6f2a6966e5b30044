"""Session rules (idle timeout, absolute lifetime, sign-out everywhere) and the second factor's enforcement."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import NoReverseMatch, reverse

from config.errors import error_body
from identity import selectors, services
from identity.sessions import METHOD_KEY, SEEN_KEY, STARTED_KEY, session_end_reason

# The last-seen time is written at most this often: a session save per request would be a database write per request.
SEEN_RESOLUTION_S = 15


def _wants_html(request: HttpRequest) -> bool:
    return not request.path.startswith("/api/")


def _untouched(request: HttpRequest) -> bool:
    """Paths whose requests never read the session: static files, and the health check, which must answer
    (503) while the database, where sessions live, is down."""
    static = settings.STATIC_URL if settings.STATIC_URL.startswith("/") else f"/{settings.STATIC_URL}"
    if request.path.startswith(static):
        return True
    try:
        return request.path == reverse("healthz")
    except NoReverseMatch:  # a URL configuration without the health check (a test's own)
        return False


def _signed_in(request: HttpRequest) -> bool:
    """Whether the request carries a signed-in session. Reading it needs the database: when that is down,
    an API request still gets its JSON 503 from the view (which fails on the same read), not a 500 here."""
    user = getattr(request, "user", None)
    if user is None or _untouched(request):
        return False
    try:
        return bool(user.is_authenticated)
    except DatabaseError:
        if _wants_html(request):
            raise
        return False


class SessionMiddleware:
    """Ends a session that was idle too long, is too old, or was signed out everywhere; audited."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if _signed_in(request):
            user = request.user
            session = request.session
            now = time.time()
            if STARTED_KEY not in session:
                # Signed in by a path that does not stamp sessions (Django's admin login): the rules start now.
                session[STARTED_KEY] = now
                session[SEEN_KEY] = now
                session.setdefault(METHOD_KEY, services.Method.PASSWORD)
            reason = session_end_reason(session, not_before=selectors.session_not_before(user), now=now)
            if reason is not None:
                services.session_end(request, reason=reason)
                if _wants_html(request) and request.method == "GET":
                    login = reverse("login")
                    return HttpResponseRedirect(f"{login}?{urlencode({'next': request.get_full_path()})}")
            elif now - float(session.get(SEEN_KEY, 0)) >= SEEN_RESOLUTION_S:
                session[SEEN_KEY] = now
        return self.get_response(request)


# Pages a person who still owes their second factor may open: signing in and out, and the second factor itself.
_MFA_OPEN_URL_NAMES = {"login", "logout", "mfa-setup", "mfa-verify", "oidc-authenticate", "oidc-callback"}


class MfaMiddleware:
    """A password session that owes a second factor reaches only the sign-in pages until it gives one.

    Owed by anyone with a confirmed device, and, with ``CUSTOS_MFA_REQUIRED``, by officers and
    administrators (who are sent to enrol). Sessions from the identity provider are exempt: the
    provider enforces its own second factor.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self._open_paths: set[str] | None = None

    def _is_open(self, request: HttpRequest) -> bool:
        if self._open_paths is None:
            paths = set()
            for name in _MFA_OPEN_URL_NAMES:
                with contextlib.suppress(NoReverseMatch):  # a URL configuration without sign-in pages (a test's own)
                    paths.add(reverse(name))
            self._open_paths = paths
        return request.path in self._open_paths

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user: Any = getattr(request, "user", None) if _signed_in(request) else None  # django-otp adds is_verified()
        if (
            user is not None
            and request.session.get(METHOD_KEY) != services.Method.OIDC
            and not user.is_verified()
            and not self._is_open(request)
        ):
            enrolled = selectors.mfa_enrolled(user)
            if enrolled or (settings.CUSTOS_MFA_REQUIRED and selectors.mfa_required_by_role(user)):
                if not _wants_html(request):
                    return JsonResponse(
                        error_body("mfa_required", "A second factor is required: sign in again in the web UI."),
                        status=403,
                    )
                target = reverse("mfa-verify" if enrolled else "mfa-setup")
                return HttpResponseRedirect(f"{target}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)
