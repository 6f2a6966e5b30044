"""EU AI Act reports: the builders behind the report pages and their CSV and JSON downloads.

Each builder reads the registry and the decision log and returns plain
dataclasses; ``table`` and ``document`` turn them into rows for CSV and a
JSON-ready dict. Nothing here writes.

- Inventory: every AI system (workload) with tier, role, Annex III area,
  Art. 50 duties, purpose, owner, oversight contact, FRIA status, status,
  destinations and log retention.
- Art. 12 log summary: what the automatically recorded logs of one workload
  show for a period, from its pre-flight decisions (each one is also an event
  in the hash-chained audit log, named by ``audit_seq``).
- Annex VIII registration sheet: see ``reports.registration``.
- Incident register: serious incidents with their Art. 73 deadline (see
  ``governance.incidents``).
- Retention: configured log retention against the Art. 19(1) / 26(6) minimum.
- Art. 73 report of one incident and the Art. 27 FRIA's elements, for their pages and PDFs.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, Max, Min, OuterRef, Prefetch, Subquery
from django.utils import timezone

from audit.models import AuditEvent
from governance.decision_log import DECISION_FIELDS, DecisionLogTrust, decision_log_trust, event_mismatch
from governance.forms import ANNEX_III_AREAS, ART50_QUESTIONS
from governance.fria import fria_requirement
from governance.lifecycle import HIGH_RISK_MIN_RETENTION_DAYS
from governance.models import AnnexVIIIRegistration, Decision, Destination, Incident, Screening, Workload
from reports import selectors
from reports.models import FundamentalRightsImpactAssessment
from reports.registration import RegistrationSheet, registration_sheet

DEFAULT_PERIOD_DAYS = 30
OUTCOMES = tuple(Decision.Outcome.values)

RETENTION_STATEMENT = (
    "Audit events are never deleted by the application. The audit log is append-only: the application has no "
    "code path that changes or removes an event, and database triggers refuse UPDATE, DELETE and TRUNCATE on it. "
    "Pre-flight decisions are kept with it (they are protected from deletion with their workload). A workload's "
    "retention is the minimum time its logs must be kept; high-risk systems keep them at least six months "
    f"({HIGH_RISK_MIN_RETENTION_DAYS} days, Art. 19(1) and 26(6))."
)


@dataclass(frozen=True)
class Period:
    """A reporting period: ``since`` inclusive, ``until`` exclusive, both UTC."""

    since: dt.datetime
    until: dt.datetime


def default_period(now: dt.datetime | None = None) -> Period:
    """The last 30 days up to ``now``."""
    until = now or timezone.now()
    return Period(since=until - dt.timedelta(days=DEFAULT_PERIOD_DAYS), until=until)


def minimum_retention_days(tier: str) -> int | None:
    """The legal minimum log retention for a tier, or None where the AI Act sets none."""
    return HIGH_RISK_MIN_RETENTION_DAYS if tier == Workload.Tier.HIGH_RISK else None


def _workloads() -> Iterable[Workload]:
    return (
        Workload.objects.select_related("screening", "registration")
        .prefetch_related(Prefetch("allowed_destinations", queryset=Destination.objects.order_by("slug")))
        .order_by("slug")
    )


ANNEX_III_LABELS = {number: label for number, label, _help in ANNEX_III_AREAS if number}
ART50_LABELS = {name: label for name, label, _help in ART50_QUESTIONS}


def _one_to_one(workload: Workload, name: str) -> Any:
    try:
        return getattr(workload, name)
    except ObjectDoesNotExist:
        return None


def annex_iii_text(screening: Screening | None) -> str:
    """ "4(a) Employment and workers' management", or "" outside Annex III."""
    if screening is None or not screening.annex_iii_area:
        return ""
    label = ANNEX_III_LABELS.get(screening.annex_iii_area, str(screening.annex_iii_area))
    return f"{label} ({screening.annex_iii_subarea})" if screening.annex_iii_subarea else label


def art50_duties(screening: Screening | None) -> list[str]:
    """The Art. 50 transparency duties the screening answered yes to."""
    if screening is None:
        return []
    return [label for name, label in ART50_LABELS.items() if getattr(screening, name, False)]


def fria_status_text(required: bool, latest: FundamentalRightsImpactAssessment | None) -> str:
    if latest is not None:
        return f"v{latest.version} of {latest.created_at:%Y-%m-%d}"
    return "Required, missing" if required else "Not required"


# --- inventory --------------------------------------------------------------------------------


@dataclass(frozen=True)
class InventoryRow:
    """One AI system in the inventory."""

    slug: str
    name: str
    tier: str
    role: str
    gpai_use: bool
    purpose: str
    owner: str
    business_unit: str
    status: str
    version: int
    data_categories: list[str]
    destinations: list[str]
    oversight_contact: str
    log_retention_days: int
    minimum_retention_days: int | None
    registered_at: dt.datetime
    annex_iii_area: int = 0
    annex_iii: str = ""
    art50_duties: list[str] = field(default_factory=list)
    fria_required: bool = False
    fria_reason: str = ""
    fria_status: str = ""

    @property
    def tier_label(self) -> str:
        return Workload.Tier(self.tier).label

    @property
    def role_label(self) -> str:
        return Workload.Role(self.role).label

    @property
    def status_label(self) -> str:
        return Workload.Status(self.status).label


def inventory() -> list[InventoryRow]:
    """Every workload, retired ones included, by slug."""
    workloads = list(_workloads())
    frias = selectors.fria_latest_by_workload(w.pk for w in workloads)
    rows = []
    for w in workloads:
        screening = _one_to_one(w, "screening")
        requirement = fria_requirement(w, screening, _one_to_one(w, "registration"))
        rows.append(_inventory_row(w, screening, requirement.required, requirement.reason, frias.get(w.pk)))
    return rows


def _inventory_row(
    w: Workload,
    screening: Screening | None,
    fria_required: bool,
    fria_reason: str,
    fria: FundamentalRightsImpactAssessment | None,
) -> InventoryRow:
    return InventoryRow(
        slug=w.slug,
        name=w.name,
        tier=w.tier,
        role=w.role,
        gpai_use=w.gpai_use,
        purpose=w.purpose,
        owner=w.owner,
        business_unit=w.business_unit,
        status=w.status,
        version=w.version,
        data_categories=list(w.data_categories or []),
        destinations=[d.slug for d in w.allowed_destinations.all()],
        oversight_contact=w.oversight_contact,
        log_retention_days=w.log_retention_days,
        minimum_retention_days=minimum_retention_days(w.tier),
        registered_at=w.created_at,
        annex_iii_area=screening.annex_iii_area if screening else 0,
        annex_iii=annex_iii_text(screening),
        art50_duties=art50_duties(screening),
        fria_required=fria_required,
        fria_reason=fria_reason,
        fria_status=fria_status_text(fria_required, fria),
    )


# --- Art. 12 log summary -----------------------------------------------------------------------


@dataclass(frozen=True)
class DestinationUse:
    """How often one destination was asked for, by outcome."""

    destination: str
    total: int
    allow: int
    redact: int
    deny: int


@dataclass(frozen=True)
class PolicyUse:
    """A residency policy version that decided requests in the period."""

    number: int | None
    content_hash: str
    decisions: int
    first_at: dt.datetime
    last_at: dt.datetime


@dataclass(frozen=True)
class Art12Summary:
    """What the logs of one workload show for a period (Art. 12(2), 19, 26(5), 72)."""

    workload: str
    workload_name: str
    tier: str
    version: int
    since: dt.datetime
    until: dt.datetime
    total: int
    first_decision_at: dt.datetime | None
    last_decision_at: dt.datetime | None
    first_audit_seq: int | None
    last_audit_seq: int | None
    outcomes: dict[str, int]
    destinations: list[DestinationUse]
    denial_reasons: dict[str, int]
    redaction_reasons: dict[str, int]
    categories: dict[str, int]
    levels: dict[str, int]
    policy_versions: list[PolicyUse]
    # Detection profile ("v3:<hash>", "none") the decisions were classified with -> decisions.
    detection_profiles: dict[str, int] = field(default_factory=dict)
    # Decisions of the period whose row disagrees with its preflight.decision event (checked in the same query).
    log_mismatches: int = 0
    log_first_mismatch: str = ""
    log_trust: DecisionLogTrust | None = None  # the last full verification of the whole log


def _sorted_counts(counter: Counter[str]) -> dict[str, int]:
    return dict(sorted(counter.items(), key=lambda item: (-item[1], item[0])))


def art12_summary(workload: Workload, period: Period) -> Art12Summary:
    """Summarise the decisions of ``workload`` in ``period``; reason codes count once per decision."""
    decisions = Decision.objects.filter(
        workload=workload, created_at__gte=period.since, created_at__lt=period.until
    ).order_by()
    totals = decisions.aggregate(
        total=Count("id"),
        first=Min("created_at"),
        last=Max("created_at"),
        first_seq=Min("audit_seq"),
        last_seq=Max("audit_seq"),
    )
    outcomes = dict.fromkeys(OUTCOMES, 0)
    by_destination: dict[str, dict[str, int]] = {}
    for row in decisions.values("destination__slug", "outcome").annotate(n=Count("id")):
        outcomes[row["outcome"]] += row["n"]
        by_destination.setdefault(row["destination__slug"], dict.fromkeys(OUTCOMES, 0))[row["outcome"]] = row["n"]
    destinations = sorted(
        (
            DestinationUse(slug, sum(n.values()), n["allow"], n["redact"], n["deny"])
            for slug, n in by_destination.items()
        ),
        key=lambda use: (-use.total, use.destination),
    )
    policies = [
        PolicyUse(
            row["policy_version__number"],
            row["policy_version__content_hash"] or "",
            row["n"],
            row["first"],
            row["last"],
        )
        for row in decisions.values("policy_version__number", "policy_version__content_hash")
        .annotate(n=Count("id"), first=Min("created_at"), last=Max("created_at"))
        .order_by("first")
    ]
    denials: Counter[str] = Counter()
    redactions: Counter[str] = Counter()
    categories: Counter[str] = Counter()
    levels: Counter[str] = Counter()
    profiles: Counter[str] = Counter()
    mismatches, first_mismatch = 0, ""
    # One joined query: each decision with its audit event, compared as it is counted.
    event = AuditEvent.objects.filter(seq=OuterRef("audit_seq"))
    rows = decisions.annotate(
        event_action=Subquery(event.values("action")[:1]),
        event_hash=Subquery(event.values("hash")[:1]),
        event_payload=Subquery(event.values("payload")[:1]),
    ).order_by("audit_seq")
    for row in rows.values(*DECISION_FIELDS, "event_action", "event_hash", "event_payload").iterator(chunk_size=2000):
        problem = event_mismatch(
            row, action=row["event_action"], event_hash=row["event_hash"], payload=row["event_payload"]
        )
        if problem:
            mismatches += 1
            first_mismatch = first_mismatch or f"decision {row['id']}: {problem}"
        codes = {reason.get("code", "") for reason in row["reasons"] or [] if isinstance(reason, dict)}
        if row["outcome"] == Decision.Outcome.DENY:
            denials.update(codes)
        elif row["outcome"] == Decision.Outcome.REDACT:
            redactions.update(codes)
        categories.update(set(row["categories"] or []))
        if row["level"]:
            levels[row["level"]] += 1
        versions = (row["event_payload"] or {}).get("classifier") if isinstance(row["event_payload"], dict) else None
        if isinstance(versions, dict) and versions:
            profiles[str(versions.get("detection_profile") or "none")] += 1
    return Art12Summary(
        workload=workload.slug,
        workload_name=workload.name,
        tier=workload.tier,
        version=workload.version,
        since=period.since,
        until=period.until,
        total=totals["total"],
        first_decision_at=totals["first"],
        last_decision_at=totals["last"],
        first_audit_seq=totals["first_seq"],
        last_audit_seq=totals["last_seq"],
        outcomes=outcomes,
        destinations=destinations,
        denial_reasons=_sorted_counts(denials),
        redaction_reasons=_sorted_counts(redactions),
        categories=_sorted_counts(categories),
        levels=_sorted_counts(levels),
        policy_versions=policies,
        detection_profiles=_sorted_counts(profiles),
        log_mismatches=mismatches,
        log_first_mismatch=first_mismatch,
        log_trust=decision_log_trust(),
    )


@dataclass(frozen=True)
class LogActivity:
    """One workload's decision count in a period, for the list of Art. 12 summaries."""

    workload: Workload
    decisions: int
    last_decision_at: dt.datetime | None


