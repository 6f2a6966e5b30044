"""Hand-written Dutch texts of the ``fresh8`` split (Flemish and Netherlands Dutch): prompts as services send them to a model."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Vat samen voor de assistentiebalie:\n\nDag, mijn moeder ⟦PERSON|Godelieve Vanhaecke⟧ vliegt 27/02 van "
        "Zaventem naar Alicante. Ze heeft ⟦HEALTH_DATA|Parkinson⟧ en gebruikt een ⟦HEALTH_DATA|rollator⟧. Boeking "
        "TQ82NM. Kan iemand haar begeleiden tot aan de gate? Groetjes, ⟦PERSON|Kristof Vanhaecke⟧ ⟦PHONE_NUMBER|0478 62 19 05⟧",
    },
    {
        "kind": "support",
        "text": "Schrijf een kort antwoord: klant vraagt waarom de deelfiets 'Trapper' in Gent-Zuid 0,35 €/min kost in plaats van 0,25. "
        "(Tariefwijziging sinds 1 november.)",
    },
    {
        "kind": "support",
        "text": "Zet dit donorformulier om naar JSON:\nNaam: ⟦PERSON|Wannes De Clercq⟧\nRijksregisternummer: "
        "⟦BE_NATIONAL_NUMBER|79.11.23-305.62⟧\nGeboortedatum: ⟦DATE_OF_BIRTH|23/11/1979⟧\nAdres: "
        "⟦STREET_ADDRESS|Sleepstraat 118, 9000 Gent⟧\nMedicatie: ⟦HEALTH_DATA|Xarelto⟧ (gestopt 2024)",
    },
    {
        "kind": "support",
        "text": "Vertaal naar het Engels voor de douane-expediteur: zending met 12 colli hoortoestellen, GN-code 9021 40 00, "
        "MRN 25NL7V0LC1120084E3, factuur 2025-0412, vertrek Venlo.",
    },
    {
        "kind": "support",
        "text": "Hypotheekadvies – zet in een tabel:\nKlant ⟦PERSON|Bram Oosterwijk⟧, BSN ⟦NL_BSN|922043759⟧, salaris op "
        "⟦IBAN_CODE|NL68 WQEU 4736 7031 69⟧, woning ⟦STREET_ADDRESS|Van Speijkstraat 203, 2518 GJ Den Haag⟧, koopsom "
        "€ 415.000, eigen geld € 30.000.",
    },
    {
        "kind": "support",
        "text": "Help me een reactie te schrijven:\n\nVan: ⟦EMAIL_ADDRESS|f.elkaddouri@telenet.be⟧\nOnderwerp: bril\n\n"
        "Ik heb ⟦HEALTH_DATA|glaucoom⟧ en gebruik ⟦HEALTH_DATA|Xalatan⟧ oogdruppels. Mijn nieuwe bril is wazig aan de "
        "randen. Kan ik langskomen in de winkel op de Veldstraat? ⟦PERSON|Fouad El Kaddouri⟧",
    },
    {
        "kind": "support",
        "text": "Is deze mail phishing? Afzender: klantenservice@ing-beveiliging-nl.com, 'Uw pas verloopt, vernieuw via "
        "hxxps://mijn-ing-pasvernieuwen[.]nl vóór 12:00'. Meldnummer 55-0981.",
    },
    {
        "kind": "support",
        "text": "Klant van de wooncoöperatie belt: ⟦PERSON|Ayşe Karabulut-Dewinter⟧ kan door haar ⟦HEALTH_DATA|reuma⟧ de trap "
        "niet meer op en vraagt een woning op de begane grond. Schrijf een nette ontvangstbevestiging.",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "VDAB-dossier: schrijf een neutrale samenvatting voor de sanctiecommissie.\nWerkzoekende ⟦PERSON|Dries Verbeke⟧ "
        "weigerde een job als magazijnier. Hij verwijst naar zijn ⟦HEALTH_DATA|epilepsie⟧ (geen heftruck toegelaten) "
        "en een ⟦CRIMINAL_RECORD|veroordeling voor diefstal⟧ die bij de werkgever bekend raakte.",
    },
    {
        "kind": "hr",
        "text": "Advocatenkantoor, arbeidsrecht: maak een tijdlijn.\nCliënte ⟦PERSON|Naima Bouzambou⟧, verpleegkundige. "
        "Ontslagen na klacht over opmerkingen over haar ⟦RELIGIOUS_BELIEF|hoofddoek⟧. Lid van ⟦TRADE_UNION_MEMBERSHIP|ACV⟧ "
        "Puls. Ziekteverlof wegens ⟦HEALTH_DATA|burn-out⟧ van 02/05 tot 30/07.",
    },
    {
        "kind": "hr",
        "text": "Schrijf een vacaturetekst: trajectbegeleider inburgering (m/v/x), Gent, 4/5, Nederlands C1, Arabisch of Dari een plus.",
    },
    {
        "kind": "hr",
        "text": "Asielgehoor, vat de kern samen:\nVerzoeker ⟦PERSON|Karim Mohammadi⟧, Afghanistan. Verklaart "
        "⟦SEX_LIFE_ORIENTATION|homoseksueel⟧ te zijn en door de taliban bedreigd. Behoort tot de "
        "⟦ETHNIC_ORIGIN|Tadzjiekse⟧ minderheid in zijn dorp. Volgt nu taalcursus niveau 1.2 in Mechelen.",
    },
    {
        "kind": "hr",
        "text": "Studentenvoorzieningen: maak een kort advies voor het noodfonds.\nStudent ⟦PERSON|Jelle Vanmarcke⟧, "
        "master biochemie, ⟦HEALTH_DATA|diabetes type 1⟧ met ⟦HEALTH_DATA|insulinepomp⟧, vraagt € 600 voor de eigen bijdrage "
        "van sensoren.",
    },
    {
        "kind": "hr",
        "text": "Stembureau, controleer de lijst: voorzitter ⟦PERSON|Hilde Verstraeten⟧, bijzitters ⟦PERSON|Tom Dewaele⟧, "
        "⟦PERSON|Sanne Lauwers⟧, secretaris ⟦PERSON|Bilal Azzouzi⟧. Stembureau 031, school De Vlieger.",
    },
    {
        "kind": "hr",
        "text": "Wat is het verschil tussen tijdskrediet en thematisch verlof in België? Leg uit in 5 zinnen.",
    },
    {
        "kind": "hr",
        "text": "Notulen bestuur koor 'De Zingende Schelde', kort samenvatten: contributie naar € 95, kerstconcert 21/12 "
        "in de Sint-Baafskathedraal, nieuwe dirigent start in januari.",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Social post voor plasmadonatie in Antwerpen: zaterdag 8 maart, Rode Kruis-centrum, elke donatie telt. "
        "Maak er 3 varianten van.",
    },
    {
        "kind": "marketing",
        "text": "Maak dit getuigenis korter voor de website van het zomerkamp: 'Onze dochter ⟦PERSON|Fien⟧ heeft "
        "⟦HEALTH_DATA|autisme⟧ en de begeleiders hielden echt rekening met haar prikkelgevoeligheid.' — ⟦PERSON|Katrien Moerman⟧",
    },
    {
        "kind": "marketing",
        "text": "Productomschrijving: multifocale contactlenzen 'Helder Vizio 30', maandlens, € 34,95 per doosje van 6.",
    },
    {
        "kind": "marketing",
        "text": "Nieuwsbrief toneelvereniging, herschrijf: 'Proficiat aan ⟦PERSON|Lieven Haesaert⟧ die na 40 jaar afscheid "
        "neemt als souffleur. Zijn ⟦HEALTH_DATA|gehoorapparaat⟧ hield het gelukkig vol tot de laatste voorstelling!'",
    },
    {
        "kind": "marketing",
        "text": "Schrijf een LinkedIn-post over ons incident response-team: 24/7 bereikbaar, gemiddeld 38 minuten tot "
        "eerste analyse, klanten in Benelux en Duitsland.",
    },
    {
        "kind": "marketing",
        "text": "Persbericht NGO: herschrijf. '⟦PERSON|Meseret Abebe⟧, ⟦ETHNIC_ORIGIN|Oromo⟧ uit Ethiopië, opende deze "
        "week haar eigen koffiebar in Leuven na twee jaar begeleiding door ons programma.'",
    },
    {
        "kind": "marketing",
        "text": "Slogans voor de hypotheekadviseur Dakwijs: 'onafhankelijk, 30 banken, eerste gesprek gratis'.",
    },
    {
        "kind": "marketing",
        "text": "Campagnetekst van de gemeente: stem bij volmacht, wie kan dat en hoe vraag je het aan? Max. 100 woorden.",
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Een volmacht geeft een andere kiezer het recht om in uw plaats te stemmen. In België kan elke "
        "volmachtdrager slechts één volmacht hebben. Het formulier moet samen met een attest (bijvoorbeeld een "
        "medisch attest of een werkgeversverklaring) worden voorgelegd aan de voorzitter van het stembureau. "
        "De volmachtdrager stemt in het stembureau van de volmachtgever.",
    },
    # -- toegevoegd: lange en gemengde teksten -------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Je helpt een jurist van een arbeidsrechtkantoor in Utrecht. Maak van deze intake een overzicht met: "
        "feiten in volgorde, mogelijke discriminatiegronden, bewijs dat er al is, en vragen voor het tweede gesprek.\n\n"
        "Intake 18 november, jurist ⟦PERSON|Marloes Tenhagen⟧\n\n"
        "Cliënt ⟦PERSON|Rachid Ouali⟧ (BSN ⟦NL_BSN|295245104⟧), 41 jaar, sinds 2015 buschauffeur bij Streekvervoer "
        "Vechtdal. Hij is lid van de ⟦TRADE_UNION_MEMBERSHIP|FNV⟧ en zat in de ondernemingsraad. Na de "
        "roosterwijziging in april vroeg hij of hij tijdens de ramadan vroege diensten kon draaien; hij is "
        "⟦RELIGIOUS_BELIEF|moslim⟧. Volgens hem zei de planner ⟦PERSON|Gerrit Stoffelsen⟧ toen in de kantine: 'als "
        "jullie ⟦ETHNIC_ORIGIN|Marokkanen⟧ niet kunnen werken, blijf dan thuis'. In juni kreeg hij een officiële "
        "waarschuwing voor te laat komen, in september volgde ontslag op staande voet wegens 'verkeersgevaarlijk "
        "rijgedrag' na een melding die hij betwist. Hij heeft sinds de zomer ⟦HEALTH_DATA|hoge bloeddruk⟧ en slikt "
        "⟦HEALTH_DATA|amlodipine⟧; de bedrijfsarts heeft hem in augustus gezien.\n\nBewijs: WhatsApp-berichten van "
        "twee collega's, de waarschuwingsbrief, de ritgegevens van 12/09 (rit 7741). Contact: "
        "⟦EMAIL_ADDRESS|r.ouali.zwolle@ziggo.nl⟧, ⟦PHONE_NUMBER|06 4821 7730⟧.",
    },
    {
        "kind": "support",
        "text": "Bloedbank, korte reactie graag: donor ⟦PERSON|Pieter-Jan Coussement⟧ vraagt of hij na zijn "
        "⟦CRIMINAL_RECORD|celstraf voor drugsbezit⟧ en de ⟦HEALTH_DATA|methadonbehandeling⟧ weer bloed mag geven.",
    },
]
