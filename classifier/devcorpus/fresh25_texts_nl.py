"""Hand-written Dutch texts of the fresh25 split: partijafdelingen, raadsfracties, vakbonden, geloofsgemeenschappen, vrijwilligers, redacties."""

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "hoe zeg ik mijn lidmaatschap van de afdeling op? kan het nergens vinden op de site",
    },
    {
        "kind": "support",
        "text": """Onderwerp: stakingsuitkering 3 dagen niet ontvangen

Beste ledenservice,

Ik ben sinds 2012 ⟦TRADE_UNION_MEMBERSHIP|lid van de FNV⟧ en heb op 4, 5 en 6 juni gestaakt bij het distributiecentrum in Tilburg. Op de lijst van de kaderleden sta ik wel, maar op mijn rekening ⟦IBAN_CODE|NL51 YNSS 4466 5910 82⟧ is nog niets binnengekomen. Collega's hebben het wel al.

Groet,
⟦PERSON|Sjoerd Wijnbergen⟧
⟦EMAIL_ADDRESS|sjoerdwijnbergen@ziggo.nl⟧""",
    },
    {
        "kind": "support",
        "text": """Voor het spreekuur van de fractie, graag doorzetten naar het raadslid zorg:

Mijn moeder, ⟦PERSON|Johanna Bakhuizen-Oost⟧, heeft ⟦HEALTH_DATA|vergevorderde dementie⟧ en wacht al vijf maanden op een indicatie voor dagbesteding via de Wmo. Het wijkteam zegt dat het dossier "in behandeling" is. Haar BSN is ⟦NL_BSN|8841.50.690⟧, voor als u iets wilt navragen bij de gemeente. Ik ben bereikbaar op ⟦PHONE_NUMBER|06-41 88 20 37⟧.

⟦PERSON|Hidde Bakhuizen⟧""",
    },
    {
        "kind": "support",
        "text": """Aan: tips@dewaaslandkrant.be

Ik werk bij het OCMW en wil anoniem blijven. Jullie schreven vorige week een lovend portret van schepen ⟦PERSON|Koen Verstraeten⟧. Wat niemand vermeldt: hij ⟦CRIMINAL_RECORD|werd in 2017 veroordeeld voor partnergeweld⟧ door de correctionele rechtbank van Dendermonde. Het vonnis is openbaar, zoek het gerust op. Ik ben bang voor mijn job, dus bel me niet op het werk.""",
    },
    {
        "kind": "support",
        "text": """[14:20] ⟦PERSON|Noor el Idrissi⟧: Salaam, mijn verloofde en ik willen ons ⟦RELIGIOUS_BELIEF|islamitisch huwelijk (nikah)⟧ in de moskee laten sluiten, welke documenten hebben jullie nodig?
[14:31] Moskee Al-Fath secretariaat: Wa alaikum salaam. Eerst het burgerlijk huwelijk bij de gemeente, daarna een kopie van de huwelijksakte, kopie ID van beiden en twee getuigen.
[14:33] ⟦PERSON|Noor el Idrissi⟧: top, het gemeentehuwelijk is 12 september. mijn nummer ⟦PHONE_NUMBER|06 2877 4013⟧
[14:34] Moskee Al-Fath secretariaat: Dan plannen we de nikah op zaterdag 13 of 20 september.""",
    },
    {
        "kind": "support",
        "text": """Bedankt voor uw bericht. U bent afgemeld voor ons onderzoekspanel en ontvangt geen uitnodigingen meer. Uw gespaarde punten blijven nog drie maanden inwisselbaar. Heeft u vragen over hoe wij met antwoorden omgaan, lees dan ons privacyreglement.""",
    },
    {
        "kind": "support",
        "text": """Dag trainer,

Voor de medische fiche van ⟦PERSON|Lowie Vanmechelen⟧ (U11, geboren ⟦DATE_OF_BIRTH|19/08/2014⟧): hij heeft ⟦HEALTH_DATA|epilepsie⟧ en neemt 's ochtends ⟦HEALTH_DATA|Depakine⟧. Bij een aanval: niet vasthouden, op de zij leggen en de tijd bijhouden. Bel dan meteen mij op ⟦PHONE_NUMBER|0477 31 62 09⟧.

Groetjes,
⟦PERSON|Sofie Claeys⟧ (mama)""",
    },
    {
        "kind": "support",
        "text": """Wie ziet mijn naam onder de petitie? Alleen je voornaam en woonplaats zijn openbaar, tenzij je kiest voor anoniem tekenen. Je e-mailadres blijft altijd verborgen. Na afloop verwijderen we de gegevens binnen zes maanden.""",
    },
    # -- hr ----------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """PERSONEELSFORMULIER – indiensttreding
