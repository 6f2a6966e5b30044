"""The workload edit page: prefilled answers, the recomputed tier, field errors, who may use it."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client
from django.urls import resolve

from audit.models import AuditEvent
from governance import services
from governance.models import Workload
from tests.factories import SYSTEM
from tests.ui.conftest import Registry, denied_events

pytestmark = pytest.mark.django_db


def form_data(client: Client, slug: str, **changes: Any) -> dict[str, Any]:
    """What a browser posts back from the edit page untouched, with ``changes`` applied."""
    form = client.get(f"/workloads/{slug}/edit/").context["form"]
    data: dict[str, Any] = {}
    for name in form.fields:
        value = form[name].value()
        if value is True:
            data[name] = "on"
        elif value is not False and value is not None:
            data[name] = value
    data.update(changes)
    return data


def update_events(slug: str) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(action="workload.update", subject_id=slug).order_by("seq"))


def test_the_edit_route_is_not_a_lifecycle_action() -> None:
    assert resolve("/workloads/support-bot/edit/").url_name == "workload-edit"


def test_officers_see_the_answers_prefilled(registry: Registry, officer_client: Client) -> None:
    response = officer_client.get("/workloads/cv-ranker/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="name" value="CV ranker"' in html
    assert re.search(r'name="annex_iii_area" value="4"[^>]*checked', html)
    assert re.search(r'name="profiles_natural_persons"[^>]*checked', html)
    assert 'name="slug"' not in html  # the slug is permanent
    assert "Art. 5(1)(c): social scoring" in html  # the wizard's legal texts
    assert "High-risk (Art. 6)" in html  # the current tier
    support = officer_client.get("/workloads/support-bot/edit/").content.decode()
    for slug in ("onprem-vllm", "eu-api", "us-none"):
        assert re.search(rf'name="allowed_destinations" value="{slug}"[^>]*checked', support)
    assert re.search(r'name="art50_interacts_with_people"[^>]*checked', support)


def test_the_detail_offers_edit_to_officers_only(
    registry: Registry, officer_client: Client, auditor_client: Client
) -> None:
    assert "/workloads/support-bot/edit/" in officer_client.get("/workloads/support-bot/").content.decode()
    assert "/workloads/support-bot/edit/" not in auditor_client.get("/workloads/support-bot/").content.decode()


def test_saving_changes_the_answers_recomputes_the_tier_and_audits_the_diff(
    registry: Registry, officer_client: Client
) -> None:
    data = form_data(
        officer_client,
        "support-bot",
        name="Support assistant",
        annex_iii_area="5",
        annex_iii_subarea="5(b)",
        profiles_natural_persons="on",
        allowed_destinations=["onprem-vllm"],
    )
    response = officer_client.post("/workloads/support-bot/edit/", data)
    assert response.status_code == 302 and response["Location"] == "/workloads/support-bot/"
    workload = Workload.objects.get(slug="support-bot")
    assert workload.name == "Support assistant" and workload.tier == "high_risk"
    assert workload.screening.annex_iii_area == 5 and workload.screening.profiles_natural_persons
    assert workload.screening.art50_interacts_with_people  # untouched answers stay
    assert list(workload.allowed_destinations.values_list("slug", flat=True)) == ["onprem-vllm"]
    [event] = update_events("support-bot")
    assert event.actor_label == "olivia"
    changes = event.payload["changes"]
    assert changes["name"] == ["Support bot", "Support assistant"]
    assert changes["screening.annex_iii_area"] == [0, 5]
    assert changes["tier"] == ["limited", "high_risk"]
    assert changes["allowed_destinations"] == [["eu-api", "onprem-vllm", "us-none"], ["onprem-vllm"]]
    detail = officer_client.get("/workloads/support-bot/").content.decode()
    assert "Its tier is now High-risk (Art. 6) (was Limited risk (Art. 50))" in detail


def test_a_prohibited_answer_suspends_an_approved_workload(registry: Registry, officer_client: Client) -> None:
    data = form_data(officer_client, "support-bot", art5_c_social_scoring="on")
    assert officer_client.post("/workloads/support-bot/edit/", data).status_code == 302
    workload = Workload.objects.get(slug="support-bot")
    assert workload.tier == "prohibited" and workload.status == "suspended"
    detail = officer_client.get("/workloads/support-bot/").content.decode()
    assert "every pre-flight request for it is denied" in detail


def test_saving_without_changes_records_nothing(registry: Registry, officer_client: Client) -> None:
    response = officer_client.post("/workloads/cv-ranker/edit/", form_data(officer_client, "cv-ranker"), follow=True)
    assert "Nothing changed" in response.content.decode()
    assert update_events("cv-ranker") == []
    assert Workload.objects.get(slug="cv-ranker").version == 1


def test_a_service_error_is_shown_on_its_field_and_nothing_changes(registry: Registry, officer_client: Client) -> None:
    data = form_data(officer_client, "cv-ranker", name="Renamed", log_retention_days="30")
    response = officer_client.post("/workloads/cv-ranker/edit/", data)
    assert response.status_code == 400
    assert response.context["form"].errors["log_retention_days"] == [
        "High-risk workloads keep logs at least 183 days (Art. 19(1), 26(6))."
    ]
    html = response.content.decode()
    # The summary at the top names the field in words and links to it.
    assert "There is a problem to correct" in html
    assert '<a href="#id_log_retention_days">Log retention days: High-risk workloads keep logs' in html
    assert 'name="name" value="Renamed"' in html  # the answers are kept for correcting
    workload = Workload.objects.get(slug="cv-ranker")
    assert workload.name == "CV ranker" and workload.log_retention_days == 183 and workload.version == 1
    assert update_events("cv-ranker") == []


def test_a_form_error_keeps_the_wizard_checks(registry: Registry, officer_client: Client) -> None:
    data = form_data(
        officer_client,
        "cv-ranker",
        art6_3_carve_out_claimed="on",
        art6_3_condition="a",
        art6_3_grounds="Only sorts the queue.",
    )
    response = officer_client.post("/workloads/cv-ranker/edit/", data)
    assert response.status_code == 400
    assert "always high-risk" in response.content.decode()
    assert not Workload.objects.get(slug="cv-ranker").screening.art6_3_carve_out_claimed


def test_auditors_are_refused_and_the_refusal_is_audited(registry: Registry, auditor_client: Client) -> None:
    assert auditor_client.get("/workloads/cv-ranker/edit/").status_code == 403
    response = auditor_client.post("/workloads/cv-ranker/edit/", {"name": "Taken over"})
    assert response.status_code == 403
    first, second = denied_events()[-2:]
    assert first.payload["path"] == second.payload["path"] == "/workloads/cv-ranker/edit/"
    assert [first.payload["method"], second.payload["method"]] == ["GET", "POST"]
    assert second.payload["user"] == "arthur"
    assert Workload.objects.get(slug="cv-ranker").name == "CV ranker"


def test_users_without_a_role_are_refused(registry: Registry, norole_client: Client) -> None:
    assert norole_client.get("/workloads/cv-ranker/edit/").status_code == 403
    assert denied_events()[-1].payload["user"] == "nobody"


def test_anonymous_visitors_are_sent_to_sign_in(registry: Registry, client: Client) -> None:
    response = client.get("/workloads/cv-ranker/edit/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/workloads/cv-ranker/edit/"


def test_a_retired_workload_cannot_be_edited(registry: Registry, officer_client: Client) -> None:
    services.workload_retire(actor=SYSTEM, workload=registry.draft_workload)
    page = officer_client.get("/workloads/cv-ranker/edit/")
    assert page.status_code == 409
    html = page.content.decode()
    assert "A retired workload cannot be changed." in html and 'name="name"' not in html
    response = officer_client.post("/workloads/cv-ranker/edit/", {"name": "Revived", "log_retention_days": "365"})
    assert response.status_code == 409
    assert Workload.objects.get(slug="cv-ranker").name == "CV ranker"
    assert update_events("cv-ranker") == []
    assert "/workloads/cv-ranker/edit/" not in officer_client.get("/workloads/cv-ranker/").content.decode()


def test_an_unknown_workload_is_404(registry: Registry, officer_client: Client) -> None:
    assert officer_client.get("/workloads/nope/edit/").status_code == 404
