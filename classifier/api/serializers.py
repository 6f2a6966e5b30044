"""Input and output shapes of the classifier API (dataset scans)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from classifier.models import DatasetScan


class DatasetScanCreateSerializer(serializers.Serializer):
    """Multipart form: the dataset file and how to read it."""

    file = serializers.FileField(help_text="A .csv (with a header row) or .jsonl/.ndjson file, UTF-8.")
    text_column = serializers.CharField(
        max_length=200, default="text", help_text="Column (CSV) or key (JSONL) with the text."
    )
    id_column = serializers.CharField(
        max_length=200, default="id", help_text="Column or key with the row id; the row number when absent."
    )
    language = serializers.CharField(
        max_length=16,
        default="auto",
        help_text="auto (identify each row's language) or one of en, de, fr, it, es, nl, pl.",
    )


class RiskyRowSerializer(serializers.Serializer):
    row = serializers.IntegerField(help_text="1-based record number (header and blank lines not counted).")
    id = serializers.CharField()
    level = serializers.CharField()
    findings = serializers.IntegerField()
    categories = serializers.ListField(child=serializers.CharField())


class RowErrorSerializer(serializers.Serializer):
    row = serializers.IntegerField()
    id = serializers.CharField()
    error = serializers.CharField()


class DatasetScanReportSerializer(serializers.Serializer):
    """Counts and row ids; never row text."""

    levels = serializers.DictField(child=serializers.IntegerField(), help_text="Rows per level.")
    categories = serializers.DictField(child=serializers.IntegerField(), help_text="Rows per category.")
    entities = serializers.DictField(child=serializers.IntegerField(), help_text="Findings per entity type.")
    second_opinion = serializers.DictField(
        child=serializers.IntegerField(), help_text="Rows per LLM second-opinion state (used, off, unavailable:...)."
    )
    riskiest = RiskyRowSerializer(many=True)
    row_errors = RowErrorSerializer(many=True, help_text="The first rows that could not be classified.")


class DatasetScanSerializer(serializers.ModelSerializer):
    progress = serializers.FloatField(read_only=True, allow_null=True, help_text="0..1; null until rows are counted.")
    created_by = serializers.SerializerMethodField()
    report = serializers.SerializerMethodField()

    class Meta:
        model = DatasetScan
        fields = (
            "id", "status", "progress", "rows_total", "rows_done", "rows_failed", "error", "report", "filename",
            "file_format", "size_bytes", "text_column", "id_column", "language", "created_by", "created_at",
            "started_at", "finished_at",
        )  # fmt: skip
        read_only_fields = fields

    def get_created_by(self, scan: DatasetScan) -> str:
        return scan.created_by.get_username() if scan.created_by else ""

    @extend_schema_field(DatasetScanReportSerializer(allow_null=True))
    def get_report(self, scan: DatasetScan) -> dict[str, Any] | None:
        return scan.report or None
