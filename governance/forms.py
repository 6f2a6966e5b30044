"""Forms of the web UI: the register wizard, the catalogue, policy drafts, keys and list filters.

The legal texts next to the screening questions are short paraphrases of
Regulation (EU) 2024/1689 for orientation, not the law itself; each names
the provision so the reader can check EUR-Lex.
"""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

import pycountry
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone

from config.forms import apply_errors
from config.parsers import json_depth
from governance.jurisdictions import ISO_COUNTRIES
from governance.models import DataCategory, Decision, Destination, Level, Screening, Workload, slug_validator
from governance.policy import validate_policy
from governance.services import (  # the fields the services accept
    DESTINATION_FIELDS,
    SCREENING_FIELDS,
    WORKLOAD_FIELDS,
)

# --- legal texts (paraphrased) ------------------------------------------------------

ART5_QUESTIONS: list[tuple[str, str, str]] = [
    (
        "art5_a_manipulation",
        "Art. 5(1)(a): manipulative or deceptive techniques",
        "Uses subliminal, purposefully manipulative or deceptive techniques that materially distort a person's "
        "behaviour and impair informed decisions, causing or likely causing significant harm.",
    ),
    (
        "art5_b_exploits_vulnerabilities",
        "Art. 5(1)(b): exploiting vulnerabilities",
        "Exploits vulnerabilities due to age, disability or a specific social or economic situation to materially "
        "distort behaviour, causing or likely causing significant harm.",
    ),
    (
        "art5_c_social_scoring",
        "Art. 5(1)(c): social scoring",
        "Evaluates or classifies people over time by their social behaviour or personal characteristics, leading to "
        "detrimental treatment in unrelated contexts or treatment that is unjustified or disproportionate.",
    ),
    (
        "art5_d_crime_risk_profiling",
        "Art. 5(1)(d): predicting crime from profiling",
        "Assesses the risk that a person commits a criminal offence based solely on profiling or personality traits "
        "(supporting a human assessment based on objective, verifiable facts is not covered).",
    ),
    (
        "art5_e_facial_image_scraping",
        "Art. 5(1)(e): untargeted facial-image scraping",
        "Creates or expands facial recognition databases through untargeted scraping of facial images from the "
        "internet or CCTV footage.",
    ),
    (
        "art5_f_emotion_recognition_work_education",
        "Art. 5(1)(f): emotion recognition at work or in education",
        "Infers the emotions of people in the workplace or in education institutions, except for medical or safety "
        "reasons.",
    ),
    (
        "art5_g_biometric_categorisation_sensitive",
        "Art. 5(1)(g): biometric categorisation by sensitive traits",
        "Categorises people from biometric data to deduce race, political opinions, trade-union membership, religious "
        "or philosophical beliefs, sex life or sexual orientation.",
    ),
    (
        "art5_h_realtime_remote_biometric_id_law_enforcement",
        "Art. 5(1)(h): real-time remote biometric identification for law enforcement",
        "Real-time remote biometric identification in publicly accessible spaces for law enforcement, outside the "
        "narrow, authorised exceptions (victims, imminent threats, suspects of serious crimes).",
    ),
]

ANNEX_III_AREAS: list[tuple[int, str, str]] = [
    (0, "None of these areas", "The system is not used in any Annex III area."),
    (
        1,
        "1. Biometrics",
        "Remote biometric identification (not mere verification), biometric categorisation by sensitive attributes, "
        "emotion recognition.",
    ),
    (
        2,
        "2. Critical infrastructure",
        "Safety components in the management and operation of critical digital infrastructure, road traffic, or the "
        "supply of water, gas, heating or electricity.",
    ),
    (
        3,
        "3. Education and vocational training",
        "Deciding access or admission, evaluating learning outcomes, assessing the appropriate level of education, "
        "monitoring prohibited behaviour during tests.",
    ),
    (
        4,
        "4. Employment and workers' management",
        "Recruitment and selection (targeted job ads, filtering applications, evaluating candidates); decisions on "
        "promotion, termination and task allocation; monitoring and evaluating workers.",
    ),
    (
        5,
        "5. Essential private and public services",
        "Eligibility for public benefits and services, creditworthiness and credit scores (not fraud detection), "
        "risk assessment and pricing in life and health insurance, triage of emergency calls.",
    ),
    (
        6,
        "6. Law enforcement",
        "Assessing the risk of becoming a victim, polygraph-like tools, evaluating the reliability of evidence, "
        "assessing the risk of offending, profiling in detection and investigation.",
    ),
    (
        7,
        "7. Migration, asylum and border control",
        "Polygraph-like tools, security, irregular-migration or health risk assessments, examining asylum, visa and "
        "residence applications, detecting or identifying people (not travel-document checks).",
    ),
    (
        8,
        "8. Administration of justice and democratic processes",
        "Assisting a judicial authority in researching and interpreting facts and law and applying it; influencing "
        "the outcome of an election or referendum or voting behaviour.",
    ),
]

