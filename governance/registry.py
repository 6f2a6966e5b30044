"""What the pre-flight reads on every request, kept in memory between registry changes.

A decision needs the caller's service key and scope, the workload, its
allowed destinations, the destination and the published policy. Reading them
through the ORM on every request costs about as much as classifying a short
payload, yet they change only when someone edits the registry. So each
process keeps a snapshot of the rows it has read, labelled with the registry
version token (``governance.models.RegistryVersion``) that database triggers
replace on every write to those tables, whoever writes. Each request reads
the token (one query on a one-row table); if it moved, the snapshot is
dropped. A revoked key, a suspended workload or a newly published policy
therefore counts from the first request after its change commits.

Rows are read lazily, after the token was read: a snapshot may hold rows
newer than its token, never older ones. Model instances in a snapshot are
shared by the requests of this process: treat them as read-only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.db import InterfaceError, OperationalError, connections, router
from django.db.backends.base.base import BaseDatabaseWrapper

from governance.models import (
    Destination,
    DetectionProfileVersion,
    PolicyVersion,
    RegistryVersion,
    ServiceKey,
    Workload,
)

if TYPE_CHECKING:
    from classifier.profile import CompiledProfile


@dataclass(frozen=True)
class ScopedKey:
    """A service key and the ids of the workloads it may ask for."""

    key: ServiceKey
    workload_ids: frozenset[int]


@dataclass(frozen=True)
class WorkloadEntry:
    """A workload and its allowed destinations, in catalogue order."""

    workload: Workload
    allowed: tuple[Destination, ...]


class RegistrySnapshot:
    """Rows read under one registry version token; filled as requests need them."""

    def __init__(self, token: str | None):
        self.token = token
        self._keys: dict[str, ScopedKey] = {}
        self._workloads: dict[str, WorkloadEntry] = {}
        self._destinations: dict[str, Destination] = {}
        self._policy: list[PolicyVersion | None] = []  # empty: not read yet
        self._profile: list[DetectionProfileVersion | None] = []  # empty: not read yet
        self._compiled: dict[str, CompiledProfile | None] = {}

    def service_key(self, prefix: str) -> ScopedKey | None:
        entry = self._keys.get(prefix)
        if entry is None:
            key = ServiceKey.objects.filter(prefix=prefix).first()
            if key is None:
                return None  # unknown prefixes are not remembered: they would let a caller fill memory
            entry = ScopedKey(key, frozenset(key.workloads.values_list("pk", flat=True)))
            self._keys[prefix] = entry
        return entry

    def workload(self, slug: str) -> WorkloadEntry | None:
        entry = self._workloads.get(slug)
        if entry is None:
            workload = Workload.objects.filter(slug=slug).first()
            if workload is None:
                return None
            entry = WorkloadEntry(workload, tuple(workload.allowed_destinations.all()))
            self._workloads[slug] = entry
        return entry

    def destination(self, slug: str) -> Destination | None:
        destination = self._destinations.get(slug)
        if destination is None:
            destination = Destination.objects.filter(slug=slug).first()
            if destination is None:
                return None
            self._destinations[slug] = destination
        return destination

    def published_policy(self) -> PolicyVersion | None:
        if not self._policy:
            self._policy.append(PolicyVersion.objects.filter(status=PolicyVersion.Status.PUBLISHED).first())
        return self._policy[0]

    def published_detection_profile(self) -> DetectionProfileVersion | None:
        if not self._profile:
            self._profile.append(
                DetectionProfileVersion.objects.filter(status=DetectionProfileVersion.Status.PUBLISHED).first()
            )
        return self._profile[0]

    def detection_profile(self, workload_slug: str) -> CompiledProfile | None:
        """The published detection profile compiled for this workload's parts; None when none is published."""
        if workload_slug not in self._compiled:
            from governance.detection import compiled_for  # loads RE2: for requests, not for start-up

            version = self.published_detection_profile()
            self._compiled[workload_slug] = None if version is None else compiled_for(version, workload_slug)
        return self._compiled[workload_slug]


_current: RegistrySnapshot | None = None


def current_snapshot() -> RegistrySnapshot:
    """The snapshot for the registry as it is now: the cached one if the token has not moved."""
    global _current
    token = _read_token()
    snapshot = _current
    if snapshot is None or token is None or snapshot.token != token:
        snapshot = RegistrySnapshot(token)
        # Without a token (the row was truncated away) nothing can tell when to drop it: never reuse it.
        _current = snapshot if token is not None else None
    return snapshot


def forget_snapshot() -> None:
    """Drop this process's snapshot (tests that rewrite tables with the triggers disabled)."""
    global _current
    _current = None


def _read_token() -> str | None:
    """The registry version token; this read is also the request's database health check.

    Django checks a kept-alive connection (CONN_HEALTH_CHECKS) with a query of
    its own on first use in each request: a second round trip on every
    pre-flight. The token read does that job instead: if the connection died
    while idle (a database restart), it fails here, is closed, and the read
    runs once more on a new connection, which is what the health check would
    have achieved. Inside a transaction a failure is raised as it is.
    """
    connection: Any = connections[router.db_for_read(RegistryVersion)]  # health_check_*: not in django-stubs
    we_check = (
        connection.connection is not None
        and connection.health_check_enabled
        and not connection.health_check_done
        and not connection.in_atomic_block
    )
    if we_check:
        connection.health_check_done = True
    try:
        return _query_token(connection)
    except (OperationalError, InterfaceError):
        if not we_check:
            raise
        connection.close()
        return _query_token(connection)


def _query_token(connection: BaseDatabaseWrapper) -> str | None:
    # Raw SQL: this runs on every pre-flight request and the ORM would triple its cost.
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT token FROM {RegistryVersion._meta.db_table} WHERE id = 1")  # noqa: S608  # no input
        row = cursor.fetchone()
    return str(row[0]) if row else None
