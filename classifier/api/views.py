"""Dataset scans API: upload a dataset for background classification, then read its progress and report."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.parsers import MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response

from access.permissions import IsComplianceStaff
from audit.actors import Actor
from classifier import scan as scans
from classifier.api.serializers import DatasetScanCreateSerializer, DatasetScanSerializer
from classifier.models import DatasetScan
from config.errors import ApiError

# Room for the multipart envelope and the form fields around the file.
_MULTIPART_OVERHEAD_BYTES = 64 * 1024


class DatasetScanViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Dataset scans: upload (officers), list and detail (officers and auditors)."""

    serializer_class = DatasetScanSerializer
    lookup_value_regex = "[0-9a-fA-F-]{36}"  # a UUID; anything else is a 404, not a validation error
    permission_classes = [IsComplianceStaff]
    parser_classes = [MultiPartParser]

    def get_queryset(self) -> Any:
        return scans.scan_list()

    def get_object(self) -> DatasetScan:
        return get_object_or_404(self.get_queryset(), pk=self.kwargs["pk"])

    @extend_schema(request={"multipart/form-data": DatasetScanCreateSerializer}, responses={202: DatasetScanSerializer})
    def create(self, request: Request) -> Response:
        limit = settings.CUSTOS_SCAN_MAX_UPLOAD_BYTES
        # Refuse an oversized body before parsing it, so it is never written to a temporary file.
        if int(request.META.get("CONTENT_LENGTH") or 0) > limit + _MULTIPART_OVERHEAD_BYTES:
            raise _too_large(limit)
        data = DatasetScanCreateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        upload = data.validated_data["file"]
        if upload.size > limit:
            raise _too_large(limit)
        try:
            scan = scans.scan_create(
                actor=Actor.for_user(request.user),
                upload=upload,
                text_column=data.validated_data["text_column"],
                id_column=data.validated_data["id_column"],
                language=data.validated_data["language"],
                created_by=request.user,
            )
        except scans.ScanFileError as exc:
            raise ApiError(status_code=400, code="invalid", message=str(exc), fields={"file": [str(exc)]}) from exc
        scan.refresh_from_db()  # with eager tasks (tests, embedded mode) the scan may already be done
        return Response(DatasetScanSerializer(scan).data, status=status.HTTP_202_ACCEPTED)


def _too_large(limit: int) -> ApiError:
    message = f"The file is larger than the limit of {limit} bytes (CUSTOS_SCAN_MAX_UPLOAD_BYTES)."
    return ApiError(status_code=413, code="file_too_large", message=message, fields={"file": [message]})
