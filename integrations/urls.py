"""Routes for outside clients: LiteLLM's guardrail hook (``api_base`` + its fixed path) and Presidio's REST paths."""

from django.urls import path

from integrations.api.views import (
    LiteLLMGuardrailView,
    PresidioAnalyzeView,
    PresidioAnonymizeView,
    PresidioHealthView,
    PresidioRecognizersView,
    PresidioSupportedEntitiesView,
)

urlpatterns = [
    # LiteLLM appends /beta/litellm_basic_guardrail_api to the guardrail's api_base (…/integrations/litellm).
    path(
        "integrations/litellm/beta/litellm_basic_guardrail_api",
        LiteLLMGuardrailView.as_view(),
        name="litellm-guardrail",
    ),
    path("presidio/analyze", PresidioAnalyzeView.as_view(), name="presidio-analyze"),
    path("presidio/anonymize", PresidioAnonymizeView.as_view(), name="presidio-anonymize"),
    path("presidio/health", PresidioHealthView.as_view(), name="presidio-health"),
    path("presidio/supportedentities", PresidioSupportedEntitiesView.as_view(), name="presidio-supported-entities"),
    path("presidio/recognizers", PresidioRecognizersView.as_view(), name="presidio-recognizers"),
]
