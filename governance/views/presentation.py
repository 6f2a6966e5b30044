"""Turning registry objects into rows and labels for the templates; no reads, no writes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from governance import services
from governance.forms import ANNEX_III_AREAS, ART5_QUESTIONS, ART6_3_CONDITIONS, ART50_QUESTIONS
from governance.lifecycle import ALLOWED_TRANSITIONS
from governance.models import Workload


def screening_rows(answers: Any) -> dict[str, list[dict[str, Any]]]:
    """The screening answers grouped by provision, each with its paraphrased legal text."""
    area_labels = {number: (label, text) for number, label, text in ANNEX_III_AREAS}
    conditions = {value: label for value, label, _text in ART6_3_CONDITIONS}
    return {
        "art5": [
            {"label": label, "text": text, "value": getattr(answers, name)} for name, label, text in ART5_QUESTIONS
        ],
        "art50": [
            {"label": label, "text": text, "value": getattr(answers, name)} for name, label, text in ART50_QUESTIONS
        ],
        "annex": [
            {"label": "Art. 6(1): safety component of an Annex I product", "value": answers.annex_i_safety_component},
            {
                "label": "Annex III area",
                "value": area_labels.get(answers.annex_iii_area, ("?", ""))[0]
                + (f", point {answers.annex_iii_subarea}" if answers.annex_iii_subarea else ""),
                "text": area_labels.get(answers.annex_iii_area, ("", ""))[1],
            },
            {"label": "Profiles natural persons", "value": answers.profiles_natural_persons},
            {"label": "Art. 6(3) carve-out claimed", "value": answers.art6_3_carve_out_claimed},
            *(
                [
                    {"label": "Condition relied on", "value": conditions.get(answers.art6_3_condition, "none")},
                    {"label": "Grounds", "value": answers.art6_3_grounds or "none given"},
                ]
                if answers.art6_3_carve_out_claimed
                else []
            ),
        ],
    }


LIFECYCLE_ACTIONS: dict[str, tuple[str, Callable[..., Workload], str]] = {
    "approve": (Workload.Status.APPROVED, services.workload_approve, "Approve"),
    "suspend": (Workload.Status.SUSPENDED, services.workload_suspend, "Suspend"),
    "retire": (Workload.Status.RETIRED, services.workload_retire, "Retire"),
}


def lifecycle_actions(workload: Workload) -> list[dict[str, str]]:
    allowed = ALLOWED_TRANSITIONS[workload.status]
    return [
        {"action": action, "label": label}
        for action, (target, _service, label) in LIFECYCLE_ACTIONS.items()
        if target in allowed
    ]


def annex_choice_rows(form: Any) -> dict[str, list[tuple[Any, tuple[Any, str, str]]]]:
    """The Annex III areas and Art. 6(3) conditions as radio buttons, each beside its legal text."""
    return {
        "annex_choices": list(zip(form["annex_iii_area"], ANNEX_III_AREAS, strict=True)),
        "condition_choices": list(
            zip(
                form["art6_3_condition"],
                [("", "No condition", "No carve-out is relied on."), *ART6_3_CONDITIONS],
                strict=True,
            )
        ),
    }


def rule_conditions(when: dict[str, Any]) -> list[str]:
    """A rule's conditions as short readable strings, e.g. ``kinds: external``."""
    parts = []
    for key, value in when.items():
        if isinstance(value, bool):
            text = "true" if value else "false"
        elif isinstance(value, list):
            text = ", ".join(map(str, value))
        else:
            text = str(value)
        parts.append(f"{key}: {text}")
    return parts


def with_conditions(rules: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**rule, "conditions": rule_conditions(rule.get("when", {}))} for rule in rules]


def policy_rule_rows(content: dict[str, Any] | None) -> list[dict[str, Any]]:
    """Every rule of a policy document with its scope, for the readable table."""
    if not content:
        return []
    rows = [{**rule, "scope": "all"} for rule in content.get("rules", [])]
    for slug, rules in content.get("workload_overrides", {}).items():
        rows.extend({**rule, "scope": slug} for rule in rules)
    return with_conditions(rows)


def side_by_side(old: dict[str, Any] | None, new: dict[str, Any]) -> list[dict[str, Any]]:
    def keyed(content: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
        return {
            f"rules/{row['id']}" if row["scope"] == "all" else f"workload_overrides/{row['scope']}/{row['id']}": row
            for row in policy_rule_rows(content)
        }

    before, after = keyed(old), keyed(new)
    order = list(before) + [key for key in after if key not in before]
    rows = []
    for key in order:
        old_rule, new_rule = before.get(key), after.get(key)
        if old_rule is None:
            change = "added"
        elif new_rule is None:
            change = "removed"
        elif old_rule != new_rule:
            change = "changed"
        else:
            change = "same"
        rows.append({"key": key, "old": old_rule, "new": new_rule, "change": change})
    return rows
