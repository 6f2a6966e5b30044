"""Residency policy: the published version, drafts, diff, simulation and publishing."""

from __future__ import annotations

import json
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from access.decorators import edit_required, read_required
from access.roles import can_edit_registry
from config.forms import apply_errors
from governance import changes, selectors, services
from governance.forms import PolicyDraftForm, SimulationForm
from governance.models import ChangeRequest, PolicyVersion
from governance.policy import DEFAULT_POLICY, diff_policies
from governance.policy_builder import errors_by_line, formatted_with_paths, numbered_lines, syntax_error_line
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
    context = {"version": version, "form": form, **_json_lines(request, version, form)}
    return render(request, "governance/policy_edit.html", context, status=status)


def _json_lines(request: HttpRequest, version: PolicyVersion, form: PolicyDraftForm) -> dict[str, Any]:
    """The JSON view's numbered lines, each with the errors pointing at it.

    A syntax error points at the line of the text as submitted. A policy
    problem points at the line of the path it names, in the document as the
    view formats it; the text box is given that same formatting, so that its
    lines and the numbers agree.
    """
    if request.method != "POST":
        text, _where = formatted_with_paths(version.content)
        return {"lines": numbered_lines(text, {}), "line_errors": 0}
    raw = request.POST.get("content", "")
    syntax = syntax_error_line(raw)
    if syntax is not None:
        line, message = syntax
        return {"lines": numbered_lines(raw, {line: [f"Not valid JSON: {message}."]}), "line_errors": 1}
    if form.path_errors:
        text, by_line = errors_by_line(json.loads(raw), form.path_errors)
        data = request.POST.copy()
        data["content"] = text
        form.data = data
        return {"lines": numbered_lines(text, by_line), "line_errors": len(form.path_errors)}
    text, _where = formatted_with_paths(version.content)
    return {"lines": numbered_lines(text, {}), "line_errors": 0}


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
    four_eyes = changes.four_eyes_enabled()
    if request.method == "POST":
        try:
            if four_eyes:
                change = changes.change_request_create(
                    actor=actor_of(request),
                    kind=ChangeRequest.Kind.POLICY_PUBLISH,
                    target=str(version.number),
                    change={},
                    reason=request.POST.get("reason", "")[:2000],
                )
            else:
                services.policy_publish(actor=actor_of(request), version=version)
        except ValidationError as exc:
            error = error_text(exc)
        else:
            if four_eyes:
                messages.success(
                    request,
                    f"Publication of v{version.number} requested: another officer must approve request #{change.pk}.",
                )
                return redirect("change-request-detail", request_id=change.pk)
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
        "four_eyes": four_eyes,
        "pending": selectors.change_request_pending_for(ChangeRequest.Kind.POLICY_PUBLISH, str(version.number)),
    }
    return render(request, "governance/policy_publish.html", context, status=409 if error else 200)
