"""Art. 9 and Art. 10 on free-form text (round 9): minorities and heritage, union membership opening a CV line,
ICD-10 titles and condition acronyms, diversion sanctions and sentence lengths, observances a person asks not to
work on, identities joined by a conjunction. Every sentence is written here in wording of our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.classifier.special_types import SPECIAL

Found = Callable[[str], dict[str, list[str]]]


@pytest.mark.parametrize(
    ("text", "entity_type", "value"),
    [
        # Heritage: a verb of having or finding out heritage before an origin noun and a minority.
        ("Grandpa Tomasz found out he has Kashubian ancestry.", "ETHNIC_ORIGIN", "Kashubian"),
        ("Lucía averiguó que tiene raíces mapuche por parte de madre.", "ETHNIC_ORIGIN", "mapuche"),
        ("Giorgio ha scoperto le sue origini arbëreshë grazie al nonno.", "ETHNIC_ORIGIN", "arbëreshë"),
        ("Pani Ewa odkryła, że ma korzenie łemkowskie.", "ETHNIC_ORIGIN", "łemkowskie"),
        ("Jeroen ontdekte zijn Molukse roots tijdens de reis.", "ETHNIC_ORIGIN", "Molukse"),
        # An identity claimed before where the person comes from.
        ("Als Sorbin aus Bautzen spricht sie zu Hause Sorbisch.", "ETHNIC_ORIGIN", "Sorbin"),
        ("En tant que Kabyle de Tizi Ouzou, il parle trois langues.", "ETHNIC_ORIGIN", "Kabyle"),
        # Identities joined by a conjunction share the statement.
        ("Bartek ma korzenie kaszubskie i łemkowskie po dziadkach.", "ETHNIC_ORIGIN", "łemkowskie"),
        # Union membership opening a CV or form line names its person.
        ("Experience: bus driver 2015-2024\nMember of SIPTU since 2016", "TRADE_UNION_MEMBERSHIP", "SIPTU"),
        ("Ervaring: vrachtwagenchauffeur\nLid FNV, actief in de ondernemingsraad", "TRADE_UNION_MEMBERSHIP", "FNV"),
        ("Doświadczenie: magazynier\nCzłonek NSZZ Solidarność od 2010", "TRADE_UNION_MEMBERSHIP", "Solidarność"),
        # ICD-10 titles and condition acronyms (acronyms only in capitals).
        ("Mein Schwager hat eine Pankreatitis und bleibt im Krankenhaus.", "HEALTH_DATA", "Pankreatitis"),
        ("Kursantka Ola ma daltonizm, więc nie rozróżnia kolorów kabli.", "HEALTH_DATA", "daltonizm"),
        ("Su hija tiene discapacidad intelectual y viene con su madre.", "HEALTH_DATA", "discapacidad intelectual"),
        ("Dopo il trapianto di rene mio zio lavora di nuovo part-time.", "HEALTH_DATA", "trapianto di rene"),
        ("Ze heeft MS en werkt daarom vanuit huis.", "HEALTH_DATA", "MS"),
        ("Mi sobrino tiene TEA y prefiere un asiento junto al pasillo.", "HEALTH_DATA", "TEA"),
        ("My flatmate has Osgood-Schlatter disease and skips football.", "HEALTH_DATA", "Osgood-Schlatter"),
        ("Nous avons payé une fécondation in vitro l'an dernier, ma femme et moi.", "HEALTH_DATA", "fécondation"),
        ("Mijn broer is opgenomen in een psychiatrische kliniek.", "HEALTH_DATA", "psychiatrische kliniek"),
        ("Mariana tiene incapacidad permanente absoluta desde marzo.", "HEALTH_DATA", "incapacidad permanente"),
        ("Ficha: Marta Gil | Salud: asma, usa inhalador", "HEALTH_DATA", "asma"),
        # Biometric capture verbs after the template.
        ("Lena Fischer signed up for phone banking, voiceprint recorded on Monday.", "BIOMETRIC_DATA", "voiceprint"),
        # Criminal data: diversion and community sanctions, a sentence length before an offence.
        ("Casus: Daan Verbeek, 15 jaar, HALT-traject afgerond na vernieling.", "CRIMINAL_RECORD", "HALT-traject"),
        (
            "Profile: Gary Holt, serving three years for burglary at the time of enrolment.",
            "CRIMINAL_RECORD",
            "burglary",
        ),
        ("Kazimierz siedział za kradzież z włamaniem, dziś prowadzi warsztat.", "CRIMINAL_RECORD", "kradzież"),
        # Observances a person asks not to work on; a religious brotherhood after a possessive.
        ("Daniel prefers not to work on Friday evenings because of Shabbat.", "RELIGIOUS_BELIEF", "Shabbat"),
        ("Rosa Pérez sale en la procesión con su cofradía cada año.", "RELIGIOUS_BELIEF", "cofradía"),
        # A carrier of a hereditary condition; a member of a religious brotherhood.
        ("Mijn nicht is drager van cystic fibrosis, bleek uit de test.", "HEALTH_DATA", "cystic fibrosis"),
        ("Mia sorella è portatrice sana di talassemia.", "HEALTH_DATA", "talassemia"),
        ("Inés pide el jueves libre porque es costalera en la procesión.", "RELIGIOUS_BELIEF", "costalera"),
        # Membership, activist and candidate nouns before a party name their person.
        ("Jean Morel, 64 ans, militant LR depuis vingt ans, a changé d'avis.", "POLITICAL_OPINION", "LR"),
        ("Bewerberin Jana Roth\nMitglied der SPD seit 2011", "POLITICAL_OPINION", "SPD"),
        # A person noun of orientation after an identity cue, the speaker's pronoun after it.
        ("As a gay man, I waited years before telling my parents.", "SEX_LIFE_ORIENTATION", "gay man"),
    ],
)
def test_a_statement_about_a_person_is_found(found: Found, text: str, entity_type: str, value: str) -> None:
    assert any(value in v for v in found(text).get(entity_type, [])), found(text)


@pytest.mark.parametrize(
    "text",
    [
        # Heritage words about things, not people.
        "The company has roots in Italian design and a shop in Lyon.",
        "Il vino ha origini antiche e un profumo intenso.",
        "Das Unternehmen hat seine Wurzeln in Bayern.",
        "She has deep roots in the local community.",
        # Condition acronyms that name software or a team.
        "He has MS Teams installed on his laptop.",
        "Ich nutze MS Word für die Briefe.",
        # A health label on product copy, a biometric feature described.
        "Product sheet. Health: supports immune function.",
        "The app can store a voiceprint for faster login.",
        # Membership of a club, a programme of sanctions in general.
        "Member of the month: our volunteer of the year award.",
        "Het HALT-traject is bedoeld voor jongeren tussen 12 en 18 jaar.",
        # A carrier of a parcel, carriers in general.
        "The carrier of the parcel was late again.",
        "Our leaflet explains who is a carrier of cystic fibrosis.",
        # A candidate in general, a jury.
        "The candidate will be announced next week.",
        "Membre du jury : trois personnes.",
        # A calendar note about an observance.
        "The office closes early on Shabbat during winter.",
    ],
)
def test_the_same_words_off_a_person_are_not_found(found: Found, text: str) -> None:
    assert not {k: v for k, v in found(text).items() if k in SPECIAL}, found(text)
