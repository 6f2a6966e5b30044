"""The residency policy: rules as data, and the pure function that applies them.

A policy is a JSON document::

    {"rules": [RULE, ...], "workload_overrides": {"<workload slug>": [RULE, ...]},
     "reroute_to": ["<destination slug>", ...]}     # optional: the gateway's reroute targets

    RULE = {"id": "credentials-stay-in", "action": "deny" | "redact" | "allow",
            "reason_code": "credentials_external", "message": "A sentence for people.",
            "when": {                        # every condition given must hold
                "levels_at_least": "CONFIDENTIAL",
                "categories_any": ["credentials", ...],
                "kinds": ["external" | "on_prem", ...],
                "transfer_bases": ["on_prem" | "eea" | "adequacy" | "sccs" | "none", ...],
                "dpa_signed": true | false}}

How a decision is made (``evaluate``):
- every rule whose conditions hold matches; the strictest action among the
  matches wins: deny > redact > allow; nothing matching means allow;
- the reasons are the matching rules with the winning action, in rule order;
- redact only stands when redaction can remove what triggered it: if a
  redact rule matched a category that no redactable span carries (the LLM
  second opinion raised it without offsets), the outcome is deny;
- per-workload overrides are added to the rules for that workload; they may
  only tighten, so their action must be deny or redact (checked on save).

Rerouting (the gateway): when a payload is denied for the destination a caller
named, the gateway sends it instead to the first of its compliant alternatives
(allowed for the workload, the payload allowed there as it is) that
``reroute_to`` lists; without one, the caller gets the denial. Listing a
destination there is the policy owner's consent to send traffic to it unasked.

A destination's transfer basis (GDPR Chapter V) is derived from its record:
on_prem; eea (EEA country); adequacy (a country with an Art. 45 decision,
a stated scope and a review date not yet passed); sccs (Art. 46 clauses);
none otherwise, which includes an adequacy decision past its review date.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError

from audit.canonical import canonical_json
from classifier.profile import CATEGORY_FORMAT as CUSTOM_CATEGORY
from classifier.profile import misspelt_category
from classifier.types import Category, SensitivityLevel
from governance.jurisdictions import has_adequacy_decision, is_eea
from governance.models import Destination

ACTIONS = ("allow", "redact", "deny")
_STRICTNESS = {action: rank for rank, action in enumerate(ACTIONS)}
TRANSFER_BASES = ("on_prem", "eea", "adequacy", "sccs", "none")
CONDITION_KEYS = ("levels_at_least", "categories_any", "kinds", "transfer_bases", "dpa_signed")


def _rule(rule_id: str, action: str, code: str, message: str, **when: Any) -> dict[str, Any]:
    return {"id": rule_id, "action": action, "reason_code": code, "message": message, "when": when}


# GDPR Chapter V, encoded. Personal data may leave only on a transfer basis
# (EEA, adequacy within scope, SCCs) and under a processor agreement (Art. 28);
# otherwise it is redacted; what redaction cannot make safe stays in house.
DEFAULT_POLICY: dict[str, Any] = {
    "rules": [
        _rule(
            "credentials-stay-in", "deny", "credentials_never_leave",
            "Secrets and credentials never leave for an external destination.",
            categories_any=[Category.CREDENTIALS], kinds=["external"],
        ),
        _rule(
            "special-categories-on-prem", "deny", "special_category_on_prem_only",
            "Special categories of personal data (GDPR Art. 9) and criminal records (Art. 10) stay on-prem.",
            categories_any=[Category.SPECIAL_CATEGORY, Category.CRIMINAL_RECORD], kinds=["external"],
        ),
        _rule(
            "government-ids-on-prem", "deny", "government_id_on_prem_only",
            "Government identifiers stay on-prem.",
            categories_any=[Category.GOVERNMENT_ID], kinds=["external"],
        ),
        _rule(
            "restricted-on-prem", "deny", "restricted_on_prem_only",
            "RESTRICTED data stays on-prem.",
            levels_at_least="RESTRICTED", kinds=["external"],
        ),
        _rule(
            "personal-data-needs-transfer-basis", "redact", "no_transfer_basis",
            "Personal data may only go to the EEA, an adequacy country within its scope, or under SCCs; "
            "it is redacted for this destination.",
            categories_any=[Category.PERSONAL_DATA, Category.FINANCIAL], kinds=["external"], transfer_bases=["none"],
        ),
        _rule(
            "personal-data-needs-dpa", "redact", "no_processor_agreement",
            "Personal data only goes to processors with a signed data processing agreement (Art. 28); "
            "it is redacted for this destination.",
            categories_any=[Category.PERSONAL_DATA, Category.FINANCIAL], kinds=["external"], dpa_signed=False,
        ),
    ],
    "workload_overrides": {},
}  # fmt: skip


@dataclass(frozen=True)
class Reason:
    code: str
    message: str
    rule_id: str = ""

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


@dataclass(frozen=True)
class PolicySubject:
    """What the policy needs to know about a payload: its classification, without text."""

    level: SensitivityLevel
    categories: frozenset[str]
    unredactable_categories: frozenset[str] = frozenset()


@dataclass(frozen=True)
class PolicyOutcome:
    outcome: str
    reasons: tuple[Reason, ...]
    matched_rule_ids: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Alternative:
    destination: str
    why: str


# --- the policy document ---------------------------------------------------


def content_hash(content: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_json(content)).hexdigest()


def validate_policy(content: Any) -> None:
    """Raise ValidationError naming every problem by its path, e.g. ``rules.2.when.kinds``."""
    errors: dict[str, str] = {}
    if not isinstance(content, dict):
        raise ValidationError({"content": "A policy is a JSON object with 'rules'."})
    unknown = sorted(set(content) - {"rules", "workload_overrides", "reroute_to"})
    if unknown:
        errors["content"] = f"Unknown keys: {', '.join(unknown)}."
    rules = content.get("rules")
    if not isinstance(rules, list):
        errors["rules"] = "'rules' must be a list."
    else:
        _validate_rules(rules, "rules", errors, ids=set())
    reroute_to = content.get("reroute_to", [])
    if not isinstance(reroute_to, list) or not all(isinstance(slug, str) and slug for slug in reroute_to):
        errors["reroute_to"] = "'reroute_to' must be a list of destination slugs."
    overrides = content.get("workload_overrides", {})
    if not isinstance(overrides, dict):
        errors["workload_overrides"] = "'workload_overrides' must map workload slugs to lists of rules."
    else:
        for slug, override_rules in overrides.items():
            path = f"workload_overrides.{slug}"
            if not isinstance(override_rules, list):
                errors[path] = "Must be a list of rules."
                continue
            _validate_rules(override_rules, path, errors, ids=set())
            for index, rule in enumerate(override_rules):
                if isinstance(rule, dict) and rule.get("action") == "allow":
                    errors[f"{path}.{index}.action"] = "Workload overrides may only tighten: use deny or redact."
    if errors:
        raise ValidationError(errors)


def _validate_rules(rules: list[Any], path: str, errors: dict[str, str], *, ids: set[str]) -> None:
    for index, rule in enumerate(rules):
        where = f"{path}.{index}"
        if not isinstance(rule, dict):
            errors[where] = "A rule is an object."
            continue
        for key in ("id", "reason_code", "message"):
            if not isinstance(rule.get(key), str) or not rule.get(key):
                errors[f"{where}.{key}"] = "Required text."
        if rule.get("id") in ids:
            errors[f"{where}.id"] = f"Duplicate rule id {rule['id']!r}."
        ids.add(str(rule.get("id")))
        if rule.get("action") not in ACTIONS:
            errors[f"{where}.action"] = f"Use one of {', '.join(ACTIONS)}."
        unknown = sorted(set(rule) - {"id", "action", "reason_code", "message", "when"})
        if unknown:
            errors[where] = f"Unknown keys: {', '.join(unknown)}."
        when = rule.get("when", {})
        if not isinstance(when, dict):
            errors[f"{where}.when"] = "Conditions are an object."
            continue
        _validate_conditions(when, f"{where}.when", errors)


def _validate_conditions(when: Mapping[str, Any], where: str, errors: dict[str, str]) -> None:
    for key in sorted(set(when) - set(CONDITION_KEYS)):
        errors[f"{where}.{key}"] = f"Unknown condition; use {', '.join(CONDITION_KEYS)}."
    if "levels_at_least" in when and when["levels_at_least"] not in SensitivityLevel.__members__:
        errors[f"{where}.levels_at_least"] = f"Use one of {', '.join(SensitivityLevel.__members__)}."
    allowed_values = {
        "categories_any": Category.ALL,
        "kinds": tuple(Destination.Kind.values),
        "transfer_bases": TRANSFER_BASES,
    }
    for key, allowed in allowed_values.items():
        if key in when:
            values = when[key]
            # A detection profile may define categories of its own (internal_project): rules may name them.
            custom = key == "categories_any"
            valid = (
                isinstance(values, list)
                and bool(values)
                and all(
                    value in allowed or (custom and isinstance(value, str) and CUSTOM_CATEGORY.match(value))
                    for value in values
                )
            )
            if not valid:
                hint = " or a detection profile's own category" if custom else ""
                errors[f"{where}.{key}"] = f"A non-empty list of {', '.join(allowed)}{hint}."
            elif custom and (misspelt := [v for v in values if misspelt_category(v)]):
                # Own categories are free names, so a typo of a built-in one would pass and silently never match.
                errors[f"{where}.{key}"] = (
                    f"{misspelt[0]!r} is not a category: did you mean {misspelt_category(misspelt[0])!r}?"
                )
    if "dpa_signed" in when and not isinstance(when["dpa_signed"], bool):
        errors[f"{where}.dpa_signed"] = "true or false."


def diff_policies(old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> dict[str, list[str]]:
    """Rule ids added, removed and changed between two policy documents (overrides included)."""

    def by_id(content: Mapping[str, Any] | None) -> dict[str, Any]:
        if not content:
            return {}
        rules = {f"rules/{rule['id']}": rule for rule in content.get("rules", [])}
        for slug, override in content.get("workload_overrides", {}).items():
            rules.update({f"workload_overrides/{slug}/{rule['id']}": rule for rule in override})
        return rules

    before, after = by_id(old), by_id(new)
    return {
        "added": sorted(set(after) - set(before)),
        "removed": sorted(set(before) - set(after)),
        "changed": sorted(key for key in set(before) & set(after) if before[key] != after[key]),
    }


# --- applying it -------------------------------------------------------------


def transfer_basis(destination: Destination, *, today: dt.date) -> str:
    if destination.kind == Destination.Kind.ON_PREM:
        return "on_prem"
    mechanism = destination.transfer_mechanism
    if mechanism == Destination.TransferMechanism.EEA and is_eea(destination.jurisdiction):
        return "eea"
    if (
        mechanism == Destination.TransferMechanism.ADEQUACY
        and has_adequacy_decision(destination.jurisdiction)
        and destination.adequacy_scope
        and (destination.adequacy_review_date is None or destination.adequacy_review_date >= today)
    ):
        return "adequacy"
    if mechanism == Destination.TransferMechanism.SCCS:
        return "sccs"
    return "none"


def _matches(when: Mapping[str, Any], subject: PolicySubject, destination: Destination, basis: str) -> bool:
    if "levels_at_least" in when and subject.level < SensitivityLevel[when["levels_at_least"]]:
        return False
    if "categories_any" in when and not subject.categories.intersection(when["categories_any"]):
        return False
    if "kinds" in when and destination.kind not in when["kinds"]:
        return False
    if "transfer_bases" in when and basis not in when["transfer_bases"]:
        return False
    return not ("dpa_signed" in when and destination.dpa_signed != when["dpa_signed"])


def rules_for(policy: Mapping[str, Any], workload_slug: str) -> list[Mapping[str, Any]]:
    return [*policy.get("rules", []), *policy.get("workload_overrides", {}).get(workload_slug, [])]


def evaluate(
    *, workload_slug: str, destination: Destination, subject: PolicySubject, policy: Mapping[str, Any], today: dt.date
) -> PolicyOutcome:
    """Apply ``policy`` to one payload classification and one destination. Pure."""
    basis = transfer_basis(destination, today=today)
    matched = [
        rule for rule in rules_for(policy, workload_slug) if _matches(rule.get("when", {}), subject, destination, basis)
    ]
    if not matched:
        return PolicyOutcome("allow", (Reason("no_rule_matched", "No policy rule restricts this payload here."),))
    outcome = max((rule["action"] for rule in matched), key=_STRICTNESS.__getitem__)
    if outcome == "redact":
        stuck = sorted(
            category
            for rule in matched
            if rule["action"] == "redact"
            for category in rule.get("when", {}).get("categories_any", [])
            if category in subject.unredactable_categories
        )
        if stuck:
            reasons = tuple(_reason(rule) for rule in matched if rule["action"] == "redact")
            return PolicyOutcome(
                "deny",
                (
                    *reasons,
                    Reason(
                        "redaction_insufficient",
                        f"Redaction cannot remove {', '.join(stuck)}: no span to redact was found for it.",
                    ),
                ),
                tuple(rule["id"] for rule in matched),
            )
    reasons = tuple(_reason(rule) for rule in matched if rule["action"] == outcome)
    return PolicyOutcome(outcome, reasons, tuple(rule["id"] for rule in matched))


def _reason(rule: Mapping[str, Any]) -> Reason:
    return Reason(rule["reason_code"], rule["message"], rule["id"])


def compliant_alternatives(
    *,
    workload_slug: str,
    current: Destination,
    candidates: Iterable[Destination],
    subject: PolicySubject,
    policy: Mapping[str, Any],
    today: dt.date,
) -> list[Alternative]:
    """Other allowed, active destinations where this same payload may go as it is, on-prem first."""
    alternatives = []
    ordered: Sequence[Destination] = sorted(candidates, key=lambda d: (d.kind != Destination.Kind.ON_PREM, d.slug))
    for destination in ordered:
        if destination.pk == current.pk or not destination.active:
            continue
        result = evaluate(
            workload_slug=workload_slug, destination=destination, subject=subject, policy=policy, today=today
        )
        if result.outcome == "allow":
            where = (
                "on-prem"
                if destination.kind == Destination.Kind.ON_PREM
                else f"{destination.jurisdiction}, {transfer_basis(destination, today=today)}"
            )
            alternatives.append(Alternative(destination.slug, f"Allowed as is ({where})."))
    return alternatives


def reroute_target(*, policy: Mapping[str, Any], alternatives: Iterable[str]) -> str | None:
    """The first of a denial's compliant ``alternatives`` (in their order, on-prem first) that the policy
    marks as a reroute target (``reroute_to``); None when the policy marks none of them."""
    marked = set(policy.get("reroute_to", []))
    return next((slug for slug in alternatives if slug in marked), None)