def log_activity(period: Period) -> list[LogActivity]:
    """Every workload with how many decisions it had in ``period``."""
    counts = {
        row["workload"]: row
        for row in Decision.objects.filter(created_at__gte=period.since, created_at__lt=period.until)
        .order_by()
        .values("workload")
        .annotate(n=Count("id"), last=Max("created_at"))
    }
    return [
        LogActivity(w, counts.get(w.pk, {}).get("n", 0), counts.get(w.pk, {}).get("last"))
        for w in Workload.objects.order_by("slug")
    ]


def _trust_rows(trust: DecisionLogTrust | None) -> list[list[Any]]:
    if trust is None:
        return []
    return [
        ["integrity", "last_full_verification", trust.state],
        ["integrity", "last_full_verification_at", trust.verified_at],
        ["integrity", "verified_up_to_seq", trust.verified_upto_seq],
        ["integrity", "decisions_after_last_verification", trust.unverified_decisions],
    ]


def art12_table(summary: Art12Summary) -> tuple[list[str], list[list[Any]]]:
    """The summary as long-format rows: section, key, value."""
    rows: list[list[Any]] = [
        ["workload", "slug", summary.workload],
        ["workload", "name", summary.workload_name],
        ["workload", "tier", summary.tier],
        ["workload", "version", summary.version],
        ["period", "since", summary.since],
        ["period", "until", summary.until],
        ["usage", "decisions", summary.total],
        ["usage", "first_decision_at", summary.first_decision_at],
        ["usage", "last_decision_at", summary.last_decision_at],
        ["usage", "first_audit_seq", summary.first_audit_seq],
        ["usage", "last_audit_seq", summary.last_audit_seq],
        ["integrity", "decisions_disagreeing_with_log", summary.log_mismatches],
        ["integrity", "first_disagreement", summary.log_first_mismatch],
        *_trust_rows(summary.log_trust),
    ]
    rows += [["outcome", outcome, n] for outcome, n in summary.outcomes.items()]
    for use in summary.destinations:
        rows += [[f"destination.{outcome}", use.destination, getattr(use, outcome)] for outcome in ("total", *OUTCOMES)]
    rows += [["denial_reason", code, n] for code, n in summary.denial_reasons.items()]
    rows += [["redaction_reason", code, n] for code, n in summary.redaction_reasons.items()]
    rows += [["category", name, n] for name, n in summary.categories.items()]
    rows += [["level", name, n] for name, n in summary.levels.items()]
    rows += [
        [
            "policy_version",
            f"v{p.number}" if p.number is not None else "none",
            f"{p.content_hash} ({p.decisions} decisions)",
        ]
        for p in summary.policy_versions
    ]
    rows += [["detection_profile", label, f"{n} decisions"] for label, n in summary.detection_profiles.items()]
    return ["section", "key", "value"], rows


