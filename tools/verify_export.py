#!/usr/bin/env python3
"""Verify a Custos audit export offline: python tools/verify_export.py BUNDLE [--public-key B64].

Standalone on purpose: Python 3.11+ standard library and ``cryptography`` only,
nothing from the Custos code base, so an auditor can read every line that
decides. The hashing and the RFC 9162 proof verification are copies of
audit/hashing.py, audit/canonical.py and the verification half of audit/merkle.py;
keep them in step (tests/audit/test_verify_export.py runs this file on real bundles).

BUNDLE is a folder or a .zip holding manifest.json, manifest.sig, events.jsonl,
events.csv and proofs.jsonl. Exit 0 with a summary when everything verifies;
1 naming the first problem when not; 2 when the bundle cannot be read.

Without --public-key the key inside the bundle is used and the summary says so:
that only shows the bundle is self-consistent. Pin the key you obtained
independently (GET /api/v1/audit/public-key, or your records) to show who signed.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import csv
import hashlib
import io
import json
import sys
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

FORMAT = "custos-audit-export/1"
GENESIS_HASH = "0" * 64
ENTRY_FIELDS = (
    "seq",
    "created_at",
    "actor_type",
    "actor_id",
    "actor_label",
    "action",
    "subject_type",
    "subject_id",
    "payload",
)
EVENT_FIELDS = (*ENTRY_FIELDS, "prev_hash", "hash")
SIGNATURE_PREFIX = "\u2014 "
HASH_SIZE = 32


class Failed(Exception):
    """The first problem found; the message names it."""


# --- Hashing (copy of audit/canonical.py + audit/hashing.py) ---


def _no_floats(value: Any) -> bool:
    if isinstance(value, float):
        return False
    if isinstance(value, dict):
        return all(_no_floats(item) for item in value.values())
    if isinstance(value, list):
        return all(_no_floats(item) for item in value)
    return True


def entry_bytes(event: dict[str, Any]) -> bytes:
    entry = {name: event[name] for name in ENTRY_FIELDS}
    if not _no_floats(entry):
        raise ValueError("floats are never part of an audit entry")
    return json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode("utf-8")


def chain_hash(prev_hash: str, entry: bytes) -> str:
    return hashlib.sha256(bytes.fromhex(prev_hash) + entry).hexdigest()


# --- RFC 9162 verification (copy of the verification half of audit/merkle.py) ---


def leaf_hash(entry: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + entry).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def verify_inclusion(index: int, size: int, leaf: bytes, proof: Sequence[bytes], root: bytes) -> bool:
    """True when ``proof`` shows the leaf hash ``leaf`` at ``index`` in the tree of ``size`` with ``root``."""
    if not 0 <= index < size or any(len(node) != HASH_SIZE for node in proof):
        return False
    fn, sn, r = index, size - 1, leaf
    for node in proof:
        if sn == 0:
            return False  # an extra proof element
        if fn & 1 or fn == sn:
            r = node_hash(node, r)
            if not fn & 1:
                while fn and not fn & 1:
                    fn, sn = fn >> 1, sn >> 1
        else:
            r = node_hash(r, node)
        fn, sn = fn >> 1, sn >> 1
    return sn == 0 and r == root


def verify_consistency(first: int, second: int, first_root: bytes, second_root: bytes, proof: Sequence[bytes]) -> bool:
    """True when ``proof`` shows the tree (second, second_root) extends (first, first_root)."""
    if not 0 <= first <= second or any(len(node) != HASH_SIZE for node in proof):
        return False
    if first == second:
        return not proof and first_root == second_root
    if first == 0:
        return not proof  # every tree extends the empty one
    if not proof:
        return False
    path = list(proof)
    if first & (first - 1) == 0:  # an exact power of two: the first root is the starting node
        path.insert(0, first_root)
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn, sn = fn >> 1, sn >> 1
    fr = sr = path[0]
    for node in path[1:]:
        if sn == 0:
            return False  # an extra proof element
        if fn & 1 or fn == sn:
            fr, sr = node_hash(node, fr), node_hash(node, sr)
            if not fn & 1:
                while fn and not fn & 1:
                    fn, sn = fn >> 1, sn >> 1
        else:
            sr = node_hash(sr, node)
        fn, sn = fn >> 1, sn >> 1
    return sn == 0 and fr == first_root and sr == second_root


# --- Signed notes (C2SP signed-note, Ed25519) ---


class Key:
    """An Ed25519 public key with its signed-note name and key id."""

    def __init__(self, name: str, public_key: bytes) -> None:
        if len(public_key) != 32:
            raise Failed("the public key is not 32 bytes")
        self.name = name
        self.public_key = public_key
        self.key_id = hashlib.sha256(name.encode("utf-8") + b"\n\x01" + public_key).digest()[:4]

    def check_line(self, line: str, message: bytes, what: str) -> None:
        """Verify one signature line ``— name base64(keyid || sig)`` over ``message``."""
        if not line.startswith(SIGNATURE_PREFIX):
            raise Failed(f"{what}: not a signature line")
        name, _, encoded = line[len(SIGNATURE_PREFIX) :].rpartition(" ")
        try:
            raw = base64.b64decode(encoded, validate=True)
        except binascii.Error:
            raise Failed(f"{what}: the signature is not base64") from None
        if name != self.name or raw[:4] != self.key_id:
            raise Failed(f"{what}: signed by {name}+{raw[:4].hex()}, not by the key {self.name}+{self.key_id.hex()}")
        try:
            Ed25519PublicKey.from_public_bytes(self.public_key).verify(raw[4:], message)
        except InvalidSignature:
            raise Failed(f"{what}: bad signature") from None


def open_checkpoint(note: str, key: Key, what: str) -> tuple[str, int, bytes]:
    """Verify a checkpoint note's signature; its origin, tree size and root."""
    body, separator, block = note.rpartition("\n\n")
    if not separator or not block.endswith("\n"):
        raise Failed(f"{what}: not a signed note")
    body += "\n"
    signed = False
    for line in block[:-1].split("\n"):
        name = line[len(SIGNATURE_PREFIX) :].rpartition(" ")[0]
        if name == key.name:
            key.check_line(line, body.encode("utf-8"), what)
            signed = True
    if not signed:
        raise Failed(f"{what}: no signature by {key.name}")
    lines = body.split("\n")
    try:
        origin, size, root = lines[0], int(lines[1]), base64.b64decode(lines[2], validate=True)
    except (IndexError, ValueError, binascii.Error):
        raise Failed(f"{what}: not a checkpoint") from None
    if len(root) != HASH_SIZE:
        raise Failed(f"{what}: the root hash is not 32 bytes")
    return origin, size, root


