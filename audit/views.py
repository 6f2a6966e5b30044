"""Web UI of the audit log: browse events, download inclusion proofs, verify the chain, export.

"Verify chain now" queues a single-flight verification run (audit.verification)
that a Celery worker executes (in the request when tasks run eagerly: tests, the
embedded mode); the page polls the run's progress with htmx.
"""

from __future__ import annotations

import importlib.metadata
import json
from pathlib import Path
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from access.decorators import read_required
from audit import selectors
from audit.actors import Actor
from audit.exports import export_create, export_workload_choices
from audit.forms import EventFilterForm, ExportForm, day_after, day_start
from audit.models import AuditEvent, Export, VerificationRun
from audit.signing import log_signer
from audit.verification import VerificationBusyError, verification_start
from config.forms import apply_errors

EVENTS_PER_PAGE = 50


# --- events ----------------------------------------------------------------------------------


def _int_or_none(value: str | None) -> int | None:
    try:
        return int(value) if value else None
    except ValueError:
        return None


@read_required
def event_list_view(request: HttpRequest) -> HttpResponse:
    form = EventFilterForm(
        request.GET or None, actions=selectors.event_actions(), subject_types=selectors.event_subject_types()
    )
    filters = form.cleaned_data if form.is_valid() else {}
    events, has_older, has_newer = selectors.event_page(
        before_seq=_int_or_none(request.GET.get("before")),
        after_seq=_int_or_none(request.GET.get("after")),
        limit=EVENTS_PER_PAGE,
        action=filters.get("action") or None,
        subject_type=filters.get("subject_type") or None,
        subject_id=filters.get("subject_id") or None,
        since=day_start(filters.get("since")),
        until=day_after(filters.get("until")),
    )
    context = {
        "form": form,
        "events": events,
        "older": events[-1].seq if has_older and events else None,
        "newer": events[0].seq if has_newer and events else None,
        "head": selectors.chain_head(),
        "filtered": any(filters.get(name) for name in ("action", "subject_type", "subject_id", "since", "until")),
    }
    return render(request, "audit/event_list.html", context)


def _event_or_404(seq: int) -> AuditEvent:
    try:
        return selectors.event_get(seq)
    except AuditEvent.DoesNotExist:
        raise Http404(f"No audit event with seq {seq}.") from None


@read_required
def event_detail_view(request: HttpRequest, seq: int) -> HttpResponse:
    event = _event_or_404(seq)
    context = {
        "event": event,
        "payload_json": json.dumps(event.payload, indent=2, sort_keys=True, ensure_ascii=False),
        "checkpoint": selectors.covering_checkpoint(seq),
        "previous_seq": seq - 1 if seq > 1 else None,
        "next_seq": seq + 1 if seq < selectors.chain_head().seq else None,
    }
    return render(request, "audit/event_detail.html", context)


@read_required
def event_proof_view(request: HttpRequest, seq: int) -> HttpResponse:
    """The event's RFC 9162 inclusion proof as a JSON download."""
    _event_or_404(seq)
    try:
        proof = selectors.event_inclusion_proof(seq)
    except (selectors.LeafGapError, ValueError) as exc:
        return JsonResponse({"error": str(exc)}, status=409)
    response = JsonResponse(proof, json_dumps_params={"indent": 2})
    response["Content-Disposition"] = f'attachment; filename="custos-audit-proof-{seq}.json"'
    return response


# --- verify chain now --------------------------------------------------------------------------


def _run_or_404(run_id: int) -> VerificationRun:
    try:
        return selectors.verification_get(run_id)
    except VerificationRun.DoesNotExist:
        raise Http404("No such verification run.") from None


def _verify_progress(request: HttpRequest, run: VerificationRun, *, joined: bool = False) -> HttpResponse:
    in_flight = run.in_flight
    percent = min(99, round(100 * run.checked / run.total)) if in_flight and run.total else (0 if in_flight else 100)
    context = {"run": run, "percent": percent, "joined": joined, "verify_state": _verify_state()}
    if request.headers.get("HX-Request"):
        return render(request, "audit/partials/verify_progress.html", context)
    return render(request, "audit/verify.html", {**_verify_page_context(), **context})