# --- Annex VIII registration sheet ------------------------------------------------------------

REGISTRATION_COLUMNS = ["workload", "section", "point", "label", "value", "status", "source", "note"]


def registration_overview() -> list[RegistrationSheet]:
    """The registration sheet of every workload, by slug."""
    workloads = Workload.objects.select_related("screening", "registration").order_by("slug")
    return [registration_sheet(w) for w in workloads]


def registration_table(sheet: RegistrationSheet) -> tuple[list[str], list[list[Any]]]:
    rows = [
        [sheet.workload.slug, f.section, f.point, f.label, f.value, f.status, f.source, f.note]
        for section in sheet.sections
        for f in section.fields
    ]
    return REGISTRATION_COLUMNS, rows


def registration_document(sheet: RegistrationSheet) -> dict[str, Any]:
    return {
        "workload": sheet.workload.slug,
        "role": sheet.workload.role,
        "tier": sheet.workload.tier,
        "sections": [
            {
                "section": s.code,
                "title": s.title,
                "reason": s.reason,
                "missing": [f.point for f in s.missing],
                "fields": [asdict(f) for f in s.fields],
            }
            for s in sheet.sections
        ],
        "notes": sheet.notes,
    }


# --- incident register -----------------------------------------------------------------------


@dataclass(frozen=True)
class IncidentRow:
    """One serious incident with where it stands against its Art. 73 deadline."""

    id: int
    workload: str
    tier: str
    title: str
    description: str
    category: str
    died: bool
    widespread_infringement: bool
    member_states: list[str]
    status: str
    aware_at: dt.datetime
    deadline_days: int
    deadline_at: dt.datetime
    deadline_rule: str
    days_left: int
    overdue: bool
    reported_at: dt.datetime | None
    reported_on_time: bool | None
    closed_at: dt.datetime | None = field(default=None)
    occurred_at: dt.datetime | None = None
    location: str = ""
    affected_count: int | None = None
    affected_description: str = ""
    causal_link: str = ""
    causal_link_note: str = ""
    corrective_measures: str = ""
    provider_notified_at: dt.datetime | None = None
    notified_authority: str = ""

    @property
    def category_label(self) -> str:
        return Incident.Category(self.category).label

    @property
    def status_label(self) -> str:
        return Incident.Status(self.status).label


