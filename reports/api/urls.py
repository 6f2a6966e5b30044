from django.urls import path

from reports.api import views

urlpatterns = [
    path("verify", views.ReportVerifyView.as_view(), name="report-verify-api"),
]