Naam: ⟦PERSON|Femke Oudejans⟧
Geboortedatum: ⟦DATE_OF_BIRTH|27-10-1993⟧
BSN: ⟦NL_BSN|518972471⟧
Adres: ⟦STREET_ADDRESS|Tweede Oosterparkstraat 119-2, 1092 BL Amsterdam⟧
IBAN: ⟦IBAN_CODE|NL48 EXKG 2353 2860 38⟧
Functie: campagnemedewerker, 32 uur
Loonheffingskorting: ja""",
    },
    {
        "kind": "hr",
        "text": """Notulen ondernemingsraad, 3 juli
1. Thuiswerkvergoeding gaat naar € 2,40 per dag.
2. Verkiezingsperiode: overuren worden uitbetaald of gecompenseerd naar keuze.
3. Het verzuimbeleid wordt geëvalueerd; de OR wil dat gesprekken over gezondheid alleen met de bedrijfsarts gevoerd worden.""",
    },
    {
        "kind": "hr",
        "text": "Hoi ⟦PERSON|Jelle⟧, ik heb ⟦HEALTH_DATA|longontsteking⟧ volgens de huisarts, ben zeker deze week ziek. Kun jij de eindredactie van de zaterdagbijlage doen? Dank! ⟦PERSON|Dewi⟧",
    },
    {
        "kind": "hr",
        "text": """CV – ⟦PERSON|Marieke de Rooij-Tjon⟧
⟦EMAIL_ADDRESS|mdrooijtjon@gmail.com⟧ | ⟦PHONE_NUMBER|06 19 40 72 88⟧ | Utrecht

2019–heden: beleidsmedewerker participatie, gemeente Nieuwegein
2015–2019: projectleider, Stichting Buurtkracht
Nevenfuncties: ⟦POLITICAL_OPINION|actief lid van D66⟧, voorzitter afdeling Utrecht-Oost (2021–2023)""",
    },
    {
        "kind": "hr",
        "text": """Vacature: coördinator vrijwilligers (24–32 uur)
Jij zorgt dat onze 200 vrijwilligers zich welkom voelen: werven, inwerken, roosters maken en bedanken. Je werkt vanuit ons buurthuis in Rotterdam-Zuid. Salaris volgens cao Sociaal Werk, schaal 8.""",
    },
    {
        "kind": "hr",
        "text": """Rewrite this exit-interview summary in plain English for the board, max 100 words:

"⟦PERSON|Azad Kaya⟧ vertrekt na drie jaar als trajectbegeleider. Hij noemt de werkdruk en het gebrek aan doorgroeimogelijkheden. Daarnaast gaf hij aan dat cliënten hem regelmatig vroegen te tolken vanwege zijn ⟦ETHNIC_ORIGIN|Koerdische⟧ achtergrond, terwijl dat niet in zijn functie zat en nooit werd vergoed."
""",
    },
    {
        "kind": "hr",
        "text": """Regeling reiskosten: medewerkers die met het openbaar vervoer reizen krijgen de werkelijke kosten vergoed. Fietsers ontvangen € 0,23 per kilometer. Declaraties uiterlijk de 10e van de volgende maand indienen.""",
    },
    {
        "kind": "hr",
        "text": """Verslag gesprek vertrouwenspersoon (vertrouwelijk)
