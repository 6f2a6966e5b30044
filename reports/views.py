"""EU AI Act report pages and their CSV/JSON/PDF downloads, the incident register, FRIAs and report verification.

Every report page carries its provenance (organisation, period, generated at
and by, audit chain head, signed checkpoint: ``reports.provenance``). Its PDF
is rendered on the server (``reports.pdf``); before rendering, the log head is
signed (a checkpoint, when the log grew) so the PDF names a checkpoint that
covers the head it prints, and after rendering the PDF's SHA-256 is recorded as
a ``report.generated`` audit event, which the verify page and API look up.

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
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from access.decorators import edit_required, read_required
from access.roles import can_edit_registry
from audit import selectors as audit_selectors
from audit.actors import Actor
from audit.checkpoints import CheckpointError, checkpoint_create
from config.forms import apply_errors
from governance.fria import fria_requirement
from governance.models import AnnexVIIIRegistration, Incident, Workload
from reports import builders, pdf, selectors, services
from reports.forms import (
    CloseForm,
    FriaForm,
    IncidentDetailsForm,
    IncidentForm,
    PeriodForm,
    RegistrationForm,
    ReportedForm,
    VerifyForm,
)
from reports.provenance import Provenance, report_provenance
from reports.registration import FieldStatus, registration_sheet

CSV = "csv"
JSON = "json"
PDF = "pdf"
PDF_BASE = "reports/pdf_base.html"
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


def _provenance(request: HttpRequest, title: str, period: builders.Period | None = None) -> Provenance:
    return report_provenance(title=title, generated_by=Actor.for_user(request.user).label, period=period)


def _pdf_response(
    request: HttpRequest,
    *,
    template: str,
    context: dict[str, Any],
    name: str,
    title: str,
    period: builders.Period | None = None,
    parameters: dict[str, str] | None = None,
    landscape: bool = False,
) -> HttpResponse:
    """The report as a PDF whose SHA-256 is recorded in the audit log (``report.generated``) before it is sent."""
    actor = Actor.for_user(request.user)
    head = audit_selectors.chain_head()  # the state the report reads; its own checkpoint record comes after
    note = ""
    try:
        # Sign the head first, so the PDF names a checkpoint that covers the head it prints.
        checkpoint_create(actor=actor, only_if_grown=True)
    except CheckpointError as exc:
        note = f"The log head could not be signed: {exc}."
    provenance = report_provenance(
        title=title, generated_by=actor.label, period=period, checkpoint_note=note, head=head
    )
    html = render_to_string(
        template,
        {
            **context,
            "provenance": provenance,
            "base_template": PDF_BASE,
            "pdf": True,
            "landscape": landscape,
            "verify_url": request.build_absolute_uri(reverse("report-verify")),
            "verify_api_url": request.build_absolute_uri(reverse("report-verify-api")),
        },
        request=request,
    )
    try:
        rendered = pdf.render_pdf(html)
    except pdf.PdfUnavailable as exc:
        # An installation without Pango still serves every page and download but this one; say what to install.
        return HttpResponse(str(exc), status=503, content_type="text/plain; charset=utf-8")
    seq = services.report_generated_record(
        actor=actor,
        report=name,
        sha256=rendered.sha256,
        size_bytes=rendered.size_bytes,
        pages=rendered.pages,
        head_seq=provenance.head_seq,
        checkpoint_id=provenance.checkpoint.pk if provenance.checkpoint else None,
        parameters=parameters,
    )
    response = HttpResponse(rendered.content, content_type="application/pdf")
    stamp = provenance.generated_at.strftime("%Y%m%d-%H%M%S")
    response["Content-Disposition"] = f'attachment; filename="custos-{name}-{stamp}.pdf"'
    response["X-Custos-Report-SHA256"] = rendered.sha256
    response["X-Custos-Audit-Seq"] = str(seq)
    return response


def _report(
    request: HttpRequest,
    fmt: str | None,
    *,
    name: str,
    title: str,
    template: str,
    context: dict[str, Any],
    table: Callable[[], tuple[list[str], list[list[Any]]]] | None = None,
    data: Callable[[], Any] | None = None,
    period: builders.Period | None = None,
    parameters: dict[str, str] | None = None,
    landscape: bool = False,
) -> HttpResponse:
    """A report page, or its CSV, JSON or PDF download."""
    if fmt == PDF:
        return _pdf_response(
            request,
            template=template,
            context=context,
            name=name,
            title=title,
            period=period,
            parameters=parameters,
            landscape=landscape,
        )
    if table is not None and data is not None:
        download = _table_or_json(fmt, name=name, table=table, data=data)
        if download:
            return download
    return render(request, template, {**context, "provenance": _provenance(request, title, period)})


# --- pages ----------------------------------------------------------------------------------------


@read_required
def report_index(request: HttpRequest) -> HttpResponse:
    return render(request, "reports/index.html")


@read_required
def inventory_view(request: HttpRequest, fmt: str | None = None) -> HttpResponse:
    rows = builders.inventory()
    return _report(
        request,
        fmt,
        name="inventory",
        title="AI system inventory",
        template="reports/inventory.html",
        context={"rows": rows},
        table=lambda: builders.dataclass_table(rows, builders.InventoryRow),
        data=lambda: rows,
        landscape=True,
    )


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
    context = {"workload": workload, "form": form, "summary": summary, "query": _period_query(period)}
    return _report(
        request,
        fmt,
        name=f"art12-{workload.slug}",
        title=f"Art. 12 log summary: {workload.name}",
        template="reports/log_summary.html",
        context=context,
        table=lambda: builders.art12_table(summary),
        data=lambda: summary,
        period=period,
        parameters={"workload": workload.slug, "since": period.since.isoformat(), "until": period.until.isoformat()},
    )


@read_required
def registration_list_view(request: HttpRequest) -> HttpResponse:
    return render(request, "reports/registration_list.html", {"sheets": builders.registration_overview()})


@read_required
def registration_view(request: HttpRequest, slug: str, fmt: str | None = None) -> HttpResponse:
    workload = get_object_or_404(Workload.objects.select_related("screening"), slug=slug)
    sheet = registration_sheet(workload)
    context = {
        "sheet": sheet,
        "workload": workload,
        "badges": FIELD_BADGES,
        "can_edit": can_edit_registry(request.user),
    }
    return _report(
        request,
        fmt,
        name=f"annex-viii-{workload.slug}",
        title=f"Annex VIII registration sheet: {workload.name}",
        template="reports/registration.html",
        context=context,
        table=lambda: builders.registration_table(sheet),
        data=lambda: builders.registration_document(sheet),
        parameters={"workload": workload.slug},
    )


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
    context = {
        "rows": rows,
        "status": status or "",
        "statuses": Incident.Status.choices,
        "badges": INCIDENT_BADGES,
        "categories": dict(Incident.Category.choices),
        "can_edit": can_edit_registry(request.user),
    }
    return _report(
        request,
        fmt,
        name="incidents",
        title="Serious incident register (Art. 73)",
        template="reports/incidents.html",
        context=context,
        table=lambda: builders.dataclass_table(rows, builders.IncidentRow),
        data=lambda: rows,
        parameters={"status": status or ""},
        landscape=True,
    )


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
def incident_edit_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Complete or correct the Art. 73 details (occurrence, persons affected, causal link, measures, notices)."""
    incident = _incident_or_404(pk)
    form = IncidentDetailsForm(request.POST or None, initial=IncidentDetailsForm.details_initial(incident))
    if request.method == "POST" and form.is_valid():
        try:
            services.incident_update(actor=Actor.for_user(request.user), incident=incident, **form.cleaned_data)
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, "Art. 73 details saved.")
            return redirect("report-incident-detail", pk=incident.pk)
    return render(request, "reports/incident_edit.html", {"incident": incident, "form": form})


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
    return _report(
        request,
        fmt,
        name="retention",
        title="Log retention (Art. 19(1), 26(6))",
        template="reports/retention.html",
        context={"report": report},
        table=lambda: builders.dataclass_table(report.rows, builders.RetentionRow),
        data=lambda: report,
    )


