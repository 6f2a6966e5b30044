"""Ed25519 signing of notes, as the C2SP signed-note spec defines them.

A note is UTF-8 text ending in a newline, then a blank line, then one line per
signature: ``— <key name> <base64(key id || signature)>``. The key id is the
first four bytes of SHA-256(name || "\\n" || 0x01 || public key), 0x01 naming
Ed25519. A verifier key is written ``<name>+<key id hex>+<base64(0x01 || public key)>``.

The private key comes from settings (CUSTOS_AUDIT_SIGNING_KEY, a PEM private key
or the base64 of a 32-byte seed) and never enters the database. In embedded mode
with no key configured, one is generated once under ``var/secrets``.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

ALGORITHM_ED25519 = 0x01
SIGNATURE_PREFIX = "\u2014 "  # em dash and a space
GENERATED_KEY_FILE = "custos_audit_signing_key"


class NoteError(ValueError):
    """A note that is malformed or carries no valid signature by a trusted key."""


def key_id(name: str, public_key: bytes) -> bytes:
    return hashlib.sha256(name.encode("utf-8") + b"\n" + bytes([ALGORITHM_ED25519]) + public_key).digest()[:4]


@dataclass(frozen=True)
class VerifierKey:
    """A named Ed25519 public key that checks note signatures."""

    name: str
    public_key: bytes

    @property
    def key_id(self) -> bytes:
        return key_id(self.name, self.public_key)

    @property
    def key_id_hex(self) -> str:
        return self.key_id.hex()

    @property
    def public_key_b64(self) -> str:
        return base64.b64encode(self.public_key).decode("ascii")

    @property
    def pem(self) -> str:
        """The key as a PEM SubjectPublicKeyInfo block, for auditors who pin keys in files."""
        return (
            Ed25519PublicKey.from_public_bytes(self.public_key)
            .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
            .decode("ascii")
        )

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the raw 32-byte key, as colon-separated hex: to compare over the phone or on paper."""
        digest = hashlib.sha256(self.public_key).hexdigest().upper()
        return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))

    def __str__(self) -> str:
        encoded = base64.b64encode(bytes([ALGORITHM_ED25519]) + self.public_key).decode("ascii")
        return f"{self.name}+{self.key_id_hex}+{encoded}"

    @classmethod
    def parse(cls, text: str) -> VerifierKey:
        """Read ``name+keyid+base64(0x01||key)``, checking that the key id matches."""
        try:
            name, hex_id, encoded = text.strip().rsplit("+", 2)
            raw = base64.b64decode(encoded, validate=True)
        except (ValueError, binascii.Error):
            raise ValueError(f"not a verifier key: {text!r}") from None
        if not _valid_name(name) or len(raw) != 33 or raw[0] != ALGORITHM_ED25519:
            raise ValueError(f"not an Ed25519 verifier key: {text!r}")
        key = cls(name=name, public_key=raw[1:])
        if key.key_id_hex != hex_id.lower():
            raise ValueError(f"verifier key {text!r}: key id {hex_id} does not match the key")
        return key

    def verify(self, message: bytes, signature: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.public_key).verify(signature, message)
        except InvalidSignature:
            return False
        return True


@dataclass(frozen=True)
class NoteSigner:
    """A named Ed25519 private key that signs notes."""

    name: str
    private_key: Ed25519PrivateKey

    @property
    def verifier(self) -> VerifierKey:
        raw = self.private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return VerifierKey(name=self.name, public_key=raw)

    def sign(self, message: bytes) -> bytes:
        return self.private_key.sign(message)

    def signature_line(self, message: bytes) -> str:
        encoded = base64.b64encode(self.verifier.key_id + self.sign(message)).decode("ascii")
        return f"{SIGNATURE_PREFIX}{self.name} {encoded}\n"

    def sign_note(self, body: str) -> str:
        if not body.endswith("\n"):
            raise ValueError("a note body must end with a newline")
        return body + "\n" + self.signature_line(body.encode("utf-8"))


@dataclass(frozen=True)
class NoteSignature:
    """One signature line of a note."""

    name: str
    key_id: bytes
    signature: bytes


