"""Web UI of the registry: dashboard, strategy map, workloads, destinations, policy, keys, decisions.

Views are thin: they check the role, read through selectors, write through
services, and render. Every refused request is answered 403 and recorded in
the audit log as ``access.denied`` (see ``deny_access``).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Page, Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from access.decorators import edit_required, read_required
from access.roles import ROLE_LABELS, can_edit_registry, can_read, user_roles
from audit import selectors as audit_selectors
from audit.actors import Actor
from audit.forms import day_after, day_start
from governance import dashboard, selectors, services
from governance.decision_log import decision_check
from governance.forms import (
    ANNEX_III_AREAS,
    ART5_QUESTIONS,
    ART6_3_CONDITIONS,
    ART50_QUESTIONS,
    HYBRID_QUESTIONS,
    SCREENING_FIELDS,
    WIZARD_STEPS,
    DecisionFilterForm,
    DestinationForm,
    PolicyDraftForm,
    ReasonForm,
    RotateForm,
    ServiceKeyForm,
    SimulationForm,
    WorkloadEditForm,
    WorkloadFilterForm,
    screening_from_answers,
)
from governance.lifecycle import ALLOWED_TRANSITIONS, InvalidTransition, approval_blockers
from governance.models import Decision, Destination, PolicyVersion, ServiceKey, Workload
from governance.policy import DEFAULT_POLICY, diff_policies, transfer_basis
from governance.simulation import simulate_policy
from governance.strategy import recommend_deployment
from governance.tiers import compute_tier

PAGE_SIZE = 25

# --- helpers --------------------------------------------------------------------------


def actor_of(request: HttpRequest) -> Actor:
    return Actor.for_user(request.user)


def paginate(request: HttpRequest, items: Any, per_page: int = PAGE_SIZE) -> Page:
    return Paginator(items, per_page).get_page(request.GET.get("page"))


def _error_text(exc: ValidationError) -> str:
    if hasattr(exc, "message_dict"):
        return " ".join(
            f"{name}: {' '.join(msgs)}" if name != "__all__" else " ".join(msgs)
            for name, msgs in exc.message_dict.items()
        )
    return " ".join(exc.messages)


def _apply_errors(form: Any, exc: ValidationError) -> None:
    """Attach a service's ValidationError to the form fields it names (the rest to the form)."""
    if not hasattr(exc, "message_dict"):
        form.add_error(None, exc.messages)
        return
    for name, msgs in exc.message_dict.items():
        form.add_error(name if name in form.fields else None, msgs)


# --- dashboard and strategy map ---------------------------------------------------------------


@read_required
def dashboard_view(request: HttpRequest) -> HttpResponse:
    context = {
        "chart": dashboard.decision_chart(days=30),
        "denials": dashboard.top_denial_reasons(days=30),
        "matrix": dashboard.workloads_by_tier_and_status(),
        "jurisdictions": dashboard.destinations_by_jurisdiction(),
        "chain": dashboard.chain_status(),
        "incidents": dashboard.open_incidents(),
        "policy": selectors.policy_published(),
    }
    return render(request, "governance/dashboard.html", context)


@read_required
def strategy_view(request: HttpRequest) -> HttpResponse:
    workloads = list(selectors.workload_list().exclude(status=Workload.Status.RETIRED))
    return render(request, "governance/strategy.html", {"map": dashboard.strategy_map(workloads)})


# --- workloads -------------------------------------------------------------------------------


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


def screening_rows(answers: Any) -> dict[str, list[dict[str, Any]]]:
    """The screening answers grouped by provision, each with its paraphrased legal text."""
    area_labels = {number: (label, text) for number, label, text in ANNEX_III_AREAS}
    conditions = {value: label for value, label, _text in ART6_3_CONDITIONS}
    return {
        "art5": [
            {"label": label, "text": text, "value": getattr(answers, name)} for name, label, text in ART5_QUESTIONS
        ],
        "art50": [
            {"label": label, "text": text, "value": getattr(answers, name)} for name, label, text in ART50_QUESTIONS
        ],
        "annex": [
            {"label": "Art. 6(1): safety component of an Annex I product", "value": answers.annex_i_safety_component},
            {
                "label": "Annex III area",
                "value": area_labels.get(answers.annex_iii_area, ("?", ""))[0]
                + (f", point {answers.annex_iii_subarea}" if answers.annex_iii_subarea else ""),
                "text": area_labels.get(answers.annex_iii_area, ("", ""))[1],
            },
            {"label": "Profiles natural persons", "value": answers.profiles_natural_persons},
            {"label": "Art. 6(3) carve-out claimed", "value": answers.art6_3_carve_out_claimed},
            *(
                [
                    {"label": "Condition relied on", "value": conditions.get(answers.art6_3_condition, "none")},
                    {"label": "Grounds", "value": answers.art6_3_grounds or "none given"},
                ]
                if answers.art6_3_carve_out_claimed
                else []
            ),
        ],
    }