@read_required
def incident_art73_view(request: HttpRequest, pk: int, fmt: str | None = None) -> HttpResponse:
    """The Art. 73 report of one incident, as the market surveillance authority is sent it."""
    incident = _incident_or_404(pk)
    context = {
        "incident": incident,
        "report": builders.art73_report(incident, now=timezone.now()),
        "events": audit_selectors.events_for_subject("incident", incident.pk),
    }
    return _report(
        request,
        fmt,
        name=f"art73-incident-{incident.pk}",
        title=f"Serious incident report (Art. 73): #{incident.pk}",
        template="reports/incident_art73.html",
        context=context,
        parameters={"incident": str(incident.pk)},
    )


# --- fundamental-rights impact assessment (Art. 27) ---------------------------------------------


def _fria_context(request: HttpRequest, workload: Workload) -> dict[str, Any]:
    versions = selectors.fria_versions(workload)
    wanted = request.GET.get("version", "")
    shown = next((v for v in versions if str(v.version) == wanted), versions[0] if versions else None)
    registration = AnnexVIIIRegistration.objects.filter(workload=workload).first()
    screening = getattr(workload, "screening", None)
    return {
        "workload": workload,
        "requirement": fria_requirement(workload, screening, registration),
        "versions": versions,
        "assessment": shown,
        "elements": builders.fria_elements(shown) if shown else [],
        "can_edit": can_edit_registry(request.user),
    }


