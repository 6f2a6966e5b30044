"""Hand-written Dutch texts of the ``fresh17`` split: retail, hospitality, media, food and insurance traffic."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Vat de schademelding samen voor de expert:\nVerzekerde ⟦PERSON|Hendrikje Vlasblom⟧, BSN ⟦NL_BSN|963688091⟧, "
        "inboedelpolis 88-1203. Stormschade aan de woonboot, ⟦STREET_ADDRESS|Prinsengracht 512, 1017 KH Amsterdam⟧. "
        "Uitbetalen op ⟦IBAN_CODE|NL05 EPYQ 6427 5158 39⟧.",
    },
    {
        "kind": "support",
        "text": "Beantwoord de klant: bestelling 22814-NL (kaasplank met 4 kazen) wordt donderdag door PostNL bezorgd. Klant: ⟦PERSON|Geertruida Hofstede⟧, ⟦PHONE_NUMBER|06 17 52 88 43⟧.",
    },
    {
        "kind": "support",
        "text": "Mail aan het vakantiepark, schrijf een antwoord:\n«Hoi, ⟦PERSON|Gerlof Ten Hoopen⟧ hier. Ik heb ⟦HEALTH_DATA|COPD⟧ "
        "en neem een zuurstofconcentrator mee, is er een stopcontact bij het bed? Bel gerust ⟦PHONE_NUMBER|06 48 21 93 70⟧.»",
    },
    {
        "kind": "support",
        "text": "Ticket 5512: abonnee van het dagblad krijgt de zaterdagbijlage niet meer. Standaardtekst 'bezorgklacht' gebruiken.",
    },
    {
        "kind": "support",
        "text": "Chat zorgverzekeraar, kernpunten graag:\nklant: ik ben ⟦PERSON|Joukje Swierstra⟧, mijn ⟦HEALTH_DATA|rolstoel⟧ moet gerepareerd\n"
        "medewerker: geboortedatum?\nklant: ⟦DATE_OF_BIRTH|14-02-1958⟧\nklant: en de ⟦HEALTH_DATA|fysiotherapie na mijn beroerte⟧ is op, vergoeden jullie meer?",
    },
    {
        "kind": "support",
        "text": "Vertaal naar het Duits: 'Uw fiets staat klaar bij de receptie, sleutel in het kluisje 4.'",
    },
    {
        "kind": "support",
        "text": "Klant ⟦PERSON|Hiltje Dijkstra-Veenstra⟧ meldt dat de bloembollen (bestelling BB-7710) beschimmeld aankwamen. Stel een vervangende levering voor.",
    },
    {
        "kind": "support",
        "text": "Classificeer: 'spaarpunten van de supermarkt-app zijn verdwenen na update naar versie 8.2'.",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "CV-fragment inkorten voor de functie bedrijfsleider:\n⟦PERSON|Wietske Oosterhuis-Damen⟧, 8 jaar horeca in Groningen, "
        "SVH-diploma, ⟦EMAIL_ADDRESS|wietske.od@ziggo.nl⟧.",
    },
    {
        "kind": "hr",
        "text": "Verslag verzuimgesprek neutraal maken:\nOrderpicker ⟦PERSON|Ruben Kloosterboer⟧ is ⟦HEALTH_DATA|overspannen⟧, "
        "bedrijfsarts adviseert 50 % re-integratie. Hij is kaderlid van ⟦TRADE_UNION_MEMBERSHIP|FNV Handel⟧ en wil dat vermeld.",
    },
    {
        "kind": "hr",
        "text": "Vacaturetekst: oogstmedewerkers voor de aspergeteelt in Limburg, april tot juni, huisvesting geregeld.",
    },
    {
        "kind": "hr",
        "text": "VOG-aanvraag, samenvatten:\nKandidaat redactieassistent ⟦PERSON|Thijmen Verbeek⟧\n"
        "Justitiële documentatie: ⟦CRIMINAL_RECORD|veroordeeld voor vernieling, 2021, taakstraf⟧\nBSN: ⟦NL_BSN|6866.82.129⟧",
    },
    {
        "kind": "hr",
        "text": "Herschrijf de mail: personeelsfeest van het hotel op 12 januari, partners welkom.",
    },
    {
        "kind": "hr",
        "text": "Notitie HR:\n⟦PERSON|Fatima Ait Bensaïd⟧ vraagt tijdens de ⟦RELIGIOUS_BELIEF|ramadan⟧ om vroege diensten. Ze is van "
        "⟦ETHNIC_ORIGIN|Marokkaanse⟧ afkomst en vraagt of het diversiteitsnetwerk dat mag weten.",
    },
    {
        "kind": "hr",
        "text": "Beoordeling barista: klantvriendelijk, moet beter leren werken met de nieuwe kassa. Medewerker: ⟦PERSON|Jorrit Wagenaar⟧.",
    },
    {
        "kind": "hr",
        "text": "Personeelsdossier aanvullen:\n⟦PERSON|Maarten Rijkeboer⟧ gaat in ⟦SEX_LIFE_ORIENTATION|geregistreerd partnerschap met zijn vriend⟧ "
        "⟦PERSON|Sander Kok⟧, verlof 2 dagen. Rekening ⟦IBAN_CODE|NL42 WTXN 7814 1504 79⟧.",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Post voor de boerderijwinkel: nieuwe oogst appels en peren, zelfpluk op zaterdag.",
    },
    {
        "kind": "marketing",
        "text": "Drie slogans voor de reisverzekering voor backpackers, luchtig.",
    },
    {
        "kind": "marketing",
        "text": "Klantverhaal inkorten: 'Door mijn ⟦HEALTH_DATA|reuma⟧ kan ik geen zware tassen dragen, de bezorgservice "
        "is een uitkomst.' – ⟦PERSON|Aaltje Roorda⟧, Leeuwarden",
    },
    {
        "kind": "marketing",
        "text": "Persbericht uitgeverij: kookboek over Surinaamse keuken, presentatie in Rotterdam op 5 maart.",
    },
    {
        "kind": "marketing",
        "text": "Instagram-tekst voor het strandpaviljoen: open vanaf Pasen, nieuwe kaart met vis van de afslag.",
    },
    {
        "kind": "marketing",
        "text": "Productbeschrijving: regenjas voor fietsers, reflecterende strepen, past over een rugzak.",
    },
    {
        "kind": "marketing",
        "text": "Nieuwsbrief kaasmakerij: 25 jaar boerenkaas, open dag 14 juni.",
    },
    {
        "kind": "marketing",
        "text": "Interview voor het ledenblad, kort samenvatten: ⟦PERSON|Douwe Hoekstra⟧, melkveehouder en gemeenteraadslid voor de "
        "⟦POLITICAL_OPINION|BBB⟧, over stikstof en zijn bedrijf.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Een taalmodel kan feiten verzinnen die overtuigend klinken. Dat heet hallucineren. Bronvermelding en het "
        "beperken van antwoorden tot aangeleverde documenten verkleinen dat risico, maar heffen het niet op.",
    },
]