ART6_3_CONDITIONS: list[tuple[str, str, str]] = [
    ("a", "Art. 6(3)(a): narrow procedural task", "The system performs a narrow procedural task."),
    (
        "b",
        "Art. 6(3)(b): improves a completed human activity",
        "The system improves the result of a previously completed human activity.",
    ),
    (
        "c",
        "Art. 6(3)(c): detects decision patterns",
        "The system detects decision-making patterns or deviations from them and does not replace or influence the "
        "completed human assessment without proper human review.",
    ),
    (
        "d",
        "Art. 6(3)(d): preparatory task",
        "The system performs a preparatory task to an assessment relevant for an Annex III use case.",
    ),
]

ART50_QUESTIONS: list[tuple[str, str, str]] = [
    (
        "art50_interacts_with_people",
        "Art. 50(1): interacts directly with people",
        "People must be told they are interacting with an AI system, unless that is obvious from the context.",
    ),
    (
        "art50_generates_synthetic_content",
        "Art. 50(2): generates synthetic audio, image, video or text",
        "Outputs must be marked in a machine-readable format and be detectable as artificially generated.",
    ),
    (
        "art50_emotion_or_biometric_categorisation",
        "Art. 50(3): emotion recognition or biometric categorisation",
        "People exposed to the system must be informed of its operation.",
    ),
    (
        "art50_deep_fake_or_public_interest_text",
        "Art. 50(4): deep fakes or public-interest text",
        "Disclose that content was artificially generated or manipulated; text published to inform the public on "
        "matters of public interest must be disclosed unless a person holds editorial responsibility.",
    ),
]

HYBRID_QUESTIONS: list[tuple[str, str, str]] = [
    ("quality_priority", "How much does absolute best quality matter?", "High: only frontier-level answers will do."),
    ("request_volume", "How many requests does it send?", "High: millions of tokens a day."),
    ("cost_sensitivity", "How sensitive is it to cost per token?", "High: the budget is tight at this volume."),
    (
        "residency_need",
        "How strong is the residency or privacy need?",
        "High: the data must stay in house (special categories, secrets, trade secrets).",
    ),
]


def _level_field(label: str, help_text: str) -> forms.ChoiceField:
    return forms.ChoiceField(
        label=label, help_text=help_text, choices=Level.choices, widget=forms.RadioSelect, initial=Level.MEDIUM
    )


# --- the register wizard -----------------------------------------------------------------


