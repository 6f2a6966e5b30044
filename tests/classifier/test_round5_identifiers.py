"""Round 5 (identifiers and precision on free-form text, tuned on fresh4): classes seen in hand-written texts, in
wording of our own and with values of our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from classifier.engine import CustosEngine
from classifier.levels import SensitivityLevel

Found = Callable[[str], dict[str, list[str]]]


# -- establishments named by their kind -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sommerfest im Haus Lindenhof: Kaffee, Kuchen und Musik für alle Bewohner.",
        "Winterreifen jetzt beim Autohaus Brenner wechseln lassen, nur 49 Euro.",
        "Autobedrijf Hoekstra: gratis zomercheck bij elke onderhoudsbeurt.",
        "Woonzorgcentrum Het Anker opent een nieuwe afdeling voor kleinschalig wonen.",
        "La RSA Villa Gemma organizza un pomeriggio di musica per le famiglie.",
        "L'EHPAD Les Tilleuls recrute un aide-soignant de nuit.",
    ],
)
def test_a_home_a_garage_or_a_care_residence_named_by_its_kind_is_no_person(found: Found, text: str) -> None:
    assert "PERSON" not in found(text), found(text)


def test_a_person_beside_an_establishment_is_still_found(found: Found) -> None:
    text = "Im Haus Lindenhof ist Frau Katharina Wendlandt Ihre Ansprechpartnerin."
    persons = found(text).get("PERSON", [])
    assert any("Wendlandt" in p for p in persons), found(text)
    assert not any("Lindenhof" in p for p in persons), found(text)


# -- a brand glued to a common noun -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Vacature: chauffeur, ervaring met Scania-trucks een pré.",
        "Gezocht: monteur met ervaring in Vaillant-ketels en warmtepompen.",
        "Wir suchen Verstärkung mit Erfahrung in Miele-geräten und Kundendienst.",
    ],
)
def test_a_brand_joined_to_a_lower_case_noun_is_no_person(found: Found, text: str) -> None:
    assert "PERSON" not in found(text), found(text)


def test_a_double_surname_is_still_a_person(found: Found) -> None:
    text = "Die Unterlagen hat Frau Anna Meier-Lüdecke gestern unterschrieben."
    assert any("Meier-Lüdecke" in p for p in found(text).get("PERSON", [])), found(text)


def test_a_finnish_surname_with_a_hyphen_between_equal_vowels_is_still_a_person(found: Found) -> None:
    text = '"We will open the second line in May," says Hauta-aho.'
    assert any("Hauta" in p for p in found(text).get("PERSON", [])), found(text)


# -- phone numbers of calling codes that several regions share ----------------


def test_an_unallocated_uk_mobile_with_its_country_code_is_a_phone(engine: CustosEngine) -> None:
    text = "Whoever finds the blue rucksack from the tram, +44 7700 934 512, many thanks."
    result = engine.classify(text, language="en")
    phones = [text[f.start : f.end] for f in result.findings if f.entity_type == "PHONE_NUMBER"]
    assert phones == ["+44 7700 934 512"]
    assert result.level >= SensitivityLevel.CONFIDENTIAL


def test_an_unknown_calling_code_is_still_no_phone(found: Found) -> None:
    assert "PHONE_NUMBER" not in found("Batch +999 4410 2283 passed the checks."), found(
        "Batch +999 4410 2283 passed the checks."
    )


# -- generated secrets in configuration files --------------------------------


def test_a_generated_secret_holding_an_unclosed_parenthesis_is_a_secret(found: Found) -> None:
    text = "# shop.properties\nshop.session.secret=k8wq2(r7&mzp41_9xe$tq#v3_6u$1@hbnc0ye5a\n"
    assert found(text).get("GENERIC_SECRET") == ["k8wq2(r7&mzp41_9xe$tq#v3_6u$1@hbnc0ye5a"], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "session_secret=load_secret(config.path_2024)\n",
        "api_token=fetch_token(cfg_v2, timeout=30)\n",
        'secret_key=os.environ.get("SHOP_SECRET")\n',
    ],
)
def test_a_call_assigned_to_a_secret_name_is_no_secret(found: Found, text: str) -> None:
    assert "GENERIC_SECRET" not in found(text) and "API_KEY" not in found(text), found(text)


# -- an article, a name, then its kind -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Members can now borrow audiobooks through the Marnie app at no cost.",
        "Neu: Termine buchen Sie jetzt über die Hedda app.",
    ],
)
def test_an_app_named_with_a_given_name_after_an_article_is_no_person(found: Found, text: str) -> None:
    assert "PERSON" not in found(text), found(text)


def test_a_given_name_before_a_lower_case_word_without_article_is_still_a_person(found: Found) -> None:
    text = "Please ask Marnie Okonkwo app questions directly, she built it."
    assert any("Marnie" in p for p in found(text).get("PERSON", [])), found(text)
