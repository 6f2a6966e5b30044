"""Web UI routes of the registry, and the sign-in pages."""

from django.contrib.auth import views as auth_views
from django.urls import path

from governance import views

urlpatterns = [
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(template_name="registration/login.html", redirect_authenticated_user=True),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("", views.dashboard_view, name="dashboard"),
    path("strategy/", views.strategy_view, name="strategy"),
    path("workloads/", views.workload_list_view, name="workload-list"),
    path("workloads/register/", views.workload_register_view, name="workload-register"),
    path("workloads/register/tier-preview/", views.tier_preview_view, name="tier-preview"),
    path("workloads/register/<slug:step>/", views.workload_register_view, name="workload-register-step"),
    path("workloads/<slug:slug>/", views.workload_detail_view, name="workload-detail"),
    # Before the lifecycle route: "edit" would otherwise be taken for a lifecycle action.
    path("workloads/<slug:slug>/edit/", views.workload_edit_view, name="workload-edit"),
    path("workloads/<slug:slug>/<slug:action>/", views.workload_lifecycle_view, name="workload-lifecycle"),
    path("destinations/", views.destination_list_view, name="destination-list"),
    path("destinations/new/", views.destination_create_view, name="destination-create"),
    path("destinations/<slug:slug>/", views.destination_detail_view, name="destination-detail"),
    path("destinations/<slug:slug>/edit/", views.destination_edit_view, name="destination-edit"),
    path("policy/", views.policy_view, name="policy"),
    path("policy/draft/", views.policy_draft_start_view, name="policy-draft-start"),
    path("policy/<int:number>/", views.policy_version_view, name="policy-version"),
    path("policy/<int:number>/edit/", views.policy_edit_view, name="policy-edit"),
    path("policy/<int:number>/diff/", views.policy_diff_view, name="policy-diff"),
    path("policy/<int:number>/simulate/", views.policy_simulate_view, name="policy-simulate"),
    path("policy/<int:number>/publish/", views.policy_publish_view, name="policy-publish"),
    path("keys/", views.key_list_view, name="key-list"),
    path("keys/new/", views.key_create_view, name="key-create"),
    path("keys/<int:key_id>/revoke/", views.key_revoke_view, name="key-revoke"),
    path("keys/<int:key_id>/rotate/", views.key_rotate_view, name="key-rotate"),
    path("decisions/", views.decision_list_view, name="decision-list"),
    path("decisions/<uuid:decision_id>/", views.decision_detail_view, name="decision-detail-ui"),
]
