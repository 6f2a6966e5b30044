"""The EU database registration sheet of a workload (EU AI Act Art. 49, Annex VIII).

Which sections of Annex VIII apply, decided from the registry:

- Section A: a *provider* of a *high-risk* system listed in *Annex III*
  (Art. 49(1)). Systems of Annex III point 2 (critical infrastructure) are
  registered at national level instead (Art. 49(5)); high-risk systems under
  Art. 6(1) alone (Annex I products) are not registered in the EU database.
- Section B: a *provider* that concluded under Art. 6(3) that its Annex III
  system is *not high-risk* (Art. 49(2)): a valid carve-out is claimed.
- Section C: a *deployer* that is a *public authority*, Union institution,
  body, office or agency, or acts on their behalf, using a *high-risk*
  Annex III system, point 2 excepted (Art. 49(3), 26(8)).

Annex III points 1, 6 and 7 in law enforcement, migration, asylum and border
control are registered in a secure non-public section (Art. 49(4)).

Each point of a section is filled from the registry (workload, screening) or
from the workload's ``AnnexVIIIRegistration`` row, and flagged ``missing``
when neither holds it. Pure functions over the objects given: no queries
beyond the workload's own screening and registration.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ObjectDoesNotExist

from governance.models import AnnexVIIIRegistration, DataCategory, Screening, Workload
from governance.tiers import carve_out_valid

SECTION_A = "A"
SECTION_B = "B"
SECTION_C = "C"
SECTION_TITLES = {
    SECTION_A: "Section A: providers of high-risk AI systems (Art. 49(1))",
    SECTION_B: "Section B: providers of AI systems not high-risk under Art. 6(3) (Art. 49(2))",
    SECTION_C: "Section C: public-authority deployers of high-risk AI systems (Art. 49(3))",
}

# Data categories that make a workload process personal data (and so may need a DPIA, GDPR Art. 35).
PERSONAL_DATA_CATEGORIES = frozenset(
    {DataCategory.PERSONAL, DataCategory.SPECIAL_CATEGORY, DataCategory.CRIMINAL, DataCategory.GOVERNMENT_ID}
)
NON_PUBLIC_AREAS = frozenset({1, 6, 7})
NATIONAL_REGISTRATION_AREA = 2


class FieldStatus:
    """How one point of the sheet stands."""

    FILLED = "filled"
    MISSING = "missing"
    OPTIONAL = "optional"  # empty, and the Annex says "where applicable" or "optional"
    NOT_APPLICABLE = "not_applicable"


@dataclass(frozen=True)
class SheetField:
    """One numbered point of an Annex VIII section."""

    section: str
    point: int
    label: str
    value: str
    status: str
    source: str  # "registry", "screening", "registration" or ""
    note: str = ""


@dataclass(frozen=True)
class SheetSection:
    """One Annex VIII section with its points."""

    code: str
    title: str
    reason: str
    fields: list[SheetField]

    @property
    def missing(self) -> list[SheetField]:
        return [f for f in self.fields if f.status == FieldStatus.MISSING]


@dataclass(frozen=True)
class RegistrationSheet:
    """The registration data of one workload: the sections that apply, filled and flagged."""

    workload: Workload
    sections: list[SheetSection]
    notes: list[str] = field(default_factory=list)

    @property
    def missing(self) -> list[SheetField]:
        return [f for section in self.sections for f in section.missing]

    @property
    def section_codes(self) -> list[str]:
        return [section.code for section in self.sections]


@dataclass(frozen=True)
class Applicability:
    """Which sections apply to a workload, why, and notes on where or whether it is registered."""

    sections: dict[str, str]  # code -> reason
    notes: list[str]


def applicable_sections(
    workload: Workload, screening: Screening | None, registration: AnnexVIIIRegistration | None
) -> Applicability:
    """Apply the rules of the module docstring."""
    area = screening.annex_iii_area if screening else 0
    high_risk = workload.tier == Workload.Tier.HIGH_RISK
    provider = workload.role == Workload.Role.PROVIDER
    public_authority = bool(registration and registration.public_authority_deployer)
    sections: dict[str, str] = {}
    notes: list[str] = []
    if high_risk and area == NATIONAL_REGISTRATION_AREA:
        notes.append(
            "Annex III point 2 (critical infrastructure): registered at national level, not in the EU database (Art. 49(5))."
        )
    elif high_risk and area and area in NON_PUBLIC_AREAS:
        notes.append(
            f"Annex III point {area}: where used in law enforcement, migration, asylum or border control, "
            "registered in the secure non-public section of the EU database (Art. 49(4))."
        )
    if high_risk and not area:
        notes.append(
            "High-risk under Art. 6(1) only (Annex I product): not registered in the EU database under Art. 49."
        )
    eu_database = high_risk and area and area != NATIONAL_REGISTRATION_AREA
    if provider and eu_database:
        sections[SECTION_A] = f"Provider of a high-risk AI system listed in Annex III point {area}."
    if provider and screening is not None and area and not high_risk and carve_out_valid(screening):
        sections[SECTION_B] = (
            f"Provider that concluded under Art. 6(3)({screening.art6_3_condition}) that its Annex III point {area} "
            "system is not high-risk."
        )
    if not provider and public_authority and eu_database:
        sections[SECTION_C] = f"Public-authority deployer of a high-risk AI system listed in Annex III point {area}."
    if not provider and eu_database and not public_authority:
        notes.append(
            "Deployer that is not a public authority: no registration of its own (Art. 49(3) covers public "
            "authorities); check that the provider registered the system."
        )
    if workload.tier == Workload.Tier.PROHIBITED:
        notes.append("Prohibited practice (Art. 5): may not be placed on the market or used; nothing to register.")
    if not sections and not notes:
        notes.append("Not high-risk and no Art. 6(3) assessment: no registration in the EU database is required.")
    return Applicability(sections=sections, notes=notes)


# --- building the fields ---------------------------------------------------------------------


def _joined(parts: Sequence[tuple[str, str]]) -> tuple[str, list[str]]:
    """The non-empty parts joined for display, and the labels of the empty ones."""
    value = " · ".join(text.strip() for _label, text in parts if text and text.strip())
    return value, [label for label, text in parts if not (text and text.strip())]


def _party(
    section: str, point: int, label: str, parts: Sequence[tuple[str, str]], *, required: bool, note: str = ""
) -> SheetField:
    value, empty = _joined(parts)
    if not empty:
        return SheetField(section, point, label, value, FieldStatus.FILLED, "registration", note)
    if not value and not required:
        return SheetField(section, point, label, "", FieldStatus.OPTIONAL, "", note)
    return SheetField(
        section,
        point,
        label,
        value,
        FieldStatus.MISSING,
        "registration",
        f"Missing: {', '.join(empty)}. {note}".strip(),
    )


def _text(section: str, point: int, label: str, value: str, source: str, *, note: str = "") -> SheetField:
    if value and value.strip():
        return SheetField(section, point, label, value.strip(), FieldStatus.FILLED, source, note)
    return SheetField(section, point, label, "", FieldStatus.MISSING, source, note)


def _provider_fields(section: str, workload: Workload, reg: AnnexVIIIRegistration) -> list[SheetField]:
    """Points 1-4, common to Sections A and B."""
    return [
        _party(
            section,
            1,
            "Provider name, address and contact details",
            [("name", reg.provider_name), ("address", reg.provider_address), ("contact", reg.provider_contact)],
            required=True,
        ),
        _party(
            section,
            2,
            "Person submitting on behalf of the provider",
            [("name", reg.submitter_name), ("address", reg.submitter_address), ("contact", reg.submitter_contact)],
            required=False,
            note="Only where another person submits the information on the provider's behalf.",
        ),
        _representative(section, reg),
        _trade_name(section, workload, reg),
    ]


def _representative(section: str, reg: AnnexVIIIRegistration) -> SheetField:
    parts = [
        ("name", reg.representative_name),
        ("address", reg.representative_address),
        ("contact", reg.representative_contact),
    ]
    label = "Authorised representative name, address and contact details"
    if reg.provider_outside_union:
        return _party(
            section, 3, label, parts, required=True, note="The provider is established outside the Union (Art. 22)."
        )
    value, _empty = _joined(parts)
    if value:
        return _party(section, 3, label, parts, required=True)
    return SheetField(
        section, 3, label, "", FieldStatus.NOT_APPLICABLE, "", "The provider is established in the Union."
    )


def _trade_name(section: str, workload: Workload, reg: AnnexVIIIRegistration) -> SheetField:
    name = reg.trade_name or workload.name
    reference = reg.reference or f"custos:{workload.slug} v{workload.version}"
    source = "registration" if reg.trade_name and reg.reference else "registry"
    note = (
        "" if reg.trade_name else "Trade name taken from the registry name; set it if the system is sold under another."
    )
    return SheetField(
        section, 4, "Trade name and unambiguous reference", f"{name} · {reference}", FieldStatus.FILLED, source, note
    )


def _status_field(section: str, point: int, workload: Workload, reg: AnnexVIIIRegistration) -> SheetField:
    label = "Status (on the market / in service / no longer / recalled)"
    if reg.market_status:
        return SheetField(section, point, label, reg.get_market_status_display(), FieldStatus.FILLED, "registration")
    if workload.status in (Workload.Status.APPROVED, Workload.Status.SUSPENDED):
        value = AnnexVIIIRegistration.MarketStatus.IN_SERVICE.label
        note = f"From the registry lifecycle ({workload.get_status_display().lower()})."
        return SheetField(section, point, label, value, FieldStatus.FILLED, "registry", note)
    if workload.status == Workload.Status.RETIRED:
        value = AnnexVIIIRegistration.MarketStatus.NO_LONGER.label
        return SheetField(
            section, point, label, value, FieldStatus.FILLED, "registry", "From the registry lifecycle (retired)."
        )
    return SheetField(
        section, point, label, "", FieldStatus.MISSING, "registration", "A draft workload is not yet in service."
    )


def _member_states_field(section: str, point: int, reg: AnnexVIIIRegistration) -> SheetField:
    label = "Member States where placed on the market, put into service or made available"
    return _text(section, point, label, ", ".join(reg.member_states or []), "registration")


def section_a(workload: Workload, screening: Screening, reg: AnnexVIIIRegistration) -> list[SheetField]:
    """The 13 points of Annex VIII Section A."""
    a = SECTION_A
    area = screening.annex_iii_area
    certificate_parts = [
        ("type", reg.certificate_type),
        ("number", reg.certificate_number),
        ("expiry date", reg.certificate_expiry.isoformat() if reg.certificate_expiry else ""),
        ("notified body", reg.notified_body),
    ]
    # A notified body only assesses Annex III point 1 (biometrics) systems, under Art. 43(1); points 2-8 use internal control.
    certificate_label = "Certificate type, number, expiry date and notified body"
    if area == 1 or screening.annex_i_safety_component:
        certificate = _party(
            a,
            8,
            certificate_label,
            certificate_parts,
            required=False,
            note="Where a notified body assessed conformity (Art. 43).",
        )
        if certificate.status == FieldStatus.OPTIONAL and not reg.certificate_copy_url:
            copy = SheetField(
                a, 9, "Scanned copy of the certificate", "", FieldStatus.OPTIONAL, "", "Where a certificate was issued."
            )
        else:
            copy = _text(a, 9, "Scanned copy of the certificate", reg.certificate_copy_url, "registration")
    else:
        note = "Annex III points 2-8 follow internal control (Annex VI, Art. 43(2)): no notified body."
        certificate = SheetField(a, 8, certificate_label, "", FieldStatus.NOT_APPLICABLE, "", note)
        copy = SheetField(a, 9, "Scanned copy of the certificate", "", FieldStatus.NOT_APPLICABLE, "", note)
    if area in (6, 7):
        instructions = SheetField(
            a, 12, "Electronic instructions for use", "", FieldStatus.NOT_APPLICABLE, "",
            "Not provided for Annex III points 6 and 7 (law enforcement, migration, asylum, border control).",
        )  # fmt: skip
    else:
        note = "Not provided where a point 1 system is used in law enforcement or migration." if area == 1 else ""
        instructions = _text(
            a, 12, "Electronic instructions for use", reg.instructions_for_use_url, "registration", note=note
        )
    additional = (
        SheetField(a, 13, "URL for additional information", reg.additional_info_url, FieldStatus.FILLED, "registration")
        if reg.additional_info_url
        else SheetField(a, 13, "URL for additional information", "", FieldStatus.OPTIONAL, "", "Optional.")
    )
    purpose = _joined(
        [("intended purpose", workload.purpose), ("components and functions", reg.components_and_functions)]
    )
    purpose_field = (
        SheetField(a, 5, "Intended purpose, components and functions", purpose[0], FieldStatus.FILLED, "registry + registration")
        if not purpose[1]
        else SheetField(
            a, 5, "Intended purpose, components and functions", purpose[0], FieldStatus.MISSING, "registration",
            f"Missing: {', '.join(purpose[1])}.",
        )
    )  # fmt: skip
    data_note = f"Data categories in the registry: {', '.join(workload.data_categories) or 'none declared'}."
    return [
        *_provider_fields(a, workload, reg),
        purpose_field,
        _text(
            a,
            6,
            "Information used (data, inputs) and operating logic",
            reg.data_and_operating_logic,
            "registration",
            note=data_note,
        ),
        _status_field(a, 7, workload, reg),
        certificate,
        copy,
        _member_states_field(a, 10, reg),
        _text(a, 11, "EU declaration of conformity (Art. 47)", reg.declaration_of_conformity_url, "registration"),
        instructions,
        additional,
    ]


def section_b(workload: Workload, screening: Screening, reg: AnnexVIIIRegistration) -> list[SheetField]:
    """The 9 points of Annex VIII Section B."""
    b = SECTION_B
    condition = screening.get_art6_3_condition_display() if screening.art6_3_condition else ""
    return [
        *_provider_fields(b, workload, reg),
        _text(b, 5, "Intended purpose", workload.purpose, "registry"),
        _text(b, 6, "Art. 6(3) condition relied on", condition, "screening"),
        _text(b, 7, "Summary of the grounds for not high-risk", screening.art6_3_grounds, "screening"),
        _status_field(b, 8, workload, reg),
        _member_states_field(b, 9, reg),
    ]


def section_c(workload: Workload, screening: Screening, reg: AnnexVIIIRegistration) -> list[SheetField]:
    """The 5 points of Annex VIII Section C."""
    c = SECTION_C
    personal = sorted(PERSONAL_DATA_CATEGORIES & set(workload.data_categories or []))
    if personal or reg.dpia_summary:
        dpia = _text(
            c, 5, "Summary of the data protection impact assessment", reg.dpia_summary, "registration",
            note=f"Personal data declared in the registry: {', '.join(personal)}." if personal else "",
        )  # fmt: skip
    else:
        dpia = SheetField(
            c, 5, "Summary of the data protection impact assessment", "", FieldStatus.NOT_APPLICABLE, "",
            "No personal data declared in the registry; add it if a DPIA was carried out (Art. 26(8)).",
        )  # fmt: skip
    return [
        _party(
            c,
            1,
            "Deployer name, address and contact details",
            [("name", reg.deployer_name), ("address", reg.deployer_address), ("contact", reg.deployer_contact)],
            required=True,
        ),
        _party(
            c,
            2,
            "Person submitting on behalf of the deployer",
            [("name", reg.submitter_name), ("address", reg.submitter_address), ("contact", reg.submitter_contact)],
            required=True,
        ),
        _text(
            c,
            3,
            "URL of the system's entry in the EU database by its provider",
            reg.provider_database_entry_url,
            "registration",
        ),
        _text(c, 4, "Summary of the fundamental rights impact assessment (Art. 27)", reg.fria_summary, "registration"),
        dpia,
    ]


def _related(workload: Workload, name: str) -> Any:
    """The one-to-one row ``name`` of ``workload`` (select_related or a query), or None when there is none."""
    try:
        return getattr(workload, name)
    except ObjectDoesNotExist:
        return None


BUILDERS = {SECTION_A: section_a, SECTION_B: section_b, SECTION_C: section_c}


def registration_sheet(workload: Workload) -> RegistrationSheet:
    """The Annex VIII sheet of ``workload``: applicable sections, filled from what is held, gaps flagged."""
    screening = _related(workload, "screening")
    registration = _related(workload, "registration")
    applicability = applicable_sections(workload, screening, registration)
    reg = registration or AnnexVIIIRegistration(workload=workload)
    sections = [
        SheetSection(code, SECTION_TITLES[code], reason, BUILDERS[code](workload, screening, reg))
        for code, reason in applicability.sections.items()
    ]
    return RegistrationSheet(workload=workload, sections=sections, notes=applicability.notes)
