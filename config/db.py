"""Database helpers shared by the apps."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connections, models, router


@cache
def _insert_sql(model: type[models.Model], using: str) -> tuple[str, tuple[models.Field, ...]]:
    connection = connections[using]
    quote = connection.ops.quote_name
    fields = tuple(model._meta.concrete_fields)
    columns = ", ".join(quote(field.column) for field in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    # Identifiers come from the model, quoted; every value goes in as a parameter.
    return f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({placeholders})", fields  # noqa: S608


def prepared_values(instance: models.Model, fields: tuple[models.Field, ...], using: str) -> list[Any]:
    """The field values of a new row as ``save()`` would send them (``pre_save``, then ``get_db_prep_save``)."""
    connection = connections[using]
    return [field.get_db_prep_save(field.pre_save(instance, add=True), connection) for field in fields]


def insert_new(instance: models.Model, *, using: str | None = None) -> None:
    """INSERT one new row with its primary key already set, by a statement built once per model.

    For rows written on hot paths (audit events and pre-flight decisions where
    the database has no ``audit_append()``): ``save()`` spends about half a
    millisecond of Python per row compiling the same INSERT again. Values are prepared by each field exactly
    as ``save()`` prepares them (``pre_save``, then ``get_db_prep_save``), so
    defaults, ``auto_now_add`` and JSON encoding behave the same. No signals
    are sent and no ``save()`` override runs: use it only for models that
    need neither, and for rows that are new.
    """
    model = type(instance)
    if model._meta.pk is None or getattr(instance, model._meta.pk.attname) is None:
        raise ValueError(f"insert_new() needs the primary key of the {model.__name__} set.")
    using = using or router.db_for_write(model, instance=instance)
    sql, fields = _insert_sql(model, using)
    params = prepared_values(instance, fields, using)
    with connections[using].cursor() as cursor:
        cursor.execute(sql, params)
    instance._state.adding = False
    instance._state.db = using


@contextmanager
def local_timeouts(
    *, lock_timeout_s: float, statement_timeout_s: float, using: str = DEFAULT_DB_ALIAS
) -> Iterator[None]:
    """Bound lock waits and statements of the current transaction (PostgreSQL ``SET LOCAL``; a no-op elsewhere).

    Must run inside ``transaction.atomic``: the settings end with the transaction, so
    other work on the same connection keeps the server's defaults. One round trip.
    """
    connection = connections[using]
    if not connection.in_atomic_block:
        raise RuntimeError("local_timeouts() bounds a transaction: call it inside transaction.atomic().")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT set_config('lock_timeout', %s, true), set_config('statement_timeout', %s, true)",
                [f"{milliseconds(lock_timeout_s)}ms", f"{milliseconds(statement_timeout_s)}ms"],
            )
    yield


def milliseconds(seconds: float) -> int:
    """A timeout in whole milliseconds for PostgreSQL, never 0 (which would mean no limit at all)."""
    return max(1, round(seconds * 1000))


# SQLSTATEs of a statement stopped by the limits above: lock_not_available, query_canceled.
_TIMEOUT_SQLSTATES = {"55P03": "lock_timeout", "57014": "statement_timeout"}


def timeout_kind(exc: BaseException) -> str:
    """``lock_timeout`` or ``statement_timeout`` when ``exc`` (or what it wraps) is PostgreSQL
    stopping a statement at that limit; otherwise ``""``."""
    seen: BaseException | None = exc
    while seen is not None:
        kind = _TIMEOUT_SQLSTATES.get(str(getattr(seen, "sqlstate", "") or ""))
        if kind:
            return kind
        seen = seen.__cause__
    return ""
