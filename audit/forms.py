"""Forms of the audit log's web UI: the event filter and the auditor export."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from audit.exports import DECISION_OUTCOMES
from config.timezones import day_after, day_start

__all__ = ["EventFilterForm", "ExportForm", "day_after", "day_start"]


def _with_any(choices: Any, label: str = "Any") -> list[tuple[str, str]]:
    return [("", label), *choices]


def _zone_label(label: str) -> str:
    """A date field's label naming the zone its days are read in (the user's, config/timezones.py)."""
    return f"{label} ({timezone.get_current_timezone_name()})"


class EventFilterForm(forms.Form):
    action = forms.ChoiceField(required=False)
    subject_type = forms.ChoiceField(required=False, label="Subject type")
    subject_id = forms.CharField(required=False, max_length=128, label="Subject id")
    since = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}), label="From")
    until = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}), label="To")

    def __init__(self, *args: Any, actions: list[str], subject_types: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["action"].choices = _with_any((a, a) for a in actions)  # type: ignore[attr-defined]
        self.fields["subject_type"].choices = _with_any((s, s) for s in subject_types)  # type: ignore[attr-defined]
        for name in ("since", "until"):
            self.fields[name].label = _zone_label(str(self.fields[name].label))

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if cleaned.get("since") and cleaned.get("until") and cleaned["since"] > cleaned["until"]:
            self.add_error("until", "The end date must not be before the start date.")
        return cleaned


class ExportForm(forms.Form):
    """Filters of an auditor export (audit.exports.ExportFilters)."""

    since = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}), label="From")
    until = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}), label="To (inclusive)")
    workload = forms.ChoiceField(required=False)
    action = forms.ChoiceField(required=False)
    decision = forms.ChoiceField(
        required=False,
        choices=_with_any([(o, o.capitalize()) for o in DECISION_OUTCOMES], "Any"),
        label="Decision outcome",
    )

    def __init__(self, *args: Any, actions: list[str], workloads: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["workload"].choices = _with_any((slug, slug) for slug in workloads)  # type: ignore[attr-defined]
        self.fields["action"].choices = _with_any((a, a) for a in actions)  # type: ignore[attr-defined]
        for name in ("since", "until"):
            self.fields[name].label = _zone_label(str(self.fields[name].label))

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if cleaned.get("since") and cleaned.get("until") and cleaned["since"] > cleaned["until"]:
            raise ValidationError({"until": "The end date must not be before the start date."})
        return cleaned

    def filters(self) -> dict[str, str]:
        """The cleaned values as export filters: days in the user's zone as ISO times, the end date made exclusive."""
        data = self.cleaned_data
        since, until = day_start(data.get("since")), day_after(data.get("until"))
        raw = {
            "since": since.isoformat() if since else None,
            "until": until.isoformat() if until else None,
            "workload": data.get("workload") or None,
            "action": data.get("action") or None,
            "decision": data.get("decision") or None,
        }
        return {name: value for name, value in raw.items() if value}
