"""What a regulator asks the reports for: Annex III and Art. 50 in the inventory, Annex VIII verdicts, Art. 73 fields."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone
from pytest_django import Settings

from governance.models import AnnexVIIIRegistration, Incident
from reports import builders, services
from tests.factories import SYSTEM
from tests.reports.conftest import public_deployer
from tests.world import World

pytestmark = pytest.mark.django_db


def test_the_inventory_names_the_annex_iii_area_art50_duties_and_oversight(
    auditor_client: Client, world: World
) -> None:
    public_deployer(
        oversight_contact="oversight@city.example.eu",
        screening={"annex_iii_area": 5, "annex_iii_subarea": "5(a)", "profiles_natural_persons": True,
                   "art50_interacts_with_people": True},
    )  # fmt: skip
    row = {r.slug: r for r in builders.inventory()}["benefits-check"]
    assert row.annex_iii == "5. Essential private and public services (5(a))"
    assert row.art50_duties == ["Art. 50(1): interacts directly with people"]
    page = auditor_client.get("/reports/inventory/").content.decode()
    assert "Annex III area" in page and "Art. 50(1): interacts directly with people" in page
    assert "Oversight: oversight@city.example.eu" in page and "FRIA (Art. 27)" in page


def test_a_private_deployer_is_told_why_no_registration_is_required(auditor_client: Client) -> None:
    workload = public_deployer()
    page = auditor_client.get(f"/reports/registration/{workload.slug}/").content.decode()
    assert "Registration in the EU database: not required" in page
    assert "Not required, because: Deployer that is not a public authority" in page
    assert "No Annex VIII section applies" not in page


def test_a_public_authority_deployer_gets_section_c(auditor_client: Client) -> None:
    workload = public_deployer()
    AnnexVIIIRegistration.objects.create(workload=workload, public_authority_deployer=True)
    page = auditor_client.get(f"/reports/registration/{workload.slug}/").content.decode()
    assert "Section C: public-authority deployers" in page and "not required" not in page


def test_the_art73_report_carries_what_the_authority_expects(auditor_client: Client, settings: Settings) -> None:
    workload = public_deployer(oversight_contact="oversight@city.example.eu")
    incident = services.incident_record(
        actor=SYSTEM,
        workload=workload,
        title="Wrongful refusals",
        description="Applications in Turkish were flagged as incomplete.",
        aware_at=timezone.now() - dt.timedelta(days=2),
        category=Incident.Category.FUNDAMENTAL_RIGHTS,
        member_states=["DE"],
    )
    report = builders.art73_report(incident, now=timezone.now())
    items = {item.label: item for section in report.sections for item in section.items}
    assert items["Addressed to"].value == "Market surveillance authority of DE"
    assert items["Description"].value == "Applications in Turkish were flagged as incomplete."
    assert items["Category (Art. 3(49))"].value.startswith("(c) infringement of Union law")
    assert "15 days" in items["Deadline"].value
    assert items["Annex III area"].value.startswith("5. Essential private and public services")
    # A deployer names its provider; the Art. 73 details are flagged until they are given.
    assert [item.label for item in report.missing] == [
        "Provider of the system",
        "Occurred at",
        "Number of persons affected",
        "Persons or groups affected, and the harm",
        "Causal link with the AI system",
        "Corrective measures taken or planned",
        "Provider informed at",
    ]
    assert report.report_type.startswith("Initial report")
    page = auditor_client.get(f"/reports/incidents/{incident.pk}/art73/").content.decode()
    assert "Serious incident report (Art. 73)" in page and "incident.record" in page
    assert "7 items missing" in page
    detail = auditor_client.get(f"/reports/incidents/{incident.pk}/").content.decode()
    assert f"/reports/incidents/{incident.pk}/art73.pdf" in detail
    services.incident_close(actor=SYSTEM, incident=incident, note="Translation step fixed; applicants contacted.")
    closed = builders.art73_report(Incident.objects.get(pk=incident.pk), now=timezone.now())
    assert closed.report_type.startswith("Final report")


def test_the_workload_page_links_to_its_eu_ai_act_records(officer_client: Client, world: World) -> None:
    page = officer_client.get(f"/workloads/{world.workload.slug}/").content.decode()
    assert f"/reports/fria/{world.workload.slug}/" in page and f"/reports/registration/{world.workload.slug}/" in page
