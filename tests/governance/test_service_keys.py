"""Service keys: format, hashing, scope, revoke and rotate, and the audit of each."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone

from audit.models import AuditEvent
from governance import services
from governance.keys import KEY_PATTERN, generate_key, hash_key, parse_prefix
from governance.models import ServiceKey
from tests.factories import SYSTEM, make_workload

REPO = Path(__file__).resolve().parents[2]


def test_generated_keys_match_the_scanner_pattern_and_checksum() -> None:
    key = generate_key()
    assert KEY_PATTERN.match(key.plaintext)
    assert parse_prefix(key.plaintext) == key.prefix
    assert key.key_hash == hash_key(key.plaintext)
    typo = key.plaintext[:-7] + ("A" if key.plaintext[-7] != "A" else "B") + key.plaintext[-6:]
    assert parse_prefix(typo) is None
    assert parse_prefix("sk-not-ours") is None


@pytest.mark.django_db
def test_create_stores_only_the_hash_and_audits() -> None:
    workload = make_workload()
    key, plaintext = services.servicekey_create(actor=SYSTEM, name="billing", workloads=[workload])
    assert plaintext.startswith(key.prefix + "_")
    assert key.key_hash == hash_key(plaintext)
    stored = ServiceKey.objects.get(pk=key.pk)
    assert plaintext not in {stored.prefix, stored.key_hash, stored.name}
    event = AuditEvent.objects.get(action="servicekey.create")
    assert event.subject_id == key.prefix
    assert plaintext not in str(event.payload)


@pytest.mark.django_db
def test_a_key_needs_a_scope() -> None:
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        services.servicekey_create(actor=SYSTEM, name="nothing", workloads=[])


@pytest.mark.django_db
def test_revoke_and_rotate_are_audited() -> None:
    workload = make_workload()
    key, _ = services.servicekey_create(actor=SYSTEM, name="k", workloads=[workload])
    successor, plaintext = services.servicekey_rotate(actor=SYSTEM, key=key, overlap=dt.timedelta(minutes=10))
    key.refresh_from_db()
    assert key.replaced_by == successor
    assert key.expires_at is not None and timezone.now() < key.expires_at <= timezone.now() + dt.timedelta(minutes=10)
    assert list(successor.workloads.all()) == [workload]
    assert parse_prefix(plaintext) == successor.prefix
    services.servicekey_revoke(actor=SYSTEM, key=successor, reason="leaked")
    actions = list(AuditEvent.objects.filter(subject_type="service_key").values_list("action", flat=True))
    assert actions == ["servicekey.create", "servicekey.rotate", "servicekey.revoke"]


@pytest.mark.django_db
def test_command_prints_only_the_key_on_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    make_workload(slug="cli-one")
    make_workload(slug="cli-two")
    call_command("servicekey_create", "--workload", "cli-one", "--workload", "cli-two", "--name", "ops")
    out, err = capsys.readouterr()
    assert KEY_PATTERN.match(out.strip())
    assert "shown only once" in err
    key = ServiceKey.objects.get(prefix=parse_prefix(out.strip()))
    assert sorted(key.workloads.values_list("slug", flat=True)) == ["cli-one", "cli-two"]


@pytest.mark.django_db
def test_command_rejects_unknown_workloads() -> None:
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Unknown workload"):
        call_command("servicekey_create", "--workload", "ghost")


def test_command_usage_error_exits_non_zero() -> None:
    result = subprocess.run(
        [sys.executable, "manage.py", "servicekey_create", "--settings=config.test_settings"],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode != 0
    assert "--workload" in result.stderr
    assert result.stdout == ""
