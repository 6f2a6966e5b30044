"""Round 10, topic mkt10b (names and identifiers in marketing copy): brands and car names are no people, names that
an e-mail address on their line spells out are people whole, and compound initials belong to the name. Own
sentences, positive and negative, in every language the rules touch."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from classifier.engine import CustosEngine
from classifier.types import SensitivityLevel

Found = Callable[[str], dict[str, list[str]]]


def persons(found: Found, text: str) -> list[str]:
    return found(text).get("PERSON", [])


# -- brand names made of personal names, car make + model --------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Tasting table with Ben & Jerry's cookie dough and Tunnock's caramel wafers, Sunday 2 pm."),
        ("en", "Spring sale: Ralph Lauren polos and Calvin Klein jeans, 30% off this weekend only."),
        ("de", "Gewinnen Sie einen Renault Clio oder einen Opel Corsa beim Herbstfest im Autohaus."),
        ("fr", "Dégustation Michel et Augustin et Bonne Maman au rayon épicerie, samedi matin."),
        ("it", "Prova su strada della nuova Alfa Romeo Giulia e della Lancia Ypsilon a Verona."),
        ("es", "Sorteamos un SEAT Ibiza y un Cupra Formentor entre los clientes del club."),
        ("nl", "Deze week bij Albert Heijn: Tony's Chocolonely repen voor de halve prijs."),
        ("pl", "Promocja: Skoda Fabia i Toyota Yaris w salonie, jazdy próbne w sobotę."),
    ],
)
def test_a_brand_or_car_name_is_no_person(engine: CustosEngine, language: str, text: str) -> None:
    result = engine.classify(text, language=language)
    assert [f for f in result.findings if f.entity_type == "PERSON"] == []
    assert result.level <= SensitivityLevel.INTERNAL


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Our new store manager Renate Clio starts on Monday.", "Renate Clio"),
        ("Winner of the raffle: Benjamin Jerrold from Harrogate.", "Benjamin Jerrold"),
        ("Lorenzo Ferrari ha vinto il premio per il miglior gelato.", "Lorenzo Ferrari"),
    ],
)
def test_a_person_next_to_brand_words_stays_found(found: Found, text: str, name: str) -> None:
    assert name in persons(found, text), found(text)


# -- names that the e-mail address on the line spells out ---------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("segment export\nKrause, Wiebke; wiebke.krause@posteo.de; 0160 4455667", "Krause, Wiebke"),
        ("Lista VIP:\nMarchetti Ilaria, ilaria.marchetti@tiscali.it", "Marchetti Ilaria"),
        ("Clientes:\nSoto Vidal, Nuria; nuria.soto@yahoo.es", "Soto Vidal, Nuria"),
        ("Klantenlijst:\nPham, Quoc Bao - quocbao.pham@hotmail.nl", "Pham, Quoc Bao"),
    ],
)
def test_a_name_spelled_out_by_its_e_mail_is_found_whole(found: Found, text: str, name: str) -> None:
    assert name in persons(found, text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Questions about Green Valley tours? Write to green.valley@tours-example.com",
        "Support for Smart Home devices: smart.home@vendor-example.com",
    ],
)
def test_a_firm_spelled_out_by_its_e_mail_is_no_person(found: Found, text: str) -> None:
    assert persons(found, text) == [], found(text)


# -- compound initials ---------------------------------------------------------------------------


def test_compound_initials_belong_to_the_name(found: Found) -> None:
    assert "J.-P. Marchand" in persons(found, "Table ronde animée par J.-P. Marchand, directeur commercial.")


def test_a_lone_compound_abbreviation_is_no_name(found: Found) -> None:
    assert persons(found, "Le groupe A.-B. se réunit mardi à la mairie.") == []
