"""Typed readers for settings that come from the environment.

Each helper fails loudly (ImproperlyConfigured) on a value it cannot parse, so a
typo in a deployment stops the process at start-up instead of changing
behaviour silently. Secrets can also be read from ``<NAME>_FILE``.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str | None = None) -> str:
    value = os.environ.get(name)
    if value is None:
        if default is None:
            raise ImproperlyConfigured(f"Environment variable {name} is required.")
        return default
    return value


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean (use true/false, 1/0, yes/no, on/off).")


def env_int(name: str, default: int, *, minimum: int | None = None) -> int:
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not an integer.") from None
    if minimum is not None and value < minimum:
        raise ImproperlyConfigured(f"{name}={value} is below the minimum of {minimum}.")
    return value


def env_seconds_or_unlimited(name: str, default: int | None) -> int | None:
    """Seconds (an integer, 0 or more), or ``unlimited`` (None), as Django's CONN_MAX_AGE takes them."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    if raw.strip().lower() == "unlimited":
        return None
    return env_int(name, 0, minimum=0)


def env_float(name: str, default: float, *, minimum: float | None = None) -> float:
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a number.") from None
    if minimum is not None and value < minimum:
        raise ImproperlyConfigured(f"{name}={value} is below the minimum of {minimum}.")
    return value


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_secret(name: str, *, local_dir: Path | None) -> str:
    """Read a secret from ``NAME`` or the file named by ``NAME_FILE``.

    Production (``local_dir`` is None) has no default: a missing secret is an
    error. The embedded mode generates one on first use and keeps it under
    ``local_dir`` so restarts keep sessions and audit hashes comparable.
    """
    value = os.environ.get(name)
    file_name = os.environ.get(f"{name}_FILE")
    if value and file_name:
        raise ImproperlyConfigured(f"Set either {name} or {name}_FILE, not both.")
    if file_name:
        try:
            value = Path(file_name).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ImproperlyConfigured(f"{name}_FILE={file_name!r} cannot be read: {exc}") from exc
    if value:
        if len(value) < 32:
            raise ImproperlyConfigured(f"{name} must be at least 32 characters long.")
        return value
    if local_dir is None:
        raise ImproperlyConfigured(
            f"{name} (or {name}_FILE) is required when DATABASE_URL is set; secrets have no production default."
        )
    path = local_dir / name.lower()
    if not path.exists():
        local_dir.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(48), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()


def database_from_url(
    url: str, *, prepared_statements: bool = True, conn_max_age: int | None = None
) -> dict[str, object]:
    """Turn ``postgres://user:pass@host:port/name`` or ``sqlite:///path`` into a DATABASES entry.

    ``conn_max_age``: seconds a connection is kept between requests, None for
    as long as it works (checked on first use in each request). A new
    connection costs its first pre-flight request about 9 ms (connect, then
    planning every query and the audit function again), so by default
    connections are not recycled on a timer.

    ``prepared_statements``: PostgreSQL plans a query once per connection and
    reuses the plan after its fifth run (psycopg's server-side binding). The
    pre-flight runs the same few queries on every request, so this saves their
    planning; turn it off behind a pooler that cannot keep prepared statements.
    """
    parts = urlsplit(url)
    if parts.scheme in {"postgres", "postgresql", "pgsql"}:
        name = unquote(parts.path.lstrip("/"))
        if not name:
            raise ImproperlyConfigured(f"DATABASE_URL {url!r} names no database.")
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": name,
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": parts.hostname or "",
            "PORT": str(parts.port or ""),
            "CONN_MAX_AGE": conn_max_age,
            "CONN_HEALTH_CHECKS": True,
            "OPTIONS": {"server_side_binding": True, "prepare_threshold": 5} if prepared_statements else {},
        }
    if parts.scheme == "sqlite":
        # sqlite:///relative/path or sqlite:////absolute/path, as dj-database-url reads them.
        return sqlite_database(Path(unquote(parts.path)[1:]))
    raise ImproperlyConfigured(
        f"DATABASE_URL scheme {parts.scheme!r} is not supported (use postgres:// or sqlite:///)."
    )


def sqlite_database(path: Path) -> dict[str, object]:
    # IMMEDIATE transactions take the write lock at BEGIN, so two writers
    # cannot both read the audit chain head before one of them inserts.
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(path),
        "OPTIONS": {"transaction_mode": "IMMEDIATE", "timeout": 20},
    }
