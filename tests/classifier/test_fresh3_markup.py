"""The hand-written splits (``fresh3``, ``fresh4``, ``fresh5``, ``fresh6``, ``fresh7``, ``fresh8``, ``fresh9``, ``fresh10``, ``fresh11``, ``fresh12``, ``fresh13``, ``fresh14``, ``fresh15``, ``fresh16``, ``fresh17``, ``fresh18``, ``fresh19``, ``fresh20``, ``fresh21``, ``fresh22``, ``fresh23``, ``fresh24``, ``fresh25``, ``fresh26``, ``fresh27``, ``fresh28``, ``fresh29``): their span markup, their valid identifiers and their shape.

The checksum validators below are written here from the public specifications,
independently of ``classifier.devcorpus.ids`` (which made some of the values)
and of the engine's own validators.
"""

from __future__ import annotations

import json
import re
import string
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from classifier.devcorpus import generate
from classifier.devcorpus.generate import MarkupError, parse_markup

HERE = Path(generate.__file__).resolve().parent
LANGUAGES = ("en", "de", "fr", "it", "es", "nl", "pl")


@dataclass(frozen=True)
class SplitShape:
    """The least a hand-written split promises: texts per language and kind, code and docs texts, clean share."""

    per_language_and_kind: int
    code: int
    docs: int
    clean_share: tuple[float, float] = (0.35, 0.5)


SHAPES = {
    "fresh3": SplitShape(per_language_and_kind=10, code=30, docs=10),
    "fresh4": SplitShape(per_language_and_kind=8, code=25, docs=8, clean_share=(0.35, 0.45)),
    "fresh5": SplitShape(per_language_and_kind=9, code=25, docs=8),
    "fresh6": SplitShape(per_language_and_kind=8, code=25, docs=8),
    "fresh7": SplitShape(per_language_and_kind=8, code=25, docs=8),
    "fresh8": SplitShape(per_language_and_kind=8, code=25, docs=8, clean_share=(0.35, 0.5)),
    "fresh9": SplitShape(per_language_and_kind=8, code=25, docs=8, clean_share=(0.35, 0.5)),
    "fresh10": SplitShape(per_language_and_kind=8, code=25, docs=8, clean_share=(0.35, 0.5)),
    "fresh11": SplitShape(per_language_and_kind=8, code=25, docs=8, clean_share=(0.35, 0.5)),
    "fresh12": SplitShape(per_language_and_kind=8, code=25, docs=8, clean_share=(0.35, 0.5)),
    "fresh13": SplitShape(per_language_and_kind=8, code=25, docs=8, clean_share=(0.35, 0.5)),
    "fresh14": SplitShape(per_language_and_kind=8, code=25, docs=8, clean_share=(0.35, 0.5)),
    "fresh15": SplitShape(per_language_and_kind=8, code=25, docs=8, clean_share=(0.35, 0.5)),
    "fresh16": SplitShape(per_language_and_kind=8, code=25, docs=8, clean_share=(0.35, 0.5)),
    "fresh17": SplitShape(per_language_and_kind=8, code=25, docs=8, clean_share=(0.35, 0.5)),
    "fresh18": SplitShape(per_language_and_kind=8, code=25, docs=8, clean_share=(0.35, 0.5)),
    "fresh19": SplitShape(per_language_and_kind=8, code=25, docs=8, clean_share=(0.35, 0.5)),
    "fresh20": SplitShape(per_language_and_kind=8, code=25, docs=8, clean_share=(0.35, 0.5)),
    "fresh21": SplitShape(per_language_and_kind=8, code=25, docs=8, clean_share=(0.35, 0.5)),
    "fresh22": SplitShape(per_language_and_kind=8, code=25, docs=8, clean_share=(0.35, 0.5)),
    "fresh23": SplitShape(per_language_and_kind=8, code=25, docs=8, clean_share=(0.35, 0.5)),
    "fresh24": SplitShape(per_language_and_kind=8, code=25, docs=8, clean_share=(0.35, 0.5)),
    "fresh25": SplitShape(per_language_and_kind=8, code=25, docs=8, clean_share=(0.35, 0.5)),
    "fresh26": SplitShape(per_language_and_kind=8, code=25, docs=8, clean_share=(0.35, 0.5)),
    "fresh27": SplitShape(per_language_and_kind=8, code=25, docs=8, clean_share=(0.35, 0.5)),
    "fresh28": SplitShape(per_language_and_kind=8, code=25, docs=8, clean_share=(0.4, 0.6)),
    "fresh29": SplitShape(per_language_and_kind=8, code=25, docs=8, clean_share=(0.4, 0.6)),
}


