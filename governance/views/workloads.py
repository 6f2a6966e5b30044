"""Workloads (AI systems): list, detail, lifecycle transitions and the edit form."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from access.decorators import edit_required, read_required
from access.roles import can_edit_registry
from audit import selectors as audit_selectors
from config.forms import apply_errors
from governance import changes, selectors, services
from governance.checklist import DeployerChecklistForm, checklist_applies
from governance.forms import HYBRID_QUESTIONS, ReasonForm, WorkloadEditForm, WorkloadFilterForm
from governance.lifecycle import ALLOWED_TRANSITIONS, InvalidTransition, approval_blockers
from governance.models import ChangeRequest, Workload
from governance.policy import transfer_basis
from governance.strategy import recommend_deployment
from governance.tiers import compute_tier
from governance.transfer_warnings import allowance_warnings, destination_warnings
from governance.views.common import actor_of, error_text, paginate
from governance.views.presentation import LIFECYCLE_ACTIONS, annex_choice_rows, lifecycle_actions, screening_rows


@read_required
def workload_list_view(request: HttpRequest) -> HttpResponse:
    form = WorkloadFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    sort = filters.get("sort") or "slug"
    workloads = selectors.workload_search(
        status=filters.get("status") or None,
        tier=filters.get("tier") or None,
        query=filters.get("q") or None,
        sort=sort,
    )
    context = {
        "form": form,
        "page": paginate(request, workloads),
        "sort": sort,
        "filtered": any(filters.get(name) for name in ("status", "tier", "q")),
        "can_edit": can_edit_registry(request.user),
    }
    template = (
        "governance/partials/workload_table.html"
        if request.headers.get("HX-Request")
        else "governance/workload_list.html"
    )
    return render(request, template, context)


def _workload_or_404(slug: str) -> Workload:
    try:
        return selectors.workload_get(slug)
    except Workload.DoesNotExist:
        raise Http404(f"No workload {slug!r}.") from None


@read_required
def workload_detail_view(request: HttpRequest, slug: str) -> HttpResponse:
    workload = _workload_or_404(slug)
    answers = workload.screening
    recommendation = recommend_deployment(
        quality_priority=workload.quality_priority,
        request_volume=workload.request_volume,
        cost_sensitivity=workload.cost_sensitivity,
        residency_need=workload.residency_need,
    )
    today = timezone.localdate()
    destinations = [
        {"destination": d, "basis": transfer_basis(d, today=today)} for d in workload.allowed_destinations.all()
    ]
    context = {
        "workload": workload,
        "tier": compute_tier(answers),
        "screening": screening_rows(answers),
        "recommendation": recommendation,
        "hybrid": [
            {"question": question, "value": getattr(workload, name)} for name, question, _help in HYBRID_QUESTIONS
        ],
        "destinations": destinations,
        "decisions": selectors.decision_list(workload=workload.slug)[:10],
        "events": audit_selectors.events_for_subject("workload", workload.slug)[-10:][::-1],
        "actions": lifecycle_actions(workload),
        "blockers": approval_blockers(workload) if workload.status != Workload.Status.APPROVED else [],
        "can_edit": can_edit_registry(request.user),
        "transfer_warnings": [
            *[w for d in workload.allowed_destinations.all() for w in destination_warnings(d, today=today)],
            *allowance_warnings(workload, workload.allowed_destinations.all(), today=today),
        ],
        "pending_approval": selectors.change_request_pending_for(ChangeRequest.Kind.WORKLOAD_APPROVE, workload.slug),
    }
    return render(request, "governance/workload_detail.html", context)


@edit_required
@require_http_methods(["GET", "POST"])
def workload_lifecycle_view(request: HttpRequest, slug: str, action: str) -> HttpResponse:
    """Approve, suspend or retire. A high-risk approval needs the Art. 26 checklist, and under four-eyes
    control it becomes a request that a second officer approves (governance.changes)."""
    workload = _workload_or_404(slug)
    if action not in LIFECYCLE_ACTIONS:
        raise Http404("Unknown lifecycle action.")
    target, service, label = LIFECYCLE_ACTIONS[action]
    data = request.POST if request.method == "POST" else None
    form = ReasonForm(data)
    approving = target == Workload.Status.APPROVED
    checklist = DeployerChecklistForm(data, workload=workload) if approving and checklist_applies(workload) else None
    four_eyes = approving and changes.workload_approval_needs_second_officer(workload)
    status = 200
    if request.method == "POST" and form.is_valid() and (checklist is None or checklist.is_valid()):
        try:
            if four_eyes:
                change = changes.change_request_create(
                    actor=actor_of(request),
                    kind=ChangeRequest.Kind.WORKLOAD_APPROVE,
                    target=workload.slug,
                    change={
                        "reason": form.cleaned_data["reason"],
                        "checklist": checklist.record() if checklist else None,
                    },
                    reason=form.cleaned_data["reason"],
                )
            elif approving:
                services.workload_approve(
                    actor=actor_of(request),
                    workload=workload,
                    reason=form.cleaned_data["reason"],
                    checklist=checklist.record() if checklist else None,
                )
            else:
                service(actor=actor_of(request), workload=workload, reason=form.cleaned_data["reason"])
        except (InvalidTransition, ValidationError) as exc:
            form.add_error(None, str(exc) if isinstance(exc, InvalidTransition) else error_text(exc))
            status = 409
        else:
            if four_eyes:
                messages.success(
                    request,
                    f"Approval of {workload.slug} requested: another officer must approve request #{change.pk}.",
                )
                return redirect("change-request-detail", request_id=change.pk)
            messages.success(request, f"Workload {workload.slug} is now {target}.")
            return redirect("workload-detail", slug=workload.slug)
    elif request.method == "POST":
        status = 400
    context = {
        "workload": workload,
        "action": action,
        "label": label,
        "target": target,
        "form": form,
        "checklist": checklist,
        "four_eyes": four_eyes,
        "pending": selectors.change_request_pending_for(ChangeRequest.Kind.WORKLOAD_APPROVE, workload.slug)
        if approving
        else None,
        "warnings": allowance_warnings(workload, workload.allowed_destinations.all(), today=timezone.localdate())
        if approving
        else [],
        "allowed": target in ALLOWED_TRANSITIONS[workload.status],
        "blockers": approval_blockers(workload) if target == Workload.Status.APPROVED else [],
    }
    return render(request, "governance/workload_lifecycle.html", context, status=status)


@edit_required
@require_http_methods(["GET", "POST"])
def workload_edit_view(request: HttpRequest, slug: str) -> HttpResponse:
    """Change a registered workload's answers on one page; the service recomputes the tier and audits the diff."""
    workload = _workload_or_404(slug)
    if workload.status == Workload.Status.RETIRED:
        return render(request, "governance/workload_edit.html", {"workload": workload, "retired": True}, status=409)
    form = WorkloadEditForm(request.POST if request.method == "POST" else None, workload=workload)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            before = (workload.tier, workload.status, workload.version)
            try:
                updated = services.workload_update(
                    actor=actor_of(request),
                    workload=workload,
                    screening=form.screening_answers(),
                    allowed_destinations=form.cleaned_data["allowed_destinations"],
                    **form.workload_fields(),
                )
            except ValidationError as exc:
                apply_errors(form, exc)
            else:
                _report_update(request, before, updated)
                for warning in allowance_warnings(
                    updated, updated.allowed_destinations.all(), today=timezone.localdate()
                ):
                    messages.warning(request, warning.message)
                return redirect("workload-detail", slug=updated.slug)
        status = 400
    context = {"workload": workload, "form": form, "tier": compute_tier(workload.screening), **annex_choice_rows(form)}
    return render(request, "governance/workload_edit.html", context, status=status)


def _report_update(request: HttpRequest, before: tuple[str, str, int], workload: Workload) -> None:
    tier, status, version = before
    if workload.version == version:
        messages.info(request, f"Nothing changed: workload {workload.slug} is as it was.")
        return
    text = f"Workload {workload.slug} saved as version {workload.version}."
    if workload.tier != tier:
        text += f" Its tier is now {workload.get_tier_display()} (was {Workload.Tier(tier).label})."
    messages.success(request, text)
    if workload.status != status:
        messages.warning(
            request,
            f"The new answers describe a prohibited practice, so the workload is now {workload.get_status_display()}"
            ": every pre-flight request for it is denied.",
        )