def incident_row(incident: Incident, now: dt.datetime) -> IncidentRow:
    status = incident.deadline_status(now)
    due = status.deadline.due_at
    return IncidentRow(
        id=incident.pk,
        workload=incident.workload.slug,
        tier=incident.workload.tier,
        title=incident.title,
        description=incident.description,
        category=incident.category,
        died=incident.died,
        widespread_infringement=incident.widespread_infringement,
        member_states=list(incident.member_states or []),
        status=incident.status,
        aware_at=incident.aware_at,
        deadline_days=status.deadline.days,
        deadline_at=due,
        deadline_rule=status.deadline.rule,
        days_left=status.days_left,
        overdue=status.overdue,
        reported_at=incident.reported_at,
        reported_on_time=None if incident.reported_at is None else incident.reported_at <= due,
        closed_at=incident.closed_at,
        occurred_at=incident.occurred_at,
        location=incident.location,
        affected_count=incident.affected_count,
        affected_description=incident.affected_description,
        causal_link=incident.causal_link,
        causal_link_note=incident.causal_link_note,
        corrective_measures=incident.corrective_measures,
        provider_notified_at=incident.provider_notified_at,
        notified_authority=incident.notified_authority,
    )


def incident_register(*, now: dt.datetime | None = None, status: str | None = None) -> list[IncidentRow]:
    """Every incident (or those with ``status``), most recent awareness first."""
    incidents = Incident.objects.select_related("workload").order_by("-aware_at", "-id")
    if status:
        incidents = incidents.filter(status=status)
    moment = now or timezone.now()
    return [incident_row(incident, moment) for incident in incidents]


