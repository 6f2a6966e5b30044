"""What the integrations keep: which catalogue destination a LiteLLM model name stands for."""

from __future__ import annotations

from django.db import models

from governance.models import Destination


class ModelRoute(models.Model):
    """A LiteLLM model name (``model_name`` in LiteLLM's config) and the catalogue destination it calls."""

    name = models.CharField(
        max_length=200, unique=True, help_text="The model name clients send to LiteLLM, e.g. gpt-4o-us."
    )
    destination = models.ForeignKey(Destination, on_delete=models.PROTECT, related_name="model_routes")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} -> {self.destination.slug}"
