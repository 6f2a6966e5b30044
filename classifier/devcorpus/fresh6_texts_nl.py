"""Hand-written Dutch texts of the ``fresh6`` split: back-office traffic of a shared-services company's clients."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Vat deze reparatieverzoeken samen per complex:\n- Complex Lombardijen, portiek 12: lift staat weer stil\n"
        "- Complex Zuidwijk: schimmel in badkamer, nr. 48\n- Complex Lombardijen: intercom kapot\nGraag in tabelvorm.",
    },
    {
        "kind": "support",
        "text": "Schrijf een vriendelijke betalingsherinnering (huurachterstand 2 maanden) aan:\n"
        "⟦PERSON|Ricardo Zwanenburg⟧, ⟦STREET_ADDRESS|Slinge 388, 3085 EZ Rotterdam⟧, huurcontract 77102-B. "
        "Bied een betalingsregeling aan. Hij gaf vorige keer aan dat hij in de schuldhulpverlening "
        "zit vanwege ⟦HEALTH_DATA|gokverslaving⟧, dus geen dreigende toon.",
    },
    {
        "kind": "support",
        "text": "chauffeur app: mijn uitbetaling van week 46 is nog niet binnen?? ritnummer RT-551203",
    },
    {
        "kind": "support",
        "text": "Uitvaartonderneming – zet de gegevens van het intakegesprek in het formulier:\n\n"
        "Overledene: ⟦PERSON|Hendrikus (Henk) van Beusekom⟧, geb. ⟦DATE_OF_BIRTH|3 april 1939⟧, overleden 21-11 in "
        "hospice De Vlinder na ⟦HEALTH_DATA|alvleesklierkanker⟧.\nBSN: ⟦NL_BSN|975908571⟧\n"
        "Opdrachtgever: dochter ⟦PERSON|Marjolein Spanjaard-van Beusekom⟧, ⟦PHONE_NUMBER|06 41 87 22 93⟧, "
        "⟦EMAIL_ADDRESS|marjolein.spanjaard@kpnpost.nl⟧\nWensen: ⟦RELIGIOUS_BELIEF|rooms-katholieke⟧ uitvaartmis in de "
        "Sint-Lambertuskerk, daarna begraven. Rekening voor de factuur: ⟦IBAN_CODE|NL03 RABO 2645 3912 76⟧.",
    },
    {
        "kind": "support",
        "text": "Beantwoord deze klantvraag van de online apotheek: 'Mag ik ibuprofen samen met paracetamol "
        "gebruiken?' Verwijs naar de bijsluiter en de apotheker, geef geen persoonlijk advies.",
    },
    {
        "kind": "support",
        "text": "Translate to English for the Kraków team:\n\nGoedemiddag, ik ben ⟦PERSON|Sanne Oudejans⟧. Onze hond Bobbie "
        "(labrador, chipnr. 528140000741236) moet na de operatie aan de kruisband een controle. Kan dat "
        "donderdag in de vestiging Kralingen? Bel me op ⟦PHONE_NUMBER|010 714 36 58⟧.",
    },
    {
        "kind": "support",
        "text": "Belgische huurder, pas de brief aan: ⟦PERSON|Lieve Vandecasteele⟧, rijksregisternummer "
        "⟦BE_NATIONAL_NUMBER|72100975077⟧, huurwaarborg op ⟦IBAN_CODE|BE36 2753 2728 2457⟧, opzeg per 31 januari.",
    },
    {
        "kind": "support",
        "text": "Welke documenten heeft een woningzoekende nodig voor een urgentieverklaring in Rotterdam? "
        "Maak een checklist van max. 8 punten.",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Herschrijf dit verslag van de bedrijfsarts in begrijpelijke taal voor de leidinggevende, zonder "
        "medische details toe te voegen:\n\nWerknemer: ⟦PERSON|Youssef El Khatib⟧, personeelsnr. 20418\n"
        "Verzuim sinds 02-09, ⟦HEALTH_DATA|burn-out⟧ met ⟦HEALTH_DATA|paniekaanvallen⟧. Gebruikt "
        "⟦HEALTH_DATA|sertraline⟧. Re-integratie: week 1-2 2x3 uur, aangepast werk zonder klantcontact. "
        "Evaluatie in het Poortwachter-gesprek op 15-01.",
    },
    {
        "kind": "hr",
        "text": "Controleer deze loonstrookregels op fouten:\nbruto 3.412,00 / loonheffing 612,40 / "
        "pensioenpremie PFZW 198,10 / netto 2.601,50. Periode 11, 2026.",
    },
    {
        "kind": "hr",
        "text": "Salarisadministratie – nieuwe medewerker invoeren:\nNaam: ⟦PERSON|Femke Dijkgraaf⟧\n"
        "Geboortedatum: ⟦DATE_OF_BIRTH|17-08-1993⟧\nBSN: ⟦NL_BSN|140734284⟧\nIBAN: ⟦IBAN_CODE|NL60 INGB 6983 3073 30⟧\n"
        "Adres: ⟦STREET_ADDRESS|Goudsesingel 212, 3011 KD Rotterdam⟧\nVakbondscontributie inhouden: ja (⟦TRADE_UNION_MEMBERSHIP|FNV Zorg & Welzijn⟧)",
    },
    {
        "kind": "hr",
        "text": "Vacaturetekst voor een pedagogisch medewerker kinderopvang, 24-32 uur, locatie Hillegersberg. "
        "Cao Kinderopvang schaal 6. Maak het warm en kort.",
    },
    {
        "kind": "hr",
        "text": "Schrijf een neutrale notitie voor het personeelsdossier:\nTeamleider ⟦PERSON|Bram Hoogendoorn⟧ meldt "
        "dat collega ⟦PERSON|Thijs⟧ door twee monteurs is uitgescholden omdat hij ⟦SEX_LIFE_ORIENTATION|homo⟧ is. "
        "Gesprek met vertrouwenspersoon ⟦PERSON|Ilse Verbrugge⟧ gepland op 4 december.",
    },
    {
        "kind": "hr",
        "text": "Vat de VOG-uitkomst samen voor de recruiter (zorgbemiddeling):\nKandidaat ⟦PERSON|Dennis Plasmeijer⟧ – "
        "VOG aangevraagd voor functie thuiszorg. Justis heeft een voornemen tot weigering gestuurd i.v.m. "
        "⟦CRIMINAL_RECORD|veroordeling voor verduistering in dienstbetrekking (2022)⟧. Kandidaat wil een zienswijze indienen.",
    },
    {
        "kind": "hr",
        "text": "Maak een rooster voor het verlofoverzicht december: 4 medewerkers, minimaal 2 aanwezig op "
        "werkdagen tussen 22-12 en 2-1. Geef het als tabel.",
    },
    {
        "kind": "hr",
        "text": "Zet deze sollicitatiebrief om naar een kort profiel (Engels):\n\nBeste mevrouw ⟦PERSON|Koning⟧,\n"
        "Graag solliciteer ik als verzorgende IG. Ik ben ⟦PERSON|Esra Yıldız-Bakker⟧, 41 jaar, en werk sinds 2015 "
        "in de ouderenzorg. Ik draag een hoofddoek en vraag of dat in uw organisatie geen probleem is; als "
        "⟦RELIGIOUS_BELIEF|moslima⟧ wil ik tijdens de ramadan graag vroege diensten. Ik heb zelf "
        "⟦HEALTH_DATA|reuma⟧, maar ben volledig inzetbaar. Bereikbaar via ⟦EMAIL_ADDRESS|esra.yb@ziggopost.nl⟧.",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Nieuwsbrief moskee – corrigeer de spelling:\n\nBeste broeders en zusters, de iftar op vrijdag 27 "
        "februari is in de grote zaal. Opgave bij het secretariaat. Er is ook een kinderprogramma en "
        "vervoer voor ouderen.",
    },
    {
        "kind": "marketing",
        "text": "Herschrijf deze donateursvermelding voor het jaarverslag (max. 3 zinnen):\n"
        "'Sinds mijn vrouw ⟦PERSON|Gerda⟧ overleed aan ⟦HEALTH_DATA|ALS⟧ steun ik de stichting maandelijks. Ik hoop "
        "dat er ooit een medicijn komt.' – ⟦PERSON|Wim Schoonderwoerd⟧, donateur sinds 2019",
    },
    {
        "kind": "marketing",
        "text": "Aanmeldingen open dag sportclub (export), maak er een deelnemerslijst van:\n"
        "naam | mail | bijzonderheden\n⟦PERSON|Kevin Roodbol⟧ | ⟦EMAIL_ADDRESS|k.roodbol@hetnet-mail.nl⟧ | "
        "⟦HEALTH_DATA|epilepsie⟧, trainer graag op de hoogte\n⟦PERSON|Naima Bouzid⟧ | ⟦EMAIL_ADDRESS|naima.bouzid@ziggopost.nl⟧ | "
        "geen varkensvlees (⟦RELIGIOUS_BELIEF|islamitisch⟧)\n⟦PERSON|Joost Terpstra⟧ | ⟦EMAIL_ADDRESS|jterpstra@kpnpost.nl⟧ | -",
    },
    {
        "kind": "marketing",
        "text": "Campagnemail ⟦TRADE_UNION_MEMBERSHIP|FNV Schoonmaak⟧, personaliseer de aanhef:\nBeste ⟦PERSON|Mirjam⟧,\n"
        "Als ⟦TRADE_UNION_MEMBERSHIP|FNV-lid⟧ ben je welkom bij de actiedag op 12 maart in Utrecht. Bus vanaf "
        "Rotterdam CS om 8:30.",
    },
    {
        "kind": "marketing",
        "text": "Schrijf drie varianten van een Instagram-post voor de rijschool: 'Geslaagd! Eerste keer, "
        "zonder fouten op de snelweg.' Voeg geen namen toe.",
    },
    {
        "kind": "marketing",
        "text": "Klantverhaal voor de website van de arbodienst, anonimiseer niet – de klant heeft toestemming gegeven:\n"
        "⟦PERSON|Ruud Kamsteeg⟧ (52), heftruckchauffeur: 'Na mijn ⟦HEALTH_DATA|hartinfarct⟧ dacht ik dat ik nooit meer "
        "zou werken. Met het re-integratieplan stond ik na vijf maanden weer op de vloer.'",
    },
    {
        "kind": "marketing",
        "text": "Verbeter deze folder van de apotheek: 'Griepprik 2026: voor 60-plussers en mensen met diabetes, "
        "hartklachten of longziekten. Maak online een afspraak.'",
    },
    {
        "kind": "marketing",
        "text": "Uitnodiging debatavond – maak de tekst korter:\nAfdeling Rotterdam-Zuid van de "
        "⟦POLITICAL_OPINION|SP⟧ organiseert een avond over huurverhoging. Sprekers: raadslid ⟦PERSON|Hasan Öztürk⟧ "
        "en bewoner ⟦PERSON|Carla Meeuwsen⟧ (⟦ETHNIC_ORIGIN|Kaapverdiaanse⟧ gemeenschap Delfshaven).",
    },
    {
        "kind": "hr",
        "text": "Zet dit plan van aanpak om in een korte mail aan de werknemer (je-vorm, vriendelijk), en houd de "
        "medische informatie beperkt tot wat hieronder staat:\n\n"
        "PLAN VAN AANPAK – Wet verbetering poortwachter\nWerkgever: Stichting Kinderopvang De Boomhut, "
        "locatie Kralingen\nWerknemer: ⟦PERSON|Anouk Verschoor-Blom⟧, pedagogisch medewerker, 28 uur\n"
        "Geboortedatum: ⟦DATE_OF_BIRTH|09-12-1988⟧\nEerste ziektedag: 14-10-2026\nCasemanager: "
        "⟦PERSON|Gert-Jan Bosscher⟧, arbodienst Maasarbo\nBedrijfsarts: ⟦PERSON|Liesbeth Haverkamp⟧\n\n"
        "1. Probleemanalyse (bedrijfsarts, 05-11-2026): werknemer is beperkt belastbaar door "
        "⟦HEALTH_DATA|long covid⟧ met ⟦HEALTH_DATA|chronische vermoeidheid⟧ en concentratieproblemen. "
        "Daarnaast is zij ⟦HEALTH_DATA|18 weken zwanger⟧; tillen van kinderen boven 10 kg wordt afgeraden.\n"
        "2. Doel: terugkeer in eigen functie binnen 12 weken, aangepast.\n"
        "3. Afspraken:\n- week 1-3: 3 ochtenden van 3 uur, alleen op de peutergroep, geen openingsdienst;\n"
        "- week 4-6: 3 dagen van 5 uur, pauze op vaste tijden;\n- week 7-12: opbouw naar 28 uur, "
        "evaluatie in week 8 met bedrijfsarts;\n- werkgever regelt een extra collega voor het tillen.\n"
        "4. Contact: elke twee weken een belafspraak met leidinggevende ⟦PERSON|Marloes de Ruijter⟧.\n"
        "5. Werknemer is lid van ⟦TRADE_UNION_MEMBERSHIP|FNV⟧ en wil dat haar kaderlid bij de evaluatie aanwezig is.\n\n"
        "Dossiernummer arbodienst: MA-2026-11842. Eerstejaarsevaluatie uiterlijk 13-10-2027.",
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Retrieval-augmented generation (RAG) uitgelegd\n\nBij RAG zoekt een systeem eerst relevante passages in "
        "een documentverzameling en geeft die mee aan het taalmodel. Zo kan het model antwoorden op vragen over "
        "interne handleidingen zonder hertraining. Let op de chunkgrootte (vaak 500 tot 1000 tokens), de "
        "overlap tussen chunks en het embeddingmodel: een meertalig model presteert beter op Nederlandse teksten.",
    },
]
