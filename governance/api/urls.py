from rest_framework.routers import SimpleRouter

from governance.api.views import DestinationViewSet, WorkloadViewSet

router = SimpleRouter()
router.register("workloads", WorkloadViewSet, basename="workload")
router.register("destinations", DestinationViewSet, basename="destination")

urlpatterns = router.urls
