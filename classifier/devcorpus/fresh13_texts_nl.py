"""Hand-written Dutch texts of the ``fresh13`` split: prompts with pasted material, as services send them."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Vat deze bijwerkingenmelding samen voor Lareb, max 60 woorden:\n"
        "Melder: apotheker ⟦PERSON|Jorien Bakhuizen⟧, ⟦PHONE_NUMBER|030 271 4458⟧\n"
        "Patiënt: vrouw, 34 jr, ⟦HEALTH_DATA|zwanger 22 weken⟧, gebruikt ⟦HEALTH_DATA|labetalol⟧ voor ⟦HEALTH_DATA|zwangerschapshypertensie⟧\n"
        "Bijwerking: ⟦HEALTH_DATA|hoofdhuid tintelingen en duizeligheid⟧ na dosisverhoging. Product Trandavel 200 mg, batch TD0921.",
    },
    {
        "kind": "support",
        "text": "Please translate into English for our UK colleagues (KYC desk):\n"
        "'Klant ⟦PERSON|Dewi Kartodirdjo⟧ heeft haar BSN ⟦NL_BSN|479681028⟧ en een kopie ID gestuurd, maar het adres op het "
        "bankafschrift (⟦STREET_ADDRESS|Kanaalweg 18-bis, 3526 KL Utrecht⟧) wijkt af van de BRP. Rekening ⟦IBAN_CODE|NL04 PGNJ 1797 2773 20⟧. "
        "Verzoek: nieuwe selfie, de ⟦BIOMETRIC_DATA|gezichtsvergelijking⟧ scoorde maar 0,61.'",
    },
    {
        "kind": "support",
        "text": "Ticket HT-20417 (huurtoeslag-loket gemeente), wat is de volgende stap?\n"
        "[12-11] NIEUW - burger belt, toeslag stopgezet\n[12-11] IN BEHANDELING - inkomen 2025 hoger dan grens\n"
        "[14-11] WACHT OP BURGER - jaaropgave opgevraagd\n[20-11] WACHT OP BURGER - herinnering verstuurd",
    },
    {
        "kind": "support",
        "text": "Crematorium, maak hier een nette bevestiging van:\n"
        "Familie van ⟦PERSON|Hendrik-Jan Oosterveld⟧, overleden 22-11 in hospice. Crematie 28-11 om 13:00, aula Noord. De familie is "
        "⟦RELIGIOUS_BELIEF|gereformeerd⟧, de eigen dominee leidt de dienst. "
        "Contact: ⟦PERSON|Marijke Oosterveld⟧, ⟦EMAIL_ADDRESS|m.oosterveld@ziggo.nl⟧",
    },
    {
        "kind": "support",
        "text": "kun je dit korter? 'Uw lidmaatschap van de Vereniging Vrienden van het Museum (lidnr. VV-31877) wordt per 1 januari "
        "automatisch verlengd. Opzeggen kan tot 1 december via Mijn Museum.'",
    },
    {
        "kind": "support",
        "text": "Dating app T&S, mixed NL/EN report, write an English case summary:\n"
        "'Hij zei dat hij ⟦POLITICAL_OPINION|PVV-stemmer⟧ is en dat ik als ⟦ETHNIC_ORIGIN|Marokkaanse⟧ moest oprotten. Daarna stuurde hij "
        "mijn foto door naar zijn vrienden.' Reporter: ⟦PERSON|Samira El Ouarti⟧, ⟦PHONE_NUMBER|06 48 21 93 07⟧. Reported profile ID 33c9-a1f0.",
    },
    {
        "kind": "support",
        "text": "Waarom staat de overboeking naar mijn spaarrekening (ref. OV-2026-55120) nog op 'in behandeling'? Het is al 3 werkdagen.",
    },
    {
        "kind": "support",
        "text": "Visumsectie ambassade, beantwoord in het Engels:\n"
        "'Beste, ik ben ⟦PERSON|Ruben Verhaegen⟧, Belg, rijksregisternummer ⟦BE_NATIONAL_NUMBER|83.08.19-446.07⟧. Mijn partner heeft een "
        "visum nodig voor ons huwelijk in Gent. Kunt u de afspraak VIS-AMS-8812 verzetten? Ik betaal via ⟦IBAN_CODE|BE33 6161 8505 0972⟧.'",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Keuring chauffeurs (rijbewijs C) - herschrijf voor de planner zonder medische details:\n"
        "Chauffeur: ⟦PERSON|Gerrit Wolthuis⟧, BSN ⟦NL_BSN|306327338⟧, depot Nieuwegein\n"
        "Bevinding: ⟦HEALTH_DATA|staar aan beide ogen⟧, operatie gepland januari. Tot die tijd: alleen daglichtritten. "
        "CBR-verklaring aangevraagd.",
    },
    {
        "kind": "hr",
        "text": "Ziekmeldingen SSC (shared service centre), zet in een tabel voor payroll:\n"
        "⟦PERSON|Anouk Hoogendijk⟧ - ziek sinds 04-11 - verwachte duur onbekend - bedrijfsarts 18-11\n"
        "⟦PERSON|Bram Koeleman⟧ - 10-11 t/m 14-11 - ⟦HEALTH_DATA|griep⟧\n"
        "⟦PERSON|Yasmina Achahbar⟧ - ⟦HEALTH_DATA|zwangerschapsverlof⟧ vanaf 01-12",
    },
    {
        "kind": "hr",
        "text": "Performance review (NL/EN team), make it balanced and in English:\n"
        "'Sterk in klantgesprekken, haalt KPI's; maar rapportages komen structureel te laat. Needs to own the weekly KYC backlog report.' "
        "Medewerker: ⟦PERSON|Sven de Graaf-Mulder⟧, functie Onboarding Specialist.",
    },
    {
        "kind": "hr",
        "text": "Exitgesprek samenvatten in 3 punten:\nWijkverpleegkundige, 6 jaar. Vertrekt naar het ziekenhuis, meer vaste diensten. "
        "Positief: zorgplannen samen met cliënt opstellen. Negatief: registratiedruk in het ECD (versie 11.4).",
    },
    {
        "kind": "hr",
        "text": "EAP / bedrijfsmaatschappelijk werk - gespreksnotitie inkorten:\n"
        "⟦PERSON|Thijs Brouwers⟧ (magazijn) komt via de bedrijfsarts. Speelt: ⟦HEALTH_DATA|alcoholprobleem⟧, relatie voorbij, "
        "schulden. Hij zit al ⟦HEALTH_DATA|bij de verslavingszorg (Tactus)⟧. Geen info naar leidinggevende.",
    },
    {
        "kind": "hr",
        "text": "CV-blok als tabel graag:\n2020-nu Teamleider Zorgplanning, ThuisZorg Eemland, Amersfoort\n"
        "2015-2020 Verzorgende IG, Stichting De Wijkkracht\nOpleiding: MBO-4 Verpleegkunde\nTalen: Nederlands, Engels, Papiaments",
    },
    {
        "kind": "hr",
        "text": "Adoptiebureau, verslag gezinsonderzoek - corrigeer de taal:\n"
        "Aspirant-adoptieouders ⟦PERSON|Koen van Aalst⟧ en ⟦PERSON|Pieter Stam⟧, ⟦SEX_LIFE_ORIENTATION|homostel⟧, samen sinds 2012. Koen is "
        "⟦TRADE_UNION_MEMBERSHIP|kaderlid van de FNV⟧, Pieter heeft ⟦HEALTH_DATA|diabetes type 1⟧, goed ingesteld; Koen is ⟦GENETIC_DATA|drager van een CF-genmutatie⟧ (DNA-test 2019). Geen bezwaren.",
    },
    {
        "kind": "hr",
        "text": "Reservisten: schrijf een standaardbrief aan werkgevers over vrijstelling voor oefeningen (maximaal 4 weken per jaar), "
        "compensatie via Defensie, contactpersoon reservistenbureau. Formeel maar vriendelijk.",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Slogan voor de coöperatieve bank: 'Samen sterker' is te cliché. Geef 5 alternatieven, doelgroep ondernemers in de regio.",
    },
    {
        "kind": "marketing",
        "text": "Testimonial voor de thuiszorgsite (NL + EN versie):\n"
        "'Na ⟦HEALTH_DATA|mijn herseninfarct⟧ kan ik dankzij het zorgplan gewoon thuis wonen. De zorg helpt met ⟦HEALTH_DATA|mijn "
        "bloedverdunners⟧ en douchen.' - ⟦PERSON|Wilhelmina Rietveld⟧, 79, Zeist",
    },
    {
        "kind": "marketing",
        "text": "Museum newsletter (bilingual NL/EN): nieuwe tentoonstelling 'Mondriaan in Parijs', leden gratis, members' preview "
        "op 12 maart. Max 50 woorden per taal.",
    },
    {
        "kind": "marketing",
        "text": "Interview voor het bondsblad (atletiekunie), korter maken:\n"
        "Marathonloper ⟦PERSON|Abdi Warsame Hassan⟧, ⟦ETHNIC_ORIGIN|Somalische⟧ Nederlander, vertelt hoe hij whereabouts invult tijdens "
        "de ⟦RELIGIOUS_BELIEF|ramadan⟧ en waarom dopingcontroles om 6 uur 's ochtends hem niet storen.",
    },
    {
        "kind": "marketing",
        "text": "Campagne dating app 'Echt mensen': geverifieerde profielen, videodate vóór de eerste ontmoeting, meld-knop. "
        "Instagram caption + 3 hashtags.",
    },
    {
        "kind": "marketing",
        "text": "Adoptieverhaal voor de website (toestemming getekend), maak het warmer:\n"
        "⟦PERSON|Femke Dijkhuis⟧ adopteerde in 2023 twee zussen uit Colombia. 'Door ⟦HEALTH_DATA|mijn endometriose⟧ kon ik niet zwanger "
        "worden; adoptie voelde als thuiskomen.'",
    },
    {
        "kind": "marketing",
        "text": "Tekst crematorium-open dag: rondleiding, uitleg over asbestemmingen, herdenkingsbos, koffie. Ook voor mensen die "
        "een uitvaart willen vastleggen. Zaterdag 7 februari.",
    },
    {
        "kind": "marketing",
        "text": "Vacaturetekst chauffeur CE: 'Wij regelen en betalen je medische keuring en code 95. Vast contract na 6 maanden.' "
        "Voeg toe dat ⟦PERSON|Lotte Huisman⟧ van HR (⟦EMAIL_ADDRESS|lotte.huisman@vrachtlijn.nl⟧) vragen beantwoordt.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Hallucinaties verminderen: geef het model de bronnen expliciet mee en vraag om citaten per bewering. "
        "Stel de temperatuur laag (0 tot 0,3) voor feitelijke taken en laat het model 'weet ik niet' antwoorden als de context "
        "geen antwoord bevat. Controleer steekproefsgewijs: 50 antwoorden per week is voor de meeste teams haalbaar.",
    },
]