def incident_get(incident_id: int) -> Incident:
    return Incident.objects.select_related("workload").get(pk=incident_id)


# --- Art. 73 report of one incident --------------------------------------------------------------


@dataclass(frozen=True)
class ReportItem:
    """One labelled value of a printed report; ``missing`` when the authority expects it and nothing is held."""

    label: str
    value: str
    note: str = ""
    missing: bool = False


@dataclass(frozen=True)
class ReportSection:
    """A titled group of report items."""

    title: str
    items: list[ReportItem]


@dataclass(frozen=True)
class Art73Report:
    """The serious-incident report of one incident (Art. 73), from the register, the registry and the log."""

    row: IncidentRow
    report_type: str
    sections: list[ReportSection]

    @property
    def missing(self) -> list[ReportItem]:
        return [item for section in self.sections for item in section.items if item.missing]


def _item(label: str, value: str, *, note: str = "", required: bool = False) -> ReportItem:
    return ReportItem(label, value.strip(), note, missing=required and not value.strip())


def _when(value: dt.datetime | None) -> str:
    return f"{value.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC" if value else ""


def art73_report(incident: Incident, *, now: dt.datetime) -> Art73Report:
    """The Art. 73 report of ``incident`` as it stands at ``now``."""
    row = incident_row(incident, now)
    workload = incident.workload
    screening = _one_to_one(workload, "screening")
    registration: AnnexVIIIRegistration | None = _one_to_one(workload, "registration")
    if incident.status == Incident.Status.CLOSED:
        report_type = "Final report: the investigation is closed (Art. 73(6))."
    elif incident.reported_at:
        report_type = (
            f"Follow-up to the initial report of {_when(incident.reported_at)}: complete it as the investigation "
            "proceeds (Art. 73(5))."
        )
    else:
        report_type = "Initial report (Art. 73(2)); it may be incomplete and completed later (Art. 73(5))."
    on_time = "" if row.reported_on_time is None else (" (on time)" if row.reported_on_time else " (late)")
    reference = (registration.reference if registration and registration.reference else "") or (
        f"custos:{workload.slug} v{workload.version}"
    )
    provider = registration.provider_name if registration else ""
    sections = [
        ReportSection(
            "Report",
            [
                _item("Type", report_type),
                _item(
                    "Addressed to",
                    incident.notified_authority
                    or (
                        "Market surveillance authority of " + ", ".join(incident.member_states)
                        if incident.member_states
                        else ""
                    ),
                    note="The authority of the Member State where the incident occurred (Art. 73(1)).",
                    required=True,
                ),
                _item("Deadline", f"{_when(row.deadline_at)}: {row.deadline_rule}"),
                _item("Reported at", _when(incident.reported_at) + on_time if incident.reported_at else "not yet"),
            ],
        ),
        ReportSection(
            "Who reports",
            [
                _item("Organisation", settings.CUSTOS_ORGANISATION_NAME, required=True),
                _item("Role", workload.get_role_display()),
                _item("Recorded by", incident.created_by),
                _item("Human oversight contact", workload.oversight_contact, note="Art. 14, 26(2).", required=True),
                _item(
                    "Provider of the system",
                    provider,
                    note=""
                    if workload.role == Workload.Role.PROVIDER
                    else "A deployer informs the provider first, then the authority (Art. 26(5)).",
                    required=workload.role == Workload.Role.DEPLOYER,
                ),
            ],
        ),
        ReportSection(
            "AI system",
            [
                _item("Name", workload.name),
                _item("Reference", reference),
                _item(
                    "EU database entry",
                    registration.provider_database_entry_url if registration else "",
                    note="Where the system is registered (Art. 49).",
                ),
                _item("Risk tier", workload.get_tier_display()),
                _item("Annex III area", annex_iii_text(screening) or "none"),
                _item("Intended purpose", workload.purpose),
                _item(
                    "Owner",
                    f"{workload.owner} ({workload.business_unit})" if workload.business_unit else workload.owner,
                ),
            ],
        ),
        ReportSection(
            "Incident",
            [
                _item("Title", incident.title),
                _item("Category (Art. 3(49))", incident.get_category_display()),
                _item("A person died", "yes" if incident.died else "no"),
                _item("Widespread infringement (Art. 3(61))", "yes" if incident.widespread_infringement else "no"),
                _item("Member States", ", ".join(incident.member_states), required=True),
                _item(
                    "Occurred at",
                    _when(incident.occurred_at),
                    note="When it happened, if known; awareness may come later.",
                    required=True,
                ),
                _item("Where", incident.location),
                _item("Became aware at", _when(incident.aware_at)),
                _item("Description", incident.description, required=True),
            ],
        ),
        ReportSection(
            "Persons affected and cause",
            [
                _item(
                    "Number of persons affected",
                    "" if incident.affected_count is None else str(incident.affected_count),
                    required=True,
                ),
                _item("Persons or groups affected, and the harm", incident.affected_description, required=True),
                _item(
                    "Causal link with the AI system",
                    incident.get_causal_link_display() if incident.causal_link else "",
                    note="Established, suspected or under investigation (Art. 73(2)).",
                    required=True,
                ),
                _item("What is known of the causal link", incident.causal_link_note),
            ],
        ),
        ReportSection(
            "Follow-up",
            [
                _item("Status", incident.get_status_display()),
                _item(
                    "Corrective measures taken or planned",
                    incident.corrective_measures,
                    note="Art. 73(6); Art. 20 for providers.",
                    required=True,
                ),
                _item(
                    "Provider informed at",
                    _when(incident.provider_notified_at),
                    note=""
                    if workload.role == Workload.Role.PROVIDER
                    else "A deployer informs the provider (Art. 26(5)).",
                    required=workload.role == Workload.Role.DEPLOYER,
                ),
                _item("Closed at", _when(incident.closed_at)),
                _item("Outcome of the investigation", incident.close_note),
            ],
        ),
    ]
    return Art73Report(row=row, report_type=report_type, sections=sections)


