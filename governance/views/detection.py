"""Detection profile: the version in force, drafts, preview on sample texts or a dataset, comparison and publishing."""

from __future__ import annotations

import json
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods, require_POST

from access.decorators import edit_required, read_required
from access.roles import can_edit_registry
from classifier.language import SUPPORTED_LANGUAGES
from classifier.profile import CHECKSUMS, profile_errors
from governance import detection_services as services
from governance.detection import (
    DATASET_PREVIEW_MAX_BYTES,
    EMPTY_PROFILE,
    PREVIEW_MAX_CHARS,
    PREVIEW_MAX_TEXTS,
    diff_profiles,
)
from governance.forms import DocumentDraftForm
from governance.models import DetectionProfileVersion
from governance.views.common import actor_of, error_text
from governance.views.versioning import VersionedPages

# A sample file uploaded for a preview: read in memory, never saved.
PREVIEW_MAX_UPLOAD_BYTES = 1_000_000
# Room for the multipart envelope and the form fields around a dataset.
_MULTIPART_OVERHEAD_BYTES = 64 * 1024


class DetectionProfileDraftForm(DocumentDraftForm):
    """A draft profile as JSON."""

    noun = "profile"

    def document_errors(self, content: Any) -> dict[str, str]:
        return profile_errors(content)


class PreviewForm(forms.Form):
    """Sample texts, pasted (separated by a line with three dashes) or uploaded as a UTF-8 text file."""

    texts = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 10, "spellcheck": "false"}),
        help_text="One or more sample texts; separate them with a line holding only ---. Nothing is stored.",
    )
    upload = forms.FileField(required=False, help_text="Or a UTF-8 text file (same separator), read in memory.")
    workload = forms.SlugField(required=False, help_text="Preview the parts this workload selects (empty: all).")

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        raw = cleaned.get("texts") or ""
        upload = cleaned.get("upload")
        if upload is not None:
            if upload.size > PREVIEW_MAX_UPLOAD_BYTES:
                raise ValidationError(f"The file is larger than {PREVIEW_MAX_UPLOAD_BYTES:,} bytes.")
            try:
                raw = (raw + "\n---\n" if raw.strip() else "") + upload.read().decode("utf-8")
            except UnicodeDecodeError:
                raise ValidationError("The file is not UTF-8 text.") from None
        samples = [part.strip() for part in raw.replace("\r\n", "\n").split("\n---\n") if part.strip()]
        if not samples:
            raise ValidationError("Paste or upload at least one sample text.")
        if len(samples) > PREVIEW_MAX_TEXTS or sum(len(s) for s in samples) > PREVIEW_MAX_CHARS:
            raise ValidationError(f"At most {PREVIEW_MAX_TEXTS} texts and {PREVIEW_MAX_CHARS:,} characters.")
        cleaned["samples"] = samples
        return cleaned


class DatasetPreviewForm(forms.Form):
    """A CSV or JSONL dataset, as a dataset scan takes it, classified in memory without and with the version."""

    dataset = forms.FileField(
        label="Dataset",
        help_text=f"A .csv, .jsonl or .ndjson file of at most {DATASET_PREVIEW_MAX_BYTES:,} bytes, read in memory. "
        "Larger datasets: run a scan.",
    )
    text_column = forms.CharField(initial="text", max_length=100)
    id_column = forms.CharField(initial="id", max_length=100, help_text="Opaque row keys, shown for changed rows.")
    language = forms.ChoiceField(
        choices=[("auto", "Identify each row's language"), *((code, code) for code in SUPPORTED_LANGUAGES)],
        initial="auto",
    )
    workload = forms.SlugField(required=False, help_text="Preview the parts this workload selects (empty: all).")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "id_dataset_%s")  # the sample form on the same page has a workload field too
        super().__init__(*args, **kwargs)


PAGES = VersionedPages(
    document=services.DETECTION_PROFILE_DOCUMENT,
    noun="detection profile",
    url_prefix="detection-profile",
    form_class=DetectionProfileDraftForm,
    edit_template="governance/detection_profile_edit.html",
    saved_url="detection-profile-preview",
    default_content=EMPTY_PROFILE,
    default_notes="New profile.",
)
_version_or_404 = PAGES.version_or_404


def _summary(content: dict[str, Any] | None) -> dict[str, Any]:
    content = content or {}
    return {
        "allow": content.get("allow", []),
        "terms": content.get("terms", []),
        "patterns": content.get("patterns", []),
        "workload_parts": sorted(content.get("workload_parts", {}).items()),
    }


@read_required
def detection_profile_view(request: HttpRequest) -> HttpResponse:
    published = services.detection_profile_published()
    context = {
        "profile": published,
        "summary": _summary(published.content if published else None),
        "draft": PAGES.document.latest_draft(),
        "versions": services.detection_profile_list()[:20],
        "can_edit": can_edit_registry(request.user),
    }
    return render(request, "governance/detection_profile.html", context)