# --- The bundle ---


class Bundle:
    """A folder or zip of export files."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.zip = zipfile.ZipFile(path) if path.is_file() else None

    def open(self, name: str) -> IO[str]:
        try:
            if self.zip is not None:
                return io.TextIOWrapper(self.zip.open(name), encoding="utf-8", newline="")
            return (self.path / name).open(encoding="utf-8", newline="")
        except (KeyError, OSError) as exc:
            raise Failed(f"{name} is missing from the bundle ({exc})") from None

    def read_bytes(self, name: str) -> bytes:
        try:
            return self.zip.read(name) if self.zip is not None else (self.path / name).read_bytes()
        except (KeyError, OSError) as exc:
            raise Failed(f"{name} is missing from the bundle ({exc})") from None

    def digest(self, name: str) -> tuple[str, int]:
        data = self.read_bytes(name)
        return hashlib.sha256(data).hexdigest(), len(data)


def _json_lines(handle: IO[str], name: str) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, line in enumerate(handle, start=1):
        try:
            value = json.loads(line)
        except json.JSONDecodeError:
            raise Failed(f"{name} line {number} is not JSON") from None
        if not isinstance(value, dict):
            raise Failed(f"{name} line {number} is not a JSON object")
        yield number, value


def _hex_path(proof: dict[str, Any], what: str) -> list[bytes]:
    try:
        return [bytes.fromhex(node) for node in proof["audit_path"]]
    except (KeyError, TypeError, ValueError):
        raise Failed(f"{what}: malformed audit path") from None


def verify(bundle: Bundle, pinned_key: bytes | None) -> str:
    """Check everything; return the summary, or raise Failed at the first problem."""
    manifest_bytes = bundle.read_bytes("manifest.json")
    try:
        manifest = json.loads(manifest_bytes)
    except json.JSONDecodeError:
        raise Failed("manifest.json is not JSON") from None
    if manifest.get("format") != FORMAT:
        raise Failed(f"manifest.json: unknown format {manifest.get('format')!r}")
    key_info = manifest["public_key"]
    try:
        bundled_key = base64.b64decode(key_info["public_key"], validate=True)
    except (binascii.Error, KeyError):
        raise Failed("manifest.json: unreadable public key") from None
    if pinned_key is not None and pinned_key != bundled_key:
        raise Failed("manifest.json: the bundle names a different public key than --public-key")
    key = Key(key_info["key_name"], pinned_key or bundled_key)
    if key.key_id.hex() != key_info["key_id"]:
        raise Failed("manifest.json: the key id does not match the key")

    # 1. Who signed: the manifest, then the checkpoint it relies on.
    key.check_line(bundle.read_bytes("manifest.sig").decode("utf-8").rstrip("\n"), manifest_bytes, "manifest.sig")
    checkpoint = manifest["checkpoint"]
    tree_size, root = 0, b""
    if checkpoint is not None:
        origin, tree_size, root = open_checkpoint(checkpoint["note"], key, "checkpoint note")
        if (origin, tree_size, root.hex()) != (
            manifest["log_origin"],
            checkpoint["tree_size"],
            checkpoint["root_hash"],
        ):
            raise Failed("manifest mismatch: the checkpoint fields differ from its signed note")
    previous = manifest.get("previous_checkpoint")
    if previous is not None:
        _, previous_size, previous_root = open_checkpoint(previous["note"], key, "previous checkpoint note")
        consistency = [bytes.fromhex(node) for node in previous["consistency_proof"]]
        if not verify_consistency(previous_size, tree_size, previous_root, root, consistency):
            raise Failed(
                f"bad consistency proof: the checkpoint does not extend the previous one (size {previous_size})"
            )

    # 2. Every event: its own hash, its link to the previous exported event, its inclusion proof.
    count, first, last, policy_versions = 0, None, None, set()
    first_leaf = last_leaf = b""
    table = csv.reader(bundle.open("events.csv"))
    if next(table, None) != list(EVENT_FIELDS):
        raise Failed("events.csv: the header is not the event fields")
    events = _json_lines(bundle.open("events.jsonl"), "events.jsonl")
    proofs = _json_lines(bundle.open("proofs.jsonl"), "proofs.jsonl")
    for number, event in events:
        where = f"events.jsonl line {number}"
        if set(event) != set(EVENT_FIELDS):
            raise Failed(f"{where}: fields {sorted(event)} are not the event fields")
        seq = event["seq"]
        where += f" (seq {seq})"
        if not isinstance(seq, int) or seq < 1:
            raise Failed(f"{where}: bad seq")
        try:
            entry = entry_bytes(event)
            recomputed = chain_hash(event["prev_hash"], entry)
        except (ValueError, TypeError):
            raise Failed(f"{where}: cannot be hashed (edited line?)") from None
        if recomputed != event["hash"]:
            raise Failed(f"{where}: content does not match its hash (edited line)")
        if last is not None:
            if seq <= last["seq"]:
                raise Failed(f"{where}: seq is not after the previous line's seq {last['seq']} (reordered lines)")
            if seq == last["seq"] + 1 and event["prev_hash"] != last["hash"]:
                raise Failed(f"{where}: does not link to the hash of seq {last['seq']}")
            if manifest["contiguous"] and seq != last["seq"] + 1:
                raise Failed(f"{where}: seq {last['seq'] + 1} is missing here (missing or reordered line)")
        if seq == 1 and event["prev_hash"] != GENESIS_HASH:
            raise Failed(f"{where}: the first event must link to the genesis hash")
        if seq > tree_size:
            raise Failed(f"{where}: not covered by the checkpoint of size {tree_size}")
        try:
            proof_number, proof = next(proofs)
        except StopIteration:
            raise Failed(f"proofs.jsonl: no proof for seq {seq}") from None
        if proof.get("seq") != seq:
            if isinstance(proof.get("seq"), int) and proof["seq"] < seq:
                raise Failed(f"events.jsonl: seq {proof['seq']} is missing before line {number} (missing line)")
            raise Failed(f"proofs.jsonl line {proof_number}: proves seq {proof.get('seq')}, not seq {seq}")
        path = _hex_path(proof, f"proofs.jsonl line {proof_number}")
        if proof.get("tree_size") != tree_size or not verify_inclusion(
            seq - 1, tree_size, leaf_hash(entry), path, root
        ):
            raise Failed(f"{where}: bad inclusion proof against the checkpoint of size {tree_size}")
        version = event["payload"].get("policy_version") if isinstance(event["payload"], dict) else None
        if isinstance(version, str | int) and not isinstance(version, bool):
            policy_versions.add(str(version))
        last, last_leaf = {"seq": seq, "hash": event["hash"], "prev_hash": event["prev_hash"]}, leaf_hash(entry)
        if first is None:
            first, first_leaf = last, last_leaf
        row = next(table, None)
        if row is None or len(row) != len(EVENT_FIELDS) or (row[0], row[-1]) != (str(seq), event["hash"]):
            raise Failed(f"events.csv: the row for seq {seq} differs from events.jsonl")
        count += 1
    if next(proofs, None) is not None:
        raise Failed("proofs.jsonl has more proofs than events.jsonl has events (missing line)")
    if next(table, None) is not None:
        raise Failed("events.csv has more rows than events.jsonl has events")

    # 3. The manifest's claims about the events, and the files it signed.
    if manifest["counts"]["events"] != count:
        raise Failed(f"manifest mismatch: it counts {manifest['counts']['events']} events, events.jsonl has {count}")
    if manifest["first"] != first or manifest["last"] != last:
        raise Failed("manifest mismatch: first or last event differs from events.jsonl")
    if sorted(policy_versions) != manifest["policy_versions"]:
        raise Failed("manifest mismatch: policy versions differ from the events")
    for end, event_ref, leaf in (("first", first, first_leaf), ("last", last, last_leaf)):
        proof = manifest["proofs"][end]
        if event_ref is None:
            continue
        if proof is None or proof["seq"] != event_ref["seq"] or proof["tree_size"] != tree_size:
            raise Failed(f"manifest mismatch: no inclusion proof for the {end} event")
        path = _hex_path(proof, f"manifest.json {end} proof")
        if not verify_inclusion(proof["seq"] - 1, tree_size, leaf, path, root):
            raise Failed(f"manifest.json: bad inclusion proof for the {end} event (seq {proof['seq']})")
    for name, expected in manifest["files"].items():
        digest, size = bundle.digest(name)
        if (digest, size) != (expected["sha256"], expected["bytes"]):
            raise Failed(f"manifest mismatch: {name} is not the file the manifest signed (sha256 differs)")

    span = f"seq {first['seq']}..{last['seq']}" if first and last else "no events"
    shape = "contiguous" if manifest["contiguous"] else "filtered subset"
    pinned = "pinned key" if pinned_key is not None else "key taken from the bundle, not pinned: pass --public-key"
    return (
        f"OK: {count} events ({span}, {shape}); every hash, link and inclusion proof verifies against checkpoint "
        f"size {tree_size} root {base64.b64encode(root).decode()} signed by {key.name}+{key.key_id.hex()} ({pinned})"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Verify a Custos audit export offline.")
    parser.add_argument("bundle", type=Path, help="export folder or .zip")
    parser.add_argument("--public-key", help="base64 Ed25519 public key of the log, obtained independently")
    args = parser.parse_args(argv)
    pinned = None
    if args.public_key:
        try:
            pinned = base64.b64decode(args.public_key, validate=True)
        except binascii.Error:
            print("FAILED: --public-key is not base64", file=sys.stderr)
            return 2
    try:
        bundle = Bundle(args.bundle)
    except (OSError, zipfile.BadZipFile) as exc:
        print(f"FAILED: cannot read {args.bundle}: {exc}", file=sys.stderr)
        return 2
    try:
        print(verify(bundle, pinned))
    except Failed as problem:
        print(f"FAILED: {problem}")
        return 1
    except (KeyError, TypeError, ValueError) as exc:
        print(f"FAILED: manifest.json or a line is malformed ({type(exc).__name__}: {exc})")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
