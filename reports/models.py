"""Records the reports app owns: the fundamental-rights impact assessment (Art. 27).

The other report records (Annex VIII registration data, incidents) stay in
``governance`` (docs/decisions/0001-reports-app.md); this one is new and
belongs to the reports that show it.
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from governance.models import Workload


class FundamentalRightsImpactAssessment(models.Model):
    """One version of a deployer's fundamental-rights impact assessment of a workload (Art. 27(1)(a)-(f))."""

    workload = models.ForeignKey(Workload, on_delete=models.PROTECT, related_name="fria_versions")
    version = models.PositiveIntegerField()
    processes = models.TextField(help_text="(a) The deployer's processes in which the system is used.")
    period_and_frequency = models.TextField(help_text="(b) The period of time and frequency of use.")
    affected_persons = models.TextField(help_text="(c) Categories of natural persons and groups likely affected.")
    risks_of_harm = models.TextField(help_text="(d) Specific risks of harm to those persons (provider info, Art. 13).")
    human_oversight = models.TextField(help_text="(e) How human oversight is implemented (instructions for use).")
    mitigation_and_governance = models.TextField(
        help_text="(f) Measures if the risks materialise: internal governance and complaint mechanisms."
    )
    dpia_reference = models.CharField(
        max_length=200, blank=True, help_text="The GDPR Art. 35 DPIA this assessment complements (Art. 27(4))."
    )
    authority_notified_on = models.DateField(
        null=True,
        blank=True,
        help_text="When the market surveillance authority was notified of the results (Art. 27(3)).",
    )
    content_hash = models.CharField(max_length=64, help_text="SHA-256 of the canonical JSON of the elements.")
    assessed_by = models.CharField(max_length=150, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "fundamental-rights impact assessment"
        ordering = ["workload", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["workload", "version"], name="reports_fria_one_row_per_version"),
        ]

    def __str__(self) -> str:
        return f"FRIA v{self.version} of {self.workload_id}"
