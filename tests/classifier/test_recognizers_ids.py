"""Government, financial and contact identifiers: each recognizer finds its format and rejects look-alikes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from classifier.engine import CustosEngine

POSITIVE = [
    ("IBAN_CODE", "Please wire it to GB82 WEST 1234 5698 7654 32 today.", "GB82 WEST 1234 5698 7654 32"),
    ("IBAN_CODE", "IBAN: DE89370400440532013000", "DE89370400440532013000"),
    ("IBAN_CODE", "my iban is gb82west12345698765432", "gb82west12345698765432"),
    ("IT_FISCAL_CODE", "Il mio codice fiscale è RSSMRA85T10A562S.", "RSSMRA85T10A562S"),
    ("ES_NIF", "Mi DNI es 12345678Z", "12345678Z"),
    ("ES_NIE", "NIE X1234567L", "X1234567L"),
    ("PL_PESEL", "Numer PESEL: 44051401359", "44051401359"),
    ("UK_NHS", "NHS number 943 476 5919", "943 476 5919"),
    ("UK_NINO", "National Insurance number AB 12 34 56 C.", "AB 12 34 56 C"),
    ("DE_TAX_ID", "Steuer-ID 86095742719", "86095742719"),
    ("FR_NIR", "Numéro de sécurité sociale 1 84 12 76 451 089 46", "1 84 12 76 451 089 46"),
    ("NL_BSN", "Mijn BSN is 111222333", "111222333"),
    ("BE_NATIONAL_NUMBER", "Rijksregisternummer 85.07.30-033.28", "85.07.30-033.28"),
    ("SE_PERSONNUMMER", "personnummer 811228-9874", "811228-9874"),
    ("FI_HETU", "Henkilötunnus 131052-308T", "131052-308T"),
    ("PT_NIF", "NIF 123456789", "123456789"),
    ("AT_SVNR", "SVNR: 1237 010180", "1237 010180"),
    ("AT_SVNR", "Sozialversicherungsnummer 1237010180", "1237010180"),
    ("IE_PPSN", "My PPS number is 6433435F.", "6433435F"),
    ("IE_PPSN", "PPSN: 6433435OA", "6433435OA"),
    ("IE_PPSN", "ref 1234567T", "1234567T"),  # distinctive format: reported without a label
    ("DE_ID_CARD", "Personalausweisnummer: T220001293", "T220001293"),
    ("DE_ID_CARD", "ID card L01X00T471", "L01X00T471"),
    ("DE_ID_CARD", "Ausweis-Nr. T22000129", "T22000129"),  # as printed on the card: no check digit
    ("EU_VAT_NUMBER", "Our VAT number is DE123456789.", "DE123456789"),
    ("EU_VAT_NUMBER", "BTW NL123456789B01", "NL123456789B01"),
    ("PASSPORT_NUMBER", "My passport number is X1234567.", "X1234567"),
    ("DRIVER_LICENSE", "My driver's license number is F162823540116", "F162823540116"),
    ("CREDIT_CARD", "Charge card 4111 1111 1111 1111 please", "4111 1111 1111 1111"),
    ("CREDIT_CARD", "my card 503867297114 was declined", "503867297114"),
    ("US_SSN", "His social security number is 078-05-1121", "078-05-1121"),
    ("EMAIL_ADDRESS", "write to jane.doe@example.co.uk", "jane.doe@example.co.uk"),
    ("PHONE_NUMBER", "Call me on +44 20 7946 0958 tomorrow", "+44 20 7946 0958"),
    ("PHONE_NUMBER", "Phone: (579) 888-3058", "(579) 888-3058"),
    ("PHONE_NUMBER", "416 60 039 office", "416 60 039"),
    ("IP_ADDRESS", "blocked from 41.173.96.26 again", "41.173.96.26"),
    ("DATE_OF_BIRTH", "Date of birth: 12/03/1985", "12/03/1985"),
    ("DATE_OF_BIRTH", "She was born on 3 March 1985 in Lyon.", "3 March 1985"),
    ("POSTAL_CODE", "my zip code is 35350", "35350"),
]

NEGATIVE = [
    ("IBAN_CODE", "Reference GB82 WEST 1234 5698 7654 33 failed"),  # wrong check digits
    ("IT_FISCAL_CODE", "code RSSMRA85T10A562T"),  # wrong check letter
    ("ES_NIF", "order 12345678A shipped"),  # wrong check letter
    ("PL_PESEL", "PESEL 44051401358"),  # wrong check digit
    ("PL_PESEL", "tracking 44051401359"),  # valid, but no context: just eleven digits
    ("UK_NHS", "NHS number 943 476 5918"),  # mod 11 fails
    ("UK_NHS", "call 943 476 5919"),  # no context
    ("UK_NINO", "ref BG 12 34 56 C"),  # reserved prefix
    ("DE_TAX_ID", "Steuer-ID 86095742718"),
    ("FR_NIR", "sécurité sociale 1 84 12 76 451 089 47"),
    ("NL_BSN", "BSN 111222334"),
    ("NL_BSN", "invoice 111222333"),  # no context
    ("BE_NATIONAL_NUMBER", "85.07.30-033.29"),
    ("SE_PERSONNUMMER", "personnummer 811228-9873"),
    ("FI_HETU", "131052-308U"),
    ("PT_NIF", "NIF 123456788"),
    ("PT_NIF", "order 123456789 shipped"),  # no context
    ("AT_SVNR", "SVNR 1238 010180"),  # check digit wrong
    ("AT_SVNR", "Serial 1237 010180"),  # valid, but no context: ten digits
    ("IE_PPSN", "PPS number 6433435G"),
    ("IE_PPSN", "PPSN 6433435FA"),  # 2013 format: the second letter enters the check
    ("DE_ID_CARD", "Personalausweis T220001294"),
    ("DE_ID_CARD", "product code T220001293"),  # valid, but no id-card word
    ("DE_ID_CARD", "Ausweis ABCDEFGHI"),  # letters outside the card alphabet, no digit
    ("PASSPORT_NUMBER", "I lost my passport yesterday"),
    ("CREDIT_CARD", "card 4111 1111 1111 1112"),  # Luhn fails
    ("PHONE_NUMBER", "On 2007-01-17 23:08:55 the meeting started"),
    ("PHONE_NUMBER", "address 41.173.96.26 blocked"),
    ("DATE_OF_BIRTH", "The meeting is on 12/03/1985"),  # a date, not a birth date
    ("EMAIL_ADDRESS", "not an address: john@localhost"),
]


@pytest.mark.parametrize(
    ("entity_type", "text", "value"), POSITIVE, ids=[f"{p[0]}-{i}" for i, p in enumerate(POSITIVE)]
)
def test_recognizer_finds_value(
    found: Callable[[str], dict[str, list[str]]], entity_type: str, text: str, value: str
) -> None:
    assert value in found(text).get(entity_type, []), found(text)


@pytest.mark.parametrize(("entity_type", "text"), NEGATIVE, ids=[f"{n[0]}-{i}" for i, n in enumerate(NEGATIVE)])
def test_recognizer_rejects_look_alike(
    found: Callable[[str], dict[str, list[str]]], entity_type: str, text: str
) -> None:
    assert entity_type not in found(text)


def test_phone_in_a_date_time_is_not_reported_but_the_phone_next_to_it_is(
    found: Callable[[str], dict[str, list[str]]],
) -> None:
    result = found("Date: 1992-02-08 20:15:24\nName: Chise Horiguchi\nPhone: 0378 3549890")
    assert result.get("PHONE_NUMBER") == ["0378 3549890"]


ID_WITH_LABEL = [
    ("PL_PESEL", "ID number 44051401359", "44051401359"),
    ("PL_PESEL", "numer PESEL: 44051401359", "44051401359"),
    ("DE_TAX_ID", "Steuernummer 86095742719", "86095742719"),
    ("DE_TAX_ID", "Steueridentifikationsnummer: 86 095 742 719", "86 095 742 719"),
    ("AT_SVNR", "Versicherungsnummer 1237 010180", "1237 010180"),
    ("NL_BSN", "burgerservicenummer 111222333", "111222333"),
    ("FR_NIR", "n° de sécu 1 84 12 76 451 089 46", "1 84 12 76 451 089 46"),
]


@pytest.mark.parametrize(("entity_type", "text", "value"), ID_WITH_LABEL)
def test_checksum_valid_id_after_an_id_label_is_the_id_and_not_a_phone(
    engine: CustosEngine, found: Callable[[str], dict[str, list[str]]], entity_type: str, text: str, value: str
) -> None:
    result = found(text)
    assert result.get(entity_type) == [value]
    assert "PHONE_NUMBER" not in result
    assert engine.classify(text).level.name == "RESTRICTED"


@pytest.mark.parametrize(
    ("entity_type", "text"),
    [("IE_PPSN", "PPSN: 6433435OA"), ("AT_SVNR", "SVNR 1237 010180"), ("DE_ID_CARD", "Ausweisnummer T220001293")],
)
def test_new_ids_are_restricted_government_ids(engine: CustosEngine, entity_type: str, text: str) -> None:
    result = engine.classify(text)
    assert entity_type in {f.entity_type for f in result.findings}
    assert result.level.name == "RESTRICTED"
    assert "government_id" in result.categories
