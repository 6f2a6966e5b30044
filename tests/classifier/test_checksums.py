"""Check-digit algorithms: published valid examples pass, one changed digit fails."""

from __future__ import annotations

import pytest

from classifier.recognizers import checksums

VALID_AND_BROKEN = [
    (checksums.iban_valid, "GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 33"),
    (checksums.iban_valid, "DE89370400440532013000", "DE89370400440532013001"),
    (checksums.luhn_valid, "4111111111111111", "4111111111111112"),
    (checksums.it_fiscal_code_valid, "RSSMRA85T10A562S", "RSSMRA85T10A562T"),
    (checksums.es_nif_valid, "12345678Z", "12345678A"),
    (checksums.es_nif_valid, "X1234567L", "X1234567M"),
    (checksums.pl_pesel_valid, "44051401359", "44051401358"),
    (checksums.uk_nhs_valid, "9434765919", "9434765918"),
    (checksums.de_tax_id_valid, "86095742719", "86095742718"),
    (checksums.fr_nir_valid, "184127645108946", "184127645108947"),
    (checksums.nl_bsn_valid, "111222333", "111222334"),
    (checksums.be_national_number_valid, "85073003328", "85073003329"),
    (checksums.se_personnummer_valid, "811228-9874", "811228-9873"),
    (checksums.fi_hetu_valid, "131052-308T", "131052-308U"),
    (checksums.pt_nif_valid, "123456789", "123456788"),
    (checksums.uk_nino_valid, "AB 12 34 56 C", "AB 12 34 56 E"),
]


@pytest.mark.parametrize(("check", "valid", "broken"), VALID_AND_BROKEN, ids=lambda v: getattr(v, "__name__", v))
def test_check_digit_accepts_valid_and_rejects_changed_digit(check, valid: str, broken: str) -> None:
    assert check(valid) is True
    assert check(broken) is False


def test_iban_needs_the_country_length() -> None:
    assert checksums.iban_valid("GB82WEST1234569876543") is False  # one character short for GB


def test_pesel_needs_a_real_birth_date() -> None:
    # Month 13 does not exist (the check digit would otherwise fit: 10-(sum%10)).
    assert checksums.pl_pesel_valid("44131401350") is False


def test_nino_rejects_reserved_prefixes() -> None:
    assert checksums.uk_nino_valid("BG123456C") is False
    assert checksums.uk_nino_valid("DA123456C") is False


def test_functions_reject_garbage_without_raising() -> None:
    for check in {item[0] for item in VALID_AND_BROKEN}:
        assert check("") is False
        assert check("not an id at all") is False
