"""Detection profile API: versions, drafts, preview on sample texts or a dataset, and publishing (session auth)."""

from __future__ import annotations

from typing import Any

from django.http import Http404
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.parsers import MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from audit.actors import Actor
from classifier.language import SUPPORTED_LANGUAGES
from config.errors import ApiError
from governance import detection_services as services
from governance.detection import DATASET_PREVIEW_MAX_BYTES, PREVIEW_MAX_TEXTS
from governance.models import DetectionProfileVersion

# Room for the multipart envelope and the form fields around the file.
_MULTIPART_OVERHEAD_BYTES = 64 * 1024


class DetectionProfileSerializer(serializers.ModelSerializer[DetectionProfileVersion]):
    class Meta:
        model = DetectionProfileVersion
        fields = ["number", "status", "label", "content", "content_hash", "notes", "created_by", "created_at",
                  "published_at"]  # fmt: skip
        read_only_fields = fields


class DetectionProfileInputSerializer(serializers.Serializer[Any]):
    content = serializers.JSONField()
    notes = serializers.CharField(required=False, allow_blank=True, default="")


class DetectionProfileUpdateSerializer(serializers.Serializer[Any]):
    content = serializers.JSONField()
    notes = serializers.CharField(required=False, allow_blank=True)


class PreviewInputSerializer(serializers.Serializer[Any]):
    texts = serializers.ListField(
        child=serializers.CharField(allow_blank=True, trim_whitespace=False),
        min_length=1,
        max_length=PREVIEW_MAX_TEXTS,
    )
    workload = serializers.SlugField(required=False, allow_null=True, default=None)


class RuleEffectSerializer(serializers.Serializer[Any]):
    rule_id = serializers.CharField()
    kind = serializers.CharField()
    entity_type = serializers.CharField()
    added = serializers.IntegerField()
    removed = serializers.IntegerField()


class SamplePreviewSerializer(serializers.Serializer[Any]):
    index = serializers.IntegerField()
    chars = serializers.IntegerField()
    level_before = serializers.CharField()
    level_after = serializers.CharField()
    categories_before = serializers.ListField(child=serializers.CharField())
    categories_after = serializers.ListField(child=serializers.CharField())
    effects = RuleEffectSerializer(many=True)


class PreviewSerializer(serializers.Serializer[Any]):
    samples = SamplePreviewSerializer(many=True)
    totals = RuleEffectSerializer(many=True)
    elapsed_ms = serializers.IntegerField()


class DatasetPreviewInputSerializer(serializers.Serializer[Any]):
    file = serializers.FileField(help_text="A .csv, .jsonl or .ndjson file, as for a dataset scan; read in memory.")
    text_column = serializers.CharField(default="text", max_length=100)
    id_column = serializers.CharField(default="id", max_length=100)
    language = serializers.ChoiceField(
        choices=["auto", *SUPPORTED_LANGUAGES], default="auto", help_text="auto: identify each row's language."
    )
    workload = serializers.SlugField(required=False, allow_null=True, default=None)


class RuleTallySerializer(serializers.Serializer[Any]):
    rule_id = serializers.CharField()
    kind = serializers.CharField()
    entity_type = serializers.CharField()
    rows = serializers.IntegerField(help_text="Rows in which the rule added or removed a finding.")
    added = serializers.IntegerField()
    removed = serializers.IntegerField()


class LevelChangeSerializer(serializers.Serializer[Any]):
    level_before = serializers.CharField()
    level_after = serializers.CharField()
    rows = serializers.IntegerField()


class DatasetPreviewSerializer(serializers.Serializer[Any]):
    file_format = serializers.CharField()
    rows_total = serializers.IntegerField()
    rows_scanned = serializers.IntegerField()
    rows_failed = serializers.IntegerField()
    stopped = serializers.CharField(help_text="'' (every row), 'rows' (the row limit) or 'time' (the time budget).")
    rules = RuleTallySerializer(many=True)
    levels = LevelChangeSerializer(many=True)
    changed_rows = serializers.ListField(child=serializers.DictField())
    row_errors = serializers.ListField(child=serializers.DictField())
    elapsed_ms = serializers.IntegerField()


