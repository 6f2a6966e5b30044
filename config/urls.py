from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from config.health import healthz
from identity.views import admin_login_view

# The admin signs in through the audited sign-in page (lockout, second factor, session rules), not its own form.
admin.site.login = admin_login_view  # type: ignore[method-assign]

handler404 = "config.errors.page_not_found"
handler500 = "config.errors.server_error"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    path("api/v1/", include("governance.api.urls")),
    path("api/v1/audit/", include("audit.api.urls")),
    path("api/v1/classifier/", include("classifier.api.urls")),
    path("api/v1/reports/", include("reports.api.urls")),
    path("api/v1/integrations/", include("integrations.api.urls")),
    path("", include("integrations.urls")),
    path("audit/", include("audit.urls")),
    path("reports/", include("reports.urls")),
    path("", include("identity.urls")),  # sign-in, second factor, sign-out
    path("", include("governance.urls")),
]

# The enforcing gateway (docs/gateway.md), and in the embedded demo only its echo upstream.
urlpatterns.insert(-1, path("gateway/v1/", include("gateway.urls")))
if settings.CUSTOS_GATEWAY_DEMO_UPSTREAM:
    urlpatterns.insert(-1, path("demo-upstream/v1/", include("gateway.demo_upstream")))
