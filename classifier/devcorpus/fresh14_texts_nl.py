"""Hand-written Dutch texts of the ``fresh14`` split: veerdiensten, dierentuinen, orkesten, spooronderhoud."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "mag een bakfiets mee op de boot van 9.30 naar Texel of moet ik die apart boeken?",
    },
    {
        "kind": "support",
        "text": "Kun je dit omzetten in een assistentieverzoek voor de bemanning?\n\n"
        "Hallo, ik reis zaterdag 14 juni met mijn vader ⟦PERSON|Gerrit Wijnbergen⟧ (81) naar Terschelling, "
        "boeking TS-440127. Hij heeft ⟦HEALTH_DATA|de ziekte van Parkinson⟧ en loopt slecht, dus we hebben een "
        "rolstoel nodig bij de loopbrug en een plek dicht bij het toilet. Zijn medicatie moet om 11 uur, "
        "dus graag geen vertraging bij het inschepen. Groet, ⟦PERSON|Anneloes Wijnbergen⟧, "
        "⟦PHONE_NUMBER|06-41 87 22 59⟧",
    },
    {
        "kind": "support",
        "text": "Abonnement dierentuin - incasso wijzigen\nNaam: ⟦PERSON|Sjoerd Hoekstra-Venema⟧\n"
        "Abonnementsnummer: DZ-118204 (gezin)\nNieuwe rekening: ⟦IBAN_CODE|NL41 WTWC 3933 1935 99⟧\n"
        "E-mail: ⟦EMAIL_ADDRESS|sjoerd.hvenema@ziggo.nl⟧\nGraag per 1 maart verwerken.",
    },
    {
        "kind": "support",
        "text": "Schrijf een rustig antwoord aan deze deelnemer van de biobank; verwijs voor uitslagen naar de "
        'huisarts:\n\n"Beste mensen, bij mijn zus is ⟦GENETIC_DATA|familiaire hypercholesterolemie (FH)⟧ '
        "vastgesteld met een DNA-test. Ik doe sinds 2016 mee aan jullie onderzoek. Staat in mijn gegevens of ik "
        'drager ben? BSN ⟦NL_BSN|973572905⟧, ⟦PERSON|Marjolein Dekkers-Roozendaal⟧"',
    },
    {
        "kind": "support",
        "text": "Vat deze klacht samen voor de ombudsman van de omroep, max. 3 zinnen:\n"
        '"Ik ben al 25 jaar ⟦POLITICAL_OPINION|lid van de SP⟧ en ik heb er geen probleem mee dat jullie kritisch '
        "zijn, maar in de uitzending van dinsdag werd onze fractievoorzitter drie keer onderbroken en de "
        'minister geen enkele keer. ⟦PERSON|Hennie Kuipers-Bolt⟧, Emmen"',
    },
    {
        "kind": "support",
        "text": "Mijn tegoed op de festivalpolsband is na het weekend niet teruggestort. Polsbandnummer 7731-KP-02, "
        "aanvraag gedaan op maandag.",
    },
    {
        "kind": "support",
        "text": "Klantfiche tattoo-studio Inktvis, Gent\nNaam: ⟦PERSON|Jelle Vanhoutteghem⟧\n"
        "GSM: ⟦PHONE_NUMBER|0478 62 19 04⟧\nMedisch: ⟦HEALTH_DATA|hiv-positief⟧, ondetecteerbaar onder behandeling"
        "\nAllergieën: ⟦HEALTH_DATA|rode pigmenten⟧ (reactie in 2021)\nOnderdeel: kuit links\n"
        "Klopt het dat we hiervoor niets extra hoeven te doen buiten de normale hygiëne?",
    },
    {
        "kind": "support",
        "text": "Wanneer komen de nieuwe teamshirts weer binnen? Maat L is al twee weken uitverkocht in de webshop.",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Uitslag medische keuring spoorveiligheid (werken in het spoor)\n"
        "Medewerker: ⟦PERSON|Wessel Oosterhuis⟧, ploeg Zwolle-noord\n"
        "Oordeel: tijdelijk ongeschikt voor veiligheidstaken.\n"
        "Toelichting (met toestemming gedeeld): ⟦HEALTH_DATA|boezemfibrilleren⟧, ⟦HEALTH_DATA|ablatie⟧ gepland in "
        "april. Herkeuring zes weken na de ingreep.",
    },
    {
        "kind": "hr",
        "text": "Personeelsformulier nieuwe musicus - stichting symfonieorkest\n"
        "Naam: ⟦PERSON|Floortje van Haersma Buma⟧\nFunctie: tutti cello, 0,8 fte\nBSN: ⟦NL_BSN|2012.22.735⟧\n"
        "IBAN: ⟦IBAN_CODE|NL91 NAXO 9681 2508 60⟧\n"
        "Adres: ⟦STREET_ADDRESS|Oudegracht 218bis, 3511 NT Utrecht⟧\nGeboortedatum: ⟦DATE_OF_BIRTH|11-09-1994⟧",
    },
    {
        "kind": "hr",
        "text": "Sollicitant beveiliging festivalterrein: VOG aangevraagd voor ⟦PERSON|Dennis Wolswinkel⟧, maar die "
        "is afgewezen. Hij vertelde zelf dat er een ⟦CRIMINAL_RECORD|veroordeling voor mishandeling uit 2020⟧ op "
        "staat. Stel een korte, nette afwijzingsmail op.",
    },
    {
        "kind": "hr",
        "text": "Notulen OR-overleg spooronderhoud, 4 februari\nAanwezig: directie, OR, "
        "⟦PERSON|Ria Brandsma⟧ (kaderlid ⟦TRADE_UNION_MEMBERSHIP|FNV Spoor⟧) als toehoorder.\n"
        "1. Nachtdiensttoeslag: geen akkoord.\n2. ⟦PERSON|Ria⟧ vraagt om cijfers over bijna-ongevallen bij "
        "buitendienstwerk. Directie levert die voor 1 maart.\nMaak hier een korte nieuwsbrief van.",
    },
    {
        "kind": "hr",
        "text": "Nieuwe dierverzorger Antwerpen - gegevens voor het sociaal secretariaat\n"
        "Naam: ⟦PERSON|Ruben Verschraegen⟧\nRijksregisternummer: ⟦BE_NATIONAL_NUMBER|01.07.30-600.54⟧\n"
        "Adres: ⟦STREET_ADDRESS|Kerkstraat 87, 2060 Antwerpen⟧\nAfdeling: vogels en reptielen, start 3 maart",
    },
    {
        "kind": "hr",
        "text": "Mail aan ⟦PERSON|Sevda Kılıçarslan⟧ (bagage, nachtploeg): de toegangspoort bij de personeelsingang "
        "werkt vanaf volgende week met een ⟦BIOMETRIC_DATA|gezichtsscan⟧. Zij heeft bezwaar gemaakt; laat haar weten "
        "dat ze haar pas kan blijven gebruiken bij de handmatige poort.",
    },
    {
        "kind": "hr",
        "text": "Verzoek van ⟦PERSON|Kavita Ramdin⟧ (keuken, cateringteam): zij is ⟦RELIGIOUS_BELIEF|hindoe⟧ en vraagt "
        "vrij op de avond van Divali. Ze ruilt al met een collega. Schrijf een akkoordmail.",
    },
    {
        "kind": "hr",
        "text": "Repetitierooster mei: week 19 Sibelius, week 20 vrij i.v.m. Hemelvaart, week 21 opera-productie in de "
        "bak. De harpiste is alleen dinsdag en donderdag nodig.",
    },
    {
        "kind": "hr",
        "text": "Herinnering: wie nog geen geldig VCA-certificaat heeft mag vanaf 1 april niet meer ingeroosterd "
        "worden voor buitendienst. Geef je naam door bij de planning voor de examens in maart.",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Eilandhoppen deze zomer: met het Waddenpas-retour bezoek je Vlieland en Terschelling op één ticket. "
        "Fiets mee voor € 7,50.",
    },
    {
        "kind": "marketing",
        "text": "De olifanten hebben een nieuw buitenverblijf! Kom vanaf 1 mei kijken naar de modderpoel en de "
        "zandheuvel, elke dag om 14.00 uur een praatje van de verzorgers.",
    },
    {
        "kind": "marketing",
        "text": "Citaat voor de flyer van de concerten met trillende vloer, graag inkorten:\n"
        '"Ik ben ⟦HEALTH_DATA|doof⟧ sinds mijn geboorte. Hier voelde ik de pauken in mijn buik en zag ik de '
        'strijkers ademen. Ik kom terug." - ⟦PERSON|Mirthe Zandbergen⟧',
    },
    {
        "kind": "marketing",
        "text": "Aankondiging documentaire: ⟦PERSON|Johnny Latumahina⟧ groeide op in de ⟦ETHNIC_ORIGIN|Molukse⟧ wijk "
        "van Bovensmilde. Nu dirigeert hij een koor van zestig man dat liederen van zijn opa zingt.",
    },
    {
        "kind": "marketing",
        "text": "Instagrampost voor Coming Out Dag, maak hem iets persoonlijker:\n"
        '"Onze coach ⟦PERSON|Thijs Overmars⟧ is al tien jaar openlijk ⟦SEX_LIFE_ORIENTATION|homo⟧ in een scene '
        'waar dat niet vanzelf spreekt. Trots op jou!"',
    },
    {
        "kind": "marketing",
        "text": "Zandvoort Beats: twee dagen dance op het strand, gratis pendelbussen vanaf station Haarlem. "
        "Dagtickets € 59, combi € 99.",
    },
    {
        "kind": "marketing",
        "text": "Van bruiloft tot bedrijfsfeest: onze koks werken met verse seizoensproducten en houden rekening "
        "met halal, vegetarisch en allergieën. Vraag een offerte aan.",
    },
    {
        "kind": "marketing",
        "text": "Doe mee met onderzoek: één buisje bloed en een vragenlijst helpen wetenschappers begrijpen hoe "
        "erfelijkheid en leefstijl samen ziekte beïnvloeden.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Fine-tuning of prompten?\n\nVoor de meeste toepassingen is een goed geschreven prompt met een paar "
        "voorbeelden voldoende. Fine-tuning loont pas als je duizenden consistente voorbeelden hebt, een vast "
        "uitvoerformaat nodig is of de latency van lange prompts een probleem wordt. Houd altijd een aparte "
        "testset achter die nooit in de training belandt.",
    },
]
