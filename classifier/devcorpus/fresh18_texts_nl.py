"""Hand-written Dutch texts of the ``fresh18`` split: schools, universities, libraries, municipalities, clubs, churches and NGOs."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Bericht via Parro aan juf Marloes (groep 6):\n"
        "Hoi juf, ⟦PERSON|Stijn Oosterhuis⟧ is deze week thuis, hij heeft ⟦HEALTH_DATA|longontsteking⟧ en moet nog "
        "een kuur ⟦HEALTH_DATA|amoxicilline⟧ afmaken. Kan hij het huiswerk van rekenen via Snappet doen? "
        "Groetjes ⟦PERSON|Marijke Oosterhuis-Tol⟧",
    },
    {
        "kind": "support",
        "text": "kan ik mijn bibliotheekpas ook in een andere vestiging gebruiken?",
    },
    {
        "kind": "support",
        "text": "Aanvraag bijzondere bijstand – gemeente Leeuwarden, webformulier\n"
        "Naam: ⟦PERSON|Jelmer Wiersma⟧\nBSN: ⟦NL_BSN|759839530⟧\n"
        "Adres: ⟦STREET_ADDRESS|Dorpsstraat 14, 9076 EA Sint Annaparochie⟧\n"
        "Telefoon: ⟦PHONE_NUMBER|06 41 28 93 57⟧\n"
        "Waarvoor: traplift, ik ben sinds mijn ongeluk ⟦HEALTH_DATA|rolstoelgebruiker⟧\n"
        "IBAN: ⟦IBAN_CODE|NL71 DRBU 3441 9034 79⟧",
    },
    {
        "kind": "support",
        "text": "Chat studentenservice Hogeschool Utrecht, vat samen:\n"
        "[13:40] student: hoi, mijn inschrijving voor blok 3 staat nog op 'voorlopig'\n"
        "[13:41] medewerker: Dat komt omdat het collegegeld nog niet is voldaan via Studielink.\n"
        "[13:42] student: ik heb de machtiging vorige week gegeven\n"
        "[13:44] medewerker: Dan wordt de eerste termijn op de 28e afgeschreven, daarna gaat de status vanzelf om.",
    },
    {
        "kind": "support",
        "text": "Schrijf een kort antwoord: de hockeyclub vraagt of de velden op zaterdag 15 maart beschikbaar zijn "
        "voor het jeugdtoernooi (12 teams, 9:00-16:00). Ja, veld 1 en 2, kantine open vanaf 8:30, factuur volgt via "
        "sportbedrijf (kenmerk SB-2025-0318).",
    },
    {
        "kind": "support",
        "text": "Inschrijving zomerkamp Scouting Sint-Jan, Gent\n"
        "Lid: ⟦PERSON|Lotte Vanhaverbeke⟧, rijksregisternummer ⟦BE_NATIONAL_NUMBER|06.05.19-019.86⟧\n"
        "Ouder: ⟦PERSON|Pieter-Jan Vanhaverbeke⟧, ⟦PHONE_NUMBER|0478 21 44 90⟧, ⟦STREET_ADDRESS|Kortrijksesteenweg 212, 9000 Gent⟧\n"
        "Medisch: ⟦HEALTH_DATA|diabetes type 1⟧, sensor op de arm\nBetaling kampgeld: ⟦IBAN_CODE|BE77 6605 3681 7438⟧",
    },
    {
        "kind": "support",
        "text": "Hallo, ik heb een vraag over de parkeervergunning voor bewoners. Mijn kenteken is veranderd "
        "(nieuw: R-482-KX). Moet ik een nieuwe aanvraag doen of kan ik het wijzigen in Mijn Loket? Groet, ⟦PERSON|Wietse Hofstra⟧, ⟦STREET_ADDRESS|Oudegracht 233, 3511 NK Utrecht⟧",
    },
    {
        "kind": "support",
        "text": "Klacht sportschool, samenvatten voor de manager:\n"
        "Lid ⟦PERSON|Sanne Verduijn⟧ (lidnr. 558812) wil niet dat de nieuwe toegangspoortjes haar "
        "⟦BIOMETRIC_DATA|gezichtsscan⟧ opslaan en dreigt haar abonnement op te zeggen. Ze wil een pasje. Mail: "
        "⟦EMAIL_ADDRESS|sanneverduijn@ziggo.nl⟧",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Personeelsformulier nieuwe medewerker – Openbare Bibliotheek Amsterdam\n"
        "Naam: ⟦PERSON|Rajesh Ramdin⟧\nGeboortedatum: ⟦DATE_OF_BIRTH|4 april 1991⟧\nBSN: ⟦NL_BSN|5530.95.845⟧\n"
        "Adres: ⟦STREET_ADDRESS|Vechtstraat 81-2, 1079 JB Amsterdam⟧\nIBAN: ⟦IBAN_CODE|NL10 PWCT 9494 0623 00⟧\n"
        "Functie: medewerker klantenservice, 24 uur",
    },
    {
        "kind": "hr",
        "text": "Notulen MR-vergadering basisschool De Regenboog, 14 januari: begroting 2025 goedgekeurd, "
        "werkdrukmiddelen ingezet voor een extra onderwijsassistent, ouderbijdrage blijft € 45. Volgende vergadering 11 maart.",
    },
    {
        "kind": "hr",
        "text": "Verzuimnotitie (gemeente Zwolle, team Burgerzaken): ⟦PERSON|Liesbeth Roorda⟧ is 6 weken uitgevallen "
        "met een ⟦HEALTH_DATA|burn-out⟧. Bedrijfsarts adviseert re-integratie vanaf week 8, start met 2 x 3 uur, geen "
        "baliewerk.",
    },
    {
        "kind": "hr",
        "text": "Kun je dit netter verwoorden voor de directeur? 'Ik ben ⟦TRADE_UNION_MEMBERSHIP|kaderlid van de AOb⟧ en "
        "ga dinsdag mee naar de actiedag in Den Haag, regel maar vervanging voor groep 8.' – ⟦PERSON|Bram Zonneveld⟧",
    },
    {
        "kind": "hr",
        "text": "Vacature: Museum Het Hof zoekt vrijwillige rondleiders (m/v/x) voor de zondagmiddag. Je krijgt een "
        "training van 4 dagdelen en een museumkaart. Reageren voor 1 april.",
    },
    {
        "kind": "hr",
        "text": "Vertrouwelijk – bestuur voetbalvereniging VV Oranje Nassau\n"
        "De VOG-aanvraag van trainer ⟦PERSON|Dennis Kaptein⟧ is afgewezen door Justis. Hij heeft ons zelf verteld "
        "dat het gaat om een ⟦CRIMINAL_RECORD|veroordeling voor mishandeling uit 2019⟧. Hij mag niet meer bij de "
        "jeugd trainen; bespreken in de bestuursvergadering van donderdag.",
    },
    {
        "kind": "hr",
        "text": "Rooster vrijwilligers voedselbank Rotterdam-Zuid, week 9: dinsdag sorteren 9-12, woensdag uitgifte "
        "14-17, vrijdag chauffeurs 8-11. Nog 2 chauffeurs nodig met rijbewijs B.",
    },
    {
        "kind": "hr",
        "text": "Gespreksverslag sollicitatie pastoraal werker, Protestantse Gemeente Kampen:\n"
        "Kandidaat ⟦PERSON|Geertje van der Sluis⟧ is ⟦RELIGIOUS_BELIEF|gereformeerd vrijgemaakt⟧ opgevoed en nu lid van "
        "de PKN. Ze heeft 8 jaar ervaring in het jeugdwerk. Tweede gesprek op 20 februari.",
    },
    # -- marketing ---------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Museumnacht Amsterdam, 2 november: 50 musea open tot 2 uur 's nachts, met dj's, workshops en "
        "rondleidingen. Tickets € 27,50, inclusief vervoer met de pont.",
    },
    {
        "kind": "marketing",
        "text": "Nieuwsbrief wijkvereniging, maak het korter:\n"
        "Onze voorzitter ⟦PERSON|Yasmina Ouali⟧ doet mee aan de gemeenteraadsverkiezingen op de lijst van "
        "⟦POLITICAL_OPINION|GroenLinks-PvdA⟧. Ze blijft voorzitter, maar stemt niet mee over de subsidieaanvraag.",
    },
    {
        "kind": "marketing",
        "text": "Volksuniversiteit Den Haag: nieuwe cursussen Spaans, fotografie en filosofie. Eerste les gratis "
        "proberen? Meld je aan via de website.",
    },
    {
        "kind": "marketing",
        "text": "Verhaal voor de jaarcampagne van het Fonds Gehandicaptensport:\n"
        "⟦PERSON|Noor Bakkenes⟧ (16) is ⟦HEALTH_DATA|slechtziend⟧ en speelt sinds twee jaar goalball bij SV Twente. "
        "'Op het veld ben ik niet anders dan de rest', zegt ze.",
    },
    {
        "kind": "marketing",
        "text": "Sportschool FitPlaza: nu 3 maanden sporten voor € 59, inclusief groepslessen. Actie geldt tot 31 januari.",
    },
    {
        "kind": "marketing",
        "text": "Post voor de Molukse kerk in Culemborg, spelling checken:\n"
        "Dank aan ⟦PERSON|Johanna Latuhihin⟧, die als ⟦ETHNIC_ORIGIN|Molukse⟧ van de tweede generatie de "
        "tentoonstelling over de woonoorden heeft samengesteld. Te zien tot 30 juni in het wijkcentrum.",
    },
    {
        "kind": "marketing",
        "text": "Open dag Universiteit Twente, 8 maart: proefcolleges, campustour en informatiemarkt over studeren "
        "met een functiebeperking. Aanmelden niet nodig.",
    },
    {
        "kind": "marketing",
        "text": "Testimonial bibliotheek Taalhuis Gent: 'Na mijn ⟦HEALTH_DATA|beroerte⟧ moest ik opnieuw leren "
        "lezen. De vrijwilligers hier hebben zoveel geduld.' – ⟦PERSON|Hilde Desmedt⟧, 63",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Hoe werkt stemmen bij volmacht? Als u niet zelf kunt stemmen, mag u een andere kiezer machtigen. "
        "Dat kan door de achterkant van uw stempas in te vullen en samen met een kopie van uw identiteitsbewijs mee te "
        "geven. De gemachtigde brengt de volmachtstem uit tegelijk met de eigen stem en mag maximaal twee volmachten "
        "aannemen. Voor een schriftelijke volmacht moet het verzoek uiterlijk vijf dagen voor de verkiezing binnen zijn.",
    },
]
