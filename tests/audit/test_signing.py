"""Ed25519 signed notes (C2SP signed-note) and where the signing key comes from."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings

from audit.signing import NoteError, NoteSigner, VerifierKey, log_signer, open_note, parse_private_key

# The example of golang.org/x/mod/sumdb/note, the reference implementation of signed notes.
GO_VERIFIER_KEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
GO_NOTE = (
    "If you think cryptography is the answer to your problem,\n"
    "then you don't know what your problem is.\n"
    "\n"
    "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n"
)


def signer(name: str = "example.org/log", seed: bytes = b"\x07" * 32) -> NoteSigner:
    return NoteSigner(name=name, private_key=Ed25519PrivateKey.from_private_bytes(seed))


def test_reads_and_verifies_the_reference_implementations_note() -> None:
    key = VerifierKey.parse(GO_VERIFIER_KEY)
    body, by = open_note(GO_NOTE, [key])
    assert body.startswith("If you think") and by == key
    assert str(key) == GO_VERIFIER_KEY


def test_key_id_is_the_first_four_bytes_of_sha256_of_name_newline_0x01_key() -> None:
    verifier = signer().verifier
    expected = hashlib.sha256(b"example.org/log\n\x01" + verifier.public_key).digest()[:4]
    assert verifier.key_id == expected
    assert (
        str(verifier) == f"example.org/log+{expected.hex()}+" + base64.b64encode(b"\x01" + verifier.public_key).decode()
    )
    assert VerifierKey.parse(str(verifier)) == verifier


def test_a_verifier_key_with_a_wrong_key_id_is_refused() -> None:
    name, _, encoded = str(signer().verifier).split("+")
    with pytest.raises(ValueError, match="does not match"):
        VerifierKey.parse(f"{name}+00000000+{encoded}")


def test_signed_note_round_trip_and_signature_line_format() -> None:
    note = signer().sign_note("hello\nworld\n")
    body, line = note.split("\n\n")
    assert body == "hello\nworld"
    assert line.startswith("\u2014 example.org/log ") and line.endswith("\n")
    raw = base64.b64decode(line.split(" ")[-1])
    assert raw[:4] == signer().verifier.key_id and len(raw) == 4 + 64
    assert open_note(note, [signer().verifier])[0] == "hello\nworld\n"


def test_an_edited_note_body_fails() -> None:
    note = signer().sign_note("size 10\n").replace("size 10", "size 11")
    with pytest.raises(NoteError, match="does not verify"):
        open_note(note, [signer().verifier])


def test_a_note_signed_by_another_key_is_untrusted() -> None:
    note = signer(seed=b"\x08" * 32).sign_note("hello\n")
    with pytest.raises(NoteError, match="no signature by a trusted key"):
        open_note(note, [signer().verifier])


def test_a_forged_signature_under_the_right_key_id_fails() -> None:
    real = signer()
    forger = NoteSigner(name=real.name, private_key=Ed25519PrivateKey.from_private_bytes(b"\x09" * 32))
    signature = forger.sign(b"hello\n")
    line = "\u2014 example.org/log " + base64.b64encode(real.verifier.key_id + signature).decode() + "\n"
    with pytest.raises(NoteError, match="does not verify"):
        open_note("hello\n\n" + line, [real.verifier])


@pytest.mark.parametrize("note", ["hello\n", "hello\n\nnot a signature\n", "hello\n\n\u2014 name !!!\n"])
def test_malformed_notes_are_refused(note: str) -> None:
    with pytest.raises(NoteError):
        open_note(note, [signer().verifier])


def test_private_key_formats() -> None:
    key = Ed25519PrivateKey.from_private_bytes(b"\x05" * 32)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    for text in (
        pem.decode(),
        base64.b64encode(b"\x05" * 32).decode(),
        base64.urlsafe_b64encode(b"\x05" * 32).decode().rstrip("="),
    ):
        parsed = parse_private_key(text)
        assert parsed.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw) == raw


@pytest.mark.parametrize(
    "text",
    ["not a key", base64.b64encode(b"short").decode(), "-----BEGIN PRIVATE KEY-----\nxx\n-----END PRIVATE KEY-----"],
)
def test_unreadable_private_keys_fail_loudly(text: str) -> None:
    with pytest.raises(ImproperlyConfigured, match="CUSTOS_AUDIT_SIGNING_KEY"):
        parse_private_key(text)


def test_embedded_mode_generates_one_key_and_keeps_it(tmp_path: Path) -> None:
    with override_settings(CUSTOS_AUDIT_SIGNING_KEY="", CUSTOS_AUDIT_SIGNING_KEY_DIR=tmp_path):
        first = log_signer().verifier
        assert log_signer().verifier == first
    stored = tmp_path / "custos_audit_signing_key"
    assert stored.stat().st_mode & 0o777 == 0o600
    assert len(base64.b64decode(stored.read_text())) == 32


def test_production_without_a_key_fails_loudly() -> None:
    no_key = override_settings(CUSTOS_AUDIT_SIGNING_KEY="", CUSTOS_AUDIT_SIGNING_KEY_DIR=None)
    with no_key, pytest.raises(ImproperlyConfigured, match="CUSTOS_AUDIT_SIGNING_KEY"):
        log_signer()


def test_an_origin_that_cannot_be_a_key_name_fails_loudly() -> None:
    with override_settings(CUSTOS_AUDIT_LOG_ORIGIN="has space"), pytest.raises(ImproperlyConfigured, match="ORIGIN"):
        log_signer()
