"""Annex VIII: which section applies to which workload, what is filled from the registry, what is flagged missing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.core.exceptions import ValidationError

from audit.models import AuditEvent
from governance import services
from governance.models import AnnexVIIIRegistration, Workload
from reports import services as report_services
from reports.registration import FieldStatus, SheetField, registration_sheet
from tests.factories import SYSTEM, make_workload
from tests.reports.conftest import carve_out_provider, high_risk_provider, public_deployer

pytestmark = pytest.mark.django_db


def fields_of(workload: Workload, section: str) -> dict[int, SheetField]:
    sheet = registration_sheet(Workload.objects.get(pk=workload.pk))
    return {f.point: f for s in sheet.sections if s.code == section for f in s.fields}


def test_a_high_risk_annex_iii_provider_fills_section_a_with_13_points() -> None:
    sheet = registration_sheet(high_risk_provider())
    assert sheet.section_codes == ["A"]
    assert [f.point for f in sheet.sections[0].fields] == list(range(1, 14))


def test_an_art_6_3_carve_out_gives_section_b_with_the_condition_and_grounds_from_the_screening() -> None:
    workload = carve_out_provider()
    assert workload.tier == Workload.Tier.MINIMAL
    sheet = registration_sheet(workload)
    assert sheet.section_codes == ["B"]
    points = {f.point: f for f in sheet.sections[0].fields}
    assert list(points) == list(range(1, 10))
    assert points[6].status == FieldStatus.FILLED and points[6].value.startswith("(a)")
    assert points[7].value == "Only reformats documents; no assessment of candidates."
    assert points[7].source == "screening"


def test_a_public_authority_deployer_of_a_high_risk_system_gets_section_c() -> None:
    workload = public_deployer()
    assert registration_sheet(workload).section_codes == []  # not flagged as a public authority yet
    report_services.registration_update(actor=SYSTEM, workload=workload, public_authority_deployer=True)
    sheet = registration_sheet(Workload.objects.get(pk=workload.pk))
    assert sheet.section_codes == ["C"]
    assert [f.point for f in sheet.sections[0].fields] == [1, 2, 3, 4, 5]


CARVE_OUT = {"annex_iii_area": 4, "art6_3_carve_out_claimed": True, "art6_3_condition": "b", "art6_3_grounds": "x"}


@pytest.mark.parametrize(
    ("make", "notes_contain"),
    [
        (lambda: public_deployer(), "not a public authority"),
        (
            lambda: high_risk_provider(screening={"annex_iii_area": 2, "profiles_natural_persons": True}),
            "national level",
        ),
        (lambda: high_risk_provider(screening={"annex_i_safety_component": True}), "Annex I product"),
        (lambda: make_workload(slug="chatbot", screening={"art50_interacts_with_people": True}), "no registration"),
        (lambda: make_workload(slug="deployer-b", screening=CARVE_OUT), "no registration"),
    ],
)
def test_workloads_outside_the_eu_database_get_no_section_and_a_note(
    make: Callable[[], Workload], notes_contain: str
) -> None:
    sheet = registration_sheet(make())
    assert sheet.sections == []
    assert any(notes_contain in note for note in sheet.notes)


def test_a_fresh_section_a_flags_what_the_registry_does_not_hold() -> None:
    points = fields_of(high_risk_provider(), "A")
    missing = {point for point, f in points.items() if f.status == FieldStatus.MISSING}
    # provider contact, components, data/logic, status (draft), Member States, DoC, instructions for use
    assert missing == {1, 5, 6, 7, 10, 11, 12}
    assert points[2].status == FieldStatus.OPTIONAL  # submitted by the provider itself
    assert points[3].status == FieldStatus.NOT_APPLICABLE  # provider in the Union
    assert points[4].status == FieldStatus.FILLED and points[4].value.startswith("CV screener")  # from the registry
    assert points[8].status == FieldStatus.NOT_APPLICABLE  # point 4: internal control, no notified body
    assert points[13].status == FieldStatus.OPTIONAL
    assert "Ranks job applications" in points[5].value  # purpose from the registry, components missing
    assert "components and functions" in points[5].note


def test_filling_the_registration_clears_the_flags() -> None:
    workload = high_risk_provider()
    services.workload_approve(actor=SYSTEM, workload=workload)
    report_services.registration_update(
        actor=SYSTEM,
        workload=workload,
        provider_name="Example GmbH",
        provider_address="Hauptstr. 1, 10115 Berlin",
        provider_contact="ai-compliance@example.eu",
        components_and_functions="Ranking model and explanation view.",
        data_and_operating_logic="CV text in, ranked shortlist out; gradient-boosted model.",
        member_states=["de", "FR", "DE"],
        declaration_of_conformity_url="https://example.eu/doc.pdf",
        instructions_for_use_url="https://example.eu/ifu",
    )
    points = fields_of(workload, "A")
    assert [p for p, f in points.items() if f.status == FieldStatus.MISSING] == []
    assert points[7].value == "Put into service" and points[7].source == "registry"  # approved workload
    assert points[10].value == "DE, FR"


def test_a_partly_filled_party_names_the_missing_parts() -> None:
    workload = high_risk_provider()
    report_services.registration_update(
        actor=SYSTEM, workload=workload, provider_name="Example GmbH", provider_outside_union=True
    )
    points = fields_of(workload, "A")
    assert points[1].status == FieldStatus.MISSING and points[1].note == "Missing: address, contact."
    assert points[3].status == FieldStatus.MISSING  # outside the Union: a representative is needed (Art. 22)


def test_biometric_systems_may_need_a_certificate_and_migration_systems_no_instructions() -> None:
    biometric = high_risk_provider(slug="face-match", screening={"annex_iii_area": 1, "profiles_natural_persons": True})
    assert fields_of(biometric, "A")[8].status == FieldStatus.OPTIONAL
    report_services.registration_update(actor=SYSTEM, workload=biometric, certificate_number="NB-123")
    certificate = fields_of(biometric, "A")[8]
    assert certificate.status == FieldStatus.MISSING and "type" in certificate.note
    assert fields_of(biometric, "A")[9].status == FieldStatus.MISSING  # a certificate exists: its copy is needed
    border = high_risk_provider(slug="border", screening={"annex_iii_area": 7, "profiles_natural_persons": True})
    assert fields_of(border, "A")[12].status == FieldStatus.NOT_APPLICABLE


def test_section_c_flags_fria_and_dpia_when_personal_data_is_processed() -> None:
    workload = public_deployer()
    report_services.registration_update(actor=SYSTEM, workload=workload, public_authority_deployer=True)
    points = fields_of(workload, "C")
    assert {p for p, f in points.items() if f.status == FieldStatus.MISSING} == {1, 2, 3, 4, 5}
    services.workload_update(actor=SYSTEM, workload=workload, data_categories=["internal"])
    assert fields_of(workload, "C")[5].status == FieldStatus.NOT_APPLICABLE


def test_registration_update_is_audited_with_the_diff_and_skips_no_op_changes() -> None:
    workload = high_risk_provider()
    report_services.registration_update(actor=SYSTEM, workload=workload, trade_name="Hire-o-matic")
    report_services.registration_update(actor=SYSTEM, workload=workload, trade_name="Hire-o-matic")
    events = list(AuditEvent.objects.filter(action="registration.update"))
    assert len(events) == 1
    assert events[0].subject_id == "cv-screener"
    assert events[0].payload == {"created": True, "changes": {"trade_name": ["", "Hire-o-matic"]}}


@pytest.mark.parametrize(
    ("fields", "name"),
    [
        ({"member_states": ["US"]}, "member_states"),
        ({"instructions_for_use_url": "not a url"}, "instructions_for_use_url"),
        ({"market_status": "sold"}, "market_status"),
        ({"colour": "blue"}, "colour"),
    ],
)
def test_bad_registration_data_is_refused_naming_the_field(fields: dict[str, object], name: str) -> None:
    with pytest.raises(ValidationError) as exc:
        report_services.registration_update(actor=SYSTEM, workload=high_risk_provider(), **fields)
    assert name in exc.value.message_dict
    assert not AnnexVIIIRegistration.objects.exists()
