"""The audit log's vocabulary: every action name and subject type an event may carry.

Writers pass these members to ``audit.services.record``; readers (selectors,
reports, the decision-log binding, verification) filter on them. A name spelled
twice can drift, and a typo in a reader silently empties a report, so there is
one spelling, here. Values are what the log stores and hashes: renaming a value
would change how new events read next to old ones, so add members, never edit.
"""

from __future__ import annotations

from enum import StrEnum, unique


@unique
class AuditAction(StrEnum):
    """What happened; ``<object>.<verb>``."""

    ACCESS_DENIED = "access.denied"
    AUDIT_VERIFY = "audit.verify"
    AUTH_LOGIN_LOCKED_OUT = "auth.login_locked_out"
    CHECKPOINT_CREATE = "checkpoint.create"
    CLASSIFIER_SCAN_CREATE = "classifier.scan_create"
    CLASSIFIER_SCAN_COMPLETE = "classifier.scan_complete"
    DESTINATION_CREATE = "destination.create"
    DESTINATION_UPDATE = "destination.update"
    EXPORT_CREATE = "export.create"
    EXPORT_COMPLETE = "export.complete"
    INCIDENT_RECORD = "incident.record"
    INCIDENT_REPORT = "incident.report"
    INCIDENT_CLOSE = "incident.close"
    POLICY_DRAFT_CREATE = "policy.draft_create"
    POLICY_DRAFT_UPDATE = "policy.draft_update"
    POLICY_PUBLISH = "policy.publish"
    PREFLIGHT_DECISION = "preflight.decision"
    PREFLIGHT_FAILED = "preflight.failed"
    REGISTRATION_UPDATE = "registration.update"
    SERVICEKEY_CREATE = "servicekey.create"
    SERVICEKEY_REVOKE = "servicekey.revoke"
    SERVICEKEY_ROTATE = "servicekey.rotate"
    SERVICEKEY_USE_FAILED = "servicekey.use_failed"
    WORKLOAD_REGISTER = "workload.register"
    WORKLOAD_UPDATE = "workload.update"
    WORKLOAD_APPROVE = "workload.approve"
    WORKLOAD_SUSPEND = "workload.suspend"
    WORKLOAD_RETIRE = "workload.retire"
    # Integrations (integrations/): the LiteLLM guardrail's answer screening, the Presidio-compatible API.
    LITELLM_RESPONSE_SCREEN = "litellm.response_screen"
    MODELROUTE_SAVE = "modelroute.save"
    MODELROUTE_DELETE = "modelroute.delete"
    PRESIDIO_ANALYZE = "presidio.analyze"
    PRESIDIO_ANONYMIZE = "presidio.anonymize"


@unique
class SubjectType(StrEnum):
    """What an event is about; its ``subject_id`` names the instance."""

    AUDIT_LOG = "audit_log"
    CHECKPOINT = "checkpoint"
    DATASET_SCAN = "dataset_scan"
    DESTINATION = "destination"
    EXPORT = "export"
    INCIDENT = "incident"
    POLICY = "policy"
    SERVICE_KEY = "service_key"
    UI = "ui"
    USER = "user"
    WORKLOAD = "workload"
    MODEL_ROUTE = "model_route"
