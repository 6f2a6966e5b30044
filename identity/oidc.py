"""OpenID Connect sign-in (authorisation code + PKCE) on top of mozilla-django-oidc.

mozilla-django-oidc reads the provider's endpoints from settings; Custos is
given only the issuer and reads them from the issuer's discovery document
(``/.well-known/openid-configuration``) at first use, kept for
``CUSTOS_OIDC_DISCOVERY_CACHE_S``. Nothing here runs while
``CUSTOS_OIDC_ISSUER`` is empty, so the local sign-in never waits on a
provider that is down.

Accounts are matched on (issuer, subject), never on e-mail or user name: a
provider account must not take over a local break-glass account that
happens to share its name.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any
from urllib.parse import urlencode

import requests
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured, SuspiciousOperation
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from mozilla_django_oidc.auth import OIDCAuthenticationBackend
from mozilla_django_oidc.utils import import_from_settings
from mozilla_django_oidc.views import OIDCAuthenticationCallbackView, OIDCAuthenticationRequestView

from access.roles import ADMINISTRATOR, AUDITOR, COMPLIANCE_OFFICER
from identity import services
from identity.sessions import client_address

logger = logging.getLogger(__name__)

ROLE_ALIASES = {
    "officer": COMPLIANCE_OFFICER,
    COMPLIANCE_OFFICER: COMPLIANCE_OFFICER,
    "auditor": AUDITOR,
    "administrator": ADMINISTRATOR,
    "admin": ADMINISTRATOR,
}
# mozilla-django-oidc setting -> discovery document field.
_DISCOVERED = {
    "OIDC_OP_AUTHORIZATION_ENDPOINT": "authorization_endpoint",
    "OIDC_OP_TOKEN_ENDPOINT": "token_endpoint",
    "OIDC_OP_USER_ENDPOINT": "userinfo_endpoint",
    "OIDC_OP_JWKS_ENDPOINT": "jwks_uri",
}
REFUSAL_ATTRIBUTE = "custos_oidc_refusal"


class ProviderUnavailable(Exception):
    """The identity provider's discovery document could not be read or is not valid for the configured issuer."""


def oidc_enabled() -> bool:
    return bool(settings.CUSTOS_OIDC_ISSUER)


def role_map() -> dict[str, str]:
    """``CUSTOS_OIDC_ROLE_MAP`` ("group=role,...") as {group: Custos role}; a bad entry is a configuration error."""
    mapping: dict[str, str] = {}
    for entry in settings.CUSTOS_OIDC_ROLE_MAP.split(","):
        if not entry.strip():
            continue
        group, separator, role = entry.strip().rpartition("=")
        if not separator or not group or role.strip() not in ROLE_ALIASES:
            raise ImproperlyConfigured(
                f"CUSTOS_OIDC_ROLE_MAP entry {entry.strip()!r} must read group=role, role one of officer, auditor, administrator."
            )
        mapping[group.strip()] = ROLE_ALIASES[role.strip()]
    return mapping


def roles_from_claims(claims: dict[str, Any]) -> set[str]:
    """The Custos roles the provider's claim gives; a claim may be a list of groups or one space-separated string."""
    value = claims.get(settings.CUSTOS_OIDC_ROLES_CLAIM) or []
    groups = value.split() if isinstance(value, str) else [str(group) for group in value]
    mapping = role_map()
    return {mapping[group] for group in groups if group in mapping}


_metadata_lock = threading.Lock()
_metadata: dict[str, tuple[float, dict[str, Any]]] = {}