def _verify_state() -> str:
    """What the verify page shows, in one string: it changes when a run starts, finishes or is recorded."""
    running = selectors.verification_in_flight()
    finished = selectors.verification_latest_finished()
    last = selectors.last_verification()
    return (
        f"run:{running.pk if running else '-'}:{running.status if running else '-'}"
        f"|finished:{finished.pk if finished else '-'}|recorded:{last.seq if last else '-'}"
    )


def _verify_page_context() -> dict[str, Any]:
    return {
        "last": selectors.last_verification(),
        "head": selectors.chain_head(),
        "checkpoint": selectors.latest_checkpoint(),
        "verify_state": _verify_state(),
    }


@read_required
def verify_status_view(request: HttpRequest) -> JsonResponse:
    """The verify page's state; static/custos/app.js polls it and refreshes the panels when it changes."""
    running = selectors.verification_in_flight()
    return JsonResponse(
        {
            "state": _verify_state(),
            "in_flight": running.pk if running else None,
            "checked": running.checked if running else None,
            "total": running.total if running else None,
        }
    )


@read_required
@require_POST
def verify_start_view(request: HttpRequest) -> HttpResponse:
    """Queue a verification, or join the one in flight (one at a time, whoever started it)."""
    try:
        run, created = verification_start(actor=Actor.for_user(request.user))
    except VerificationBusyError as exc:
        messages.error(request, str(exc))
        return redirect("audit-verify")
    if request.headers.get("HX-Request"):
        return _verify_progress(request, selectors.verification_get(run.pk), joined=not created)
    if not created:
        messages.info(request, f"A verification started by {run.actor_label} is already running; showing it.")
    return redirect("audit-verify-progress", run_id=run.pk)


@read_required
def verify_progress_view(request: HttpRequest, run_id: int) -> HttpResponse:
    return _verify_progress(request, _run_or_404(run_id))


@read_required
def verify_view(request: HttpRequest) -> HttpResponse:
    run = selectors.verification_in_flight() or selectors.verification_latest_finished()
    if run is not None and run.in_flight:
        return _verify_progress(request, run)
    return render(request, "audit/verify.html", {**_verify_page_context(), "finished": run})


# --- exports ---------------------------------------------------------------------------------


@read_required
@require_http_methods(["GET", "POST"])
def export_list_view(request: HttpRequest) -> HttpResponse:
    form = ExportForm(
        request.POST if request.method == "POST" else None,
        actions=selectors.event_actions(),
        workloads=export_workload_choices(),
    )
    if request.method == "POST" and form.is_valid():
        try:
            export = export_create(
                actor=Actor.for_user(request.user), filters=form.filters(), requested_by=request.user
            )
        except ValidationError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, f"Export #{export.pk} started.")
            return redirect("audit-export-detail", export_id=export.pk)
    context = {"form": form, "exports": selectors.export_list(), **_offline_verifier_context()}
    return render(request, "audit/export_list.html", context)


def _offline_verifier_context() -> dict[str, Any]:
    """What an auditor needs to run tools/verify_export.py elsewhere: its one dependency, pinned, and the key."""
    return {
        "verifier_key": log_signer().verifier,
        "cryptography_version": importlib.metadata.version("cryptography"),
    }


def _export_or_404(export_id: int) -> Export:
    try:
        return selectors.export_get(export_id)
    except Export.DoesNotExist:
        raise Http404("No such export.") from None


@read_required
def export_detail_view(request: HttpRequest, export_id: int) -> HttpResponse:
    export = _export_or_404(export_id)
    percent = (
        100
        if export.status == Export.Status.DONE
        else (round(100 * export.exported / export.total) if export.total else 0)
    )
    context = {
        "export": export,
        "percent": percent,
        "polling": export.status in (Export.Status.QUEUED, Export.Status.RUNNING),
    }
    template = (
        "audit/partials/export_progress.html" if request.headers.get("HX-Request") else "audit/export_detail.html"
    )
    return render(request, template, context)


@read_required
def export_download_view(request: HttpRequest, export_id: int) -> HttpResponse:
    export = _export_or_404(export_id)
    if export.status != Export.Status.DONE or not export.file_path:
        raise Http404("This export is not ready.")
    path = Path(export.file_path)
    if not path.is_file():
        raise Http404("The export file is no longer on the server.")
    # FileResponse streams the file; it is an HttpResponseBase, not an HttpResponse, for the type checker.
    return FileResponse(  # type: ignore[return-value]
        path.open("rb"), as_attachment=True, filename=path.name, content_type="application/zip"
    )
