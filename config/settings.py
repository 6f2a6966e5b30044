"""Custos settings, read from the environment (see docs/deploy.md).

Two modes:
- embedded (no DATABASE_URL): SQLite and generated secrets under ``var/``,
  Celery tasks run in-process. This is what ``make run`` uses.
- production-like (DATABASE_URL set): every secret must be given; nothing
  is generated.
"""

from __future__ import annotations

import datetime as dt
import os
import zoneinfo
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from config.env import (
    database_from_url,
    env_bool,
    env_float,
    env_int,
    env_list,
    env_seconds_or_unlimited,
    env_secret,
    env_str,
    sqlite_database,
)
from config.proxies import check_trusted_proxies

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("CUSTOS_VAR_DIR", str(BASE_DIR / "var")))

EMBEDDED = "DATABASE_URL" not in os.environ
_LOCAL_SECRETS = VAR_DIR / "secrets" if EMBEDDED else None

SECRET_KEY = env_secret("SECRET_KEY", local_dir=_LOCAL_SECRETS)
DEBUG = env_bool("DEBUG", EMBEDDED)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if EMBEDDED else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "audit",
    "governance",
    "classifier",
    "reports",
    "integrations",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "governance.context_processors.ui_context",  # navigation and role labels of the web UI
            ],
        },
    },
]

if EMBEDDED:
    DATABASES = {"default": sqlite_database(VAR_DIR / "custos.sqlite3")}
