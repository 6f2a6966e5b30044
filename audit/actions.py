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
    # Sign-in (identity/): sessions, failed attempts (aggregated), second factor, roles from the identity provider.
    AUTH_ACCOUNT_CREATE = "auth.account_create"
    AUTH_LOGIN = "auth.login"
    AUTH_LOGIN_FAILED = "auth.login_failed"
    AUTH_LOGIN_REFUSED = "auth.login_refused"
    AUTH_LOGOUT = "auth.logout"
    AUTH_MFA_ENROL = "auth.mfa_enrol"
    AUTH_MFA_VERIFY = "auth.mfa_verify"
    AUTH_ROLES_CHANGE = "auth.roles_change"
    AUTH_SIGN_OUT_EVERYWHERE = "auth.sign_out_everywhere"
    CHANGE_REQUEST = "change.request"
    CHANGE_APPROVE = "change.approve"
    CHANGE_REJECT = "change.reject"
    CHANGE_WITHDRAW = "change.withdraw"
    CHANGE_APPLY = "change.apply"
    CHANGE_REFUSE = "change.refuse"
    CHECKPOINT_CREATE = "checkpoint.create"
    CLASSIFIER_SCAN_CREATE = "classifier.scan_create"
    CLASSIFIER_SCAN_COMPLETE = "classifier.scan_complete"
    DESTINATION_CREATE = "destination.create"
    DETECTION_PROFILE_DRAFT_CREATE = "detection_profile.draft_create"
    DETECTION_PROFILE_DRAFT_UPDATE = "detection_profile.draft_update"
    DETECTION_PROFILE_PUBLISH = "detection_profile.publish"
    DETECTION_PROFILE_PREVIEW = "detection_profile.preview"
    DESTINATION_UPDATE = "destination.update"
    EXPORT_CREATE = "export.create"
    EXPORT_COMPLETE = "export.complete"
    GATEWAY_EXCHANGE = "gateway.exchange"
    INCIDENT_RECORD = "incident.record"
    INCIDENT_REPORT = "incident.report"
    INCIDENT_CLOSE = "incident.close"
    INCIDENT_UPDATE = "incident.update"
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
    # EU AI Act reports (reports app): a handed-over PDF's SHA-256, and the Art. 27 assessment's versions.
    REPORT_GENERATED = "report.generated"
    FRIA_RECORD = "fria.record"
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
    CHANGE_REQUEST = "change_request"
    CHECKPOINT = "checkpoint"
    DATASET_SCAN = "dataset_scan"
    DESTINATION = "destination"
    DETECTION_PROFILE = "detection_profile"
    EXPORT = "export"
    INCIDENT = "incident"
    POLICY = "policy"
    SERVICE_KEY = "service_key"
    UI = "ui"
    USER = "user"
    WORKLOAD = "workload"
    REPORT = "report"  # subject_id: the SHA-256 of the generated file, so a handed-over copy is found by its hash
    MODEL_ROUTE = "model_route"
