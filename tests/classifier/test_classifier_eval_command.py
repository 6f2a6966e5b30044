"""manage.py classifier_eval on a small data set it is given."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from pytest_django import Settings

from classifier import evaluation
from classifier.evaluation import Prediction, Sample, Span
from classifier.levels import DEFAULT_LEVELS, LevelMapping, LevelRule
from classifier.types import SensitivityLevel as L
from tests.classifier.vllm_stub_server import VLLMStub

RECORDS = [
    {"full_text": "My name is Anna Berg and my email is anna@example.com", "spans": [
        {"entity_type": "PERSON", "entity_value": "Anna Berg", "start_position": 11, "end_position": 20},
        {"entity_type": "EMAIL_ADDRESS", "entity_value": "anna@example.com", "start_position": 37, "end_position": 53},
    ]},
    {"full_text": "What are my options?", "spans": []},
    {"full_text": "He lives at 90 Whitchurch Road.", "spans": [
        {"entity_type": "STREET_ADDRESS", "entity_value": "90 Whitchurch Road", "start_position": 12, "end_position": 30},
    ]},
]  # fmt: skip


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    path = tmp_path / "set.json"
    path.write_text(json.dumps(RECORDS))
    return path


def test_json_report_for_both_engines(dataset: Path, capsys: pytest.CaptureFixture[str]) -> None:
    call_command("classifier_eval", "--dataset", str(dataset), "--json")
    payload = json.loads(capsys.readouterr().out)
    assert payload["samples"] == 3
    custos, vanilla = payload["reports"]
    assert (custos["engine"], vanilla["engine"]) == ("custos", "vanilla presidio")
    assert custos["overall"]["recall"] == 1.0
    assert custos["pii_free_texts"] == 1
    assert {"precision", "recall", "f2"} <= set(custos["families"]["PERSON"])


def test_limit_and_table(dataset: Path, capsys: pytest.CaptureFixture[str]) -> None:
    call_command("classifier_eval", "--dataset", str(dataset), "--limit", "1")
    out = capsys.readouterr().out
    assert "(1 texts)" in out and "identifier chars unredacted" in out


def test_missing_dataset_is_a_command_error(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="does not exist"):
        call_command("classifier_eval", "--dataset", str(tmp_path / "nope.json"))


# -- the corpus report, on a hand-made set with known numbers -------------------------------------------------------

HAND_MADE = [
    Sample("Anna Berg, anna@example.com", (Span("PERSON", 0, 9), Span("EMAIL_ADDRESS", 11, 27)), "a", "de", "support", "dev", L.CONFIDENTIAL),
    Sample("Er hat Diabetes.", (Span("HEALTH_DATA", 7, 15),), "b", "de", "hr", "dev", L.RESTRICTED),
    Sample('KEY="sk_live_abc"', (Span("STRIPE_KEY", 5, 16),), "c", "en", "code", "dev", L.RESTRICTED),
    Sample('os.environ.get("STRIPE_API_KEY")', (), "d", "en", "code", "dev", L.PUBLIC),
    Sample("Meet Claude 3.5 at Hall 4", (), "e", "en", "marketing", "dev", L.PUBLIC),
]  # fmt: skip
PREDICTED = [
    Prediction(L.CONFIDENTIAL, (Span("EMAIL_ADDRESS", 11, 27),)),  # the name is missed
    Prediction(L.CONFIDENTIAL, (Span("PERSON", 0, 2),)),  # a false name, the diagnosis missed
    Prediction(L.RESTRICTED, (Span("PASSWORD", 5, 16),)),  # another credential type: still found
    Prediction(L.RESTRICTED, (Span("PASSWORD", 16, 30),)),  # a variable that names a secret
    Prediction(L.INTERNAL, (Span("ORGANIZATION", 5, 11),)),
]


@pytest.fixture
def hand_made_report() -> evaluation.Report:
    return evaluation.score("custos", HAND_MADE, PREDICTED, 1.0)


def test_direct_identifier_scores_and_character_leak(hand_made_report: evaluation.Report) -> None:
    overall = hand_made_report.overall
    assert (overall.direct.gold, overall.direct.found_gold) == (2, 1)
    assert (overall.direct.predicted, overall.direct.true_positive_predictions) == (2, 1)
    assert overall.identifier_chars == 24 and overall.leaked_chars == 8  # "AnnaBerg" of "AnnaBerg" + the e-mail
    assert overall.families["PERSON"].recall == 0.0 and overall.families["EMAIL"].recall == 1.0


def test_art9_credentials_clean_raised_and_under_level(hand_made_report: evaluation.Report) -> None:
    overall = hand_made_report.overall
    assert (overall.art9.found_gold, overall.art9.gold) == (0, 1)
    assert (overall.credentials.found_gold, overall.credentials.gold) == (1, 1)
    assert (overall.clean_raised, overall.clean_texts) == (1, 2)
    assert (overall.under_level, overall.leveled_texts) == (1, 3)
    assert overall.families["CREDENTIAL"].precision == 0.5  # the named-only secret is a false alarm


def test_slices_per_language_and_kind(hand_made_report: evaluation.Report) -> None:
    german, english = hand_made_report.languages["de"], hand_made_report.languages["en"]
    assert (german.texts, german.direct.recall, german.leak_share) == (2, 0.5, 8 / 24)
    assert (english.texts, english.clean_raised, english.credentials.recall) == (3, 1, 1.0)
    assert hand_made_report.kinds["code"].clean_raised_share == 1.0
    assert hand_made_report.kinds["hr"].under_level == 1


def test_errors_name_types_and_record_ids_and_values_only_on_request(hand_made_report: evaluation.Report) -> None:
    assert dict(hand_made_report.errors) == {
        "missed PERSON": 1,
        "false PERSON": 1,
        "missed HEALTH_DATA": 1,
        "false PASSWORD": 1,
        "clean text raised by PASSWORD": 1,
        "under level: RESTRICTED text classified CONFIDENTIAL": 1,
    }
    assert hand_made_report.error_ids["missed HEALTH_DATA"] == ["b"]
    quiet = evaluation.format_errors(hand_made_report, 10)
    assert "[b]" in quiet and "Diabetes" not in quiet and "Anna" not in quiet
    assert "'Diabetes'" in evaluation.format_errors(hand_made_report, 10, show_text=True)


def test_families_follow_the_level_mapping() -> None:
    families = evaluation.Families(
        LevelMapping({**DEFAULT_LEVELS, "EMPLOYEE_ID": LevelRule(L.RESTRICTED, "government_id")})
    )
    assert families.family("EMPLOYEE_ID") == "NATIONAL_ID"
    assert families.family("PL_PESEL") == "NATIONAL_ID"
    assert families.family("PASSWORD") == "CREDENTIAL"
    assert families.family("CRIMINAL_RECORD") == "CRIMINAL"
    assert families.family("ZIP_CODE") == "ADDRESS"
    assert families.family("ORGANIZATION") is None and families.family("DATE_TIME") is None


def test_presidio_research_records_read_as_english_synthetic(dataset: Path) -> None:
    samples = evaluation.load_dataset(dataset)
    assert [(s.language, s.kind) for s in samples] == [("en", "synthetic")] * 3
    assert [s.expected_level for s in samples] == [L.CONFIDENTIAL, L.PUBLIC, L.CONFIDENTIAL]


CORPUS = [
    {"id": "dev-en-1", "split": "dev", "language": "en", "kind": "support", "full_text": "Write to anna@example.com please.",
     "spans": [{"entity_type": "EMAIL_ADDRESS", "start_position": 9, "end_position": 25}], "expected_level": "CONFIDENTIAL", "source": "generated"},
    {"id": "dev-de-1", "split": "dev", "language": "de", "kind": "marketing", "full_text": "Besuchen Sie uns, Halle 4.",
     "spans": [], "expected_level": "PUBLIC", "source": "generated"},
    {"id": "holdout-en-1", "split": "holdout", "language": "en", "kind": "support", "full_text": "Quiet Xylophone text.",
     "spans": [], "expected_level": "PUBLIC", "source": "generated"},
]  # fmt: skip


@pytest.fixture
def corpus_file(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.json"
    path.write_text(json.dumps(CORPUS))
    return path


def test_corpus_report_per_language_and_kind_without_vanilla(
    corpus_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    call_command("classifier_eval", "--dataset", str(corpus_file), "--split", "dev", "--json")
    payload = json.loads(capsys.readouterr().out)
    assert payload["samples"] == 2 and len(payload["reports"]) == 1  # vanilla is off for the corpus
    report = payload["reports"][0]
    assert set(report["languages"]) == {"en", "de"} and set(report["kinds"]) == {"support", "marketing"}
    assert report["languages"]["en"]["direct_identifiers"]["recall"] == 1.0
    assert report["summary"]["clean_texts"] == 1 and report["summary"]["texts_expected_above_internal"] == 1
    for key in ("art9_recall", "credentials_recall", "clean_texts_above_internal_share", "texts_under_level_share"):
        assert key in report["summary"]


def test_corpus_filters_and_tables_never_print_texts(corpus_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    call_command("classifier_eval", "--dataset", str(corpus_file), "--language", "en", "--errors", "5")
    out = capsys.readouterr().out
    assert "(2 texts)" in out and "language en" in out and "kind support" in out
    assert "Xylophone" not in out and "anna@" not in out
    with pytest.raises(CommandError, match="No texts"):
        call_command("classifier_eval", "--dataset", str(corpus_file), "--kind", "hr")


def test_several_data_sets_are_pooled_into_one_report(
    dataset: Path, corpus_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    call_command("classifier_eval", "--dataset", str(corpus_file), str(dataset), "--no-compare-vanilla", "--json")
    payload = json.loads(capsys.readouterr().out)
    assert payload["samples"] == len(CORPUS) + len(RECORDS)
    assert payload["dataset"] == [str(corpus_file), str(dataset)]
    assert set(payload["reports"][0]["languages"]) == {"en", "de"}  # records without a language count as English
    call_command("classifier_eval", "--dataset", str(corpus_file), str(dataset), "--limit", "2", "--json")
    assert json.loads(capsys.readouterr().out)["samples"] == 2


def test_one_missing_data_set_among_several_is_a_command_error(dataset: Path, tmp_path: Path) -> None:
    with pytest.raises(CommandError, match=r"nope\.json does not exist"):
        call_command("classifier_eval", "--dataset", str(dataset), str(tmp_path / "nope.json"))


# -- the vLLM second opinion in the measurement ------------------------------------------------------------------

# "vexmorbia" is a condition no vocabulary of ours holds: only the second opinion can find it.
UNLISTED_CONDITION = "Please tell Henrike's team that she is off until May with vexmorbia."
OPINION_RECORDS = [
    {"id": "so-en-1", "split": "dev", "language": "en", "kind": "hr", "full_text": UNLISTED_CONDITION,
     "spans": [{"entity_type": "HEALTH_DATA", "start_position": UNLISTED_CONDITION.index("vexmorbia"),
                "end_position": UNLISTED_CONDITION.index("vexmorbia") + len("vexmorbia")}],
     "expected_level": "RESTRICTED", "source": "written"},
    {"id": "so-en-2", "split": "dev", "language": "en", "kind": "support", "full_text": "Where do I change my plan?",
     "spans": [], "expected_level": "PUBLIC", "source": "written"},
]  # fmt: skip


def test_the_second_opinion_is_measured_with_the_engine(
    tmp_path: Path, vllm_stub: VLLMStub, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "opinion.json"
    path.write_text(json.dumps(OPINION_RECORDS))
    call_command("classifier_eval", "--dataset", str(path), "--json")
    alone = json.loads(capsys.readouterr().out)["reports"][0]["summary"]
    assert alone["art9_recall"] == 0.0  # the engine alone misses the unlisted condition

    settings.CUSTOS_VLLM_CONCURRENCY = 1  # the stub's answers are scripted in text order
    start = UNLISTED_CONDITION.index("vexmorbia")
    vllm_stub.answer(
        {
            "categories": ["special_category", "personal_data"],
            "level": "RESTRICTED",
            "rationale": "A colleague's illness.",
            "evidence": [{"start": start, "end": start + len("vexmorbia"), "category": "special_category"}],
        }
    )
    vllm_stub.answer({"categories": [], "level": "PUBLIC", "rationale": "A product question.", "evidence": []})
    call_command("classifier_eval", "--dataset", str(path), "--second-opinion", "--json")
    payload = json.loads(capsys.readouterr().out)
    summary = payload["reports"][0]["summary"]
    assert summary["art9_recall"] == 1.0  # the model's evidence counts as a special-category finding
    assert summary["clean_texts_above_internal"] == 0
    assert payload["second_opinion"] == {
        "model": vllm_stub.model,
        "requests": 2,
        "used": 2,
        "outcomes": {"used": 2},
    }
    assert vllm_stub.chat_hits == 2


def test_an_unavailable_second_opinion_is_counted_not_hidden(
    tmp_path: Path, vllm_stub: VLLMStub, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "opinion.json"
    path.write_text(json.dumps(OPINION_RECORDS))
    settings.CUSTOS_VLLM_CONCURRENCY = 1
    vllm_stub.fail(503, times=2)
    call_command("classifier_eval", "--dataset", str(path), "--second-opinion")
    out = capsys.readouterr().out
    assert "used on 0 of 2 requests" in out and "unavailable:http_503" in out


def test_the_second_opinion_needs_a_server(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "opinion.json"
    path.write_text(json.dumps(OPINION_RECORDS))
    settings.CUSTOS_VLLM_BASE_URL = ""
    with pytest.raises(CommandError, match="CUSTOS_VLLM_BASE_URL"):
        call_command("classifier_eval", "--dataset", str(path), "--second-opinion")


@pytest.mark.parametrize("split", ["fresh18", "fresh24"])
def test_errors_are_refused_on_held_out_and_validation_splits(split: str, tmp_path: Path) -> None:
    record: dict[str, object] = {"id": f"{split}-en-support-000", "split": split, "language": "en", "kind": "support"}
    record |= {"full_text": "Hello", "spans": [], "expected_level": "PUBLIC", "source": "written"}
    dataset = tmp_path / f"{split}.json"
    dataset.write_text(json.dumps([record]), encoding="utf-8")
    with pytest.raises(CommandError, match="refused on held-out and validation splits"):
        call_command("classifier_eval", "--dataset", str(dataset), "--errors", "5")
