"""Serializers of the reports API."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from audit.hashing import format_time
from audit.models import AuditEvent


class VerifyQuerySerializer(serializers.Serializer[Any]):
    sha256 = serializers.CharField(max_length=80, help_text="SHA-256 of the report file, 64 hex digits.")


class VerifyUploadSerializer(serializers.Serializer[Any]):
    file = serializers.FileField(help_text="The report file (PDF); hashed, not stored.")


class GeneratedReportSerializer(serializers.Serializer[AuditEvent]):
    """One ``report.generated`` event, flattened."""

    seq = serializers.IntegerField()
    generated_at = serializers.SerializerMethodField()
    generated_by = serializers.CharField(source="actor_label")
    report = serializers.SerializerMethodField()
    size_bytes = serializers.SerializerMethodField()
    pages = serializers.SerializerMethodField()
    parameters = serializers.SerializerMethodField()
    head_seq = serializers.SerializerMethodField()
    checkpoint = serializers.SerializerMethodField()

    def get_generated_at(self, event: AuditEvent) -> str:
        return format_time(event.created_at)

    def get_report(self, event: AuditEvent) -> str:
        return str(event.payload.get("report", ""))

    def get_size_bytes(self, event: AuditEvent) -> int:
        return int(event.payload.get("size_bytes", 0))

    def get_pages(self, event: AuditEvent) -> int:
        return int(event.payload.get("pages", 0))

    def get_parameters(self, event: AuditEvent) -> dict[str, str]:
        return dict(event.payload.get("parameters") or {})

    def get_head_seq(self, event: AuditEvent) -> int:
        return int(event.payload.get("head_seq", 0))

    def get_checkpoint(self, event: AuditEvent) -> int | None:
        value = event.payload.get("checkpoint")
        return int(value) if value is not None else None


class VerifyResultSerializer(serializers.Serializer[Any]):
    sha256 = serializers.CharField()
    found = serializers.BooleanField()
    reports = GeneratedReportSerializer(many=True)
