"""Hand-written Dutch texts of the held-out split fresh27: leisure and personal life."""

TEXTS: list[dict[str, str]] = [
    {"kind": "support", "text": "hoi, kan ik mijn abonnement bij de sportschool een maand pauzeren tijdens vakantie?"},
    {
        "kind": "support",
        "text": "Onderwerp: Klacht over oppas\n\nBeste Thuiszorgbureau Eikenhof,\n\nOnze oppas ⟦PERSON|Sander Wijnaldum⟧ kwam vorige week twee keer te laat en liet de voordeur open. Graag een andere oppas voor ⟦STREET_ADDRESS|Lindengracht 118, 1015 KM Amsterdam⟧.\n\nMet vriendelijke groet,\n⟦PERSON|Femke Oosterhuis-Bakr⟧\n⟦PHONE_NUMBER|06 41 72 39 58⟧",
    },
    {
        "kind": "support",
        "text": "[08:55] klant: ik heb een afspraak voor botox maar ik ben net ⟦HEALTH_DATA|zwanger⟧, kan ik omboeken naar een gewone gezichtsbehandeling?\n[08:57] salon ⟦PERSON|Yara⟧: gefeliciteerd! Ja dat kan, zelfde tijd donderdag.",
    },
    {
        "kind": "support",
        "text": "Vertaal naar het Engels voor onze moderators: 'Deze gebruiker plaatst steeds dezelfde foto's van een fiets met verschillende prijzen. Lijkt op oplichting.'",
    },
    {
        "kind": "support",
        "text": "Uitvaartcentrum De Stille Hof - aanmelding\nOverledene: ⟦PERSON|Hendrikus van Leeuwarden⟧\nGeboortedatum: ⟦DATE_OF_BIRTH|4 mei 1944⟧\nBSN: ⟦NL_BSN|255051840⟧\nGeloof: ⟦RELIGIOUS_BELIEF|gereformeerd⟧, dienst in de Noorderkerk\nOpdrachtgever: ⟦PERSON|Aaltje van Leeuwarden⟧",
    },
    {"kind": "support", "text": "Bieden jullie ook zwemlessen voor volwassenen aan, en zo ja op welke dagen?"},
    {
        "kind": "support",
        "text": "Samenvatten graag: lid ⟦PERSON|Kwabena Doornbos⟧ meldt dat een match hem na het eerste date-gesprek uitschold vanwege zijn ⟦ETHNIC_ORIGIN|Ghanese afkomst⟧. Screenshot bijgevoegd. Hij wil dat het profiel verwijderd wordt.",
    },
    {
        "kind": "support",
        "text": "Waarom zie ik in de app geen beschikbare dierenoppassers in Zwolle meer? Gisteren waren er nog drie.",
    },
    {
        "kind": "hr",
        "text": "Personeelsdossier - Schoonmaakbureau Glans\nNaam: ⟦PERSON|Magdalena Verstraete⟧\nBelgisch rijksregisternummer: ⟦BE_NATIONAL_NUMBER|87.04.03-733.62⟧\nBSN: ⟦NL_BSN|426311711⟧\nRekening: ⟦IBAN_CODE|NL77 SAEJ 4343 6710 21⟧\nOpmerking: ⟦HEALTH_DATA|reuma⟧, geen zware tillen.",
    },
    {
        "kind": "hr",
        "text": "Notulen teamoverleg Muziekschool De Toonladder, 18 maart\n- Voorspeelavond verschoven naar 24 mei\n- ⟦PERSON|Joris Kamphuis⟧ (cello) is lid van de ⟦TRADE_UNION_MEMBERSHIP|FNV⟧ en wil dat de cao-indexatie besproken wordt\n- Nieuwe piano voor lokaal 4 besteld",
    },
    {
        "kind": "hr",
        "text": "Schrijf een korte vacaturetekst voor een zomerkampleider (18+), met EHBO-diploma, voor ons kamp op de Veluwe.",
    },
    {
        "kind": "hr",
        "text": "Vertrouwelijk: nanny ⟦PERSON|Ilse Brouwers⟧ heeft laten weten dat ze ⟦HEALTH_DATA|epilepsie⟧ heeft en daarom niet mag autorijden; de gezinnen met schoolritten krijgen een andere nanny.",
    },
    {
        "kind": "hr",
        "text": "Hoeveel uur per week mag een student maximaal werken als hulp in de wellness zonder extra verzekering?",
    },
    {
        "kind": "hr",
        "text": "CV ⟦PERSON|Tjitske Hoekstra⟧ - ⟦EMAIL_ADDRESS|tjitske.hoekstra@ziggo.nl⟧\nTrouwplanner sinds 2015, ruim 200 bruiloften\nOpleiding: Hotelschool Leeuwarden\nTalen: Nederlands, Fries, Engels, Duits",
    },
    {
        "kind": "hr",
        "text": "Gesprek met ⟦PERSON|Ruben Molenaar⟧ (personal trainer): hij heeft gevraagd om geen lessen op zaterdag omdat hij ⟦RELIGIOUS_BELIEF|Zevendedagsadventist⟧ is. Akkoord, rooster aangepast.",
    },
    {
        "kind": "hr",
        "text": "Even voorstellen: ⟦PERSON|Noor El Idrissi⟧ is onze nieuwe receptioniste in het spa. Ze studeerde toerisme in Breda en houdt van paddleboarden.",
    },
    {
        "kind": "hr",
        "text": "Toegang personeelsruimte: ⟦PERSON|Gerrit-Jan Smeulders⟧ weigert de ⟦BIOMETRIC_DATA|gezichtsscan⟧ bij de ingang van de sportschool; hij krijgt een pasje.",
    },
    {
        "kind": "marketing",
        "text": "Jullie grote dag, onze zorg. Van locatie tot DJ: bureau Ja Zeker regelt het. Plan een vrijblijvend kennismakingsgesprek.",
    },
    {
        "kind": "marketing",
        "text": 'Review: "Na ⟦HEALTH_DATA|mijn borstamputatie⟧ was ik bang voor de sauna, maar het personeel was zo respectvol." - ⟦PERSON|Wendelien Post⟧, Utrecht',
    },
    {
        "kind": "marketing",
        "text": "Stamboomonderzoek met StamZoek: meer dan 90 miljoen doop-, trouw- en begraafakten doorzoekbaar. Probeer 14 dagen gratis.",
    },
    {
        "kind": "marketing",
        "text": "Nieuwsbrief Dansschool Pirouette: inschrijving nieuw seizoen opent 1 juni. Nieuw: tango voor 55+ op dinsdagmiddag.",
    },
    {
        "kind": "marketing",
        "text": "Tweedehands is de nieuwe standaard. Verkoop je oude kinderfiets op Rondgaan en betaal geen verzendkosten deze maand.",
    },
    {
        "kind": "marketing",
        "text": "Ons team: ⟦PERSON|Bram Zeegers⟧ geeft al twaalf jaar bokslessen in ons gym in Tilburg en traint inmiddels ook de jeugdselectie.",
    },
    {
        "kind": "marketing",
        "text": "Zomerkamp De Kievit: kanoën, hutten bouwen en kampvuur. Voor kinderen van 7 tot 12. Vroegboekkorting tot 1 april.",
    },
    {
        "kind": "marketing",
        "text": "Jouw maandhoroscoop: Vissen krijgen creatieve ideeën, Kreeften moeten grenzen stellen. Boek een persoonlijke reading bij onze astrologe.",
    },
    {
        "kind": "docs",
        "text": "Handleiding CRM-export: kies Rapporten > Klanten > Exporteren. Het bestand bevat klantnummer, lidmaatschap en laatste bezoek. Gezondheidsvragenlijsten zitten niet in de export.",
    },
]
