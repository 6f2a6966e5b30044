"""The destination catalogue: list, detail, create and edit."""

from __future__ import annotations

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
from governance.forms import DestinationForm
from governance.models import Destination
from governance.policy import transfer_basis
from governance.views.common import actor_of
from governance.views.presentation import with_conditions


@read_required
def destination_list_view(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    policy = selectors.policy_published()
    rows = [
        {
            "destination": destination,
            "basis": transfer_basis(destination, today=today),
            "rules": with_conditions(
                selectors.policy_rules_for_destination(destination, policy.content if policy else None, today=today)
            ),
        }
        for destination in selectors.destination_list()
    ]
    return render(
        request,
        "governance/destination_list.html",
        {"rows": rows, "policy": policy, "can_edit": can_edit_registry(request.user)},
    )


def _destination_or_404(slug: str) -> Destination:
    try:
        return selectors.destination_get(slug)
    except Destination.DoesNotExist:
        raise Http404(f"No destination {slug!r}.") from None


@read_required
def destination_detail_view(request: HttpRequest, slug: str) -> HttpResponse:
    destination = _destination_or_404(slug)
    today = timezone.localdate()
    policy = selectors.policy_published()
    context = {
        "destination": destination,
        "basis": transfer_basis(destination, today=today),
        "policy": policy,
        "rules": with_conditions(
            selectors.policy_rules_for_destination(destination, policy.content if policy else None, today=today)
        ),
        "workloads": destination.workloads.order_by("slug"),
        "decisions": selectors.decision_list(destination=destination.slug)[:10],
        "can_edit": can_edit_registry(request.user),
    }
    return render(request, "governance/destination_detail.html", context)


@edit_required
@require_http_methods(["GET", "POST"])
def destination_create_view(request: HttpRequest) -> HttpResponse:
    form = DestinationForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        fields = dict(form.cleaned_data)
        slug = fields.pop("slug")
        try:
            destination = services.destination_create(actor=actor_of(request), slug=slug, **fields)
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, f"Destination {destination.slug} added to the catalogue.")
            return redirect("destination-detail", slug=destination.slug)
    return render(request, "governance/destination_form.html", {"form": form, "destination": None})


@edit_required
@require_http_methods(["GET", "POST"])
def destination_edit_view(request: HttpRequest, slug: str) -> HttpResponse:
    destination = _destination_or_404(slug)
    form = DestinationForm(request.POST if request.method == "POST" else None, instance=_destination_or_404(slug))
    if request.method == "POST" and form.is_valid():
        fields = {name: value for name, value in form.cleaned_data.items() if name != "slug"}
        try:
            services.destination_update(actor=actor_of(request), destination=destination, **fields)
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, f"Destination {destination.slug} saved.")
            return redirect("destination-detail", slug=destination.slug)
    return render(request, "governance/destination_form.html", {"form": form, "destination": destination})
