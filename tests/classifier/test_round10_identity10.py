"""Round 10, identity (tuned on fresh12 and fresh13): ethnic origin by demonym, religion by practice and membership,
orientation by couple nouns, conviction frames and biometric match results, in sentences of our own; clean look-alikes
(a market, a supplier, a dashboard, people in general) stay clean."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Found = Callable[[str], dict[str, list[str]]]


@pytest.mark.parametrize(
    ("text", "entity_type", "value"),
    [
        # ethnic origin: a demonym as a person noun after a copula, in apposition, after an identity cue
        ("Jorinde zei dat ze als Eritrese vaak wordt aangestaard in de trein.", "ETHNIC_ORIGIN", "Eritrese"),
        ("Tomasz, Białorusin, od marca pracuje na drugiej zmianie.", "ETHNIC_ORIGIN", "Białorusin"),
        ("Marta jest Ukrainką i mieszka w Lublinie.", "ETHNIC_ORIGIN", "Ukrainką"),
        ("Anneliese ist Kosovarin und arbeitet in der Spätschicht.", "ETHNIC_ORIGIN", "Kosovarin"),
        ("Depuis son arrivée, Mathéo est ivoirien et parle trois langues.", "ETHNIC_ORIGIN", "ivoirien"),
        ("Il nuovo magazziniere, Ousmane Diallo, è senegalese e tifa Napoli.", "ETHNIC_ORIGIN", "senegalese"),
        # a second surname before the apposition, an Afro- compound
        ("La cocinera Yesenia Palacios Mina, afrocolombiana, abrió su restaurante.", "ETHNIC_ORIGIN", "afrocolombiana"),
        # a pro-drop copula after "si" / "czy"
        ("Lucía contó que un cliente le preguntó si era rumana por su acento.", "ETHNIC_ORIGIN", "rumana"),
        # an identity cue opening a reported clause
        ("Rosalía nos contó que como rumana tuvo que esperar meses por el permiso.", "ETHNIC_ORIGIN", "rumana"),
        ("Bożena twierdzi, że jako Tatarka czuje się częścią dwóch kultur.", "ETHNIC_ORIGIN", "Tatarka"),
        # leaving a named church, in a payroll row
        (
            "4471\tWolfram Eichhorst\tAustritt aus der katholischen Kirche zum 31.03.",
            "RELIGIOUS_BELIEF",
            "Austritt aus der katholischen Kirche",
        ),
        # a possessive where the link would be
        ("Hugues se plaint de remarques sur son origine comorienne.", "ETHNIC_ORIGIN", "origine comorienne"),
        # religion by a family or rite noun, by leaving the church, by membership
        ("Priyanka grew up in a Sikh family in Coventry and still cooks for the gurdwara.", "RELIGIOUS_BELIEF", "Sikh"),
        (
            "Für Opa Gerhard wünscht die Familie eine katholische Trauerfeier am Freitag.",
            "RELIGIOUS_BELIEF",
            "katholische",
        ),
        (
            "Oma Truus is vorig jaar uit de kerk gestapt, zegt haar kleindochter.",
            "RELIGIOUS_BELIEF",
            "uit de kerk gestapt",
        ),
        (
            "Helmut ist aus der katholischen Kirche ausgetreten.",
            "RELIGIOUS_BELIEF",
            "aus der katholischen Kirche ausgetreten",
        ),
        ("Soy Ainhoa y mi prometido es judío.", "RELIGIOUS_BELIEF", "judío"),
        # religion by a practice verb: a holy day kept, a dietary rule
        ("Benedikt hält die Fastenzeit jedes Jahr streng ein.", "RELIGIOUS_BELIEF", "Fastenzeit"),
        ("Noémie mange uniquement casher depuis l'an dernier.", "RELIGIOUS_BELIEF", "casher"),
        ("Szymon je tylko koszerne posiłki na wyjazdach.", "RELIGIOUS_BELIEF", "koszerne"),
        # orientation: a gendered possessive before a spouse noun
        ("Callum mentioned that his husband will pick him up at six.", "SEX_LIFE_ORIENTATION", "his husband"),
        # orientation: couple nouns, "bi" in a statement
        (
            "Jasper und Malte, das erste Männerpaar in unserem Verein, feiern Jubiläum.",
            "SEX_LIFE_ORIENTATION",
            "Männerpaar",
        ),
        ("Wiktoria napisała, że z Olą są parą lesbijek od pięciu lat.", "SEX_LIFE_ORIENTATION", "parą lesbijek"),
        ("Ik weet sinds de zomer dat ik bi ben, schreef Femke.", "SEX_LIFE_ORIENTATION", "bi"),
        # a conviction and its offence
        (
            "Candidat Grégoire Vasseur, 37 ans, condamné en 2019 pour abus de confiance, demande un entretien.",
            "CRIMINAL_RECORD",
            "condamné en 2019 pour abus de confiance",
        ),
        (
            "Il sig. Tancredi Lupo, condannato per truffa aggravata, chiede un colloquio.",
            "CRIMINAL_RECORD",
            "condannato per truffa aggravata",
        ),
        (
            "Pan Zbigniew Kolasa, skazany za oszustwo, ubiega się o pracę kierowcy.",
            "CRIMINAL_RECORD",
            "skazany za oszustwo",
        ),
        # a biometric match result about a person
        (
            "Onboarding for Declan Furlong: fingerprint match 0.88 against the enrolment template.",
            "BIOMETRIC_DATA",
            "fingerprint match",
        ),
        (
            "Antrag von Jolanda Brehm: der Gesichtsabgleich lag bei 0,54, bitte neues Foto anfordern.",
            "BIOMETRIC_DATA",
            "Gesichtsabgleich",
        ),
    ],
)
def test_identity_facts_are_found(found: Found, text: str, entity_type: str, value: str) -> None:
    values = found(text).get(entity_type, [])
    assert any(value in v or v in value for v in values), found(text)


@pytest.mark.parametrize(
    "text",
    [
        # demonyms in a business context
        "We are opening a warehouse for the Ukrainian market and shipping to Morocco in spring.",
        "Unser türkischer Lieferant liefert pünktlich, die marokkanische Spedition auch.",
        "La empresa es colombiana y exporta café a Rotterdam.",
        "Het bedrijf is Surinaams en levert rijst aan supermarkten.",
        "Firma jest ukraińska i produkuje okna.",
        # rites and families in general, a church building
        "Our funeral home offers Catholic ceremonies and Muslim burials for all families.",
        "Das Bestattungshaus bietet katholische Trauerfeiern und freie Reden an.",
        # a conviction in a policy, not one person's
        "Applicants convicted of fraud may not be appointed as treasurer.",
        "Personen, die wegen Betrugs verurteilt wurden, dürfen keine Kasse führen.",
        # rules and menus in general
        "Das Restaurant kocht koscher und halal, auch für Gruppen.",
        "We eat fish during Lent in our canteen, and the menu changes weekly.",
        # an identity cue about a company
        "We think that as a Turkish company we know this market well.",
        # "BI" as business intelligence, a face-matching product
        "The BI dashboard shows weekly sales per region.",
        "Our face match feature compares two photos in under a second.",
    ],
)
def test_look_alikes_stay_clean(found: Found, text: str) -> None:
    result = found(text)
    special = {"ETHNIC_ORIGIN", "RELIGIOUS_BELIEF", "SEX_LIFE_ORIENTATION", "CRIMINAL_RECORD", "BIOMETRIC_DATA"}
    assert not special & set(result), result
