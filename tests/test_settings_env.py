"""Settings helpers fail loudly on bad values and never invent production secrets."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.env import database_from_url, env_bool, env_int, env_seconds_or_unlimited, env_secret


def test_bad_boolean_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CUSTOS_FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="CUSTOS_FLAG='maybe' is not a boolean"):
        env_bool("CUSTOS_FLAG", False)


def test_bad_integer_and_minimum(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CUSTOS_N", "ten")
    with pytest.raises(ImproperlyConfigured, match="not an integer"):
        env_int("CUSTOS_N", 1)
    monkeypatch.setenv("CUSTOS_N", "-1")
    with pytest.raises(ImproperlyConfigured, match="below the minimum"):
        env_int("CUSTOS_N", 1, minimum=0)


def test_production_secret_has_no_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CUSTOS_TEST_SECRET", raising=False)
    with pytest.raises(ImproperlyConfigured, match="required"):
        env_secret("CUSTOS_TEST_SECRET", local_dir=None)


def test_secret_from_file_and_too_short(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    secret_file = tmp_path / "secret"
    secret_file.write_text("x" * 40 + "\n")
    monkeypatch.setenv("CUSTOS_TEST_SECRET_FILE", str(secret_file))
    assert env_secret("CUSTOS_TEST_SECRET", local_dir=None) == "x" * 40
    monkeypatch.delenv("CUSTOS_TEST_SECRET_FILE")
    monkeypatch.setenv("CUSTOS_TEST_SECRET", "short")
    with pytest.raises(ImproperlyConfigured, match="at least 32"):
        env_secret("CUSTOS_TEST_SECRET", local_dir=None)


def test_embedded_secret_is_generated_once_and_kept(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("CUSTOS_TEST_SECRET", raising=False)
    first = env_secret("CUSTOS_TEST_SECRET", local_dir=tmp_path)
    assert len(first) >= 32
    assert env_secret("CUSTOS_TEST_SECRET", local_dir=tmp_path) == first
    assert (tmp_path / "custos_test_secret").stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    ("raw", "expected"), [(None, None), ("unlimited", None), (" Unlimited ", None), ("0", 0), ("600", 600)]
)
def test_connection_age_is_seconds_or_unlimited(
    monkeypatch: pytest.MonkeyPatch, raw: str | None, expected: object
) -> None:
    if raw is None:
        monkeypatch.delenv("DATABASE_CONN_MAX_AGE", raising=False)
    else:
        monkeypatch.setenv("DATABASE_CONN_MAX_AGE", raw)
    assert env_seconds_or_unlimited("DATABASE_CONN_MAX_AGE", None) == expected


@pytest.mark.parametrize("raw", ["-1", "soon", "1.5"])
def test_a_bad_connection_age_is_refused(monkeypatch: pytest.MonkeyPatch, raw: str) -> None:
    monkeypatch.setenv("DATABASE_CONN_MAX_AGE", raw)
    with pytest.raises(ImproperlyConfigured, match="DATABASE_CONN_MAX_AGE"):
        env_seconds_or_unlimited("DATABASE_CONN_MAX_AGE", None)


def test_database_urls() -> None:
    postgres = database_from_url("postgres://app:p%40ss@db.internal:5433/custos")
    assert (postgres["NAME"], postgres["USER"], postgres["PASSWORD"], postgres["HOST"], postgres["PORT"]) == (
        "custos",
        "app",
        "p@ss",
        "db.internal",
        "5433",
    )
    assert postgres["CONN_MAX_AGE"] is None and postgres["CONN_HEALTH_CHECKS"] is True  # kept while it works
    assert database_from_url("postgres://db/custos", conn_max_age=300)["CONN_MAX_AGE"] == 300
    assert database_from_url("sqlite:////tmp/x.sqlite3")["NAME"] == "/tmp/x.sqlite3"
    with pytest.raises(ImproperlyConfigured, match="not supported"):
        database_from_url("mysql://root@localhost/custos")
