"""Input and output shapes of the registry API."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from governance.models import DataCategory, Destination, Level, Screening, Workload
from governance.services import DESTINATION_FIELDS, SCREENING_FIELDS
from governance.strategy import recommend_deployment
from governance.tiers import compute_tier


class ScreeningSerializer(serializers.ModelSerializer):
    class Meta:
        model = Screening
        fields = SCREENING_FIELDS


class ScreeningInputSerializer(serializers.ModelSerializer):
    class Meta:
        model = Screening
        fields = SCREENING_FIELDS
        extra_kwargs = {name: {"required": False} for name in SCREENING_FIELDS}


class RecommendationSerializer(serializers.Serializer):
    deployment = serializers.CharField()
    label = serializers.CharField()  # type: ignore[assignment]  # a field named like Field.label
    reason = serializers.CharField()


class WorkloadSerializer(serializers.ModelSerializer):
    allowed_destinations = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)  # type: ignore[var-annotated]
    screening = ScreeningSerializer(read_only=True)
    tier_reason = serializers.SerializerMethodField()
    recommendation = serializers.SerializerMethodField()

    class Meta:
        model = Workload
        fields = (
            "slug", "name", "owner", "business_unit", "purpose", "status", "role", "gpai_use", "data_categories",
            "allowed_destinations", "oversight_contact", "log_retention_days", "quality_priority", "request_volume",
            "cost_sensitivity", "residency_need", "tier", "tier_reason", "recommendation", "screening", "version",
            "created_at", "updated_at",
        )  # fmt: skip
        read_only_fields = fields

    def get_tier_reason(self, workload: Workload) -> str:
        return compute_tier(workload.screening).reason

    @extend_schema_field(RecommendationSerializer)
    def get_recommendation(self, workload: Workload) -> dict[str, str]:
        advice = recommend_deployment(
            quality_priority=workload.quality_priority,
            request_volume=workload.request_volume,
            cost_sensitivity=workload.cost_sensitivity,
            residency_need=workload.residency_need,
        )
        return {"deployment": advice.deployment, "label": advice.label, "reason": advice.reason}


class WorkloadInputSerializer(serializers.Serializer):
    """What a person may send to register or change a workload."""

    slug = serializers.CharField(max_length=64)
    name = serializers.CharField(max_length=200)
    owner = serializers.CharField(max_length=200)
    purpose = serializers.CharField()
    business_unit = serializers.CharField(max_length=200, required=False, allow_blank=True)
    role = serializers.ChoiceField(choices=Workload.Role.choices, required=False)
    gpai_use = serializers.BooleanField(required=False)
    data_categories = serializers.ListField(child=serializers.ChoiceField(choices=DataCategory.choices), required=False)
    allowed_destinations = serializers.ListField(child=serializers.CharField(max_length=64), required=False)
    oversight_contact = serializers.EmailField(required=False, allow_blank=True)
    log_retention_days = serializers.IntegerField(min_value=1, max_value=36500, required=False)
    quality_priority = serializers.ChoiceField(choices=Level.choices, required=False)
    request_volume = serializers.ChoiceField(choices=Level.choices, required=False)
    cost_sensitivity = serializers.ChoiceField(choices=Level.choices, required=False)
    residency_need = serializers.ChoiceField(choices=Level.choices, required=False)
    screening = ScreeningInputSerializer(required=False)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        unknown = sorted(set(self.initial_data) - set(self.fields))
        if unknown:
            raise serializers.ValidationError({name: "Unknown field." for name in unknown})
        return attrs


class WorkloadUpdateSerializer(WorkloadInputSerializer):
    """Like the input serializer, but the slug is fixed and every field optional."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields.pop("slug")
        for field in self.fields.values():
            field.required = False


class TransitionSerializer(serializers.Serializer):
    reason = serializers.CharField(required=False, allow_blank=True, max_length=1000, default="")


class DeployerChecklistSerializer(serializers.Serializer):
    """The Art. 26 deployer checklist (governance.checklist checks it, the same rule as the web page)."""

    oversight_assigned = serializers.BooleanField(required=False, help_text="Human oversight is assigned (26(2)).")
    logs_kept = serializers.BooleanField(required=False, help_text="Logs are kept at least six months (26(6)).")
    workers_informed = serializers.BooleanField(required=False, help_text="Workers are informed (26(7)).")
    dpia_reference = serializers.CharField(required=False, allow_blank=True, max_length=200)
    public_service = serializers.BooleanField(required=False, help_text="Public body or public services (27(1)).")
    fria_reference = serializers.CharField(required=False, allow_blank=True, max_length=200)

    def to_internal_value(self, data: Any) -> Any:
        if isinstance(data, dict):
            unknown = sorted(set(data) - set(self.fields))
            if unknown:
                raise serializers.ValidationError({name: "Unknown checklist item." for name in unknown})
        return super().to_internal_value(data)


class ApprovalSerializer(TransitionSerializer):
    """An approval: the reason, and for a high-risk workload the deployer checklist (Art. 26)."""

    checklist = DeployerChecklistSerializer(required=False, help_text="Required for a high-risk workload.")


class DestinationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Destination
        fields = ("slug", *DESTINATION_FIELDS, "created_at", "updated_at")
        read_only_fields = ("created_at", "updated_at")
        # Uniqueness is checked by the service's full_clean, in its transaction.
        extra_kwargs: dict[str, dict[str, Any]] = {"slug": {"validators": []}}

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        unknown = sorted(set(self.initial_data) - set(self.fields))
        if unknown:
            raise serializers.ValidationError({name: "Unknown field." for name in unknown})
        return attrs
