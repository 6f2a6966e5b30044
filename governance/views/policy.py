"""Residency policy: the published version, drafts, diff, simulation and publishing."""

from __future__ import annotations

import json

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from access.decorators import edit_required, read_required
from access.roles import can_edit_registry
from config.forms import apply_errors
from governance import selectors, services
from governance.forms import PolicyDraftForm, SimulationForm
from governance.models import PolicyVersion
from governance.policy import DEFAULT_POLICY, diff_policies
from governance.simulation import simulate_policy
from governance.views.common import actor_of, error_text
from governance.views.presentation import policy_rule_rows, side_by_side


def _policy_or_404(number: int) -> PolicyVersion:
    try:
        return selectors.policy_get(number)
    except PolicyVersion.DoesNotExist:
        raise Http404(f"No policy version {number}.") from None


@read_required
def policy_view(request: HttpRequest) -> HttpResponse:
    published = selectors.policy_published()
    context = {
        "policy": published,
        "rules": policy_rule_rows(published.content if published else None),
        "draft": selectors.policy_latest_draft(),
        "versions": selectors.policy_versions()[:20],
        "can_edit": can_edit_registry(request.user),
    }
    return render(request, "governance/policy.html", context)


@read_required
def policy_version_view(request: HttpRequest, number: int) -> HttpResponse:
    version = _policy_or_404(number)
    context = {
        "version": version,
        "rules": policy_rule_rows(version.content),
        "content_json": json.dumps(version.content, indent=2, sort_keys=False),
        "can_edit": can_edit_registry(request.user),
    }
    return render(request, "governance/policy_version.html", context)


@edit_required
@require_POST
def policy_draft_start_view(request: HttpRequest) -> HttpResponse:
    """Open a new draft, copied from the published version (or the built-in default)."""
    draft = selectors.policy_latest_draft()
    if draft is None:
        published = selectors.policy_published()
        draft = services.policy_draft_create(
            actor=actor_of(request),
            content=published.content if published else DEFAULT_POLICY,
            notes=f"Draft based on v{published.number}." if published else "Draft based on the built-in default.",
        )
    return redirect("policy-edit", number=draft.number)


@edit_required
@require_http_methods(["GET", "POST"])
def policy_edit_view(request: HttpRequest, number: int) -> HttpResponse:
    version = _policy_or_404(number)
    if version.status != PolicyVersion.Status.DRAFT:
        messages.error(request, f"Version {version.number} is {version.status}; only drafts can be edited.")
        return redirect("policy-version", number=version.number)
    initial = {"content": json.dumps(version.content, indent=2), "notes": version.notes}
    form = PolicyDraftForm(request.POST if request.method == "POST" else None, initial=initial)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.policy_draft_update(
                    actor=actor_of(request),
                    version=version,
                    content=form.cleaned_data["content"],
                    notes=form.cleaned_data["notes"],
                )
            except ValidationError as exc:
                apply_errors(form, exc)
            else:
                messages.success(request, f"Draft v{version.number} saved.")
                return redirect("policy-diff", number=version.number)
        status = 400
    return render(request, "governance/policy_edit.html", {"version": version, "form": form}, status=status)


@read_required
def policy_diff_view(request: HttpRequest, number: int) -> HttpResponse:
    version = _policy_or_404(number)
    published = selectors.policy_published()
    base = published.content if published and published.pk != version.pk else None
    context = {
        "version": version,
        "published": published,
        "diff": diff_policies(base, version.content),
        "rows": side_by_side(base, version.content),
        "can_edit": can_edit_registry(request.user),
    }
    return render(request, "governance/policy_diff.html", context)


@read_required
def policy_simulate_view(request: HttpRequest, number: int) -> HttpResponse:
    version = _policy_or_404(number)
    form = SimulationForm(request.GET or {"days": 30})
    result = simulate_policy(policy=version.content, days=form.cleaned_data["days"]) if form.is_valid() else None
    context = {
        "version": version,
        "form": form,
        "result": result,
        "published": selectors.policy_published(),
        "can_edit": can_edit_registry(request.user),
    }
    return render(request, "governance/policy_simulate.html", context)


@edit_required
@require_http_methods(["GET", "POST"])
def policy_publish_view(request: HttpRequest, number: int) -> HttpResponse:
    version = _policy_or_404(number)
    published = selectors.policy_published()
    error = ""
    if request.method == "POST":
        try:
            services.policy_publish(actor=actor_of(request), version=version)
        except ValidationError as exc:
            error = error_text(exc)
        else:
            messages.success(request, f"Policy v{version.number} is now in force.")
            return redirect("policy")
    context = {
        "version": version,
        "published": published,
        "diff": diff_policies(published.content if published else None, version.content),
        "simulation": simulate_policy(policy=version.content, days=30)
        if version.status == PolicyVersion.Status.DRAFT
        else None,
        "error": error,
    }
    return render(request, "governance/policy_publish.html", context, status=409 if error else 200)