class BasicsForm(forms.Form):
    """Step 1: what the system is and who answers for it."""

    slug = forms.CharField(
        max_length=64,
        validators=[slug_validator],
        help_text="A short, permanent identifier services use in pre-flight calls, e.g. cv-screener.",
    )
    name = forms.CharField(max_length=200)
    owner = forms.CharField(max_length=200, help_text="The accountable person or team.")
    business_unit = forms.CharField(max_length=200, required=False)
    purpose = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), help_text="The intended purpose (Art. 3(12)).")
    role = forms.ChoiceField(
        choices=Workload.Role.choices,
        initial=Workload.Role.DEPLOYER,
        widget=forms.RadioSelect,
        help_text="Provider: you develop it or put your name on it. Deployer: you use it under your authority.",
    )
    gpai_use = forms.BooleanField(
        required=False, label="Built on a general-purpose AI model", help_text="E.g. an LLM from a model provider."
    )
    data_categories = forms.MultipleChoiceField(
        choices=DataCategory.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    oversight_contact = forms.EmailField(
        required=False, help_text="Who exercises human oversight (Art. 14, 26(2)); required for high-risk systems."
    )
    log_retention_days = forms.IntegerField(
        min_value=1, initial=183, help_text="At least 183 days (six months) for high-risk systems (Art. 19(1), 26(6))."
    )

    def clean_slug(self) -> str:
        slug = self.cleaned_data["slug"]
        if Workload.objects.filter(slug=slug).exists():
            raise ValidationError("A workload with this slug already exists.")
        return slug


class Art5Form(forms.Form):
    """Step 2: prohibited practices, Art. 5(1)(a)-(h)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, label, text in ART5_QUESTIONS:
            self.fields[name] = forms.BooleanField(required=False, label=label, help_text=text)


class AnnexIIIForm(forms.Form):
    """Step 3: high-risk under Art. 6(1) or Annex III, and the Art. 6(3) carve-out."""

    annex_i_safety_component = forms.BooleanField(
        required=False,
        label="Art. 6(1): safety component of an Annex I product",
        help_text="The system is, or is a safety component of, a product covered by the EU harmonisation "
        "legislation in Annex I (machinery, toys, medical devices, vehicles, ...) that needs third-party conformity "
        "assessment.",
    )
    annex_iii_area = forms.TypedChoiceField(
        label="Annex III area",
        coerce=int,
        choices=[(number, label) for number, label, _text in ANNEX_III_AREAS],
        initial=0,
        widget=forms.RadioSelect,
    )
    annex_iii_subarea = forms.CharField(
        max_length=16, required=False, label="Annex III point", help_text="The point within the area, e.g. 4(a)."
    )
    profiles_natural_persons = forms.BooleanField(
        required=False,
        label="Profiles natural persons",
        help_text="Automated processing to evaluate aspects of a person's life (GDPR Art. 4(4)). An Annex III "
        "system that profiles is always high-risk.",
    )
    art6_3_carve_out_claimed = forms.BooleanField(
        required=False,
        label="Claim the Art. 6(3) carve-out",
        help_text="The system poses no significant risk to health, safety or fundamental rights because one of the "
        "conditions below holds. The assessment must be documented (Annex VIII Section B).",
    )
    art6_3_condition = forms.ChoiceField(
        required=False,
        label="Condition relied on",
        choices=[("", "None")] + [(value, label) for value, label, _text in ART6_3_CONDITIONS],
        widget=forms.RadioSelect,
    )
    art6_3_grounds = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 3}), label="Grounds for the assessment"
    )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        answers = Screening(**{name: cleaned.get(name) for name in SCREENING_STEP_FIELDS["annex"] if name in cleaned})
        answers.art6_3_condition = answers.art6_3_condition or ""
        answers.art6_3_grounds = answers.art6_3_grounds or ""
        answers.annex_iii_subarea = answers.annex_iii_subarea or ""
        answers.annex_iii_area = answers.annex_iii_area or 0
        try:
            answers.clean()
        except ValidationError as exc:
            apply_errors(self, exc)
        return cleaned


class Art50Form(forms.Form):
    """Step 4: transparency duties, Art. 50(1)-(4)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, label, text in ART50_QUESTIONS:
            self.fields[name] = forms.BooleanField(required=False, label=label, help_text=text)


class HybridForm(forms.Form):
    """Step 5: the hybrid-strategy answers and where data may go."""

    quality_priority = _level_field(*HYBRID_QUESTIONS[0][1:])
    request_volume = _level_field(*HYBRID_QUESTIONS[1][1:])
    cost_sensitivity = _level_field(*HYBRID_QUESTIONS[2][1:])
    residency_need = _level_field(*HYBRID_QUESTIONS[3][1:])
    allowed_destinations = forms.MultipleChoiceField(
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Pre-flight denies every destination not ticked here.",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["allowed_destinations"].choices = [  # type: ignore[attr-defined]
            (d.slug, f"{d.slug} ({d.get_kind_display()}, {d.jurisdiction})")
            for d in Destination.objects.filter(active=True).order_by("kind", "slug")
        ]


WIZARD_STEPS: list[tuple[str, str, type[forms.Form] | None]] = [
    ("basics", "Basics", BasicsForm),
    ("art5", "Prohibited practices", Art5Form),
    ("annex", "High-risk", AnnexIIIForm),
    ("art50", "Transparency", Art50Form),
    ("hybrid", "Strategy & destinations", HybridForm),
    ("review", "Review", None),
]

SCREENING_STEP_FIELDS: dict[str, tuple[str, ...]] = {
    "art5": tuple(name for name, _label, _text in ART5_QUESTIONS),
    "annex": (
        "annex_i_safety_component",
        "annex_iii_area",
        "annex_iii_subarea",
        "profiles_natural_persons",
        "art6_3_carve_out_claimed",
        "art6_3_condition",
        "art6_3_grounds",
    ),
    "art50": tuple(name for name, _label, _text in ART50_QUESTIONS),
}
# The wizard's steps ask every screening question (services.SCREENING_FIELDS), each once.
assert sorted(name for fields in SCREENING_STEP_FIELDS.values() for name in fields) == sorted(SCREENING_FIELDS)


class WorkloadEditForm(BasicsForm, Art5Form, AnnexIIIForm, Art50Form, HybridForm):
    """Every wizard step on one page, for changing a registered workload.

    The fields, legal texts and the Art. 6(3) check are the wizard's own (by
    inheritance). The slug is left out: decisions, keys and the audit log
    refer to it. Destinations the workload already uses stay selectable even
    if they have since been deactivated, so saving does not drop them
    silently.
    """

    def __init__(self, *args: Any, workload: Workload, **kwargs: Any) -> None:
        current = sorted(workload.allowed_destinations.values_list("slug", flat=True))
        answers = workload.screening
        kwargs.setdefault(
            "initial",
            {
                **{name: getattr(workload, name) for name in WORKLOAD_FIELDS},
                **{name: getattr(answers, name) for name in SCREENING_FIELDS},
                "allowed_destinations": current,
            },
        )
        super().__init__(*args, **kwargs)
        del self.fields["slug"]
        field = self.fields["allowed_destinations"]
        offered = {value for value, _label in field.choices}  # type: ignore[attr-defined]
        field.choices = [  # type: ignore[attr-defined]
            *field.choices,  # type: ignore[attr-defined]
            *((slug, f"{slug} (inactive)") for slug in current if slug not in offered),
        ]

    def art5_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in SCREENING_STEP_FIELDS["art5"]]

    def art50_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in SCREENING_STEP_FIELDS["art50"]]

    def workload_fields(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in WORKLOAD_FIELDS}

    def screening_answers(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in SCREENING_FIELDS}


