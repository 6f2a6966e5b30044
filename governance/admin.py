"""Admin is read-mostly: writes go through services (and the audit log), not admin forms."""

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from governance.models import ChangeRequest, Destination, Screening, Workload


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class ScreeningInline(admin.StackedInline):
    model = Screening
    can_delete = False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Workload)
class WorkloadAdmin(ReadOnlyAdmin):
    list_display = ("slug", "name", "owner", "status", "tier", "role")
    list_filter = ("status", "tier", "role")
    search_fields = ("slug", "name", "owner")
    inlines = [ScreeningInline]


@admin.register(Destination)
class DestinationAdmin(ReadOnlyAdmin):
    list_display = (
        "slug", "provider", "model", "kind", "jurisdiction", "transfer_mechanism", "dpa_signed", "active",
        "credential_ref", "upstream_models",
    )  # fmt: skip
    list_filter = ("kind", "transfer_mechanism", "active")
    search_fields = ("slug", "provider", "model")


@admin.register(ChangeRequest)
class ChangeRequestAdmin(ReadOnlyAdmin):
    list_display = ("pk", "kind", "target", "status", "requested_by", "requested_at", "decided_by")
    list_filter = ("kind", "status")
    search_fields = ("target", "requested_by", "decided_by")