# --- fundamental-rights impact assessment -------------------------------------------------------

FRIA_ELEMENT_LABELS = [
    ("a", "processes", "The deployer's processes in which the system is used, in line with its intended purpose"),
    ("b", "period_and_frequency", "The period of time within which, and the frequency with which, it is used"),
    ("c", "affected_persons", "The categories of natural persons and groups likely to be affected"),
    (
        "d",
        "risks_of_harm",
        "The specific risks of harm likely to affect them (given the provider's Art. 13 information)",
    ),
    ("e", "human_oversight", "The human oversight measures, according to the instructions for use"),
    (
        "f",
        "mitigation_and_governance",
        "The measures if those risks materialise, incl. internal governance and complaint mechanisms",
    ),
]


def fria_elements(assessment: FundamentalRightsImpactAssessment) -> list[tuple[str, str, str]]:
    """The elements (a)-(f) of Art. 27(1) of one assessment version: letter, what the Act asks, the answer."""
    return [(letter, label, getattr(assessment, name)) for letter, name, label in FRIA_ELEMENT_LABELS]


# --- retention ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RetentionRow:
    """One workload's configured log retention against its legal minimum."""

    workload: str
    name: str
    tier: str
    role: str
    status: str
    log_retention_days: int
    minimum_days: int | None
    below_minimum: bool
    shortfall_days: int
    oldest_decision_at: dt.datetime | None

    @property
    def tier_label(self) -> str:
        return Workload.Tier(self.tier).label

    @property
    def status_label(self) -> str:
        return Workload.Status(self.status).label


