"""Model routes in the admin: read-only, like the catalogue; changes go through the API (and the audit log)."""

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from integrations.models import ModelRoute


@admin.register(ModelRoute)
class ModelRouteAdmin(admin.ModelAdmin):
    list_display = ("name", "destination", "updated_at")
    search_fields = ("name", "destination__slug")

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
