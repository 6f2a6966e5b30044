"""Web UI routes of the registry (the sign-in pages are identity.urls)."""

from django.urls import path

from governance.views import (
    changes,
    dashboard,
    decisions,
    destinations,
    detection,
    keys,
    policy,
    policy_builder,
    wizard,
    workloads,
)

urlpatterns = [
    path("", dashboard.dashboard_view, name="dashboard"),
    path("strategy/", dashboard.strategy_view, name="strategy"),
    path("workloads/", workloads.workload_list_view, name="workload-list"),
    path("workloads/register/", wizard.workload_register_view, name="workload-register"),
    path("workloads/register/tier-preview/", wizard.tier_preview_view, name="tier-preview"),
    path("workloads/register/<slug:step>/", wizard.workload_register_view, name="workload-register-step"),
    path("workloads/<slug:slug>/", workloads.workload_detail_view, name="workload-detail"),
    # Before the lifecycle route: "edit" would otherwise be taken for a lifecycle action.
    path("workloads/<slug:slug>/edit/", workloads.workload_edit_view, name="workload-edit"),
    path("workloads/<slug:slug>/<slug:action>/", workloads.workload_lifecycle_view, name="workload-lifecycle"),
    path("destinations/", destinations.destination_list_view, name="destination-list"),
    path("destinations/new/", destinations.destination_create_view, name="destination-create"),
    path("destinations/<slug:slug>/", destinations.destination_detail_view, name="destination-detail"),
    path("destinations/<slug:slug>/edit/", destinations.destination_edit_view, name="destination-edit"),
    path("policy/", policy.policy_view, name="policy"),
    path("policy/draft/", policy.policy_draft_start_view, name="policy-draft-start"),
    path("policy/<int:number>/", policy.policy_version_view, name="policy-version"),
    path("policy/<int:number>/edit/", policy.policy_edit_view, name="policy-edit"),
    path("policy/<int:number>/diff/", policy.policy_diff_view, name="policy-diff"),
    path("policy/<int:number>/simulate/", policy.policy_simulate_view, name="policy-simulate"),
    path("policy/<int:number>/publish/", policy.policy_publish_view, name="policy-publish"),
    path("detection/", detection.detection_profile_view, name="detection-profile"),
    path("detection/draft/", detection.detection_profile_draft_start_view, name="detection-profile-draft-start"),
    path("detection/<int:number>/", detection.detection_profile_version_view, name="detection-profile-version"),
    path("detection/<int:number>/edit/", detection.detection_profile_edit_view, name="detection-profile-edit"),
    path("detection/<int:number>/preview/", detection.detection_profile_preview_view, name="detection-profile-preview"),
    path(
        "detection/<int:number>/preview/dataset/",
        detection.detection_profile_preview_dataset_view,
        name="detection-profile-preview-dataset",
    ),
    path("detection/<int:number>/publish/", detection.detection_profile_publish_view, name="detection-profile-publish"),
    path("keys/", keys.key_list_view, name="key-list"),
    path("keys/new/", keys.key_create_view, name="key-create"),
    path("keys/<int:key_id>/revoke/", keys.key_revoke_view, name="key-revoke"),
    path("keys/<int:key_id>/rotate/", keys.key_rotate_view, name="key-rotate"),
    path("decisions/", decisions.decision_list_view, name="decision-list"),
    path("decisions/<uuid:decision_id>/", decisions.decision_detail_view, name="decision-detail-ui"),
]

urlpatterns += [
    path("approvals/", changes.change_request_list_view, name="change-request-list"),
    path("approvals/<int:request_id>/", changes.change_request_detail_view, name="change-request-detail"),
    path("policy/<int:number>/builder/", policy_builder.policy_builder_view, name="policy-builder"),
    path("policy/<int:number>/builder/check/", policy_builder.policy_builder_check_view, name="policy-builder-check"),
]
