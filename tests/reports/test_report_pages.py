"""The report pages and their downloads as officers, auditors and strangers see them."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import TYPE_CHECKING

import pytest
from django.test import Client
from django.utils import timezone

from audit.models import AuditEvent
from governance.models import AnnexVIIIRegistration, Incident
from reports import services
from tests.factories import SYSTEM, make_workload
from tests.reports.conftest import high_risk_provider
from tests.world import World

if TYPE_CHECKING:
    from django.test.client import _MonkeyPatchedWSGIResponse as TestResponse  # exists only in the stubs

pytestmark = pytest.mark.django_db

CLEAN = "Please summarise the attached quarterly product roadmap in three bullet points."


@pytest.fixture
def incident(world: World) -> Incident:
    return services.incident_record(
        actor=SYSTEM,
        workload=world.workload,
        title="Leaked ticket",
        description="A ticket went to the wrong customer.",
        aware_at=timezone.now() - dt.timedelta(days=1),
        category=Incident.Category.FUNDAMENTAL_RIGHTS,
    )


READ_PAGES = [
    "/reports/",
    "/reports/inventory/",
    "/reports/logs/",
    "/reports/logs/support/",
    "/reports/registration/",
    "/reports/registration/support/",
    "/reports/incidents/",
    "/reports/incidents/{incident}/",
    "/reports/retention/",
    "/reports/incidents/{incident}/art73/",
    "/reports/fria/support/",
    "/reports/verify/",
]
DOWNLOADS = [
    "/reports/inventory.csv",
    "/reports/inventory.json",
    "/reports/logs/support.csv",
    "/reports/logs/support.json",
    "/reports/registration/support.csv",
    "/reports/registration/support.json",
    "/reports/incidents.csv",
    "/reports/incidents.json",
    "/reports/retention.csv",
    "/reports/retention.json",
    "/reports/inventory.pdf",
    "/reports/incidents/{incident}/art73.pdf",
]
WRITE_PAGES = [
    "/reports/incidents/new/",
    "/reports/incidents/{incident}/report/",
    "/reports/incidents/{incident}/close/",
    "/reports/registration/support/edit/",
    "/reports/fria/support/new/",
]


@pytest.mark.parametrize("path", READ_PAGES + DOWNLOADS)
@pytest.mark.parametrize("who", ["officer_client", "auditor_client"])
def test_officers_and_auditors_read_every_report(
    request: pytest.FixtureRequest, incident: Incident, who: str, path: str
) -> None:
    client: Client = request.getfixturevalue(who)
    response = client.get(path.format(incident=incident.pk))
    assert response.status_code == 200


@pytest.mark.parametrize("path", READ_PAGES + DOWNLOADS + WRITE_PAGES)
def test_anonymous_users_are_sent_to_the_login_page(client: Client, incident: Incident, path: str) -> None:
    path = path.format(incident=incident.pk)
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith(f"/accounts/login/?next={path}")


@pytest.mark.parametrize("path", READ_PAGES[:3] + DOWNLOADS[:2])
def test_people_without_a_role_get_403(norole_client: Client, incident: Incident, path: str) -> None:
    assert norole_client.get(path.format(incident=incident.pk)).status_code == 403


@pytest.mark.parametrize("path", WRITE_PAGES)
def test_auditors_cannot_open_or_post_the_write_forms(auditor_client: Client, incident: Incident, path: str) -> None:
    path = path.format(incident=incident.pk)
    assert auditor_client.get(path).status_code == 403
    assert auditor_client.post(path, {"note": "x", "reported_at": "2025-01-01T00:00"}).status_code == 403
    assert AuditEvent.objects.filter(action="access.denied", subject_id=path).count() == 2
    assert Incident.objects.get(pk=incident.pk).status == Incident.Status.OPEN


def test_auditors_see_no_write_buttons(auditor_client: Client, incident: Incident) -> None:
    assert "Record an incident" not in auditor_client.get("/reports/incidents/").content.decode()
    assert "Mark as reported" not in auditor_client.get(f"/reports/incidents/{incident.pk}/").content.decode()


def test_unknown_workloads_and_incidents_are_404(officer_client: Client, world: World) -> None:
    assert officer_client.get("/reports/logs/ghost/").status_code == 404
    assert officer_client.get("/reports/registration/ghost.json").status_code == 404
    assert officer_client.get("/reports/incidents/999/").status_code == 404


def read_csv(response: TestResponse) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def test_inventory_csv_has_one_row_per_workload_with_the_columns(auditor_client: Client, world: World) -> None:
    high_risk_provider(purpose='=HYPERLINK("http://evil")')
    response = auditor_client.get("/reports/inventory.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="custos-inventory-')
    rows = read_csv(response)
    assert list(rows[0]) == [
        "slug", "name", "tier", "role", "gpai_use", "purpose", "owner", "business_unit", "status", "version",
        "data_categories", "destinations", "oversight_contact", "log_retention_days", "minimum_retention_days",
        "registered_at", "annex_iii_area", "annex_iii", "art50_duties", "fria_required", "fria_reason", "fria_status",
    ]  # fmt: skip
    by_slug = {row["slug"]: row for row in rows}
    assert by_slug["support"]["destinations"] == "eu-api;onprem;us-dpf;us-none"
    assert by_slug["support"]["status"] == "approved"
    assert by_slug["cv-screener"]["tier"] == "high_risk" and by_slug["cv-screener"]["minimum_retention_days"] == "183"
    assert by_slug["cv-screener"]["purpose"].startswith("'=")  # no spreadsheet formula
    assert by_slug["cv-screener"]["annex_iii"] == "4. Employment and workers' management (4(a))"
    assert by_slug["cv-screener"]["fria_status"] == "Not required"  # a provider: Art. 27 obliges deployers


def test_inventory_json(auditor_client: Client, world: World) -> None:
    response = auditor_client.get("/reports/inventory.json")
    assert response["Content-Type"] == "application/json"
    body = json.loads(response.content)
    assert body["report"] == "inventory"
    assert [w["slug"] for w in body["data"]] == ["support"]
    assert body["data"][0]["log_retention_days"] == 183


def test_art12_downloads_follow_the_period(auditor_client: Client, world: World) -> None:
    world.preflight(destination="eu-api", input=CLEAN)
    today = timezone.now().date()
    response = auditor_client.get(f"/reports/logs/support.json?since={today - dt.timedelta(days=1)}&until={today}")
    data = json.loads(response.content)["data"]
    assert data["total"] == 1 and data["outcomes"] == {"allow": 1, "redact": 0, "deny": 0}
    assert data["since"].startswith(str(today - dt.timedelta(days=1)))
    assert data["until"].startswith(str(today + dt.timedelta(days=1)))
    assert data["policy_versions"][0]["number"] == 1 and len(data["policy_versions"][0]["content_hash"]) == 64
    rows = read_csv(auditor_client.get(f"/reports/logs/support.csv?since={today + dt.timedelta(days=1)}"))
    assert list(rows[0]) == ["section", "key", "value"]
    values = {(r["section"], r["key"]): r["value"] for r in rows}
    assert values[("usage", "decisions")] == "0"
    page = auditor_client.get("/reports/logs/support/").content.decode()
    assert "Policy versions in force" in page and "v1" in page


def test_a_bad_period_falls_back_to_the_last_30_days_with_a_message(auditor_client: Client, world: World) -> None:
    response = auditor_client.get("/reports/logs/support/?since=2025-02-01&until=2025-01-01")
    assert response.status_code == 200
    assert "The period must start before it ends." in response.content.decode()


def test_registration_csv_lists_every_point_with_its_status(officer_client: Client, world: World) -> None:
    high_risk_provider()
    rows = read_csv(officer_client.get("/reports/registration/cv-screener.csv"))
    assert list(rows[0]) == ["workload", "section", "point", "label", "value", "status", "source", "note"]
    assert [r["point"] for r in rows] == [str(n) for n in range(1, 14)]
    assert {r["status"] for r in rows} >= {"filled", "missing", "optional", "not_applicable"}
    document = json.loads(officer_client.get("/reports/registration/cv-screener.json").content)["data"]
    assert document["sections"][0]["section"] == "A"
    assert document["sections"][0]["missing"] == [1, 5, 6, 7, 10, 11, 12]
    page = officer_client.get("/reports/registration/cv-screener/").content.decode()
    assert "7 points missing" in page


def test_incident_register_downloads(auditor_client: Client, incident: Incident) -> None:
    rows = read_csv(auditor_client.get("/reports/incidents.csv"))
    assert rows[0]["id"] == str(incident.pk)
    assert (
        rows[0]["deadline_days"] == "15" and rows[0]["overdue"] == "no" and rows[0]["days_left"] == "13"
    )  # 13.99 days, rounded down
    assert {"aware_at", "deadline_at", "category", "member_states", "status", "reported_at"} <= set(rows[0])
    assert rows[0]["description"] == "A ticket went to the wrong customer."
    data = json.loads(auditor_client.get("/reports/incidents.json").content)["data"]
    assert data[0]["title"] == "Leaked ticket" and data[0]["overdue"] is False


def test_retention_download_and_page(auditor_client: Client, world: World) -> None:
    rows = read_csv(auditor_client.get("/reports/retention.csv"))
    assert rows[0]["workload"] == "support" and rows[0]["minimum_days"] == "" and rows[0]["below_minimum"] == "no"
    data = json.loads(auditor_client.get("/reports/retention.json").content)["data"]
    assert "never deleted by the application" in data["statement"]
    assert "never deleted by the application" in auditor_client.get("/reports/retention/").content.decode()


def test_officer_records_reports_and_closes_an_incident_through_the_forms(officer_client: Client, world: World) -> None:
    aware = (timezone.now() - dt.timedelta(hours=5)).replace(second=0, microsecond=0)
    response = officer_client.post(
        "/reports/incidents/new/",
        {
            "workload": "support",
            "title": "Grid scheduling outage",
            "description": "Dispatch plan went wrong.",
            "aware_at": aware.strftime("%Y-%m-%dT%H:%M"),
            "category": "b",
            "member_states": ["DE", "FR"],
        },
    )
    incident = Incident.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/reports/incidents/{incident.pk}/"
    assert incident.aware_at == aware and incident.member_states == ["DE", "FR"] and incident.created_by == "olivia"
    page = officer_client.get(response["Location"]).content.decode()
    assert "Art. 73(3)" in page and "1 day left" in page
    response = officer_client.post(
        f"/reports/incidents/{incident.pk}/report/", {"reported_at": timezone.now().strftime("%Y-%m-%dT%H:%M")}
    )
    assert response.status_code == 302
    response = officer_client.post(f"/reports/incidents/{incident.pk}/close/", {"note": "Authority informed; fixed."})
    assert response.status_code == 302
    incident.refresh_from_db()
    assert incident.status == Incident.Status.CLOSED and incident.reported_at is not None
    actions = list(AuditEvent.objects.filter(subject_type="incident").values_list("action", "actor_label"))
    assert actions == [("incident.record", "olivia"), ("incident.report", "olivia"), ("incident.close", "olivia")]


def test_the_incident_form_shows_errors_inline(officer_client: Client, world: World) -> None:
    future = (timezone.now() + dt.timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
    response = officer_client.post(
        "/reports/incidents/new/",
        {"workload": "support", "title": "t", "description": "d", "aware_at": future, "category": "a"},
    )
    assert response.status_code == 200
    assert "cannot lie in the future" in response.content.decode()
    assert not Incident.objects.exists()


def test_officer_edits_registration_data(officer_client: Client, world: World) -> None:
    workload = make_workload(slug="benefits", screening={"annex_iii_area": 5, "profiles_natural_persons": True})
    response = officer_client.post(
        "/reports/registration/benefits/edit/",
        {"public_authority_deployer": "on", "deployer_name": "City of Example", "member_states": ["NL"]},
    )
    assert response.status_code == 302 and response["Location"] == "/reports/registration/benefits/"
    registration = AnnexVIIIRegistration.objects.get(workload=workload)
    assert registration.public_authority_deployer and registration.member_states == ["NL"]
    page = officer_client.get("/reports/registration/benefits/").content.decode()
    assert "Section C" in page
    event = AuditEvent.objects.get(action="registration.update")
    assert event.actor_label == "olivia" and event.payload["changes"]["deployer_name"] == ["", "City of Example"]


def test_pages_carry_no_inline_script_or_style(officer_client: Client, incident: Incident) -> None:
    for path in [*READ_PAGES, *WRITE_PAGES]:
        html = officer_client.get(path.format(incident=incident.pk)).content.decode()
        assert "style=" not in html and "<script>" not in html and "onclick" not in html, path