def provider_metadata() -> dict[str, Any]:
    """The issuer's discovery document, fetched at first use and kept for ``CUSTOS_OIDC_DISCOVERY_CACHE_S``."""
    issuer = settings.CUSTOS_OIDC_ISSUER
    now = time.monotonic()
    with _metadata_lock:
        cached = _metadata.get(issuer)
        if cached and cached[0] > now:
            return cached[1]
    url = f"{issuer}/.well-known/openid-configuration"
    try:
        response = requests.get(url, timeout=settings.OIDC_TIMEOUT)
        response.raise_for_status()
        document = response.json()
    except (requests.RequestException, ValueError) as exc:
        raise ProviderUnavailable(f"cannot read {url}: {exc}") from exc
    # OpenID Connect Discovery 1.0, section 4.3: the document must name the issuer it was fetched for.
    if not isinstance(document, dict) or document.get("issuer", "").rstrip("/") != issuer:
        raise ProviderUnavailable(
            f"{url} names another issuer: {document.get('issuer') if isinstance(document, dict) else None!r}"
        )
    missing = [field for field in _DISCOVERED.values() if not document.get(field)]
    if missing:
        raise ProviderUnavailable(f"{url} lacks {', '.join(missing)}")
    with _metadata_lock:
        _metadata[issuer] = (now + settings.CUSTOS_OIDC_DISCOVERY_CACHE_S, document)
    return document


def id_token_claims_check(payload: dict[str, Any]) -> None:
    """OpenID Connect Core 3.1.3.7: the ID token is from our issuer, for our client, and not expired.

    mozilla-django-oidc checks the signature and the nonce but neither audience nor issuer.
    """
    client_id = settings.OIDC_RP_CLIENT_ID
    audience = payload.get("aud")
    audiences = [audience] if isinstance(audience, str) else list(audience or [])
    if str(payload.get("iss", "")).rstrip("/") != settings.CUSTOS_OIDC_ISSUER:
        raise SuspiciousOperation("The ID token is from another issuer.")
    if client_id not in audiences or (len(audiences) > 1 and payload.get("azp") != client_id):
        raise SuspiciousOperation("The ID token is for another client.")
    if float(payload.get("exp", 0)) < time.time():
        raise SuspiciousOperation("The ID token has expired.")


def oidc_setting(attr: str, *args: Any) -> Any:
    """mozilla-django-oidc's settings, the provider's endpoints taken from discovery."""
    if attr in _DISCOVERED:
        return provider_metadata()[_DISCOVERED[attr]]
    return import_from_settings(attr, *args)


class OidcBackend(OIDCAuthenticationBackend):
    """Signs in a person the provider vouches for: account by (issuer, subject), roles from the claim."""

    get_settings = staticmethod(oidc_setting)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # The base class reads every endpoint here; Django builds a backend for every sign-in and every request
        # of a signed-in user, so the endpoints are read lazily (properties below), and only for OIDC sign-ins.
        self.UserModel = get_user_model()

    @property
    def OIDC_OP_TOKEN_ENDPOINT(self) -> str:
        return str(oidc_setting("OIDC_OP_TOKEN_ENDPOINT"))

    @property
    def OIDC_OP_USER_ENDPOINT(self) -> str:
        return str(oidc_setting("OIDC_OP_USER_ENDPOINT"))

    @property
    def OIDC_OP_JWKS_ENDPOINT(self) -> str:
        return str(oidc_setting("OIDC_OP_JWKS_ENDPOINT"))

    @property
    def OIDC_RP_CLIENT_ID(self) -> str:
        return str(settings.OIDC_RP_CLIENT_ID)

    @property
    def OIDC_RP_CLIENT_SECRET(self) -> str:
        return str(settings.OIDC_RP_CLIENT_SECRET)

    @property
    def OIDC_RP_SIGN_ALGO(self) -> str:
        return str(settings.OIDC_RP_SIGN_ALGO)

    OIDC_RP_IDP_SIGN_KEY = None

    def authenticate(self, request: HttpRequest | None, **kwargs: Any) -> Any:
        # Only the callback view passes a nonce: a password form posted with ?code=&state= is not an OIDC sign-in.
        if request is None or "nonce" not in kwargs or not oidc_enabled():
            return None
        return super().authenticate(request, **kwargs)

    def verify_token(self, token: str, **kwargs: Any) -> Any:
        payload = super().verify_token(token, **kwargs)
        if "nonce" in kwargs:  # the ID token (a signed UserInfo answer comes without one)
            id_token_claims_check(payload)
        return payload

    def get_or_create_user(self, access_token: str, id_token: str, payload: dict[str, Any]) -> Any:
        claims = self.get_userinfo(access_token, id_token, payload)
        subject = str(payload.get("sub") or "")
        # OpenID Connect Core 5.3.2: the UserInfo response's sub must be the ID token's.
        if not subject or str(claims.get("sub") or "") != subject:
            raise SuspiciousOperation("The UserInfo subject does not match the ID token's.")
        outcome = services.oidc_account_sync(
            issuer=settings.CUSTOS_OIDC_ISSUER,
            subject=subject,
            username_hint=str(claims.get("preferred_username") or claims.get("email") or subject),
            email=str(claims.get("email") or ""),
            roles=roles_from_claims(claims),
            groups_seen=len(claims.get(settings.CUSTOS_OIDC_ROLES_CLAIM) or []),
            source=client_address(self.request),
        )
        if outcome.refused:
            setattr(self.request, REFUSAL_ATTRIBUTE, outcome.user)
            return None
        return outcome.user


