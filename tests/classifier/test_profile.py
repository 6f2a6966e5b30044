"""An organisation's detection profile in the engine: its allow-list, its own terms and patterns, and the limits."""

from __future__ import annotations

from typing import Any

import pytest

from classifier.engine import CustosEngine
from classifier.profile import CompiledProfile, ProfileError, compile_profile, profile_errors
from classifier.types import SensitivityLevel

FALCON = {
    "id": "falcon",
    "terms": ["Project Falcon", "Falcon Two"],
    "entity_type": "INTERNAL_PROJECT",
    "category": "internal_project",
    "level": "CONFIDENTIAL",
}
CUSTOMER_NUMBER = {
    "id": "customer-number",
    "regex": "CUST-[0-9]{8}",
    "checksum": "luhn",
    "entity_type": "CUSTOMER_NUMBER",
    "category": "personal_data",
    "level": "CONFIDENTIAL",
    "score": 0.6,
}
PROFILE: dict[str, Any] = {
    "allow": [{"id": "nova", "term": "Nova"}, {"id": "build-hosts", "pattern": "buildbot-[0-9]{2}"}],
    "terms": [FALCON],
    "patterns": [CUSTOMER_NUMBER],
}


def values(engine: CustosEngine, text: str, profile: Any = None) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for finding in engine.classify(text, language="en", profile=profile).findings:
        result.setdefault(finding.entity_type, []).append(text[finding.start : finding.end])
    return result


@pytest.fixture(scope="module")
def profile() -> CompiledProfile:
    return compile_profile(PROFILE, label="v1:test")


def test_an_allow_listed_product_name_is_no_longer_a_person(engine: CustosEngine, profile: CompiledProfile) -> None:
    text = "Nova is great and Nova can help you."
    # What the engine reports without the profile. Span model (round 13): only the first "Nova" is a name now (the
    # model tags both as an organisation or place; the lexicon takes the sentence's first); "Nova can help you"
    # reads as the product it is.
    assert values(engine, text)["PERSON"] == ["Nova"]
    result = engine.classify(text, language="en", profile=profile)
    assert result.findings == ()
    assert result.level is SensitivityLevel.PUBLIC


def test_an_allow_list_entry_never_removes_more_than_its_literal_term(
    engine: CustosEngine, profile: CompiledProfile
) -> None:
    assert values(engine, "Nova told Peter about it", profile) == {"PERSON": ["Peter"]}
    # "Nova Smith" is a person whose name contains the term: the entry does not match all of it.
    assert "Nova Smith" in values(engine, "Please call Nova Smith tomorrow about the invoice.", profile)["PERSON"]


def test_a_custom_code_name_raises_the_level_with_its_own_category(
    engine: CustosEngine, profile: CompiledProfile
) -> None:
    text = "The status of Project Falcon is green; falcon two starts in May."
    without = engine.classify(text, language="en")
    assert without.level < SensitivityLevel.CONFIDENTIAL
    result = engine.classify(text, language="en", profile=profile)
    assert result.level is SensitivityLevel.CONFIDENTIAL
    assert "internal_project" in result.categories
    assert values(engine, text, profile)["INTERNAL_PROJECT"] == ["Project Falcon", "falcon two"]
    assert result.versions["detection_profile"] == "v1:test"
    assert "detection_profile" not in without.versions


def test_terms_respect_word_boundaries_and_case_options(engine: CustosEngine) -> None:
    profile = compile_profile(
        {"terms": [{**FALCON, "terms": ["Falcon"], "case_sensitive": True}]}, label="v1:case", parts=()
    )
    assert values(engine, "Falcon is on track.", profile).get("INTERNAL_PROJECT") == ["Falcon"]
    assert "INTERNAL_PROJECT" not in values(engine, "falcon and Falconry are not it.", profile)


def test_a_custom_pattern_with_a_checksum_finds_only_valid_values(
    engine: CustosEngine, profile: CompiledProfile
) -> None:
    text = "Customer CUST-00000018 and CUST-00000019 called."  # 00000018 passes Luhn, 00000019 does not
    assert values(engine, text, profile).get("CUSTOMER_NUMBER") == ["CUST-00000018"]


def test_context_words_lift_a_low_score_pattern_over_the_threshold(engine: CustosEngine) -> None:
    pattern = {**CUSTOMER_NUMBER, "regex": "[0-9]{6}", "score": 0.3, "context": ["employee"]}
    del pattern["checksum"]
    profile = compile_profile({"patterns": [pattern]}, label="v1:ctx")
    assert "CUSTOMER_NUMBER" not in values(engine, "Order 482913 ships today.", profile)
    assert values(engine, "Employee number 482913 asked for leave.", profile)["CUSTOMER_NUMBER"] == ["482913"]


