from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from audit.models import AuditEvent, Checkpoint, Export


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """Read-only: the audit log is append-only, even for superusers."""

    list_display = ("seq", "created_at", "actor_label", "action", "subject_type", "subject_id")
    list_filter = ("action", "subject_type", "actor_type")
    search_fields = ("subject_id", "actor_label", "hash")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class ReadOnlyAdmin(admin.ModelAdmin):
    """Shown, never edited here: checkpoints are append-only, exports change only through their task."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Checkpoint)
class CheckpointAdmin(ReadOnlyAdmin):
    list_display = ("id", "tree_size", "root_hash", "created_at", "key_id")
    search_fields = ("root_hash",)


@admin.register(Export)
class ExportAdmin(ReadOnlyAdmin):
    list_display = ("id", "status", "created_at", "requested_by_label", "exported", "total", "finished_at")
    list_filter = ("status",)
