"""``/gateway/v1/``: the OpenAI-compatible endpoints (base URL for OpenAI SDKs)."""

from django.urls import path

from gateway import views

app_name = "gateway"

urlpatterns = [
    path("chat/completions", views.chat_completions, name="chat-completions"),
    path("embeddings", views.embeddings, name="embeddings"),
    path("models", views.models, name="models"),
]
