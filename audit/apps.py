from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "audit"
    verbose_name = "Audit log"

    def ready(self) -> None:
        from access.decorators import denial_recorder_register
        from audit.services import access_denied_record

        # Every 403 of the web UI is an access.denied event; access (below audit) cannot import the log.
        denial_recorder_register(access_denied_record)
