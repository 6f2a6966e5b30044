"""Pre-flight decisions: the filtered list and one decision checked against its audit event."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from access.decorators import read_required
from config.timezones import day_after, day_start
from governance import selectors
from governance.decision_log import decision_check
from governance.forms import DecisionFilterForm
from governance.models import Decision
from governance.views.common import paginate


@read_required
def decision_list_view(request: HttpRequest) -> HttpResponse:
    """The filtered list; searching a whole ``decision_id`` that exists opens that decision."""
    form = DecisionFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    whole_id = form.whole_decision_id() if filters else None
    if whole_id and selectors.decision_list(id_prefix=whole_id).exists():
        return redirect("decision-detail-ui", decision_id=whole_id)
    decisions = selectors.decision_list(
        workload=filters.get("workload") or None,
        destination=filters.get("destination") or None,
        outcome=filters.get("outcome") or None,
        since=day_start(filters.get("since")),
        until=day_after(filters.get("until")),
        id_prefix=filters.get("decision_id") or None,
    )
    context = {
        "form": form,
        "page": paginate(request, decisions),
        "filtered": bool(request.GET and any(v for k, v in request.GET.items() if k != "page")),
        "searched_id": filters.get("decision_id") or "",
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
