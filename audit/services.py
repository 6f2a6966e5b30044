"""Writing to the audit log. ``record`` is the only way in; ``record_with_row`` is it plus the caller's row.

Every append takes the chain lock, reads the head, and inserts the next
event with SHA-256(previous hash || entry bytes). On PostgreSQL the
``audit_append()`` function (migration 0005) does all of that in one call
under a transaction-level advisory lock, with the entry's canonical JSON
built here (``audit.hashing.entry_parts``); on SQLite the same steps run
here, under the write lock an IMMEDIATE transaction holds from BEGIN.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Mapping
from contextlib import nullcontext
from functools import cache
from typing import Any

from django.conf import settings
from django.db import connections, models, router, transaction
from django.http import HttpRequest
from django.utils import timezone

from audit.actions import AuditAction, SubjectType
from audit.actors import Actor
from audit.canonical import canonical_json
from audit.hashing import GENESIS_HASH, chain_hash, entry_bytes, entry_dict, entry_parts
from audit.models import AuditEvent
from config.db import insert_new, milliseconds, prepared_values

logger = logging.getLogger(__name__)

# pg_advisory_xact_lock key: the ASCII of "custos" as an integer. Held until
# the surrounding transaction commits or rolls back, so two writers can never
# both extend the same head.
_CHAIN_LOCK_KEY = 0x637573746F73

# The event fields a caller's row can copy (record_with_row), as audit_append() returns them.
_APPEND_RESULT = {"seq": "out_seq", "hash": "out_hash", "created_at": "out_created_at"}


class AuditWriteError(Exception):
    """The audit event could not be written; the caller's change must not commit."""


def record(
    *,
    actor: Actor,
    action: AuditAction,
    subject_type: SubjectType,
    subject_id: str | int = "",
    payload: Mapping[str, Any] | None = None,
    lock_timeout_s: float | None = None,
    statement_timeout_s: float | None = None,
) -> AuditEvent:
    """Append one event to the chain inside the caller's transaction.

    Must be called inside ``transaction.atomic``: the event commits together
    with the change it describes, or neither does. ``payload`` must never hold
    raw input text: keyed hashes (``audit.fingerprints.payload_hmac``), sizes and labels only.
    ``lock_timeout_s`` and ``statement_timeout_s`` bound the append's waits (see ``record_with_row``).
    """
    using = router.db_for_write(AuditEvent)
    if not transaction.get_connection(using).in_atomic_block:
        raise AuditWriteError("audit.services.record() must run inside the transaction of the change it records.")
    event = _new_event(actor, action, subject_type, subject_id, payload)
    if connections[using].vendor != "postgresql":
        _append_here(event, using)
        _checkpoint_when_due(event.seq, using)
        return event
    with connections[using].cursor() as cursor:
        cursor.execute(
            f"SELECT out_seq, out_hash, out_prev_hash, out_created_at FROM {_APPEND_CALL}",  # noqa: S608
            _append_params(event, lock_timeout_s=lock_timeout_s, statement_timeout_s=statement_timeout_s),
        )
        row = cursor.fetchone()
    event.seq, event.hash, event.prev_hash, event.created_at = row
    _mark_saved(event, using)
    _checkpoint_when_due(event.seq, using)
    return event


def access_denied_record(request: HttpRequest, *, required_role: str) -> None:
    """Record a refused web UI request (``access.denied``) in its own transaction, before the 403 goes out."""
    user = request.user
    with transaction.atomic():
        record(
            actor=Actor.for_user(user),
            action=AuditAction.ACCESS_DENIED,
            subject_type=SubjectType.UI,
            subject_id=request.path[:128],
            payload={
                "path": request.path,
                "method": request.method,
                "user": user.get_username() if user.is_authenticated else "",
                "required_role": required_role,
            },
        )


