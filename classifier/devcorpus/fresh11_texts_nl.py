"""Hand-written Dutch texts of the ``fresh11`` split: prompts with pasted forms, chats, minutes and letters."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Schrijf een nette reactie namens het deurwaarderskantoor, bied een betalingsregeling aan (dossier 2026-DW-0815):\n\n"
        "> Geachte heer/mevrouw,\n> Ik heb uw brief gekregen over de achterstand bij de zorgverzekeraar. Ik ben sinds januari "
        "⟦HEALTH_DATA|opgenomen in een GGZ-kliniek⟧ en kon niks regelen.\n"
        "> Ik kan €50 per maand betalen vanaf ⟦IBAN_CODE|NL54 GBOJ 4091 2733 58⟧.\n"
        "> Met vriendelijke groet,\n> ⟦PERSON|Jeroen Vlasblom⟧\n> ⟦STREET_ADDRESS|Zwanenveld 61-22, 6538 RJ Nijmegen⟧",
    },
    {
        "kind": "support",
        "text": "Leg in jip-en-janneketaal uit wat beslag op loon betekent en wat de beslagvrije voet is. Max 6 zinnen.",
    },
    {
        "kind": "support",
        "text": "Maak een aanvraagformulier op van deze mail voor een gebarentolk:\n"
        '"Dag, mijn naam is ⟦PERSON|Annelies Verstraeten⟧, ik ben ⟦HEALTH_DATA|doof⟧ en heb op 18 maart om 10u een oudercontact op '
        "de school van mijn dochter (Sint-Lutgardis, Gent). Graag een tolk VGT. Rijksregisternr. ⟦BE_NATIONAL_NUMBER|01.09.12-561.65⟧ "
        'voor het VAPH-dossier. Mvg"',
    },
    {
        "kind": "support",
        "text": "wat is het verschil tussen een tolk NGT en een schrijftolk? kort antwoord voor de website aub",
    },
    {
        "kind": "support",
        "text": "Vat dit WhatsApp-gesprek samen voor het secretariaat van het burgerberaad:\n"
        "[14-10-2026 20:11] ⟦PERSON|Soufiane El Khattabi⟧: hoi, ik zit in het burgerberaad klimaat maar mijn bus rijdt za niet\n"
        "[14-10-2026 20:12] ⟦PERSON|Soufiane El Khattabi⟧: kan ik taxi declareren? ik woon in ⟦STREET_ADDRESS|Kerkstraat 9, 9041 Oostakker⟧\n"
        "[14-10-2026 20:30] Secretariaat Burgerberaad: Hoi ⟦PERSON|Soufiane⟧, ja, taxi tot €40 met bonnetje\n"
        "[14-10-2026 20:31] ⟦PERSON|Soufiane El Khattabi⟧: top merci",
    },
    {
        "kind": "support",
        "text": "Antwoord aan ⟦PERSON|mevr. Gerritsen-Oosterhuis⟧ (⟦EMAIL_ADDRESS|gerritsen.oosterhuis@ziggo.nl⟧): de aangifte IB 2025 is ingediend op 28-03, kenmerk AK-55129, verwachte teruggave binnen 3 maanden.",
    },
    {
        "kind": "support",
        "text": "Haal de gegevens eruit als JSON (naam, bsn, vraag):\n"
        '"Beste ⟦PERSON|Dirk-Jan⟧, hierbij mijn jaaropgaven. BSN ⟦NL_BSN|842610777⟧. Ik heb vorig jaar veel kosten gehad voor '
        '⟦HEALTH_DATA|IVF-behandelingen⟧, zijn die aftrekbaar als specifieke zorgkosten? Groet, ⟦PERSON|Marloes Tjeenk⟧"',
    },
    {
        "kind": "support",
        "text": "Klant vraagt of de box 3-rekenrente voor 2025 al bekend is. Geef een kort antwoord en verwijs naar de Belastingdienst.",
    },
    # -- hr ------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Maak een net verslag van het casusoverleg van het gemeentelijk jeugdteam (namen jongeren -> initialen):\n"
        "Aanwezig: ⟦PERSON|Femke Zwanenburg⟧ (gedragswetenschapper), ⟦PERSON|Bilal Oudshoorn⟧ (jeugdconsulent), ⟦PERSON|Ilse Koopmanschap⟧ (GGD)\n"
        "Casus 1: ⟦PERSON|Jayden Brouwer⟧, 14 jr, ⟦HEALTH_DATA|ADHD en autisme⟧, schoolverzuim 40 %. Besluit: indicatie dagbehandeling.\n"
        "Casus 2: ⟦PERSON|Noa Pinas⟧, 16 jr, ⟦CRIMINAL_RECORD|HALT-traject na winkeldiefstal⟧ afgerond. Afsluiten.\n"
        "Overig: ⟦PERSON|Bilal⟧ wordt aandachtsfunctionaris meldcode.",
    },
    {
        "kind": "hr",
        "text": "Schrijf een vacaturetekst: jeugdconsulent (32-36 uur), gemeente Leiden, SKJ-registratie verplicht, schaal 10. Max 100 woorden.",
    },
    {
        "kind": "hr",
        "text": "Controleer dit personeelsformulier gebarentolk, wat ontbreekt?\n"
        "Naam: ⟦PERSON|Wouter Degrijse⟧\n"
        "BSN: ⟦NL_BSN|5658.54.331⟧\n"
        "Geboortedatum: ⟦DATE_OF_BIRTH|22-11-1987⟧\n"
        "IBAN: ⟦IBAN_CODE|BE86 7733 0856 9039⟧ (woont in Brugge)\n"
        "Registratie: RTGS nr. 10483\n"
        "Vakbond: ⟦TRADE_UNION_MEMBERSHIP|lid ABVV⟧",
    },
    {
        "kind": "hr",
        "text": "Herschrijf deze notitie van de teamleider neutraal, het gaat in het personeelsdossier:\n"
        "\"⟦PERSON|Ilse⟧ is vaak afwezig, ze heeft ⟦HEALTH_DATA|MS⟧ en dat wordt erger. Ze is ook ⟦RELIGIOUS_BELIEF|Jehova's getuige⟧ "
        'en wil niet mee naar de kerstborrel."',
    },
    {
        "kind": "hr",
        "text": "Zet dit rooster van de deurwaarders buitendienst om in een tabel: ma Noord (⟦PERSON|Thijs Hoekstra⟧); di Centrum "
        "(⟦PERSON|Naima Bouzerda⟧); wo Zuid + Oost (⟦PERSON|Thijs⟧ en ⟦PERSON|Naima⟧); do kantoor; vr Noord.",
    },
    {
        "kind": "hr",
        "text": "Notulen burgerberaad-secretariaat, wil je ze inkorten?\n"
        "- loting ronde 2: 3.000 brieven, 412 aanmeldingen\n- gespreksleiders: 8 ingehuurd via bureau\n"
        "- vergoeding deelnemers €60 per dag + reiskosten\n- volgende vergadering 9 november",
    },
    {
        "kind": "hr",
        "text": 'Vertaal naar het Engels voor onze auditor: "Deurwaarder ⟦PERSON|Hendrik Van Acker⟧ is geschorst na een '
        '⟦CRIMINAL_RECORD|veroordeling voor verduistering⟧ van derdengelden."',
    },
    {
        "kind": "hr",
        "text": "Geef me een checklist voor de eerste werkdag van een nieuwe jeugdconsulent (laptop, VOG, meldcode-training, buddy).",
    },
    # -- marketing -----------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Schrijf een LinkedIn-post voor ons tolkenbureau: 22 tolken Vlaamse Gebarentaal en NGT, ook op afstand, in ziekenhuizen, "
        "rechtbanken en op school. Geen superlatieven.",
    },
    {
        "kind": "marketing",
        "text": "Maak van dit citaat een korte quote voor de jaarfolder van het burgerberaad (toestemming gegeven):\n"
        '"Ik ben ⟦PERSON|Hatice Demirkol⟧, 52, schoonmaakster. Ik ben ⟦POLITICAL_OPINION|nooit gaan stemmen omdat ik alle partijen '
        'wantrouw⟧, maar hier werd ik wél gehoord."',
    },
    {
        "kind": "marketing",
        "text": "Nieuwsbrief belastingadvieskantoor: de deadline voor de aangifte is 1 mei, wij doen het voor €95 (particulieren), "
        "afspraak via de website. Drie varianten van de aanhef.",
    },
    {
        "kind": "marketing",
        "text": "Verbeter dit verhaal voor de campagne van het jeugdteam, mag anoniemer:\n"
        '"⟦PERSON|Kevin Maes⟧ (17) uit Sint-Amandsberg was ⟦HEALTH_DATA|verslaafd aan cannabis⟧ en zat thuis. Met hulp van zijn '
        'jeugdconsulent doet hij nu een opleiding tot kok."',
    },
    {
        "kind": "marketing",
        "text": "Bedenk 4 slogans voor de gemeentelijke campagne 'Praat erover' over mentale gezondheid bij jongeren. Doelgroep 12-18.",
    },
    {
        "kind": "marketing",
        "text": 'Persbericht nakijken: "Tolk ⟦PERSON|Lotte Van den Broeck⟧, zelf ⟦HEALTH_DATA|slechthorend⟧ en ⟦SEX_LIFE_ORIENTATION|biseksueel⟧, '
        'tolkt dit jaar voor het eerst op de Gentse Pride."',
    },
    {
        "kind": "marketing",
        "text": "Folder deurwaarderskantoor: 'Schulden? Neem op tijd contact op, wij denken mee over een regeling.' Maak er 60 woorden van.",
    },
    {
        "kind": "marketing",
        "text": "Tekst voor de website: ons dialysevervoer rijdt in heel Oost-Vlaanderen, ook op zondag, met rolstoelbus. "
        "Ritten aanvragen tot 16u de dag ervoor.",
    },
    # -- docs ----------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Een embeddingmodel zet tekst om in een vector, zodat zinnen met dezelfde betekenis dicht bij elkaar liggen. Voor "
        "zoeken in Nederlandse documenten werken meertalige modellen vaak beter dan Engelse modellen met vertaling vooraf. Let op de "
        "maximale invoerlengte: bij 512 tokens wordt de rest van een lang document afgekapt, dus knip teksten in stukken van een "
        "paar alinea's met wat overlap.",
    },
]
