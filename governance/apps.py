from django.apps import AppConfig


class GovernanceConfig(AppConfig):
    name = "governance"
    verbose_name = "AI workload registry"

    def ready(self) -> None:
        from audit.bindings import binding_register
        from governance.decision_log import DecisionBinding

        # audit_verify compares every decision row with its preflight.decision event.
        binding_register("governance.decision", DecisionBinding)
