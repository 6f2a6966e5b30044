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
from governance import changes, selectors, services
from governance.forms import DestinationForm
from governance.models import ChangeRequest, Destination, Workload
from governance.policy import transfer_basis
from governance.transfer_warnings import allowance_warnings, destination_warnings
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
        "transfer_warnings": [
            *destination_warnings(destination, today=today),
            *[
                warning
                for workload in destination.workloads.exclude(status=Workload.Status.RETIRED).order_by("slug")
                for warning in allowance_warnings(workload, [destination], today=today)
            ],
        ],
        "pending_changes": selectors.change_request_pending()
        .filter(target=destination.slug)
        .exclude(kind__in=[ChangeRequest.Kind.WORKLOAD_APPROVE, ChangeRequest.Kind.POLICY_PUBLISH]),
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
            if changes.destination_change_needs_second_officer(None, fields):
                change = changes.change_request_create(
                    actor=actor_of(request),
                    kind=ChangeRequest.Kind.DESTINATION_CREATE,
                    target=slug,
                    change={"fields": fields},
                )
                messages.success(
                    request, f"Adding {slug} requested: another officer must approve request #{change.pk}."
                )
                return redirect("change-request-detail", request_id=change.pk)
            destination = services.destination_create(actor=actor_of(request), slug=slug, **fields)
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, f"Destination {destination.slug} added to the catalogue.")
            _warn_about(request, destination)
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
            if changes.destination_change_needs_second_officer(destination, fields):
                changed = {name: value for name, value in fields.items() if getattr(destination, name) != value}
                change = changes.change_request_create(
                    actor=actor_of(request),
                    kind=ChangeRequest.Kind.DESTINATION_UPDATE,
                    target=destination.slug,
                    change={"fields": changed},
                )
                messages.success(
                    request,
                    f"The change to {destination.slug}'s transfer basis or DPA is requested: another officer must "
                    f"approve request #{change.pk}.",
                )
                return redirect("change-request-detail", request_id=change.pk)
            services.destination_update(actor=actor_of(request), destination=destination, **fields)
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, f"Destination {destination.slug} saved.")
            _warn_about(request, selectors.destination_get(destination.slug))
            return redirect("destination-detail", slug=destination.slug)
    return render(request, "governance/destination_form.html", {"form": form, "destination": destination})


def _warn_about(request: HttpRequest, destination: Destination) -> None:
    """Tell the officer which workloads with personal data may now use a destination without a basis or DPA."""
    today = timezone.localdate()
    for warning in destination_warnings(destination, today=today):
        messages.warning(request, warning.message)
    for workload in destination.workloads.exclude(status=Workload.Status.RETIRED).order_by("slug"):
        for warning in allowance_warnings(workload, [destination], today=today):
            messages.warning(request, warning.message)