@pytest.mark.parametrize(
    ("text", "value", "entity_type"),
    [
        ("Mail jane.doe@example.com today.", "jane.doe@example.com", "EMAIL_ADDRESS"),
        ("Deploy with AWS key AKIAIOSFODNN7EXAMPLE please.", "AKIAIOSFODNN7EXAMPLE", "AWS_ACCESS_KEY"),
        ("The patient has diabetes.", "diabetes", "HEALTH_DATA"),
    ],
)
def test_an_allow_list_entry_cannot_hide_an_email_a_key_or_a_diagnosis(
    engine: CustosEngine, text: str, value: str, entity_type: str
) -> None:
    profile = compile_profile(
        {"allow": [{"id": "term", "term": value}, {"id": "pattern", "pattern": ".+"}]}, label="v1:allow"
    )
    assert value in values(engine, text, profile)[entity_type]
    assert engine.classify(text, language="en", profile=profile).level == engine.classify(text, language="en").level


def test_an_allow_pattern_must_match_the_whole_finding(engine: CustosEngine) -> None:
    profile = compile_profile({"allow": [{"id": "hosts", "pattern": "Buildbot"}]}, label="v1:hosts")
    assert compile_profile(PROFILE, label="x").allow_entry("Buildbot-07", _finding(0, 11)) == "build-hosts"
    assert profile.allow_entry("Buildbot Meyer", _finding(0, 14)) is None


def _finding(start: int, end: int) -> Any:
    from classifier.types import Finding

    return Finding("PERSON", start, end, 0.85, "test")


@pytest.mark.parametrize(
    ("regex", "message"),
    [
        ("(a+)+$", "Catastrophic pattern refused"),
        ("([a-z]*[0-9]*)*@", "Catastrophic pattern refused"),
        ("\\pN{2,1001}", "repetition counts stop at 1000"),
        ("(a)\\1", "Back-references and look-arounds are not supported"),
        ("(?=secret)\\w+", "linear-time engine (RE2)"),
        ("[0-9]*", "matches the empty string"),
        ("(unclosed", "linear-time engine (RE2)"),
    ],
)
def test_a_catastrophic_or_unsafe_regex_is_refused_with_a_clear_error(regex: str, message: str) -> None:
    content = {"patterns": [{**CUSTOMER_NUMBER, "regex": regex}]}
    errors = profile_errors(content)
    assert message in errors["patterns.0.regex"]
    with pytest.raises(ProfileError, match=r"patterns\.0\.regex"):
        compile_profile(content, label="bad")


def test_profile_documents_are_checked_entry_by_entry() -> None:
    errors = profile_errors(
        {
            "terms": [{**FALCON, "entity_type": "PERSON"}, {**FALCON, "id": "falcon", "level": "SECRET"}],
            "patterns": [{**CUSTOMER_NUMBER, "checksum": "crc32", "score": 3}],
            "allow": [{"id": "both", "term": "x", "pattern": "y"}],
            "extra": 1,
        }
    )
    assert errors["content"] == "Unknown keys: extra."
    assert "built-in type" in errors["terms.0.entity_type"]
    assert "Duplicate id" in errors["terms.1.id"] and "Use one of" in errors["terms.1.level"]
    assert "luhn" in errors["patterns.0.checksum"] and "at most 1" in errors["patterns.0.score"]
    assert "either a 'term' or a 'pattern'" in errors["allow.0"]


def test_workload_parts_select_which_entries_apply(engine: CustosEngine) -> None:
    content = {
        "terms": [{**FALCON, "part": "code"}],
        "patterns": [{**CUSTOMER_NUMBER, "part": "hr"}],
        "allow": [{"id": "nova", "term": "Nova"}],
        "workload_parts": {"code-assistant": ["code"]},
    }
    text = "Nova asked about Project Falcon and CUST-00000018."
    from classifier.profile import parts_for

    code = compile_profile(content, label="v1", parts=parts_for(content, "code-assistant"))
    other = compile_profile(content, label="v1", parts=parts_for(content, "support"))
    assert set(values(engine, text, code)) == {"INTERNAL_PROJECT"}
    assert "INTERNAL_PROJECT" not in values(engine, text, other)
    assert "CUSTOMER_NUMBER" not in values(engine, text, other)


def test_a_thousand_terms_are_one_scan_and_the_longest_term_wins(engine: CustosEngine) -> None:
    terms = [f"Codename {n:04d}" for n in range(1000)] + ["Codename 0042 Extended"]
    profile = compile_profile({"terms": [{**FALCON, "terms": terms}]}, label="v1:many")
    assert len(profile.term_matchers) == 1  # one alternation, not a thousand expressions
    text = "Ship Codename 0042 Extended before Codename 0999."
    assert values(engine, text, profile)["INTERNAL_PROJECT"] == ["Codename 0042 Extended", "Codename 0999"]


def test_batches_and_sequences_use_the_profile(engine: CustosEngine, profile: CompiledProfile) -> None:
    results = engine.classify_many(["Nova says hi.", "Project Falcon slips."], language="en", profile=profile)
    assert [r.level for r in results] == [SensitivityLevel.PUBLIC, SensitivityLevel.CONFIDENTIAL]
    assert all(r.versions["detection_profile"] == "v1:test" for r in results)


