"""EU AI Act reports: HTML pages with .csv, .json and .pdf downloads, the incident register, FRIAs, verification."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpResponse
from django.urls import URLPattern, path

from reports import views


def _with_downloads(route: str, view: Callable[..., HttpResponse], name: str) -> list[URLPattern]:
    """``route/`` as a page, and ``route.csv`` / ``.json`` / ``.pdf`` as downloads named ``name-csv`` etc."""
    return [*_with_pdf(route, view, name), *_formats(route, view, name, views.CSV, views.JSON)]


def _with_pdf(route: str, view: Callable[..., HttpResponse], name: str) -> list[URLPattern]:
    """``route/`` as a page and ``route.pdf`` as its PDF, named ``name-pdf``."""
    return [path(route, view, name=name), *_formats(route, view, name, views.PDF)]


def _formats(route: str, view: Callable[..., HttpResponse], name: str, *fmts: str) -> list[URLPattern]:
    base = route.rstrip("/")
    return [path(f"{base}.{fmt}", view, {"fmt": fmt}, name=f"{name}-{fmt}") for fmt in fmts]


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
    path("incidents/<int:pk>/edit/", views.incident_edit_view, name="report-incident-edit"),
    path("incidents/<int:pk>/report/", views.incident_report_view, name="report-incident-report"),
    path("incidents/<int:pk>/close/", views.incident_close_view, name="report-incident-close"),
    *_with_pdf("incidents/<int:pk>/art73/", views.incident_art73_view, "report-incident-art73"),
    *_with_downloads("retention/", views.retention_view, "report-retention"),
    *_with_pdf("fria/<slug:slug>/", views.fria_view, "report-fria"),
    path("fria/<slug:slug>/new/", views.fria_edit_view, name="report-fria-edit"),
    path("verify/", views.verify_view, name="report-verify"),
]
