"""Hand-written Dutch texts of the ``fresh12`` split: bemanningsbureau, dierenverzekering, sporthal, bibliotheek en arbeidsinspectie."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "kun je dit vriendelijker maken? 'uw declaratie DV-2026-30118 is afgewezen want de factuur van de dierenarts ontbreekt'",
    },
    {
        "kind": "support",
        "text": "Vat deze schademelding samen voor de behandelaar:\nLid autodelen: ⟦PERSON|Thijmen Verhoeckx⟧, BSN ⟦NL_BSN|731624191⟧\n"
        "Tel: ⟦PHONE_NUMBER|06-41873320⟧\nAdres: ⟦STREET_ADDRESS|Zwaanshals 118, 3035 KS Rotterdam⟧\n"
        "Toedracht: bij het inparkeren tegen een paaltje, bumper achter beschadigd. Geen letsel. Rit AD-55921.",
    },
    {
        "kind": "support",
        "text": "Transcriptie spraakassistent, haal de reservering eruit:\nGEBRUIKER: ja hoi ik wil de gymzaal aan de Beukelsweg huren voor badminton\n"
        "ASSISTENT: Op welke dag en hoe laat?\nGEBRUIKER: elke dinsdag van acht tot tien, vanaf januari\nASSISTENT: Dat kan, zaal 2. Op welke vereniging?\nGEBRUIKER: BC De Shuttle",
    },
    {
        "kind": "support",
        "text": "Van: ⟦PERSON|Femke Oudshoorn-Bakker⟧ <⟦EMAIL_ADDRESS|femke.oudshoorn@ziggo.nl⟧>\nOnderwerp: Re: kuur Valkenburg\n\n"
        "Hallo, mijn reumatoloog heeft de thermale kuur voorgeschreven vanwege mijn ⟦HEALTH_DATA|reumatoïde artritis⟧. Ik gebruik ⟦HEALTH_DATA|methotrexaat⟧, "
        "is het warme bad dan veilig? Aanbetaling graag terug op ⟦IBAN_CODE|NL37 NUDI 2668 5002 96⟧.\nGroet, ⟦PERSON|Femke⟧\n\n"
        "Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de afzender te informeren.",
    },
    {
        "kind": "support",
        "text": "Klachtenformulier bibliotheek, categoriseer (boetes / collectie / personeel / ruimte): 'Al drie weken staat het boek op reserveren, "
        "niemand laat iets weten. Pasnummer 2100 4471 8823.'",
    },
    {
        "kind": "support",
        "text": "Cardiale telemonitoring: schrijf een terugbelnotitie. Dhr. ⟦PERSON|Henk Blaauwbroek⟧ belde, pleister laat los, heeft sinds zijn "
        "⟦HEALTH_DATA|hartinfarct⟧ een ⟦HEALTH_DATA|ICD⟧. Terugbellen op ⟦PHONE_NUMBER|+31 6 2894 1157⟧.",
    },
    {
        "kind": "support",
        "text": "Bergredding (NKBV-melding), maak er een net verslag van: klimmer ⟦PERSON|Ruben Tjon-A-Kiem⟧, geb. ⟦DATE_OF_BIRTH|03-03-1993⟧, "
        "gevallen in de Dolomieten, ⟦HEALTH_DATA|polsbreuk⟧, door Italiaanse redding afgevoerd naar Bolzano. Partner ⟦PERSON|Sanne Wijnhoven⟧ belt voor repatriëring.",
    },
    {
        "kind": "support",
        "text": "wijntour Moezel 14 juni, kan mijn hond mee? boeking WT-NL-2207",
    },
    {
        "kind": "support",
        "text": "Belgische klant, Rijksregisternummer klopt dat formaat? '⟦PERSON|Jens Vanhoutte⟧, RRN ⟦BE_NATIONAL_NUMBER|02.01.17-450.88⟧, "
        "declaratie voor kat Mimi, operatie 480 euro.' Antwoord kort.",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Bemanningsrooster MS Waddenzee als Markdown-tabel:\nKapitein – ⟦PERSON|Gerrit Zwanenburg⟧ – aan boord 2/1\n"
        "Stuurman – ⟦PERSON|Rolando Macapagal⟧ – aan boord 2/1\nMatroos – ⟦PERSON|Dariusz Pietrasik⟧ – aan boord 9/1, ⟦HEALTH_DATA|zeeziekte-medicatie⟧ bij zich",
    },
    {
        "kind": "hr",
        "text": "Personeelsformulier seizoenskracht skischool:\nNaam: ⟦PERSON|Lotte Hazenberg⟧\nBSN: ⟦NL_BSN|6544.20.701⟧\nIBAN: ⟦IBAN_CODE|NL58 JENI 9275 8309 87⟧\n"
        "Vakbond: ⟦TRADE_UNION_MEMBERSHIP|lid FNV⟧\nBijzonderheden: ⟦HEALTH_DATA|coeliakie⟧, glutenvrij eten in het personeelshuis",
    },
    {
        "kind": "hr",
        "text": "Samenvatting inspectiebezoek Nederlandse Arbeidsinspectie bij de wijnimporteur: geen RI&E, te lange werktijden in het magazijn, "
        "heftruckcertificaten ontbreken bij 2 medewerkers. Hercontrole over 6 weken.",
    },
    {
        "kind": "hr",
        "text": "Kwaliteitsbeoordeling callcenter, herschrijf coachend:\nMedewerker ⟦PERSON|Soufiane Ouazzani Touhami⟧, 62/100. Klant niet geverifieerd. "
        "Vertelde de klant dat hij ⟦POLITICAL_OPINION|op de PVV stemt⟧ — hoort niet in een gesprek.",
    },
    {
        "kind": "hr",
        "text": "Vacaturetekst bibliotheekmedewerker, 24 uur, zaterdagdiensten, affiniteit met digitale geletterdheid. Maak hem korter.",
    },
    {
        "kind": "hr",
        "text": "Dagkliniek psychiatrie: patiënt ⟦PERSON|Mirjam Schouwenaar⟧ wil haar groepstherapie verzetten naar donderdag vanwege "
        "⟦HEALTH_DATA|bipolaire stoornis⟧-controle bij de psychiater. Schrijf een bevestigingsmail.",
    },
    {
        "kind": "hr",
        "text": "Mag dit in het dossier? 'Sollicitant ⟦PERSON|Kevin Doornbosch⟧ heeft ⟦CRIMINAL_RECORD|een veroordeling voor diefstal (2020)⟧, VOG geweigerd.'",
    },
    {
        "kind": "hr",
        "text": "Vertaal naar het Engels voor de rederij: 'Alle bemanningsleden hebben een geldige medische keuring, aflossing in Vlissingen op de 12e.'",
    },
    # -- marketing ---------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Pushbericht (max 50 tekens): sporthal online boeken, nu ook voor losse uren.",
    },
    {
        "kind": "marketing",
        "text": "A/B-varianten voor de kuurpagina:\nA: 'Voorgeschreven kuren bij reuma en huidklachten, vergoed door veel aanvullende verzekeringen.'\nB: 'Uw arts schreef een kuur voor? Wij regelen de rest.'",
    },
    {
        "kind": "marketing",
        "text": "Review inkorten: 'Top skischool! Mijn zoon ⟦PERSON|Daan Kortekaas⟧ heeft ⟦HEALTH_DATA|diabetes type 1⟧ en de leraar checkte elke pauze zijn sensor. "
        "– ⟦PERSON|Ilse Kortekaas⟧'",
    },
    {
        "kind": "marketing",
        "text": "Nieuwsbrief parochie huwelijksvoorbereiding: 'Dank aan ⟦PERSON|Marco Vrolijk⟧ en ⟦PERSON|Priscilla Lopes⟧…' – nee wacht, schrijf alleen: cursus start 7 februari, "
        "vier avonden, opgeven via het secretariaat.",
    },
    {
        "kind": "marketing",
        "text": "Klantverhaal dierenverzekering: 'Toen onze kater Siem een blaasoperatie nodig had, was alles binnen een week vergoed. – ⟦PERSON|Wouter van Leeuwaarden⟧, "
        "⟦EMAIL_ADDRESS|w.vanleeuwaarden@kpnmail.nl⟧' Mag dit zo op de site?",
    },
    {
        "kind": "marketing",
        "text": "Instagram-tekst voor de bibliotheek: 'Onze vrijwilliger ⟦PERSON|Mohamed Amrani⟧ leest elke woensdag voor in het Arabisch en Tamazight; "
        "als ⟦ETHNIC_ORIGIN|Riffijn⟧ en ⟦RELIGIOUS_BELIEF|praktiserend moslim⟧ vindt hij het belangrijk…' – is dit niet te persoonlijk?",
    },
    {
        "kind": "marketing",
        "text": "Drie onderwerpregels voor de wijntour-mailing: Moezel, Elzas en Rioja, vroegboekkorting tot 31 januari.",
    },
    {
        "kind": "marketing",
        "text": "Persbericht telemonitoring herschrijven: 'Dankzij thuismonitoring ziet de cardioloog ritmestoornissen eerder. Bij ⟦PERSON|Gijs Terpstra⟧ (54) bevestigde een DNA-test daarna een ⟦GENETIC_DATA|KCNH2-genvariant⟧ voor het lange-QT-syndroom.'",
    },
    # -- docs --------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Bij het evalueren van een taalmodel is een vaste testset essentieel: wie op dezelfde voorbeelden blijft bijsturen, meet uiteindelijk "
        "hoe goed het model die voorbeelden kent en niet hoe goed het generaliseert. Houd daarom een deel van de data apart dat niemand inziet.",
    },
]
