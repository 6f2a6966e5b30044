"""The officer's daily work without friction: the destination form, error summaries, time zones, lookups."""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.metadata
import re
import zoneinfo
from pathlib import Path

import pytest
from django.test import Client
from pytest_django import Settings

from audit.signing import log_signer
from governance.models import Destination, Incident
from tests.factories import DecisionFactory, VerificationRunFactory
from tests.ui.conftest import Registry

BERLIN = "Europe/Berlin"


def destination_form(**overrides: str) -> dict[str, str]:
    data = {
        "slug": "ch-api",
        "provider": "Helvetic AI",
        "model": "alp-1",
        "endpoint_url": "https://api.helvetic.example/v1",
        "kind": "external",
        "jurisdiction": "CH",
        "transfer_mechanism": "eea",
        "active": "on",
    }
    data.update(overrides)
    return data


# --- the destination form ------------------------------------------------------------------------


def test_the_jurisdiction_is_picked_by_country_name(registry: Registry, officer_client: Client) -> None:
    html = officer_client.get("/destinations/new/").content.decode()
    assert '<select name="jurisdiction"' in html
    assert '<option value="CH">Switzerland (CH)</option>' in html
    assert '<option value="US">United States (US)</option>' in html
    # The name typed in full (a browser's autofill, an API-minded officer) is read as the country too.
    response = officer_client.post(
        "/destinations/new/",
        destination_form(
            jurisdiction="Switzerland",
            transfer_mechanism="adequacy",
            adequacy_scope="Switzerland",
            adequacy_review_date="2030-01-01",
        ),
    )
    assert response.status_code == 302
    assert Destination.objects.get(slug="ch-api").jurisdiction == "CH"