def screening_from_answers(answers: dict[str, Any]) -> Screening:
    """An unsaved Screening holding whatever screening answers are known so far (defaults for the rest)."""
    screening = Screening()
    for name in SCREENING_FIELDS:
        if name in answers and answers[name] is not None:
            value = answers[name]
            if name == "annex_iii_area":
                try:
                    value = int(value or 0)
                except (TypeError, ValueError):
                    value = 0
            setattr(screening, name, value)
    return screening


# --- lifecycle and catalogue ---------------------------------------------------------------


class ReasonForm(forms.Form):
    """A confirmation with an optional reason, recorded in the audit event."""

    reason = forms.CharField(required=False, max_length=500, widget=forms.Textarea(attrs={"rows": 2}))


def country_choices() -> list[tuple[str, str]]:
    """Every ISO 3166-1 country as (alpha-2 code, "Name (code)"), sorted by name, for the jurisdiction picker."""
    named = sorted((country.name, country.alpha_2) for country in pycountry.countries)
    return [(code, f"{name} ({code})") for name, code in named if code in ISO_COUNTRIES]


class CountryField(forms.ChoiceField):
    """A country picked from the list, or typed as its ISO code or English name; cleaned to the alpha-2 code."""

    def to_python(self, value: Any) -> str:
        text = super().to_python(value).strip()
        if not text:
            return ""
        try:
            return str(pycountry.countries.lookup(text).alpha_2)
        except LookupError:
            return text


ADEQUACY_ONLY = "required for an adequacy decision"


