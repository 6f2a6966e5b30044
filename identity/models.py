"""Who a person is at the identity provider, and when their sessions were last revoked."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class ExternalAccount(models.Model):
    """A person's account at the OpenID provider (issuer + subject), linked to the Custos user it signs in as."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="external_account")
    issuer = models.CharField(max_length=255)
    subject = models.CharField(max_length=255)
    created_at = models.DateTimeField(auto_now_add=True)
    last_login_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["issuer", "subject"], name="identity_externalaccount_issuer_subject"),
        ]

    def __str__(self) -> str:
        return f"{self.subject} at {self.issuer}"


class SessionRevocation(models.Model):
    """Every session of ``user`` that began before ``not_before`` is over ("sign out everywhere")."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="session_revocation"
    )
    not_before = models.DateTimeField()

    def __str__(self) -> str:
        return f"sessions of user {self.user_id} before {self.not_before.isoformat()}"