def _version(number: int) -> DetectionProfileVersion:
    try:
        return services.detection_profile_get(number=number)
    except DetectionProfileVersion.DoesNotExist:
        raise Http404(f"No detection profile version {number}.") from None


class DetectionProfileListView(APIView):
    """Every version, newest first; POST opens a new draft."""

    @extend_schema(responses=DetectionProfileSerializer(many=True))
    def get(self, request: Request) -> Response:
        return Response(DetectionProfileSerializer(services.detection_profile_list()[:100], many=True).data)

    @extend_schema(request=DetectionProfileInputSerializer, responses={201: DetectionProfileSerializer})
    def post(self, request: Request) -> Response:
        data = DetectionProfileInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        version = services.detection_profile_draft_create(actor=Actor.for_user(request.user), **data.validated_data)
        return Response(DetectionProfileSerializer(version).data, status=status.HTTP_201_CREATED)


class DetectionProfileDetailView(APIView):
    """One version; PATCH changes a draft."""

    @extend_schema(responses=DetectionProfileSerializer)
    def get(self, request: Request, number: int) -> Response:
        return Response(DetectionProfileSerializer(_version(number)).data)

    @extend_schema(request=DetectionProfileUpdateSerializer, responses=DetectionProfileSerializer)
    def patch(self, request: Request, number: int) -> Response:
        data = DetectionProfileUpdateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        version = services.detection_profile_draft_update(
            actor=Actor.for_user(request.user), version=_version(number), **data.validated_data
        )
        return Response(DetectionProfileSerializer(version).data)


class DetectionProfilePublishView(APIView):
    """Put a draft in force: every worker uses it from its next pre-flight."""

    @extend_schema(request=None, responses=DetectionProfileSerializer)
    def post(self, request: Request, number: int) -> Response:
        version = services.detection_profile_publish(actor=Actor.for_user(request.user), version=_version(number))
        return Response(DetectionProfileSerializer(version).data)


class DetectionProfilePreviewView(APIView):
    """Classify sample texts without and with a version, in memory: levels, categories, each rule's effect."""

    @extend_schema(request=PreviewInputSerializer, responses=PreviewSerializer)
    def post(self, request: Request, number: int) -> Response:
        data = PreviewInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        result = services.detection_profile_preview(
            actor=Actor.for_user(request.user),
            version=_version(number),
            texts=data.validated_data["texts"],
            workload_slug=data.validated_data["workload"],
        )
        return Response(PreviewSerializer(result).data)


class DetectionProfileDatasetPreviewView(APIView):
    """Classify an uploaded dataset without and with a version, in memory and within a time budget: per rule
    the rows and findings it changes, and the level changes; counts, levels and row ids, never text."""

    parser_classes = [MultiPartParser]

    @extend_schema(request={"multipart/form-data": DatasetPreviewInputSerializer}, responses=DatasetPreviewSerializer)
    def post(self, request: Request, number: int) -> Response:
        version = _version(number)
        # Refuse an oversized body before parsing it, so the file stays in memory and is never spooled to disk.
        if int(request.META.get("CONTENT_LENGTH") or 0) > DATASET_PREVIEW_MAX_BYTES + _MULTIPART_OVERHEAD_BYTES:
            message = f"A preview takes a file of at most {DATASET_PREVIEW_MAX_BYTES:,} bytes; scan larger datasets."
            raise ApiError(status_code=413, code="file_too_large", message=message, fields={"file": [message]})
        data = DatasetPreviewInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        upload = data.validated_data["file"]
        result = services.detection_profile_preview_dataset(
            actor=Actor.for_user(request.user),
            version=version,
            data=upload.read(),
            filename=upload.name or "",
            text_column=data.validated_data["text_column"],
            id_column=data.validated_data["id_column"],
            language=data.validated_data["language"],
            workload_slug=data.validated_data["workload"],
        )
        return Response(DatasetPreviewSerializer(result).data)
