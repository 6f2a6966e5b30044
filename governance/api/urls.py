from django.urls import path
from rest_framework.routers import SimpleRouter

from governance.api.detection import (
    DetectionProfileDatasetPreviewView,
    DetectionProfileDetailView,
    DetectionProfileListView,
    DetectionProfilePreviewView,
    DetectionProfilePublishView,
)
from governance.api.preflight import DecisionDetailView, PreflightView
from governance.api.views import DestinationViewSet, WorkloadViewSet

router = SimpleRouter()
router.register("workloads", WorkloadViewSet, basename="workload")
router.register("destinations", DestinationViewSet, basename="destination")

urlpatterns = [
    path("preflight", PreflightView.as_view(), name="preflight"),
    path("decisions/<uuid:decision_id>", DecisionDetailView.as_view(), name="decision-detail"),
    path("detection-profiles", DetectionProfileListView.as_view(), name="detection-profile-list"),
    path("detection-profiles/<int:number>", DetectionProfileDetailView.as_view(), name="detection-profile-detail"),
    path(
        "detection-profiles/<int:number>/publish",
        DetectionProfilePublishView.as_view(),
        name="detection-profile-publish",
    ),
    path(
        "detection-profiles/<int:number>/preview",
        DetectionProfilePreviewView.as_view(),
        name="detection-profile-preview",
    ),
    path(
        "detection-profiles/<int:number>/preview-dataset",
        DetectionProfileDatasetPreviewView.as_view(),
        name="detection-profile-preview-dataset",
    ),
    *router.urls,
]
