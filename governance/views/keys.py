"""Service keys: list, create (the plaintext shown once), revoke and rotate."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from access.decorators import edit_required, read_required
from access.roles import can_edit_registry
from config.forms import apply_errors
from governance import selectors, services
from governance.forms import ReasonForm, RotateForm, ServiceKeyForm
from governance.models import ServiceKey
from governance.views.common import actor_of, error_text, paginate


def _key_or_404(key_id: int) -> ServiceKey:
    try:
        return selectors.servicekey_get(key_id)
    except ServiceKey.DoesNotExist:
        raise Http404("No such service key.") from None


@read_required
def key_list_view(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    keys = [{"key": key, "state": key.state(now)} for key in selectors.servicekey_list()]
    return render(
        request,
        "governance/key_list.html",
        {"page": paginate(request, keys), "can_edit": can_edit_registry(request.user)},
    )


def _show_plaintext(
    request: HttpRequest, key: ServiceKey, plaintext: str, *, rotated_from: ServiceKey | None = None
) -> HttpResponse:
    response = render(
        request, "governance/key_created.html", {"key": key, "plaintext": plaintext, "rotated_from": rotated_from}
    )
    response["Cache-Control"] = "no-store"
    return response


@edit_required
@require_http_methods(["GET", "POST"])
def key_create_view(request: HttpRequest) -> HttpResponse:
    form = ServiceKeyForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            key, plaintext = services.servicekey_create(
                actor=actor_of(request),
                name=form.cleaned_data["name"],
                workloads=form.cleaned_data["workloads"],
                rate_limit_per_minute=form.cleaned_data["rate_limit_per_minute"],
            )
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            return _show_plaintext(request, key, plaintext)
    return render(request, "governance/key_form.html", {"form": form})


@edit_required
@require_http_methods(["GET", "POST"])
def key_revoke_view(request: HttpRequest, key_id: int) -> HttpResponse:
    key = _key_or_404(key_id)
    form = ReasonForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.servicekey_revoke(actor=actor_of(request), key=key, reason=form.cleaned_data["reason"])
        except ValidationError as exc:
            form.add_error(None, error_text(exc))
        else:
            messages.success(request, f"Key {key.prefix} revoked; calls with it are refused from now on.")
            return redirect("key-list")
    return render(request, "governance/key_confirm.html", {"key": key, "form": form, "action": "revoke"})


@edit_required
@require_http_methods(["GET", "POST"])
def key_rotate_view(request: HttpRequest, key_id: int) -> HttpResponse:
    key = _key_or_404(key_id)
    form = RotateForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            successor, plaintext = services.servicekey_rotate(
                actor=actor_of(request), key=key, overlap=dt.timedelta(hours=form.cleaned_data["overlap_hours"])
            )
        except ValidationError as exc:
            form.add_error(None, error_text(exc))
        else:
            return _show_plaintext(request, successor, plaintext, rotated_from=key)
    return render(request, "governance/key_confirm.html", {"key": key, "form": form, "action": "rotate"})
