"""The register wizard: one screening step per page, answers kept in the session until the review."""

from __future__ import annotations

import json
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from access.decorators import edit_required
from governance import selectors, services
from governance.forms import WIZARD_STEPS, screening_from_answers
from governance.models import Workload
from governance.services import SCREENING_FIELDS, WORKLOAD_FIELDS
from governance.strategy import recommend_deployment
from governance.tiers import compute_tier
from governance.transfer_warnings import allowance_warnings
from governance.views.common import actor_of, error_text
from governance.views.presentation import annex_choice_rows, screening_rows

WIZARD_SESSION_KEY = "custos.workload_wizard"

STEP_NAMES = [name for name, _title, _form in WIZARD_STEPS]

STEP_FORMS = {name: form for name, _title, form in WIZARD_STEPS}


def _wizard_data(request: HttpRequest) -> dict[str, Any]:
    return dict(request.session.get(WIZARD_SESSION_KEY, {}))


def _wizard_steps(data: dict[str, Any], current: str) -> list[dict[str, Any]]:
    done = set(data.get("_completed", []))
    return [
        {"name": name, "title": title, "number": index + 1, "done": name in done, "current": name == current}
        for index, (name, title, _form) in enumerate(WIZARD_STEPS)
    ]


def _first_incomplete(data: dict[str, Any]) -> str:
    done = set(data.get("_completed", []))
    return next((name for name in STEP_NAMES[:-1] if name not in done), "review")


def _json_safe(values: dict[str, Any]) -> dict[str, Any]:
    return json.loads(json.dumps(values, default=str))


@edit_required
@require_http_methods(["GET", "POST"])
def workload_register_view(request: HttpRequest, step: str = "basics") -> HttpResponse:
    """The multi-step register wizard; answers live in the session until the review step registers them."""
    if step not in STEP_NAMES:
        raise Http404("Unknown step.")
    if request.GET.get("restart"):
        request.session.pop(WIZARD_SESSION_KEY, None)
        return redirect("workload-register")
    data = _wizard_data(request)
    if STEP_NAMES.index(step) > STEP_NAMES.index(_first_incomplete(data)):
        return redirect("workload-register-step", step=_first_incomplete(data))
    if step == "review":
        return _wizard_review(request, data)
    form_class = STEP_FORMS[step]
    assert form_class is not None
    if request.method == "POST":
        form = form_class(request.POST)
        if form.is_valid():
            data.update(_json_safe(form.cleaned_data))
            data["_completed"] = sorted({*data.get("_completed", []), step})
            request.session[WIZARD_SESSION_KEY] = data
            return redirect("workload-register-step", step=STEP_NAMES[STEP_NAMES.index(step) + 1])
    else:
        form = form_class(initial={name: value for name, value in data.items() if not name.startswith("_")})
    index = STEP_NAMES.index(step)
    tier = compute_tier(screening_from_answers(data))
    context = {
        "form": form,
        "step": step,
        "steps": _wizard_steps(data, step),
        "previous": STEP_NAMES[index - 1] if index else None,
        "tier": tier,
        "tier_label": Workload.Tier(tier.tier).label,
    }
    if step == "annex":
        context.update(annex_choice_rows(form))
    return render(request, "governance/workload_wizard.html", context)


def _wizard_review(request: HttpRequest, data: dict[str, Any]) -> HttpResponse:
    answers = screening_from_answers(data)
    tier = compute_tier(answers)
    error = ""
    if request.method == "POST":
        screening = {name: getattr(answers, name) for name in SCREENING_FIELDS}
        fields = {
            name: data[name]
            for name in WORKLOAD_FIELDS
            if name in data and name not in ("name", "owner", "purpose")  # passed on their own below
        }
        try:
            workload = services.workload_register(
                actor=actor_of(request),
                slug=data["slug"],
                name=data["name"],
                owner=data["owner"],
                purpose=data["purpose"],
                screening=screening,
                allowed_destinations=data.get("allowed_destinations", []),
                **fields,
            )
        except ValidationError as exc:
            error = error_text(exc)
        else:
            request.session.pop(WIZARD_SESSION_KEY, None)
            messages.success(
                request, f"Workload {workload.slug} registered as a draft ({workload.get_tier_display()})."
            )
            for warning in allowance_warnings(
                workload, workload.allowed_destinations.all(), today=timezone.localdate()
            ):
                messages.warning(request, warning.message)
            return redirect("workload-detail", slug=workload.slug)
    recommendation = recommend_deployment(
        quality_priority=data.get("quality_priority", "medium"),
        request_volume=data.get("request_volume", "medium"),
        cost_sensitivity=data.get("cost_sensitivity", "medium"),
        residency_need=data.get("residency_need", "medium"),
    )
    context = {
        "data": data,
        "step": "review",
        "steps": _wizard_steps(data, "review"),
        "previous": "hybrid",
        "tier": tier,
        "tier_label": Workload.Tier(tier.tier).label,
        "screening": screening_rows(answers),
        "recommendation": recommendation,
        "error": error,
        "transfer_warnings": allowance_warnings(
            Workload(slug=data.get("slug", ""), data_categories=data.get("data_categories", [])),
            selectors.destination_list().filter(slug__in=data.get("allowed_destinations", [])),
            today=timezone.localdate(),
        ),
    }
    return render(request, "governance/workload_review.html", context, status=400 if error else 200)


@edit_required
@require_POST
def tier_preview_view(request: HttpRequest) -> HttpResponse:
    """htmx: the tier the answers so far give, with the current step's unsaved answers applied."""
    data = _wizard_data(request)
    step = request.POST.get("step", "")
    form_class = STEP_FORMS.get(step)
    incomplete = False
    if form_class is not None and step in ("art5", "annex", "art50"):
        form = form_class(request.POST)
        incomplete = not form.is_valid()
        data.update({name: value for name, value in form.cleaned_data.items() if name in SCREENING_FIELDS})
    tier = compute_tier(screening_from_answers(data))
    context = {"tier": tier, "tier_label": Workload.Tier(tier.tier).label, "incomplete": incomplete}
    return render(request, "governance/partials/tier_preview.html", context)
