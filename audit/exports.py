"""Auditor exports: a bundle of events, proofs and a signed manifest that verifies offline.

Bundle (a folder, or the same files in a .zip)::

    manifest.json   filters, counts, first/last event, file digests, the covering
                    checkpoint (signed note), public key, policy versions, the
                    inclusion proofs of the first and last event, and a consistency
                    proof from the previous checkpoint
    manifest.sig    one signed-note signature line over the exact manifest.json bytes
    events.jsonl    one event per line, every field needed to recompute its hash
    events.csv      the same events for spreadsheets (payload as a JSON string)
    proofs.jsonl    one RFC 9162 inclusion proof per event, against the checkpoint

``tools/verify_export.py`` checks a bundle with nothing but Python and
``cryptography``; docs/audit.md says what it proves for filtered exports.
"""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from audit import selectors
from audit.actions import AuditAction, SubjectType
from audit.actors import Actor
from audit.chain import ROW_FIELDS
from audit.checkpoints import checkpoint_create
from audit.hashing import ENTRY_FIELDS, GENESIS_HASH, format_time
from audit.merkle import MerkleTree
from audit.models import Checkpoint, Export
from audit.services import record
from audit.signing import log_signer

EXPORT_FORMAT = "custos-audit-export/1"
DECISION_OUTCOMES = ("allow", "redact", "deny")
# The app that owns workloads lists their slugs for the export form's workload filter, registering
# the list in its AppConfig.ready(): the audit app imports no other app (as with audit.bindings).
_workload_slugs: Callable[[], Iterable[str]] | None = None
CSV_COLUMNS = ROW_FIELDS
# A cell starting with one of these is a formula to a spreadsheet; prefix a quote (OWASP CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PROGRESS_EVERY = 1000

SCOPE_NOTE = (
    "Every exported event is proven to be in the signed checkpoint tree (proofs.jsonl) and its own hash is "
    "recomputed; consecutive seqs are checked to link. A filtered export cannot prove that no other event "
    "matched the filters: completeness is the server's signed claim in this manifest. Gaps in seq are "
    "events outside the filters."
)


def export_workloads_register(provider: Callable[[], Iterable[str]]) -> None:
    """Have the export form offer ``provider()``, the workload slugs, as its workload filter."""
    global _workload_slugs
    _workload_slugs = provider


def export_workload_choices() -> list[str]:
    """The workload slugs the export form offers (none while no app has registered them)."""
    return list(_workload_slugs()) if _workload_slugs is not None else []


class ExportError(Exception):
    """The export cannot be built, e.g. the stored log no longer matches its checkpoint."""


@dataclass(frozen=True)
class ExportFilters:
    """What an auditor asked for; all given filters must match."""

    since: str | None = None  # ISO 8601, inclusive
    until: str | None = None  # ISO 8601, exclusive
    workload: str | None = None  # subject workload:<slug> or payload["workload"] == slug
    action: str | None = None
    decision: str | None = None  # preflight.decision events with payload["decision"]

    @classmethod
    def clean(cls, raw: Mapping[str, Any]) -> ExportFilters:
        """Validate and normalise; raises ValidationError naming the bad field."""
        unknown = set(raw) - set(cls.__dataclass_fields__)
        if unknown:
            raise ValidationError({name: "Unknown filter." for name in sorted(unknown)})
        values = {name: (str(value).strip() or None) if value is not None else None for name, value in raw.items()}
        errors: dict[str, str] = {}
        times: dict[str, datetime] = {}
        for name in ("since", "until"):
            if values.get(name):
                try:
                    moment = datetime.fromisoformat(values[name].replace("Z", "+00:00"))  # type: ignore[union-attr]
                except ValueError:
                    errors[name] = "Not an ISO 8601 date or time."
                    continue
                times[name] = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
                values[name] = format_time(times[name])
        if "since" in times and "until" in times and times["since"] >= times["until"]:
            errors["until"] = "The end of the period must be after its start."
        if values.get("decision") and values["decision"] not in DECISION_OUTCOMES:
            errors["decision"] = f"Must be one of {', '.join(DECISION_OUTCOMES)}."
        if errors:
            raise ValidationError(errors)
        return cls(**values)

    def as_json(self) -> dict[str, str]:
        return {name: value for name, value in asdict(self).items() if value is not None}


def export_create(
    *, actor: Actor, filters: Mapping[str, Any], requested_by: Any = None, enqueue: bool = True
) -> Export:
    """Queue an export and record ``export.create`` in the same transaction; the worker builds it."""
    cleaned = ExportFilters.clean(filters)
    with transaction.atomic():
        export = Export.objects.create(
            filters=cleaned.as_json(),
            requested_by=requested_by if getattr(requested_by, "pk", None) else None,
            requested_by_label=actor.label,
        )
        record(
            actor=actor,
            action=AuditAction.EXPORT_CREATE,
            subject_type=SubjectType.EXPORT,
            subject_id=export.pk,
            payload={"filters": cleaned.as_json()},
        )
        if enqueue:
            from audit.tasks import export_build  # the task module imports this one

            transaction.on_commit(lambda: export_build.delay(export.pk))
    return export