@dataclass(frozen=True)
class RetentionReport:
    """Retention of every workload, those below the minimum, and what the application keeps."""

    rows: list[RetentionRow]
    audit_events: int
    oldest_event_at: dt.datetime | None
    statement: str = RETENTION_STATEMENT

    @property
    def below_minimum(self) -> list[RetentionRow]:
        return [row for row in self.rows if row.below_minimum]


def retention_report() -> RetentionReport:
    """Configured retention against the minimum for every workload, worst shortfall first."""
    oldest = dict(
        Decision.objects.order_by()
        .values("workload")
        .annotate(oldest=Min("created_at"))
        .values_list("workload", "oldest")
    )
    rows = []
    for w in Workload.objects.order_by("slug"):
        minimum = minimum_retention_days(w.tier)
        shortfall = max(0, minimum - w.log_retention_days) if minimum else 0
        rows.append(
            RetentionRow(
                workload=w.slug,
                name=w.name,
                tier=w.tier,
                role=w.role,
                status=w.status,
                log_retention_days=w.log_retention_days,
                minimum_days=minimum,
                below_minimum=shortfall > 0,
                shortfall_days=shortfall,
                oldest_decision_at=oldest.get(w.pk),
            )
        )
    rows.sort(key=lambda row: (-row.shortfall_days, row.workload))
    events = AuditEvent.objects.aggregate(n=Count("seq"), oldest=Min("created_at"))
    return RetentionReport(rows=rows, audit_events=events["n"], oldest_event_at=events["oldest"])


# --- serialisation ---------------------------------------------------------------------------

# Spreadsheet programs run cells that start with these as formulas (CSV injection).
_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        value = ";".join(str(item) for item in value)
    if isinstance(value, str) and value.startswith(_FORMULA_PREFIXES):
        return "'" + value
    return value


def dataclass_table(items: Sequence[Any], cls: type) -> tuple[list[str], list[list[Any]]]:
    """Rows of dataclass instances as (columns, values), in field order."""
    columns = [f.name for f in fields(cls)]
    return columns, [[getattr(item, name) for name in columns] for item in items]


def to_csv(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """CSV text with a header; lists joined with ';', times in UTC ISO 8601, formula-looking text defused."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(value) for value in row])
    return buffer.getvalue()


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, Workload):
        return value.slug
    return value


def to_json(data: Any, *, report: str, generated_at: dt.datetime | None = None) -> str:
    """A JSON document: the report name, when it was generated, and the data."""
    moment = generated_at or timezone.now()
    envelope = {"report": report, "generated_at": moment.astimezone(dt.UTC).isoformat(), "data": _plain(data)}
    return json.dumps(envelope, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False)
