from django.urls import path

from audit.api import views

urlpatterns = [
    path("events", views.EventListView.as_view(), name="audit-event-list"),
    path("events/<int:seq>", views.EventDetailView.as_view(), name="audit-event-detail"),
    path("events/<int:seq>/proof", views.EventProofView.as_view(), name="audit-event-proof"),
    path("consistency", views.ConsistencyProofView.as_view(), name="audit-consistency"),
    path("checkpoints", views.CheckpointListView.as_view(), name="audit-checkpoint-list"),
    path("public-key", views.PublicKeyView.as_view(), name="audit-public-key"),
]
