from django.apps import AppConfig


class GovernanceConfig(AppConfig):
    name = "governance"
    verbose_name = "AI workload registry"

    def ready(self) -> None:
        from governance.login import connect_signals

        connect_signals()  # lockouts of the web UI's sign-in become audit events

        from audit.bindings import binding_register
        from governance.decision_log import DecisionBinding

        # audit_verify compares every decision row with its preflight.decision event.
        binding_register("governance.decision", DecisionBinding)

        from audit.exports import export_workloads_register
        from governance.selectors import workload_slugs

        export_workloads_register(workload_slugs)  # the auditor export's workload filter
