from django.apps import AppConfig


class GovernanceConfig(AppConfig):
    name = "governance"
    verbose_name = "AI workload registry"

    def ready(self) -> None:
        from governance.login import connect_signals

        connect_signals()  # lockouts of the web UI's sign-in become audit events
