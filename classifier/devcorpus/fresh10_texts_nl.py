"""Hand-written Dutch texts of the ``fresh10`` split: prompts as services send them to a model, material pasted in."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Vat het reisbijstandsdossier samen: ⟦PERSON|Sietske Hoogeveen-Bakx⟧ ligt in Kreta in het ziekenhuis met "
        "⟦HEALTH_DATA|nierstenen⟧, BSN ⟦NL_BSN|187903244⟧. Polis ReisZeker 88120. Partner bereikbaar op ⟦PHONE_NUMBER|06 4127 9035⟧.",
    },
    {
        "kind": "support",
        "text": "Klant vraagt of bellen vanuit Turkije in de bundel zit. Geef een kort antwoord (nee, buiten EU, € 1,50/min).",
    },
    {
        "kind": "support",
        "text": "zet deze voicemail om in tekst eh ja hallo met ⟦PERSON|dirk-jan van wezel⟧ over de verhuizing naar de "
        "⟦STREET_ADDRESS|Oudegracht 212⟧ de piano moet via de gevel dus graag een lift regelen ja doei",
    },
    {
        "kind": "support",
        "text": "Schrijf een reactie op ticket STU-4471 van ⟦PERSON|Jesse Wouterse⟧: wasmachine in complex De Uithof defect, monteur komt woensdag.",
    },
    {
        "kind": "support",
        "text": "Haal de velden uit deze OCR-scan (pandjeshuis):\nPAND-\nBEWIJS 2026-0931\nNaam: ⟦PERSON|Marloes Tjoe-A-Kwie⟧\n"
        "BSN: ⟦NL_BSN|361524791⟧\nIBAN: ⟦IBAN_CODE|NL28 RABO 0318 4529 76⟧\nOnderpand: laptop, 14 inch",
    },
    {
        "kind": "support",
        "text": "Schouwburg kassa: meneer ⟦PERSON|Rutger Kleiboer⟧ is ⟦HEALTH_DATA|doof⟧ en vraagt of de voorstelling van 20 "
        "maart met tolk NGT is. Antwoord opstellen.",
    },
    {
        "kind": "support",
        "text": "Hoe lang duurt de analyse van een DNA-kit gemiddeld? Antwoord voor de FAQ, 2 zinnen.",
    },
    {
        "kind": "support",
        "text": "Vertaal naar het Engels: Goedendag, ik ben ⟦PERSON|Anouk Vermeulen-Diallo⟧ uit Gent, rijksregisternummer "
        "⟦BE_NATIONAL_NUMBER|93022211726⟧, ik wil een grafconcessie verlengen. Mail: ⟦EMAIL_ADDRESS|anouk.vd@telenet.be⟧",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Vacaturetekst: verhuizer met rijbewijs C, Utrecht, 38 uur, cao Beroepsgoederenvervoer.",
    },
    {
        "kind": "hr",
        "text": "Maak een nette notitie: vrijwilliger hospice ⟦PERSON|Gerben Dijkstra⟧ stopt tijdelijk, hij krijgt "
        "⟦HEALTH_DATA|bestraling⟧ voor ⟦HEALTH_DATA|prostaatkanker⟧. Coördinator ⟦PERSON|Ineke⟧ neemt zijn diensten over.",
    },
    {
        "kind": "hr",
        "text": "Controleer dit cv:\n⟦PERSON|Yusuf Karataş⟧, ⟦EMAIL_ADDRESS|y.karatas1991@ziggo.nl⟧\nKassamedewerker theater 2019-2025\n"
        "Lid ⟦TRADE_UNION_MEMBERSHIP|FNV⟧, kaderlid\nVrij op ⟦RELIGIOUS_BELIEF|Suikerfeest⟧",
    },
    {
        "kind": "hr",
        "text": "Notulen teamoverleg avondschool 12 november: rooster tweede periode vastgesteld, nieuwe docent Engels per 1 januari.",
    },
    {
        "kind": "hr",
        "text": "Rapportage reclasseringsproject: ⟦PERSON|Kevin Boelhouwer⟧, veroordeeld voor ⟦CRIMINAL_RECORD|witwassen⟧, "
        "werkstraf 80 uur afgerond. Samenvatten voor de opdrachtgever.",
    },
    {
        "kind": "hr",
        "text": "Vrijwilligersadministratie hulplijn: ⟦PERSON|Sem⟧ wil als ⟦SEX_LIFE_ORIENTATION|homo⟧ jongen gekoppeld "
        "worden aan jongere bellers uit de Bible Belt. Ficheveld bijwerken.",
    },
    {
        "kind": "hr",
        "text": "Herschrijf vriendelijker: 'Declaraties na de 25e worden pas volgende maand uitbetaald.'",
    },
    {
        "kind": "hr",
        "text": "Schrijf een korte instructie voor nieuwe medewerkers van de beursorganisatie: badge ophalen bij hal 1.",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Campagnefolder inkorten: 'Ik ben ⟦PERSON|Femke Oosterhuis⟧, lijsttrekker ⟦POLITICAL_OPINION|GroenLinks-PvdA⟧ in "
        "Zeist.' Max 40 woorden.",
    },
    {
        "kind": "marketing",
        "text": "Drie slogans voor studentenhuisvester KamerVrij: 'jouw eerste eigen plek', betaalbaar, dicht bij de campus.",
    },
    {
        "kind": "marketing",
        "text": "Review plaatsen: 'Top verhuizers! Alles heel aangekomen in Amersfoort. Groet, ⟦PERSON|Wilma Brouwer-Ketel⟧'",
    },
    {
        "kind": "marketing",
        "text": "Klantverhaal DNA-test: ⟦PERSON|Roy Kromodimedjo⟧ ontdekte zijn ⟦ETHNIC_ORIGIN|Javaans-Surinaamse⟧ roots. "
        "Herschrijf tot 90 woorden.",
    },
    {
        "kind": "marketing",
        "text": "Nieuwsbrief schoolkantine: vanaf maart elke dag een vegetarische optie en minder suiker in de toetjes.",
    },
    {
        "kind": "marketing",
        "text": "Social post vakbeurs TechnoFair Jaarbeurs: 300 standhouders, gratis parkeren voor exposanten.",
    },
    {
        "kind": "marketing",
        "text": "Onze reisverzekering dekt ook zwangerschap tot 32 weken. Schrijf een korte, geruststellende tekst.",
    },
    {
        "kind": "marketing",
        "text": "Visvergunning 2026: schrijf een mailing dat de VISpas vanaf 1 december online te verlengen is.",
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Een grafrecht geeft het recht om een overledene in een bepaald graf te begraven of te laten begraven. "
        "Het wordt verleend voor minimaal tien jaar en kan daarna worden verlengd. De rechthebbende ontvangt "
        "voor het einde van de termijn een bericht van de gemeente.",
    },
]