@read_required
def detection_profile_version_view(request: HttpRequest, number: int) -> HttpResponse:
    version = _version_or_404(number)
    published = services.detection_profile_published()
    base = published.content if published and published.pk != version.pk else None
    context = {
        "version": version,
        "summary": _summary(version.content),
        "diff": diff_profiles(base, version.content),
        "published": published,
        "content_json": json.dumps(version.content, indent=2),
        "can_edit": can_edit_registry(request.user),
    }
    return render(request, "governance/detection_profile_version.html", context)


@edit_required
@require_POST
def detection_profile_draft_start_view(request: HttpRequest) -> HttpResponse:
    """Open a new draft, copied from the published version (or an empty profile)."""
    return PAGES.start_draft(request)


@edit_required
@require_http_methods(["GET", "POST"])
def detection_profile_edit_view(request: HttpRequest, number: int) -> HttpResponse:
    return PAGES.edit(request, number, lambda _request, _version, _form: {"checksums": sorted(CHECKSUMS)})


@edit_required
@require_http_methods(["GET", "POST"])
def detection_profile_preview_view(request: HttpRequest, number: int) -> HttpResponse:
    """Sample texts classified without and with the version, in memory; the page shows counts, never the texts."""
    version = _version_or_404(number)
    form = PreviewForm(request.POST or None, request.FILES or None)
    result = None
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                result = services.detection_profile_preview(
                    actor=actor_of(request),
                    version=version,
                    texts=form.cleaned_data["samples"],
                    workload_slug=form.cleaned_data["workload"] or None,
                )
            except ValidationError as exc:
                form.add_error(None, error_text(exc))
                status = 400
        else:
            status = 400
        form = PreviewForm(initial={"workload": request.POST.get("workload", "")}) if result else form
    context = {
        "version": version,
        "form": form,
        "result": result,
        "dataset_form": DatasetPreviewForm(),
        "can_edit": can_edit_registry(request.user),
    }
    return render(request, "governance/detection_profile_preview.html", context, status=status)


@edit_required
@csrf_exempt  # checked below, once the body is known to be small enough to parse in memory
@require_http_methods(["GET", "POST"])
def detection_profile_preview_dataset_view(request: HttpRequest, number: int) -> HttpResponse:
    """The preview page's dataset form: the file is read in memory, classified within the time budget, and dropped."""
    if request.method == "GET":
        return redirect("detection-profile-preview", number=number)
    version = _version_or_404(number)
    if int(request.META.get("CONTENT_LENGTH") or 0) > DATASET_PREVIEW_MAX_BYTES + _MULTIPART_OVERHEAD_BYTES:
        # Not parsed: a body this size would be spooled to a temporary file before any check.
        error = f"The file is larger than {DATASET_PREVIEW_MAX_BYTES:,} bytes; run a scan for larger datasets."
        return _preview_page(request, version, DatasetPreviewForm(), None, status=413, error=error)
    return _preview_dataset(request, version)


@csrf_protect
def _preview_dataset(request: HttpRequest, version: DetectionProfileVersion) -> HttpResponse:
    dataset_form = DatasetPreviewForm(request.POST, request.FILES)
    result = None
    if dataset_form.is_valid():
        upload = dataset_form.cleaned_data["dataset"]
        try:
            result = services.detection_profile_preview_dataset(
                actor=actor_of(request),
                version=version,
                data=upload.read(),
                filename=upload.name or "",
                text_column=dataset_form.cleaned_data["text_column"],
                id_column=dataset_form.cleaned_data["id_column"],
                language=dataset_form.cleaned_data["language"],
                workload_slug=dataset_form.cleaned_data["workload"] or None,
            )
        except ValidationError as exc:
            dataset_form.add_error(None, error_text(exc))
    return _preview_page(request, version, dataset_form, result, status=200 if result else 400)


def _preview_page(
    request: HttpRequest,
    version: DetectionProfileVersion,
    dataset_form: DatasetPreviewForm,
    result: Any,
    *,
    status: int,
    error: str = "",
) -> HttpResponse:
    context = {
        "version": version,
        "form": PreviewForm(),
        "dataset_form": dataset_form,
        "dataset_result": result,
        "dataset_error": error,
        "can_edit": can_edit_registry(request.user),
    }
    return render(request, "governance/detection_profile_preview.html", context, status=status)


@edit_required
@require_http_methods(["GET", "POST"])
def detection_profile_publish_view(request: HttpRequest, number: int) -> HttpResponse:
    version = _version_or_404(number)
    published = services.detection_profile_published()
    error = ""
    if request.method == "POST":
        try:
            services.detection_profile_publish(actor=actor_of(request), version=version)
        except ValidationError as exc:
            error = error_text(exc)
        else:
            messages.success(
                request, f"Detection profile v{version.number} is in force from every worker's next pre-flight."
            )
            return redirect("detection-profile")
    context = {
        "version": version,
        "published": published,
        "diff": diff_profiles(published.content if published else None, version.content),
        "error": error,
    }
    return render(request, "governance/detection_profile_publish.html", context)
