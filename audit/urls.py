"""Web UI routes of the audit log (mounted at /audit/)."""

from django.urls import path

from audit import views

urlpatterns = [
    path("", views.event_list_view, name="audit-event-list-ui"),
    path("events/<int:seq>/", views.event_detail_view, name="audit-event-detail-ui"),
    path("events/<int:seq>/proof.json", views.event_proof_view, name="audit-event-proof-ui"),
    path("verify/", views.verify_view, name="audit-verify"),
    path("verify/status/", views.verify_status_view, name="audit-verify-status"),
    path("verify/start/", views.verify_start_view, name="audit-verify-start"),
    path("verify/<int:run_id>/", views.verify_progress_view, name="audit-verify-progress"),
    path("exports/", views.export_list_view, name="audit-export-list"),
    path("exports/<int:export_id>/", views.export_detail_view, name="audit-export-detail"),
    path("exports/<int:export_id>/download/", views.export_download_view, name="audit-export-download"),
]
