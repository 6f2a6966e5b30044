"""Hand-written Dutch texts of the held-out split fresh26: rechtbanken, reclassering, UWV, Belastingdienst en Slachtofferhulp."""

TEXTS: list[dict[str, str]] = [
    {"kind": "support", "text": "Hoi, tot hoe laat is de griffie van de rechtbank telefonisch bereikbaar?"},
    {
        "kind": "support",
        "text": 'Vat samen voor de reclassering: "Ik ben ⟦PERSON|Sjoerd Kleinhesselink⟧, BSN ⟦NL_BSN|6572.96.909⟧. Ik kan de werkstraf niet doen omdat ik ⟦HEALTH_DATA|een hernia⟧ heb. Bel me op ⟦PHONE_NUMBER|06 41827395⟧."',
    },
    {
        "kind": "support",
        "text": "[08:50] burger: ik heb mijn fiets gevonden op Marktplaats, moet ik aangifte doen of naar het gevonden-voorwerpenloket?\n[08:51] medewerker: Doe aangifte, de politie kan dan meekijken.",
    },
    {
        "kind": "support",
        "text": "Vertaal naar het Engels: mevrouw ⟦PERSON|Anouk Dijkgraaf-Mensah⟧ (BSN ⟦NL_BSN|791687727⟧) vraagt een toeslag aan. Rekening ⟦IBAN_CODE|NL40 UUYB 9496 8487 30⟧, adres ⟦STREET_ADDRESS|Vlierboomstraat 112, 2564 JL Den Haag⟧.",
    },
    {
        "kind": "support",
        "text": "Hoe vraag ik een Verklaring Omtrent het Gedrag aan voor vrijwilligerswerk bij een sportclub?",
    },
    {
        "kind": "support",
        "text": "Het Juridisch Loket geeft gratis advies over huur, werk, schulden en uitkeringen. U kunt bellen, chatten of langskomen.",
    },
    {
        "kind": "support",
        "text": "Mijn broer ⟦PERSON|Rutger Haverkamp⟧ zit in de PI Zwolle en ⟦CRIMINAL_RECORD|is veroordeeld voor witwassen⟧. Mag ik hem boeken meesturen voor zijn opleiding?",
    },
    {
        "kind": "support",
        "text": "Wanneer krijg ik mijn stempas voor de gemeenteraadsverkiezingen? Ik ben net verhuisd.",
    },
    {
        "kind": "hr",
        "text": "CV – ⟦PERSON|Femke Oudshoorn⟧\n⟦EMAIL_ADDRESS|femke.oudshoorn@postvak.nl⟧\nGeboortedatum: ⟦DATE_OF_BIRTH|29-08-1992⟧\nJeugdbeschermer, Jeugdbescherming Regio Utrecht (2019–heden)\nHBO Social Work\nLid van ⟦TRADE_UNION_MEMBERSHIP|FNV Zorg & Welzijn⟧",
    },
    {
        "kind": "hr",
        "text": "Vacature: gerechtsbode bij de rechtbank Gelderland, 32 uur. Je zorgt voor orde in de zittingszaal en begeleidt verdachten en getuigen.",
    },
    {
        "kind": "hr",
        "text": "Vertrouwelijk: ⟦PERSON|Marnix Terpstra⟧, klantmanager UWV, heeft ⟦HEALTH_DATA|diabetes type 1⟧ en vraagt pauzes voor zijn insuline.",
    },
    {
        "kind": "hr",
        "text": "Notulen teamoverleg Belastingdienst Heerlen, 4 juni\nAanwezig: ⟦PERSON|Ingrid Vossebeld⟧, ⟦PERSON|Jurriaan Brouwer-Ekinci⟧\n1. Werkvoorraad bezwaren\n2. Thuiswerkbeleid",
    },
    {
        "kind": "hr",
        "text": "Herinnering: alle medewerkers van de Raad voor de Kinderbescherming volgen dit jaar de training meldcode huiselijk geweld.",
    },
    {
        "kind": "hr",
        "text": "Collega in beeld: ⟦PERSON|Gerrit Oudejans-Plomp⟧ werkt al 15 jaar als penitentiair inrichtingswerker. Hij fietst elke dag 20 km naar de PI.",
    },
    {
        "kind": "hr",
        "text": "⟦PERSON|Lotte Verhagen⟧ van het kadaster vertelde in haar verzuimgesprek dat ze ⟦HEALTH_DATA|in verwachting⟧ is en ⟦GENETIC_DATA|drager van het BRCA1-gen⟧ blijkt.",
    },
    {
        "kind": "hr",
        "text": "Functieprofiel: jurist bij Slachtofferhulp Nederland. Je adviseert slachtoffers over schadevergoeding en spreekrecht in strafzaken.",
    },
    {
        "kind": "marketing",
        "text": "Slachtofferhulp: na een misdrijf of verkeersongeluk staan wij voor je klaar. Gratis en vertrouwelijk.",
    },
    {
        "kind": "marketing",
        "text": '"De schuldhulpverlening heeft mijn leven gered." – ⟦PERSON|Wietske Bosgraaf⟧, Leeuwarden',
    },
    {
        "kind": "marketing",
        "text": "Nieuw: MijnUWV-app. Geef wijzigingen door, bekijk je betalingen en chat met een adviseur.",
    },
    {
        "kind": "marketing",
        "text": "Nieuwsbrief reclassering: resultaten van het programma Werk na detentie en een interview met een rechter over taakstraffen.",
    },
    {
        "kind": "marketing",
        "text": "Ervaringsverhaal (concept): ⟦PERSON|Jamal Hoogendoorn⟧, ⟦SEX_LIFE_ORIENTATION|homo⟧ en ⟦RELIGIOUS_BELIEF|moslim⟧, vertelt hoe het Juridisch Loket hem hielp na discriminatie op zijn werk.",
    },
    {
        "kind": "marketing",
        "text": "Belastingaangifte doen? Kom naar de gratis invulhulp in de bibliotheek, elke woensdagmiddag in april.",
    },
    {
        "kind": "marketing",
        "text": "Word vrijwilliger bij Bureau Slachtofferhulp: je krijgt een training van zes dagdelen en begeleiding door een coördinator.",
    },
    {
        "kind": "marketing",
        "text": "Ambassadeur van de maand: ⟦PERSON|Dirkje Scholtens⟧, ⟦POLITICAL_OPINION|SP-raadslid⟧, zet zich in voor eerlijke toeslagen.",
    },
    {
        "kind": "docs",
        "text": "Digitaal procederen: advocaten dienen processtukken in via het portaal Mijn Rechtspraak. Bestanden mogen maximaal 250 MB zijn en moeten doorzoekbare PDF's zijn. Inloggen gaat met eHerkenning of de advocatenpas.",
    },
    {
        "kind": "support",
        "text": "Kan ⟦PERSON|Tjitske Hoekstra-Amrani⟧ haar bezoek aan de PI verzetten? Bereikbaar via ⟦EMAIL_ADDRESS|tjitske.ha@mailbus.nl⟧.",
    },
]
