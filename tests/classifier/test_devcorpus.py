"""The development corpus: valid identifiers, exact spans, disjoint splits, reproducible files."""

from __future__ import annotations

import itertools
import json
import random
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from classifier.devcorpus import (
    blind_values,
    exam_values,
    final2_values,
    final_values,
    fresh2_values,
    fresh_values,
    generate,
    ids,
    packages,
    values,
)
from classifier.recognizers import checksums

HERE = Path(generate.__file__).resolve().parent


@pytest.fixture(scope="module")
def corpus() -> dict[str, list[dict]]:
    return {split: json.loads((HERE / f"{split}.json").read_text(encoding="utf-8")) for split in generate.SPLITS}


def _compact(value: str) -> str:
    return "".join(c for c in value if c.isalnum()).upper()


# The engine's validators check the corpus' generators: two independent implementations of each spec.
VALIDATORS = {
    "IBAN_CODE": lambda v: checksums.iban_valid(_compact(v)),
    "CREDIT_CARD": lambda v: checksums.luhn_valid(_compact(v)),
    "IT_FISCAL_CODE": lambda v: checksums.it_fiscal_code_valid(v),
    "ES_NIF": lambda v: checksums.es_nif_valid(_compact(v)),
    "ES_NIE": lambda v: checksums.es_nif_valid(_compact(v)),
    "PL_PESEL": lambda v: checksums.pl_pesel_valid(v),
    "DE_TAX_ID": lambda v: checksums.de_tax_id_valid(_compact(v)),
    "FR_NIR": lambda v: checksums.fr_nir_valid(_compact(v)),
    "NL_BSN": lambda v: checksums.nl_bsn_valid(_compact(v)),
    "BE_NATIONAL_NUMBER": lambda v: checksums.be_national_number_valid(_compact(v)),
    "PT_NIF": lambda v: checksums.pt_nif_valid(v),
    "UK_NINO": lambda v: checksums.uk_nino_valid(_compact(v)),
    "AT_SVNR": lambda v: checksums.at_svnr_valid(_compact(v)),
    "IE_PPSN": lambda v: checksums.ie_ppsn_valid(v),
    "DE_ID_CARD": lambda v: checksums.de_id_card_valid(v),
}


def test_every_identifier_in_the_corpus_passes_the_engines_checksum(corpus: dict[str, list[dict]]) -> None:
    checked: Counter[str] = Counter()
    for records in corpus.values():
        for record in records:
            for span in record["spans"]:
                validator = VALIDATORS.get(span["entity_type"])
                if validator:
                    value = record["full_text"][span["start_position"] : span["end_position"]]
                    assert validator(value), (record["id"], span["entity_type"])
                    checked[span["entity_type"]] += 1
    assert set(checked) == set(VALIDATORS)  # every kind of identifier occurs


def test_known_public_examples_match_the_generators_rules() -> None:
    assert ids.luhn_check_digit("7992739871") == "3"  # the textbook Luhn example
    assert ids.icao_check_digit("L01X00T47") == "1"  # ICAO 9303 specimen card number
    assert checksums.es_nif_valid("12345678Z")


def test_spans_are_exact_trimmed_values(corpus: dict[str, list[dict]]) -> None:
    for records in corpus.values():
        for record in records:
            text = record["full_text"]
            for span in record["spans"]:
                value = text[span["start_position"] : span["end_position"]]
                assert value and value == value.strip(), record["id"]
                assert "<<" not in text, record["id"]


def test_shape_of_each_split(corpus: dict[str, list[dict[str, Any]]]) -> None:
    for split, records in corpus.items():
        if split in generate.WRITTEN_SPLITS:  # hand-written: its own shape test (test_fresh3_markup.py)
            continue
        generated = [r for r in records if r["source"] == "generated"]
        by_language = Counter(r["language"] for r in generated)
        assert set(by_language) == {"en", "de", "fr", "it", "es", "nl", "pl"}
        assert all(150 <= n <= 250 for n in by_language.values())
        for language in by_language:
            for kind in ("support", "hr", "code", "marketing"):
                texts = [r for r in generated if r["language"] == language and r["kind"] == kind]
                clean = [r for r in texts if not r["spans"]]
                assert 0.3 <= len(clean) / len(texts) <= 0.5, (split, language, kind)
                assert all(r["expected_level"] == "PUBLIC" for r in clean)
        packaged = [r for r in records if r["source"].startswith("package:")]
        assert len(packaged) >= 50 and all(not r["spans"] for r in packaged)
        assert {r["split"] for r in records} == {split}
        lengths = [len(r["full_text"]) for r in records]
        assert min(lengths) < 120 and max(lengths) > 1500