@pytest.mark.parametrize(
    "content",
    [
        {"terms": [{**FALCON, "level": ["CONFIDENTIAL"]}]},
        {"patterns": [{**CUSTOMER_NUMBER, "checksum": {"luhn": True}}]},
        {"patterns": [{**CUSTOMER_NUMBER, "regex": 42}]},
        {"allow": [{"id": "x", "pattern": None}]},
        {"terms": [{**FALCON, "terms": ["x"] * 20_001}]},
        {"workload_parts": {"hr": "all"}},
        {"allow": "Nova"},
        ["not", "an", "object"],
    ],
)
def test_malformed_documents_get_errors_not_exceptions(content: Any) -> None:
    errors = profile_errors(content)
    assert errors and all(isinstance(message, str) and message for message in errors.values())


def test_an_own_category_spelt_almost_like_a_built_in_one_is_refused() -> None:
    """A typo of a built-in category would otherwise become a new category that no rule about the real one sees."""
    errors = profile_errors({"terms": [{**FALCON, "category": "special_categroy"}]})
    assert any("special_category" in message for message in errors.values()), errors
    assert profile_errors({"terms": [{**FALCON, "category": "internal_project"}]}) == {}


KRANICH = {
    "id": "kranich",
    "terms": ["Kranich"],
    "entity_type": "INTERNAL_PROJECT",
    "category": "internal_project",
    "level": "CONFIDENTIAL",
    "languages": ["de"],
}
GERMAN = "Bitte schicke den Bericht über Kranich heute noch an das ganze Team."
ENGLISH = "Please send the report about Kranich to the whole team today."


def test_a_term_entry_naming_languages_applies_only_to_texts_in_them(engine: CustosEngine) -> None:
    profile = compile_profile({"terms": [KRANICH, {**FALCON, "id": "everywhere"}]}, label="v1:lang")
    german = engine.classify(GERMAN, language="auto", profile=profile)
    english = engine.classify(ENGLISH, language="auto", profile=profile)
    assert (german.language, english.language) == ("de", "en")
    assert german.entity_counts()["INTERNAL_PROJECT"] == 1 and german.level == SensitivityLevel.CONFIDENTIAL
    assert "INTERNAL_PROJECT" not in english.entity_counts()
    # An entry without languages still applies to every text.
    french = engine.classify("Le Project Falcon avance bien cette semaine.", language="auto", profile=profile)
    assert french.language == "fr" and french.entity_counts()["INTERNAL_PROJECT"] == 1


@pytest.mark.parametrize(
    ("content", "path"),
    [
        ({"terms": [{**KRANICH, "languages": ["de", "xx"]}]}, "terms.0.languages"),
        ({"terms": [{**KRANICH, "languages": []}]}, "terms.0.languages"),
        ({"terms": [{**KRANICH, "languages": ["de", "de"]}]}, "terms.0.languages"),
        ({"terms": [{**KRANICH, "languages": "de"}]}, "terms.0.languages"),
        ({"patterns": [{**CUSTOMER_NUMBER, "languages": ["de"]}]}, "patterns.0.languages"),
        ({"allow": [{"id": "nova", "term": "Nova", "languages": ["en"]}]}, "allow.0.languages"),
    ],
)
def test_languages_are_checked_and_only_term_entries_name_them(content: dict[str, Any], path: str) -> None:
    errors = profile_errors(content)
    assert list(errors) == [path]
    assert "de, fr" in errors[path] or "Only term entries" in errors[path]


def test_values_split_across_two_texts_are_found_for_custom_terms_and_patterns(
    engine: CustosEngine, profile: CompiledProfile
) -> None:
    texts = ["Status of Project Fal", "con and of customer CUST-0000", "0018 today."]
    found = engine.findings_across(texts, profile=profile, languages=["en", "en", "en"])
    parts = [[(f.entity_type, texts[i][f.start : f.end]) for f in found[i]] for i in range(3)]
    assert parts == [
        [("INTERNAL_PROJECT", "Project Fal")],
        [("INTERNAL_PROJECT", "con"), ("CUSTOMER_NUMBER", "CUST-0000")],
        [("CUSTOMER_NUMBER", "0018")],
    ]
    # Without the profile nothing of these is a value; and an invalid checksum stays invalid across a boundary.
    assert engine.findings_across(texts) == [[], [], []]
    assert engine.findings_across(["customer CUST-0000", "0019 today."], profile=profile) == [[], []]


def test_a_language_bound_term_across_a_boundary_needs_either_side_in_its_language(engine: CustosEngine) -> None:
    profile = compile_profile({"terms": [KRANICH]}, label="v1:lang")
    texts = ["Der Bericht über Kra", "nich ist fertig."]
    assert engine.findings_across(texts, profile=profile, languages=["en", "en"]) == [[], []]
    found = engine.findings_across(texts, profile=profile, languages=["de", "en"])
    assert [[texts[i][f.start : f.end] for f in found[i]] for i in range(2)] == [["Kra"], ["nich"]]
