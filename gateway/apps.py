from django.apps import AppConfig


class GatewayConfig(AppConfig):
    """The enforcing gateway (no models of its own: it uses governance's registry and decisions)."""

    name = "gateway"
    verbose_name = "Gateway"
