from django.apps import AppConfig


class ReportsConfig(AppConfig):
    """EU AI Act reports over the registry and the log: inventory, Art. 12 logs, Annex VIII, incidents, retention."""

    name = "reports"
    verbose_name = "EU AI Act reports"
