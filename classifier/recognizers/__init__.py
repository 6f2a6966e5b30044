"""The recognizer set of the Custos engine: Presidio defaults we keep plus our own.

``build_recognizers`` is the single list; ``recognizer_set_hash`` fingerprints
it (names + data files) for the ``versions`` of every classification.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from presidio_analyzer import EntityRecognizer

from classifier.recognizers import contact, financial, national_ids
from classifier.recognizers.addresses import AddressRecognizer
from classifier.recognizers.contact import OfflineEmailRecognizer
from classifier.recognizers.network import PublicIpRecognizer
from classifier.recognizers.patterns import (
    CryptoRecognizer,
    MacAddressRecognizer,
    UsBankRecognizer,
    UsItinRecognizer,
    UsSsnRecognizer,
)
from classifier.recognizers.persons import OrganizationRecognizer, PersonRecognizer
from classifier.recognizers.secrets import SecretsRecognizer
from classifier.recognizers.span_model import SpanModelRecognizer
from classifier.recognizers.special_categories import SpecialCategoryRecognizer

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

# Presidio defaults kept as they are (their patterns run by classifier.recognizers.patterns): checksummed or
# well-bounded formats.
# Dropped: DateRecognizer/UrlRecognizer/UuidRecognizer (not personal data by
# themselves), MedicalLicenseRecognizer (US DEA numbers, noisy), UsPassport /
# UsLicense (replaced by context-anchored PassportRecognizer /
# DriverLicenseRecognizer), NhsRecognizer/IbanRecognizer/PhoneRecognizer/
# EmailRecognizer/SpacyRecognizer/CreditCardRecognizer/IpRecognizer (replaced, see the modules).
_PRESIDIO_KEPT = (
    CryptoRecognizer,
    PublicIpRecognizer,
    MacAddressRecognizer,
    UsBankRecognizer,
    UsItinRecognizer,
    UsSsnRecognizer,
)


def build_recognizers(language: str = "en") -> list[EntityRecognizer]:
    """Fresh recognizer instances for one language."""
    recognizers: list[EntityRecognizer] = [cls(supported_language=language) for cls in _PRESIDIO_KEPT]
    recognizers.append(OfflineEmailRecognizer(supported_language=language))
    for cls in (*national_ids.RECOGNIZERS, *financial.RECOGNIZERS, *contact.RECOGNIZERS):
        recognizers.append(cls(supported_language=language))
    recognizers += [
        SecretsRecognizer(supported_language=language),
        SpecialCategoryRecognizer(supported_language=language),
        SpanModelRecognizer(supported_language=language),
        AddressRecognizer(supported_language=language),
        PersonRecognizer(supported_language=language),
        OrganizationRecognizer(supported_language=language),
    ]
    return recognizers


def data_files() -> list[Path]:
    """Word lists (JSON) and lexicons (text) that recognizers read: part of the recognizer fingerprint."""
    return sorted([*DATA_DIR.glob("*.json"), *DATA_DIR.glob("*.txt")])


def recognizer_set_hash(recognizers: list[EntityRecognizer]) -> str:
    """Short sha256 over the sorted recognizer names and the data files: changes when detection may change."""
    digest = hashlib.sha256()
    for name in sorted(f"{type(r).__module__}.{type(r).__qualname__}:{getattr(r, 'name', '')}" for r in recognizers):
        digest.update(name.encode() + b"\n")
    for path in data_files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]
