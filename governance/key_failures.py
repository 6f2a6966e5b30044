"""Failed uses of service keys: limits per source and per key prefix, and their aggregation for the audit log.

A key's prefix is visible (UI, log), so anyone can build a well-formed key
for it with a random secret. Such forgeries must neither spend the real
key's quota (the secret is checked before the rate limit, in
``governance.api.auth``) nor grow the audit log without bound. Here:

- two failure counters per minute, one per source address and one per
  prefix (``CUSTOS_KEY_FAILURES_PER_SOURCE``, ``CUSTOS_KEY_FAILURES_PER_PREFIX``);
  past either, failed attempts get 429 instead of 401. A correct key is
  never refused by them: it is not counted as a failure.
- aggregation in intervals of ``CUSTOS_KEY_FAILURE_AUDIT_INTERVAL_S``: the
  first failure of a prefix in an interval is written at once (an officer
  sees the attack at once); the later ones are only counted, in a Redis
  "pending" hash per prefix and interval. A pending interval is written out
  as one event, by whichever comes first: the prefix's first failure in a
  later interval (it carries them) or the beat task ``servicekey_failures_flush``
  once the interval has ended. Claiming is one atomic Lua script (read and
  delete), so a pending count is written exactly once; if the database
  refuses the write, the counts are put back for the next attempt.

Source addresses are personal data (an IP address can identify a person) and
the audit log can never be erased, so events carry keyed hashes of them
(HMAC with ``CUSTOS_AUDIT_HMAC_KEY``, 16 hex characters), enough to tell
sources apart and to check a suspected address, never the address itself.
At most ``SOURCES_LISTED`` are listed per event; the rest are counted.

Without Redis (the embedded mode, or while its breaker is open) the same
bookkeeping lives in this process: pending counts are then written with the
prefix's next failure in this process after the interval ends, since the beat
task runs elsewhere.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

import redis
from django.conf import settings

from audit.fingerprints import payload_hmac
from governance.ratelimit import WINDOW_S, count_in_window, local_increment, redis_call, redis_script

SOURCES_LISTED = 20
_PENDING_INDEX = "custos:keyfail:pending"


@dataclass
class FailureBatch:
    """Failed uses of one key prefix over a period, not yet (or now being) written to the audit log."""

    prefix: str
    since: dt.datetime
    until: dt.datetime
    count: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    workloads: Counter[str] = field(default_factory=Counter)
    sources: set[str] = field(default_factory=set)
    sources_not_listed: int = 0

    def add(self, other: FailureBatch) -> None:
        self.since = min(self.since, other.since)
        self.until = max(self.until, other.until)
        self.count += other.count
        self.reasons.update(other.reasons)
        self.workloads.update(other.workloads)
        self.sources_not_listed += other.sources_not_listed
        for source in sorted(other.sources):
            if source in self.sources or len(self.sources) < SOURCES_LISTED:
                self.sources.add(source)
            else:
                self.sources_not_listed += 1

    def payload(self) -> dict[str, object]:
        return {
            "count": self.count,
            "reasons": dict(sorted(self.reasons.items())),
            "workloads": dict(sorted(self.workloads.items())),
            "sources": sorted(self.sources),
            "sources_not_listed": self.sources_not_listed,
            "since": self.since.isoformat(),
            "until": self.until.isoformat(),
        }


@dataclass(frozen=True)
class FailureVerdict:
    """What one failed use means for its request, and what (if anything) to write to the audit log now."""

    retry_after_s: int  # 0: answer 401; more: the source or prefix is over its limit, answer 429
    limited_by: str  # "", "source" or "prefix"
    to_record: FailureBatch | None  # the batch to write now (first failure of an interval, with carried ones)


def source_label(remote_addr: str) -> str:
    """A keyed hash standing for a source address in the audit log."""
    return payload_hmac(f"source-address:{remote_addr}")[:16] if remote_addr else ""


def _interval_s() -> int:
    return settings.CUSTOS_KEY_FAILURE_AUDIT_INTERVAL_S


def _interval_bounds(interval: int) -> tuple[dt.datetime, dt.datetime]:
    length = _interval_s()
    start = dt.datetime.fromtimestamp(interval * length, tz=dt.UTC)
    return start, start + dt.timedelta(seconds=length)


def _pending_key(member: str) -> str:
    return f"custos:keyfail:pending:{member}"


# Count the failure per source and per prefix; the first failure of the prefix's
# interval only marks the interval opened (the caller writes it at once), later
# ones add to the interval's pending counts.
_REGISTER = redis_script("""
local by_source = redis.call('INCR', KEYS[1])
if by_source == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
local by_prefix = redis.call('INCR', KEYS[2])
if by_prefix == 1 then redis.call('EXPIRE', KEYS[2], ARGV[1]) end
local first = redis.call('HSETNX', KEYS[3], 'opened', '1')
if first == 0 then
  redis.call('HINCRBY', KEYS[3], 'count', 1)
  redis.call('HINCRBY', KEYS[3], 'reason:' .. ARGV[3], 1)
  if ARGV[5] ~= '' then redis.call('HINCRBY', KEYS[3], 'workload:' .. ARGV[5], 1) end
  if ARGV[4] ~= '' and redis.call('SISMEMBER', KEYS[4], ARGV[4]) == 0 then
    if redis.call('SCARD', KEYS[4]) < tonumber(ARGV[7]) then
      redis.call('SADD', KEYS[4], ARGV[4])
    else
      redis.call('HINCRBY', KEYS[3], 'sources_not_listed', 1)
    end
  end
  redis.call('SADD', KEYS[5], ARGV[6])