def test_every_written_split_states_its_shape() -> None:
    assert set(SHAPES) == set(generate.WRITTEN_SPLITS)


@pytest.fixture(scope="module", params=sorted(SHAPES))
def split(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def records(split: str) -> list[dict[str, Any]]:
    return generate.written_split(split)


def test_markup_maps_each_span_to_the_offsets_of_its_value() -> None:
    text, spans = parse_markup(
        "Hi ⟦PERSON|Zoë Ørsted⟧, card ⟦CREDIT_CARD|4111 1111 1111 1111⟧.\nKey:\n⟦PRIVATE_KEY|-----BEGIN KEY-----\nAbc=\n-----END KEY-----⟧"
    )

    assert text == "Hi Zoë Ørsted, card 4111 1111 1111 1111.\nKey:\n-----BEGIN KEY-----\nAbc=\n-----END KEY-----"
    assert [(s["entity_type"], text[s["start_position"] : s["end_position"]]) for s in spans] == [
        ("PERSON", "Zoë Ørsted"),
        ("CREDIT_CARD", "4111 1111 1111 1111"),
        ("PRIVATE_KEY", "-----BEGIN KEY-----\nAbc=\n-----END KEY-----"),
    ]
    assert spans[0] == {"entity_type": "PERSON", "start_position": 3, "end_position": 13}


def test_text_without_markup_has_no_spans_and_keeps_its_pipes() -> None:
    assert parse_markup("a | b, Claude 3.5 | Gemini") == ("a | b, Claude 3.5 | Gemini", [])


@pytest.mark.parametrize(
    ("marked", "message"),
    [
        ("Call ⟦PHONE_NUMBER|0171 1234567 tomorrow", "never closed"),
        ("Call 0171 1234567⟧ tomorrow", "without an opening"),
        ("⟦PERSON|Anna ⟦PERSON|Berg⟧⟧", "holds another"),
        ("⟦PERSON Anna Berg⟧", "no '|'"),
        ("⟦PERSON|⟧", "empty or untrimmed"),
        ("⟦PERSON| Anna Berg⟧", "empty or untrimmed"),
    ],
)
def test_unbalanced_or_malformed_markup_is_rejected(marked: str, message: str) -> None:
    with pytest.raises(MarkupError, match=message):
        parse_markup(marked)


@pytest.mark.parametrize("entity_type", ["NAME", "person", "HEALTH", "US_SSN", ""])
def test_unknown_entity_types_are_rejected(entity_type: str) -> None:
    with pytest.raises(MarkupError, match="unknown entity type"):
        parse_markup(f"Value: ⟦{entity_type}|x⟧")


# -- checksums from the public specifications --------------------------------------------------------------


def _compact(value: str) -> str:
    return "".join(c for c in value if c.isalnum()).upper()


def _alnum_value(char: str) -> int:
    return int(char) if char.isdigit() else ord(char) - ord("A") + 10


def iban_valid(value: str) -> bool:
    compact = _compact(value)
    rearranged = compact[4:] + compact[:4]
    return len(compact) >= 15 and int("".join(str(_alnum_value(c)) for c in rearranged)) % 97 == 1


def luhn_valid(value: str) -> bool:
    digits = [int(c) for c in _compact(value)]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2) for i, d in enumerate(reversed(digits)))
    return 13 <= len(digits) <= 19 and total % 10 == 0


_CF_ODD = dict(zip(string.digits, (1, 0, 5, 7, 9, 13, 15, 17, 19, 21), strict=True)) | dict(
    zip(
        string.ascii_uppercase,
        (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23),
        strict=True,
    )
)


