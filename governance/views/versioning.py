"""The pages every versioned document has (the residency policy, the detection profile): one implementation.

``VersionedPages`` names what differs (the document, its URL names, its form,
its starting content); its methods are the bodies of the shared views, which
``governance/views/policy.py`` and ``governance/views/detection.py`` wrap
with their access decorators.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from config.forms import apply_errors
from governance import versioning
from governance.forms import DocumentDraftForm
from governance.versioning import V
from governance.views.common import actor_of


@dataclass(frozen=True)
class VersionedPages(Generic[V]):
    """One versioned document's pages: URL names start with ``url_prefix`` (``policy-edit``, ``policy-version``)."""

    document: versioning.DocumentKind[V]
    noun: str  # "policy", "detection profile"
    url_prefix: str
    form_class: type[DocumentDraftForm]
    edit_template: str
    saved_url: str  # where a saved draft goes next (the diff, the preview)
    default_content: Mapping[str, Any]  # the first draft's, when nothing is published
    default_notes: str

    def version_or_404(self, number: int) -> V:
        try:
            return self.document.get(number)
        except self.document.model.DoesNotExist:
            raise Http404(f"No {self.noun} version {number}.") from None

    def start_draft(self, request: HttpRequest) -> HttpResponse:
        """Open a new draft, copied from the published version (or the default), unless one is open already."""
        draft = self.document.latest_draft()
        if draft is None:
            published = self.document.published()
            draft = versioning.draft_create(
                self.document,
                actor=actor_of(request),
                content=published.content if published else self.default_content,
                notes=f"Draft based on v{published.number}." if published else self.default_notes,
            )
        return redirect(f"{self.url_prefix}-edit", number=draft.number)

    def edit(
        self,
        request: HttpRequest,
        number: int,
        extra_context: Callable[[HttpRequest, V, DocumentDraftForm], dict[str, Any]],
    ) -> HttpResponse:
        """The JSON editor of a draft: saved through the document's service, refused with each problem's path."""
        version = self.version_or_404(number)
        if version.status != version.Status.DRAFT:
            messages.error(request, f"Version {version.number} is {version.status}; only drafts can be edited.")
            return redirect(f"{self.url_prefix}-version", number=version.number)
        initial = {"content": json.dumps(version.content, indent=2), "notes": version.notes}
        form = self.form_class(request.POST if request.method == "POST" else None, initial=initial)
        status = 200
        if request.method == "POST":
            if form.is_valid():
                try:
                    versioning.draft_update(
                        self.document,
                        actor=actor_of(request),
                        version=version,
                        content=form.cleaned_data["content"],
                        notes=form.cleaned_data["notes"],
                    )
                except ValidationError as exc:
                    apply_errors(form, exc)
                else:
                    messages.success(request, f"Draft v{version.number} saved.")
                    return redirect(self.saved_url, number=version.number)
            status = 400
        context = {"version": version, "form": form, **extra_context(request, version, form)}
        return render(request, self.edit_template, context, status=status)
