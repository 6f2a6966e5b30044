"""`manage.py check --deploy` passes under production-like settings (docs/deploy.md)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_check_deploy_is_clean_with_production_settings() -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("CUSTOS_", "DEBUG", "SECURE_", "SECRET_KEY", "DJANGO_"))
    }
    env.update(
        DATABASE_URL="postgres://custos@db.invalid:5432/custos",
        SECRET_KEY="prod-like-" + "k" * 50,
        CUSTOS_AUDIT_HMAC_KEY="prod-like-hmac-" + "h" * 40,
        CUSTOS_AUDIT_SIGNING_KEY="cHJvZC1saWtlLWVkMjU1MTktc2VlZC0wMTIzNDU2Nzg=",
        ALLOWED_HOSTS="custos.example.eu",
        DJANGO_SETTINGS_MODULE="config.settings",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_missing_production_secret_fails_loudly() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CUSTOS_", "SECRET_KEY", "DJANGO_SETTINGS_MODULE"))}
    env.update(DATABASE_URL="postgres://custos@db.invalid:5432/custos", DJANGO_SETTINGS_MODULE="config.settings")
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=REPO, env=env, capture_output=True, text=True, timeout=180
    )
    assert result.returncode != 0
    assert "SECRET_KEY (or SECRET_KEY_FILE) is required" in result.stderr
