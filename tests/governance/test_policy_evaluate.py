"""The residency policy engine: every default rule, the tie-breaks, overrides and alternatives."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from django.core.exceptions import ValidationError

from classifier.types import SensitivityLevel as L
from governance.models import Destination
from governance.policy import (
    DEFAULT_POLICY,
    PolicySubject,
    compliant_alternatives,
    diff_policies,
    evaluate,
    transfer_basis,
    validate_policy,
)

TODAY = dt.date(2026, 11, 21)
K, M = Destination.Kind, Destination.TransferMechanism


def dest(slug: str = "d", **fields: Any) -> Destination:
    base: dict[str, Any] = {
        "slug": slug,
        "kind": K.EXTERNAL,
        "jurisdiction": "IE",
        "dpa_signed": True,
        "transfer_mechanism": M.EEA,
        "active": True,
    }
    base.update(fields)
    destination = Destination(**base)
    destination.pk = abs(hash(slug)) % 10_000 + 1
    return destination


ON_PREM = dest("onprem", kind=K.ON_PREM, jurisdiction="DE")
EEA = dest("eea")
EEA_NO_DPA = dest("eea-no-dpa", dpa_signed=False)
US_DPF = dest(
    "us-dpf",
    jurisdiction="US",
    transfer_mechanism=M.ADEQUACY,
    adequacy_scope="DPF",
    adequacy_review_date=dt.date(2027, 7, 10),
)
US_DPF_EXPIRED = dest(
    "us-dpf-old",
    jurisdiction="US",
    transfer_mechanism=M.ADEQUACY,
    adequacy_scope="DPF",
    adequacy_review_date=dt.date(2025, 1, 1),
)
IN_SCCS = dest("in-sccs", jurisdiction="IN", transfer_mechanism=M.SCCS)
US_NONE = dest("us-none", jurisdiction="US", transfer_mechanism=M.NONE, dpa_signed=False)


def subject(level: L, *categories: str, unredactable: tuple[str, ...] = ()) -> PolicySubject:
    return PolicySubject(level=level, categories=frozenset(categories), unredactable_categories=frozenset(unredactable))


def decide(
    destination: Destination, subj: PolicySubject, policy: dict[str, Any] = DEFAULT_POLICY, workload: str = "w"
) -> tuple[str, list[str]]:
    result = evaluate(workload_slug=workload, destination=destination, subject=subj, policy=policy, today=TODAY)
    return result.outcome, [reason.code for reason in result.reasons]


@pytest.mark.parametrize(
    ("destination", "expected"),
    [
        (ON_PREM, "on_prem"),
        (EEA, "eea"),
        (US_DPF, "adequacy"),
        (US_DPF_EXPIRED, "none"),
        (IN_SCCS, "sccs"),
        (US_NONE, "none"),
    ],
)
def test_transfer_basis(destination: Destination, expected: str) -> None:
    assert transfer_basis(destination, today=TODAY) == expected


CREDENTIALS = subject(L.RESTRICTED, "credentials")
HEALTH = subject(L.RESTRICTED, "special_category", "personal_data")
CRIMINAL = subject(L.RESTRICTED, "criminal_record")
GOV_ID = subject(L.RESTRICTED, "government_id")
PERSONAL = subject(L.CONFIDENTIAL, "personal_data")
FINANCIAL = subject(L.CONFIDENTIAL, "financial")
INTERNAL = subject(L.INTERNAL, "organisation")
PUBLIC = subject(L.PUBLIC)
LLM_RESTRICTED = subject(L.RESTRICTED, unredactable=())


@pytest.mark.parametrize(
    ("destination", "subj", "outcome", "code"),
    [
        # credentials never leave
        (EEA, CREDENTIALS, "deny", "credentials_never_leave"),
        (US_DPF, CREDENTIALS, "deny", "credentials_never_leave"),
        (ON_PREM, CREDENTIALS, "allow", "no_rule_matched"),
        # special categories and criminal records stay on-prem
        (EEA, HEALTH, "deny", "special_category_on_prem_only"),
        (EEA, CRIMINAL, "deny", "special_category_on_prem_only"),
        (ON_PREM, HEALTH, "allow", "no_rule_matched"),
        # government ids stay on-prem
        (EEA, GOV_ID, "deny", "government_id_on_prem_only"),
        (ON_PREM, GOV_ID, "allow", "no_rule_matched"),
        # RESTRICTED without a category (e.g. raised by the LLM) stays on-prem
        (EEA, LLM_RESTRICTED, "deny", "restricted_on_prem_only"),
        # other personal data: EEA, adequacy in scope, SCCs with DPA
        (EEA, PERSONAL, "allow", "no_rule_matched"),
        (US_DPF, PERSONAL, "allow", "no_rule_matched"),
        (IN_SCCS, PERSONAL, "allow", "no_rule_matched"),
        (ON_PREM, PERSONAL, "allow", "no_rule_matched"),
        # ... else redacted
        (US_NONE, PERSONAL, "redact", "no_transfer_basis"),
        (US_DPF_EXPIRED, PERSONAL, "redact", "no_transfer_basis"),
        (EEA_NO_DPA, PERSONAL, "redact", "no_processor_agreement"),
        (US_NONE, FINANCIAL, "redact", "no_transfer_basis"),
        # internal and public go anywhere
        (US_NONE, INTERNAL, "allow", "no_rule_matched"),
        (US_NONE, PUBLIC, "allow", "no_rule_matched"),
    ],
)
def test_default_policy(destination: Destination, subj: PolicySubject, outcome: str, code: str) -> None:
    result_outcome, codes = decide(destination, subj)
    assert result_outcome == outcome
    assert codes[0] == code


def test_strictest_action_wins_and_reasons_list_every_rule_of_that_action() -> None:
    outcome, codes = decide(US_NONE, subject(L.RESTRICTED, "credentials", "government_id", "personal_data"))
    assert outcome == "deny"
    assert codes == ["credentials_never_leave", "government_id_on_prem_only", "restricted_on_prem_only"]


def test_both_redact_reasons_when_no_basis_and_no_dpa() -> None:
    outcome, codes = decide(US_NONE, PERSONAL)
    assert outcome == "redact"
    assert codes == ["no_transfer_basis", "no_processor_agreement"]


def test_redaction_that_cannot_remove_the_data_becomes_deny() -> None:
    outcome, codes = decide(US_NONE, subject(L.CONFIDENTIAL, "personal_data", unredactable=("personal_data",)))
    assert outcome == "deny"
    assert codes[-1] == "redaction_insufficient"


def test_workload_override_tightens() -> None:
    policy = copy.deepcopy(DEFAULT_POLICY)
    policy["workload_overrides"] = {
        "hr": [
            {
                "id": "hr-eea-only",
                "action": "deny",
                "reason_code": "hr_on_prem",
                "message": "HR data stays in.",
                "when": {"categories_any": ["personal_data"], "kinds": ["external"]},
            }
        ]
    }
    validate_policy(policy)
    assert decide(EEA, PERSONAL, policy, workload="hr")[0] == "deny"
    assert decide(EEA, PERSONAL, policy, workload="other")[0] == "allow"


def test_workload_override_cannot_loosen() -> None:
    policy = copy.deepcopy(DEFAULT_POLICY)
    policy["workload_overrides"] = {
        "hr": [{"id": "x", "action": "allow", "reason_code": "x", "message": "x", "when": {}}]
    }
    with pytest.raises(ValidationError) as error:
        validate_policy(policy)
    assert "workload_overrides.hr.0.action" in error.value.message_dict


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (lambda p: p["rules"][0].update(action="maybe"), "rules.0.action"),
        (lambda p: p["rules"][1]["when"].update(kinds=["moon"]), "rules.1.when.kinds"),
        (lambda p: p["rules"][2]["when"].update(levels_at_least="SECRET"), "rules.2.when.levels_at_least"),
        (lambda p: p["rules"][0]["when"].update(colour="red"), "rules.0.when.colour"),
        (lambda p: p["rules"][1].update(id=p["rules"][0]["id"]), "rules.1.id"),
        (lambda p: p.update(rules="all"), "rules"),
        (lambda p: p["rules"][0].pop("message"), "rules.0.message"),
    ],
)
def test_invalid_policies_name_the_path(mutate: Callable[[dict[str, Any]], object], path: str) -> None:
    policy = copy.deepcopy(DEFAULT_POLICY)
    mutate(policy)
    with pytest.raises(ValidationError) as error:
        validate_policy(policy)
    assert path in error.value.message_dict


def test_alternatives_are_allowed_destinations_on_prem_first() -> None:
    candidates = [US_NONE, EEA, ON_PREM, US_DPF, dest("inactive", kind=K.ON_PREM, jurisdiction="DE", active=False)]
    alternatives = compliant_alternatives(
        workload_slug="w", current=US_NONE, candidates=candidates, subject=PERSONAL, policy=DEFAULT_POLICY, today=TODAY
    )
    assert [a.destination for a in alternatives] == ["onprem", "eea", "us-dpf"]
    alternatives = compliant_alternatives(
        workload_slug="w", current=EEA, candidates=candidates, subject=HEALTH, policy=DEFAULT_POLICY, today=TODAY
    )
    assert [a.destination for a in alternatives] == ["onprem"]


def test_diff_names_added_removed_and_changed_rules() -> None:
    new = copy.deepcopy(DEFAULT_POLICY)
    removed = new["rules"].pop(0)
    new["rules"][0]["message"] = "changed"
    new["rules"].append({**removed, "id": "brand-new"})
    diff = diff_policies(DEFAULT_POLICY, new)
    assert diff["added"] == ["rules/brand-new"]
    assert diff["removed"] == [f"rules/{removed['id']}"]
    assert diff["changed"] == [f"rules/{new['rules'][0]['id']}"]
