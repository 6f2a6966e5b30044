"""EU AI Act report pages and their CSV/JSON downloads, and the incident register's pages.

Reading a report needs a read role (officer, auditor, administrator); recording
incidents and registration data needs an edit role (officer, administrator).
Anonymous users are sent to the login page; anyone else without the role gets
an audited 403 (``access.decorators.role_required``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from access.decorators import edit_required, read_required
from access.roles import can_edit_registry
from audit import selectors as audit_selectors
from audit.actors import Actor
from config.forms import apply_errors
from governance.models import AnnexVIIIRegistration, Incident, Workload
from reports import builders, services
from reports.forms import CloseForm, IncidentForm, PeriodForm, RegistrationForm, ReportedForm
from reports.registration import FieldStatus, registration_sheet

CSV = "csv"
JSON = "json"
FIELD_BADGES = {  # status -> (badge kind, label)
    FieldStatus.FILLED: ("ok", "Filled"),
    FieldStatus.MISSING: ("deny", "Missing"),
    FieldStatus.OPTIONAL: ("info", "Optional"),
    FieldStatus.NOT_APPLICABLE: ("retired", "Not applicable"),
}
INCIDENT_BADGES = {Incident.Status.OPEN: "redact", Incident.Status.REPORTED: "info", Incident.Status.CLOSED: "retired"}


def _download(body: str, *, fmt: str, name: str) -> HttpResponse:
    content_type = "text/csv; charset=utf-8" if fmt == CSV else "application/json"
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="custos-{name}-{timezone.now():%Y%m%d}.{fmt}"'
    return response


def _table_or_json(
    fmt: str | None, *, name: str, table: Callable[[], tuple[list[str], list[list[Any]]]], data: Callable[[], Any]
) -> HttpResponse | None:
    """The download for ``fmt``, or None when the HTML page is wanted."""
    if fmt == CSV:
        return _download(builders.to_csv(*table()), fmt=CSV, name=name)
    if fmt == JSON:
        return _download(builders.to_json(data(), report=name), fmt=JSON, name=name)
    return None


# --- pages ----------------------------------------------------------------------------------------


@read_required
def report_index(request: HttpRequest) -> HttpResponse:
    return render(request, "reports/index.html")


@read_required
def inventory_view(request: HttpRequest, fmt: str | None = None) -> HttpResponse:
    rows = builders.inventory()
    download = _table_or_json(
        fmt,
        name="inventory",
        table=lambda: builders.dataclass_table(rows, builders.InventoryRow),
        data=lambda: rows,
    )
    return download or render(request, "reports/inventory.html", {"rows": rows})


@read_required
def log_list_view(request: HttpRequest) -> HttpResponse:
    form = PeriodForm(request.GET or None)
    period = form.period()
    context = {
        "form": form,
        "period": period,
        "activity": builders.log_activity(period),
        "query": _period_query(period),
    }
    return render(request, "reports/logs.html", context)


def _period_query(period: builders.Period) -> str:
    last_day = (period.until - dt.timedelta(microseconds=1)).date()
    return f"since={period.since.date().isoformat()}&until={last_day.isoformat()}"


@read_required
def log_summary_view(request: HttpRequest, slug: str, fmt: str | None = None) -> HttpResponse:
    workload = get_object_or_404(Workload, slug=slug)
    form = PeriodForm(request.GET or None)
    period = form.period()
    summary = builders.art12_summary(workload, period)
    download = _table_or_json(
        fmt, name=f"art12-{workload.slug}", table=lambda: builders.art12_table(summary), data=lambda: summary
    )
    if download:
        return download
    context = {"workload": workload, "form": form, "summary": summary, "query": _period_query(period)}
    return render(request, "reports/log_summary.html", context)


@read_required
def registration_list_view(request: HttpRequest) -> HttpResponse:
    return render(request, "reports/registration_list.html", {"sheets": builders.registration_overview()})


@read_required
def registration_view(request: HttpRequest, slug: str, fmt: str | None = None) -> HttpResponse:
    workload = get_object_or_404(Workload.objects.select_related("screening"), slug=slug)
    sheet = registration_sheet(workload)
    download = _table_or_json(
        fmt,
        name=f"annex-viii-{workload.slug}",
        table=lambda: builders.registration_table(sheet),
        data=lambda: builders.registration_document(sheet),
    )
    if download:
        return download
    context = {
        "sheet": sheet,
        "workload": workload,
        "badges": FIELD_BADGES,
        "can_edit": can_edit_registry(request.user),
    }
    return render(request, "reports/registration.html", context)


@edit_required
@require_http_methods(["GET", "POST"])
def registration_edit_view(request: HttpRequest, slug: str) -> HttpResponse:
    workload = get_object_or_404(Workload, slug=slug)
    instance = AnnexVIIIRegistration.objects.filter(workload=workload).first() or AnnexVIIIRegistration(
        workload=workload
    )
    form = RegistrationForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        try:
            services.registration_update(actor=Actor.for_user(request.user), workload=workload, **form.cleaned_data)
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, "Registration data saved.")
            return redirect("report-registration", slug=workload.slug)
    return render(request, "reports/registration_form.html", {"form": form, "workload": workload})


@read_required
def incident_list_view(request: HttpRequest, fmt: str | None = None) -> HttpResponse:
    status = request.GET.get("status") or None
    if status not in (None, *Incident.Status.values):
        status = None
    rows = builders.incident_register(status=status)
    download = _table_or_json(
        fmt,
        name="incidents",
        table=lambda: builders.dataclass_table(rows, builders.IncidentRow),
        data=lambda: rows,
    )
    if download:
        return download
    context = {
        "rows": rows,
        "status": status or "",
        "statuses": Incident.Status.choices,
        "badges": INCIDENT_BADGES,
        "categories": dict(Incident.Category.choices),
        "can_edit": can_edit_registry(request.user),
    }
    return render(request, "reports/incidents.html", context)


@edit_required
@require_http_methods(["GET", "POST"])
def incident_create_view(request: HttpRequest) -> HttpResponse:
    initial = {"workload": request.GET.get("workload")} if request.GET.get("workload") else None
    form = IncidentForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            incident = services.incident_record(actor=Actor.for_user(request.user), **form.cleaned_data)
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, "Incident recorded. Its Art. 73 deadline is shown below.")
            return redirect("report-incident-detail", pk=incident.pk)
    return render(request, "reports/incident_form.html", {"form": form})


def _incident_or_404(pk: int) -> Incident:
    try:
        return builders.incident_get(pk)
    except Incident.DoesNotExist:
        raise Http404("No such incident.") from None


@read_required
def incident_detail_view(request: HttpRequest, pk: int) -> HttpResponse:
    incident = _incident_or_404(pk)
    context = {
        "incident": incident,
        "row": builders.incident_row(incident, timezone.now()),
        "badges": INCIDENT_BADGES,
        "events": audit_selectors.events_for_subject("incident", incident.pk),
        "can_edit": can_edit_registry(request.user),
    }
    return render(request, "reports/incident_detail.html", context)


@edit_required
@require_http_methods(["GET", "POST"])
def incident_report_view(request: HttpRequest, pk: int) -> HttpResponse:
    incident = _incident_or_404(pk)
    form = ReportedForm(request.POST or None, initial={"reported_at": timezone.now().replace(second=0, microsecond=0)})
    if request.method == "POST" and form.is_valid():
        try:
            services.incident_mark_reported(
                actor=Actor.for_user(request.user), incident=incident, reported_at=form.cleaned_data["reported_at"]
            )
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, "Incident marked as reported.")
            return redirect("report-incident-detail", pk=incident.pk)
    context = {"incident": incident, "form": form, "action": "report", "label": "Mark as reported"}
    return render(request, "reports/incident_action.html", context)


@edit_required
@require_http_methods(["GET", "POST"])
def incident_close_view(request: HttpRequest, pk: int) -> HttpResponse:
    incident = _incident_or_404(pk)
    form = CloseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.incident_close(
                actor=Actor.for_user(request.user), incident=incident, note=form.cleaned_data["note"]
            )
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, "Incident closed.")
            return redirect("report-incident-detail", pk=incident.pk)
    context = {"incident": incident, "form": form, "action": "close", "label": "Close"}
    return render(request, "reports/incident_action.html", context)


@read_required
def retention_view(request: HttpRequest, fmt: str | None = None) -> HttpResponse:
    report = builders.retention_report()
    download = _table_or_json(
        fmt,
        name="retention",
        table=lambda: builders.dataclass_table(report.rows, builders.RetentionRow),
        data=lambda: report,
    )
    return download or render(request, "reports/retention.html", {"report": report})
