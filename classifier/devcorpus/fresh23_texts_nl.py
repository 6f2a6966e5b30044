"""Hand-written Dutch texts for fresh23: Schiphol en luchtvaart, NS en streekvervoer, rijscholen, deelfietsen, inburgering, vluchtelingenwerk."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # --- support ---
    {
        "kind": "support",
        "text": "Kan ik mijn OV-chipkaart nog gebruiken in de Eurostar naar Londen vanaf Amsterdam Centraal?",
    },
    {
        "kind": "support",
        "text": "Vat dit verzoek samen voor de assistentiebalie op Schiphol:\n\nReiziger: ⟦PERSON|Femke Oduya-Verschuur⟧\nVlucht: KL 1007 AMS-LHR, 3 mei\nHulp: ⟦HEALTH_DATA|ernstige COPD⟧, reist met ⟦HEALTH_DATA|draagbare zuurstofconcentrator⟧ (Inogen One G5), MEDIF goedgekeurd.\nTelefoon: ⟦PHONE_NUMBER|06 4172 9058⟧",
    },
    {
        "kind": "support",
        "text": "[08:47] Klant: goedemorgen, mijn deelscooter staat op slot maar de rit loopt nog door, rit 772-AMS-1902\n[08:48] Medewerker ⟦PERSON|Thijs⟧: Goedemorgen! Ik heb de rit handmatig beëindigd, u betaalt alleen tot 08:31.\n[08:49] Klant: top, dank je",
    },
    {
        "kind": "support",
        "text": "Onderwerp: Terugbetaling rijlessen\n\nBeste rijschool,\nMijn dochter ⟦PERSON|Sanne de Graaf-Amponsah⟧ stopt met de lessen omdat ze na ⟦HEALTH_DATA|een hersenschudding⟧ voorlopig niet mag rijden van de neuroloog. Er staan nog 7 lessen open (pakket 30 lessen). Graag het resterende bedrag terug op ⟦IBAN_CODE|NL39 INGB 7849 3873 40⟧ t.n.v. ⟦PERSON|M. de Graaf-Amponsah⟧.\nMet vriendelijke groet,\n⟦PERSON|Marjolein de Graaf-Amponsah⟧\n⟦STREET_ADDRESS|Lauwerecht 91, 3515 GN Utrecht⟧",
    },
    {
        "kind": "support",
        "text": "Deel deze meldingen in (STORING / FACTUUR / ACCOUNT): laadpaal bij Jumbo Zwolle geeft foutcode E42; twee keer afgeschreven op 12-02; wachtwoord vergeten; laadpas kwijt.",
    },
    {
        "kind": "support",
        "text": "Vertaal naar het Engels voor de advocaat: \"Cliënt ⟦PERSON|Mehmet Ali Brouwer-Şahin⟧ (BSN ⟦NL_BSN|286481194⟧) vraagt asiel aan op grond van ⟦SEX_LIFE_ORIENTATION|homoseksualiteit⟧. Hij werd in Turkije ⟦CRIMINAL_RECORD|veroordeeld tot zes maanden cel wegens 'openbare zedenschennis'⟧ na een demonstratie.\"",
    },
    {"kind": "support", "text": "Hoe laat gaat de laatste bus van Lelystad naar Emmeloord op zondag?"},
    {
        "kind": "support",
        "text": "Herschrijf dit antwoord vriendelijker: 'Uw verloren laptop is niet aangetroffen in de trein. Dossier NS-GV-558103 wordt gesloten.' De reiziger heet ⟦PERSON|Hendrika Mbatha⟧.",
    },
    # --- hr ---
    {
        "kind": "hr",
        "text": "Personeelsformulier — nieuwe grondstewardess Eindhoven Airport\nNaam: ⟦PERSON|Ilse Vanwesenbeeck-Osei⟧\nGeboortedatum: ⟦DATE_OF_BIRTH|12-08-1990⟧\nAdres: ⟦STREET_ADDRESS|Stratumsedijk 63, 5611 NC Eindhoven⟧\nBSN: ⟦NL_BSN|383960198⟧\nE-mail: ⟦EMAIL_ADDRESS|ilse.vwosei@ziggo.nl⟧\nBijzonderheden: ⟦HEALTH_DATA|diabetes type 1⟧, insulinepomp, mag pauze nemen voor metingen",
    },
    {
        "kind": "hr",
        "text": "Notulen OR-vergadering Connexxion Haarlem, 18 februari\nAanwezig: OR (6), bestuurder, ⟦PERSON|Gerrit Nieuwenhuis-Adeyemi⟧ (kaderlid ⟦TRADE_UNION_MEMBERSHIP|FNV Spoor en Stads- en Streekvervoer⟧)\n1. Gebroken diensten: OR wil maximaal 12 uur spreiding.\n2. ⟦BIOMETRIC_DATA|Vingerafdrukscanner⟧ voor het opnemen van sleutels: OR stemt niet in.\n3. Rondvraag.",
    },
    {
        "kind": "hr",
        "text": "CV\n⟦PERSON|Jorien Bakhuizen-Tadesse⟧\n⟦PHONE_NUMBER|+31 6 2940 5517⟧ | Leeuwarden\nDocent NT2 en inburgering (sinds 2019, ROC Friese Poort)\nTolk Tigrinya-Nederlands, beëdigd (Rbtv)\nOpleiding: Pabo, post-hbo NT2",
    },
    {
        "kind": "hr",
        "text": "Help me een mail te schrijven aan de roosteraar: ik ben machinist bij Arriva, ⟦PERSON|Wouter Kloosterboer⟧, mijn vrouw is ⟦HEALTH_DATA|zwanger⟧ van ons tweede kind (uitgerekend eind augustus), ik wil ouderschapsverlof in september. Hoe vraag ik dat netjes aan?",
    },
    {
        "kind": "hr",
        "text": "Vacature: rijinstructeur (m/v/x) autorijschool in Apeldoorn, WRM-certificaat vereist, 32–40 uur, lesauto Toyota Yaris Hybrid, salaris € 2.900–3.400.",
    },
    {
        "kind": "hr",
        "text": "Medewerkersportret: ⟦PERSON|Anouk Tjon-A-Fong⟧ werkt al tien jaar bij de bagageafhandeling op Schiphol. Ze is van ⟦ETHNIC_ORIGIN|Surinaams-Chinese afkomst⟧ en organiseert elk jaar het Keti Koti-ontbijt voor collega's.",
    },
    {
        "kind": "hr",
        "text": "Verzuimnotitie voor de bedrijfsarts, graag samenvatten: chauffeur ⟦PERSON|Ruud Hoekstra-Mulder⟧, sinds 3 maart ⟦HEALTH_DATA|ziek na een hartinfarct⟧, ⟦HEALTH_DATA|stent geplaatst⟧, rijbewijs C tijdelijk ongeldig volgens CBR.",
    },
    {
        "kind": "hr",
        "text": "Een Belgische medewerker van ons Antwerpse kantoor moet worden ingeschreven. Zet dit in het juiste formulierformaat:\nNaam: ⟦PERSON|Lotte Van Damme-Nkosi⟧\nRijksregisternummer: ⟦BE_NATIONAL_NUMBER|88060766446⟧\nFunctie: douanedeclarant\nStartdatum: 1 april",
    },
    # --- marketing ---
    {
        "kind": "marketing",
        "text": "Slogan voor onze deelfietsen in Groningen: 1.500 fietsen, eerste rit gratis, altijd binnen 200 meter.",
    },
    {
        "kind": "marketing",
        "text": 'Testimonial (met toestemming): "Door de ⟦GENETIC_DATA|DNA-test voor gezinshereniging⟧ duurde het lang, maar VluchtelingenWerk bleef bellen en mailen. Nu woont mijn zoon bij mij in Arnhem." — ⟦PERSON|Semhar Ghebremedhin⟧',
    },
    {
        "kind": "marketing",
        "text": "Nieuwsbrief reisorganisatie — juni\n• Schoolreizen naar Berlijn en Londen\n• Bedevaart naar Lourdes met verpleegkundige begeleiding\n• Nieuwe rondreis Marokko 12 dagen\n• Vroegboekkorting tot 31 juli\nVragen? Mail ⟦PERSON|Joost-Jan Abara⟧ via ⟦EMAIL_ADDRESS|jj.abara@reizenmetzorg.nl⟧",
    },
    {
        "kind": "marketing",
        "text": "Landingspagina internationale school Den Haag: IB-programma, 62 nationaliteiten, schoolbus vanuit Wassenaar en Leiden, toelating het hele jaar door.",
    },
    {
        "kind": "marketing",
        "text": "FAQ douane-expediteur\nWat kost een importaangifte? Vanaf € 45 per aangifte.\nRegelen jullie ook T1-documenten? Ja.\nWerken jullie met AEO? Wij zijn AEO-gecertificeerd sinds 2014.",
    },
    {
        "kind": "marketing",
        "text": "LinkedIn-post over onze nieuwe medewerker: ⟦PERSON|Bram Oyelowo⟧, ex-piloot die na ⟦HEALTH_DATA|een hartritmestoornis⟧ zijn medisch brevet verloor en nu simulatortrainer is bij ons in Hoofddorp. Hij gaf toestemming.",
    },
    {
        "kind": "marketing",
        "text": "Schrijf een Instagram-tekst: elektrische deelauto's in Rotterdam-Zuid, per uur € 6,50, reserveren via de app.",
    },
    {
        "kind": "marketing",
        "text": "Pakkende tekst voor ons inburgeringstraject: taalles, KNM, werkstage en een buddy uit de buurt, in Tilburg en Breda.",
    },
    # --- docs ---
    {
        "kind": "docs",
        "text": "Werkinstructie gevonden voorwerpen (trein): de conducteur levert gevonden voorwerpen in bij het eindstation. Daar worden ze geregistreerd met treinnummer, datum en omschrijving. Na 48 uur gaan voorwerpen naar het centrale depot in Utrecht. Reizigers melden verlies via het online formulier; bij een match krijgen ze een e-mail met ophaal- of verzendopties.",
    },
]