@read_required
def fria_view(request: HttpRequest, slug: str, fmt: str | None = None) -> HttpResponse:
    workload = get_object_or_404(Workload.objects.select_related("screening"), slug=slug)
    context = _fria_context(request, workload)
    if fmt == PDF and context["assessment"] is None:
        raise Http404("This workload has no fundamental-rights impact assessment yet.")
    version = str(context["assessment"].version) if context["assessment"] else ""
    return _report(
        request,
        fmt,
        name=f"fria-{workload.slug}",
        title=f"Fundamental-rights impact assessment (Art. 27): {workload.name}",
        template="reports/fria.html",
        context=context,
        parameters={"workload": workload.slug, "version": version},
    )


@edit_required
@require_http_methods(["GET", "POST"])
def fria_edit_view(request: HttpRequest, slug: str) -> HttpResponse:
    workload = get_object_or_404(Workload.objects.select_related("screening"), slug=slug)
    latest = selectors.fria_latest(workload)
    initial = {name: getattr(latest, name) for name in FriaForm.base_fields} if latest else None
    form = FriaForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            assessment = services.fria_record(
                actor=Actor.for_user(request.user), workload=workload, **form.cleaned_data
            )
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, f"Assessment version {assessment.version} recorded.")
            return redirect("report-fria", slug=workload.slug)
    context = {"form": form, "workload": workload, "latest": latest, **_fria_context(request, workload)}
    return render(request, "reports/fria_form.html", context)


# --- checking a handed-over report -----------------------------------------------------------------


@read_required
@require_http_methods(["GET", "POST"])
def verify_view(request: HttpRequest) -> HttpResponse:
    """Upload a PDF (hashed here, not stored) or paste its SHA-256: was it generated by Custos, when, by whom."""
    form = VerifyForm(request.POST, request.FILES) if request.method == "POST" else VerifyForm()
    context: dict[str, Any] = {"form": form}
    if request.method == "POST" and form.is_valid():
        sha256 = form.cleaned_data["digest"]
        context.update({"checked": sha256, "events": selectors.report_events_for_hash(sha256)})
    return render(request, "reports/verify.html", context)
