"""The policy rule builder: rules as rows of form controls, and the JSON view's line numbers.

The builder edits ``rules`` of a draft (governance.policy's document) as one
form per rule: the action, the texts, and each condition as a control, where
an empty control means "any". ``workload_overrides`` are kept as they are;
they are edited in the JSON view. Problems found by ``validate_policy`` come
back by path (``rules.2.when.kinds``) and are shown on the row they concern
(``errors_by_row``) or, in the JSON view, on the line (``numbered_lines``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from classifier.types import Category, SensitivityLevel
from governance.models import Destination
from governance.policy import ACTIONS, validate_policy

ANY = ""
DPA_CHOICES = [(ANY, "Any"), ("yes", "Signed"), ("no", "Not signed")]
BASIS_CHOICES = [
    ("on_prem", "On-prem"),
    ("eea", "EEA"),
    ("adequacy", "Adequacy (Art. 45)"),
    ("sccs", "SCCs (Art. 46)"),
    ("none", "No basis"),
]


class RuleForm(forms.Form):
    """One rule: when every condition given holds, the action applies, with a reason code and a message."""

    id = forms.SlugField(label="Rule id", max_length=64, help_text="Unique, e.g. credentials-stay-in.")
    action = forms.ChoiceField(
        label="Then", choices=[(ANY, "Choose…"), *[(action, action.capitalize()) for action in ACTIONS]]
    )
    reason_code = forms.RegexField(
        label="Reason code",
        regex=r"^[a-z0-9_]+$",
        max_length=64,
        error_messages={"invalid": "Use lower-case letters, digits and underscores."},
    )
    message = forms.CharField(label="Message for people", max_length=500)
    levels_at_least = forms.ChoiceField(
        label="Sensitivity at least",
        required=False,
        choices=[(ANY, "Any level"), *[(name, name.capitalize()) for name in SensitivityLevel.__members__]],
    )
    categories_any = forms.MultipleChoiceField(
        label="Any of these categories",
        required=False,
        choices=[(category, category.replace("_", " ")) for category in Category.ALL],
        widget=forms.CheckboxSelectMultiple,
    )
    kinds = forms.MultipleChoiceField(
        label="Destination kind",
        required=False,
        choices=Destination.Kind.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    transfer_bases = forms.MultipleChoiceField(
        label="Transfer basis",
        required=False,
        choices=BASIS_CHOICES,
        widget=forms.CheckboxSelectMultiple,
    )
    dpa_signed = forms.ChoiceField(label="DPA (Art. 28)", required=False, choices=DPA_CHOICES)

    def rule(self) -> dict[str, Any]:
        """The rule as the policy document holds it; conditions left at "any" are omitted."""
        data = self.cleaned_data
        when: dict[str, Any] = {}
        if data.get("levels_at_least"):
            when["levels_at_least"] = data["levels_at_least"]
        for name in ("categories_any", "kinds", "transfer_bases"):
            if data.get(name):
                when[name] = list(data[name])
        if data.get("dpa_signed"):
            when["dpa_signed"] = data["dpa_signed"] == "yes"
        return {
            "id": data["id"],
            "action": data["action"],
            "reason_code": data["reason_code"],
            "message": data["message"],
            "when": when,
        }


RuleFormSet = forms.formset_factory(RuleForm, extra=1, can_delete=True, max_num=200, validate_max=True)


def rule_initial(rule: Mapping[str, Any]) -> dict[str, Any]:
    """A rule of the document as the initial values of a ``RuleForm``."""
    when = rule.get("when", {}) if isinstance(rule.get("when"), dict) else {}
    dpa = when.get("dpa_signed")
    return {
        "id": rule.get("id", ""),
        "action": rule.get("action", ""),
        "reason_code": rule.get("reason_code", ""),
        "message": rule.get("message", ""),
        "levels_at_least": when.get("levels_at_least", ANY),
        "categories_any": when.get("categories_any", []),
        "kinds": when.get("kinds", []),
        "transfer_bases": when.get("transfer_bases", []),
        "dpa_signed": ANY if dpa is None else ("yes" if dpa else "no"),
    }


@dataclass
class BuilderResult:
    """What a submitted builder gives: the document, and its problems by row (form index) and overall."""

    content: dict[str, Any] | None
    row_errors: dict[int, list[str]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.content is not None and not self.row_errors and not self.errors


def build(formset: Any, *, base: Mapping[str, Any]) -> BuilderResult:
    """The draft document from a bound ``RuleFormSet``; ``base`` gives the overrides kept as they are."""
    result = BuilderResult(content=None)
    if not formset.is_valid():
        for index, form in enumerate(formset.forms):
            if form.errors:
                result.row_errors[index] = [
                    f"{form.fields[name].label if name in form.fields else 'Rule'}: {' '.join(messages)}"
                    for name, messages in form.errors.items()
                ]
        result.errors.extend(str(error) for error in formset.non_form_errors())
        if not result.row_errors and not result.errors:
            result.errors.append("The rules could not be read; reload the page.")
        return result
    # Unchanged empty rows (the spare one at the end) have no cleaned data; deleted rows are left out.
    rows = [
        (index, form)
        for index, form in enumerate(formset.forms)
        if form.cleaned_data and not form.cleaned_data.get("DELETE")
    ]
    content = {
        "rules": [form.rule() for _index, form in rows],
        "workload_overrides": base.get("workload_overrides", {}),
    }
    try:
        validate_policy(content)
    except ValidationError as exc:
        for path, messages in exc.message_dict.items():
            parts = path.split(".")
            if parts[0] == "rules" and len(parts) > 1 and parts[1].isdigit() and int(parts[1]) < len(rows):
                row = rows[int(parts[1])][0]
                what = ".".join(parts[2:]) or "rule"
                result.row_errors.setdefault(row, []).append(f"{what}: {' '.join(messages)}")
            else:
                result.errors.append(f"{path}: {' '.join(messages)}")
        return result
    if not content["rules"]:
        result.errors.append("A policy needs at least one rule.")
        return result
    result.content = content
    return result


# --- the JSON view -----------------------------------------------------------------


def _emit(value: Any, path: str, indent: str, head: str, lines: list[str], where: dict[str, int]) -> None:
    """Append ``value`` as ``json.dumps(indent=2)`` writes it, noting the line each path starts on."""
    where.setdefault(path, len(lines) + 1)
    if isinstance(value, dict | list) and value:
        is_dict = isinstance(value, dict)
        lines.append(head + ("{" if is_dict else "["))
        items = list(value.items()) if isinstance(value, dict) else list(enumerate(value))
        for position, (key, child) in enumerate(items):
            child_path = f"{path}.{key}" if path else str(key)
            child_head = indent + "  " + (json.dumps(key) + ": " if is_dict else "")
            _emit(child, child_path, indent + "  ", child_head, lines, where)
            if position < len(items) - 1:
                lines[-1] += ","
        lines.append(indent + ("}" if is_dict else "]"))
    else:
        lines.append(head + json.dumps(value))


def formatted_with_paths(content: Any) -> tuple[str, dict[str, int]]:
    """The document as the JSON view shows it (two-space indent) and the 1-based line of every path."""
    lines: list[str] = []
    where: dict[str, int] = {}
    _emit(content, "", "", "", lines, where)
    return "\n".join(lines), where


def line_of(path: str, where: Mapping[str, int]) -> int:
    """The line a validation path points at: the path itself, or its nearest ancestor that exists."""
    parts = path.split(".")
    while parts:
        candidate = ".".join(parts)
        if candidate in where:
            return where[candidate]
        parts.pop()
    return 1


@dataclass(frozen=True)
class NumberedLine:
    number: int
    text: str
    errors: tuple[str, ...] = ()


def numbered_lines(text: str, errors: Mapping[int, Sequence[str]]) -> list[NumberedLine]:
    """``text`` as numbered lines, each with the errors that point at it."""
    return [
        NumberedLine(number, line, tuple(errors.get(number, ())))
        for number, line in enumerate(text.split("\n"), start=1)
    ]


def errors_by_line(content: Any, path_errors: Sequence[tuple[str, str]]) -> tuple[str, dict[int, list[str]]]:
    """The formatted document and its validation errors (``(path, message)``) by the line they point at."""
    text, where = formatted_with_paths(content)
    by_line: dict[int, list[str]] = {}
    for path, message in path_errors:
        by_line.setdefault(line_of(path, where), []).append(f"{path}: {message}")
    return text, by_line


def syntax_error_line(raw: str) -> tuple[int, str] | None:
    """Where ``raw`` stops being JSON, as (line, message); None when it parses."""
    try:
        json.loads(raw)
    except json.JSONDecodeError as exc:
        return exc.lineno, f"{exc.msg} (column {exc.colno})"
    except RecursionError:
        return 1, "The JSON nests too deep."
    return None
