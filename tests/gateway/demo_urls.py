"""The project's URLs with the embedded demo's echo upstream mounted, as `make run` has them."""

from django.urls import include, path

from config.urls import urlpatterns as project_urlpatterns

urlpatterns = [path("demo-upstream/v1/", include("gateway.demo_upstream")), *project_urlpatterns]
