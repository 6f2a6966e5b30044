"""The Art. 73 details of an incident: stored, validated, audited without their text, shown in every output."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone
from pypdf import PdfReader

from audit.chain import verify_chain
from audit.fingerprints import payload_hmac
from audit.models import AuditEvent
from governance.models import Incident, Workload
from reports import builders, services
from tests.factories import SYSTEM, IncidentFactory, make_workload

pytestmark = pytest.mark.django_db

MEASURES = "Routing switched off; tickets reviewed by hand."


def art73_items(incident: Incident) -> dict[str, builders.ReportItem]:
    report = builders.art73_report(Incident.objects.get(pk=incident.pk), now=timezone.now())
    return {item.label: item for section in report.sections for item in section.items}


def test_details_given_when_recording_are_stored_and_logged_as_sizes_and_keyed_hashes() -> None:
    incident = IncidentFactory.create(art73=True)
    stored = Incident.objects.get(pk=incident.pk)
    assert stored.affected_count == 3 and stored.causal_link == Incident.CausalLink.SUSPECTED
    assert stored.corrective_measures == MEASURES
    event = AuditEvent.objects.get(action="incident.record")
    logged = event.payload["art73"]
    assert logged["affected_count"] == 3 and logged["causal_link"] == "suspected"
    assert logged["notified_authority"] == "Bundesnetzagentur (DE)"
    assert logged["occurred_at"] == stored.occurred_at.isoformat()  # type: ignore[union-attr]
    assert logged["corrective_measures"] == {"chars": len(MEASURES), "hmac": payload_hmac(MEASURES)[:16]}
    assert "Routing switched off" not in str(event.payload)
    assert "another customer" not in str(event.payload)


def test_an_update_records_the_before_and_after_of_each_changed_detail() -> None:
    incident = IncidentFactory.create()
    services.incident_update(
        actor=SYSTEM,
        incident=incident,
        affected_count=12,
        causal_link=Incident.CausalLink.ESTABLISHED,
        corrective_measures=f"  {MEASURES}  ",
    )
    stored = Incident.objects.get(pk=incident.pk)
    assert stored.affected_count == 12 and stored.corrective_measures == MEASURES  # stripped
    event = AuditEvent.objects.get(action="incident.update")
    assert event.subject_type == "incident" and event.subject_id == str(incident.pk)
    changes = event.payload["changes"]
    assert set(changes) == {"affected_count", "causal_link", "corrective_measures"}
    assert changes["affected_count"] == [None, 12]
    assert changes["causal_link"] == ["", "established"]
    assert changes["corrective_measures"][0] is None
    assert changes["corrective_measures"][1]["chars"] == len(MEASURES)
    assert MEASURES not in str(event.payload)
    services.incident_update(actor=SYSTEM, incident=stored, affected_count=12)  # unchanged: nothing recorded
    assert AuditEvent.objects.filter(action="incident.update").count() == 1
    assert verify_chain().ok


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        (
            lambda incident: {"occurred_at": incident.aware_at + dt.timedelta(minutes=5)},
            "occurred_at",
            "cannot have happened after you became aware",
        ),
        (lambda incident: {"affected_count": -1}, "affected_count", "greater than or equal to 0"),
        (lambda incident: {"causal_link": "certain"}, "causal_link", "is not a valid choice"),
        (
            lambda incident: {"provider_notified_at": timezone.now() + dt.timedelta(days=1)},
            "provider_notified_at",
            "cannot lie in the future",
        ),
        (lambda incident: {"colour": "red"}, "colour", "Unknown field"),
    ],
)
def test_impossible_details_are_refused_and_nothing_is_recorded(
    values: Callable[[Incident], dict[str, Any]], field: str, message: str
) -> None:
    incident = IncidentFactory.create()
    with pytest.raises(ValidationError) as refused:
        services.incident_update(actor=SYSTEM, incident=incident, **values(incident))
    assert message in " ".join(refused.value.message_dict[field])
    assert not AuditEvent.objects.filter(action="incident.update").exists()
    stored = Incident.objects.get(pk=incident.pk)
    assert stored.occurred_at is None and stored.affected_count is None and stored.causal_link == ""


def test_an_occurrence_after_awareness_is_refused_when_recording_too() -> None:
    aware = timezone.now() - dt.timedelta(days=1)
    with pytest.raises(ValidationError, match="cannot have happened after"):
        IncidentFactory.create(aware_at=aware, occurred_at=aware + dt.timedelta(hours=1))
    assert not Incident.objects.exists()


def test_the_art73_report_flags_the_details_the_authority_expects_until_they_are_given() -> None:
    workload = make_workload(slug="benefits", role=Workload.Role.DEPLOYER)
    incident = IncidentFactory.create(workload=workload, member_states=["DE"])
    missing = {item.label for item in builders.art73_report(incident, now=timezone.now()).missing}
    assert missing >= {
        "Occurred at",
        "Number of persons affected",
        "Persons or groups affected, and the harm",
        "Causal link with the AI system",
        "Corrective measures taken or planned",
        "Provider informed at",
    }
    complete = IncidentFactory.create(workload=workload, member_states=["DE"], art73=True)
    items = art73_items(complete)
    assert items["Addressed to"].value == "Bundesnetzagentur (DE)"
    assert items["Number of persons affected"].value == "3"
    assert items["Causal link with the AI system"].value == "Suspected"
    assert items["Corrective measures taken or planned"].value == MEASURES
    assert items["Where"].value == "Branch office Leipzig"
    for label in ("Occurred at", "Provider informed at", "Persons or groups affected, and the harm"):
        assert not items[label].missing, label


def test_an_officer_completes_the_details_on_the_incident_page(officer_client: Client) -> None:
    incident = IncidentFactory.create()
    form = officer_client.get(f"/reports/incidents/{incident.pk}/edit/")
    assert form.status_code == 200 and "Causal link between the AI system and the incident" in form.content.decode()
    occurred = (incident.aware_at - dt.timedelta(hours=3)).astimezone(dt.UTC)
    response = officer_client.post(
        f"/reports/incidents/{incident.pk}/edit/",
        {
            "occurred_at": occurred.strftime("%Y-%m-%dT%H:%M"),
            "affected_count": "7",
            "affected_description": "Seven applicants were refused wrongly.",
            "causal_link": "under_investigation",
            "corrective_measures": MEASURES,
            "notified_authority": "Landesamt (SN)",
        },
    )
    assert response.status_code == 302
    page = officer_client.get(f"/reports/incidents/{incident.pk}/").content.decode()
    assert "7 persons." in page and "Seven applicants were refused wrongly." in page
    assert "Under investigation" in page and MEASURES in page and "Landesamt (SN)" in page
    assert AuditEvent.objects.get(action="incident.update").actor_label == "olivia"


def test_the_form_says_what_is_wrong_in_plain_words(officer_client: Client) -> None:
    incident = IncidentFactory.create()
    later = (incident.aware_at + dt.timedelta(hours=2)).astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M")
    response = officer_client.post(
        f"/reports/incidents/{incident.pk}/edit/", {"occurred_at": later, "affected_count": "-2"}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "The number of persons cannot be negative." in page
    response = officer_client.post(f"/reports/incidents/{incident.pk}/edit/", {"occurred_at": later})
    assert "The incident cannot have happened after you became aware of it." in response.content.decode()
    assert not AuditEvent.objects.filter(action="incident.update").exists()


def test_an_auditor_reads_the_details_but_cannot_change_them(auditor_client: Client) -> None:
    incident = IncidentFactory.create(art73=True)
    assert auditor_client.get(f"/reports/incidents/{incident.pk}/edit/").status_code == 403
    page = auditor_client.get(f"/reports/incidents/{incident.pk}/art73/").content.decode()
    assert "Causal link with the AI system" in page and MEASURES in page


def test_the_incident_csv_carries_the_details() -> None:
    IncidentFactory.create(art73=True)
    columns, rows = builders.dataclass_table(builders.incident_register(), builders.IncidentRow)
    [row] = list(csv.DictReader(io.StringIO(builders.to_csv(columns, rows))))
    assert row["affected_count"] == "3" and row["causal_link"] == "suspected"
    assert row["corrective_measures"] == MEASURES and row["notified_authority"] == "Bundesnetzagentur (DE)"
    assert row["occurred_at"].endswith("+00:00") and row["provider_notified_at"]


def test_the_art73_pdf_prints_the_details(auditor_client: Client) -> None:
    incident = IncidentFactory.create(art73=True, member_states=["DE"])
    response = auditor_client.get(f"/reports/incidents/{incident.pk}/art73.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(response.content)).pages
    )
    for expected in (
        "Persons affected and cause",
        "Number of persons affected",
        "Three customers saw another customer's ticket.",
        "Suspected",
        "The routing step of the assistant is suspected.",
        MEASURES,
        "Bundesnetzagentur (DE)",
        "Branch office Leipzig",
    ):
        assert expected in text, expected
