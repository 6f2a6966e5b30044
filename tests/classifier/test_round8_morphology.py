"""Round 8 (morphology): the regular inflected forms of the special-category vocabulary, derived when the lexicon is
built (``classifier/recognizers/inflection.py``), in every language; plural subjects and copulas. Sentences in
wording of our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from classifier.recognizers.inflection import inflect, languages_of, person_nouns
from classifier.recognizers.special_categories import load_data
from tests.classifier.special_types import SPECIAL

Found = Callable[[str], dict[str, list[str]]]


def _special(found: Found, text: str) -> dict[str, list[str]]:
    return {kind: values for kind, values in found(text).items() if kind in SPECIAL}


# -- the rules, per language ---------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "language", "expected"),
    [
        ("gruźlica", "pl", {"gruźlicy", "gruźlicę", "gruźlicą"}),
        ("infekcja", "pl", {"infekcji", "infekcję", "infekcją"}),
        ("nowotwór", "pl", {"nowotworu", "nowotworem", "nowotworze"}),
        ("zapalenie", "pl", {"zapalenia", "zapaleniem", "zapaleniu"}),
        ("karalność", "pl", {"karalności", "karalnością"}),
        ("choroba przewlekła", "pl", {"choroby przewlekłej", "chorobę przewlekłą", "chorobie przewlekłej"}),
        ("zespół jelita", "pl", {"zespołu jelita", "zespołem jelita"}),
        ("astmatykiem", "pl", {"astmatyk", "astmatyczka", "astmatyczką", "astmatycy"}),
        ("niewidomy", "pl", {"niewidoma", "niewidomego", "niewidomym", "niewidomą"}),
        ("psychotisch", "de", {"psychotische", "psychotischen", "psychotischer"}),
        ("Allergiker", "de", {"Allergikerin", "Allergikerinnen", "Allergikern"}),
        ("Pazifist", "de", {"Pazifistin", "Pazifisten"}),
        ("akute Gastritis", "de", {"akuter Gastritis", "akuten Gastritis"}),
        ("depressief", "nl", {"depressieve"}),
        ("gehandicapt", "nl", {"gehandicapte", "gehandicapten"}),
        ("anxieux", "fr", {"anxieuse", "anxieuses"}),
        ("hospitalisé", "fr", {"hospitalisée", "hospitalisés", "hospitalisées"}),
        ("cardiopatico", "it", {"cardiopatica", "cardiopatici", "cardiopatiche"}),
        ("ipovedente", "it", {"ipovedenti"}),
        ("hipertenso", "es", {"hipertensa", "hipertensos", "hipertensas"}),
        ("musulmán", "es", {"musulmana", "musulmanes"}),
        ("coeliac", "en", {"coeliacs"}),
    ],
)
def test_the_regular_forms_of_a_listed_phrase(phrase: str, language: str, expected: set[str]) -> None:
    assert expected <= inflect(phrase, language), sorted(inflect(phrase, language))


def test_a_condition_adjective_in_ic_gives_its_person_nouns() -> None:
    assert {"Spastiker", "Spastikerin"} <= person_nouns("spastisch", "de")
    assert {"spasticus", "spastica"} <= person_nouns("spastisch", "nl")
    assert {"alergik", "alergiczka", "alergikiem"} <= person_nouns("alergiczny", "pl")
    assert not person_nouns("anxieux", "fr")


@pytest.mark.parametrize("phrase", ["HIV", "rak", "COVID-19", "Diabetes Typ 2"])
def test_short_words_acronyms_and_numbers_are_not_inflected(phrase: str) -> None:
    assert not any(inflect(phrase, language) for language in ("pl", "it", "es", "fr", "nl", "en"))


def test_a_mixed_file_phrase_gets_the_languages_its_letters_allow() -> None:
    assert languages_of("łuszczyca") == ("pl",)
    assert languages_of("Gefäßerkrankung") == ("de",)
    assert set(languages_of("anémie")) == {"fr", "es"}
    assert set(languages_of("psoriasis")) == {"en", "de", "fr", "it", "es", "nl"}  # no Polish spelling


def test_names_and_reviewed_homographs_are_not_derived() -> None:
    data = load_data()
    union_terms = {term.lower() for term in data["categories"]["TRADE_UNION_MEMBERSHIP"]["terms"]}
    assert "linken" not in {t.lower() for t in data["categories"]["POLITICAL_OPINION"]["terms"]}
    assert "solidarnością" not in union_terms or "solidarnością" in {
        t.lower() for t in load_data(inflected=False)["categories"]["TRADE_UNION_MEMBERSHIP"]["terms"]
    }
    health = {term.lower() for term in data["categories"]["HEALTH_DATA"]["terms"]}
    assert "chiesi" not in {a.lower() for a in data["categories"]["RELIGIOUS_BELIEF"]["terms"]}
    assert not {"staren", "chemie"} & health


# -- statements in each language ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mój szwagier od lat choruje na gruźlicę.", "gruźlicę"),
        ("Moja koleżanka jest astmatyczką i nosi inhalator.", "astmatyczką"),
        ("Nasz kierowca Tomasz jest epileptykiem.", "epileptykiem"),
        ("Kuzynka leczy się ze stwardnienia rozsianego.", "stwardnienia rozsianego"),
        ("Mein Kollege ist Epileptiker und fährt kein Auto.", "Epileptiker"),
        ("Unsere neue Kollegin ist Diabetikerin.", "Diabetikerin"),
        ("Zij is een depressieve moeder.", "depressieve"),
        ("Nos deux filles sont asthmatiques.", "asthmatiques"),
        ("Mia cugina è diventata diabetica in gravidanza.", "diabetica"),
        ("Le mie figlie sono epilettiche.", "epilettiche"),
        ("Mis primas son diabéticas.", "diabéticas"),
        ("Her twin sons are diabetics.", "diabetics"),
    ],
)
def test_an_inflected_form_in_a_statement_is_found(found: Found, text: str, value: str) -> None:
    values = [v for vs in _special(found, text).values() for v in vs]
    assert any(value in v or v in value for v in values), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Raki czerwienieją po ugotowaniu, podaj je z koperkiem.",
        "Ich bleibe lange vor dem Bildschirm staren, sagte er lachend.",
        "Gli chiesi un passaggio fino alla stazione.",
        "Hij heeft het laatste stuk taart genomen.",
        "Stare miasto jest piękne o zachodzie słońca.",
        "Die Chemie zwischen den beiden Teams stimmt.",
        "Les patients diabétiques peuvent commander des repas adaptés.",
        "Los diabéticos deben consultar a su médico antes de viajar.",
    ],
)
def test_homographs_and_people_in_general_are_no_finding(found: Found, text: str) -> None:
    assert not _special(found, text), found(text)
