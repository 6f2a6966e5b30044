"""Split ``fresh24``, Dutch: chipfab, CRO, biobank, Vlaamse farma, ondernemingsraad, octrooien en BBL, met de hand geschreven (see ``generate.py``)."""

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "hoe lang duurt een octrooiaanvraag bij het octrooicentrum tegenwoordig gemiddeld?",
    },
    {
        "kind": "support",
        "text": """Beste onderzoeksteam,

Ik doe sinds september mee aan het longonderzoek vanwege ⟦HEALTH_DATA|mijn COPD (GOLD 3)⟧. De reiskostenvergoeding van de laatste drie bezoeken heb ik nog niet ontvangen. Voor de administratie nog een keer mijn gegevens:

Naam: ⟦PERSON|Gerrit Jan Wolthuis⟧
BSN: ⟦NL_BSN|358550348⟧
Rekeningnummer: ⟦IBAN_CODE|NL77 RFJB 3282 4797 08⟧

Met vriendelijke groet,
⟦PERSON|G.J. Wolthuis⟧""",
    },
    {
        "kind": "support",
        "text": """Summarise this Dutch e-mail in English for our lab director, two or three sentences, neutral tone:

"Geachte heer/mevrouw, op 3 juni kreeg ik telefonisch te horen dat bij mij ⟦GENETIC_DATA|het Lynch-syndroom (een mutatie in het MLH1-gen)⟧ is vastgesteld. Ik vind het onacceptabel dat ik daarna vijf weken niets heb gehoord over de vervolgafspraak bij de klinisch geneticus, terwijl mijn zus en broer ook getest willen worden. Ik verwacht binnen een week een afspraak. ⟦PERSON|Femke Dijkgraaf-Olthof⟧, ⟦PHONE_NUMBER|06-41 27 93 58⟧\"""",
    },
    {
        "kind": "support",
        "text": "Vraagje over de biobank: als ik nu toestemming geef voor opslag van mijn bloed, kan ik die later nog beperken tot alleen onderzoek naar hart- en vaatziekten?",
    },
    {
        "kind": "support",
        "text": """[06:52] ⟦PERSON|Sanne Vermeulen-Akkaya⟧: goedemorgen, de irisscanner bij sluis 4 laat me niet door
[06:53] Servicedesk Security (⟦PERSON|Bart⟧): Goedemorgen ⟦PERSON|Sanne⟧. Draag je een bril of lenzen?
[06:53] ⟦PERSON|Sanne Vermeulen-Akkaya⟧: nee, niks veranderd
[06:55] Servicedesk Security (⟦PERSON|Bart⟧): Ik zie dat ⟦BIOMETRIC_DATA|je iristemplate⟧ gisteren is verlopen, de herregistratie was niet ingepland. Je kunt tijdelijk met badge + pincode naar binnen, ik zet het op je pas
[06:56] ⟦PERSON|Sanne Vermeulen-Akkaya⟧: top, dank je
[06:56] Servicedesk Security (⟦PERSON|Bart⟧): Herregistratie vandaag tussen 12 en 13 uur bij de receptie van gebouw 7.""",
    },
    {
        "kind": "support",
        "text": "Wat betekent alarm 4711 'condensortemperatuur hoog' op de vriesdroger van lijn 3, en mogen we de batch dan nog afmaken of moeten we de cyclus direct stoppen?",
    },
    {
        "kind": "support",
        "text": """Goeiemiddag,

Mijn zoon ⟦PERSON|Wannes⟧ doet mee aan het onderzoek naar slaap bij kinderen. Omdat ⟦HEALTH_DATA|hij autisme heeft⟧ vindt hij de nacht in het slaaplabo heel moeilijk. Kan ik als mama mee blijven slapen op de kamer? Voor de vergoeding: mijn rijksregisternummer is ⟦BE_NATIONAL_NUMBER|90.10.03-234.84⟧.

Dank u wel,
⟦PERSON|Lotte Vanhecke⟧""",
    },
    {
        "kind": "support",
        "text": """Beste METC-secretariaat,

Wij willen in ons lopende onderzoek een extra vragenlijst over kwaliteit van leven toevoegen. Is dat een substantiële wijziging of kunnen we volstaan met een melding? De nieuwe versie van het protocol stuur ik mee.

Groet,
⟦PERSON|Jorien Haverkamp⟧
onderzoekscoördinator, afdeling Revalidatie
⟦EMAIL_ADDRESS|j.haverkamp@umc-revalidatie.nl⟧""",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """PERSONEELSFORMULIER NIEUWE MEDEWERKER (locatie Nijmegen, cleanroom assemblage)
Achternaam: ⟦PERSON|Boukhari⟧
Voornamen: ⟦PERSON|Yasmina Noor⟧
Geboortedatum: ⟦DATE_OF_BIRTH|14-05-1996⟧
BSN: ⟦NL_BSN|395576908⟧
Adres: ⟦STREET_ADDRESS|Graafseweg 211, 6531 ZV Nijmegen⟧
IBAN: ⟦IBAN_CODE|NL63 UHDV 9119 6564 27⟧
Vakbondscontributie fiscaal verrekenen: ja, ⟦TRADE_UNION_MEMBERSHIP|lid FNV Metaal⟧
Functie: operator assemblage, 5-ploegendienst""",
    },
    {
        "kind": "hr",
        "text": """Notulen overleg ondernemingsraad - bestuurder, 11 maart
Aanwezig: ⟦PERSON|Hendrik-Jan Roozendaal⟧ (bestuurder), ⟦PERSON|Marieke Spijkerboer⟧ (voorzitter OR), ⟦PERSON|Kees Timmerije⟧ (⟦TRADE_UNION_MEMBERSHIP|kaderlid CNV⟧), ⟦PERSON|Orlando Martis⟧, ⟦PERSON|Sekar Wirjosandjojo⟧ (ambtelijk secretaris)
1. Adviesaanvraag reorganisatie afdeling metrologie: de OR vraagt om een sociaal plan vóór advies. ⟦PERSON|Kees⟧ wijst op de cao-afspraken over herplaatsing.
2. Roosterwijziging 5-ploegendienst: proef van drie maanden, evaluatie in juni.
3. Rondvraag: fietsenstalling gebouw 4.""",
    },
    {
        "kind": "hr",
        "text": "Krijgen we de ploegentoeslag ook over de uren die we tijdens de stilstand in de zomer aan onderhoud besteden?",
    },
    {
        "kind": "hr",
        "text": """Terugkoppeling bedrijfsarts (met toestemming van medewerker gedeeld met leidinggevende)
Medewerker: ⟦PERSON|Thijs Kamphorst⟧, analist QC
Er is sprake van ⟦HEALTH_DATA|overspanningsklachten die zich tot een burn-out hebben ontwikkeld⟧. Advies: start re-integratie over twee weken met 2 x 3 uur per week, geen nachtdiensten en geen verantwoordelijkheid voor batchvrijgifte in de eerste zes weken. Volgend consult over vier weken.
Bedrijfsarts: drs. ⟦PERSON|Aukje Heeringa⟧""",
    },
    {
        "kind": "hr",
        "text": "Vacature BBL procesoperator niveau 3: vier dagen werken in onze fabriek voor actieve farmaceutische stoffen, één dag naar school. Je krijgt een vast contract voor de duur van de opleiding, een eigen praktijkopleider en je opleidingskosten worden vergoed.",
    },
    {
        "kind": "hr",
        "text": """Hoi ⟦PERSON|Ingrid⟧,

Ik wilde vragen of er in het nieuwe gebouw een stilteruimte komt. Als ⟦RELIGIOUS_BELIEF|praktiserend moslim⟧ bid ik een paar keer per dienst en nu doe ik dat in de kleedkamer, wat niet ideaal is. Een klein hoekje is genoeg, het kost hooguit vijf minuten per keer.

Groetjes,
⟦PERSON|Hamza El Khattabi⟧""",
    },
    {
        "kind": "hr",
        "text": """Aanwervingsdossier - veiligheidsfunctie bewaking productiesite Puurs
Kandidaat: ⟦PERSON|Kobe Verstraelen⟧
Rijksregisternummer: ⟦BE_NATIONAL_NUMBER|03.08.19-529.19⟧
Uittreksel uit het strafregister (model 1): ⟦CRIMINAL_RECORD|veroordeling in 2023 voor slagen en verwondingen, werkstraf van 60 uur⟧
Besluit: niet weerhouden voor de functie bewakingsagent (wet private veiligheid); dossier sluiten.""",
    },
    {
        "kind": "hr",
        "text": "Laserveiligheid: in het optisch lab mogen klasse 4 lasers alleen bediend worden door medewerkers met de interne laserinstructie. Draag altijd de veiligheidsbril die bij de golflengte hoort en zet de interlock niet uit, ook niet even voor uitlijning.",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Klinisch onderzoek uitbesteden? Ons onderzoekscentrum in Leiden voert fase I- tot IIIb-studies uit met een eigen proefpersonendatabase, een 60-bedden kliniek en een apotheek voor bereiding van onderzoeksmedicatie. Van protocolreview tot eindrapport.",
    },
    {
        "kind": "marketing",
        "text": """"Door ⟦HEALTH_DATA|mijn reuma⟧ kon ik soms geen theekopje vasthouden. In het onderzoek kreeg ik een nieuw middel en nu fiets ik weer naar mijn werk." - ⟦PERSON|Greetje Holwerda⟧, deelneemster uit Leeuwarden""",
    },
    {
        "kind": "marketing",
        "text": "Kom naar onze stand 214 op de vakbeurs voor precisietechnologie in Veldhoven: we laten een vacuümcompatibele lineaire motor zien met nanometerpositionering, en geven elke middag een lezing over thermische stabiliteit van optische frames.",
    },
    {
        "kind": "marketing",
        "text": """Even voorstellen: ⟦PERSON|Roos Wijnbergen⟧, teamleider yield engineering
⟦PERSON|Roos⟧ werkt zes jaar bij ons en haalde vorig jaar met haar team 3 % extra opbrengst uit de 300 mm-lijn. Ze is ⟦SEX_LIFE_ORIENTATION|lesbisch⟧, zit in het bestuur van ons Pride-netwerk en loopt in augustus weer mee op de boot in de Canal Parade.""",
    },
    {
        "kind": "marketing",
        "text": "Gezonde vrijwilligers gezocht! Ben je tussen de 18 en 55 jaar, rook je niet en heb je tijd voor twee verblijven van drie nachten? Doe mee aan onderzoek naar een nieuw middel tegen migraine en ontvang een vergoeding.",
    },
    {
        "kind": "marketing",
        "text": "Nieuwsbrief vakbond, sector chemie: het eindbod van de werkgevers in de cao-onderhandelingen is door de leden afgewezen. We vragen 5 % loonsverhoging en een regeling voor zwaar werk voor ploegendienstmedewerkers. Volgende week ledenvergaderingen in Geleen, Delfzijl en Rotterdam.",
    },
    {
        "kind": "marketing",
        "text": """BBL'er aan het woord: "Ik begon als schoonmaker in de fabriek en nu sta ik zelf aan de reactor." - ⟦PERSON|Jeffrey Tjon-A-Fong⟧, procesoperator in opleiding. Word jij onze nieuwe collega? Solliciteer voor 1 juli.""",
    },
    {
        "kind": "marketing",
        "text": """Sportlab Arnhem - prestatietesten voor teams en individuele sporters: inspanningstest met ademgasanalyse, lactaatprofiel en bewegingsanalyse. "Met het lactaatprofiel konden we de trainingszones eindelijk goed instellen," aldus wielercoach ⟦PERSON|Arjen Bruinsma⟧. Teamkorting vanaf vijf sporters.""",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": """Wat doet een METC?

Een medisch-ethische toetsingscommissie (METC) beoordeelt of medisch-wetenschappelijk onderzoek met mensen aanvaardbaar is. De commissie kijkt naar de wetenschappelijke kwaliteit, de verhouding tussen belasting en risico voor deelnemers en het verwachte nut, de proefpersoneninformatie en de verzekering. Pas na een positief besluit mag het onderzoek starten. Wijzigingen die de veiligheid of de rechten van deelnemers raken, moeten opnieuw worden voorgelegd. Ook moet de onderzoeker ernstige ongewenste voorvallen binnen vaste termijnen melden.""",
    },
]
