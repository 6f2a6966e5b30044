"""The policy rule builder: a draft's rules edited with form controls, checked as the officer types."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from access.decorators import edit_required
from governance import selectors, services
from governance.models import PolicyVersion
from governance.policy_builder import RuleFormSet, build, rule_initial
from governance.views.common import actor_of, error_text

PREFIX = "rules"


def _draft_or_404(number: int) -> PolicyVersion:
    try:
        return selectors.policy_get(number)
    except PolicyVersion.DoesNotExist:
        raise Http404(f"No policy version {number}.") from None


@edit_required
@require_http_methods(["GET", "POST"])
def policy_builder_view(request: HttpRequest, number: int) -> HttpResponse:
    version = _draft_or_404(number)
    if version.status != PolicyVersion.Status.DRAFT:
        messages.error(request, f"Version {version.number} is {version.status}; only drafts can be edited.")
        return redirect("policy-version", number=version.number)
    initial = [rule_initial(rule) for rule in version.content.get("rules", [])]
    status = 200
    result = None
    if request.method == "POST":
        formset = RuleFormSet(request.POST, prefix=PREFIX)
        result = build(formset, base=version.content)
        if result.ok and result.content is not None:
            try:
                services.policy_draft_update(
                    actor=actor_of(request),
                    version=version,
                    content=result.content,
                    notes=request.POST.get("notes", version.notes)[:2000],
                )
            except ValidationError as exc:
                result.errors.append(error_text(exc))
            else:
                messages.success(request, f"Draft v{version.number} saved.")
                return redirect("policy-diff", number=version.number)
        status = 400
    else:
        formset = RuleFormSet(initial=initial, prefix=PREFIX)
    context = {
        "version": version,
        "formset": formset,
        "rows": [(form, result.row_errors.get(index, []) if result else []) for index, form in enumerate(formset)],
        "errors": result.errors if result else [],
        "overrides": version.content.get("workload_overrides", {}),
        "notes": request.POST.get("notes", version.notes) if request.method == "POST" else version.notes,
    }
    return render(request, "governance/policy_builder.html", context, status=status)


@edit_required
@require_POST
def policy_builder_check_view(request: HttpRequest, number: int) -> JsonResponse:
    """Check the builder's rows without saving: ``{"ok", "rows": {index: [message]}, "errors": [message]}``."""
    version = _draft_or_404(number)
    result = build(RuleFormSet(request.POST, prefix=PREFIX), base=version.content)
    return JsonResponse(
        {
            "ok": result.ok,
            "rows": {str(index): messages for index, messages in result.row_errors.items()},
            "errors": result.errors,
            "rule_count": len(result.content["rules"]) if result.content else None,
        }
    )