def test_splits_share_no_text_and_no_person(corpus: dict[str, list[dict[str, Any]]]) -> None:
    def people(records: list[dict[str, Any]]) -> set[str]:
        return {
            r["full_text"][s["start_position"] : s["end_position"]]
            for r in records
            for s in r["spans"]
            if s["entity_type"] in {"PERSON", "EMAIL_ADDRESS", "STREET_ADDRESS"}
        }

    def full_names(values: set[str]) -> set[str]:
        return {value for value in values if " " in value.strip() or "@" in value}

    assert set(corpus) == {
        "dev",
        "holdout",
        "test",
        "exam",
        "final",
        "blind",
        "fresh",
        "fresh2",
        "fresh3",
        "fresh4",
        "fresh5",
        "fresh6",
        "fresh7",
        "fresh8",
        "fresh9",
        "fresh10",
        "fresh11",
        "fresh12",
        "fresh13",
        "fresh14",
        "fresh15",
        "fresh16",
        "fresh17",
        "fresh18",
        "fresh19",
        "fresh20",
        "fresh21",
        "fresh22",
        "fresh23",
        "fresh24",
        "fresh25",
        "fresh26",
        "fresh27",
        "fresh28",
        "fresh29",
    }
    for (first_split, first), (second_split, second) in itertools.combinations(corpus.items(), 2):
        assert not {r["full_text"] for r in first} & {r["full_text"] for r in second}
        shared = people(first) & people(second)
        if first_split in generate.WRITTEN_SPLITS or second_split in generate.WRITTEN_SPLITS:
            # Hand-written splits are by other authors, who pick common given names and surnames ("Luca",
            # "Bauer") on their own; full names, e-mail addresses and street addresses must still differ.
            shared = full_names(shared)
        assert not shared, (first_split, second_split, sorted(shared))


# Each split with its own pools against every pool module before it.
POOL_MODULES = [values, final_values, exam_values, final2_values, blind_values, fresh_values, fresh2_values]
POOL_PAIRS = list(itertools.combinations(POOL_MODULES, 2))


