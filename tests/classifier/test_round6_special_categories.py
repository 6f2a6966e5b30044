"""Art. 9 on free-form text (round 6): lists of notes are records, a list under a label holds the label's values,
a record row's cell is a fact about the row's person, identity frames ("as a ...", "als ...", "jako ..."),
member nouns after a party or union name, criminal sentences near a person, condition episodes in one German or
Dutch word, and case forms the vocabularies lacked. Written here in wording of our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.classifier.special_types import SPECIAL

Found = Callable[[str], dict[str, list[str]]]


@pytest.mark.parametrize(
    ("text", "entity_type", "value"),
    [
        # A list of notes about a person is a record: the person may be named on another item.
        (
            "Return-to-work notes:\n- employee Gavin Doyle, driver\n- off six weeks after a stroke",
            "HEALTH_DATA",
            "stroke",
        ),
        (
            "Notizen:\n- Mitarbeiterin Petra Lang\n- seit Mai wegen Bandscheibenvorfall zu Hause",
            "HEALTH_DATA",
            "Bandscheibenvorfall",
        ),
        ("Appunti:\n- dipendente Sara Conti\n- assente 3 settimane per infarto", "HEALTH_DATA", "infarto"),
        ("Verslag:\n- medewerker Joost Bakker\n- hernia, fysiotherapie loopt nog", "HEALTH_DATA", "hernia"),
        # A list under a label holds that label's values.
        ("Entlassbrief\n\nDiagnosen:\n- Lungenembolie rechts\n- arterielle Hypertonie", "HEALTH_DATA", "Hypertonie"),
        ("Befund\n\nDiagnosen:\n- Faktor-V-Leiden-Mutation, heterozygot", "GENETIC_DATA", "Faktor-V-Leiden-Mutation"),
        # A cell of a record row that names its person.
        ("Olga Wrona, olga.wrona@example.pl, pochodzenia białoruskiego", "ETHNIC_ORIGIN", "białoruskiego"),
        ("Teilnehmende:\nAnna Roth, 41, Bonn, Diabetikerin, nutzt die App selten.", "HEALTH_DATA", "Diabetikerin"),
        ("name,email,notes\nSean Walsh,sean.w@example.ie,coeliac - wants the GF menu", "HEALTH_DATA", "coeliac"),
        # Identity frames: an attribute the speaker claims, followed by the speaker's pronoun.
        ("Als Roma habe ich bei Vermietern oft Absagen bekommen.", "ETHNIC_ORIGIN", "Roma"),
        ("En tant que militante féministe, je trouve ce slogan maladroit.", "POLITICAL_OPINION", "militante"),
        ("As a coeliac, I read every label twice.", "HEALTH_DATA", "coeliac"),
        # A member noun after a party or union name.
        ("I am a Unite member and want my rep at the hearing.", "TRADE_UNION_MEMBERSHIP", "Unite"),
        ("Jan Smit;jan.smit@example.nl;GroenLinks-lid sinds 2019", "POLITICAL_OPINION", "GroenLinks"),
        # A sentence near a person (not an offence alone).
        ("Kandidat Meyer: zwei Jahre Haftstrafe, spricht offen darüber.", "CRIMINAL_RECORD", "Haftstrafe"),
        # Episodes in one word, case forms, contractions.
        ("Ich bin heute raus, Asthmaanfall in der Nacht.", "HEALTH_DATA", "Asthmaanfall"),
        ("Po udarze tata nie może sam chodzić.", "HEALTH_DATA", "udarze"),
        ("Pan Zenon po leczeniu onkologicznym wraca do pracy.", "HEALTH_DATA", "leczeniu onkologicznym"),
        ("[10:03] Sam K: he's paraplegic, so the ramp matters", "HEALTH_DATA", "paraplegic"),
    ],
)
def test_a_fact_about_a_person_is_found(found: Found, text: str, entity_type: str, value: str) -> None:
    assert any(value in v for v in found(text).get(entity_type, [])), found(text)


@pytest.mark.parametrize(
    "text",
    [
        # A product list, a press release without a person, a clinic's offer, generic health copy.
        "Our range:\n- gluten-free bread\n- sugar-free jam\n- lactose-free milk",
        "Sortiment:\n- Blutzuckermessgeräte\n- Insulinpens\n- Teststreifen",
        "Die Gewerkschaft ver.di ruft für Montag zum Warnstreik auf.",
        "As a Catholic school, we welcome pupils of every faith.",
        "Als Grüne fordern wir mehr Radwege in der Innenstadt.",
        "Produkt, Preis, Menge\nGebetsteppich, 29, 3\nKoran-Ständer, 15, 2",
        "Migräneattacken: was hilft? Ein Ratgeber der Apotheke mit Tipps für den Alltag.",
        "Bei Betrug droht eine Haftstrafe von bis zu fünf Jahren.",
        "Die SPD-Fraktion berät morgen über den Haushalt.",
    ],
)
def test_a_term_off_a_person_is_not_found(found: Found, text: str) -> None:
    assert not {k: v for k, v in found(text).items() if k in SPECIAL}, found(text)


def test_a_label_before_its_colon_is_no_fact_of_its_own(found: Found) -> None:
    """ "Casellario giudiziale: ..." in a candidate's record: the label's value is the fact, not the label."""
    result = found("Candidato: Ugo Neri\nCasellario giudiziale: condanna per furto (2019)")
    assert any("condanna" in v for v in result.get("CRIMINAL_RECORD", [])), result
    assert not any(v.lower().startswith("casellario") for v in result.get("CRIMINAL_RECORD", [])), result


def test_a_label_value_ends_at_a_spaced_dash(found: Found) -> None:
    """The name after a dash is no part of the label's value: both stay findings of their own."""
    result = found("Niepełnosprawność: stopień lekki \u2013 Halina Wróbel, proszę o pętlę indukcyjną na sali.")
    assert "Halina Wróbel" in result.get("PERSON", []), result
    assert not any("Halina" in v for v in result.get("HEALTH_DATA", [])), result
    assert result.get("HEALTH_DATA"), result


def test_a_list_of_services_is_no_record(found: Found) -> None:
    """A list under a heading that offers something names conditions, not a person's."""
    result = found("Leistungen der Praxis:\n- Behandlung von Diabetes\n- Asthmaschulung für Patienten")
    assert not {k: v for k, v in result.items() if k in SPECIAL}, result
