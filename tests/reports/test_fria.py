"""The fundamental-rights impact assessment (Art. 27): when it is required, its versions, their audit and pages."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone
from pytest_django import Settings

from audit.actions import AuditAction
from audit.models import AuditEvent
from governance.fria import fria_requirement
from governance.models import AnnexVIIIRegistration, Workload
from reports import services
from reports.models import FundamentalRightsImpactAssessment
from tests.factories import SYSTEM, make_workload
from tests.reports.conftest import high_risk_provider, public_deployer

pytestmark = pytest.mark.django_db

ELEMENTS: dict[str, Any] = {  # keyword arguments of fria_record, all text
    "processes": "Caseworkers check benefit applications.",
    "period_and_frequency": "All year, about 400 applications a week.",
    "affected_persons": "Applicants for social assistance.",
    "risks_of_harm": "Wrongful refusal of benefits.",
    "human_oversight": "A caseworker decides every refusal.",
    "mitigation_and_governance": "Appeals within 30 days.",
}


def requirement(workload: Workload) -> Any:
    workload = Workload.objects.select_related("screening").get(pk=workload.pk)
    return fria_requirement(
        workload, workload.screening, AnnexVIIIRegistration.objects.filter(workload=workload).first()
    )


def test_a_public_authority_deployer_of_an_annex_iii_system_must_assess() -> None:
    workload = public_deployer()
    assert requirement(workload).required is False  # a private deployer of point 5(a)
    assert "neither a public body" in requirement(workload).reason
    AnnexVIIIRegistration.objects.create(workload=workload, public_authority_deployer=True)
    assert requirement(workload).required is True
    assert "body governed by public law" in requirement(workload).reason


def test_credit_scoring_and_insurance_pricing_deployers_must_assess() -> None:
    credit = public_deployer(
        slug="credit", screening={"annex_iii_area": 5, "annex_iii_subarea": "5(b)", "profiles_natural_persons": True}
    )
    insurance = public_deployer(
        slug="insurance", screening={"annex_iii_area": 5, "annex_iii_subarea": "5(c)", "profiles_natural_persons": True}
    )
    assert requirement(credit).required and "5(b)" in requirement(credit).reason
    assert requirement(insurance).required and "5(c)" in requirement(insurance).reason


def test_a_public_service_organisation_must_assess(settings: Settings) -> None:
    workload = public_deployer()
    settings.CUSTOS_ORGANISATION_PUBLIC_SERVICE = True
    assert requirement(workload).required and "public services" in requirement(workload).reason


@pytest.mark.parametrize(
    ("make", "because"),
    [
        (lambda: make_workload(slug="chat"), "not high-risk"),
        (lambda: high_risk_provider(), "obliges deployers"),
        (
            lambda: public_deployer(slug="grid", screening={"annex_iii_area": 2, "profiles_natural_persons": True}),
            "point 2 (critical infrastructure) is excepted",
        ),
    ],
)
def test_no_assessment_is_required_and_the_reason_says_why(make: Any, because: str) -> None:
    result = requirement(make())
    assert result.required is False
    assert result.reason.startswith("Not required, because") and because in result.reason


def test_each_record_is_a_new_version_audited_without_its_text() -> None:
    workload = public_deployer()
    first = services.fria_record(actor=SYSTEM, workload=workload, **ELEMENTS)
    second = services.fria_record(
        actor=SYSTEM, workload=workload, **{**ELEMENTS, "risks_of_harm": "Wrongful refusal; language bias."},
        authority_notified_on=timezone.now().date(),
    )  # fmt: skip
    assert (first.version, second.version) == (1, 2)
    assert first.content_hash != second.content_hash and len(second.content_hash) == 64
    assert FundamentalRightsImpactAssessment.objects.get(pk=first.pk).risks_of_harm == "Wrongful refusal of benefits."
    events = list(AuditEvent.objects.filter(action=AuditAction.FRIA_RECORD).order_by("seq"))
    assert [e.payload["version"] for e in events] == [1, 2]
    assert events[1].subject_id == workload.slug and events[1].payload["content_hash"] == second.content_hash
    assert events[1].payload["sizes"]["risks_of_harm"] == len("Wrongful refusal; language bias.")
    assert "Wrongful" not in str(events[1].payload)  # sizes and a hash, never the text


def test_an_empty_element_or_a_future_notification_is_refused() -> None:
    workload = public_deployer()
    with pytest.raises(ValidationError) as empty:
        services.fria_record(actor=SYSTEM, workload=workload, **{**ELEMENTS, "human_oversight": "   "})
    assert "human_oversight" in empty.value.message_dict
    with pytest.raises(ValidationError) as future:
        services.fria_record(
            actor=SYSTEM,
            workload=workload,
            **ELEMENTS,
            authority_notified_on=timezone.now().date() + dt.timedelta(days=2),
        )
    assert "authority_notified_on" in future.value.message_dict
    assert not FundamentalRightsImpactAssessment.objects.exists()
    assert not AuditEvent.objects.filter(action=AuditAction.FRIA_RECORD).exists()


def test_an_officer_records_versions_through_the_form_and_the_inventory_shows_them(
    officer_client: Client, auditor_client: Client
) -> None:
    workload = public_deployer()
    AnnexVIIIRegistration.objects.create(workload=workload, public_authority_deployer=True)
    page = officer_client.get(f"/reports/fria/{workload.slug}/").content.decode()
    assert "body governed by public law" in page and "No assessment is recorded yet." in page
    assert "Required, missing" in auditor_client.get("/reports/inventory/").content.decode()
    response = officer_client.post(f"/reports/fria/{workload.slug}/new/", {**ELEMENTS, "processes": ""})
    assert response.status_code == 200 and "This field is required." in response.content.decode()
    response = officer_client.post(f"/reports/fria/{workload.slug}/new/", ELEMENTS)
    assert response.status_code == 302 and response["Location"] == f"/reports/fria/{workload.slug}/"
    form = officer_client.get(f"/reports/fria/{workload.slug}/new/").content.decode()
    assert "Caseworkers check benefit applications." in form and "saving records version 2" in form
    officer_client.post(f"/reports/fria/{workload.slug}/new/", {**ELEMENTS, "risks_of_harm": "Language bias."})
    page = auditor_client.get(f"/reports/fria/{workload.slug}/").content.decode()
    assert "Version 2" in page and "Language bias." in page and "v1" in page
    assert (
        "Wrongful refusal of benefits."
        in auditor_client.get(f"/reports/fria/{workload.slug}/?version=1").content.decode()
    )
    inventory = auditor_client.get("/reports/inventory/").content.decode()
    assert f"v2 of {timezone.now():%Y-%m-%d}" in inventory


def test_auditors_read_but_cannot_record(auditor_client: Client) -> None:
    workload = public_deployer()
    assert auditor_client.get(f"/reports/fria/{workload.slug}/").status_code == 200
    assert auditor_client.post(f"/reports/fria/{workload.slug}/new/", ELEMENTS).status_code == 403
    assert not FundamentalRightsImpactAssessment.objects.exists()