def export_run(
    *, export_id: int, out: Path | None = None, progress: Callable[[int, int], None] | None = None
) -> Export:
    """Build the bundle of an export, streaming events; records ``export.complete`` when done.

    ``out`` ending in .zip writes a zip, anything else a folder; by default a zip
    under CUSTOS_AUDIT_EXPORT_DIR. On failure the export is marked failed with
    the error and the exception propagates (the task may retry).
    """
    export = selectors.export_get(export_id)
    if export.status == Export.Status.DONE:
        return export
    export.status, export.started_at, export.error, export.exported = Export.Status.RUNNING, timezone.now(), "", 0
    export.save(update_fields=["status", "started_at", "error", "exported"])
    target = out or Path(settings.CUSTOS_AUDIT_EXPORT_DIR) / f"custos-audit-export-{export.pk}.zip"
    try:
        result = _build(export, Path(target), progress)
    except Exception as exc:
        export.status, export.error, export.finished_at = Export.Status.FAILED, str(exc)[:2000], timezone.now()
        export.save(update_fields=["status", "error", "finished_at"])
        raise
    with transaction.atomic():
        export.status, export.finished_at, export.file_path = Export.Status.DONE, timezone.now(), str(target)
        export.save(update_fields=["status", "finished_at", "file_path"])
        record(
            actor=Actor.system("exporter"),
            action=AuditAction.EXPORT_COMPLETE,
            subject_type=SubjectType.EXPORT,
            subject_id=export.pk,
            payload=result,
        )
    return export


def _covering_checkpoint(last_seq: int | None, head: int) -> Checkpoint | None:
    """The newest checkpoint, or a fresh one when it does not cover the last exported event."""
    latest = selectors.latest_checkpoint()
    if head and (latest is None or latest.tree_size < (last_seq or 0)):
        latest = checkpoint_create(actor=Actor.system("exporter"))
    return latest


class _DigestWriter:
    """A text file that also hashes and counts what is written to it."""

    def __init__(self, path: Path) -> None:
        self.file: IO[str] = path.open("w", encoding="utf-8", newline="")
        self.digest = hashlib.sha256()
        self.size = 0

    def write(self, text: str) -> int:
        data = text.encode("utf-8")
        self.digest.update(data)
        self.size += len(data)
        return self.file.write(text)

    def summary(self) -> dict[str, Any]:
        self.file.close()
        return {"sha256": self.digest.hexdigest(), "bytes": self.size}


def _json_line(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n"


def _csv_cell(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, sort_keys=True, ensure_ascii=False)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _proof_json(tree: MerkleTree, seq: int, size: int) -> dict[str, Any]:
    return {
        "seq": seq,
        "leaf_index": seq - 1,
        "tree_size": size,
        "audit_path": [node.hex() for node in tree.inclusion_proof(seq - 1, size)],
    }


def _build(export: Export, target: Path, progress: Callable[[int, int], None] | None) -> dict[str, Any]:
    filters = ExportFilters.clean(export.filters)
    head = selectors.chain_head().seq
    events = selectors.export_events(filters.as_json(), upto_seq=head)
    total = events.count()
    last_seq = events.order_by("-seq").values_list("seq", flat=True).first()
    checkpoint = _covering_checkpoint(last_seq, head)
    export.total, export.upto_seq, export.checkpoint = total, head, checkpoint
    export.save(update_fields=["total", "upto_seq", "checkpoint"])

    tree = selectors.merkle_tree(checkpoint.tree_size) if checkpoint else MerkleTree()
    if checkpoint and tree.root(checkpoint.tree_size).hex() != checkpoint.root_hash:
        raise ExportError(f"the stored log does not match checkpoint #{checkpoint.pk}; run `manage.py audit_verify`")

    target.parent.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix=".export-", dir=target.parent))
    try:
        manifest = _write_files(export, filters, events, tree, checkpoint, workdir, total, progress)
        _publish(workdir, target)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return {
        "events": manifest["counts"]["events"],
        "first_seq": manifest["first"]["seq"] if manifest["first"] else None,
        "last_seq": manifest["last"]["seq"] if manifest["last"] else None,
        "checkpoint_size": checkpoint.tree_size if checkpoint else None,
        "manifest_sha256": manifest["_sha256"],
    }


