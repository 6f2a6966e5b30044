"""Service key format: recognisable, checksummed, stored only as a hash.

    cst_<id:8>_<secret:32><checksum:6>

- ``cst_<id>`` is the visible prefix, stored in clear to find the key row
  and to show in the UI and the audit log.
- the secret is 32 base62 characters (~190 bits) from ``secrets``.
- the checksum is CRC32 of everything before it, in 6 base62 characters, so
  secret scanners (and we, before touching the database) can tell a real
  key from a typo. Scanner pattern: ``cst_[a-z2-7]{8}_[0-9A-Za-z]{38}``.

Only SHA-256 of the whole key is stored; comparison is constant-time.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import string
import zlib
from dataclasses import dataclass

PREFIX = "cst_"
_ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567"
_BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
KEY_PATTERN = re.compile(r"^(cst_[a-z2-7]{8})_([0-9A-Za-z]{32})([0-9A-Za-z]{6})$")


@dataclass(frozen=True)
class NewKey:
    prefix: str
    plaintext: str
    key_hash: str


def _base62(number: int, width: int) -> str:
    digits = []
    for _ in range(width):
        number, digit = divmod(number, 62)
        digits.append(_BASE62[digit])
    return "".join(reversed(digits))


def _checksum(body: str) -> str:
    return _base62(zlib.crc32(body.encode("ascii")), 6)


def hash_key(plaintext: str) -> str:
    return hashlib.sha256(plaintext.encode("utf-8")).hexdigest()


def generate_key() -> NewKey:
    key_id = "".join(secrets.choice(_ID_ALPHABET) for _ in range(8))
    secret = "".join(secrets.choice(_BASE62) for _ in range(32))
    body = f"{PREFIX}{key_id}_{secret}"
    plaintext = body + _checksum(body)
    return NewKey(prefix=f"{PREFIX}{key_id}", plaintext=plaintext, key_hash=hash_key(plaintext))


def parse_prefix(plaintext: str) -> str | None:
    """The key's prefix if it is well-formed and its checksum holds, else None."""
    match = KEY_PATTERN.match(plaintext)
    if not match:
        return None
    body = plaintext[:-6]
    if not hmac.compare_digest(_checksum(body), match.group(3)):
        return None
    return match.group(1)


def key_matches(plaintext: str, stored_hash: str) -> bool:
    return hmac.compare_digest(hash_key(plaintext), stored_hash)
