"""Four-eyes control: the list of change requests and one request, where a second officer decides it."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from access.decorators import EDIT_ROLES, deny_access, read_required
from access.roles import can_edit_registry
from governance import changes, selectors
from governance.models import ChangeRequest, Destination, PolicyVersion
from governance.policy import diff_policies, transfer_basis
from governance.transfer_warnings import BASIS_LABELS
from governance.views.common import actor_of, error_text

CHECKLIST_LABELS = {
    "oversight_assigned": "Human oversight assigned (Art. 26(2))",
    "oversight_contact": "Oversight contact",
    "logs_kept": "Logs kept at least six months (Art. 26(6))",
    "log_retention_days": "Log retention (days)",
    "workers_informed": "Workers informed (Art. 26(7))",
    "dpia_reference": "DPIA reference (Art. 26(9))",
    "fria_required": "FRIA required (Art. 27)",
    "fria_reference": "FRIA reference",
}


class DecisionForm(forms.Form):
    """A note on the decision; required to reject."""

    note = forms.CharField(
        required=False,
        max_length=2000,
        label="Note",
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Recorded in the audit log. Required to reject.",
    )


def target_url(request: ChangeRequest) -> str:
    if request.kind == ChangeRequest.Kind.WORKLOAD_APPROVE:
        return reverse("workload-detail", kwargs={"slug": request.target})
    if request.kind == ChangeRequest.Kind.POLICY_PUBLISH:
        return reverse("policy-diff", kwargs={"number": int(request.target)})
    if Destination.objects.filter(slug=request.target).exists():
        return reverse("destination-detail", kwargs={"slug": request.target})
    return ""  # a destination not created (yet)


def change_rows(request: ChangeRequest) -> list[dict[str, Any]]:
    """The change as rows of field, value now and value asked for."""
    change = request.change
    if request.kind == ChangeRequest.Kind.WORKLOAD_APPROVE:
        checklist = change.get("checklist") or {}
        return [
            {"field": CHECKLIST_LABELS.get(name, name), "before": "", "after": _shown(value)}
            for name, value in checklist.items()
        ]
    if request.kind in (ChangeRequest.Kind.DESTINATION_CREATE, ChangeRequest.Kind.DESTINATION_UPDATE):
        current = Destination.objects.filter(slug=request.target).first()
        return [
            {
                "field": name.replace("_", " "),
                "before": _shown(getattr(current, name)) if current else "",
                "after": _shown(value),
            }
            for name, value in change.get("fields", {}).items()
        ]
    return []


def _shown(value: Any) -> str:
    if value is True:
        return "yes"
    if value is False:
        return "no"
    if value is None or value == "":
        return "—"
    return str(value)


def _basis_after(request: ChangeRequest) -> str:
    """The transfer basis the destination would have once the change applies."""
    if request.kind not in (ChangeRequest.Kind.DESTINATION_CREATE, ChangeRequest.Kind.DESTINATION_UPDATE):
        return ""
    destination = Destination.objects.filter(slug=request.target).first() or Destination(slug=request.target)
    for name, value in changes.model_fields(request.change.get("fields", {})).items():
        setattr(destination, name, value)
    return BASIS_LABELS[transfer_basis(destination, today=timezone.localdate())]


@read_required
def change_request_list_view(request: HttpRequest) -> HttpResponse:
    context = {
        "pending": selectors.change_request_pending(),
        "recent": selectors.change_request_recent()[:25],
        "four_eyes": changes.four_eyes_enabled(),
    }
    return render(request, "governance/change_request_list.html", context)


@read_required
@require_http_methods(["GET", "POST"])
def change_request_detail_view(request: HttpRequest, request_id: int) -> HttpResponse:
    try:
        change_request = selectors.change_request_get(request_id)
    except ChangeRequest.DoesNotExist:
        raise Http404(f"No change request {request_id}.") from None
    actor = actor_of(request)
    form = DecisionForm(request.POST if request.method == "POST" else None)
    error = ""
    status = 200
    if request.method == "POST":
        if not can_edit_registry(request.user):
            return deny_access(request, required_role=EDIT_ROLES)
        step = request.POST.get("step", "")
        if form.is_valid() and step in ("approve", "reject", "withdraw"):
            note = form.cleaned_data["note"]
            try:
                if step == "approve":
                    changes.change_request_approve(actor=actor, request=change_request, note=note)
                    messages.success(request, f"Request {change_request.pk} approved and applied.")
                elif step == "reject":
                    changes.change_request_reject(actor=actor, request=change_request, note=note)
                    messages.success(request, f"Request {change_request.pk} rejected; nothing changed.")
                else:
                    changes.change_request_withdraw(actor=actor, request=change_request)
                    messages.success(request, f"Request {change_request.pk} withdrawn.")
            except changes.ChangeRefused as exc:
                error = f"{exc} The refusal is recorded in the audit log."
                status = 403 if exc.code != "stale" else 409
            except ValidationError as exc:
                error = error_text(exc)
                status = 409
            else:
                return redirect("change-request-detail", request_id=change_request.pk)
        else:
            status = 400
            if not error and step not in ("approve", "reject", "withdraw"):
                error = "Choose approve, reject or withdraw."
        change_request.refresh_from_db()
    pending = change_request.status == ChangeRequest.Status.PENDING
    context = {
        "change_request": change_request,
        "rows": change_rows(change_request),
        "basis_after": _basis_after(change_request),
        "target_url": target_url(change_request),
        "policy_diff": _policy_diff(change_request),
        "stale": pending and changes.is_stale(change_request),
        "is_requester": actor.id == change_request.requested_by_id,
        "can_decide": pending and can_edit_registry(request.user),
        "form": form,
        "error": error,
    }
    return render(request, "governance/change_request_detail.html", context, status=status)


def _policy_diff(request: ChangeRequest) -> dict[str, list[str]] | None:
    if request.kind != ChangeRequest.Kind.POLICY_PUBLISH:
        return None
    version = PolicyVersion.objects.filter(number=int(request.target)).first()
    if version is None:
        return None
    published = selectors.policy_published()
    base = published.content if published and published.pk != version.pk else None
    return diff_policies(base, version.content)
