"""Residency policy: the published version, drafts, diff, simulation and publishing."""

from __future__ import annotations

import json
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from access.decorators import edit_required, read_required
from access.roles import can_edit_registry
from governance import changes, selectors, services
from governance.forms import DocumentDraftForm, PolicyDraftForm, SimulationForm
from governance.models import ChangeRequest, PolicyVersion
from governance.policy import DEFAULT_POLICY, diff_policies
from governance.policy_builder import errors_by_line, formatted_with_paths, numbered_lines, syntax_error_line
from governance.simulation import simulate_policy
from governance.views.common import actor_of, error_text
from governance.views.presentation import policy_rule_rows, side_by_side
from governance.views.versioning import VersionedPages

PAGES = VersionedPages(
    document=services.POLICY_DOCUMENT,
    noun="policy",
    url_prefix="policy",
    form_class=PolicyDraftForm,
    edit_template="governance/policy_edit.html",
    saved_url="policy-diff",
    default_content=DEFAULT_POLICY,
    default_notes="Draft based on the built-in default.",
)
_policy_or_404 = PAGES.version_or_404


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
    return PAGES.start_draft(request)


@edit_required
@require_http_methods(["GET", "POST"])
def policy_edit_view(request: HttpRequest, number: int) -> HttpResponse:
    return PAGES.edit(request, number, _json_lines)


def _json_lines(request: HttpRequest, version: PolicyVersion, form: DocumentDraftForm) -> dict[str, Any]:
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