end
redis.call('EXPIRE', KEYS[3], ARGV[2])
redis.call('EXPIRE', KEYS[4], ARGV[2])
return {by_source, by_prefix, first}
""")

# Read and delete one pending interval, atomically: whoever claims it writes it.
_CLAIM = redis_script("""
local fields = redis.call('HGETALL', KEYS[1])
local sources = redis.call('SMEMBERS', KEYS[2])
redis.call('DEL', KEYS[1], KEYS[2])
redis.call('SREM', KEYS[3], ARGV[1])
return {fields, sources}
""")


def register_unknown_key(*, remote_addr: str, now: float | None = None) -> FailureVerdict:
    """A malformed or unknown key: counted against its source only (there is no key to audit it under)."""
    moment = time.time() if now is None else now
    window = int(moment // WINDOW_S)
    count = count_in_window(_source_counter(source_label(remote_addr), window), window)
    if count > settings.CUSTOS_KEY_FAILURES_PER_SOURCE:
        return FailureVerdict(max(1, int((window + 1) * WINDOW_S - moment)), "source", None)
    return FailureVerdict(0, "", None)


def _source_counter(source: str, window: int) -> str:
    return f"custos:keyfail:source:{source or 'unknown'}:{window}"


def register_failure(
    *, prefix: str, reason: str, remote_addr: str, workload: str = "", now: float | None = None
) -> FailureVerdict:
    """Count one failed use of ``prefix`` and say how to answer it and what to audit now."""
    moment = time.time() if now is None else now
    window = int(moment // WINDOW_S)
    interval = int(moment // _interval_s())
    source = source_label(remote_addr)
    member = f"{prefix}:{interval}"
    keys = [
        _source_counter(source, window),
        f"custos:keyfail:prefix:{prefix}:{window}",
        _pending_key(member),
        _pending_key(member) + ":sources",
        _PENDING_INDEX,
    ]
    pending_ttl = max(86_400, 10 * _interval_s())  # long enough that the beat task always gets there first
    args: list[str | int] = [WINDOW_S * 2, pending_ttl, reason, source, workload, member, SOURCES_LISTED]
    reply = redis_call("key failure count", lambda client: _REGISTER(keys=keys, args=args, client=client))
    if reply is None:
        by_source = local_increment(keys[0], window)
        by_prefix = local_increment(keys[1], window)
        first = int(_local_register(prefix, interval, reason, source, workload))
    else:
        by_source, by_prefix, first = (int(value) for value in reply)

    to_record = None
    if first:
        since, until = _interval_bounds(interval)
        to_record = FailureBatch(prefix, since, until, 1, Counter([reason]), Counter([workload] if workload else []))
        if source:
            to_record.sources.add(source)
        for earlier in claim_pending(prefix=prefix, now=moment):
            to_record.add(earlier)
    retry_after = max(1, int((window + 1) * WINDOW_S - moment))
    if by_source > settings.CUSTOS_KEY_FAILURES_PER_SOURCE:
        return FailureVerdict(retry_after, "source", to_record)
    if by_prefix > settings.CUSTOS_KEY_FAILURES_PER_PREFIX:
        return FailureVerdict(retry_after, "prefix", to_record)
    return FailureVerdict(0, "", to_record)


def claim_pending(*, prefix: str | None = None, now: float | None = None) -> list[FailureBatch]:
    """Take the pending batches of intervals that have ended (of one prefix, or all); the caller writes them."""
    before = int((time.time() if now is None else now) // _interval_s())
    batches = _local_claim(prefix, before)
    members = redis_call("key failure index", lambda client: client.smembers(_PENDING_INDEX))
    for raw in sorted(members or ()):
        member = raw.decode() if isinstance(raw, bytes) else str(raw)
        member_prefix, _, interval = member.rpartition(":")
        if (prefix is not None and member_prefix != prefix) or not interval.isdigit() or int(interval) >= before:
            continue
        batch = _claim_one(member_prefix, int(interval))
        if batch is not None and batch.count:
            batches.append(batch)
    return batches


def _claim_one(prefix: str, interval: int) -> FailureBatch | None:
    member = f"{prefix}:{interval}"
    keys = [_pending_key(member), _pending_key(member) + ":sources", _PENDING_INDEX]
    reply = redis_call("key failure claim", lambda client: _CLAIM(keys=keys, args=[member], client=client))
    return _batch_from_redis(prefix, interval, *reply) if reply else None


def requeue(batch: FailureBatch) -> None:
    """Put a claimed batch back (its audit write failed), so a later flush writes it: no count is lost."""
    interval = int(batch.since.timestamp() // _interval_s())
    member = f"{batch.prefix}:{interval}"

    def put_back(client: redis.Redis) -> bool:
        pipe = client.pipeline()
        key = _pending_key(member)
        pipe.hsetnx(key, "opened", "1")
        pipe.hincrby(key, "count", batch.count)
        pipe.hincrby(key, "sources_not_listed", batch.sources_not_listed)
        for reason, count in batch.reasons.items():
            pipe.hincrby(key, f"reason:{reason}", count)
        for workload, count in batch.workloads.items():
            pipe.hincrby(key, f"workload:{workload}", count)
        if batch.sources:
            pipe.sadd(key + ":sources", *batch.sources)
        pipe.sadd(_PENDING_INDEX, member)
        pipe.execute()
        return True

    if redis_call("key failure requeue", put_back) is None:
        with _local_lock:
            pending = _local_pending.setdefault((batch.prefix, interval), _empty_batch(batch.prefix, interval))
            pending.add(batch)


def _batch_from_redis(prefix: str, interval: int, fields: list[bytes], sources: list[bytes]) -> FailureBatch:
    batch = _empty_batch(prefix, interval)
    values = dict(zip(fields[::2], fields[1::2], strict=True))
    for raw_name, raw_value in values.items():
        name, value = raw_name.decode(), int(raw_value)
        if name == "count":
            batch.count = value
        elif name == "sources_not_listed":
            batch.sources_not_listed = value
        elif name.startswith("reason:"):
            batch.reasons[name.removeprefix("reason:")] = value
        elif name.startswith("workload:"):
            batch.workloads[name.removeprefix("workload:")] = value
    batch.sources = {raw.decode() for raw in sources}
    return batch


def _empty_batch(prefix: str, interval: int) -> FailureBatch:
    since, until = _interval_bounds(interval)
    return FailureBatch(prefix, since, until)


# --- In-process stand-in (embedded mode, Redis breaker open) ----------------

_local_lock = threading.Lock()
_local_opened: set[tuple[str, int]] = set()
_local_pending: dict[tuple[str, int], FailureBatch] = {}


def _local_register(prefix: str, interval: int, reason: str, source: str, workload: str) -> bool:
    with _local_lock:
        if (prefix, interval) not in _local_opened:
            _local_opened.add((prefix, interval))
            return True
        batch = _local_pending.setdefault((prefix, interval), _empty_batch(prefix, interval))
        single = FailureBatch(prefix, batch.since, batch.until, 1, Counter([reason]))
        if workload:
            single.workloads[workload] += 1
        if source:
            single.sources.add(source)
        batch.add(single)
        return False


def _local_claim(prefix: str | None, before: int) -> list[FailureBatch]:
    with _local_lock:
        ended = [k for k in _local_pending if k[1] < before and (prefix is None or k[0] == prefix)]
        for stale in [k for k in _local_opened if k[1] < before and (prefix is None or k[0] == prefix)]:
            _local_opened.discard(stale)
        return [_local_pending.pop(k) for k in sorted(ended)]
