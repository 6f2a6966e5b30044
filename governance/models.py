from __future__ import annotations

import datetime as dt
import re

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models

from governance import incidents
from governance.jurisdictions import EU_MEMBER_STATES, ISO_COUNTRIES, has_adequacy_decision, is_eea

slug_validator = RegexValidator(
    r"^[a-z0-9]+(?:-[a-z0-9]+)*$", "Use lower-case letters, digits and single hyphens, e.g. cv-screener."
)


# Path segments the web UI uses under /workloads/; a workload cannot be named like them.
RESERVED_WORKLOAD_SLUGS = frozenset({"register"})


class Level(models.TextChoices):
    """The three-step scale the hybrid-strategy answers use."""

    LOW = "low", "Low"
    MEDIUM = "medium", "Medium"
    HIGH = "high", "High"


class DataCategory(models.TextChoices):
    """Categories of data a workload declares it processes."""

    PUBLIC = "public", "Public information"
    INTERNAL = "internal", "Internal business data"
    PERSONAL = "personal", "Personal data"
    SPECIAL_CATEGORY = "special_category", "Special categories (GDPR Art. 9)"
    CRIMINAL = "criminal", "Criminal convictions and offences (GDPR Art. 10)"
    GOVERNMENT_ID = "government_id", "Government identifiers"
    FINANCIAL = "financial", "Financial data"
    CREDENTIALS = "credentials", "Secrets and credentials"
    SOURCE_CODE = "source_code", "Source code"


_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def credential_ref_problem(ref: str) -> str | None:
    """Why ``ref`` is not a credential reference (``env:NAME``, ``file:/absolute/path``, or empty), or None."""
    if not ref:
        return None
    scheme, _, rest = ref.partition(":")
    if scheme == "env" and _ENV_NAME.fullmatch(rest):
        return None
    if scheme == "file" and rest.startswith("/") and "\x00" not in rest:
        return None
    return "Give a reference, not a key: env:NAME (an environment variable) or file:/absolute/path."


