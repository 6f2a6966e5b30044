"""API pages: huge limit and offset values get a page, never a server error."""

from __future__ import annotations

from django.test import Client

from tests.factories import make_destination, make_workload


def test_huge_limit_is_capped_and_huge_offset_is_past_the_end(officer_client: Client) -> None:
    make_destination(slug="eu-api")
    make_workload(slug="support", allowed_destinations=["eu-api"])  # an empty list never reaches the database
    page = officer_client.get("/api/v1/workloads/", {"limit": 2**63}).json()
    assert [workload["slug"] for workload in page["results"]] == ["support"]
    past_the_end = officer_client.get("/api/v1/workloads/", {"offset": 2**70}).json()
    assert past_the_end["results"] == []
    assert officer_client.get("/api/v1/destinations/", {"limit": 2**63, "offset": 2**64}).status_code == 200
