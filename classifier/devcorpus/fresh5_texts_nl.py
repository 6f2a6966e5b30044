"""Hand-written Dutch texts of the ``fresh5`` split: prompts as services send them to a model, material pasted in."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Vat deze klantmail samen in één zin:\n\nGoedemiddag, bestelling 5520918 is nog steeds niet "
        "bezorgd, PostNL zegt dat het pakket bij het sorteercentrum ligt. Met vriendelijke groet\n⟦PERSON|Anouk Willems⟧",
    },
    {
        "kind": "support",
        "text": "Schrijf een vriendelijk antwoord en bied een terugbelafspraak aan:\n\n"
        "Van: ⟦PERSON|Henk de Vries⟧ <⟦EMAIL_ADDRESS|henkdevries@ziggo.nl⟧>\nOnderwerp: storing\n\n"
        "Al drie dagen geen internet op ⟦STREET_ADDRESS|Kerkstraat 27, 3581 RB Utrecht⟧. Bel me op "
        "⟦PHONE_NUMBER|06 41 82 90 37⟧.",
    },
    {
        "kind": "support",
        "text": "Haal de velden als JSON uit dit gescande formulier (naam, bsn, geboortedatum, iban):\n\n"
        "AANVRAAG T0ESLAG\nNaam: ⟦PERSON|Lotte Verbeek⟧\nBSN: ⟦NL_BSN|988055193⟧\nGeboortedatum: "
        "⟦DATE_OF_BIRTH|08-11-1992⟧\nIBAN: ⟦IBAN_CODE|NL07 MSXE 8581 6358 17⟧\nHandteken1ng: ____",
    },
    {
        "kind": "support",
        "text": "Vertaal naar het Engels: „De monteur komt dinsdag tussen 8 en 12 uur voor het vervangen van "
        "de cv-ketel, referentie WO-77120.”",
    },
    {
        "kind": "support",
        "text": "Maak van dit gesprek een notitie voor het dossier:\n\nMedewerker: Zorgverzekeraar Delta, "
        "met ⟦PERSON|Ilse⟧.\nBeller: Hallo, ⟦PERSON|Mohamed El Amrani⟧ hier. Wordt mijn ⟦HEALTH_DATA|"
        "insulinepomp⟧ vergoed?\nMedewerker: Ja, vanuit de basisverzekering, met een machtiging van de "
        "internist.\nBeller: Top, dank je.",
    },
    {
        "kind": "support",
        "text": "Context:\n- Opzeggen kan maandelijks.\n- De opzegtermijn is 30 dagen.\n- Je krijgt een "
        "bevestiging per e-mail.\n\nVraag: Als ik vandaag opzeg, wanneer is mijn laatste betaling?",
    },
    {
        "kind": "support",
        "text": "Deze Belgische klant schrijft in het Nederlands, antwoord in het Frans voor de collega in "
        "Luik:\n\n„Ik ben ⟦PERSON|Pieter Claes⟧, rijksregisternummer ⟦BE_NATIONAL_NUMBER|02.02.11-192.48⟧. "
        "Mijn kaart is geblokkeerd na drie foute pogingen.”",
    },
    {
        "kind": "support",
        "text": "Herschrijf dit zodat het minder kortaf klinkt: „Uw melding is ontvangen. Wij nemen contact op "
        "indien nodig. Ticketnummer 8120-44.”",
    },
    {
        "kind": "support",
        "text": "Samenvatten graag, dit komt uit het Teams-kanaal:\n\n"
        "[⟦PERSON|Joost⟧] klant uit Gent belt weer over de dubbele afschrijving\n[⟦PERSON|Joost⟧] IBAN ⟦IBAN_CODE|BE90 0186 "
        "3353 4355⟧, factuur 2025-3391\n[⟦PERSON|Eva⟧] storno staat klaar, morgen zichtbaar",
    },
    # -- hr -------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Herschrijf dit beoordelingsverslag constructiever:\n\n⟦PERSON|Lotte Jansen⟧ haalt haar "
        "targets niet sinds haar ⟦HEALTH_DATA|burn-out⟧. Ze is ook ⟦TRADE_UNION_MEMBERSHIP|lid van de FNV⟧ "
        "en stelt veel vragen over de cao.",
    },
    {
        "kind": "hr",
        "text": "Schrijf een vacaturetekst: junior accountmanager, Eindhoven, 32-40 uur, leaseauto, "
        "thuiswerkvergoeding.",
    },
    {
        "kind": "hr",
        "text": "Beoordeel dit cv voor de functie data-analist:\n\n⟦PERSON|Daan Visser⟧\n⟦STREET_ADDRESS|"
        "Oudegracht 112, 3511 AX Utrecht⟧\n⟦PHONE_NUMBER|+31 6 2874 1190⟧ – ⟦EMAIL_ADDRESS|daan.visser@"
        "outlook.com⟧\n2019-heden Data-analist, energiebedrijf\nSQL, Python, Power BI\nMSc Econometrie, "
        "Erasmus Universiteit",
    },
    {
        "kind": "hr",
        "text": "Vat dit re-integratieverslag samen voor de leidinggevende:\n- werknemer ⟦PERSON|Kees "
        "Smit⟧\n- ⟦HEALTH_DATA|hernia⟧, operatie in september\n- bedrijfsarts: opbouw naar 50 % vanaf "
        "januari",
    },
    {
        "kind": "hr",
        "text": "Wat moet er in een VOG-aanvraag voor een leerkracht? Maak een korte uitleg voor nieuwe schoolleiders.",
    },
    {
        "kind": "hr",
        "text": "Is deze notitie na het sollicitatiegesprek in orde? Herschrijf indien nodig:\n\n„⟦PERSON|"
        "Yusuf Demir⟧, goede kandidaat, ⟦RELIGIOUS_BELIEF|moslim⟧, vraagt naar gebedsruimte. Heeft "
        "⟦CRIMINAL_RECORD|een veroordeling voor mishandeling uit 2017⟧.”",
    },
    {
        "kind": "hr",
        "text": "Maak een inwerkschema voor de eerste week van een nieuwe collega bij de klantenservice: "
        "systemen, meeluisteren, eerste eigen gesprekken.",
    },
    {
        "kind": "hr",
        "text": "Vertaal naar het Engels:\n\n„Medewerker ⟦PERSON|Noor van Leeuwen⟧ vraagt zwangerschapsverlof "
        "aan, ze is ⟦HEALTH_DATA|22 weken zwanger⟧.”",
    },
    {
        "kind": "hr",
        "text": "Geef tips voor een goed exitgesprek, puntsgewijs, voor HR-businesspartners.",
    },
    # -- marketing ------------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Schrijf drie onderwerpregels voor de Sinterklaasmail van onze speelgoedwinkel, gratis "
        "verzending vanaf 25 euro.",
    },
    {
        "kind": "marketing",
        "text": "Maak van deze briefing een contentkalender voor LinkedIn (4 weken): B2B software voor "
        "planning van bouwprojecten, doelgroep projectleiders.",
    },
    {
        "kind": "marketing",
        "text": "Personaliseer deze opvolgmail:\n\nContact: ⟦PERSON|Marloes Hendriks⟧, inkoper bij "
        "Groenland Tuincentra, ⟦EMAIL_ADDRESS|m.hendriks@groenland.nl⟧. Gesproken op de Horti Fair.",
    },
    {
        "kind": "marketing",
        "text": "Pas deze klantreview aan voor de website:\n\n„Door mijn ⟦HEALTH_DATA|reuma⟧ kon ik geen "
        "potten meer openen, met jullie opener lukt het weer!” – ⟦PERSON|Ria Mulder⟧, Zwolle",
    },
    {
        "kind": "marketing",
        "text": "Productomschrijving: elektrische bakfiets, 3 kinderen, accu 500 Wh, bereik 70 km, "
        "regenhuif optioneel.",
    },
    {
        "kind": "marketing",
        "text": "Analyseer de cijfers van de Black Friday campagne: omzet +42 %, retour 18 %, nieuwe klanten 2.140.",
    },
    {
        "kind": "marketing",
        "text": "Segmenteer deze ledenlijst voor de campagne:\n\n⟦PERSON|Bram Kok⟧;⟦EMAIL_ADDRESS|"
        "bramkok@kpnmail.nl⟧;⟦POLITICAL_OPINION|PvdA-lid⟧\n⟦PERSON|Noor Haddou⟧;⟦EMAIL_ADDRESS|"
        "noor.h@gmail.com⟧;⟦ETHNIC_ORIGIN|Marokkaans-Nederlandse⟧ ondernemer",
    },
    {
        "kind": "marketing",
        "text": "Schrijf een persbericht: Brouwerij De Polder lanceert een alcoholvrij winterbier, "
        "verkrijgbaar vanaf 1 december. Meer info: ⟦PERSON|Ruud Verhoeven⟧, ⟦PHONE_NUMBER|0229 27 41 90⟧.",
    },
    {
        "kind": "marketing",
        "text": "Bedenk een slogan voor de open dag van onze roeivereniging op 12 april, jong en oud welkom.",
    },
    # -- docs -----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Beantwoord de vraag met dit stuk documentatie:\n\nEmbeddings zijn vectoren die de betekenis "
        "van tekst weergeven. Teksten met een vergelijkbare betekenis liggen dicht bij elkaar. De "
        "cosinusgelijkenis wordt vaak gebruikt om afstanden te meten.\n\nVraag: hoe vergelijk ik twee "
        "embeddings?",
    },
]