else:
    DATABASES = {
        "default": database_from_url(
            env_str("DATABASE_URL"),
            prepared_statements=env_bool("DATABASE_PREPARED_STATEMENTS", True),
            conn_max_age=env_seconds_or_unlimited("DATABASE_CONN_MAX_AGE", None),
        )
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
MEDIA_URL = "media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

LOGIN_URL = "/admin/login/"

# --- Security (production-like defaults; relaxed only in embedded DEBUG) ---
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if env_bool("CUSTOS_BEHIND_TLS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Reverse proxies (addresses or CIDR networks) whose X-Forwarded-For is believed when they are the peer: the client
# is then the right-most untrusted entry (config/proxies.py). Empty: REMOTE_ADDR, the header ignored.
try:
    CUSTOS_TRUSTED_PROXIES = check_trusted_proxies(env_list("CUSTOS_TRUSTED_PROXIES", []))
except ValueError as exc:
    raise ImproperlyConfigured(str(exc)) from None

# --- Redis, cache, Celery ---
REDIS_URL = env_str("REDIS_URL", "redis://127.0.0.1:6379/0")
if EMBEDDED and "REDIS_URL" not in os.environ:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    CELERY_BROKER_URL = "memory://"
    CELERY_TASK_ALWAYS_EAGER = True
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
    CELERY_BROKER_URL = REDIS_URL
    CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", False)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = None
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True

# --- REST framework and OpenAPI ---
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["access.permissions.IsComplianceStaff"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "config.pagination.BoundedLimitOffsetPagination",
    "PAGE_SIZE": 50,
    "EXCEPTION_HANDLER": "config.errors.api_exception_handler",
    "DEFAULT_PARSER_CLASSES": ["config.parsers.DepthLimitedJSONParser"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Custos API",
    "DESCRIPTION": "Governance and compliance control point for AI workloads: registry, pre-flight, audit.",
    "VERSION": "0.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    # Swagger UI served from the project, not a CDN: the docs work offline.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "ENUM_NAME_OVERRIDES": {
        "LevelEnum": "governance.models.Level",
        "WorkloadRoleEnum": "governance.models.Workload.Role",
        "MessageRoleEnum": "governance.api.preflight.MESSAGE_ROLE_CHOICES",
    },
}

# --- Custos ---
CUSTOS_AUDIT_HMAC_KEY = env_secret("CUSTOS_AUDIT_HMAC_KEY", local_dir=_LOCAL_SECRETS)
CUSTOS_DEMO_PASSWORD = os.environ.get("CUSTOS_DEMO_PASSWORD", "")
CUSTOS_HEALTH_TIMEOUT_S = env_float("CUSTOS_HEALTH_TIMEOUT_S", 2.0, minimum=0.1)
# Pre-flight limits: requests per minute per key (unless the key sets its own),
# the largest request body, and the most chat messages in one request.
CUSTOS_PREFLIGHT_RATE_LIMIT = env_int("CUSTOS_PREFLIGHT_RATE_LIMIT", 6000, minimum=1)
CUSTOS_PREFLIGHT_MAX_BODY_BYTES = env_int("CUSTOS_PREFLIGHT_MAX_BODY_BYTES", 1_048_576, minimum=1024)
CUSTOS_PREFLIGHT_MAX_MESSAGES = env_int("CUSTOS_PREFLIGHT_MAX_MESSAGES", 256, minimum=1)
# Work limits (docs/deploy.md, "Request limits"): text parts in one message's content, characters across
# every text of one request, and the seconds classification may take before the request is refused.
CUSTOS_PREFLIGHT_MAX_PARTS = env_int("CUSTOS_PREFLIGHT_MAX_PARTS", 64, minimum=1)
CUSTOS_PREFLIGHT_MAX_TOTAL_CHARS = env_int("CUSTOS_PREFLIGHT_MAX_TOTAL_CHARS", 64_000, minimum=1)
CUSTOS_PREFLIGHT_CLASSIFY_BUDGET_S = env_float("CUSTOS_PREFLIGHT_CLASSIFY_BUDGET_S", 5.0, minimum=0.01)
# How long the pre-flight's audit append may wait for the chain lock, and run, before the request gets 503.
CUSTOS_PREFLIGHT_LOCK_TIMEOUT_S = env_float("CUSTOS_PREFLIGHT_LOCK_TIMEOUT_S", 2.0, minimum=0.001)
CUSTOS_PREFLIGHT_STATEMENT_TIMEOUT_S = env_float("CUSTOS_PREFLIGHT_STATEMENT_TIMEOUT_S", 5.0, minimum=0.001)
# Nesting levels of any JSON body the API parses (a chat payload needs about five).
CUSTOS_API_MAX_JSON_DEPTH = env_int("CUSTOS_API_MAX_JSON_DEPTH", 32, minimum=2)
DATA_UPLOAD_MAX_MEMORY_SIZE = max(CUSTOS_PREFLIGHT_MAX_BODY_BYTES, 2_621_440)

# --- Service keys: failed uses and Redis (governance.key_failures, governance.ratelimit) ---
# Failed key uses per minute, per source address and per key prefix; past them failures get 429, not 401.
CUSTOS_KEY_FAILURES_PER_SOURCE = env_int("CUSTOS_KEY_FAILURES_PER_SOURCE", 20, minimum=1)
CUSTOS_KEY_FAILURES_PER_PREFIX = env_int("CUSTOS_KEY_FAILURES_PER_PREFIX", 60, minimum=1)
# Failed uses of a key are audited as at most one event per key per interval (plus the first at once).
CUSTOS_KEY_FAILURE_AUDIT_INTERVAL_S = env_int("CUSTOS_KEY_FAILURE_AUDIT_INTERVAL_S", 60, minimum=1)
# Socket timeout of the pre-flight path's Redis calls, and how long a failed Redis is skipped (circuit breaker).
CUSTOS_REDIS_TIMEOUT_S = env_float("CUSTOS_REDIS_TIMEOUT_S", 0.5, minimum=0.01)
CUSTOS_REDIS_BREAKER_OPEN_S = env_float("CUSTOS_REDIS_BREAKER_OPEN_S", 30.0, minimum=0.0)
CELERY_BEAT_SCHEDULE = {
    **globals().get("CELERY_BEAT_SCHEDULE", {}),
    "servicekey-failures-flush": {
        "task": "governance.tasks.servicekey_failures_flush",
        "schedule": float(CUSTOS_KEY_FAILURE_AUDIT_INTERVAL_S),
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # django-axes announces its version at every start (every manage.py command); its lockouts are warnings.
    "loggers": {"axes": {"level": "WARNING"}},
}

# --- Audit (checkpoints, exports) ---
# Ed25519 key that signs checkpoints: a PEM private key or the base64 of a 32-byte
# seed (`openssl rand -base64 32`). Required with DATABASE_URL; the embedded mode
# generates one under var/secrets on first use (audit.signing).
if EMBEDDED and not {"CUSTOS_AUDIT_SIGNING_KEY", "CUSTOS_AUDIT_SIGNING_KEY_FILE"} & set(os.environ):
    CUSTOS_AUDIT_SIGNING_KEY = ""
else:
    CUSTOS_AUDIT_SIGNING_KEY = env_secret("CUSTOS_AUDIT_SIGNING_KEY", local_dir=None)
CUSTOS_AUDIT_SIGNING_KEY_DIR = _LOCAL_SECRETS
# The checkpoint origin line and the signing key's name (C2SP tlog-checkpoint).
CUSTOS_AUDIT_LOG_ORIGIN = env_str("CUSTOS_AUDIT_LOG_ORIGIN", "custos.local/audit")
# Verifier keys (name+keyid+base64) of rotated-out signing keys, still trusted for old checkpoints.
CUSTOS_AUDIT_RETIRED_VERIFIER_KEYS = env_list("CUSTOS_AUDIT_RETIRED_VERIFIER_KEYS", [])
# The unanchored tail (events no checkpoint covers yet) is bounded by time and by count: beat signs a
# checkpoint every CUSTOS_AUDIT_CHECKPOINT_SECONDS when the log grew, and every CUSTOS_AUDIT_CHECKPOINT_EVENTS-th
# event queues one at once. (CUSTOS_AUDIT_CHECKPOINT_MINUTES, the older name, still sets the interval.)
CUSTOS_AUDIT_CHECKPOINT_SECONDS = env_int(
    "CUSTOS_AUDIT_CHECKPOINT_SECONDS", 60 * env_int("CUSTOS_AUDIT_CHECKPOINT_MINUTES", 1, minimum=1), minimum=1
)
CUSTOS_AUDIT_CHECKPOINT_EVENTS = env_int("CUSTOS_AUDIT_CHECKPOINT_EVENTS", 1000, minimum=1)
# Witnesses every checkpoint is published to (audit/witness.py): a directory the database host cannot rewrite
# (a write-once mount; empty: none; the embedded mode uses var/witness), and C2SP tlog-witness base URLs.
CUSTOS_AUDIT_WITNESS_DIR = env_str("CUSTOS_AUDIT_WITNESS_DIR", str(VAR_DIR / "witness") if EMBEDDED else "")
CUSTOS_AUDIT_WITNESS_URLS = env_list("CUSTOS_AUDIT_WITNESS_URLS", [])
CUSTOS_AUDIT_WITNESS_TIMEOUT_S = env_float("CUSTOS_AUDIT_WITNESS_TIMEOUT_S", 5.0, minimum=0.1)
CUSTOS_AUDIT_EXPORT_DIR = Path(env_str("CUSTOS_AUDIT_EXPORT_DIR", str(VAR_DIR / "exports")))
# "Verify chain now": a run that has not reported progress for this long (its worker died) is given up.
CUSTOS_AUDIT_VERIFY_STALE_S = env_int("CUSTOS_AUDIT_VERIFY_STALE_S", 300, minimum=10)
CELERY_BEAT_SCHEDULE = {
    **globals().get("CELERY_BEAT_SCHEDULE", {}),  # keep entries defined above this block
    "audit-checkpoint": {
        "task": "audit.tasks.checkpoint_write",
        "schedule": float(CUSTOS_AUDIT_CHECKPOINT_SECONDS),
    },
}

# --- Classifier (vLLM second opinion) ---
# docs/vllm.md. With no base URL the stage is off and the deterministic result stands.
CUSTOS_VLLM_BASE_URL = env_str("CUSTOS_VLLM_BASE_URL", "").strip().rstrip("/")
CUSTOS_VLLM_MODEL = env_str("CUSTOS_VLLM_MODEL", "")
# Optional bearer key (vllm serve --api-key); any length, so not env_secret.
CUSTOS_VLLM_API_KEY = env_str("CUSTOS_VLLM_API_KEY", "")
if env_str("CUSTOS_VLLM_API_KEY_FILE", ""):
    if CUSTOS_VLLM_API_KEY:
        raise ValueError("Set either CUSTOS_VLLM_API_KEY or CUSTOS_VLLM_API_KEY_FILE, not both.")
    CUSTOS_VLLM_API_KEY = Path(env_str("CUSTOS_VLLM_API_KEY_FILE")).read_text(encoding="utf-8").strip()
CUSTOS_VLLM_TIMEOUT_S = env_float("CUSTOS_VLLM_TIMEOUT_S", 3.0, minimum=0.1)
CUSTOS_VLLM_RETRIES = env_int("CUSTOS_VLLM_RETRIES", 1, minimum=0)
CUSTOS_VLLM_BREAKER_FAILURES = env_int("CUSTOS_VLLM_BREAKER_FAILURES", 5, minimum=1)
CUSTOS_VLLM_BREAKER_OPEN_S = env_float("CUSTOS_VLLM_BREAKER_OPEN_S", 30.0, minimum=0.0)
# Characters of a payload sent to the model; a longer payload is judged on its head (recorded in versions).
CUSTOS_VLLM_MAX_CHARS = env_int("CUSTOS_VLLM_MAX_CHARS", 12000, minimum=100)
# True: a failed second opinion is an error (the pre-flight fails closed). False: the patterns' result stands.
CUSTOS_VLLM_REQUIRED = env_bool("CUSTOS_VLLM_REQUIRED", False)
# Concurrent requests when classifying many texts (classify_many, dataset scans); vLLM batches them.
CUSTOS_VLLM_CONCURRENCY = env_int("CUSTOS_VLLM_CONCURRENCY", 8, minimum=1)
if CUSTOS_VLLM_BASE_URL and not CUSTOS_VLLM_MODEL:
    raise ValueError("CUSTOS_VLLM_MODEL is required when CUSTOS_VLLM_BASE_URL is set (the served model name).")
if CUSTOS_VLLM_REQUIRED and not CUSTOS_VLLM_BASE_URL:
    raise ValueError("CUSTOS_VLLM_REQUIRED=true needs CUSTOS_VLLM_BASE_URL.")
# Dataset scans (classifier.scan): upload limit, rows per progress save, riskiest rows kept in the report.
CUSTOS_SCAN_MAX_UPLOAD_BYTES = env_int("CUSTOS_SCAN_MAX_UPLOAD_BYTES", 50 * 1024 * 1024, minimum=1)
CUSTOS_SCAN_CHUNK_ROWS = env_int("CUSTOS_SCAN_CHUNK_ROWS", 200, minimum=1)
CUSTOS_SCAN_TOP_ROWS = env_int("CUSTOS_SCAN_TOP_ROWS", 20, minimum=0)
# A detection-profile preview on an uploaded dataset runs in the request: it stops after this many seconds.
CUSTOS_DETECTION_PREVIEW_BUDGET_S = env_float("CUSTOS_DETECTION_PREVIEW_BUDGET_S", 20.0, minimum=0.001)

# --- Web UI ---
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/accounts/login/"
# Login throttling (django-axes, governance/login.py): after CUSTOS_LOGIN_FAILURE_LIMIT failed sign-ins for one
# username from one address, that pair is refused (429) for CUSTOS_LOGIN_COOLOFF_MINUTES; one audit event per lockout.
CUSTOS_LOGIN_FAILURE_LIMIT = env_int("CUSTOS_LOGIN_FAILURE_LIMIT", 5, minimum=1)
CUSTOS_LOGIN_COOLOFF_MINUTES = env_int("CUSTOS_LOGIN_COOLOFF_MINUTES", 15, minimum=1)
INSTALLED_APPS.insert(INSTALLED_APPS.index("django.contrib.auth") + 1, "axes")
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
MIDDLEWARE.append("axes.middleware.AxesMiddleware")  # last: turns a flagged lockout into the response below
AXES_FAILURE_LIMIT = CUSTOS_LOGIN_FAILURE_LIMIT
AXES_COOLOFF_TIME = dt.timedelta(minutes=CUSTOS_LOGIN_COOLOFF_MINUTES)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "governance.login.lockout_response"
AXES_CLIENT_IP_CALLABLE = "config.proxies.client_address"  # the same address the failed-key limits count
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1, "config.csp.ContentSecurityPolicyMiddleware"
)

# --- Classifier (engine) ---
# spaCy model for NER: the span model shipped in the repository (classifier/training/README.md), or any
# installed model package or directory (never downloaded at run time).
CUSTOS_SPACY_MODEL = env_str("CUSTOS_SPACY_MODEL", str(BASE_DIR / "classifier" / "data" / "span_model"))
# Longest text one call may classify; longer texts are refused, never truncated.
CUSTOS_CLASSIFIER_MAX_CHARS = env_int("CUSTOS_CLASSIFIER_MAX_CHARS", 100_000, minimum=1)
# Findings below this confidence are dropped before the level is computed.
CUSTOS_CLASSIFIER_SCORE_THRESHOLD = env_float("CUSTOS_CLASSIFIER_SCORE_THRESHOLD", 0.5, minimum=0.0)
# Optional JSON file overriding the entity type -> level/category mapping (see docs/classifier.md).
CUSTOS_CLASSIFIER_LEVELS = env_str("CUSTOS_CLASSIFIER_LEVELS", "")
# Texts per spaCy nlp.pipe batch in classify_many().
CUSTOS_CLASSIFIER_BATCH_SIZE = env_int("CUSTOS_CLASSIFIER_BATCH_SIZE", 32, minimum=1)

# --- Identity: single sign-on (OIDC), MFA and sessions (identity/, docs/deploy.md "Sign-in") ---
INSTALLED_APPS += ["django_otp", "django_otp.plugins.otp_totp", "django_otp.plugins.otp_static", "identity"]
# After authentication: django-otp marks the verified second factor, then the session rules, then MFA enforcement.
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1,
    "django_otp.middleware.OTPMiddleware",
)
MIDDLEWARE.insert(MIDDLEWARE.index("django_otp.middleware.OTPMiddleware") + 1, "identity.middleware.SessionMiddleware")
MIDDLEWARE.insert(MIDDLEWARE.index("identity.middleware.SessionMiddleware") + 1, "identity.middleware.MfaMiddleware")
AUTHENTICATION_BACKENDS.append("identity.oidc.OidcBackend")  # does nothing while CUSTOS_OIDC_ISSUER is empty
# OpenID Connect (authorisation code + PKCE): the issuer's /.well-known/openid-configuration gives the endpoints.
CUSTOS_OIDC_ISSUER = env_str("CUSTOS_OIDC_ISSUER", "").strip().rstrip("/")
CUSTOS_OIDC_CLIENT_ID = env_str("CUSTOS_OIDC_CLIENT_ID", "")
CUSTOS_OIDC_CLIENT_SECRET = env_str("CUSTOS_OIDC_CLIENT_SECRET", "")  # any length (the provider issues it)
if env_str("CUSTOS_OIDC_CLIENT_SECRET_FILE", ""):
    if CUSTOS_OIDC_CLIENT_SECRET:
        raise ValueError("Set either CUSTOS_OIDC_CLIENT_SECRET or CUSTOS_OIDC_CLIENT_SECRET_FILE, not both.")
    CUSTOS_OIDC_CLIENT_SECRET = Path(env_str("CUSTOS_OIDC_CLIENT_SECRET_FILE")).read_text(encoding="utf-8").strip()
if CUSTOS_OIDC_ISSUER and not (CUSTOS_OIDC_CLIENT_ID and CUSTOS_OIDC_CLIENT_SECRET):
    raise ValueError("CUSTOS_OIDC_ISSUER needs CUSTOS_OIDC_CLIENT_ID and CUSTOS_OIDC_CLIENT_SECRET (or _FILE).")
CUSTOS_OIDC_SCOPES = env_str("CUSTOS_OIDC_SCOPES", "openid email profile groups")
# The claim listing the person's groups, and which group gives which role (role: officer, auditor, administrator).
CUSTOS_OIDC_ROLES_CLAIM = env_str("CUSTOS_OIDC_ROLES_CLAIM", "groups")
CUSTOS_OIDC_ROLE_MAP = env_str(
    "CUSTOS_OIDC_ROLE_MAP", "custos-officers=officer,custos-auditors=auditor,custos-administrators=administrator"
)
CUSTOS_OIDC_DISCOVERY_CACHE_S = env_int("CUSTOS_OIDC_DISCOVERY_CACHE_S", 3600, minimum=0)
OIDC_RP_CLIENT_ID = CUSTOS_OIDC_CLIENT_ID
OIDC_RP_CLIENT_SECRET = CUSTOS_OIDC_CLIENT_SECRET
OIDC_RP_SCOPES = CUSTOS_OIDC_SCOPES
OIDC_RP_SIGN_ALGO = env_str("CUSTOS_OIDC_SIGN_ALGO", "RS256")
OIDC_USE_PKCE = True
OIDC_PKCE_CODE_CHALLENGE_METHOD = "S256"
OIDC_STORE_ID_TOKEN = True  # the id_token_hint of the provider's logout
OIDC_TIMEOUT = env_float("CUSTOS_OIDC_TIMEOUT_S", 5.0, minimum=0.1)
OIDC_AUTHENTICATION_CALLBACK_URL = "oidc-callback"
LOGIN_REDIRECT_URL_FAILURE = LOGIN_URL
# TOTP for local accounts (django-otp): required of officers and administrators unless turned off (embedded demo).
CUSTOS_MFA_REQUIRED = env_bool("CUSTOS_MFA_REQUIRED", not EMBEDDED)
OTP_TOTP_ISSUER = "Custos"
# Sessions end after this long without a request, and this long after sign-in whatever happens.
CUSTOS_SESSION_IDLE_TIMEOUT_S = env_int("CUSTOS_SESSION_IDLE_TIMEOUT_S", 30 * 60, minimum=60)
CUSTOS_SESSION_MAX_AGE_S = env_int("CUSTOS_SESSION_MAX_AGE_S", 12 * 3600, minimum=60)
SESSION_COOKIE_AGE = CUSTOS_SESSION_MAX_AGE_S
# Failed sign-ins (passwords, TOTP codes, refused provider callbacks): one audit event per user and source per interval.
CUSTOS_LOGIN_FAILURE_AUDIT_INTERVAL_S = env_int("CUSTOS_LOGIN_FAILURE_AUDIT_INTERVAL_S", 300, minimum=1)
# --- Four-eyes control (governance/changes.py) ---
# Approving a high-risk workload, publishing a policy and creating or changing a destination's transfer basis or
# DPA flag become requests a second officer approves. On by default, also in `make run`'s demo, which has a second
# demo officer (officer2); a single-person installation sets CUSTOS_FOUR_EYES=false.
CUSTOS_FOUR_EYES = env_bool("CUSTOS_FOUR_EYES", True)
# --- Gateway (gateway/, docs/gateway.md) ---
INSTALLED_APPS.append("gateway")
# Seconds an upstream may take to accept a connection, and between bytes of its answer, before a 504.
CUSTOS_GATEWAY_CONNECT_TIMEOUT_S = env_float("CUSTOS_GATEWAY_CONNECT_TIMEOUT_S", 5.0, minimum=0.01)
CUSTOS_GATEWAY_UPSTREAM_TIMEOUT_S = env_float("CUSTOS_GATEWAY_UPSTREAM_TIMEOUT_S", 120.0, minimum=0.01)
# Retries of what cannot have happened twice (a connection never opened; embeddings' 502/503/504).
CUSTOS_GATEWAY_UPSTREAM_RETRIES = env_int("CUSTOS_GATEWAY_UPSTREAM_RETRIES", 1, minimum=0)
# Threads per process for decisions and audit writes (CPU and the sync ORM), not for upstream waits.
CUSTOS_GATEWAY_THREADS = env_int("CUSTOS_GATEWAY_THREADS", 4, minimum=1)
# The embedded demo's echo upstream (/demo-upstream/v1), mounted only with the embedded SQLite database.
CUSTOS_GATEWAY_DEMO_UPSTREAM = EMBEDDED
CUSTOS_GATEWAY_DEMO_UPSTREAM_URL = env_str("CUSTOS_GATEWAY_DEMO_UPSTREAM_URL", "http://127.0.0.1:8000/demo-upstream/v1")
# --- EU AI Act reports (reports app, docs/reports.md) ---
# Who the reports are from: printed on every report and PDF. The demo default says it is not set.
CUSTOS_ORGANISATION_NAME = env_str("CUSTOS_ORGANISATION_NAME", "Demo organisation (set CUSTOS_ORGANISATION_NAME)")
# The time zone a report's "generated at" is also shown in, next to UTC (an IANA name).
CUSTOS_ORGANISATION_TIME_ZONE = env_str("CUSTOS_ORGANISATION_TIME_ZONE", "Europe/Brussels")
try:
    import zoneinfo as _zoneinfo

    _zoneinfo.ZoneInfo(CUSTOS_ORGANISATION_TIME_ZONE)
except (ValueError, _zoneinfo.ZoneInfoNotFoundError) as _exc:
    raise ValueError(
        f"CUSTOS_ORGANISATION_TIME_ZONE={CUSTOS_ORGANISATION_TIME_ZONE!r} is not an IANA time zone."
    ) from _exc
# Art. 27(1): a body governed by public law or a private entity providing public services must assess the
# fundamental-rights impact of every high-risk system it deploys (Annex III point 2 excepted).
CUSTOS_ORGANISATION_PUBLIC_SERVICE = env_bool("CUSTOS_ORGANISATION_PUBLIC_SERVICE", False)
# --- Time zone of the web UI (config/timezones.py) ---
# Pages show times, and forms read times, in the browser's zone (reported in a cookie); this zone applies until
# the browser has said, or when it names an unknown zone. Storage stays UTC; every time shown has its UTC beside it.
CUSTOS_TIME_ZONE = env_str("CUSTOS_TIME_ZONE", "UTC")
try:
    zoneinfo.ZoneInfo(CUSTOS_TIME_ZONE)
except (zoneinfo.ZoneInfoNotFoundError, ValueError):
    raise ImproperlyConfigured(f"CUSTOS_TIME_ZONE={CUSTOS_TIME_ZONE!r} is not an IANA time zone name.") from None
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1,
    "config.timezones.UserTimeZoneMiddleware",
)