LIFECYCLE_ACTIONS = {
    "approve": (Workload.Status.APPROVED, services.workload_approve, "Approve"),
    "suspend": (Workload.Status.SUSPENDED, services.workload_suspend, "Suspend"),
    "retire": (Workload.Status.RETIRED, services.workload_retire, "Retire"),
}


def lifecycle_actions(workload: Workload) -> list[dict[str, str]]:
    allowed = ALLOWED_TRANSITIONS[workload.status]
    return [
        {"action": action, "label": label}
        for action, (target, _service, label) in LIFECYCLE_ACTIONS.items()
        if target in allowed
    ]


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
    }
    return render(request, "governance/workload_detail.html", context)


@edit_required
@require_http_methods(["GET", "POST"])
def workload_lifecycle_view(request: HttpRequest, slug: str, action: str) -> HttpResponse:
    workload = _workload_or_404(slug)
    if action not in LIFECYCLE_ACTIONS:
        raise Http404("Unknown lifecycle action.")
    target, service, label = LIFECYCLE_ACTIONS[action]
    form = ReasonForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            service(actor=actor_of(request), workload=workload, reason=form.cleaned_data["reason"])
        except (InvalidTransition, ValidationError) as exc:
            form.add_error(None, str(exc) if isinstance(exc, InvalidTransition) else _error_text(exc))
            status = 409
        else:
            messages.success(request, f"Workload {workload.slug} is now {target}.")
            return redirect("workload-detail", slug=workload.slug)
    context = {
        "workload": workload,
        "action": action,
        "label": label,
        "target": target,
        "form": form,
        "allowed": target in ALLOWED_TRANSITIONS[workload.status],
        "blockers": approval_blockers(workload) if target == Workload.Status.APPROVED else [],
    }
    return render(request, "governance/workload_lifecycle.html", context, status=status)


def annex_choice_rows(form: Any) -> dict[str, list[tuple[Any, tuple[Any, str, str]]]]:
    """The Annex III areas and Art. 6(3) conditions as radio buttons, each beside its legal text."""
    return {
        "annex_choices": list(zip(form["annex_iii_area"], ANNEX_III_AREAS, strict=True)),
        "condition_choices": list(
            zip(
                form["art6_3_condition"],
                [("", "No condition", "No carve-out is relied on."), *ART6_3_CONDITIONS],
                strict=True,
            )
        ),
    }


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
                _apply_errors(form, exc)
            else:
                _report_update(request, before, updated)
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


# --- the register wizard ---------------------------------------------------------------------

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
            for name in (
                "business_unit",
                "role",
                "gpai_use",
                "data_categories",
                "oversight_contact",
                "log_retention_days",
                "quality_priority",
                "request_volume",
                "cost_sensitivity",
                "residency_need",
            )
            if name in data
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
            error = _error_text(exc)
        else:
            request.session.pop(WIZARD_SESSION_KEY, None)
            messages.success(
                request, f"Workload {workload.slug} registered as a draft ({workload.get_tier_display()})."
            )
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


# --- destinations ---------------------------------------------------------------------------


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
            _apply_errors(form, exc)
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
            _apply_errors(form, exc)
        else:
            messages.success(request, f"Destination {destination.slug} saved.")
            return redirect("destination-detail", slug=destination.slug)
    return render(request, "governance/destination_form.html", {"form": form, "destination": destination})


# --- policy ----------------------------------------------------------------------------------


def _policy_or_404(number: int) -> PolicyVersion:
    try:
        return selectors.policy_get(number)
    except PolicyVersion.DoesNotExist:
        raise Http404(f"No policy version {number}.") from None


def rule_conditions(when: dict[str, Any]) -> list[str]:
    """A rule's conditions as short readable strings, e.g. ``kinds: external``."""
    parts = []
    for key, value in when.items():
        if isinstance(value, bool):
            text = "true" if value else "false"
        elif isinstance(value, list):
            text = ", ".join(map(str, value))
        else:
            text = str(value)
        parts.append(f"{key}: {text}")
    return parts


def with_conditions(rules: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**rule, "conditions": rule_conditions(rule.get("when", {}))} for rule in rules]