Medewerker: ⟦PERSON|Goedele Peeters⟧, redactie regio
Zij vertelde dat uit erfelijkheidsonderzoek is gebleken dat zij ⟦GENETIC_DATA|het Lynch-syndroom⟧ heeft. Ze wil dit niet met haar leidinggevende delen, maar heeft wel jaarlijks twee dagen nodig voor ⟦HEALTH_DATA|darmonderzoek⟧. Afgesproken: verlof via HR aanvragen onder "medisch", zonder reden.""",
    },
    # -- marketing ---------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": """Samen sterk voor een hoger minimumloon!
Eén op de tien werkenden komt niet rond. Teken onze petitie, kom naar de manifestatie op het Malieveld op 14 september en neem een collega mee. Nog geen lid? Word het nu, de eerste drie maanden gratis.""",
    },
    {
        "kind": "marketing",
        "text": """"Op mijn zeventiende durfde ik niemand te vertellen dat ik ⟦SEX_LIFE_ORIENTATION|lesbisch⟧ ben. Bij de jongerengroep was dat het eerste waar niemand van opkeek." – ⟦PERSON|Sanne⟧, 19, Zwolle""",
    },
    {
        "kind": "marketing",
        "text": """Iets doen voor je buurt? Op BuurtHelpt.nl vind je klussen die bij jou passen: boodschappen doen voor een buurvrouw, taalmaatje worden of meehelpen bij de voedselbank. Aanmelden kost een minuut.""",
    },
    {
        "kind": "marketing",
        "text": """Kennismaken met onze nieuwe wethouder ⟦PERSON|Gerrit-Jan Wiersma-Post⟧
Boer in ruste, vader van vier en ⟦POLITICAL_OPINION|sinds 2014 actief voor het CDA⟧ in de raad. Hij neemt landbouw, natuur en het dorpenbeleid in zijn portefeuille. Spreekuur op donderdagmiddag in het gemeentehuis.""",
    },
    {
        "kind": "marketing",
        "text": """Kerkblad – zondag 8 juni, Pinksteren
10:00 uur dienst met doopviering, voorganger onze eigen predikant. Na de dienst koffie en limonade in de consistorie. De collecte is bestemd voor het diaconaal noodfonds.""",
    },
    {
        "kind": "marketing",
        "text": """"Als ⟦ETHNIC_ORIGIN|Oeigoer⟧ kon ik niet meer terug. In Nederland begon ik opnieuw, eerst als vrijwilliger in de keuken, nu met mijn eigen cateringbedrijf." – ⟦PERSON|Abdurehim⟧, Den Haag. Lees meer verhalen in ons jaarverslag.""",
    },
    {
        "kind": "marketing",
        "text": """Buurthuis De Spil – agenda
Maandag: taalcafé. Dinsdag: repaircafé. Woensdag: kinderkookclub. Vrijdag: bingo en soep. Iedereen welkom, toegang gratis.""",
    },
    {
        "kind": "marketing",
        "text": """⟦PERSON|Thijmen Snoek⟧ (12) kreeg op zijn vijfde ⟦HEALTH_DATA|diabetes type 1⟧. Met een sensor en een pomp voetbalt hij nu gewoon mee. Steun onderzoek naar een betere behandeling: doneer via onze actiepagina.""",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": """Peilingen lezen zonder verkeerde conclusies

Een peiling met 1.000 respondenten heeft een foutmarge van ongeveer drie procentpunten. Verschuivingen van één of twee zetels zijn dus vaak ruis. Onderzoeksbureaus wegen hun steekproef naar leeftijd, opleiding en eerdere stemkeuze; die weging verklaart een groot deel van de verschillen tussen bureaus. Sommige bureaus gebruiken taalmodellen om open antwoorden te coderen, maar niet om stemgedrag te voorspellen.""",
    },
]
