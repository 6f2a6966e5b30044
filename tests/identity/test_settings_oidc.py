"""The single sign-on settings: the client secret from a file, and a half-configured provider refused at start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRINT_SECRET = "import config.test_settings as s; print(s.OIDC_RP_CLIENT_SECRET)"


def settings_run(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("CUSTOS_OIDC_")}
    return subprocess.run(
        [sys.executable, "-c", PRINT_SECRET],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_client_secret_is_read_from_a_file(tmp_path: Path) -> None:
    secret = tmp_path / "client-secret"
    secret.write_text("from-the-file\n")
    result = settings_run(
        {
            "CUSTOS_OIDC_ISSUER": "https://id.example.eu",
            "CUSTOS_OIDC_CLIENT_ID": "custos",
            "CUSTOS_OIDC_CLIENT_SECRET_FILE": str(secret),
        }
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "from-the-file"


def test_an_issuer_without_a_client_secret_is_refused() -> None:
    result = settings_run({"CUSTOS_OIDC_ISSUER": "https://id.example.eu", "CUSTOS_OIDC_CLIENT_ID": "custos"})
    assert result.returncode != 0
    assert "CUSTOS_OIDC_ISSUER needs CUSTOS_OIDC_CLIENT_ID and CUSTOS_OIDC_CLIENT_SECRET" in result.stderr


def test_secret_and_secret_file_together_are_refused(tmp_path: Path) -> None:
    secret = tmp_path / "client-secret"
    secret.write_text("x")
    result = settings_run({"CUSTOS_OIDC_CLIENT_SECRET": "y", "CUSTOS_OIDC_CLIENT_SECRET_FILE": str(secret)})
    assert result.returncode != 0 and "not both" in result.stderr
