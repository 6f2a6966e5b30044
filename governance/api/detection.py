"""Detection profile API: versions, drafts, preview on sample texts, and publishing (session auth)."""

from __future__ import annotations

from typing import Any

from django.http import Http404
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from audit.actors import Actor
from governance import detection_services as services
from governance.detection import PREVIEW_MAX_TEXTS
from governance.models import DetectionProfileVersion


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