class Destination(models.Model):
    """A model endpoint a workload may send data to: on-prem vLLM or an external API."""

    class Kind(models.TextChoices):
        ON_PREM = "on_prem", "On-prem"
        EXTERNAL = "external", "External"

    class TransferMechanism(models.TextChoices):
        EEA = "eea", "Within the EEA"
        ADEQUACY = "adequacy", "Adequacy decision (Art. 45)"
        SCCS = "sccs", "Standard contractual clauses (Art. 46)"
        NONE = "none", "None"

    slug = models.SlugField(max_length=64, unique=True, validators=[slug_validator])
    provider = models.CharField(max_length=100)
    model = models.CharField(max_length=150)
    endpoint_url = models.URLField(max_length=500)
    kind = models.CharField(max_length=16, choices=Kind.choices)
    jurisdiction = models.CharField(max_length=2, help_text="ISO 3166-1 alpha-2 country code, e.g. DE.")
    region = models.CharField(max_length=64, blank=True)
    dpa_signed = models.BooleanField(default=False)
    transfer_mechanism = models.CharField(max_length=16, choices=TransferMechanism.choices)
    adequacy_scope = models.CharField(max_length=255, blank=True)
    adequacy_review_date = models.DateField(null=True, blank=True)
    active = models.BooleanField(default=True)
    # The gateway (gateway/): where the upstream's credential is read at send time, never the secret itself.
    credential_ref = models.CharField(
        max_length=500,
        blank=True,
        help_text="Where the gateway reads the upstream API key when it sends: env:NAME or file:/path. Never the key.",
    )
    upstream_models = models.JSONField(
        default=list,
        blank=True,
        help_text='Other upstream model names callers may ask for as "<slug>/<model>", e.g. ["gpt-4o-mini"].',
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.slug

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.upstream_models in (None, ""):  # an empty form field
            self.upstream_models = []
        credential_problem = credential_ref_problem(self.credential_ref)
        if credential_problem:
            errors["credential_ref"] = credential_problem
        models_ok = isinstance(self.upstream_models, list) and all(
            isinstance(name, str) and name and len(name) <= 200 and name == "".join(name.split())
            for name in self.upstream_models
        )
        if not models_ok:
            errors["upstream_models"] = 'A list of model names (text without spaces), e.g. ["gpt-4o-mini"].'
        self.jurisdiction = (self.jurisdiction or "").upper()
        if self.jurisdiction not in ISO_COUNTRIES:
            errors["jurisdiction"] = f"{self.jurisdiction!r} is not an ISO 3166-1 alpha-2 country code."
        elif self.transfer_mechanism == self.TransferMechanism.EEA and not is_eea(self.jurisdiction):
            errors["transfer_mechanism"] = f"{self.jurisdiction} is not in the EEA."
        elif self.transfer_mechanism == self.TransferMechanism.ADEQUACY:
            if not has_adequacy_decision(self.jurisdiction):
                errors["transfer_mechanism"] = f"There is no adequacy decision for {self.jurisdiction}."
            if not self.adequacy_scope:
                errors["adequacy_scope"] = "State the scope of the adequacy decision this destination falls under."
            if self.adequacy_review_date is None:
                errors["adequacy_review_date"] = "Give the date the adequacy decision is next reviewed."
        if self.transfer_mechanism != self.TransferMechanism.ADEQUACY and (
            self.adequacy_scope or self.adequacy_review_date
        ):
            errors["adequacy_scope"] = "Only destinations relying on an adequacy decision have a scope and review date."
        if errors:
            raise ValidationError(errors)


class Workload(models.Model):
    """An AI system registered for governance: who runs it, why, and where its data may go."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        APPROVED = "approved", "Approved"
        SUSPENDED = "suspended", "Suspended"
        RETIRED = "retired", "Retired"

    class Role(models.TextChoices):
        PROVIDER = "provider", "Provider"
        DEPLOYER = "deployer", "Deployer"

    class Tier(models.TextChoices):
        PROHIBITED = "prohibited", "Prohibited (Art. 5)"
        HIGH_RISK = "high_risk", "High-risk (Art. 6)"
        LIMITED = "limited", "Limited risk (Art. 50)"
        MINIMAL = "minimal", "Minimal risk"

    slug = models.SlugField(max_length=64, unique=True, validators=[slug_validator])
    name = models.CharField(max_length=200)
    owner = models.CharField(max_length=200)
    business_unit = models.CharField(max_length=200, blank=True)
    purpose = models.TextField()
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT, editable=False)
    role = models.CharField(max_length=16, choices=Role.choices, default=Role.DEPLOYER)
    gpai_use = models.BooleanField(default=False, help_text="Built on a general-purpose AI model.")
    data_categories = models.JSONField(default=list, blank=True)
    allowed_destinations = models.ManyToManyField(Destination, blank=True, related_name="workloads")
    oversight_contact = models.EmailField(blank=True, help_text="Who exercises human oversight (Art. 14, 26(2)).")
    log_retention_days = models.PositiveIntegerField(default=183, validators=[MinValueValidator(1)])
    # Hybrid-strategy answers (see governance.strategy).
    quality_priority = models.CharField(max_length=8, choices=Level.choices, default=Level.MEDIUM)
    request_volume = models.CharField(max_length=8, choices=Level.choices, default=Level.MEDIUM)
    cost_sensitivity = models.CharField(max_length=8, choices=Level.choices, default=Level.MEDIUM)
    residency_need = models.CharField(max_length=8, choices=Level.choices, default=Level.MEDIUM)
    # Computed from the screening by governance.tiers.compute_tier; stored so lists can filter on it.
    tier = models.CharField(max_length=16, choices=Tier.choices, default=Tier.MINIMAL, editable=False)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.slug

    def clean(self) -> None:
        if self.slug in RESERVED_WORKLOAD_SLUGS:
            raise ValidationError({"slug": f"{self.slug!r} is reserved by the web UI; choose another slug."})
        unknown = sorted(set(self.data_categories or []) - set(DataCategory.values))
        if not isinstance(self.data_categories, list) or unknown:
            raise ValidationError({"data_categories": f"Unknown data categories: {', '.join(map(str, unknown))}."})


class Screening(models.Model):
    """The EU AI Act screening answers of one workload; the tier is computed from them."""

    class Art63Condition(models.TextChoices):
        NARROW_PROCEDURAL = "a", "(a) narrow procedural task"
        IMPROVES_HUMAN_RESULT = "b", "(b) improves the result of a completed human activity"
        DETECTS_PATTERNS = "c", "(c) detects decision-making patterns, no replacement of human assessment"
        PREPARATORY = "d", "(d) preparatory task to an Annex III assessment"

    workload = models.OneToOneField(Workload, on_delete=models.CASCADE, primary_key=True, related_name="screening")
    # Art. 5(1) prohibited practices, one answer per letter.
    art5_a_manipulation = models.BooleanField(default=False)
    art5_b_exploits_vulnerabilities = models.BooleanField(default=False)
    art5_c_social_scoring = models.BooleanField(default=False)
    art5_d_crime_risk_profiling = models.BooleanField(default=False)
    art5_e_facial_image_scraping = models.BooleanField(default=False)
    art5_f_emotion_recognition_work_education = models.BooleanField(default=False)
    art5_g_biometric_categorisation_sensitive = models.BooleanField(default=False)
    art5_h_realtime_remote_biometric_id_law_enforcement = models.BooleanField(default=False)
    # Art. 6(1): safety component of a product covered by Annex I legislation.
    annex_i_safety_component = models.BooleanField(default=False)
    # Annex III area 1-8 (0 = none) and the sub-area point, e.g. "4(a)".
    annex_iii_area = models.PositiveSmallIntegerField(default=0)
    annex_iii_subarea = models.CharField(max_length=16, blank=True)
    profiles_natural_persons = models.BooleanField(default=False)
    art6_3_carve_out_claimed = models.BooleanField(default=False)
    art6_3_condition = models.CharField(max_length=1, choices=Art63Condition.choices, blank=True)
    art6_3_grounds = models.TextField(blank=True)
    # Art. 50 transparency duties.
    art50_interacts_with_people = models.BooleanField(default=False)
    art50_generates_synthetic_content = models.BooleanField(default=False)
    art50_emotion_or_biometric_categorisation = models.BooleanField(default=False)
    art50_deep_fake_or_public_interest_text = models.BooleanField(default=False)

    def __str__(self) -> str:
        return f"Screening of {self.workload_id}"

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if not 0 <= self.annex_iii_area <= 8:
            errors["annex_iii_area"] = "Annex III has areas 1 to 8 (0 for none)."
        if self.annex_iii_area == 0 and self.annex_iii_subarea:
            errors["annex_iii_subarea"] = "A sub-area needs an Annex III area."
        if self.art6_3_carve_out_claimed:
            if self.annex_iii_area == 0:
                errors["art6_3_carve_out_claimed"] = "The Art. 6(3) carve-out only applies to Annex III systems."
            elif self.profiles_natural_persons:
                errors["art6_3_carve_out_claimed"] = (
                    "Art. 6(3): an Annex III system that profiles natural persons is always high-risk."
                )
            if not self.art6_3_condition:
                errors["art6_3_condition"] = "Name the Art. 6(3) condition relied on."
            if not self.art6_3_grounds.strip():
                errors["art6_3_grounds"] = "Give the grounds for the Art. 6(3) assessment (Annex VIII Section B)."
        if errors:
            raise ValidationError(errors)


class ServiceKey(models.Model):
    """A credential a service uses for pre-flight calls, scoped to workloads; only its hash is stored."""

    class State(models.TextChoices):
        ACTIVE = "active", "Active"
        ROTATING = "rotating", "Rotating (works until it expires)"
        EXPIRED = "expired", "Expired"
        REVOKED = "revoked", "Revoked"

    name = models.CharField(max_length=200)
    prefix = models.CharField(max_length=32, unique=True, help_text="The visible start of the key, cst_<id>.")
    key_hash = models.CharField(max_length=64, help_text="SHA-256 of the whole key, hex.")
    workloads = models.ManyToManyField(Workload, related_name="service_keys")
    rate_limit_per_minute = models.PositiveIntegerField(
        null=True, blank=True, help_text="Empty: the CUSTOS_PREFLIGHT_RATE_LIMIT default."
    )
    created_by = models.CharField(max_length=150, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(null=True, blank=True, help_text="Set when the key is rotated out.")
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    replaced_by = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="replaces")

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.prefix} ({self.name})"

    def state(self, now: dt.datetime) -> ServiceKey.State:
        """Where the key stands at ``now``: revocation wins; a rotated key works until (not at) ``expires_at``."""
        if self.revoked_at is not None:
            return self.State.REVOKED
        if self.expires_at is not None:
            return self.State.EXPIRED if self.expires_at <= now else self.State.ROTATING
        return self.State.ACTIVE

    def accepts_calls(self, now: dt.datetime) -> bool:
        """Whether a pre-flight call with this key is honoured at ``now`` (active, or rotating out)."""
        return self.state(now) in (self.State.ACTIVE, self.State.ROTATING)


class RegistryVersion(models.Model):
    """A single row whose token the database changes on every write the pre-flight's cache depends on.

    Triggers (migration 0004) give it a fresh random token whenever a service
    key, its scope, a workload, its allowed destinations, a destination or a
    policy version changes, whoever writes. governance.registry compares the
    token on each request and rebuilds its in-process snapshot when it moved.
    """

    token = models.CharField(max_length=32)

    def __str__(self) -> str:
        return f"registry version {self.token}"


class HealthHeartbeat(models.Model):
    """One row /healthz rewrites and commits, proving the database takes writes (config.health)."""

    beat_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"health heartbeat {self.beat_at:%Y-%m-%d %H:%M:%S}"


class VersionedDocument(models.Model):
    """A numbered version of a governed JSON document: a draft until published, then superseded by the next."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"
        SUPERSEDED = "superseded", "Superseded"

    number = models.PositiveIntegerField(unique=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT)
    content = models.JSONField()
    content_hash = models.CharField(max_length=64)
    notes = models.TextField(blank=True)
    created_by = models.CharField(max_length=150, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["-number"]

    @property
    def label(self) -> str:
        """Number and the start of the content hash: what a decision names the version by."""
        return f"v{self.number}:{self.content_hash[:16]}"


class PolicyVersion(VersionedDocument):
    """One version of the residency policy: rules as data, a draft until published."""

    class Meta(VersionedDocument.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["status"], condition=models.Q(status="published"), name="one_published_policy"
            )
        ]

    def __str__(self) -> str:
        return f"policy v{self.number} ({self.status})"


class Decision(models.Model):
    """One pre-flight decision: metadata only, never the payload text; append-only (migration 0005)."""

    class Outcome(models.TextChoices):
        ALLOW = "allow", "Allow"
        REDACT = "redact", "Redact"
        DENY = "deny", "Deny"

    id = models.UUIDField(primary_key=True)
    service_key = models.ForeignKey(ServiceKey, on_delete=models.PROTECT, related_name="decisions")
    # NULL, not "", when absent: the uniqueness of (key, request_id) only applies to given ids.
    request_id = models.CharField(max_length=128, null=True, blank=True)  # noqa: DJ001
    workload = models.ForeignKey(Workload, on_delete=models.PROTECT, related_name="decisions")
    destination = models.ForeignKey(Destination, on_delete=models.PROTECT, related_name="decisions")
    outcome = models.CharField(max_length=8, choices=Outcome.choices)
    reasons = models.JSONField(default=list)
    level = models.CharField(max_length=16, blank=True)
    categories = models.JSONField(default=list)
    entity_counts = models.JSONField(default=dict)
    unredactable_categories = models.JSONField(default=list)
    input_fingerprint = models.JSONField(default=dict)
    alternatives = models.JSONField(default=list)
    policy_version = models.ForeignKey(PolicyVersion, null=True, on_delete=models.PROTECT, related_name="decisions")
    audit_seq = models.BigIntegerField()
    audit_hash = models.CharField(max_length=64)
    latency_ms = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["service_key", "request_id"],
                condition=models.Q(request_id__isnull=False),
                name="one_decision_per_request_id",
            ),
            # Each decision is bound to its own preflight.decision event (migration 0005 also makes rows append-only).
            models.UniqueConstraint(fields=["audit_seq"], name="one_decision_per_audit_event"),
        ]
        indexes = [
            models.Index(fields=["workload", "created_at"], name="decision_workload_idx"),
            models.Index(fields=["outcome", "created_at"], name="decision_outcome_idx"),
            models.Index(fields=["created_at"], name="decision_created_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.outcome} {self.workload_id}->{self.destination_id} ({self.id})"


# The 27 Member States of the European Union (ISO 3166-1 alpha-2), for Annex VIII and Art. 73 fields.


def _member_state_errors(codes: object) -> str | None:
    if not isinstance(codes, list) or not all(isinstance(code, str) for code in codes):
        return "Give a list of ISO 3166-1 alpha-2 codes of EU Member States."
    unknown = sorted({code for code in codes if code not in EU_MEMBER_STATES})
    if unknown:
        return f"Not EU Member States: {', '.join(unknown)}."
    return None


class AnnexVIIIRegistration(models.Model):
    """What the EU database registration (Art. 49, Annex VIII) needs beyond the registry; every field optional."""

    class MarketStatus(models.TextChoices):
        ON_MARKET = "on_market", "Placed on the market"
        IN_SERVICE = "in_service", "Put into service"
        NO_LONGER = "no_longer", "No longer placed on the market / in service"
        RECALLED = "recalled", "Recalled"

    workload = models.OneToOneField(Workload, on_delete=models.CASCADE, primary_key=True, related_name="registration")
    # Art. 49(3), 26(8): public authorities, Union bodies, or persons acting on their behalf register their use.
    public_authority_deployer = models.BooleanField(default=False)
    # Art. 22: providers established outside the Union appoint an authorised representative.
    provider_outside_union = models.BooleanField(default=False)
    provider_name = models.CharField(max_length=200, blank=True)
    provider_address = models.TextField(blank=True)
    provider_contact = models.CharField(max_length=200, blank=True)
    submitter_name = models.CharField(max_length=200, blank=True)
    submitter_address = models.TextField(blank=True)
    submitter_contact = models.CharField(max_length=200, blank=True)
    representative_name = models.CharField(max_length=200, blank=True)
    representative_address = models.TextField(blank=True)
    representative_contact = models.CharField(max_length=200, blank=True)
    trade_name = models.CharField(max_length=200, blank=True)
    reference = models.CharField(max_length=200, blank=True, help_text="Unambiguous reference for traceability.")
    components_and_functions = models.TextField(blank=True)
    data_and_operating_logic = models.TextField(blank=True)
    market_status = models.CharField(max_length=16, choices=MarketStatus.choices, blank=True)
    certificate_type = models.CharField(max_length=100, blank=True)
    certificate_number = models.CharField(max_length=100, blank=True)
    certificate_expiry = models.DateField(null=True, blank=True)
    notified_body = models.CharField(max_length=200, blank=True, help_text="Name or identification number.")
    certificate_copy_url = models.URLField(max_length=500, blank=True)
    member_states = models.JSONField(default=list, blank=True)
    declaration_of_conformity_url = models.URLField(max_length=500, blank=True)
    instructions_for_use_url = models.URLField(max_length=500, blank=True)
    additional_info_url = models.URLField(max_length=500, blank=True)
    deployer_name = models.CharField(max_length=200, blank=True)
    deployer_address = models.TextField(blank=True)
    deployer_contact = models.CharField(max_length=200, blank=True)
    provider_database_entry_url = models.URLField(max_length=500, blank=True)
    fria_summary = models.TextField(blank=True, help_text="Findings of the fundamental rights impact assessment.")
    dpia_summary = models.TextField(blank=True, help_text="Data protection impact assessment (GDPR Art. 35).")
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Annex VIII registration of {self.workload_id}"

    def clean(self) -> None:
        error = _member_state_errors(self.member_states)
        if error:
            raise ValidationError({"member_states": error})


class Incident(models.Model):
    """A serious incident (Art. 3(49)) involving a workload, tracked until its Art. 73 report."""

    class Category(models.TextChoices):
        HEALTH = "a", "(a) death of a person or serious harm to health"
        CRITICAL_INFRASTRUCTURE = "b", "(b) serious and irreversible disruption of critical infrastructure"
        FUNDAMENTAL_RIGHTS = "c", "(c) infringement of Union law protecting fundamental rights"
        PROPERTY_OR_ENVIRONMENT = "d", "(d) serious harm to property or the environment"

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        REPORTED = "reported", "Reported"
        CLOSED = "closed", "Closed"

    class CausalLink(models.TextChoices):
        ESTABLISHED = "established", "Established"
        SUSPECTED = "suspected", "Suspected"
        UNDER_INVESTIGATION = "under_investigation", "Under investigation"

    workload = models.ForeignKey(Workload, on_delete=models.PROTECT, related_name="incidents")
    title = models.CharField(max_length=200)
    description = models.TextField()
    aware_at = models.DateTimeField(help_text="When the provider or deployer became aware of the incident.")
    category = models.CharField(max_length=1, choices=Category.choices)
    died = models.BooleanField(default=False, help_text="A person died (Art. 73(4)).")
    widespread_infringement = models.BooleanField(default=False, help_text="A widespread infringement (Art. 3(61)).")
    member_states = models.JSONField(default=list, blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.OPEN)
    reported_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    close_note = models.TextField(blank=True)
    # What the Art. 73 report tells the authority beyond the register (reports.services.ART73_FIELDS).
    occurred_at = models.DateTimeField(null=True, blank=True, help_text="When the incident happened, if known.")
    location = models.CharField(max_length=200, blank=True, help_text="Where it happened.")
    affected_count = models.PositiveIntegerField(null=True, blank=True, help_text="How many persons were affected.")
    affected_description = models.TextField(blank=True, help_text="Persons or groups affected and the harm to each.")
    causal_link = models.CharField(max_length=24, choices=CausalLink.choices, blank=True)
    causal_link_note = models.TextField(blank=True, help_text="What is known of the link to the AI system.")
    corrective_measures = models.TextField(blank=True, help_text="Corrective measures taken or planned.")
    provider_notified_at = models.DateTimeField(null=True, blank=True, help_text="When the provider was informed.")
    notified_authority = models.CharField(
        max_length=200, blank=True, help_text="The market surveillance authority the report goes to."
    )
    created_by = models.CharField(max_length=150, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-aware_at", "-id"]
        indexes = [models.Index(fields=["status", "aware_at"], name="incident_status_idx")]

    def __str__(self) -> str:
        return f"incident {self.pk}: {self.title}"

    def report_deadline(self) -> incidents.ReportDeadline:
        """The Art. 73 deadline for this incident (the rule lives in governance.incidents)."""
        return incidents.report_deadline(
            aware_at=self.aware_at,
            category=self.category,
            died=self.died,
            widespread_infringement=self.widespread_infringement,
        )

    def deadline_status(self, now: dt.datetime) -> incidents.DeadlineStatus:
        """Where this incident stands against its Art. 73 deadline at ``now``."""
        return incidents.deadline_status(
            aware_at=self.aware_at,
            category=self.category,
            died=self.died,
            widespread_infringement=self.widespread_infringement,
            reported_at=self.reported_at,
            now=now,
        )

    def clean(self) -> None:
        errors: dict[str, str] = {}
        member_states = _member_state_errors(self.member_states)
        if member_states:
            errors["member_states"] = member_states
        if self.occurred_at and self.aware_at and self.occurred_at > self.aware_at:
            errors["occurred_at"] = "The incident cannot have happened after you became aware of it."
        if self.provider_notified_at and self.occurred_at and self.provider_notified_at < self.occurred_at:
            errors["provider_notified_at"] = "The provider cannot have been informed before the incident happened."
        if errors:
            raise ValidationError(errors)


class ChangeRequest(models.Model):
    """A change that a second officer must approve before it applies (four-eyes control, governance.changes)."""

    class Kind(models.TextChoices):
        WORKLOAD_APPROVE = "workload_approve", "Approve a high-risk workload"
        POLICY_PUBLISH = "policy_publish", "Publish a policy version"
        DESTINATION_CREATE = "destination_create", "Add a destination"
        DESTINATION_UPDATE = "destination_update", "Change a destination's transfer basis or DPA"

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        APPLIED = "applied", "Approved and applied"
        REJECTED = "rejected", "Rejected"
        WITHDRAWN = "withdrawn", "Withdrawn"

    kind = models.CharField(max_length=32, choices=Kind.choices)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    # What the change is about: a workload or destination slug, or a policy version number.
    target = models.CharField(max_length=64)
    # The change itself (fields, checklist, reason), as the apply step passes it to the service.
    change = models.JSONField(default=dict)
    # SHA-256 of the target's state when requested: a request whose target moved since is stale.
    target_fingerprint = models.CharField(max_length=64)
    reason = models.TextField(blank=True)
    requested_by_id = models.CharField(max_length=64)
    requested_by = models.CharField(max_length=150)
    requested_at = models.DateTimeField(auto_now_add=True)
    decided_by_id = models.CharField(max_length=64, blank=True)
    decided_by = models.CharField(max_length=150, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField(blank=True)

    class Meta:
        ordering = ["-requested_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "target"], condition=models.Q(status="pending"), name="one_pending_change_per_target"
            )
        ]

    def __str__(self) -> str:
        return f"change request {self.pk}: {self.kind} {self.target} ({self.status})"


class DetectionProfileVersion(VersionedDocument):
    """One version of the organisation's detection profile (allow-list, own terms and patterns), like the policy."""

    class Meta(VersionedDocument.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["status"], condition=models.Q(status="published"), name="one_published_detection_profile"
            )
        ]

    def __str__(self) -> str:
        return f"detection profile v{self.number} ({self.status})"