def test_a_cut_country_gets_a_human_message_in_the_summary(registry: Registry, officer_client: Client) -> None:
    response = officer_client.post("/destinations/new/", destination_form(jurisdiction="Sw"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Choose a country from the list: “Sw” is not a country name or ISO code." in html
    # The summary at the top says how many problems, is announced, can take focus and links to the field.
    summary = re.search(r'<div class="error-summary"[^>]*>', html)
    assert summary and 'role="alert"' in summary.group(0) and 'tabindex="-1"' in summary.group(0)
    assert "There is a problem to correct" in html
    assert '<a href="#id_jurisdiction">Jurisdiction: Choose a country from the list' in html
    assert not Destination.objects.filter(slug="ch-api").exists()


def test_kind_has_no_empty_choice(registry: Registry, officer_client: Client) -> None:
    html = officer_client.get("/destinations/new/").content.decode()
    assert "---------" not in html
    assert html.count('name="kind"') == 2  # On-prem and External, nothing else
    missing = officer_client.post("/destinations/new/", destination_form(kind="")).content.decode()
    assert "Choose whether the destination runs on-prem or is an external service." in missing


def test_adequacy_fields_say_when_they_are_required_and_are_checked(registry: Registry, officer_client: Client) -> None:
    html = officer_client.get("/destinations/new/").content.decode()
    for label in ("Adequacy scope", "Adequacy review date"):
        assert f'{label} <span class="muted">(required for an adequacy decision)</span>' in html
        assert f'{label} <span class="muted">(optional)</span>' not in html
    assert 'data-required-when="transfer_mechanism=adequacy"' in html
    response = officer_client.post("/destinations/new/", destination_form(transfer_mechanism="adequacy"))
    errors = response.context["form"].errors
    assert errors["adequacy_scope"] == ["State the scope of the adequacy decision this destination falls under."]
    assert errors["adequacy_review_date"] == ["Give the date the adequacy decision is next reviewed."]
    assert "There are 2 problems to correct" in response.content.decode()
    # Not adequacy: neither is needed.
    assert officer_client.post("/destinations/new/", destination_form(jurisdiction="DE")).status_code == 302


# --- one time zone: the user's --------------------------------------------------------------------


def zone_on_another_day(moment: dt.datetime) -> str:
    """A zone in which ``moment`` falls on another calendar day than in UTC (decisions are stamped by the log)."""
    return "Pacific/Kiritimati" if moment.astimezone(dt.UTC).hour >= 10 else "Pacific/Pago_Pago"  # UTC+14, UTC-11


def test_times_are_shown_in_the_browser_zone_with_utc_beside(registry: Registry, auditor_client: Client) -> None:
    moment = registry.denied.created_at
    zone = zone_on_another_day(moment)
    local, utc = moment.astimezone(zoneinfo.ZoneInfo(zone)), moment.astimezone(dt.UTC)
    auditor_client.cookies["custos_tz"] = zone
    html = auditor_client.get("/decisions/").content.decode()
    expected = (
        f'<span class="local">{local:%Y-%m-%d %H:%M} {local.tzname()}</span> '
        f'<span class="utc">({utc:%Y-%m-%d %H:%M} UTC)</span>'
    )
    assert expected in html
    assert f"<strong data-time-zone>{zone}</strong>" in html
    # Without the browser's word (or with a zone the server does not know) the installation's zone applies.
    auditor_client.cookies["custos_tz"] = "Mars/Olympus_Mons"
    html = auditor_client.get("/decisions/").content.decode()
    assert f'<span class="local">{utc:%Y-%m-%d %H:%M} UTC</span>' in html
    assert "<strong data-time-zone>UTC</strong>" in html


def test_date_filters_are_days_of_the_users_zone(registry: Registry, auditor_client: Client) -> None:
    moment = registry.denied.created_at
    zone = zone_on_another_day(moment)
    local_day, utc_day = moment.astimezone(zoneinfo.ZoneInfo(zone)).date(), moment.astimezone(dt.UTC).date()
    auditor_client.cookies["custos_tz"] = zone
    response = auditor_client.get("/decisions/", {"since": local_day.isoformat(), "until": local_day.isoformat()})
    assert registry.denied.pk in [d.pk for d in response.context["page"].object_list]
    assert f"From ({zone})" in response.content.decode()
    response = auditor_client.get("/decisions/", {"since": utc_day.isoformat(), "until": utc_day.isoformat()})
    assert list(response.context["page"].object_list) == []


def test_the_awareness_time_is_read_in_the_users_zone(registry: Registry, officer_client: Client) -> None:
    officer_client.cookies["custos_tz"] = BERLIN
    page = officer_client.get("/reports/incidents/new/").content.decode()
    assert "Became aware at (Europe/Berlin)" in page
    response = officer_client.post(
        "/reports/incidents/new/",
        {
            "workload": "support-bot",
            "title": "Wrong answers",
            "description": "d",
            "aware_at": "2026-01-10T10:00",
            "category": "b",
        },
    )
    assert response.status_code == 302
    assert Incident.objects.get().aware_at == dt.datetime(2026, 1, 10, 9, 0, tzinfo=dt.UTC)


def test_export_periods_are_days_of_the_users_zone(
    registry: Registry, auditor_client: Client, settings: Settings, tmp_path: Path
) -> None:
    settings.CUSTOS_AUDIT_EXPORT_DIR = tmp_path
    auditor_client.cookies["custos_tz"] = BERLIN
    response = auditor_client.post("/audit/exports/", {"since": "2026-01-16", "until": "2026-01-16"})
    assert response.status_code == 302
    from audit.models import Export

    assert Export.objects.get().filters == {
        "since": "2026-01-15T23:00:00.000000Z",
        "until": "2026-01-16T23:00:00.000000Z",
    }
    backwards = auditor_client.post("/audit/exports/", {"since": "2026-01-16", "until": "2026-01-15"})
    assert "The end date must not be before the start date." in backwards.content.decode()
    assert "since" not in backwards.context["form"].errors.get("until", [""])[0]


# --- finding a decision by the id the API returned --------------------------------------------------


def test_a_whole_decision_id_opens_the_decision(registry: Registry, auditor_client: Client) -> None:
    decision_id = str(registry.denied.id)
    for typed in (decision_id, decision_id.upper(), f" {{{decision_id}}} ", f'"{decision_id}"'):
        response = auditor_client.get("/decisions/", {"decision_id": typed})
        assert response.status_code == 302 and response["Location"] == f"/decisions/{decision_id}/", typed
    assert auditor_client.get(f"/decisions/{decision_id}/").status_code == 200


def test_the_first_characters_of_an_id_find_the_decision(registry: Registry, auditor_client: Client) -> None:
    decision_id = str(registry.redacted.id)
    response = auditor_client.get("/decisions/", {"decision_id": decision_id[:8]})
    assert response.status_code == 200
    assert [d.pk for d in response.context["page"].object_list] == [registry.redacted.pk]


def test_an_unknown_or_malformed_id_says_so(registry: Registry, auditor_client: Client) -> None:
    unknown = "00000000-0000-4000-8000-000000000000"
    html = auditor_client.get("/decisions/", {"decision_id": unknown}).content.decode()
    assert f"No decision has an id starting with <code>{unknown}</code>" in html
    response = auditor_client.get("/decisions/", {"decision_id": "not an id"})
    assert "That is not a decision id." in response.content.decode()


# --- the verify panel and the offline verifier --------------------------------------------------


def test_the_verify_status_changes_when_a_run_starts(registry: Registry, auditor_client: Client) -> None:
    before = auditor_client.get("/audit/verify/status/").json()
    assert before["in_flight"] is None
    page = auditor_client.get("/audit/verify/").content.decode()
    assert f'data-verify-state="{before["state"]}"' in page and 'data-verify-status="/audit/verify/status/"' in page
    run = VerificationRunFactory.create()
    after = auditor_client.get("/audit/verify/status/").json()
    assert after["in_flight"] == run.pk and after["state"] != before["state"]


def test_the_exports_page_shows_the_verifier_dependency_and_the_pinned_key(
    registry: Registry, auditor_client: Client
) -> None:
    html = auditor_client.get("/audit/exports/").content.decode()
    version = importlib.metadata.version("cryptography")
    assert f"pip install cryptography=={version}" in html
    verifier = log_signer().verifier
    api = Client().get("/api/v1/audit/public-key").json()
    assert api["public_key"] == verifier.public_key_b64
    assert f"--public-key {api['public_key']}" in html
    fingerprint = hashlib.sha256(verifier.public_key).hexdigest().upper()
    assert ":".join(fingerprint[i : i + 2] for i in range(0, 64, 2)) in html
    assert "-----BEGIN PUBLIC KEY-----" in html


@pytest.mark.parametrize("path", ["/decisions/", "/audit/", "/audit/exports/", "/reports/retention/"])
def test_pages_take_the_zone_from_the_cookie(registry: Registry, auditor_client: Client, path: str) -> None:
    DecisionFactory(service_key=registry.key, workload=registry.workload, destination=registry.eu_api)
    auditor_client.cookies["custos_tz"] = "Asia/Tokyo"
    assert "<strong data-time-zone>Asia/Tokyo</strong>" in auditor_client.get(path).content.decode()