@pytest.mark.parametrize(("older", "newer"), POOL_PAIRS, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_own_value_pools_share_no_entry_with_earlier_splits(older: ModuleType, newer: ModuleType) -> None:
    def flat(pools: Mapping[str, Iterable[Iterable[str]]]) -> set[str]:
        return {name for groups in pools.values() for group in groups for name in group}

    assert not flat(older.NAMES) & flat(newer.NAMES)
    for language in values.LANGUAGES:
        assert not set(older.STREETS[language]) & set(newer.STREETS[language])
        assert not {c for _, c in older.CITIES[language]} & {c for _, c in newer.CITIES[language]}
        assert not set(older.EMAIL_DOMAINS[language]) & set(newer.EMAIL_DOMAINS[language])
        assert not {f"{p} {c}" for p, c in older.CITIES[language]} & {f"{p} {c}" for p, c in newer.CITIES[language]}
    for pool in ("MODELS", "PRODUCTS", "TECH", "WORK_DOMAINS"):
        assert not set(getattr(older, pool)) & set(getattr(newer, pool)), pool
    if hasattr(older, "COMPANIES"):
        assert not set(older.COMPANIES) & set(newer.COMPANIES)


def test_own_splits_read_packages_no_other_split_reads(corpus: dict[str, list[dict]]) -> None:
    package_sets = [
        packages.PACKAGES,
        packages.TEST_PACKAGES,
        packages.EXAM_PACKAGES,
        packages.FINAL_PACKAGES,
        packages.BLIND_PACKAGES,
        packages.FRESH_PACKAGES,
        packages.FRESH2_PACKAGES,
    ]
    distribution_sets = [
        packages.DISTRIBUTIONS,
        packages.TEST_DISTRIBUTIONS,
        packages.EXAM_DISTRIBUTIONS,
        packages.FINAL_DISTRIBUTIONS,
        packages.BLIND_DISTRIBUTIONS,
        packages.FRESH_DISTRIBUTIONS,
        packages.FRESH2_DISTRIBUTIONS,
    ]
    for first, second in itertools.combinations(package_sets, 2):
        assert not set(first) & set(second)
    for first, second in itertools.combinations(distribution_sets, 2):
        assert not set(first) & set(second)
    sources = {
        split: {r["source"] for r in records if r["source"].startswith("package:")} for split, records in corpus.items()
    }
    for split in ("test", "exam", "final", "blind", "fresh", "fresh2"):
        assert len(sources[split]) >= 20
        others = set().union(*(sources[other] for other in sources if other != split))
        assert not sources[split] & others, split


@pytest.mark.parametrize("split", ["exam", "final", "blind", "fresh", "fresh2"])
def test_own_split_has_every_kind_language_and_a_clean_share(corpus: dict[str, list[dict]], split: str) -> None:
    generated = [r for r in corpus[split] if r["source"] == "generated"]
    for language in values.LANGUAGES:
        for kind in generate.KIND_SIZES:
            records = [r for r in generated if r["language"] == language and r["kind"] == kind]
            clean = sum(1 for r in records if not r["spans"])
            assert records and 0.35 <= clean / len(records) <= 0.45, (language, kind)
    assert sum(1 for r in corpus[split] if r["source"].startswith("package:")) == generate.PACKAGE_CHUNKS_PER_SPLIT


@pytest.mark.parametrize("split", ["final", "blind", "fresh", "fresh2"])
def test_own_split_covers_every_kind_of_pii_and_its_own_templates(corpus: dict[str, list[dict]], split: str) -> None:
    found = {s["entity_type"] for r in corpus[split] for s in r["spans"]}
    assert set(VALIDATORS) | set(generate.TERM_TYPES.values()) <= found
    assert {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "DATE_OF_BIRTH", "PASSWORD"} <= found
    assert {"AWS_ACCESS_KEY", "GITHUB_TOKEN", "STRIPE_KEY", "OPENAI_API_KEY", "JWT", "API_KEY"} <= found
    # Its blocks are written fresh: no clean block text of an earlier split reappears in it.
    earlier = {r["full_text"] for other in generate.SPLITS[: generate.SPLITS.index(split)] for r in corpus[other]}
    assert not earlier & {r["full_text"] for r in corpus[split]}


@pytest.mark.parametrize("language", values.LANGUAGES)
def test_final_split_blocks_are_written_fresh(language: str) -> None:
    def blocks(split: str) -> set[str]:
        return {block for group in generate.phrasebook(language, split).PHRASES.values() for block in group}

    earlier = blocks("dev") | blocks("test") | blocks("exam")
    assert not blocks("final") & earlier
    code = generate.OWN_CODE["final"]
    earlier_code = set(generate.CODE_SECRET + generate.CODE_CLEAN)
    for split in ("test", "exam"):
        earlier_code |= set(generate.OWN_CODE[split].CODE_SECRET + generate.OWN_CODE[split].CODE_CLEAN)
    assert not set(code.CODE_SECRET + code.CODE_CLEAN) & earlier_code


@pytest.mark.parametrize("language", values.LANGUAGES)
def test_fresh_split_blocks_are_written_from_scratch(language: str) -> None:
    """Only short formulas ("Best regards,") may repeat an earlier split's block; no sentence or code template does."""

    def blocks(split: str) -> set[str]:
        return {block for group in generate.phrasebook(language, split).PHRASES.values() for block in group}

    earlier = set().union(*(blocks(split) for split in ("dev", "test", "exam", "final", "blind")))
    assert all(len(block) <= 40 and "\n" not in block for block in blocks("fresh") & earlier)
    code = generate.OWN_CODE["fresh"]
    earlier_code = set(generate.CODE_SECRET + generate.CODE_CLEAN)
    for split in ("test", "exam", "final", "blind"):
        earlier_code |= set(generate.OWN_CODE[split].CODE_SECRET + generate.OWN_CODE[split].CODE_CLEAN)
    assert not set(code.CODE_SECRET + code.CODE_CLEAN) & earlier_code


@pytest.mark.parametrize("language", values.LANGUAGES)
def test_fresh2_split_blocks_are_written_from_scratch(language: str) -> None:
    """Only short formulas may repeat an earlier split's block; no sentence, label/value form or code template does."""

    def blocks(split: str) -> set[str]:
        return {block for group in generate.phrasebook(language, split).PHRASES.values() for block in group}

    earlier = set().union(*(blocks(split) for split in ("dev", "test", "exam", "final", "blind", "fresh")))
    assert all(len(block) <= 40 and "\n" not in block for block in blocks("fresh2") & earlier)
    code = generate.OWN_CODE["fresh2"]
    earlier_code = set(generate.CODE_SECRET + generate.CODE_CLEAN)
    for split in ("test", "exam", "final", "blind", "fresh"):
        earlier_code |= set(generate.OWN_CODE[split].CODE_SECRET + generate.OWN_CODE[split].CODE_CLEAN)
    assert not set(code.CODE_SECRET + code.CODE_CLEAN) & earlier_code


@pytest.mark.parametrize("language", values.LANGUAGES)
def test_fresh2_clean_blocks_hold_no_labelled_placeholder_and_pii_blocks_hold_one(language: str) -> None:
    book = generate.phrasebook(language, "fresh2")
    terms = "|".join(generate.TERM_TYPES)
    labelled = re.compile(rf"<<(?:NAME2?|FIRST|LAST|EMAIL2?|PHONE2?|ADDRESS|DOB|IBAN|CARD|ID|PASSWORD|{terms})>>")
    for key, blocks in book.PHRASES.items():
        for block in blocks:
            if (
                key.endswith("_clean")
                or key.startswith("quote_")
                or key in {"greet", "close", "thread_head", "comment"}
            ):
                assert not labelled.search(block), (key, block)
            elif key.endswith("_pii") or key in {"art9", "sign", "greet_name"}:
                assert labelled.search(block), (key, block)


def test_fresh2_split_quotes_a_second_language_and_runs_long_and_short(corpus: dict[str, list[dict]]) -> None:
    generated = [r for r in corpus["fresh2"] if r["source"] == "generated"]
    lines = [r["full_text"].count("\n") + 1 for r in generated]
    assert sum(1 for n in lines if n == 1) >= 100 and sum(1 for n in lines if 8 <= n <= 20) >= 150
    # A quote is filled by a person of the quoted language: a German frame holding a Polish name, and so on.
    by_language = {language: set(fresh2_values.NAMES[language][2]) for language in values.LANGUAGES}
    mixed = 0
    for record in generated:
        foreign = set().union(*(names for language, names in by_language.items() if language != record["language"]))
        people = {record["full_text"][s["start_position"] : s["end_position"]] for s in record["spans"]}
        mixed += any(person.split()[-1] in foreign for person in people if " " in person)
    assert mixed >= 40


def test_expected_level_follows_the_most_sensitive_span(corpus: dict[str, list[dict]]) -> None:
    record = next(r for r in corpus["dev"] if any(s["entity_type"] == "HEALTH_DATA" for s in r["spans"]))
    assert record["expected_level"] == "RESTRICTED"
    record = next(r for r in corpus["dev"] if {s["entity_type"] for s in r["spans"]} == {"PERSON"})
    assert record["expected_level"] == "CONFIDENTIAL"


@pytest.mark.parametrize("split", generate.SPLITS)
def test_generation_is_deterministic(split: str) -> None:
    first = generate.generate_split(split, package_chunks=3)
    second = generate.generate_split(split, package_chunks=3)
    assert first == second
    assert first[:40] == json.loads((HERE / f"{split}.json").read_text(encoding="utf-8"))[:40]


def test_luhn_and_iban_generators_on_many_values() -> None:
    rng = random.Random(7)
    for _ in range(200):
        assert checksums.luhn_valid(_compact(ids.credit_card(rng)))
        assert checksums.iban_valid(_compact(ids.iban(rng, rng.choice(sorted(ids.IBAN_BBAN)))))


def test_the_eval_command_accepts_every_split() -> None:
    from classifier.devcorpus.generate import SPLITS
    from classifier.management.commands.classifier_eval import CORPUS_SPLITS

    assert CORPUS_SPLITS == SPLITS
