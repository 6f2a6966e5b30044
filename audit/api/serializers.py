"""Serializers of the read-only audit API."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from audit.hashing import format_time
from audit.models import AuditEvent, Checkpoint

MAX_LIMIT = 500


@extend_schema_field(OpenApiTypes.DATETIME)
class EntryTimeField(serializers.Field):
    """The time exactly as hashed: UTC, microseconds, 'Z' (DRF's own format drops zero microseconds)."""

    def to_representation(self, value: datetime) -> str:
        return format_time(value)


class EventSerializer(serializers.ModelSerializer):
    created_at = EntryTimeField(read_only=True)

    class Meta:
        model = AuditEvent
        fields = [
            "seq",
            "created_at",
            "actor_type",
            "actor_id",
            "actor_label",
            "action",
            "subject_type",
            "subject_id",
            "payload",
            "prev_hash",
            "hash",
        ]
        read_only_fields = fields


class EventQuerySerializer(serializers.Serializer):
    action = serializers.CharField(required=False)
    subject_type = serializers.CharField(required=False)
    subject_id = serializers.CharField(required=False)
    since = serializers.DateTimeField(required=False, help_text="inclusive, ISO 8601")
    until = serializers.DateTimeField(required=False, help_text="exclusive, ISO 8601")
    after_seq = serializers.IntegerField(required=False, min_value=0, default=0, help_text="cursor: events after it")
    limit = serializers.IntegerField(required=False, min_value=1, max_value=MAX_LIMIT, default=50)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if attrs.get("since") and attrs.get("until") and attrs["since"] >= attrs["until"]:
            raise serializers.ValidationError({"until": "The end of the period must be after its start."})
        return attrs


class EventPageSerializer(serializers.Serializer):
    results = EventSerializer(many=True)
    next = serializers.URLField(allow_null=True, help_text="the next page (after_seq cursor), null on the last")


class CheckpointSerializer(serializers.ModelSerializer):
    created_at = EntryTimeField(read_only=True)

    class Meta:
        model = Checkpoint
        fields = ["id", "tree_size", "root_hash", "created_at", "origin", "key_id", "signature", "note"]
        read_only_fields = fields


class InclusionProofSerializer(serializers.Serializer):
    seq = serializers.IntegerField()
    leaf_index = serializers.IntegerField(help_text="seq - 1")
    leaf_hash = serializers.CharField(help_text="hex SHA-256(0x00 || canonical entry)")
    event_hash = serializers.CharField(help_text="the event's chain hash")
    tree_size = serializers.IntegerField()
    root_hash = serializers.CharField(help_text="hex Merkle root of the first tree_size events")
    audit_path = serializers.ListField(child=serializers.CharField(), help_text="hex hashes, RFC 9162 §2.1.3")
    against = serializers.ChoiceField(
        choices=["checkpoint", "current_tree"],
        help_text="checkpoint: the newest signed checkpoint covering the event; "
        "current_tree: no checkpoint covers it yet, the root is fresh and unsigned",
    )
    checkpoint = CheckpointSerializer(allow_null=True)


class ConsistencyQuerySerializer(serializers.Serializer):
    first = serializers.IntegerField(min_value=1)
    second = serializers.IntegerField(min_value=1, required=False, help_text="default: the newest checkpoint's size")


class ConsistencyProofSerializer(serializers.Serializer):
    first = serializers.IntegerField()
    second = serializers.IntegerField()
    first_root_hash = serializers.CharField()
    second_root_hash = serializers.CharField()
    proof = serializers.ListField(child=serializers.CharField(), help_text="hex hashes, RFC 9162 §2.1.4")


class PublicKeySerializer(serializers.Serializer):
    algorithm = serializers.CharField()
    key_name = serializers.CharField(help_text="the log origin")
    key_id = serializers.CharField(help_text="hex, first 4 bytes of SHA-256(name || '\\n' || 0x01 || key)")
    public_key = serializers.CharField(help_text="base64 of the 32-byte Ed25519 public key")
    verifier_key = serializers.CharField(help_text="signed-note verifier key: name+keyid+base64(0x01 || key)")
    retired_verifier_keys = serializers.ListField(child=serializers.CharField())
