"""Forms of the report pages: the reporting period, Annex VIII registration data and the incident register."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from config.timezones import day_after, day_start
from governance.jurisdictions import EU_MEMBER_STATES
from governance.models import AnnexVIIIRegistration, Incident, Workload
from reports import builders
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


class IncidentForm(forms.Form):
    """A new serious incident."""

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
