"""demo_data loads the README's demo set once; running it again changes nothing."""

from __future__ import annotations

import pytest
from django.contrib.auth import authenticate
from django.core.management import call_command
from django.test import RequestFactory, override_settings

from audit.chain import verify_chain
from audit.models import AuditEvent
from governance.models import Destination, Workload

pytestmark = pytest.mark.django_db


@override_settings(CUSTOS_DEMO_PASSWORD="demo-password-for-tests")
def test_demo_data_is_complete_and_idempotent(capsys: pytest.CaptureFixture[str]) -> None:
    call_command("demo_data")
    assert "officer / demo-password-for-tests" in capsys.readouterr().out
    statuses = dict(Workload.objects.values_list("slug", "status"))
    assert statuses == {
        "cv-screener": "approved",
        "support-summarizer": "approved",
        "code-assistant": "approved",
        "marketing-copy": "draft",
    }
    assert Workload.objects.get(slug="cv-screener").tier == "high_risk"
    assert set(Destination.objects.values_list("slug", flat=True)) == {
        "onprem-vllm-fra",
        "eu-proprietary",
        "us-dpf-proprietary",
        "us-no-mechanism",
    }
    for slug in ("cv-screener", "support-summarizer", "code-assistant"):
        assert Workload.objects.get(slug=slug).allowed_destinations.count() == 4
    sign_in = RequestFactory().post("/accounts/login/")  # login throttling (django-axes) needs the request
    assert authenticate(sign_in, username="officer", password="demo-password-for-tests") is not None
    assert authenticate(sign_in, username="auditor", password="demo-password-for-tests") is not None

    events = AuditEvent.objects.count()
    call_command("demo_data")
    assert "nothing changed" in capsys.readouterr().out
    assert AuditEvent.objects.count() == events
    assert verify_chain().ok
