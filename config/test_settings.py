"""Test settings: the real services (PostgreSQL, Redis) with test-only secrets.

The one place test overrides live. Every value can still be overridden from
the environment, e.g. DATABASE_URL for another PostgreSQL.
"""

import os

os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/custos_test")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/15")
os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-for-production-0123456789")
os.environ.setdefault("CUSTOS_AUDIT_HMAC_KEY", "test-only-audit-hmac-key-not-for-production-0123")
# Base64 of a fixed 32-byte Ed25519 seed: test checkpoints only.
os.environ.setdefault("CUSTOS_AUDIT_SIGNING_KEY", "dGVzdC1vbmx5LWVkMjU1MTktc2VlZC0wMTIzNDU2Nzg=")
os.environ.setdefault("DEBUG", "false")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("CELERY_TASK_ALWAYS_EAGER", "true")
os.environ.setdefault("CUSTOS_MFA_REQUIRED", "false")  # tests that need it turn it on

from config.settings import *  # noqa: F403

ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast logins in tests
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# A test database per test run, so runs in parallel (two developers' shells,
# CI beside a local run) never drop each other's database.
DATABASES["default"]["TEST"] = {"NAME": os.environ.get("CUSTOS_TEST_DB_NAME", f"test_custos_{os.getpid()}")}  # noqa: F405

# Single-step approvals in the suite; the four-eyes tests turn it on with the `settings` fixture.
CUSTOS_FOUR_EYES = env_bool("CUSTOS_FOUR_EYES", False)  # noqa: F405
