"""Sign-in pages: password (with the second factor), sign-out (with the provider's), enrolment, sign-out everywhere."""

from __future__ import annotations

from base64 import b32encode
from typing import Any
from urllib.parse import urlencode

import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp import match_token
from django_otp.plugins.otp_static.models import StaticDevice

from access.decorators import role_required
from access.roles import ADMINISTRATOR, has_role
from audit.actors import Actor
from identity import selectors, services
from identity.forms import CodeForm
from identity.oidc import oidc_enabled, provider_logout_url
from identity.sessions import EndReason, client_address

MFA_FAILURES_KEY = "custos_mfa_failures"


class LoginView(auth_views.LoginView):
    """The password sign-in (break-glass and small installations), offering the provider's when one is set."""

    template_name = "registration/login.html"
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return {**super().get_context_data(**kwargs), "oidc_enabled": oidc_enabled()}

    def form_valid(self, form: AuthenticationForm) -> HttpResponse:
        response = super().form_valid(form)
        user = form.get_user()
        services.session_begin(self.request, method=services.Method.PASSWORD)
        pending = selectors.mfa_enrolled(user) or (
            settings.CUSTOS_MFA_REQUIRED and selectors.mfa_required_by_role(user)
        )
        services.login_record(
            user=user, method=services.Method.PASSWORD, source=client_address(self.request), mfa_pending=pending
        )
        return response

    def form_invalid(self, form: AuthenticationForm) -> HttpResponse:
        services.login_failure_record(
            username=str(self.request.POST.get("username", ""))[:150],
            factor=services.Factor.PASSWORD,
            source=client_address(self.request),
        )
        return super().form_invalid(form)


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    """Sign out here, then at the provider when the session came from one that can end its own session."""
    target = provider_logout_url(request) or settings.LOGOUT_REDIRECT_URL
    services.session_end(request, reason=EndReason.SIGNED_OUT)
    return HttpResponseRedirect(target)


def _next_url(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or settings.LOGIN_REDIRECT_URL
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return str(settings.LOGIN_REDIRECT_URL)
    return str(target)


@login_required
def mfa_setup_view(request: HttpRequest) -> HttpResponse:
    """Enrol an authenticator app: scan the QR code, type its code, receive recovery codes once."""
    user = request.user
    if selectors.mfa_enrolled(user) and not user.is_verified():  # type: ignore[union-attr]
        # Replacing the authenticator needs the current one: a stolen password alone must not enrol a new phone.
        return redirect(f"{reverse('mfa-verify')}?{urlencode({'next': request.path})}")
    device = services.totp_device_pending(user=user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        codes = services.mfa_enrol(user=user, device=device, token=form.cleaned_data["code"])
        if codes is not None:
            otp_login(request, device)
            request.session.pop(MFA_FAILURES_KEY, None)
            return render(request, "identity/recovery_codes.html", {"codes": codes, "next": _next_url(request)})
        form.add_error("code", "That code is not the one your authenticator shows now. Try the next one.")
    qr = segno.make(device.config_url, error="m")
    context = {
        "form": form,
        "qr_svg": qr.svg_inline(scale=4, dark="#111", light="#fff"),
        "secret": _base32(device.bin_key),
        "next": _next_url(request),
        "enrolled": selectors.mfa_enrolled(user),
    }
    return render(request, "identity/mfa_setup.html", context)


def _base32(key: bytes) -> str:
    return b32encode(key).decode("ascii").rstrip("=")


@login_required
def mfa_verify_view(request: HttpRequest) -> HttpResponse:
    """The second step of a password sign-in: the authenticator's code, or one recovery code."""
    user = request.user
    if not selectors.mfa_enrolled(user):
        return redirect("mfa-setup")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            request.session.pop(MFA_FAILURES_KEY, None)
            kind = "recovery_code" if isinstance(device, StaticDevice) else "totp"
            services.mfa_verify_record(user=user, device_kind=kind, source=client_address(request))
            return HttpResponseRedirect(_next_url(request))
        # Counted like a wrong password: django-axes (lockout) and the aggregated audit event.
        user_login_failed.send(sender=__name__, credentials={"username": user.get_username()}, request=request)
        services.login_failure_record(
            username=user.get_username(), factor=services.Factor.TOTP, source=client_address(request)
        )
        failures = int(request.session.get(MFA_FAILURES_KEY, 0)) + 1
        request.session[MFA_FAILURES_KEY] = failures
        if failures >= settings.CUSTOS_LOGIN_FAILURE_LIMIT:
            services.session_end(request, reason=EndReason.MFA_FAILURES)
            messages.error(request, "Too many wrong codes: sign in again.")
            return redirect("login")
        form.add_error("code", "That code is not valid. Try again.")
    return render(request, "identity/mfa_verify.html", {"form": form, "next": _next_url(request)})


@login_required
def security_view(request: HttpRequest) -> HttpResponse:
    """The person's own sign-in settings: second factor, sign-out everywhere."""
    context = {
        "enrolled": selectors.mfa_enrolled(request.user),
        "mfa_required": settings.CUSTOS_MFA_REQUIRED,
        "people": selectors.people_for_administrator() if _is_administrator(request.user) else [],
    }
    return render(request, "identity/security.html", context)


@login_required
@require_POST
def sign_out_everywhere_view(request: HttpRequest) -> HttpResponse:
    """End all of one's own sessions, this one included."""
    services.sign_out_everywhere(user=request.user, actor=Actor.for_user(request.user))
    return redirect("login")


def _is_administrator(user: Any) -> bool:
    return has_role(user, ADMINISTRATOR)


@require_POST
@role_required(_is_administrator, required_role=ADMINISTRATOR)
def user_sign_out_everywhere_view(request: HttpRequest, user_id: int) -> HttpResponse:
    """An administrator ends every session of another person (a lost laptop, a leaver)."""
    target = selectors.user_by_id(user_id)
    if target is None:
        raise Http404("No such user.")
    services.sign_out_everywhere(user=target, actor=Actor.for_user(request.user))
    messages.success(request, f"Every session of {target.get_username()} has ended.")
    return redirect("security")


def admin_login_view(request: HttpRequest, extra_context: dict[str, Any] | None = None) -> HttpResponse:
    """The admin site's sign-in: sent to the one sign-in page, so the admin gets the same lockout, second factor,
    session rules and ``auth.login`` events as the rest of Custos (its own form would bypass them).

    Someone already signed in without the staff flag is refused here, not sent back to a sign-in page that
    would return them to the admin, and so on.
    """
    if request.user.is_authenticated:
        raise PermissionDenied("The admin site is for staff accounts.")
    target = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = reverse("admin:index")
    return redirect(f"{reverse('login')}?{urlencode({'next': target})}")
