from __future__ import annotations

from typing import Any

from rest_framework import serializers

from governance.models import Destination
from integrations.models import ModelRoute


class ModelRouteSerializer(serializers.ModelSerializer):
    destination = serializers.SlugRelatedField(slug_field="slug", queryset=Destination.objects.all())

    class Meta:
        model = ModelRoute
        fields = ("name", "destination", "created_at", "updated_at")
        read_only_fields = ("created_at", "updated_at")
        # A route is saved by name (create or move): uniqueness is the service's business.
        extra_kwargs: dict[str, dict[str, Any]] = {"name": {"validators": []}}
