"""EU AI Act reports: HTML pages, each with .csv and .json downloads, and the incident register's forms."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpResponse
from django.urls import URLPattern, path

from reports import views


def _with_downloads(route: str, view: Callable[..., HttpResponse], name: str) -> list[URLPattern]:
    """``route/`` as a page, and ``route.csv`` / ``route.json`` as downloads named ``name-csv`` / ``name-json``."""
    base = route.rstrip("/")
    return [
        path(route, view, name=name),
        path(f"{base}.csv", view, {"fmt": views.CSV}, name=f"{name}-csv"),
        path(f"{base}.json", view, {"fmt": views.JSON}, name=f"{name}-json"),
    ]


urlpatterns = [
    path("", views.report_index, name="report-index"),
    *_with_downloads("inventory/", views.inventory_view, "report-inventory"),
    path("logs/", views.log_list_view, name="report-logs"),
    *_with_downloads("logs/<slug:slug>/", views.log_summary_view, "report-log-summary"),
    path("registration/", views.registration_list_view, name="report-registration-list"),
    *_with_downloads("registration/<slug:slug>/", views.registration_view, "report-registration"),
    path("registration/<slug:slug>/edit/", views.registration_edit_view, name="report-registration-edit"),
    *_with_downloads("incidents/", views.incident_list_view, "report-incidents"),
    path("incidents/new/", views.incident_create_view, name="report-incident-new"),
    path("incidents/<int:pk>/", views.incident_detail_view, name="report-incident-detail"),
    path("incidents/<int:pk>/report/", views.incident_report_view, name="report-incident-report"),
    path("incidents/<int:pk>/close/", views.incident_close_view, name="report-incident-close"),
    *_with_downloads("retention/", views.retention_view, "report-retention"),
]
