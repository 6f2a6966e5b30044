"""The admin site signs people in through the one audited sign-in page, not through its own form."""

from __future__ import annotations

import pytest
from django.test import Client

from audit.actions import AuditAction
from audit.models import AuditEvent
from tests.factories import UserFactory, officer

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


def test_the_admin_sends_people_to_the_sign_in_page_with_where_they_were_going() -> None:
    response = Client().get("/admin/governance/destination/", follow=True)

    first, second = response.redirect_chain[:2]
    assert first[0].startswith("/admin/login/")
    assert second[0] == "/accounts/login/?next=%2Fadmin%2Fgovernance%2Fdestination%2F"
    assert response.status_code == 200


def test_a_next_address_on_another_site_is_replaced_by_the_admin_index() -> None:
    response = Client().get("/admin/login/", {"next": "https://evil.example/phish"})
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=%2Fadmin%2F"


def test_a_staff_sign_in_for_the_admin_is_audited_and_lands_in_the_admin() -> None:
    UserFactory(username="root", is_staff=True, is_superuser=True)
    client = Client()

    response = client.post("/accounts/login/?next=/admin/", {"username": "root", "password": PASSWORD})

    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
    (login,) = AuditEvent.objects.filter(action=AuditAction.AUTH_LOGIN)
    assert login.actor_label == "root"


def test_someone_signed_in_without_staff_rights_is_refused_not_sent_round_in_circles() -> None:
    client = Client()
    client.force_login(officer(username="olivia"))
    response = client.get("/admin/login/", {"next": "/admin/"})
    assert response.status_code == 403