def it_fiscal_code_valid(value: str) -> bool:
    if not re.fullmatch(r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", value):
        return False
    even = {c: (int(c) if c.isdigit() else ord(c) - ord("A")) for c in string.digits + string.ascii_uppercase}
    total = sum(_CF_ODD[c] if i % 2 == 0 else even[c] for i, c in enumerate(value[:15]))
    return value[15] == string.ascii_uppercase[total % 26]


def es_nif_valid(value: str) -> bool:
    compact = _compact(value)
    number = compact[:-1].replace("X", "0", 1).replace("Y", "1", 1).replace("Z", "2", 1)
    return number.isdigit() and compact[-1] == "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23]


def pl_pesel_valid(value: str) -> bool:
    digits = [int(c) for c in value]
    total = sum(d * w for d, w in zip(digits, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3), strict=False))
    return len(digits) == 11 and (10 - total % 10) % 10 == digits[10]


def de_tax_id_valid(value: str) -> bool:
    digits = _compact(value)
    if len(digits) != 11 or digits[0] == "0":
        return False
    # Of the first ten digits exactly one occurs twice or three times, every other at most once.
    repeats = sorted(digits[:10].count(d) for d in set(digits[:10]))
    if repeats[-1] not in (2, 3) or (len(repeats) > 1 and repeats[-2] > 1):
        return False
    product = 10
    for char in digits[:10]:
        product = ((int(char) + product) % 10 or 10) * 2 % 11
    return (11 - product) % 10 == int(digits[10])


def fr_nir_valid(value: str) -> bool:
    compact = _compact(value)
    body = compact[:13].replace("2A", "19").replace("2B", "18")
    return len(compact) == 15 and body.isdigit() and 97 - int(body) % 97 == int(compact[13:])


def nl_bsn_valid(value: str) -> bool:
    digits = [int(c) for c in _compact(value)]
    return (
        len(digits) == 9 and (sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=False)) - digits[8]) % 11 == 0
    )


def be_national_number_valid(value: str) -> bool:
    digits = _compact(value)
    body, check = digits[:9], int(digits[9:])
    return len(digits) == 11 and check in {97 - int(body) % 97, 97 - int("2" + body) % 97}


def pt_nif_valid(value: str) -> bool:
    digits = [int(c) for c in value]
    remainder = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=False)) % 11
    return len(digits) == 9 and digits[8] == (0 if remainder < 2 else 11 - remainder)


def uk_nino_valid(value: str) -> bool:
    compact = _compact(value)
    return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", compact)) and compact[:2] not in {
        "BG",
        "GB",
        "NK",
        "KN",
        "TN",
        "NT",
        "ZZ",
    }


def at_svnr_valid(value: str) -> bool:
    digits = [int(c) for c in _compact(value)]
    weights = (3, 7, 9, 0, 5, 8, 4, 2, 1, 6)
    return len(digits) == 10 and sum(d * w for d, w in zip(digits, weights, strict=True)) % 11 == digits[3]


def ie_ppsn_valid(value: str) -> bool:
    match = re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", value)
    if not match:
        return False
    digits, check, second = match.groups()
    total = sum(int(d) * w for d, w in zip(digits, range(8, 1, -1), strict=True))
    if second and second != "W":
        total += (ord(second) - 64) * 9
    return check == ("W" if total % 23 == 0 else chr(64 + total % 23))


