"""Art. 9 on free-form text (round 5): a term in a record's field counts when the record names its person on
another field line; a medicine or treatment a person owns ("my asthma medication") is that person's condition,
not a product; named conditions and operations the vocabularies lacked. Written here in wording of our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Found = Callable[[str], dict[str, list[str]]]

SPECIAL = ("HEALTH_DATA", "RELIGIOUS_BELIEF", "TRADE_UNION_MEMBERSHIP", "POLITICAL_OPINION", "GENETIC_DATA")


@pytest.mark.parametrize(
    ("text", "entity_type", "value"),
    [
        ("Volunteer sheet\nName: Priya Raman\nShift: Saturday\nMeals: kosher", "RELIGIOUS_BELIEF", "kosher"),
        ("Personalbogen\nName: Jonas Bäumer\nAbteilung: Lager\nHinweis: Zeuge Jehovas", "RELIGIOUS_BELIEF", "Zeuge"),
        ("Fiche\nNom : Camille Roussel\nService : accueil\nRemarque : musulmane", "RELIGIOUS_BELIEF", "musulmane"),
        ("Scheda\nNome: Giulia Fabbri\nReparto: cucina\nNote: ebrea osservante", "RELIGIOUS_BELIEF", "ebrea"),
        ("Hoja\nNombre: Lucía Pardo\nTurno: mañana\nNotas: musulmana", "RELIGIOUS_BELIEF", "musulmana"),
        ("Karta\nImię: Tomasz Wrona\nDział: magazyn\nUwagi: prawosławny", "RELIGIOUS_BELIEF", "prawosławny"),
        (
            "Can someone check the lockers? My wallet and asthma medication were in the blue bag.",
            "HEALTH_DATA",
            "asthma",
        ),
        ("Sie hat ihre Epilepsie Medikamente im Büro vergessen.", "HEALTH_DATA", "Epilepsie"),
        (
            "Mijn moeder heeft vasculaire dementie, zij woont nu op de derde etage.",
            "HEALTH_DATA",
            "vasculaire dementie",
        ),
        ("Ich kann nach meiner Hüft-OP erst im Mai wieder fahren.", "HEALTH_DATA", "Hüft-OP"),
        ("Pan Marek jest na zwolnieniu z powodu zapalenia oskrzeli.", "HEALTH_DATA", "zapalenia oskrzeli"),
        (
            "Unser Kollege Ömer Aydin, ver.di-Mitglied seit 2015, übernimmt die Schicht.",
            "TRADE_UNION_MEMBERSHIP",
            "ver.di",
        ),
        ("Jana Horn ist seit dem Frühjahr SPD-Mitglied im Ortsverein.", "POLITICAL_OPINION", "SPD"),
    ],
)
def test_a_term_about_a_person_is_found(found: Found, text: str, entity_type: str, value: str) -> None:
    assert any(value in v for v in found(text).get(entity_type, [])), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Menu card\nStarters: soup of the day\nMains: halal chicken, kosher beef, vegan curry",
        "Our pharmacy stocks asthma medication and inhalers for all ages.",
        "Die Apotheke führt Epilepsie Medikamente aller Hersteller.",
        "Formular\nProdukt: Gebetsteppich\nFarbe: grün\nHinweis: muslimisch",
        "Die SPD-Fraktion berät morgen über den Haushalt der Stadt.",
    ],
)
def test_a_term_off_a_person_is_not_found(found: Found, text: str) -> None:
    assert not {k: v for k, v in found(text).items() if k in SPECIAL}, found(text)