class OidcSignInView(OIDCAuthenticationRequestView):
    """Sends the browser to the provider (state, nonce and PKCE challenge kept in the session)."""

    get_settings = staticmethod(oidc_setting)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super(OIDCAuthenticationRequestView, self).__init__(*args, **kwargs)  # endpoints are read per request

    def get(self, request: HttpRequest) -> HttpResponse:
        if not oidc_enabled():
            return render(request, "404.html", status=404)
        try:
            self.OIDC_OP_AUTH_ENDPOINT = oidc_setting("OIDC_OP_AUTHORIZATION_ENDPOINT")
        except ProviderUnavailable:
            logger.warning("identity provider unavailable", exc_info=True)
            return _provider_error(request, status=503)
        self.OIDC_RP_CLIENT_ID = settings.OIDC_RP_CLIENT_ID
        response: HttpResponse = super().get(request)
        return response


class OidcCallbackView(OIDCAuthenticationCallbackView):
    """The provider's answer: a bad state or nonce is refused (400), a person with no Custos role gets 403."""

    get_settings = staticmethod(oidc_setting)

    def get(self, request: HttpRequest) -> HttpResponse:
        if not oidc_enabled():
            return render(request, "404.html", status=404)
        try:
            response: HttpResponse = super().get(request)
        except SuspiciousOperation as exc:
            # A forged or replayed callback (unknown state, wrong nonce, bad signature): counted and refused.
            logger.warning("refused OIDC callback: %s", exc)
            services.login_failure_record(username="", factor=services.Factor.OIDC, source=client_address(request))
            return _provider_error(request, status=400)
        except (ProviderUnavailable, requests.RequestException):
            logger.warning("identity provider unavailable or refused the code", exc_info=True)
            return _provider_error(request, status=502)
        return response

    def login_success(self) -> HttpResponse:
        response: HttpResponse = super().login_success()
        services.session_begin(self.request, method=services.Method.OIDC)
        services.login_record(user=self.user, method=services.Method.OIDC, source=client_address(self.request))
        return response

    def login_failure(self) -> HttpResponse:
        refused_user = getattr(self.request, REFUSAL_ATTRIBUTE, None)
        if refused_user is not None:
            return render(
                self.request,
                "403.html",
                {"required_role": "a group the identity provider maps to a Custos role"},
                status=403,
            )
        response: HttpResponse = super().login_failure()
        return response


def _provider_error(request: HttpRequest, *, status: int) -> HttpResponse:
    return render(request, "identity/provider_error.html", {"status": status}, status=status)


def provider_logout_url(request: HttpRequest) -> str | None:
    """The provider's end-session URL for this session, or None when it has none (or the session is not OIDC)."""
    id_token = request.session.get("oidc_id_token")
    if not oidc_enabled() or not id_token:
        return None
    try:
        end_session = provider_metadata().get("end_session_endpoint")
    except ProviderUnavailable:
        logger.warning("identity provider unavailable at sign-out; ending the local session only", exc_info=True)
        return None
    if not end_session:
        return None
    query = urlencode(
        {
            "id_token_hint": id_token,
            "client_id": settings.OIDC_RP_CLIENT_ID,
            "post_logout_redirect_uri": request.build_absolute_uri(reverse("login")),
        }
    )
    return f"{end_session}{'&' if '?' in end_session else '?'}{query}"
