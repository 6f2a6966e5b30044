"""Keyed fingerprints of payload text: what the audit log keeps instead of the text.

An HMAC (not a bare hash) so that short or guessable inputs cannot be
confirmed by hashing candidates without the key.
"""

from __future__ import annotations

import hashlib
import hmac

from django.conf import settings


def payload_hmac(text: str) -> str:
    key = settings.CUSTOS_AUDIT_HMAC_KEY.encode("utf-8")
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()