def _write_files(
    export: Export,
    filters: ExportFilters,
    events: Any,
    tree: MerkleTree,
    checkpoint: Checkpoint | None,
    workdir: Path,
    total: int,
    progress: Callable[[int, int], None] | None,
) -> dict[str, Any]:
    jsonl, proofs, csv_file = (
        _DigestWriter(workdir / "events.jsonl"),
        _DigestWriter(workdir / "proofs.jsonl"),
        _DigestWriter(workdir / "events.csv"),
    )
    table = csv.writer(csv_file, lineterminator="\r\n")
    table.writerow(CSV_COLUMNS)
    first: dict[str, Any] | None = None
    last: dict[str, Any] | None = None
    count, contiguous, policy_versions = 0, True, set()
    detection_profiles: set[str] = set()
    for row in events.values(*ROW_FIELDS).iterator(chunk_size=2000):
        event = {**{name: row[name] for name in ROW_FIELDS}, "created_at": format_time(row["created_at"])}
        if checkpoint is None or row["seq"] > checkpoint.tree_size:
            raise ExportError(f"seq {row['seq']} is not covered by the checkpoint")
        jsonl.write(_json_line(event))
        table.writerow([_csv_cell(event[name]) for name in CSV_COLUMNS])
        proofs.write(_json_line(_proof_json(tree, row["seq"], checkpoint.tree_size)))
        if last is not None and row["seq"] != last["seq"] + 1:
            contiguous = False
        version = row["payload"].get("policy_version") if isinstance(row["payload"], dict) else None
        if isinstance(version, str | int) and not isinstance(version, bool):
            policy_versions.add(str(version))
        # The organisation's detection profile ("v3:<hash>") each decision was classified with, when one was published.
        classifier_versions = row["payload"].get("classifier") if isinstance(row["payload"], dict) else None
        if isinstance(classifier_versions, dict) and isinstance(classifier_versions.get("detection_profile"), str):
            detection_profiles.add(classifier_versions["detection_profile"])
        last = {"seq": row["seq"], "hash": row["hash"], "prev_hash": row["prev_hash"]}
        first = first or last
        count += 1
        if count % _PROGRESS_EVERY == 0:
            Export.objects.filter(pk=export.pk).update(exported=count)
            if progress:
                progress(count, total)
    export.exported = count
    export.save(update_fields=["exported"])
    if progress:
        progress(count, total)

    signer = log_signer()
    manifest: dict[str, Any] = {
        "format": EXPORT_FORMAT,
        "export_id": export.pk,
        "created_at": format_time(timezone.now()),
        "log_origin": signer.name,
        "filters": filters.as_json(),
        "upto_seq": export.upto_seq,
        "counts": {"events": count},
        "contiguous": contiguous,
        "first": _endpoint(first),
        "last": _endpoint(last),
        "files": {"events.jsonl": jsonl.summary(), "events.csv": csv_file.summary(), "proofs.jsonl": proofs.summary()},
        "checkpoint": selectors.checkpoint_note_json(checkpoint) if checkpoint else None,
        "previous_checkpoint": None,
        "public_key": {
            "algorithm": "Ed25519",
            "key_name": signer.name,
            "key_id": signer.verifier.key_id_hex,
            "public_key": signer.verifier.public_key_b64,
            "verifier_key": str(signer.verifier),
        },
        "policy_versions": sorted(policy_versions),
        "detection_profiles": sorted(detection_profiles),
        "proofs": {
            "first": _proof_json(tree, first["seq"], checkpoint.tree_size) if first and checkpoint else None,
            "last": _proof_json(tree, last["seq"], checkpoint.tree_size) if last and checkpoint else None,
        },
        "hashing": {
            "entry_fields": list(ENTRY_FIELDS),
            "canonical_json": "sorted keys, separators ',' and ':', UTF-8, no floats",
            "genesis_prev_hash": GENESIS_HASH,
            "chain_hash": "hex(SHA-256(bytes.fromhex(prev_hash) || entry))",
            "leaf_hash": "SHA-256(0x00 || entry)",
            "node_hash": "SHA-256(0x01 || left || right)",
            "leaf_index": "seq - 1",
        },
        "scope": SCOPE_NOTE,
    }
    previous = selectors.checkpoint_before(checkpoint) if checkpoint else None
    if previous is not None and previous.tree_size <= checkpoint.tree_size:  # type: ignore[union-attr]
        manifest["previous_checkpoint"] = {
            **selectors.checkpoint_note_json(previous),
            "consistency_proof": [
                node.hex()
                for node in tree.consistency_proof(previous.tree_size, checkpoint.tree_size)  # type: ignore[union-attr]
            ],
        }
    data = json.dumps(manifest, indent=2, ensure_ascii=False).encode("utf-8") + b"\n"
    (workdir / "manifest.json").write_bytes(data)
    (workdir / "manifest.sig").write_text(signer.signature_line(data), encoding="utf-8")
    manifest["_sha256"] = hashlib.sha256(data).hexdigest()
    return manifest


def _endpoint(event: dict[str, Any] | None) -> dict[str, Any] | None:
    return None if event is None else {"seq": event["seq"], "hash": event["hash"], "prev_hash": event["prev_hash"]}


BUNDLE_FILES = ("manifest.json", "manifest.sig", "events.jsonl", "events.csv", "proofs.jsonl")


def _publish(workdir: Path, target: Path) -> None:
    """Move the finished files to ``target``: a zip when it ends in .zip, else a folder."""
    if target.suffix.lower() == ".zip":
        partial = target.with_name(target.name + ".partial")
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
            for name in BUNDLE_FILES:
                bundle.write(workdir / name, arcname=name)
        partial.replace(target)
        return
    if target.exists() and any(target.iterdir()):
        raise ExportError(f"{target} exists and is not empty")
    target.mkdir(parents=True, exist_ok=True)
    for name in BUNDLE_FILES:
        (workdir / name).replace(target / name)