def policy_rule_rows(content: dict[str, Any] | None) -> list[dict[str, Any]]:
    """Every rule of a policy document with its scope, for the readable table."""
    if not content:
        return []
    rows = [{**rule, "scope": "all"} for rule in content.get("rules", [])]
    for slug, rules in content.get("workload_overrides", {}).items():
        rows.extend({**rule, "scope": slug} for rule in rules)
    return with_conditions(rows)


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
                _apply_errors(form, exc)
            else:
                messages.success(request, f"Draft v{version.number} saved.")
                return redirect("policy-diff", number=version.number)
        status = 400
    return render(request, "governance/policy_edit.html", {"version": version, "form": form}, status=status)


def _side_by_side(old: dict[str, Any] | None, new: dict[str, Any]) -> list[dict[str, Any]]:
    def keyed(content: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
        return {
            f"rules/{row['id']}" if row["scope"] == "all" else f"workload_overrides/{row['scope']}/{row['id']}": row
            for row in policy_rule_rows(content)
        }

    before, after = keyed(old), keyed(new)
    order = list(before) + [key for key in after if key not in before]
    rows = []
    for key in order:
        old_rule, new_rule = before.get(key), after.get(key)
        if old_rule is None:
            change = "added"
        elif new_rule is None:
            change = "removed"
        elif old_rule != new_rule:
            change = "changed"
        else:
            change = "same"
        rows.append({"key": key, "old": old_rule, "new": new_rule, "change": change})
    return rows


@read_required
def policy_diff_view(request: HttpRequest, number: int) -> HttpResponse:
    version = _policy_or_404(number)
    published = selectors.policy_published()
    base = published.content if published and published.pk != version.pk else None
    context = {
        "version": version,
        "published": published,
        "diff": diff_policies(base, version.content),
        "rows": _side_by_side(base, version.content),
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
            error = _error_text(exc)
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


# --- service keys ---------------------------------------------------------------------------


def _key_or_404(key_id: int) -> ServiceKey:
    try:
        return selectors.servicekey_get(key_id)
    except ServiceKey.DoesNotExist:
        raise Http404("No such service key.") from None


def key_state(key: ServiceKey) -> str:
    now = timezone.now()
    if key.revoked_at is not None:
        return "revoked"
    if key.expires_at is not None and key.expires_at <= now:
        return "expired"
    if key.expires_at is not None:
        return "rotating"
    return "active"


@read_required
def key_list_view(request: HttpRequest) -> HttpResponse:
    keys = [{"key": key, "state": key_state(key)} for key in selectors.servicekey_list()]
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
            _apply_errors(form, exc)
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
            form.add_error(None, _error_text(exc))
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
            form.add_error(None, _error_text(exc))
        else:
            return _show_plaintext(request, successor, plaintext, rotated_from=key)
    return render(request, "governance/key_confirm.html", {"key": key, "form": form, "action": "rotate"})


# --- decisions -------------------------------------------------------------------------------


@read_required
def decision_list_view(request: HttpRequest) -> HttpResponse:
    form = DecisionFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    decisions = selectors.decision_list(
        workload=filters.get("workload") or None,
        destination=filters.get("destination") or None,
        outcome=filters.get("outcome") or None,
        since=day_start(filters.get("since")),
        until=day_after(filters.get("until")),
    )
    context = {
        "form": form,
        "page": paginate(request, decisions),
        "filtered": bool(request.GET and any(v for k, v in request.GET.items() if k != "page")),
    }
    return render(request, "governance/decision_list.html", context)


@read_required
def decision_detail_view(request: HttpRequest, decision_id: str) -> HttpResponse:
    try:
        decision = selectors.decision_get(decision_id)
    except (Decision.DoesNotExist, ValidationError):
        raise Http404("No such decision.") from None
    # The row is shown only with its check against its audit event (one read): a rewritten row says so.
    context = {"decision": decision, "log_problem": decision_check(decision)}
    return render(request, "governance/decision_detail.html", context)


# --- template context ------------------------------------------------------------------------


NAV_SECTIONS = [
    ("dashboard", "dashboard"),
    ("strategy", "strategy"),
    ("workload", "workloads"),
    ("tier-preview", "workloads"),
    ("destination", "destinations"),
    ("policy", "policy"),
    ("key", "keys"),
    ("decision", "decisions"),
    ("audit-event", "audit"),
    ("audit-verify", "verify"),
    ("audit-export", "exports"),
    ("report-incident", "incidents"),
    ("report", "reports"),
]


def ui_context(request: HttpRequest) -> dict[str, Any]:
    """Context processor: the signed-in user's roles and what the navigation may offer them."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    match = getattr(request, "resolver_match", None)
    url_name = (match.url_name or "") if match else ""
    section = next((section for prefix, section in NAV_SECTIONS if url_name.startswith(prefix)), "")
    return {
        "ui_section": section,
        "ui_roles": [ROLE_LABELS[role] for role in user_roles(user)],
        "ui_can_edit": can_edit_registry(user),
        "ui_can_read": can_read(user),
    }
