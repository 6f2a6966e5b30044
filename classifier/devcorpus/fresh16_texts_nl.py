"""Hand-written Dutch texts of the ``fresh16`` split: gemeenten, netbeheer, bouw, vervoer en industrie."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Maak dit korter voor de storingspagina: 'Stroomstoring in Zwolle-Zuid, monteurs zijn onderweg, verwachte herstel 16:30.'",
    },
    {
        "kind": "support",
        "text": "Vat deze klacht samen voor de netbeheerder:\n\nVan: ⟦EMAIL_ADDRESS|henk.bolkestein@ziggo.nl⟧\n"
        "> Bij de slimme-meterwissel op ⟦STREET_ADDRESS|Dotterbloemstraat 41, 7543 KL Enschede⟧ is de stroom twee uur "
        "uitgevallen. Mijn vrouw ⟦PERSON|Gerda⟧ heeft ⟦HEALTH_DATA|ALS⟧ en ligt aan een ⟦HEALTH_DATA|thuisbeademingsapparaat⟧. "
        "Niemand had ons gebeld. ⟦PERSON|Henk Bolkestein⟧, ⟦PHONE_NUMBER|06 41 87 29 05⟧",
    },
    {
        "kind": "support",
        "text": "Schrijf een antwoord aan mevrouw ⟦PERSON|Wubbels⟧: haar omgevingsvergunning (zaak Z-2026-08813) voor de "
        "dakkapel is verleend, bezwaartermijn zes weken.",
    },
    {
        "kind": "support",
        "text": "In welke categorie hoort dit? 'Verzakte stoeptegels voor basisschool De Regenboog, kinderen struikelen.'",
    },
    {
        "kind": "support",
        "text": "Machtiging automatische incasso waterschapsbelasting, controleer of het compleet is:\n"
        "Naam: ⟦PERSON|Jelle Tjeerdsma⟧\nBSN: ⟦NL_BSN|553311657⟧\nIBAN: ⟦IBAN_CODE|NL91 APUX 9633 0806 71⟧\nAanslagnummer 4412.88.019",
    },
    {
        "kind": "support",
        "text": "Chat met de klantenservice van het OV-bedrijf, maak er een notitie van:\n[10:14] reiziger: de rolstoellift "
        "van bus 3217 was weer kapot\n[10:15] medewerker ⟦PERSON|Sanne⟧: vervelend! waar stapte u in?\n[10:15] reiziger: "
        "halte Stationsplein, ik heb ⟦HEALTH_DATA|een dwarslaesie⟧\n[10:17] medewerker ⟦PERSON|Sanne⟧: gemeld bij de remise, "
        "u krijgt een taxivoucher",
    },
    {
        "kind": "support",
        "text": "Vertaal naar het Duits: 'Het sluisbezoek bij Kornwerderzand is op maandag gesloten wegens onderhoud.'",
    },
    {
        "kind": "support",
        "text": "Hoe leg ik in gewone taal uit waarom de voorschotnota voor warmte omhoog gaat?",
    },
    # -- hr ----------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Advies bedrijfsarts, staalbedrijf IJmuiden, herschrijf voor de ploegleider zonder medische details:\n"
        "Medewerker: ⟦PERSON|Ruud Schermerhorn⟧, geboren ⟦DATE_OF_BIRTH|08-10-1979⟧\nBevindingen: ⟦HEALTH_DATA|burn-out⟧, "
        "⟦HEALTH_DATA|slaapstoornis⟧\nAdvies: re-integratie in dagdienst, geen nachtdiensten tot 1 maart.",
    },
    {
        "kind": "hr",
        "text": "Vacaturetekst inkorten: uitvoerder GWW voor de verbreding van de A12, VCA-VOL, rijbewijs BE.",
    },
    {
        "kind": "hr",
        "text": "Notulen OR-vergadering, distributiecentrum Tilburg, 25 november\nAanwezig: ⟦PERSON|Fatima El Khatib⟧ "
        "(⟦TRADE_UNION_MEMBERSHIP|kaderlid FNV⟧), ⟦PERSON|Bart Oosterveld⟧ (HR)\n1. Nieuw rooster orderpickers goedgekeurd.\n"
        "2. Verzoek van medewerkers om vrij met ⟦RELIGIOUS_BELIEF|Suikerfeest⟧; wordt via ruildienst geregeld.\n"
        "3. Klacht over pesterijen van een collega vanwege zijn ⟦SEX_LIFE_ORIENTATION|homoseksualiteit⟧; vertrouwenspersoon ingeschakeld.",
    },
    {
        "kind": "hr",
        "text": "CV-fragment, zet in een tabel:\n2011-2017 Monteur middenspanning, Stedin\n2017-heden Werkvoorbereider, "
        "aannemer ondergrondse infra\nCertificaat BEI-BLS",
    },
    {
        "kind": "hr",
        "text": "Ziekmelding van ⟦PERSON|Lotte Vanderplancke⟧, beleidsmedewerker gemeente, sinds 19/11; ze heeft "
        "⟦HEALTH_DATA|een hernia⟧. Verwerk in het verzuimsysteem zonder diagnose.",
    },
    {
        "kind": "hr",
        "text": "Schrijf namens ⟦PERSON|Griet Verhaegen⟧ (rijksregisternummer ⟦BE_NATIONAL_NUMBER|84.06.02-140.54⟧ staat nog in haar concept, laat dat weg) een welkomstbericht voor de nieuwe buschauffeurs van de stelplaats Gent, start maandag 5:45.",
    },
    {
        "kind": "hr",
        "text": "VOG-aanvraag, screening havenbeveiliging, wat moet eruit?\nKandidaat: ⟦PERSON|Dennis Hoogendoorn⟧\n"
        "Uitkomst: ⟦CRIMINAL_RECORD|veroordeeld voor drugssmokkel in 2018⟧\nNotitie: ⟦ETHNIC_ORIGIN|Surinaams-Hindoestaanse⟧ "
        "achtergrond, ⟦POLITICAL_OPINION|lid van de PVV⟧",
    },
    {
        "kind": "hr",
        "text": "Vat het functioneringsgesprek met ⟦PERSON|Stijn Wuyts⟧ samen: goede samenwerking met de aannemer, planning van de brugrenovatie "
        "loopt achter.",
    },
    # -- marketing --------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Drie koppen voor de campagne 'Zet je thermostaat een graadje lager' van de provincie.",
    },
    {
        "kind": "marketing",
        "text": "Klantverhaal voor de site van het warmtebedrijf, maak het vlotter:\n'⟦PERSON|Youssef Bouzerda⟧ van het "
        "warmteloket regelde een aangepaste aansluiting omdat ik door ⟦HEALTH_DATA|reuma⟧ de kranen niet meer kan "
        "draaien.' – ⟦PERSON|Corrie Bloemendaal⟧, Purmerend",
    },
    {
        "kind": "marketing",
        "text": "LinkedIn-post: onze nieuwe walstroominstallatie in de haven van Antwerpen voorziet 12 binnenvaartschepen.",
    },
    {
        "kind": "marketing",
        "text": "Personeelsportret voor het intranet:\n⟦PERSON|Kees Brouwershaven⟧, machinist bij de veerdienst op de "
        "Westerschelde, ⟦TRADE_UNION_MEMBERSHIP|lid van CNV⟧, ⟦RELIGIOUS_BELIEF|gereformeerd⟧ en vader van drie, "
        "bouwt in zijn vrije tijd modelschepen.",
    },
    {
        "kind": "marketing",
        "text": "Bewonersbrief: van 6 tot 24 januari wordt de Prinsengracht-brug vervangen, omleiding via de Keizersgracht.",
    },
    {
        "kind": "marketing",
        "text": "Slogan voor de nieuwe milieustraat: 'Gooi niet weg wat een tweede leven kan krijgen.' Nog ideeën?",
    },
    {
        "kind": "marketing",
        "text": "Persbericht: de gemeente zet 25 elektrische vuilniswagens in en bespaart 900 ton CO2 per jaar.",
    },
    {
        "kind": "marketing",
        "text": "Redigeer de column van wethouder ⟦PERSON|Marieke Dijkgraaf⟧ over de nieuwe fietsenstalling bij het station.",
    },
    {
        "kind": "hr",
        "text": "Toegangsregistratie chemiecomplex Chemelot, controleer de invoer:\nMedewerker onderaannemer: ⟦PERSON|Thijs Lammertink⟧\n"
        "Geregistreerd: ⟦BIOMETRIC_DATA|gezichtsscan⟧ voor poort 4\nBedrijfsarts: ⟦GENETIC_DATA|drager van de factor V Leiden-mutatie⟧, geen lange vluchten.",
    },
    {
        "kind": "support",
        "text": "Beantwoord de vraag van ⟦PERSON|Annelies Groeneveld⟧ (⟦EMAIL_ADDRESS|a.groeneveld@kpnmail.nl⟧) over een gehandicaptenparkeerplaats; "
        "ze heeft ⟦HEALTH_DATA|COPD⟧ en de aanvraag loopt via de GGD-keuring.",
    },
    # -- docs --------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Netbeheerders gebruiken taalmodellen steeds vaker om storingsmeldingen te sorteren. Omdat meldingen vaak "
        "adressen en telefoonnummers bevatten, is het verstandig die te maskeren voordat de tekst het eigen netwerk "
        "verlaat, en alleen het storingstype en de wijk door te geven.",
    },
]
