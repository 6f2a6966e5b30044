from rest_framework.routers import SimpleRouter

from integrations.api.views import ModelRouteViewSet

router = SimpleRouter()
router.register("model-routes", ModelRouteViewSet, basename="model-route")

urlpatterns = router.urls
