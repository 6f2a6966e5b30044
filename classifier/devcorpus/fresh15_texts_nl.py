"""Hand-written Dutch texts of the ``fresh15`` split: veerdiensten, spooronderhoud, orkesten, dierentuinen en meer."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Onderwerp: overtocht Harlingen–Terschelling 22 mei, boeking TS-318870\n\n"
        "Goedemiddag,\n\nMijn broer ⟦PERSON|Sjoerd Hoekstra-Dijkema⟧ heeft ⟦HEALTH_DATA|ALS⟧ en zit sinds dit jaar in "
        "een elektrische rolstoel met beademing. Kan hij tijdens de overtocht in de auto blijven, of is er een plek "
        "met stopcontact in de salon? We komen met een aangepaste bus (kenteken staat in de boeking).\n\n"
        "Bereikbaar op ⟦PHONE_NUMBER|06 41 83 29 07⟧.\n\nGroet,\n⟦PERSON|Baukje Hoekstra⟧",
    },
    {
        "kind": "support",
        "text": "Gaat de boot van 9u naar Texel nog met die storm? boekingsnr TX-40921",
    },
    {
        "kind": "support",
        "text": "Hoi, onze zoon ⟦PERSON|Thijmen⟧ (10) wil graag op ponyles. Hij heeft ⟦HEALTH_DATA|hemofilie A⟧ en "
        "krijgt preventief ⟦HEALTH_DATA|stollingsfactor⟧, dus een val is bij hem wat riskanter. Geven jullie les met "
        "een bodyprotector verplicht? Mail graag naar ⟦EMAIL_ADDRESS|m.vanteeffelen@ziggo.nl⟧. "
        "⟦PERSON|Marloes van Teeffelen⟧",
    },
    {
        "kind": "support",
        "text": "Storingsmelding WP-55120 – status: monteur ingepland\n"
        "Toestel: hybride warmtepomp Duowarm 4, serienr. DW4-2024-118306, software 2.3.7\n"
        "Melding: foutcode H09 (buitenunit bevroren) bij buitentemperatuur onder -3 °C.\n"
        "Actie: ontdooicyclus controleren, condensafvoer vrijmaken, eventueel verwarmingslint plaatsen. "
        "Klant heeft tijdelijk cv-ketel op 100 % gezet.",
    },
    {
        "kind": "support",
        "text": "hey, ik heb ⟦HEALTH_DATA|psoriasis⟧ op mijn hoofdhuid en het bloedt soms bij het föhnen. "
        "kunnen jullie een milde behandeling doen zonder parfum? groetjes ⟦PERSON|Fenna Zwiers⟧",
    },
    {
        "kind": "support",
        "text": "Schrijf een korte, vriendelijke terugbetalingsbevestiging:\n"
        "Klant ⟦PERSON|Dewi Kartawidjaja-Smit⟧ kreeg twee keer een seizoenspas (bestelling ES-60218). Het dubbele bedrag "
        "van € 49,00 storten we terug op ⟦IBAN_CODE|NL40 TLTB 4258 6754 04⟧ binnen 5 werkdagen.",
    },
    {
        "kind": "support",
        "text": "Dag, ik wil voor ons gezin het kansentarief aanvragen voor het jaarabonnement van de zoo. Mijn "
        "UiTPAS staat op mijn naam, ⟦PERSON|Jente Vermeulen⟧, rijksregisternummer ⟦BE_NATIONAL_NUMBER|02.01.09-694.84⟧. "
        "Moet ik nog een attest van het OCMW meesturen? Alvast bedankt!",
    },
    {
        "kind": "support",
        "text": "Bestelling WGL-3318: de zes flessen Solaris zijn aangekomen, maar de doos met de pinot gris ontbreekt. "
        "Track & trace zegt 'bezorgd' op een adres twee huizen verder. Kunnen jullie dat nakijken?",
    },
    {
        "kind": "support",
        "text": "[20:41] speler: mijn account is gekaapt, wachtwoord veranderd en 2FA staat uit\n"
        "[20:42] support: Vervelend! Wat is je gebruikers-ID? Staat onder Instellingen > Account.\n"
        "[20:42] speler: 88213-NLX\n"
        "[20:44] support: Je account is bevroren. Binnen 15 minuten krijg je een herstellink op het "
        "e-mailadres dat sinds 2023 aan het account hangt. Zet daarna meteen 2FA weer aan.\n"
        "[20:45] speler: top, bedankt",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Uitslag medische keuring – veiligheidsfunctie spoorwegwerk\n\n"
        "Medewerker: ⟦PERSON|Gerrit-Jan Oosterhof⟧\nBSN: ⟦NL_BSN|596123036⟧\n"
        "Functie: Leider Werkplekbeveiliging (LWB), nachtploeg baanvak Zwolle–Meppel\n"
        "Bevinding: ⟦HEALTH_DATA|boezemfibrilleren⟧, behandeld met ⟦HEALTH_DATA|bloedverdunners⟧\n"
        "Oordeel: geschikt, mits geen werkzaamheden met slijptol zonder tweede persoon aanwezig. Herkeuring over 1 jaar.",
    },
    {
        "kind": "hr",
        "text": "PERSONEELSFORMULIER – Bakkerij Het Gouden Korenaar (franchise), vestiging Deventer\n\n"
        "Naam: ⟦PERSON|Mirthe Bosschaert⟧\nGeboortedatum: ⟦DATE_OF_BIRTH|30-08-1996⟧\nBSN: ⟦NL_BSN|454476863⟧\n"
        "Adres: ⟦STREET_ADDRESS|Brinkgreverweg 47, 7413 AC Deventer⟧\n"
        "IBAN: ⟦IBAN_CODE|NL09 POMS 9141 1518 47⟧\nLoonheffingskorting: ja\n"
        "Vakbond: ⟦TRADE_UNION_MEMBERSHIP|FNV⟧ (contributie zelf betalen)\n"
        "Rooster: vroege dienst 4:30–10:00, ma t/m za",
    },
    {
        "kind": "hr",
        "text": "Notulen ondernemingsraad – Noordelijk Kamerorkest, 9 oktober\n\n"
        "Aanwezig: ⟦PERSON|Hidde Wiersma⟧ (vz), ⟦PERSON|Anouk Stellingwerf⟧, ⟦PERSON|Ruben Kalkman⟧ "
        "(namens de ⟦TRADE_UNION_MEMBERSHIP|Kunstenbond⟧)\n"
        "1. Tourneeplanning Duitsland: de OR vraagt om maximaal vijf speeldagen achter elkaar.\n"
        "2. Gehoorbescherming: nieuwe op maat gemaakte oordoppen voor blazers en slagwerk, aanvraag via de orkestmanager.\n"
        "3. Rondvraag: geen.",
    },
    {
        "kind": "hr",
        "text": "Vacature: dierverzorger Roofdieren (32–36 uur)\n"
        "Je verzorgt onze tijgers, leeuwen en wolven, werkt mee aan training voor medische handelingen en geeft "
        "publieksvoederingen. Mbo-4 dierverzorging vereist, weekenddiensten volgens rooster. Solliciteren via de "
        "website, vacaturenummer DZ-ROOF-14.",
    },
    {
        "kind": "hr",
        "text": "Rooster druivenpluk week 39\n"
        "ma/di: perceel Kruisberg (Johanniter)\nwo: perceel Gulperberg (Souvignier gris)\n"
        "do: geen pluk, regen verwacht\nvr: Kruisberg rest + sorteertafel\n"
        "Verzamelen 7:45 bij de schuur, eigen snoeischaar mag.",
    },
    {
        "kind": "hr",
        "text": "Beslissing aanstelling instructeur – manege De Hoefslag\n\n"
        "Kandidaat: ⟦PERSON|Roel Brinkhorst⟧\nVOG: aangevraagd 02-04, afgewezen door Justis\n"
        "Reden volgens kandidaat: ⟦CRIMINAL_RECORD|veroordeling voor mishandeling in 2022 (taakstraf 80 uur)⟧\n"
        "Besluit bestuur: geen aanstelling voor lessen aan jeugd; eventueel inzetbaar voor stalwerk zonder "
        "contact met minderjarigen.",
    },
    {
        "kind": "hr",
        "text": "Vat deze melding samen voor de vertrouwenspersoon, zonder oordeel:\n\n"
        "Speler ⟦PERSON|Ilias Bouzambou⟧ (CS2-team) meldt dat twee teamgenoten in de Discord-voicechat "
        "herhaaldelijk grappen maken over zijn ⟦ETHNIC_ORIGIN|Marokkaanse⟧ achtergrond, ook tijdens scrims met "
        "andere teams erbij. Hij heeft clips bewaard en wil dat de coach ingrijpt voor de LAN in Utrecht.",
    },
    {
        "kind": "hr",
        "text": "Verzoek politiek verlof\n\n"
        "⟦PERSON|Karlijn Westerveld⟧ (administratie, spooronderhoud regio Oost) is sinds maart gemeenteraadslid "
        "voor ⟦POLITICAL_OPINION|GroenLinks-PvdA⟧ in Hengelo en vraagt om onbetaald verlof op dinsdagavond en "
        "twee middagen per maand voor commissievergaderingen.",
    },
    {
        "kind": "hr",
        "text": "Samenvatten voor het spelersdossier, zakelijk:\n"
        "Voor de online kwalificatie vraagt de toernooiorganisatie een ID-check met "
        "⟦BIOMETRIC_DATA|gezichtsscan⟧ via een externe app. ⟦PERSON|Sem Oudshoorn⟧ (17) weigert dat, zijn "
        "ouders ook. Wij vragen de organisatie om een alternatief: videogesprek met de teammanager en een "
        "kopie van zijn ID-kaart met afgeschermd BSN.",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Adopteer een pinguïn! Voor € 40 per jaar krijg je een certificaat, een knuffel en een uitnodiging "
        "voor de adoptantendag in oktober.",
    },
    {
        "kind": "marketing",
        "text": "Wijnproeverij op de helling: elke zaterdag om 14:00 een rondleiding door de wijngaard met drie "
        "Limburgse wijnen en een plankje streekkaas. € 22,50 p.p.",
    },
    {
        "kind": "marketing",
        "text": '"Na mijn ⟦HEALTH_DATA|onderbeenamputatie⟧ dacht ik dat duiken niet meer kon. Met een aangepaste vin '
        'en een geduldige instructeur zwem ik nu weer in de Oosterschelde." – ⟦PERSON|Ewoud Schuurmans⟧',
    },
    {
        "kind": "marketing",
        "text": 'Nieuw in ons FIFA-team: ⟦PERSON|Joep "Jopie" Terhorst⟧, vicekampioen eDivisie 2025. '
        "Zijn eerste wedstrijd in onze kleuren is zondag, live op Twitch.",
    },
    {
        "kind": "marketing",
        "text": "Winteraanbieding: retour Den Helder–Texel met auto voor € 59 op doordeweekse dagen. "
        "Boek in de app vóór 15 december.",
    },
    {
        "kind": "marketing",
        "text": "Tekst voor de festivalgids:\n"
        "In haar debuut volgt ⟦PERSON|Noor Hagedoorn⟧, zelf ⟦SEX_LIFE_ORIENTATION|biseksueel⟧, drie vriendinnen op "
        "een Zeeuws eiland gedurende één zomer. Wereldpremière in de competitie Tiger.",
    },
    {
        "kind": "marketing",
        "text": "Kleuren zonder ammoniak en knippen zonder afspraak op woensdagmiddag. Doe 48 uur vooraf even een "
        "allergietest bij ons, gratis en in vijf minuten.",
    },
    {
        "kind": "marketing",
        "text": "Clubblad Schaakvereniging De Zwarte Loper: onze voorzitter ⟦PERSON|Willem-Jan van den Berge⟧, "
        "predikant van de ⟦RELIGIOUS_BELIEF|Hersteld Hervormde⟧ gemeente in Elspeet, won het snelschaaktoernooi. "
        "De clubavond blijft op dinsdag.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Hallucinaties beperken\n\n"
        "Taalmodellen vullen ontbrekende kennis soms aan met plausibele maar onjuiste details. Het helpt om het model "
        "expliciet te laten antwoorden op basis van aangeleverde bronnen, om te vragen naar bronvermelding per "
        "bewering en om een antwoord als 'onbekend' toe te staan. Automatische controles die citaten terugzoeken in "
        "de bron vangen een deel van de fouten op, maar vervangen menselijke controle bij belangrijke beslissingen niet.",
    },
]
