"""The audit API mounted where config/urls.py mounts it, for tests independent of the project URLs."""

from django.urls import include, path

urlpatterns = [path("api/v1/audit/", include("audit.api.urls"))]
