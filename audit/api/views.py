"""Read-only audit API: events, inclusion and consistency proofs, checkpoints, the public key."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from drf_spectacular.utils import extend_schema
from rest_framework import generics
from rest_framework.exceptions import NotFound
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from audit import selectors
from audit.api.serializers import (
    CheckpointSerializer,
    ConsistencyProofSerializer,
    ConsistencyQuerySerializer,
    EventPageSerializer,
    EventQuerySerializer,
    EventSerializer,
    InclusionProofSerializer,
    PublicKeySerializer,
)
from audit.models import AuditEvent
from audit.signing import log_signer
from config.errors import ApiError


def _event_or_404(seq: int) -> AuditEvent:
    try:
        return selectors.event_get(seq)
    except AuditEvent.DoesNotExist:
        raise NotFound(f"No audit event with seq {seq}.") from None


class EventListView(APIView):
    """Audit events in seq order, filtered; page with the ``after_seq`` cursor."""

    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="audit_events_list",
        tags=["audit"],
        parameters=[EventQuerySerializer],
        responses=EventPageSerializer,
    )
    def get(self, request: Request) -> Response:
        query = EventQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        params = dict(query.validated_data)
        limit = params.pop("limit")
        events = list(selectors.event_list(**params)[: limit + 1])
        next_url = None
        if len(events) > limit:
            events = events[:limit]
            cursor = {key: value for key, value in request.query_params.items() if key != "after_seq"}
            cursor["after_seq"] = str(events[-1].seq)
            next_url = request.build_absolute_uri(f"{request.path}?{urlencode(cursor)}")
        return Response({"results": EventSerializer(events, many=True).data, "next": next_url})


class EventDetailView(APIView):
    """One audit event."""

    permission_classes = [IsAuthenticated]

    @extend_schema(operation_id="audit_events_retrieve", tags=["audit"], responses=EventSerializer)
    def get(self, request: Request, seq: int) -> Response:
        return Response(EventSerializer(_event_or_404(seq)).data)


class EventProofView(APIView):
    """Inclusion proof of one event: against the newest checkpoint covering it, else the current tree."""

    permission_classes = [IsAuthenticated]

    @extend_schema(operation_id="audit_events_proof", tags=["audit"], responses=InclusionProofSerializer)
    def get(self, request: Request, seq: int) -> Response:
        _event_or_404(seq)
        try:
            return Response(selectors.event_inclusion_proof(seq))
        except selectors.LogMismatchError as exc:
            raise ApiError(status_code=409, code="log_mismatch", message=str(exc)) from None
        except selectors.LeafGapError as exc:
            raise NotFound(str(exc)) from None


class ConsistencyProofView(APIView):
    """Proof that the tree of size ``second`` extends the tree of size ``first`` (RFC 9162 §2.1.4)."""

    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="audit_consistency_proof",
        tags=["audit"],
        parameters=[ConsistencyQuerySerializer],
        responses=ConsistencyProofSerializer,
    )
    def get(self, request: Request) -> Response:
        query = ConsistencyQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        first = query.validated_data["first"]
        second = query.validated_data.get("second")
        if second is None:
            latest = selectors.latest_checkpoint()
            if latest is None:
                raise NotFound("There is no checkpoint yet; give second.")
            second = latest.tree_size
        if first > second:
            raise ApiError(
                status_code=400, code="invalid", message="first must not exceed second.", fields={"first": ["> second"]}
            )
        tree = _tree(second)
        body = {
            "first": first,
            "second": second,
            "first_root_hash": tree.root(first).hex(),
            "second_root_hash": tree.root(second).hex(),
            "proof": [node.hex() for node in tree.consistency_proof(first, second)],
        }
        return Response(body)


def _tree(size: int) -> Any:
    try:
        return selectors.merkle_tree(size)
    except selectors.LeafGapError as exc:
        raise NotFound(str(exc)) from None


class CheckpointListView(generics.ListAPIView):
    """Signed checkpoints, newest first."""

    permission_classes = [IsAuthenticated]
    serializer_class = CheckpointSerializer

    def get_queryset(self) -> Any:
        return selectors.checkpoint_list()

    @extend_schema(operation_id="audit_checkpoints_list", tags=["audit"])
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)


class PublicKeyView(APIView):
    """The Ed25519 key that signs checkpoints and export manifests; public."""

    permission_classes = [AllowAny]
    authentication_classes: list[Any] = []

    @extend_schema(operation_id="audit_public_key", tags=["audit"], responses=PublicKeySerializer)
    def get(self, request: Request) -> Response:
        verifier = log_signer().verifier
        return Response(
            {
                "algorithm": "Ed25519",
                "key_name": verifier.name,
                "key_id": verifier.key_id_hex,
                "public_key": verifier.public_key_b64,
                "verifier_key": str(verifier),
                "retired_verifier_keys": list(settings.CUSTOS_AUDIT_RETIRED_VERIFIER_KEYS),
            }
        )
