"""Forms of the audit log's web UI: the event filter and the auditor export."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms

from audit.exports import DECISION_OUTCOMES


def _with_any(choices: Any, label: str = "Any") -> list[tuple[str, str]]:
    return [("", label), *choices]


def day_start(day: dt.date | None) -> dt.datetime | None:
    return dt.datetime.combine(day, dt.time.min, tzinfo=dt.UTC) if day else None


def day_after(day: dt.date | None) -> dt.datetime | None:
    return dt.datetime.combine(day + dt.timedelta(days=1), dt.time.min, tzinfo=dt.UTC) if day else None


class EventFilterForm(forms.Form):
    action = forms.ChoiceField(required=False)
    subject_type = forms.ChoiceField(required=False, label="Subject type")
    subject_id = forms.CharField(required=False, max_length=128, label="Subject id")
    since = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}), label="From (UTC)")
    until = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}), label="To (UTC)")

    def __init__(self, *args: Any, actions: list[str], subject_types: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["action"].choices = _with_any((a, a) for a in actions)  # type: ignore[attr-defined]
        self.fields["subject_type"].choices = _with_any((s, s) for s in subject_types)  # type: ignore[attr-defined]


class ExportForm(forms.Form):
    """Filters of an auditor export (audit.exports.ExportFilters)."""

    since = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}), label="From (UTC)")
    until = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}), label="To (UTC, inclusive)")
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

    def filters(self) -> dict[str, str]:
        """The cleaned values as export filters (ISO times, inclusive end date made exclusive)."""
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