def split_note(note: str) -> tuple[str, list[NoteSignature]]:
    """The body and the signature lines of a note; raises NoteError when malformed."""
    body, separator, block = note.rpartition("\n\n")
    if not separator or not block.endswith("\n"):
        raise NoteError("not a signed note: no blank line before the signatures, or no final newline")
    body += "\n"
    signatures = []
    for line in block[:-1].split("\n"):
        if not line.startswith(SIGNATURE_PREFIX):
            raise NoteError(f"malformed signature line {line!r}")
        name, _, encoded = line[len(SIGNATURE_PREFIX) :].rpartition(" ")
        try:
            raw = base64.b64decode(encoded, validate=True)
        except binascii.Error:
            raise NoteError(f"signature line {line!r} is not base64") from None
        if not _valid_name(name) or len(raw) < 5:
            raise NoteError(f"malformed signature line {line!r}")
        signatures.append(NoteSignature(name=name, key_id=raw[:4], signature=raw[4:]))
    return body, signatures


def open_note(note: str, verifiers: list[VerifierKey]) -> tuple[str, VerifierKey]:
    """The body of ``note`` and the trusted key that signed it; NoteError if no trusted key did."""
    body, signatures = split_note(note)
    known = {(key.name, key.key_id): key for key in verifiers}
    for signature in signatures:
        key = known.get((signature.name, signature.key_id))
        if key is not None:
            if not key.verify(body.encode("utf-8"), signature.signature):
                raise NoteError(f"the signature by {key.name}+{key.key_id_hex} does not verify")
            return body, key
    names = ", ".join(f"{s.name}+{s.key_id.hex()}" for s in signatures)
    raise NoteError(f"no signature by a trusted key (signed by: {names})")


def _valid_name(name: str) -> bool:
    return bool(name) and "+" not in name and not any(char.isspace() for char in name)


def parse_private_key(text: str) -> Ed25519PrivateKey:
    """A PEM (PKCS#8) Ed25519 private key, or the standard/URL-safe base64 of a 32-byte seed."""
    text = text.strip()
    if text.startswith("-----BEGIN"):
        try:
            key = serialization.load_pem_private_key(text.encode("ascii"), password=None)
        except (ValueError, TypeError) as exc:
            raise ImproperlyConfigured(f"CUSTOS_AUDIT_SIGNING_KEY is not a readable PEM private key: {exc}") from None
        if not isinstance(key, Ed25519PrivateKey):
            raise ImproperlyConfigured("CUSTOS_AUDIT_SIGNING_KEY must be an Ed25519 key.")
        return key
    try:  # standard or URL-safe alphabet, padding optional
        seed = base64.b64decode(text.replace("-", "+").replace("_", "/") + "=" * (-len(text) % 4), validate=True)
    except binascii.Error:
        seed = b""
    if len(seed) != 32:
        raise ImproperlyConfigured(
            "CUSTOS_AUDIT_SIGNING_KEY must be an Ed25519 PEM private key or the base64 of a 32-byte seed "
            "(e.g. `openssl rand -base64 32`)."
        )
    return Ed25519PrivateKey.from_private_bytes(seed)


def _generated_key_text(directory: Path) -> str:
    path = directory / GENERATED_KEY_FILE
    if not path.exists():
        directory.mkdir(parents=True, exist_ok=True)
        path.write_text(base64.b64encode(secrets.token_bytes(32)).decode("ascii") + "\n", encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()


@functools.lru_cache(maxsize=8)
def _signer(key_text: str, name: str) -> NoteSigner:
    return NoteSigner(name=name, private_key=parse_private_key(key_text))


def log_signer() -> NoteSigner:
    """The signer of this log's checkpoints; its key name is the log origin."""
    key_text = settings.CUSTOS_AUDIT_SIGNING_KEY
    if not key_text:
        directory = settings.CUSTOS_AUDIT_SIGNING_KEY_DIR
        if directory is None:
            raise ImproperlyConfigured("CUSTOS_AUDIT_SIGNING_KEY (or CUSTOS_AUDIT_SIGNING_KEY_FILE) is required.")
        key_text = _generated_key_text(Path(directory))
    origin = settings.CUSTOS_AUDIT_LOG_ORIGIN
    if not _valid_name(origin):
        raise ImproperlyConfigured(f"CUSTOS_AUDIT_LOG_ORIGIN={origin!r} must be non-empty, without spaces or '+'.")
    return _signer(key_text, origin)


def trusted_verifiers() -> list[VerifierKey]:
    """The current key and any retired keys still trusted for older checkpoints."""
    retired = [VerifierKey.parse(text) for text in settings.CUSTOS_AUDIT_RETIRED_VERIFIER_KEYS]
    return [log_signer().verifier, *retired]
