"""Art. 9 on free-form text (round 4): a listed term counts on a line that names or speaks as a person, not in
sentences about people in general, a product, a service or a topic; a condition is reported over the sick note that
carries it; party and union names count as proper nouns only. Written here in wording of our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Found = Callable[[str], dict[str, list[str]]]


@pytest.mark.parametrize(
    ("text", "entity_type", "value"),
    [
        (
            "Could you post the refill? The pharmacy keeps mixing up my sertraline and the pantoprazole.",
            "HEALTH_DATA",
            "pantoprazole",
        ),
        ("Kurze Frage zur Lieferung: Das Paket mit meinem Lantus ist noch nicht da.", "HEALTH_DATA", "Lantus"),
        (
            "Bonjour, je dois reporter la visite, la dose de lévothyroxine a changé et l'escitalopram aussi.",
            "HEALTH_DATA",
            "escitalopram",
        ),
        ("Buongiorno, per mio padre serve ancora il Xarelto, la farmacia non lo trova.", "HEALTH_DATA", "Xarelto"),
        ("Hola, a mi hermana le han puesto un marcapasos y pregunta por el seguro.", "HEALTH_DATA", "marcapasos"),
        (
            "Hoi Sanne, ik kom vrijdag niet: mijn nieuwe heupprothese moet eerst herstellen.",
            "HEALTH_DATA",
            "heupprothese",
        ),
        ("Dzień dobry, proszę o przesunięcie wizyty, moja córka ma szkarlatynę.", "HEALTH_DATA", "szkarlatynę"),
        (
            "Our new hire Tomasz asked for quiet hours; his dyscalculia makes the rota hard to read.",
            "HEALTH_DATA",
            "dyscalculia",
        ),
        (
            "Für Frau Lindqvist bitte die Freitage freihalten, sie feiert die jüdischen Feiertage.",
            "RELIGIOUS_BELIEF",
            "jüdischen Feiertage",
        ),
        (
            "Elena chiede di poter indossare il velo islamico al banco: è musulmana praticante.",
            "RELIGIOUS_BELIEF",
            "velo islamico",
        ),
        ("Bartek prosi o wolne w święto, jest prawosławny i spędza je z rodziną.", "RELIGIOUS_BELIEF", "prawosławny"),
        (
            "Dear payroll, Marieke and her partner registered a civil partnership in May.",
            "SEX_LIFE_ORIENTATION",
            "civil partnership",
        ),
        ("Asistentes: Jorge Lobato (CCOO) y la directora de planta.", "TRADE_UNION_MEMBERSHIP", "CCOO"),
        ("Bram van Eck is sinds dit jaar raadslid voor GroenLinks in Deventer.", "POLITICAL_OPINION", "GroenLinks"),
        (
            "Le badge de Yannick sera remplacé par une empreinte digitale à l'entrée de l'atelier.",
            "BIOMETRIC_DATA",
            "empreinte digitale",
        ),
        ("Uit het dossier: Femke draagt een BRCA2-mutatie en krijgt extra controles.", "GENETIC_DATA", "BRCA2"),
    ],
)
def test_a_term_on_a_line_about_a_person_is_found(found: Found, text: str, entity_type: str, value: str) -> None:
    assert any(value in v for v in found(text).get(entity_type, [])), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "People with diabetes can now book a free eye check at every branch.",
        "Unsere Praxis bietet jetzt auch Physiotherapie am Samstag an, Termine online.",
        "Notre clinique propose un accompagnement pour les patients atteints de sclérose en plaques.",
        "Durante il Ramadan la caffetteria resta aperta fino a tardi, con menu dedicati.",
        "Podemos ir el jueves a recoger las llaves, gracias.",
        "INSERT INTO orders (id, customer_id, total) VALUES (1, 7, 19.99);",
        "if reason in (Phase.DISABLED, Phase.UGT):\n    return None",
        "De kerk aan het plein organiseert zondag na de mis een koffieochtend.",
        "Nasza przychodnia oferuje fizjoterapię także w soboty, zapraszamy.",
        "Die Tarifrunde mit ver.di wird am 3. Juli 2026 fortgesetzt.",
        "Our union recognition agreement with Unite covers every depot.",
    ],
)
def test_a_term_in_a_generic_frame_is_not_found(found: Found, text: str) -> None:
    special = {
        k: v
        for k, v in found(text).items()
        if k
        in {
            "HEALTH_DATA",
            "RELIGIOUS_BELIEF",
            "TRADE_UNION_MEMBERSHIP",
            "POLITICAL_OPINION",
            "BIOMETRIC_DATA",
            "GENETIC_DATA",
            "SEX_LIFE_ORIENTATION",
        }
    }
    assert special == {}, special


@pytest.mark.parametrize(
    ("text", "condition", "state"),
    [
        (
            "Jonas Weber ist diese Woche arbeitsunfähig.\nEr hat eine Gürtelrose, sagt er.",
            "Gürtelrose",
            "arbeitsunfähig",
        ),
        (
            "Clara Dumont est en arrêt maladie jusqu'à lundi. Elle nous a parlé d'une sciatique.",
            "sciatique",
            "arrêt maladie",
        ),
        ("Pieter heeft zich ziek gemeld. Hij is overspannen, zegt de huisarts.", "overspannen", "ziek gemeld"),
    ],
)
def test_the_condition_is_reported_over_the_sick_note(found: Found, text: str, condition: str, state: str) -> None:
    health = found(text).get("HEALTH_DATA", [])
    assert any(condition in value for value in health), health
    assert not any(value == state for value in health), health


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Jonas Weber ist diese Woche arbeitsunfähig.", "arbeitsunfähig"),
        ("Clara Dumont est en arrêt maladie jusqu'à lundi.", "arrêt maladie"),
    ],
)
def test_a_sick_note_alone_is_health_data(found: Found, text: str, state: str) -> None:
    assert any(state in value for value in found(text).get("HEALTH_DATA", [])), found(text)