def record_with_row(
    *,
    actor: Actor,
    action: AuditAction,
    subject_type: SubjectType,
    subject_id: str | int = "",
    payload: Mapping[str, Any] | None = None,
    row: models.Model,
    links: Mapping[str, str],
    lock_timeout_s: float | None = None,
    statement_timeout_s: float | None = None,
) -> AuditEvent:
    """Append one event and INSERT ``row``, a new row that refers to it: both or neither.

    ``links`` maps fields of ``row`` to the event's ``seq``, ``hash`` or
    ``created_at``, which are only known once the event is appended; they are
    set on ``row``. On PostgreSQL this is a single statement (one round trip,
    atomic by itself, committed at once outside a transaction): the
    pre-flight's decision and its audit event. ``row`` gets no ``save()``
    signals (see ``config.db.insert_new``). Inside a transaction the
    statement gets a savepoint, so that a failure leaves the caller's
    transaction usable.

    ``lock_timeout_s`` bounds each lock wait of the statement (the chain lock
    first: ``lock_not_available`` after it), ``statement_timeout_s`` all of
    them together (``query_canceled``): ``audit_append()`` applies both
    itself (migration 0007, docs/decisions/0012), so bounding costs no round
    trip. Its ``lock_timeout`` is ``SET LOCAL``: inside a caller's
    transaction it lasts until that commits. SQLite ignores both.
    """
    unknown = set(links.values()) - set(_APPEND_RESULT)
    if unknown:
        raise ValueError(f"links can only copy {', '.join(_APPEND_RESULT)}, not {', '.join(sorted(unknown))}.")
    if row._meta.pk is None or getattr(row, row._meta.pk.attname) is None:
        raise ValueError(f"record_with_row() needs the primary key of the {type(row).__name__} set.")
    using = router.db_for_write(type(row), instance=row)
    connection = connections[using]
    event = _new_event(actor, action, subject_type, subject_id, payload)
    if connection.vendor != "postgresql":
        with transaction.atomic(using=using):
            _append_here(event, using)
            for field, attribute in links.items():
                setattr(row, field, getattr(event, attribute))
            insert_new(row, using=using)
        _checkpoint_when_due(event.seq, using)
        return event
    sql, fields = _append_with_row_sql(type(row), tuple(links.items()), using)
    # Outside a transaction the statement is its own (and commits at once); inside one it gets a savepoint,
    # so that a failure leaves the caller's transaction usable.
    nested = transaction.atomic(using=using) if connection.in_atomic_block else nullcontext()
    bounds = _append_params(event, lock_timeout_s=lock_timeout_s, statement_timeout_s=statement_timeout_s)
    with nested, connection.cursor() as cursor:
        cursor.execute(sql, [*bounds, *prepared_values(row, fields, using)])
        event.seq, event.hash, event.prev_hash, event.created_at = cursor.fetchone()
    _mark_saved(event, using)
    for field, attribute in links.items():
        setattr(row, field, getattr(event, attribute))
    _mark_saved(row, using)
    _checkpoint_when_due(event.seq, using)
    return event


def _checkpoint_when_due(seq: int, using: str) -> None:
    """Every CUSTOS_AUDIT_CHECKPOINT_EVENTS-th event queues a checkpoint once it commits.

    Seqs are unique, so exactly one writer sees each multiple: the unanchored
    tail stays near that many events however fast the log grows (beat bounds
    it in time). Queuing never fails the caller's write, and happens in a
    thread of its own, so a stalled broker never holds up the request that
    happened to write the multiple (in eager mode the task runs right here).
    """
    if seq % settings.CUSTOS_AUDIT_CHECKPOINT_EVENTS:
        return

    def enqueue() -> None:
        from audit.tasks import checkpoint_write  # the task module imports this one

        try:
            checkpoint_write.apply_async(retry=False)
        except Exception:
            logger.exception("could not queue the checkpoint due at seq %s; beat writes the next one", seq)

    def enqueue_aside() -> None:
        if settings.CELERY_TASK_ALWAYS_EAGER:
            enqueue()
        else:
            threading.Thread(target=enqueue, name=f"checkpoint-due-{seq}", daemon=True).start()

    transaction.on_commit(enqueue_aside, using=using)


def _new_event(
    actor: Actor, action: str, subject_type: str, subject_id: str | int, payload: Mapping[str, Any] | None
) -> AuditEvent:
    """The event as far as it is known before the chain head: no seq, hash or final time yet."""
    return AuditEvent(
        created_at=timezone.now(),
        actor_type=actor.type,
        actor_id=actor.id,
        actor_label=actor.label,
        action=str(action),  # a plain str, also when given an AuditAction member
        subject_type=str(subject_type),
        subject_id=str(subject_id),
        payload=dict(payload or {}),
    )


