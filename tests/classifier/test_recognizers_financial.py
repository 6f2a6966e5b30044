"""IBANs however their groups are separated, and the look-alikes that must not pass."""

from __future__ import annotations

from collections.abc import Callable

import pytest

IBANS = [
    ("IBAN DE89-3704-0044-0532-0130-00", "DE89-3704-0044-0532-0130-00"),
    ("IBAN de89.3704.0044.0532.0130.00", "de89.3704.0044.0532.0130.00"),
    (
        "IBAN: DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000",
        "DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000",
    ),
    ("Konto: de89 3704 0044 0532 0130 00.", "de89 3704 0044 0532 0130 00"),
    ("IBAN: GB82-WEST-1234-5698-7654-32 EUR", "GB82-WEST-1234-5698-7654-32"),
    ("virement sur FR14 2004 1010 0505 0001 3M02 606 merci", "FR14 2004 1010 0505 0001 3M02 606"),
]


@pytest.mark.parametrize(("text", "value"), IBANS)
def test_iban_with_any_group_separator_is_found_whole(
    found: Callable[[str], dict[str, list[str]]], text: str, value: str
) -> None:
    assert found(text).get("IBAN_CODE") == [value]


@pytest.mark.parametrize(
    "text",
    ["IBAN DE89-3704-0044-0532-0130-01", "ref de89.3704.0044.0532.0130.01", "DE89-3704-0044-0532"],
)
def test_iban_with_a_broken_check_or_length_is_not_found(
    found: Callable[[str], dict[str, list[str]]], text: str
) -> None:
    assert "IBAN_CODE" not in found(text)


def test_luhn_valid_device_id_with_its_label_is_not_a_card(found: Callable[[str], dict[str, list[str]]]) -> None:
    assert "CREDIT_CARD" not in found("IMEI 490154203237518")
    assert "CREDIT_CARD" not in found("IMEI number: 356938035643809")
    assert found("card 4111 1111 1111 1111").get("CREDIT_CARD") == ["4111 1111 1111 1111"]
