"""The Art. 12 log summary counts what the pre-flight actually decided, within the period asked for."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import pytest
from django.utils import timezone

from governance import services
from governance.models import Decision, PolicyVersion
from governance.policy import DEFAULT_POLICY
from reports.builders import Period, art12_summary, default_period, log_activity
from tests.factories import SYSTEM
from tests.world import World

CLEAN = "Please summarise the attached quarterly product roadmap in three bullet points."
CONTACT = "Customer Maria Schmidt (maria.schmidt@example.com, +49 30 1234567) asks about her last invoice."
HEALTH = "Our employee John Miller was diagnosed with diabetes last month and needs reduced hours."
API_KEY = "Deploy with AWS key AKIAIOSFODNN7EXAMPLE and token ghp_abcdefghijklmnopqrstuvwxyz0123456789 please."

pytestmark = pytest.mark.django_db


def decide(world: World, destination: str, text: str) -> dict[str, Any]:
    response = world.preflight(destination=destination, input=text)
    assert response.status_code == 200, response.content
    return response.json()


def test_summary_matches_the_decisions_made(world: World) -> None:
    bodies = [
        decide(world, "eu-api", CLEAN),
        decide(world, "onprem", HEALTH),
        decide(world, "us-none", CONTACT),
        decide(world, "eu-api", HEALTH),
        decide(world, "eu-api", API_KEY),
    ]
    assert [b["decision"] for b in bodies] == ["allow", "allow", "redact", "deny", "deny"]
    summary = art12_summary(world.workload, default_period())

    assert summary.total == 5
    assert summary.outcomes == {"allow": 2, "redact": 1, "deny": 2}
    decisions = Decision.objects.filter(workload=world.workload)
    assert summary.first_decision_at == min(d.created_at for d in decisions)
    assert summary.last_decision_at == max(d.created_at for d in decisions)
    assert summary.first_audit_seq == min(d.audit_seq for d in decisions)
    assert summary.last_audit_seq == max(d.audit_seq for d in decisions)
    uses = {u.destination: (u.total, u.allow, u.redact, u.deny) for u in summary.destinations}
    assert uses == {"eu-api": (3, 1, 0, 2), "onprem": (1, 1, 0, 0), "us-none": (1, 0, 1, 0)}
    expected_denials = Counter(
        code for b in bodies if b["decision"] == "deny" for code in {r["code"] for r in b["reasons"]}
    )
    expected_redactions = Counter(
        code for b in bodies if b["decision"] == "redact" for code in {r["code"] for r in b["reasons"]}
    )
    assert summary.denial_reasons == dict(expected_denials)
    assert {"special_category_on_prem_only", "credentials_never_leave"} <= set(summary.denial_reasons)
    assert summary.redaction_reasons == dict(expected_redactions)
    assert "no_transfer_basis" in summary.redaction_reasons
    expected_categories = Counter(c for b in bodies for c in set(b["classification"]["categories"]))
    assert summary.categories == dict(expected_categories)
    policy = PolicyVersion.objects.get(status="published")
    assert [(p.number, p.content_hash, p.decisions) for p in summary.policy_versions] == [
        (policy.number, policy.content_hash, 5)
    ]


def test_the_period_bounds_what_is_counted(world: World) -> None:
    # Decisions are append-only (their time is their audit event's): the period moves instead.
    earlier = decide(world, "eu-api", HEALTH)
    later = decide(world, "eu-api", CLEAN)
    between = Decision.objects.get(pk=later["decision_id"]).created_at
    after_the_first = Period(since=between, until=timezone.now() + dt.timedelta(seconds=1))
    assert art12_summary(world.workload, after_the_first).outcomes == {"allow": 1, "redact": 0, "deny": 0}
    before_the_second = Period(since=timezone.now() - dt.timedelta(days=1), until=between)
    assert art12_summary(world.workload, before_the_second).outcomes == {"allow": 0, "redact": 0, "deny": 1}
    assert earlier["decision"] == "deny"
    last_60 = Period(since=timezone.now() - dt.timedelta(days=60), until=timezone.now() + dt.timedelta(seconds=1))
    assert art12_summary(world.workload, last_60).total == 2
    empty = art12_summary(
        world.workload, Period(since=timezone.now() + dt.timedelta(days=1), until=timezone.now() + dt.timedelta(days=2))
    )
    assert empty.total == 0 and empty.first_decision_at is None and empty.policy_versions == []
    assert {a.workload.slug: a.decisions for a in log_activity(after_the_first)} == {"support": 1}


def test_each_policy_version_in_force_is_listed_with_its_hash(world: World) -> None:
    decide(world, "eu-api", CLEAN)
    draft = services.policy_draft_create(actor=SYSTEM, content={**DEFAULT_POLICY, "rules": DEFAULT_POLICY["rules"][:2]})
    services.policy_publish(actor=SYSTEM, version=draft)
    decide(world, "eu-api", CLEAN)
    decide(world, "eu-api", CLEAN)
    versions = [
        (p.number, p.content_hash, p.decisions) for p in art12_summary(world.workload, default_period()).policy_versions
    ]
    first = PolicyVersion.objects.get(number=1)
    assert versions == [(1, first.content_hash, 1), (draft.number, draft.content_hash, 2)]