# The audit_append() call (migrations 0005, 0007); its parameters come from _append_params().
_APPEND_CALL = (
    "audit_append(%s::bigint, %s::timestamptz, %s::text, %s::text, %s::text, %s::text, %s::text, %s::text, "
    "%s::jsonb, %s::text, %s::text, %s::text, %s::integer, %s::integer)"
)


def _append_params(event: AuditEvent, *, lock_timeout_s: float | None, statement_timeout_s: float | None) -> list[Any]:
    """The parameters of _APPEND_CALL that append ``event`` on PostgreSQL, waiting at most as long as given."""
    payload_json = canonical_json(event.payload).decode("utf-8")  # once: hashed and stored
    head, middle, tail = entry_parts(
        actor_type=event.actor_type,
        actor_id=event.actor_id,
        actor_label=event.actor_label,
        action=event.action,
        subject_type=event.subject_type,
        subject_id=event.subject_id,
        payload=event.payload,
        payload_json=payload_json,
    )
    return [
        _CHAIN_LOCK_KEY,
        event.created_at,
        event.actor_type,
        event.actor_id,
        event.actor_label,
        event.action,
        event.subject_type,
        event.subject_id,
        payload_json,
        head,
        middle,
        tail,
        None if lock_timeout_s is None else milliseconds(lock_timeout_s),
        None if statement_timeout_s is None else milliseconds(statement_timeout_s),
    ]


@cache
def _append_with_row_sql(
    model: type[models.Model], links: tuple[tuple[str, str], ...], using: str
) -> tuple[str, tuple[models.Field, ...]]:
    """The one statement of record_with_row for ``model``, built once: the append, then the row's INSERT."""
    meta = model._meta
    names = {name for name, _ in links}
    fields = tuple(field for field in meta.concrete_fields if field.name not in names and field.attname not in names)
    linked = [(_concrete_field(meta, name), _APPEND_RESULT[attribute]) for name, attribute in links]
    quote = connections[using].ops.quote_name
    columns = ", ".join(quote(field.column) for field in (*fields, *(field for field, _ in linked)))
    from_event = "(SELECT {} FROM event)".format  # the columns audit_append() returns, named in this module
    values = ", ".join(["%s"] * len(fields) + [from_event(column) for _, column in linked])
    returning = ", ".join(from_event(column) for column in ("out_seq", "out_hash", "out_prev_hash", "out_created_at"))
    # Identifiers come from the models, quoted; every value goes in as a parameter.
    sql = (
        f"WITH event AS (SELECT * FROM {_APPEND_CALL}) "  # noqa: S608
        f"INSERT INTO {quote(meta.db_table)} ({columns}) VALUES ({values}) RETURNING {returning}"
    )
    return sql, fields


def _append_here(event: AuditEvent, using: str) -> None:
    """The append in Python, for databases without audit_append() (SQLite: the IMMEDIATE transaction's lock)."""
    head = AuditEvent.objects.using(using).order_by("-seq").values_list("seq", "hash", "created_at").first()
    seq, prev_hash, prev_time = (head[0] + 1, head[1], head[2]) if head else (1, GENESIS_HASH, None)
    # Time never runs backwards along the chain, even if clocks of two hosts differ.
    created_at: dt.datetime = event.created_at if prev_time is None else max(event.created_at, prev_time)
    entry = entry_dict(
        seq=seq,
        created_at=created_at,
        actor_type=event.actor_type,
        actor_id=event.actor_id,
        actor_label=event.actor_label,
        action=event.action,
        subject_type=event.subject_type,
        subject_id=event.subject_id,
        payload=event.payload,
    )
    event.seq, event.created_at, event.prev_hash = seq, created_at, prev_hash
    event.hash = chain_hash(prev_hash, entry_bytes(entry))
    insert_new(event, using=using)


def _concrete_field(meta: Any, name: str) -> models.Field:
    field = meta.get_field(name)
    if not isinstance(field, models.Field) or not field.concrete:
        raise ValueError(f"{meta.label}.{name} is not a column the audit event can fill.")
    return field


def _mark_saved(instance: models.Model, using: str) -> None:
    instance._state.adding = False
    instance._state.db = using
