from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from identity.models import ExternalAccount, SessionRevocation


class ReadOnlyAdmin(admin.ModelAdmin):
    """Shown, never edited here: provider accounts change at sign-in, revocations through "sign out everywhere"."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(ExternalAccount)
class ExternalAccountAdmin(ReadOnlyAdmin):
    list_display = ("user", "issuer", "subject", "created_at", "last_login_at")
    search_fields = ("user__username", "subject")


@admin.register(SessionRevocation)
class SessionRevocationAdmin(ReadOnlyAdmin):
    list_display = ("user", "not_before")