class DestinationForm(forms.ModelForm):
    """Create or edit a destination; the model's clean() checks jurisdiction and transfer mechanism.

    The jurisdiction is picked by country name and stored as its ISO 3166-1
    alpha-2 code (typing "Switzerland" into a two-letter box used to leave
    "Sw"). The adequacy scope and review date are required only when the
    transfer basis is an adequacy decision: labelled so here, and checked by
    the model's clean() (its messages name the field in words).
    """

    jurisdiction = CountryField(
        label="Jurisdiction",
        help_text="The country where the endpoint processes the data.",
        error_messages={
            "required": "Choose the country where the endpoint processes the data.",
            "invalid_choice": "Choose a country from the list: “%(value)s” is not a country name or ISO code.",
        },
    )
    kind = forms.ChoiceField(
        choices=Destination.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose whether the destination runs on-prem or is an external service."},
    )
    transfer_mechanism = forms.ChoiceField(
        label="Transfer basis (GDPR Chapter V)",
        error_messages={"required": "Choose the basis on which personal data may go to this destination."},
    )

    class Meta:
        model = Destination
        fields = ["slug", *DESTINATION_FIELDS]
        widgets = {
            "adequacy_review_date": forms.DateInput(
                attrs={"type": "date", "data-required-when": "transfer_mechanism=adequacy"}
            ),
            "adequacy_scope": forms.TextInput(attrs={"data-required-when": "transfer_mechanism=adequacy"}),
        }
        labels = {
            "dpa_signed": "Data processing agreement signed (GDPR Art. 28)",
            "endpoint_url": "Endpoint URL",
            "adequacy_scope": "Adequacy scope",
            "adequacy_review_date": "Adequacy review date",
        }
        help_texts = {
            "adequacy_scope": "The part of the adequacy decision this destination falls under, e.g. EU-US Data "
            "Privacy Framework certified organisations.",
            "adequacy_review_date": "When the Commission next reviews the decision.",
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["jurisdiction"].choices = [  # type: ignore[attr-defined]
            ("", "Choose a country…"),
            *country_choices(),
        ]
        self.fields["jurisdiction"].widget.attrs["autocomplete"] = "country"
        self.fields["transfer_mechanism"].choices = [  # type: ignore[attr-defined]
            ("", "Choose a transfer basis…"),
            *Destination.TransferMechanism.choices,
        ]
        for name in ("adequacy_scope", "adequacy_review_date"):
            self.fields[name].required_note = ADEQUACY_ONLY  # type: ignore[attr-defined]
        if self.instance.pk:
            self.fields["slug"].disabled = True
            self.fields["slug"].help_text = "The slug cannot change: decisions and policies refer to it."

    def clean_jurisdiction(self) -> str:
        return (self.cleaned_data.get("jurisdiction") or "").strip().upper()

    def clean_upstream_models(self) -> Any:
        # An empty box is "no models listed" ([]), as stored: not a change of its own (a four-eyes request
        # would otherwise carry it as one).
        value = self.cleaned_data.get("upstream_models")
        return [] if value in (None, "") else value


# --- service keys -------------------------------------------------------------------------


class ServiceKeyForm(forms.Form):
    """Create a service key scoped to workloads."""

    name = forms.CharField(max_length=200, help_text="Which service uses it, e.g. support-bot production.")
    workloads = forms.ModelMultipleChoiceField(
        queryset=Workload.objects.exclude(status=Workload.Status.RETIRED).order_by("slug"),
        widget=forms.CheckboxSelectMultiple,
        help_text="The key may only ask pre-flight questions for these workloads.",
    )
    rate_limit_per_minute = forms.IntegerField(
        required=False, min_value=1, help_text="Requests per minute; empty for the installation default."
    )


class RotateForm(forms.Form):
    overlap_hours = forms.IntegerField(
        min_value=0, max_value=720, initial=24, help_text="How long the old key keeps working beside the new one."
    )


# --- policy --------------------------------------------------------------------------------


class DocumentDraftForm(forms.Form):
    """A draft of a versioned document as JSON; problems are reported by their path in the document."""

    noun = "document"  # "The policy has 2 problems"
    content = forms.CharField(widget=forms.Textarea(attrs={"rows": 28, "spellcheck": "false", "class": "code"}))
    notes = forms.CharField(required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.path_errors: list[tuple[str, str]] = []

    def document_errors(self, content: Any) -> dict[str, str]:
        """Every problem of ``content`` by its path (``rules.2.when.kinds``); empty when it is valid."""
        raise NotImplementedError

    def clean_content(self) -> dict[str, Any]:
        raw = self.cleaned_data["content"]
        limit = settings.CUSTOS_API_MAX_JSON_DEPTH
        if json_depth(raw) > limit:  # json.loads recurses per level: a deep enough document is a RecursionError
            raise ValidationError(f"The JSON nests deeper than {limit} levels (CUSTOS_API_MAX_JSON_DEPTH).")
        try:
            content = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ValidationError(f"Not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}.") from None
        errors = self.document_errors(content)
        if errors:
            self.path_errors = sorted(errors.items())
            raise ValidationError(
                f"The {self.noun} has {len(errors)} problem{'s' if len(errors) != 1 else ''}; see the list below."
            )
        return content


class PolicyDraftForm(DocumentDraftForm):
    """A draft policy as JSON."""

    noun = "policy"

    def document_errors(self, content: Any) -> dict[str, str]:
        try:
            validate_policy(content)
        except ValidationError as exc:
            return {path: " ".join(messages) for path, messages in exc.message_dict.items()}
        return {}


class SimulationForm(forms.Form):
    days = forms.IntegerField(min_value=1, max_value=365, initial=30, label="Replay the last N days")


# --- list filters --------------------------------------------------------------------------


def _with_any(choices: Any, label: str = "Any") -> list[tuple[str, str]]:
    return [("", label), *choices]


class WorkloadFilterForm(forms.Form):
    q = forms.CharField(
        required=False, label="Search", widget=forms.SearchInput(attrs={"placeholder": "Name, owner, purpose..."})
    )
    status = forms.ChoiceField(required=False, choices=_with_any(Workload.Status.choices))
    tier = forms.ChoiceField(required=False, choices=_with_any(Workload.Tier.choices))
    sort = forms.CharField(required=False, widget=forms.HiddenInput)


DECISION_ID_PREFIX = re.compile(r"^[0-9a-f]{4,8}(-[0-9a-f]{0,4}){0,3}(-[0-9a-f]{0,12})?$")


class DecisionFilterForm(forms.Form):
    """The decisions page's filters, and the search by the ``decision_id`` the pre-flight API returned."""

    decision_id = forms.CharField(
        required=False,
        max_length=64,
        label="Decision id",
        widget=forms.SearchInput(attrs={"placeholder": "decision_id from the API, or its first characters"}),
    )
    workload = forms.ChoiceField(required=False)
    destination = forms.ChoiceField(required=False)
    outcome = forms.ChoiceField(required=False, choices=_with_any(Decision.Outcome.choices))
    since = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}), label="From")
    until = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}), label="To")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["workload"].choices = _with_any(  # type: ignore[attr-defined]
            (slug, slug) for slug in Workload.objects.order_by("slug").values_list("slug", flat=True)
        )
        self.fields["destination"].choices = _with_any(  # type: ignore[attr-defined]
            (slug, slug) for slug in Destination.objects.order_by("slug").values_list("slug", flat=True)
        )
        zone = timezone.get_current_timezone_name()
        self.fields["since"].label = f"From ({zone})"
        self.fields["until"].label = f"To ({zone})"

    def clean_decision_id(self) -> str:
        """A whole id (any case, with or without braces or quotes) or the first characters of one."""
        raw = (self.cleaned_data.get("decision_id") or "").strip().strip("{}\"' ").lower()
        if not raw:
            return ""
        try:
            return str(uuid.UUID(raw))
        except ValueError:
            pass
        if not DECISION_ID_PREFIX.match(raw):
            raise ValidationError(
                "That is not a decision id. Ids look like 3f2b9c1e-8d4a-4b7f-9e21-5c0d6a7b8e90, as the pre-flight "
                "API returns them in decision_id; the first 4 or more characters are enough."
            )
        return raw

    def whole_decision_id(self) -> str | None:
        """The searched id when it is a whole one (the page then opens that decision), else None."""
        value = self.cleaned_data.get("decision_id") or ""
        return value if len(value) == 36 else None

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if cleaned.get("since") and cleaned.get("until") and cleaned["since"] > cleaned["until"]:
            self.add_error("until", "The end date must not be before the start date.")
        return cleaned
