"""Each field list and error rule has one definition; the places that need it use that one."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from django import forms
from django.core.exceptions import ValidationError

from audit import selectors
from audit.chain import ROW_FIELDS
from audit.hashing import ENTRY_FIELDS
from config.forms import apply_errors
from governance.api.serializers import DestinationSerializer
from governance.forms import SCREENING_STEP_FIELDS, DestinationForm
from governance.services import DESTINATION_FIELDS, SCREENING_FIELDS
from reports.forms import IncidentDetailsForm, IncidentForm
from reports.services import ART73_FIELDS
from tests.factories import CheckpointFactory

VERIFIER = Path(__file__).resolve().parents[1] / "tools" / "verify_export.py"


def test_destination_form_and_serializer_use_the_service_field_list() -> None:
    assert list(DestinationForm().fields) == ["slug", *DESTINATION_FIELDS]
    assert DestinationSerializer.Meta.fields == ("slug", *DESTINATION_FIELDS, "created_at", "updated_at")


def test_the_wizard_steps_ask_each_screening_question_once() -> None:
    asked = [name for fields in SCREENING_STEP_FIELDS.values() for name in fields]
    assert sorted(asked) == sorted(SCREENING_FIELDS)
    assert len(asked) == len(set(asked))


def test_stored_rows_and_the_offline_verifier_hash_the_same_entry_fields() -> None:
    assert (*ENTRY_FIELDS, "prev_hash", "hash") == ROW_FIELDS
    # The verifier imports nothing from the project by design; it keeps its own copy, which must agree.
    spec = importlib.util.spec_from_file_location("verify_export", VERIFIER)
    assert spec is not None and spec.loader is not None
    verifier = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(verifier)
    assert verifier.ENTRY_FIELDS == ENTRY_FIELDS


@pytest.mark.django_db
def test_export_bundles_and_the_api_spell_a_checkpoint_alike() -> None:
    checkpoint = CheckpointFactory.create()
    api = selectors.checkpoint_json(checkpoint)
    assert api == {"id": checkpoint.pk, **selectors.checkpoint_note_json(checkpoint)}
    assert set(api) == {"id", "tree_size", "root_hash", "created_at", "origin", "key_id", "signature", "note"}


class _NameForm(forms.Form):
    name = forms.CharField()


def test_apply_errors_puts_named_errors_on_their_field_and_the_rest_on_the_form() -> None:
    form = _NameForm(data={"name": "x"})
    assert form.is_valid()
    apply_errors(form, ValidationError({"name": "Taken.", "elsewhere": "Not a form field."}))
    assert form.errors["name"] == ["Taken."]
    assert form.non_field_errors() == ["Not a form field."]

    plain = _NameForm(data={"name": "x"})
    assert plain.is_valid()
    apply_errors(plain, ValidationError("No field named."))
    assert plain.non_field_errors() == ["No field named."]


def test_the_incident_form_and_the_service_agree_on_the_art73_details() -> None:
    assert list(IncidentDetailsForm.base_fields) == list(ART73_FIELDS)
    assert set(ART73_FIELDS) <= set(IncidentForm.base_fields)
