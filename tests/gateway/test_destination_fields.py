"""The gateway's destination fields in the web form, the API and the admin: a reference, never a key."""

from __future__ import annotations

from django.test import Client

from governance.api.serializers import DestinationSerializer
from governance.models import Destination
from tests.factories import DestinationFactory

FORM = {
    "slug": "eu-api",
    "provider": "Example AI",
    "model": "example-large",
    "endpoint_url": "https://api.example.eu/v1",
    "kind": "external",
    "jurisdiction": "IE",
    "region": "",
    "transfer_mechanism": "eea",
    "active": "on",
}


def test_the_web_form_takes_a_credential_reference_and_refuses_a_key(officer_client: Client) -> None:
    DestinationFactory(slug="eu-api", jurisdiction="IE")
    page = officer_client.get("/destinations/eu-api/edit/").content.decode()
    assert 'name="credential_ref"' in page and 'name="upstream_models"' in page
    refused = officer_client.post("/destinations/eu-api/edit/", {**FORM, "credential_ref": "sk-live-secret"})
    assert refused.status_code == 200 and "env:NAME" in refused.content.decode()
    assert Destination.objects.get(slug="eu-api").credential_ref == ""
    saved = officer_client.post(
        "/destinations/eu-api/edit/",
        {**FORM, "credential_ref": "env:EU_API_KEY", "upstream_models": '["small-fast"]'},
    )
    assert saved.status_code == 302
    destination = Destination.objects.get(slug="eu-api")
    assert (destination.credential_ref, destination.upstream_models) == ("env:EU_API_KEY", ["small-fast"])
    # Left empty, the model list is an empty list, not an error.
    assert officer_client.post("/destinations/eu-api/edit/", {**FORM, "upstream_models": ""}).status_code == 302
    assert Destination.objects.get(slug="eu-api").upstream_models == []


def test_the_api_serializes_the_gateway_fields(db: None) -> None:
    destination = DestinationFactory(credential_ref="file:/run/secrets/eu", upstream_models=["a"])
    body = DestinationSerializer(destination).data
    assert body["credential_ref"] == "file:/run/secrets/eu" and body["upstream_models"] == ["a"]
