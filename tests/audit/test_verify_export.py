"""tools/verify_export.py, run as an auditor would (a subprocess, no Django), on real bundles."""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.db import transaction

from audit import services
from audit.actions import AuditAction
from audit.actors import Actor
from audit.checkpoints import checkpoint_create
from audit.exports import export_create, export_run
from audit.hashing import ENTRY_FIELDS, chain_hash, entry_bytes
from audit.signing import NoteSigner, log_signer
from tests.audit.conftest import Append
from tests.factories import unlisted_subject

pytestmark = pytest.mark.django_db

VERIFIER = Path(__file__).resolve().parents[2] / "tools" / "verify_export.py"


def verify(bundle: Path, *args: str) -> tuple[int, str]:
    # -I: isolated mode, so nothing from the project (or its virtualenv's site-packages path tricks) leaks in.
    result = subprocess.run(
        [sys.executable, "-I", str(VERIFIER), str(bundle), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return result.returncode, result.stdout + result.stderr


def make_bundle(tmp_path: Path, name: str = "bundle", **filters: str) -> Path:
    export = export_create(actor=Actor.system("auditor"), filters=filters, enqueue=False)
    out = tmp_path / name
    export_run(export_id=export.pk, out=out)
    return out


@pytest.fixture
def bundle(append: Append, tmp_path: Path) -> Path:
    append(6)
    checkpoint_create()  # a previous checkpoint, so the bundle carries a consistency proof
    append(5, policy_version="2026-01")
    return make_bundle(tmp_path)


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines(keepends=True)


def public_key() -> str:
    return log_signer().verifier.public_key_b64


def test_intact_bundle_verifies_with_the_pinned_key(bundle: Path) -> None:
    code, out = verify(bundle, "--public-key", public_key())
    assert code == 0, out
    assert out.startswith("OK: 13 events (seq 1..13, contiguous)") and "(pinned key)" in out


def test_intact_zip_verifies_and_says_when_the_key_is_not_pinned(append: Append, tmp_path: Path) -> None:
    append(3)
    zipped = make_bundle(tmp_path, "bundle.zip")
    code, out = verify(zipped)
    assert code == 0, out
    assert "not pinned" in out


def test_intact_filtered_subset_verifies(tmp_path: Path) -> None:
    with transaction.atomic():
        for n, outcome in enumerate(["allow", "deny", "allow", "deny", "redact"]):
            services.record(
                actor=Actor.system("t"),
                action=AuditAction.PREFLIGHT_DECISION,
                subject_type=unlisted_subject("preflight"),
                subject_id=n,
                payload={"decision": outcome},
            )
    code, out = verify(make_bundle(tmp_path, decision="deny"), "--public-key", public_key())
    assert code == 0, out
    assert "OK: 2 events (seq 2..4, filtered subset)" in out


def test_detects_an_edited_line(bundle: Path) -> None:
    events = lines(bundle / "events.jsonl")
    events[4] = events[4].replace('"n":4', '"n":40')
    (bundle / "events.jsonl").write_text("".join(events))
    code, out = verify(bundle)
    assert code == 1 and "events.jsonl line 5 (seq 5): content does not match its hash (edited line)" in out


def test_detects_an_edited_line_whose_hashes_were_recomputed(bundle: Path) -> None:
    """Rewriting the hash chain in the file is not enough: the inclusion proofs pin the signed tree."""
    events = [json.loads(line) for line in lines(bundle / "events.jsonl")]
    events[4]["actor_label"] = "someone else"
    prev = events[3]["hash"]
    for event in events[4:]:
        event["prev_hash"] = prev
        event["hash"] = prev = chain_hash(prev, entry_bytes({name: event[name] for name in ENTRY_FIELDS}))
    (bundle / "events.jsonl").write_text(
        "".join(json.dumps(e, sort_keys=True, separators=(",", ":")) + "\n" for e in events)
    )
    code, out = verify(bundle)
    assert code == 1 and "(seq 5): bad inclusion proof" in out


def test_detects_a_missing_line(bundle: Path) -> None:
    events = lines(bundle / "events.jsonl")
    del events[6]
    (bundle / "events.jsonl").write_text("".join(events))
    code, out = verify(bundle)
    assert code == 1 and "line 7 (seq 8): seq 7 is missing here (missing or reordered line)" in out


def test_detects_a_missing_line_in_a_filtered_subset(tmp_path: Path) -> None:
    with transaction.atomic():
        for n in range(6):
            services.record(
                actor=Actor.system("t"),
                action=AuditAction.PREFLIGHT_DECISION,
                subject_type=unlisted_subject("preflight"),
                subject_id=n,
                payload={"decision": "deny" if n % 2 else "allow"},
            )
    subset = make_bundle(tmp_path, decision="deny")
    events = lines(subset / "events.jsonl")
    del events[1]
    (subset / "events.jsonl").write_text("".join(events))
    code, out = verify(subset)
    assert code == 1 and "seq 4 is missing before line 2 (missing line)" in out


def test_detects_reordered_lines(bundle: Path) -> None:
    events = lines(bundle / "events.jsonl")
    events[2], events[3] = events[3], events[2]
    (bundle / "events.jsonl").write_text("".join(events))
    code, out = verify(bundle)
    assert code == 1 and "line 3 (seq 4): seq 3 is missing here (missing or reordered line)" in out


def test_detects_a_bad_proof(bundle: Path) -> None:
    proofs = [json.loads(line) for line in lines(bundle / "proofs.jsonl")]
    path = proofs[2]["audit_path"]
    path[0] = ("0" if path[0][0] != "0" else "1") + path[0][1:]
    (bundle / "proofs.jsonl").write_text("".join(json.dumps(p) + "\n" for p in proofs))
    code, out = verify(bundle)
    assert code == 1 and "(seq 3): bad inclusion proof" in out


def test_detects_a_proof_with_an_element_missing(bundle: Path) -> None:
    proofs = [json.loads(line) for line in lines(bundle / "proofs.jsonl")]
    proofs[0]["audit_path"].pop()
    (bundle / "proofs.jsonl").write_text("".join(json.dumps(p) + "\n" for p in proofs))
    code, out = verify(bundle)
    assert code == 1 and "(seq 1): bad inclusion proof" in out


def test_detects_a_bad_manifest_signature(bundle: Path) -> None:
    manifest = json.loads((bundle / "manifest.json").read_text())
    manifest["counts"]["events"] = 12
    (bundle / "manifest.json").write_text(json.dumps(manifest, indent=2))
    code, out = verify(bundle)
    assert code == 1 and "manifest.sig: bad signature" in out


def test_detects_a_bundle_signed_with_another_key(bundle: Path) -> None:
    """Someone re-signs a doctored bundle with their own key: pinning the real key catches it."""
    forger = NoteSigner(name=log_signer().name, private_key=Ed25519PrivateKey.generate())
    manifest = json.loads((bundle / "manifest.json").read_text())
    manifest["public_key"]["public_key"] = forger.verifier.public_key_b64
    manifest["public_key"]["key_id"] = forger.verifier.key_id_hex
    data = json.dumps(manifest, indent=2).encode()
    (bundle / "manifest.json").write_bytes(data)
    (bundle / "manifest.sig").write_text(forger.signature_line(data))
    code, out = verify(bundle, "--public-key", public_key())
    assert code == 1 and "different public key than --public-key" in out
    code, out = verify(bundle)  # unpinned, the checkpoint note still betrays the forger
    assert code == 1 and "checkpoint note: signed by custos.local/audit+" in out


def test_detects_a_manifest_that_does_not_match_the_files(bundle: Path) -> None:
    csv_path = bundle / "events.csv"
    csv_path.write_text(csv_path.read_text().replace("tests", "TESTS"))
    code, out = verify(bundle)
    assert code == 1 and "manifest mismatch: events.csv is not the file the manifest signed" in out


def test_detects_a_tampered_zip(append: Append, tmp_path: Path) -> None:
    append(3)
    zipped = make_bundle(tmp_path, "bundle.zip")
    doctored = tmp_path / "doctored.zip"
    with zipfile.ZipFile(zipped) as source, zipfile.ZipFile(doctored, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "events.jsonl":
                data = data.replace(b'"n":1', b'"n":7')
            target.writestr(name, data)
    code, out = verify(doctored)
    assert code == 1 and "(seq 2): content does not match its hash" in out


def test_unreadable_bundle_exits_2(tmp_path: Path) -> None:
    (tmp_path / "not.zip").write_text("nope")
    assert verify(tmp_path / "not.zip")[0] == 2


def test_the_verifier_is_standalone() -> None:
    source = VERIFIER.read_text()
    imports = {line.split()[1].split(".")[0] for line in source.splitlines() if line.startswith(("import ", "from "))}
    assert imports <= {
        "__future__",
        "argparse",
        "base64",
        "binascii",
        "csv",
        "hashlib",
        "io",
        "json",
        "sys",
        "zipfile",
        "collections",
        "pathlib",
        "typing",
        "cryptography",
    }


def test_copy_keeps_working_on_a_moved_bundle(bundle: Path, tmp_path: Path) -> None:
    moved = shutil.copytree(bundle, tmp_path / "elsewhere")
    assert verify(moved, "--public-key", base64.b64encode(log_signer().verifier.public_key).decode())[0] == 0
