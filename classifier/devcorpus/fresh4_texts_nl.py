"""Hand-written ``fresh4`` texts in Dutch (see ``generate.py``); spans marked as ``⟦ENTITY_TYPE|value⟧``."""

TEXTS = [
    # -- support ----------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Goedemiddag, mijn jaarafrekening (klantnummer 30018827) klopt niet: de meterstand van 1 januari is "
        "verkeerd overgenomen. Wilt u mij bellen op ⟦PHONE_NUMBER|06 41 88 20 93⟧? Groet, ⟦PERSON|Henk Vermeulen⟧",
    },
    {
        "kind": "support",
        "text": "Gevonden voorwerpen NS: ik ben mijn rolstoelkussen verloren in de intercity naar Zwolle. Ik ben "
        "⟦HEALTH_DATA|rolstoelgebruiker⟧ en heb het echt nodig. Adres: ⟦STREET_ADDRESS|Oudegracht 214, 3511 NS Utrecht⟧.",
    },
    {"kind": "support", "text": "Is de bibliotheek op tweede kerstdag open?"},
    {
        "kind": "support",
        "text": "Voor de KYC-controle: mijn BSN is ⟦NL_BSN|454758376⟧ en mijn IBAN ⟦IBAN_CODE|NL51 OWOI 4154 3390 21⟧. "
        "⟦PERSON|Fenna de Wit⟧",
    },
    {
        "kind": "support",
        "text": 'Verkopersondersteuning: mijn advertentie 7712-NL-0455 staat al drie dagen "in beoordeling". '
        "Kunnen jullie kijken? Uitbetaling graag naar ⟦IBAN_CODE|BE29 1793 7940 9573⟧ "
        "(⟦PERSON|Pieter Verhaegen⟧).",
    },
    {"kind": "support", "text": "Top, bedankt!"},
    {
        "kind": "support",
        "text": "Afspraak Stadswinkel voor een nieuw paspoort: kan dat ook op zaterdag? Online zie ik alleen "
        "doordeweekse tijden. Geboortedatum ⟦DATE_OF_BIRTH|3 mei 1994⟧, BSN ⟦NL_BSN|667007568⟧.",
    },
    {
        "kind": "support",
        "text": "Melding over gebruiker 'sunnyboy_07': hij stuurt me steeds berichten over mijn "
        "⟦RELIGIOUS_BELIEF|hoofddoek⟧. Mail me op ⟦EMAIL_ADDRESS|yasmina.elamrani@hotmail.nl⟧.",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "P&O ziekenhuis – ziekmelding ⟦PERSON|Ingrid Bakker⟧, verpleegkundige IC. Bedrijfsarts: "
        "⟦HEALTH_DATA|long covid⟧, re-integratieplan volgt. Graag niet delen met het team.",
    },
    {"kind": "hr", "text": "Herinnering: declaraties van november uiterlijk 5 december indienen."},
    {
        "kind": "hr",
        "text": "Notulen OR-overleg: ⟦PERSON|Bram Jansen⟧ (kaderlid ⟦TRADE_UNION_MEMBERSHIP|FNV⟧) vraagt inzage in de "
        "roosters van de kinderopvang.",
    },
    {
        "kind": "hr",
        "text": "Vacature: monteur APK, 38 uur, Amersfoort. Rijbewijs B vereist, ervaring met Bosch-diagnose een pré.",
    },
    {
        "kind": "hr",
        "text": "Personeelsdossier tolk\nNaam: ⟦PERSON|Lotte Vos⟧\nGeboortedatum: ⟦DATE_OF_BIRTH|14-09-1988⟧\n"
        "BSN: ⟦NL_BSN|4344.97.204⟧\nVOG: aangevraagd",
    },
    {
        "kind": "hr",
        "text": "De VOG van sollicitant ⟦PERSON|Kevin Smits⟧ is geweigerd vanwege een ⟦CRIMINAL_RECORD|veroordeling "
        "voor mishandeling⟧. Sollicitatie stopzetten.",
    },
    {
        "kind": "hr",
        "text": "Toegang tot de medicijnkamer gaat per 1 maart via ⟦BIOMETRIC_DATA|vingerafdrukscan⟧. "
        "Mevrouw ⟦PERSON|Dekker⟧ heeft bezwaar gemaakt; graag een alternatief met pas.",
    },
    {
        "kind": "hr",
        "text": "⟦PERSON|Anouk⟧ is ⟦HEALTH_DATA|zwanger⟧ en mag volgens de bedrijfsarts geen nachtdiensten meer draaien.",
    },
    {
        "kind": "support",
        "text": "Beste klantenservice,\n\nIk ben de dochter van mevrouw ⟦PERSON|Gerda Mulder⟧ (bewoner kamer 14, "
        "zorgcentrum De Linde). Mijn moeder heeft ⟦HEALTH_DATA|vasculaire dementie⟧ en sinds vorige week ook "
        "⟦HEALTH_DATA|slikproblemen⟧; de logopedist adviseert gemalen voeding. Willen jullie het zorgplan aanpassen en "
        "mij op de hoogte houden via ⟦PHONE_NUMBER|06 18 73 40 52⟧?\n\nMet vriendelijke groet,\n⟦PERSON|Ellen Mulder⟧",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Groene stroom van Nederlandse windparken, vast tarief voor 3 jaar. Overstappen regelen wij.",
    },
    {
        "kind": "marketing",
        "text": "Kom naar de VAKBEURS Bouw, hal 9, stand 9.115 – gratis koffie en demo's.",
    },
    {
        "kind": "marketing",
        "text": '"Onze bruiloft was een droom" – ⟦PERSON|Sanne⟧ en ⟦PERSON|Joost⟧ over hun dag in kasteel De Haar.',
    },
    {
        "kind": "marketing",
        "text": "Makelaar: ruime jaren-30 woning in Haarlem, 4 slaapkamers, tuin op het zuiden. Vraagprijs op aanvraag "
        "bij ⟦PERSON|Marloes Brink⟧, ⟦EMAIL_ADDRESS|marloes@brinkmakelaars.nl⟧.",
    },
    {
        "kind": "marketing",
        "text": "Woonzorgcentrum De Linde: kleinschalig wonen voor ouderen met dementie. Kijkmiddag 12 april.",
    },
    {
        "kind": "marketing",
        "text": "Winnaar van de maand: ⟦PERSON|Ruud Hoekstra⟧ uit Groningen. We nemen contact op via "
        "⟦PHONE_NUMBER|+31 6 2290 3418⟧.",
    },
    {
        "kind": "marketing",
        "text": "Verzekeringsadvies zonder kleine lettertjes: wij vergelijken uw zorgverzekering voor 2026.",
    },
    {
        "kind": "marketing",
        "text": "Autobedrijf Van Dijk: winterbanden wisselen inclusief opslag voor € 79.",
    },
]
