"""Check-digit algorithms: published valid examples pass, one changed digit fails."""

from __future__ import annotations

from collections.abc import Callable

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
    (checksums.at_svnr_valid, "1237010180", "1238010180"),
    (checksums.ie_ppsn_valid, "6433435F", "6433435G"),
    (checksums.ie_ppsn_valid, "6433435OA", "6433435OB"),
    (checksums.de_id_card_valid, "T220001293", "T220001294"),
    (checksums.de_id_card_valid, "L01X00T471", "L01X00T472"),
]


@pytest.mark.parametrize(("check", "valid", "broken"), VALID_AND_BROKEN, ids=lambda v: getattr(v, "__name__", v))
def test_check_digit_accepts_valid_and_rejects_changed_digit(
    check: Callable[[str], bool], valid: str, broken: str
) -> None:
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


def test_svnr_needs_a_real_birth_date_and_no_leading_zero() -> None:
    # Same check digit rule, but day 32 / a serial starting with 0 are never issued.
    assert checksums.at_svnr_valid("1234320180") is False
    assert checksums.at_svnr_valid("0235010180") is False


def test_ppsn_second_letter_counts_only_in_the_2013_format() -> None:
    assert checksums.ie_ppsn_valid("6433435FW") is True  # old format: W is outside the check
    assert checksums.ie_ppsn_valid("6433435FA") is False  # new format: A enters the check
    assert checksums.ie_ppsn_valid("6433435FZ") is False  # no such second letter


def test_id_card_number_uses_only_the_card_alphabet() -> None:
    # "A" and "B" are not in the Personalausweis alphabet even when the check digit fits.
    assert checksums.icao_check_digit("A22000129") == 0
    assert checksums.de_id_card_valid("A220001290") is False


def test_iban_groups_may_be_separated_by_dashes_dots_or_no_break_spaces() -> None:
    assert checksums.iban_valid("DE89-3704-0044-0532-0130-00") is True
    assert checksums.iban_valid("de89.3704.0044.0532.0130.00") is True
    assert checksums.iban_valid("DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000") is True
