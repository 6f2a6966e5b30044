"""config.db.insert_new: the hot-path INSERT stores exactly what save() would."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from config.db import insert_new
from governance.models import Decision, Destination
from tests.factories import DecisionFactory
from tests.world import World


def unsaved_decision(world: World, **overrides: object) -> Decision:
    """A decision row not yet stored, with non-ASCII text and every JSON field filled."""
    fields: dict[str, object] = {
        "service_key": world.key,
        "workload": world.workload,
        "destination": Destination.objects.get(slug="eu-api"),
        "outcome": Decision.Outcome.REDACT,
        "reasons": [{"code": "no_transfer_basis", "message": "Ünïcode — kept as is."}],
        "level": "CONFIDENTIAL",
        "categories": ["contact"],
        "entity_counts": {"EMAIL_ADDRESS": 1},
        "input_fingerprint": {"hmac_sha256": "ab" * 32, "chars": 10, "bytes": 12, "messages": 0},
    }
    fields.update(overrides)
    return DecisionFactory.build(**fields)


def test_the_row_reads_back_as_save_would_have_written_it(world: World) -> None:
    new = unsaved_decision(world)
    insert_new(new)
    stored = Decision.objects.get(pk=new.pk)
    for field in Decision._meta.concrete_fields:
        assert getattr(stored, field.attname) == getattr(new, field.attname), field.name
    assert stored.unredactable_categories == []  # the field default, as save() would have stored it
    assert not new._state.adding


def test_a_missing_primary_key_is_refused(world: World) -> None:
    with pytest.raises(ValueError, match="primary key"):
        insert_new(unsaved_decision(world, id=None))


def test_a_duplicate_key_fails_like_any_insert(world: World) -> None:
    new = unsaved_decision(world)
    insert_new(new)
    with pytest.raises(IntegrityError), transaction.atomic():
        insert_new(unsaved_decision(world, id=new.id))
    assert Decision.objects.filter(pk=new.pk).count() == 1
