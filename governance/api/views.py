"""Registry API: workloads and destinations for people (session auth)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from audit.actors import Actor
from config.errors import ApiError
from governance import selectors, services
from governance.api.serializers import (
    ApprovalSerializer,
    DestinationSerializer,
    TransitionSerializer,
    WorkloadInputSerializer,
    WorkloadSerializer,
    WorkloadUpdateSerializer,
)
from governance.changes import destination_change_needs_second_officer, workload_approval_needs_second_officer
from governance.checklist import checklist_applies, checklist_confirm
from governance.lifecycle import InvalidTransition
from governance.models import Destination, Workload


def _transition_error(exc: InvalidTransition) -> ApiError:
    return ApiError(status_code=409, code="invalid_transition", message=str(exc), fields={"status": [str(exc)]})


class WorkloadViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """AI workloads: list, detail, register, change, and lifecycle actions."""

    lookup_field = "slug"
    serializer_class = WorkloadSerializer

    def get_queryset(self) -> Any:
        return selectors.workload_list(
            status=self.request.query_params.get("status"), tier=self.request.query_params.get("tier")
        )

    @extend_schema(
        parameters=[
            OpenApiParameter("status", str, enum=Workload.Status.values),
            OpenApiParameter("tier", str, enum=Workload.Tier.values),
        ]
    )
    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().list(request, *args, **kwargs)

    @extend_schema(request=WorkloadInputSerializer, responses={201: WorkloadSerializer})
    def create(self, request: Request) -> Response:
        data = WorkloadInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        workload = services.workload_register(actor=Actor.for_user(request.user), **data.validated_data)
        return Response(WorkloadSerializer(workload).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=WorkloadUpdateSerializer, responses=WorkloadSerializer)
    def partial_update(self, request: Request, slug: str) -> Response:
        workload = get_object_or_404(Workload, slug=slug)
        data = WorkloadUpdateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        workload = services.workload_update(
            actor=Actor.for_user(request.user), workload=workload, **data.validated_data
        )
        return Response(WorkloadSerializer(selectors.workload_list().get(pk=workload.pk)).data)

    def _transition(self, request: Request, slug: str, service: Any, **extra: Any) -> Response:
        workload = get_object_or_404(Workload, slug=slug)
        data = TransitionSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        try:
            workload = service(
                actor=Actor.for_user(request.user), workload=workload, reason=data.validated_data["reason"], **extra
            )
        except InvalidTransition as exc:
            raise _transition_error(exc) from exc
        return Response(WorkloadSerializer(selectors.workload_list().get(pk=workload.pk)).data)

    @extend_schema(request=ApprovalSerializer, responses=WorkloadSerializer)
    @action(detail=True, methods=["post"])
    def approve(self, request: Request, slug: str) -> Response:
        """Approve; a high-risk workload needs the Art. 26 deployer checklist, as on the web page."""
        workload = get_object_or_404(Workload, slug=slug)
        if workload_approval_needs_second_officer(workload):
            raise _four_eyes_error(f"/workloads/{slug}/approve/")
        data = ApprovalSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        checklist = None
        if checklist_applies(workload):
            try:
                checklist = checklist_confirm(workload, data.validated_data.get("checklist"))
            except ValidationError as exc:
                raise _checklist_error(exc) from exc
        return self._transition(request, slug, services.workload_approve, checklist=checklist)

    @extend_schema(request=TransitionSerializer, responses=WorkloadSerializer)
    @action(detail=True, methods=["post"])
    def suspend(self, request: Request, slug: str) -> Response:
        return self._transition(request, slug, services.workload_suspend)

    @extend_schema(request=TransitionSerializer, responses=WorkloadSerializer)
    @action(detail=True, methods=["post"])
    def retire(self, request: Request, slug: str) -> Response:
        return self._transition(request, slug, services.workload_retire)


class DestinationViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """The destination catalogue: list, detail, add and change (deactivate with active=false)."""

    lookup_field = "slug"
    serializer_class = DestinationSerializer

    def get_queryset(self) -> Any:
        return selectors.destination_list(kind=self.request.query_params.get("kind"))

    def create(self, request: Request) -> Response:
        data = DestinationSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        if destination_change_needs_second_officer(None, data.validated_data):
            raise _four_eyes_error("/destinations/new/")
        destination = services.destination_create(actor=Actor.for_user(request.user), **data.validated_data)
        return Response(DestinationSerializer(destination).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request: Request, slug: str) -> Response:
        destination = get_object_or_404(Destination, slug=slug)
        data = DestinationSerializer(destination, data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        changes = {k: v for k, v in data.validated_data.items() if k != "slug"}
        if data.validated_data.get("slug", slug) != slug:
            raise ApiError(
                status_code=400,
                code="invalid",
                message="The slug cannot be changed.",
                fields={"slug": ["The slug cannot be changed."]},
            )
        if destination_change_needs_second_officer(destination, changes):
            raise _four_eyes_error(f"/destinations/{slug}/edit/")
        destination = services.destination_update(
            actor=Actor.for_user(request.user), destination=destination, **changes
        )
        return Response(DestinationSerializer(destination).data)


def _checklist_error(exc: ValidationError) -> ApiError:
    fields = exc.message_dict
    missing = ", ".join(name.removeprefix("checklist.") for name in sorted(fields))
    return ApiError(
        status_code=400,
        code="checklist_required",
        message=f"Approving a high-risk workload needs the Art. 26 deployer checklist; not confirmed: {missing}.",
        fields=fields,
    )


def _four_eyes_error(ui_path: str) -> ApiError:
    """Four-eyes control (governance.changes): the change needs a second officer, which the web UI arranges."""
    return ApiError(
        status_code=409,
        code="four_eyes_required",
        message=f"This change needs a second officer's approval (CUSTOS_FOUR_EYES): request it at {ui_path}.",
    )
