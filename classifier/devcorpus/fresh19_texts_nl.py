"""Hand-written Dutch texts of the ``fresh19`` split: installateurs, garages, verhuizers, makelaars en administratiekantoren."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Werkbon WB-60218 – Installatiebedrijf De Groot & Zn\n"
        "Klant: ⟦PERSON|Anneke Bosschaart⟧\nAdres: ⟦STREET_ADDRESS|Prinsengracht 412-2, 1016 JK Amsterdam⟧\n"
        "Tel: ⟦PHONE_NUMBER|06-41 87 22 93⟧\n"
        "Cv-ketel Intergas HRE 36 geeft storing F4. Let op: mevrouw is ⟦HEALTH_DATA|doof⟧, contact alleen via sms of WhatsApp.",
    },
    {
        "kind": "support",
        "text": "wanneer komt de monteur voor de lekkende kraan? melding 88412, al 2x gebeld. gr ⟦PERSON|Priscilla Doekhie⟧",
    },
    {
        "kind": "support",
        "text": "Maak een nette reactie op deze huurder:\n\n"
        "Van: ⟦EMAIL_ADDRESS|r.tjon-a-fong@ziggo.nl⟧\nOnderwerp: Schimmel badkamer, Laan van Meerdervoort\n\n"
        "Beste beheerder, de schimmel in de badkamer komt steeds terug. Mijn zoontje heeft ⟦HEALTH_DATA|astmatische bronchitis⟧ "
        "en de longarts zegt dat het vocht niet helpt. Ik wil dat de afzuiging deze maand vervangen wordt, anders ga ik naar de Huurcommissie.\n"
        "Met vriendelijke groet,\n⟦PERSON|Romano Tjon A Fong⟧",
    },
    {
        "kind": "support",
        "text": "Garage Van Dijk, werkorder 2024-3381: Toyota Yaris Hybrid, kleine beurt + APK, remblokken voor vervangen. Totaal € 389,50 incl. btw. Klaar donderdag na 15.00 uur.",
    },
    {
        "kind": "support",
        "text": "Vat dit gesprek samen voor de verhuisplanning:\n"
        "[16:40] klant: hoi, met ⟦PERSON|Jeltje Zijlstra⟧, verhuizing 21/3 van Leeuwarden naar Zwolle\n"
        "[16:41] planner: hoi ⟦PERSON|Jeltje⟧, offerte V-7720 ontvangen?\n"
        "[16:43] klant: ja, kan de inboedelverzekering erbij? en mijn vriend heeft ⟦HEALTH_DATA|een gebroken enkel⟧ dus hij kan niks tillen\n"
        "[16:44] planner: geen probleem, we zetten er een extra verhuizer op",
    },
    {
        "kind": "support",
        "text": "Notariskantoor: voor de akte van levering hebben we het BSN van de koper nodig. Dhr. ⟦PERSON|Jeroen Hoogendijk⟧, BSN ⟦NL_BSN|435534373⟧, "
        "geboren ⟦DATE_OF_BIRTH|14-06-1982⟧. Betaling koopsom via derdengeldenrekening.",
    },
    {
        "kind": "support",
        "text": "Kun je deze melding van de beveiliger herschrijven tot een incidentrapport?\n"
        "om 23:15 alarm pand Kanaaldijk 7 (Eindhoven), ter plaatse 23:31, achterdeur geforceerd, niks weg volgens eigenaar, politie ingelicht, deur provisorisch dichtgezet door slotenmaker.",
    },
    {
        "kind": "support",
        "text": "Klacht schoonmaakbedrijf, help me met een antwoord:\n"
        '"Jullie schoonmaker heeft in mijn praktijkruimte de koelkast met mijn medicijnen uitgezet. Ik ben '
        '⟦HEALTH_DATA|diabeet⟧ en moest alles weggooien." – ⟦PERSON|Hüseyin Yıldırım⟧, ⟦PHONE_NUMBER|+31 6 2934 7710⟧',
    },
    # -- hr ------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Inschrijving uitzendkracht – FlexWerk Brabant\n"
        "Naam: ⟦PERSON|Paulina Nowicka⟧\nBSN: ⟦NL_BSN|667555213⟧\nGeboortedatum: ⟦DATE_OF_BIRTH|05-03-1994⟧\n"
        "IBAN: ⟦IBAN_CODE|NL48 EEVM 1672 4288 45⟧\nFunctie: orderpicker, DC Tilburg\n"
        "Huisvesting via bureau: ja (kamer Goirle)",
    },
    {
        "kind": "hr",
        "text": "Urenbriefjes week 12 graag voor vrijdag 12.00 uur in Nmbrs. Reistijd naar de bouwplaats in Almere telt als werktijd volgens de cao Bouw & Infra.",
    },
    {
        "kind": "hr",
        "text": "Verslag gesprek bedrijfsarts, samenvatten voor het dossier:\n"
        "Werknemer ⟦PERSON|Sander Verhoeven⟧ (loodgieter) is sinds 6 weken ziek wegens ⟦HEALTH_DATA|burn-outklachten⟧. "
        "Gebruikt ⟦HEALTH_DATA|sertraline⟧. Advies: opbouw vanaf week 8 met 2 x 4 uur, geen storingsdiensten.",
    },
    {
        "kind": "hr",
        "text": "Notulen OR-vergadering Schoonmaakbedrijf Helder BV, 4 september\n"
        "Aanwezig: OR-leden, ⟦PERSON|Samira Ouali⟧ (⟦TRADE_UNION_MEMBERSHIP|FNV-kaderlid⟧), HR.\n"
        "1. Invoering ⟦BIOMETRIC_DATA|vingerafdrukscanner⟧ bij de kantoorpanden: OR stemt niet in.\n"
        "2. Nieuw rooster voor de ziekenhuislocatie: akkoord.",
    },
    {
        "kind": "hr",
        "text": "Vacature: Assistent-accountant (32-40 uur) bij Van Leeuwen Administratie in Apeldoorn. Ervaring met Exact Online en btw-aangiftes, HBO-niveau.",
    },
    {
        "kind": "hr",
        "text": "Screening beveiliger: VOG aangevraagd voor ⟦PERSON|Dennis Brouwer⟧. Justis meldt een voornemen tot weigering wegens "
        "⟦CRIMINAL_RECORD|veroordeling voor mishandeling (2021)⟧. Sollicitatie aanhouden.",
    },
    {
        "kind": "hr",
        "text": "Personeelsdossier (vestiging Gent)\nNaam: ⟦PERSON|Lotte Vermeulen⟧\nRijksregisternummer: ⟦BE_NATIONAL_NUMBER|93.12.02-163.68⟧\n"
        "Functie: makelaar in opleiding\nOpmerking: ⟦HEALTH_DATA|zwanger⟧, bevallingsverlof vanaf half oktober.",
    },
    {
        "kind": "hr",
        "text": "Kerstborrel dit jaar op vrijdag 20 december in de loods, vanaf 16 uur. Partners welkom, graag aanmelden bij de receptie.",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Nu een warmtepomp laten plaatsen? Profiteer van de ISDE-subsidie 2025. Gratis adviesgesprek met onze installateur.",
    },
    {
        "kind": "marketing",
        "text": "Klantverhaal voor de website:\n"
        '"Sinds mijn ⟦HEALTH_DATA|heupoperatie⟧ kon ik de trap niet meer op. Aannemer Brinkman bouwde beneden een slaapkamer met '
        'aangepaste badkamer." – ⟦PERSON|Geertruida Zwiers⟧, Meppel',
    },
    {
        "kind": "marketing",
        "text": "Maak een Instagram-post: Garage Smit bestaat 50 jaar! Zaterdag open huis, oldtimers kijken, koffie en poffertjes.",
    },
    {
        "kind": "marketing",
        "text": "Portret voor de nieuwsbrief van het verhuisbedrijf, iets luchtiger:\n"
        "⟦PERSON|Mohamed El Khattabi⟧, 41, planner sinds 2010, ⟦ETHNIC_ORIGIN|Marokkaans-Nederlands⟧, vader van vier en "
        "vrijwilliger bij de ⟦RELIGIOUS_BELIEF|moskee⟧ in Overvecht.",
    },
    {
        "kind": "marketing",
        "text": "Funda-tekst: Sfeervol hoekhuis met zonnige achtertuin in Utrecht-Oost. Energielabel A, 6 zonnepanelen, vrijgelegen berging. Vraagprijs € 545.000 k.k.",
    },
    {
        "kind": "marketing",
        "text": "Nieuwsbrief administratiekantoor: wijzigingen box 3, de nieuwe kilometervergoeding en de deadline voor de btw-aangifte van het tweede kwartaal.",
    },
    {
        "kind": "marketing",
        "text": "Profiel voor de Pride-campagne van het uitzendbureau:\n"
        "⟦PERSON|Thijs van der Meulen⟧, intercedent, ⟦SEX_LIFE_ORIENTATION|homo⟧ en actief in ⟦POLITICAL_OPINION|GroenLinks-PvdA⟧ in Nijmegen.",
    },
    {
        "kind": "marketing",
        "text": "Flyer glazenwasser: ramen lappen vanaf € 19,95 per beurt, 4-wekelijks abonnement, ook dakkapellen en serres.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "De Wet kwaliteitsborging voor het bouwen geldt sinds 1 januari 2024 voor nieuwbouw in gevolgklasse 1. "
        "Een onafhankelijke kwaliteitsborger controleert tijdens de bouw of het bouwwerk aan de technische eisen "
        "voldoet. Bij oplevering ontvangt de gemeente een verklaring en een dossier bevoegd gezag. De aannemer is "
        "daarnaast langer aansprakelijk voor gebreken die na oplevering worden ontdekt.",
    },
]
