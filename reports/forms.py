"""Forms of the report pages: the period, Annex VIII data, the incident register, FRIAs and report verification."""

from __future__ import annotations

import hashlib
import re
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from config.timezones import day_after, day_start
from governance.jurisdictions import EU_MEMBER_STATES
from governance.models import AnnexVIIIRegistration, Incident, Workload
from reports import builders
from reports.models import FundamentalRightsImpactAssessment
from reports.services import REGISTRATION_FIELDS

MEMBER_STATE_CHOICES = [(code, code) for code in sorted(EU_MEMBER_STATES)]


class PeriodForm(forms.Form):
    """A reporting period in whole days of the user's time zone; the default is the last 30 days."""

    since = forms.DateField(required=False, label="From", widget=forms.DateInput(attrs={"type": "date"}))
    until = forms.DateField(required=False, label="To, inclusive", widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        zoned_labels(self, "since", "until")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("since") and data.get("until") and data["since"] > data["until"]:
            raise ValidationError("The period must start before it ends.")
        return data

    def period(self) -> builders.Period:
        default = builders.default_period()
        if not self.is_valid():
            return default
        since, until = self.cleaned_data.get("since"), self.cleaned_data.get("until")
        return builders.Period(
            since=day_start(since) or default.since,
            until=day_after(until) or default.until,
        )


def zoned_labels(form: forms.Form, *names: str) -> None:
    """Name the zone a time field is read in (the user's: config/timezones.py) in its label."""
    zone = timezone.get_current_timezone_name()
    for name in names:
        form.fields[name].label = f"{form.fields[name].label} ({zone})"


def _member_states_field() -> forms.MultipleChoiceField:
    return forms.MultipleChoiceField(
        choices=MEMBER_STATE_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Member States",
    )


class RegistrationForm(forms.ModelForm):
    """The Annex VIII data the registry does not hold."""

    member_states = _member_states_field()

    class Meta:
        model = AnnexVIIIRegistration
        fields = list(REGISTRATION_FIELDS)
        widgets = {
            "certificate_expiry": forms.DateInput(attrs={"type": "date"}),
            "provider_address": forms.Textarea(attrs={"rows": 2}),
            "submitter_address": forms.Textarea(attrs={"rows": 2}),
            "representative_address": forms.Textarea(attrs={"rows": 2}),
            "deployer_address": forms.Textarea(attrs={"rows": 2}),
            "components_and_functions": forms.Textarea(attrs={"rows": 3}),
            "data_and_operating_logic": forms.Textarea(attrs={"rows": 3}),
            "fria_summary": forms.Textarea(attrs={"rows": 4}),
            "dpia_summary": forms.Textarea(attrs={"rows": 4}),
        }


def _datetime_field(label: str, help_text: str = "") -> forms.DateTimeField:
    return forms.DateTimeField(
        required=False,
        label=label,
        help_text=help_text,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )


class IncidentDetailsForm(forms.Form):
    """What the Art. 73 report tells the authority beyond the register; all optional, completed as it is known."""

    occurred_at = _datetime_field("Occurred at", "When it happened, if known; not after you became aware of it.")
    location = forms.CharField(required=False, max_length=200, label="Where it happened")
    affected_count = forms.IntegerField(
        required=False,
        min_value=0,
        label="Number of persons affected",
        error_messages={"min_value": "The number of persons cannot be negative."},
    )
    affected_description = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        label="Persons or groups affected, and the harm to each",
    )
    causal_link = forms.ChoiceField(
        required=False,
        choices=[("", "Not assessed yet"), *Incident.CausalLink.choices],
        label="Causal link between the AI system and the incident",
    )
    causal_link_note = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 3}), label="What is known of the causal link"
    )
    corrective_measures = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        label="Corrective measures taken or planned (Art. 73(6))",
    )
    provider_notified_at = _datetime_field(
        "Provider informed at", "A deployer informs the provider first (Art. 26(5))."
    )
    notified_authority = forms.CharField(
        required=False,
        max_length=200,
        label="Market surveillance authority notified",
        help_text="Its name and Member State; the report's time is set under Mark as reported.",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        zoned_labels(self, "occurred_at", "provider_notified_at")

    @classmethod
    def details_initial(cls, incident: Incident) -> dict[str, Any]:
        return {name: getattr(incident, name) for name in cls.base_fields}


class IncidentForm(IncidentDetailsForm):
    """A new serious incident, with the Art. 73 details known so far."""

    workload = forms.ModelChoiceField(queryset=Workload.objects.order_by("slug"), to_field_name="slug")
    title = forms.CharField(max_length=200)
    description = forms.CharField(widget=forms.Textarea(attrs={"rows": 5}))
    aware_at = forms.DateTimeField(
        label="Became aware at",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        help_text="When the provider or deployer became aware of the incident; the Art. 73 deadline counts from it.",
    )
    category = forms.ChoiceField(
        choices=Incident.Category.choices, widget=forms.RadioSelect, label="Serious incident (Art. 3(49))"
    )
    died = forms.BooleanField(required=False, label="A person died (10-day deadline, Art. 73(4))")
    widespread_infringement = forms.BooleanField(
        required=False, label="Widespread infringement, Art. 3(61) (2-day deadline, Art. 73(3))"
    )
    member_states = _member_states_field()

    field_order = ["workload", "title", "description", "aware_at", "category", "died", "widespread_infringement"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        zoned_labels(self, "aware_at")


class ReportedForm(forms.Form):
    """When the Art. 73 report was sent."""

    reported_at = forms.DateTimeField(
        label="Reported at",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        zoned_labels(self, "reported_at")


class CloseForm(forms.Form):
    """Why an incident is closed."""

    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), label="Why is it closed?")


class FriaForm(forms.ModelForm):
    """The elements (a)-(f) of Art. 27(1), the DPIA it complements and when the authority was notified."""

    class Meta:
        model = FundamentalRightsImpactAssessment
        fields = [
            "processes",
            "period_and_frequency",
            "affected_persons",
            "risks_of_harm",
            "human_oversight",
            "mitigation_and_governance",
            "dpia_reference",
            "authority_notified_on",
        ]
        labels = {
            "processes": "(a) Processes in which the system is used",
            "period_and_frequency": "(b) Period of time and frequency of use",
            "affected_persons": "(c) Categories of persons and groups likely to be affected",
            "risks_of_harm": "(d) Specific risks of harm to them",
            "human_oversight": "(e) Human oversight measures",
            "mitigation_and_governance": "(f) Measures if the risks materialise, internal governance, complaints",
            "dpia_reference": "DPIA reference (GDPR Art. 35)",
            "authority_notified_on": "Market surveillance authority notified on",
        }
        widgets = {
            "processes": forms.Textarea(attrs={"rows": 3}),
            "period_and_frequency": forms.Textarea(attrs={"rows": 2}),
            "affected_persons": forms.Textarea(attrs={"rows": 3}),
            "risks_of_harm": forms.Textarea(attrs={"rows": 4}),
            "human_oversight": forms.Textarea(attrs={"rows": 3}),
            "mitigation_and_governance": forms.Textarea(attrs={"rows": 4}),
            "authority_notified_on": forms.DateInput(attrs={"type": "date"}),
        }


SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")
MAX_VERIFY_UPLOAD_BYTES = 50 * 1024 * 1024


def file_sha256(upload: Any) -> str:
    """SHA-256 (hex) of an uploaded file, read in chunks; the file is not kept."""
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    return digest.hexdigest()


def normalise_sha256(value: str) -> str:
    """A pasted hash, lower case, without spaces or a ``sha256:`` prefix; ValidationError when it is not one."""
    text = re.sub(r"\s+", "", value).lower().removeprefix("sha256:")
    if not SHA256_HEX.match(text):
        raise ValidationError("A SHA-256 is 64 hexadecimal digits (0-9, a-f).")
    return text


class VerifyForm(forms.Form):
    """A report file to hash, or its SHA-256 pasted; exactly one."""

    file = forms.FileField(required=False, label="Report file (PDF)", help_text="Hashed here; not stored.")
    sha256 = forms.CharField(required=False, max_length=80, label="Or its SHA-256")

    def clean_sha256(self) -> str:
        value = self.cleaned_data.get("sha256", "")
        return normalise_sha256(value) if value.strip() else ""

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        upload, pasted = data.get("file"), data.get("sha256")
        if self.errors:
            return data
        if upload and pasted:
            raise ValidationError("Give either a file or a SHA-256, not both.")
        if not upload and not pasted:
            raise ValidationError("Choose a report file or paste its SHA-256.")
        if upload and upload.size > MAX_VERIFY_UPLOAD_BYTES:
            raise ValidationError(f"The file is larger than {MAX_VERIFY_UPLOAD_BYTES // (1024 * 1024)} MiB.")
        data["digest"] = file_sha256(upload) if upload else pasted
        return data