def de_id_card_valid(value: str) -> bool:
    if not re.fullmatch(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d", value):
        return False
    total = sum(_alnum_value(c) * (7, 3, 1)[i % 3] for i, c in enumerate(value[:9]))
    return total % 10 == int(value[9])


VALIDATORS: dict[str, Callable[[str], bool]] = {
    "IBAN_CODE": iban_valid,
    "CREDIT_CARD": luhn_valid,
    "IT_FISCAL_CODE": it_fiscal_code_valid,
    "ES_NIF": es_nif_valid,
    "ES_NIE": es_nif_valid,
    "PL_PESEL": pl_pesel_valid,
    "DE_TAX_ID": de_tax_id_valid,
    "FR_NIR": fr_nir_valid,
    "NL_BSN": nl_bsn_valid,
    "BE_NATIONAL_NUMBER": be_national_number_valid,
    "PT_NIF": pt_nif_valid,
    "UK_NINO": uk_nino_valid,
    "AT_SVNR": at_svnr_valid,
    "IE_PPSN": ie_ppsn_valid,
    "DE_ID_CARD": de_id_card_valid,
}


@pytest.mark.parametrize(
    ("entity_type", "good", "bad"),
    [
        ("IBAN_CODE", "GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 33"),  # the ECBS example
        ("CREDIT_CARD", "4111 1111 1111 1111", "4111 1111 1111 1112"),
        ("IT_FISCAL_CODE", "RSSMRA85T10A562S", "RSSMRA85T10A562T"),  # the textbook Mario Rossi
        ("ES_NIF", "12345678Z", "12345678A"),
        ("ES_NIE", "X1234567L", "X1234567T"),
        ("PL_PESEL", "44051401359", "44051401358"),  # the PESEL example of the Polish registry
        ("NL_BSN", "111222333", "111222334"),
    ],
)
def test_validators_know_published_examples(entity_type: str, good: str, bad: str) -> None:
    assert VALIDATORS[entity_type](good)
    assert not VALIDATORS[entity_type](bad)


def test_every_identifier_in_a_written_split_passes_its_checksum(records: list[dict[str, Any]]) -> None:
    checked: Counter[str] = Counter()
    for record in records:
        for span in record["spans"]:
            validator = VALIDATORS.get(span["entity_type"])
            if validator:
                value = record["full_text"][span["start_position"] : span["end_position"]]
                assert validator(value), (record["id"], span["entity_type"], value)
                checked[span["entity_type"]] += 1
    assert set(checked) == set(VALIDATORS)  # every kind of identifier occurs at least once


# -- the splits ------------------------------------------------------------------------------------------------


def test_split_json_is_the_build_of_the_written_texts(split: str, records: list[dict[str, Any]]) -> None:
    assert json.loads((HERE / f"{split}.json").read_text(encoding="utf-8")) == records
    assert generate.generate_split(split) == records


def test_split_has_every_language_and_kind_and_a_clean_share(split: str, records: list[dict[str, Any]]) -> None:
    shape = SHAPES[split]
    counts = Counter((r["language"], r["kind"]) for r in records)
    for language in LANGUAGES:
        for kind in ("support", "hr", "marketing"):
            assert counts[(language, kind)] >= shape.per_language_and_kind, (language, kind)
    assert sum(1 for r in records if r["kind"] == "code") >= shape.code
    assert sum(1 for r in records if r["kind"] == "docs") >= shape.docs
    assert all(not r["spans"] for r in records if r["kind"] == "docs")
    clean = sum(1 for r in records if not r["spans"])
    low, high = shape.clean_share
    assert low <= clean / len(records) <= high
    lengths = [len(r["full_text"]) for r in records]
    assert min(lengths) < 100 and max(lengths) > 1200


def test_split_records_are_exact_and_consistent(split: str, records: list[dict[str, Any]]) -> None:
    assert len({r["id"] for r in records}) == len(records)
    for record in records:
        assert record["split"] == split and record["source"] == "written"
        text = record["full_text"]
        assert "⟦" not in text and "⟧" not in text, record["id"]
        ends = 0
        for span in sorted(record["spans"], key=lambda s: s["start_position"]):
            assert span["start_position"] >= ends, record["id"]  # spans do not overlap
            ends = span["end_position"]
        if not record["spans"]:
            assert record["expected_level"] == "PUBLIC"
        types = {s["entity_type"] for s in record["spans"]}
        if types & {"HEALTH_DATA", "PASSWORD", "PL_PESEL", "CRIMINAL_RECORD"}:
            assert record["expected_level"] == "RESTRICTED", record["id"]
        elif types == {"PERSON"}:
            assert record["expected_level"] == "CONFIDENTIAL", record["id"]


def test_art9_data_appears_in_every_language(records: list[dict[str, Any]]) -> None:
    art9 = set(generate.TERM_TYPES.values())
    for language in LANGUAGES:
        found = {s["entity_type"] for r in records if r["language"] == language for s in r["spans"]} & art9
        assert "HEALTH_DATA" in found and len(found) >= 5, (language, found)
    assert art9 <= {s["entity_type"] for r in records for s in r["spans"]}
