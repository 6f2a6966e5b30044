from rest_framework.routers import SimpleRouter

from classifier.api.views import DatasetScanViewSet

router = SimpleRouter()
router.register("scans", DatasetScanViewSet, basename="dataset-scan")

urlpatterns = router.urls
