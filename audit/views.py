"""Web UI of the audit log: browse events, download inclusion proofs, verify the chain, export.

"Verify chain now" runs ``audit.checkpoints.verify_log`` and records its
result as an ``audit.verify`` event, which the dashboard reads. It runs in the
request when Celery tasks run eagerly (tests, the embedded mode) and in a
background thread otherwise; progress lives in the cache and is polled with htmx.
"""

from __future__ import annotations

import json
import threading
import uuid
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from audit import selectors
from audit import services as audit
from audit.actors import Actor
from audit.checkpoints import verify_log
from audit.exports import export_create
from audit.models import AuditEvent, Export
from governance.forms import EventFilterForm, ExportForm, day_after, day_start
from governance.views import read_required

VERIFY_CACHE_PREFIX = "custos:audit-verify:"
VERIFY_CACHE_SECONDS = 3600
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


def _verify_key(run_id: str) -> str:
    return f"{VERIFY_CACHE_PREFIX}{run_id}"


def run_verification(run_id: str, actor: Actor) -> dict[str, Any]:
    """Verify the whole log, keep progress in the cache, and record the result as ``audit.verify``."""
    key = _verify_key(run_id)
    state: dict[str, Any] = dict(cache.get(key) or {"total": selectors.event_count()})

    def progress(checked: int) -> None:
        cache.set(key, {**state, "status": "running", "checked": checked}, VERIFY_CACHE_SECONDS)

    try:
        report = verify_log(progress=progress)
        result = {
            "ok": report.ok,
            "checked": report.chain.checked,
            "head_seq": report.chain.head_seq,
            "head_hash": report.chain.head_hash,
            "first_bad_seq": report.first_bad_seq,
            "checkpoints": report.checkpoints,
            "problems": [problem.message for problem in report.problems]
            + ([report.chain.problem] if not report.chain.ok else []),
        }
        with transaction.atomic():
            event = audit.record(
                actor=actor,
                action=selectors.VERIFY_ACTION,
                subject_type="audit_log",
                subject_id="chain",
                payload=result,
            )
        state.update(status="done", checked=report.chain.checked, result=result, event_seq=event.seq)
    except Exception as exc:
        state.update(status="failed", error=f"{type(exc).__name__}: {exc}")
    cache.set(key, state, VERIFY_CACHE_SECONDS)
    return state


def _verify_in_background(run_id: str, actor: Actor) -> None:
    try:
        run_verification(run_id, actor)
    finally:
        connection.close()


@read_required
@require_POST
def verify_start_view(request: HttpRequest) -> HttpResponse:
    run_id = uuid.uuid4().hex
    cache.set(
        _verify_key(run_id),
        {"status": "running", "checked": 0, "total": selectors.event_count()},
        VERIFY_CACHE_SECONDS,
    )
    actor = Actor.for_user(request.user)
    if settings.CELERY_TASK_ALWAYS_EAGER:
        run_verification(run_id, actor)
    else:
        threading.Thread(target=_verify_in_background, args=(run_id, actor), daemon=True).start()
    if request.headers.get("HX-Request"):
        return verify_progress_view(request, run_id)
    return redirect("audit-verify-progress", run_id=run_id)


@read_required
def verify_progress_view(request: HttpRequest, run_id: str) -> HttpResponse:
    state = cache.get(_verify_key(run_id))
    if state is None:
        raise Http404("This verification run is unknown or expired.")
    total = state.get("total") or 0
    percent = (
        100 if state["status"] != "running" else min(99, round(100 * state.get("checked", 0) / total) if total else 0)
    )
    context = {"run_id": run_id, "state": state, "percent": percent}
    template = "audit/partials/verify_progress.html" if request.headers.get("HX-Request") else "audit/verify.html"
    return render(request, template, context)


@read_required
def verify_view(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "audit/verify.html",
        {
            "last": selectors.last_verification(),
            "head": selectors.chain_head(),
            "checkpoint": selectors.latest_checkpoint(),
        },
    )


# --- exports ---------------------------------------------------------------------------------


@read_required
@require_http_methods(["GET", "POST"])
def export_list_view(request: HttpRequest) -> HttpResponse:
    form = ExportForm(request.POST if request.method == "POST" else None, actions=selectors.event_actions())
    if request.method == "POST" and form.is_valid():
        try:
            export = export_create(
                actor=Actor.for_user(request.user), filters=form.filters(), requested_by=request.user
            )
        except ValidationError as exc:
            for name, errors in exc.message_dict.items():
                form.add_error(name if name in form.fields else None, errors)
        else:
            messages.success(request, f"Export #{export.pk} started.")
            return redirect("audit-export-detail", export_id=export.pk)
    return render(request, "audit/export_list.html", {"form": form, "exports": selectors.export_list()})


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
