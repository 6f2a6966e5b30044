from django.urls import path
from rest_framework.routers import SimpleRouter

from governance.api.preflight import DecisionDetailView, PreflightView
from governance.api.views import DestinationViewSet, WorkloadViewSet

router = SimpleRouter()
router.register("workloads", WorkloadViewSet, basename="workload")
router.register("destinations", DestinationViewSet, basename="destination")

urlpatterns = [
    path("preflight", PreflightView.as_view(), name="preflight"),
    path("decisions/<uuid:decision_id>", DecisionDetailView.as_view(), name="decision-detail"),
    *router.urls,
]
