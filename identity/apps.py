from django.apps import AppConfig


class IdentityConfig(AppConfig):
    name = "identity"
    verbose_name = "Sign-in and sessions"

    def ready(self) -> None:
        from identity import checks  # noqa: F401 (registers the system checks)
