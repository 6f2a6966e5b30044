"""Hand-written Dutch texts of the ``fresh21`` split: telecomklantenservice, maaltijdbezorgers, hosting, leerplatforms en wervingsbureaus in NL en Vlaanderen."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    {
        "kind": "support",
        "text": "Hoi, mijn nummer overzetten naar jullie lukt niet, foutmelding 'klantgegevens komen niet overeen'. Ordernummer 30018874.",
    },
    {
        "kind": "support",
        "text": "Beste klantenservice,\n\nIk heb een dubbele afschrijving voor mijn abonnement (factuur 2024-0581127). Graag terugstorten op ⟦IBAN_CODE|NL46 ETNW 0671 1709 10⟧ t.n.v. ⟦PERSON|Sanne de Boer-Yilmaz⟧.\n\nMet vriendelijke groet,\n⟦PERSON|Sanne de Boer-Yilmaz⟧\n⟦STREET_ADDRESS|Vechtstraat 88-2, 1079 JH Amsterdam⟧\n⟦PHONE_NUMBER|06 41 28 73 90⟧",
    },
    {
        "kind": "support",
        "text": "[11:02] Bezorger: mijn account is geblokkeerd na een ongeluk met een auto, ik lig nog in het ziekenhuis met een ⟦HEALTH_DATA|gebroken sleutelbeen⟧\n[11:05] Support ⟦PERSON|Daan⟧: Wat vervelend, beterschap! Je account is niet geblokkeerd maar gepauzeerd voor de verzekering. Stuur je de naam van je contactpersoon?\n[11:07] Bezorger: mijn vriendin ⟦PERSON|Fleur Hanegraaf⟧, ⟦PHONE_NUMBER|+31 6 2390 4471⟧",
    },
    {
        "kind": "support",
        "text": "Vat deze klacht samen voor het team in Gent, in het Engels:\n\n'Speler met account-ID 8830-1122 meldt dat zijn account is gehackt en dat er voor 240 euro aan in-game items is gekocht. 2FA stond uit. Hij wil een terugbetaling.'",
    },
    {
        "kind": "support",
        "text": "Goedemiddag, de storing op het glasvezelnetwerk in Zwolle-Zuid is verholpen. Mocht je nog problemen hebben, herstart dan je modem. Excuses voor het ongemak.",
    },
    {
        "kind": "support",
        "text": "Aanvraag toegangspas datacenter Mechelen\nNaam: ⟦PERSON|Pieter Vanderschueren⟧\nRijksregisternummer: ⟦BE_NATIONAL_NUMBER|87.05.04-596.79⟧\nBedrijf: Linqo Networks\nRuimte: zaal B, rij 4\nRegistratie ⟦BIOMETRIC_DATA|gezichtsherkenning⟧ bij eerste bezoek.",
    },
    {
        "kind": "support",
        "text": "Mijn cursus 'Projectmanagement Prince2' staat nog op 0% terwijl ik alle video's heb gekeken. Kunnen jullie dat checken? Groet, ⟦PERSON|Wouter Kleinjan⟧",
    },
    {
        "kind": "support",
        "text": "Kan ik mijn bundel ook in Turkije gebruiken of betaal ik dan extra?",
    },
    {
        "kind": "hr",
        "text": "Personeelsformulier – nieuwe medewerker servicedesk\nNaam: ⟦PERSON|Mohamed Ouali⟧\nGeboortedatum: ⟦DATE_OF_BIRTH|09-12-1997⟧\nBSN: ⟦NL_BSN|390675519⟧\nAdres: ⟦STREET_ADDRESS|Kanaalstraat 143, 3531 CK Utrecht⟧\nLoonheffingskorting: ja\nNoodcontact: ⟦PERSON|Latifa Ouali⟧ (moeder) ⟦PHONE_NUMBER|030 294 1187⟧",
    },
    {
        "kind": "hr",
        "text": "Notulen OR-vergadering 20 mei\n1. Consignatiediensten datacenter: vergoeding blijft € 35 per nacht, OR vraagt herziening.\n2. Nieuwe roosterapp: pilot bij team Eindhoven.\n3. Rondvraag: geen.",
    },
    {
        "kind": "hr",
        "text": "Hi ⟦PERSON|Ilse⟧, ⟦PERSON|Ruben⟧ is vandaag ziek gemeld door de bedrijfsarts: ⟦HEALTH_DATA|burn-out⟧, voorlopig 6 weken. Wil jij zijn on-call diensten overnemen of zal ik het rooster aanpassen?",
    },
    {
        "kind": "hr",
        "text": "Cv – ⟦PERSON|Esther Mensah-Veldkamp⟧\n⟦EMAIL_ADDRESS|esther.mensah@ziggo.nl⟧\nRecruiter IT bij wervingsbureau TalentBrug (2019–heden)\nHR-assistent bij een hostingbedrijf (2016–2019)\nOpleiding: HBO Personeelsmanagement, Hogeschool Rotterdam",
    },
    {
        "kind": "hr",
        "text": "Vertrouwelijk: ⟦PERSON|Bram Verhoeven⟧ is lid van ⟦TRADE_UNION_MEMBERSHIP|FNV⟧ en kaderlid bij de bezorgers. Hij heeft gevraagd het gesprek over de deactivering bij te wonen als vakbondsvertegenwoordiger.",
    },
    {
        "kind": "hr",
        "text": "Herschrijf deze notitie neutraler: 'Kandidaat ⟦PERSON|Dilan Aksoy⟧ vertelde dat ze ⟦SEX_LIFE_ORIENTATION|lesbisch⟧ is en een partner heeft in Antwerpen, vandaar haar voorkeur voor de vestiging Breda.'",
    },
    {
        "kind": "hr",
        "text": "Vacature: Community Moderator (NL/EN) bij een indie-gamestudio in Utrecht, 32 uur, hybride, salaris € 2.900–3.400.",
    },
    {
        "kind": "hr",
        "text": "Screeningsverslag VOG: kandidaat ⟦PERSON|Kevin Dekkers⟧ kon geen VOG overleggen vanwege een ⟦CRIMINAL_RECORD|veroordeling voor computervredebreuk in 2019⟧. Afgewezen voor de rol SOC-analist.",
    },
    {
        "kind": "marketing",
        "text": "Onbeperkt bellen en 40 GB voor € 17,50 per maand. Overstappen is gratis, wij regelen je nummerbehoud.",
    },
    {
        "kind": "marketing",
        "text": "'Dankzij de cursus cloud-security kon ik intern doorgroeien naar security engineer.' – ⟦PERSON|Joris Terpstra⟧, Groningen",
    },
    {
        "kind": "marketing",
        "text": "Bezorgen in Rotterdam? Flexibele uren, elke week uitbetaald en gratis e-bike huren in de eerste maand.",
    },
    {
        "kind": "marketing",
        "text": "Maak kennis met ⟦PERSON|Annelies Van Damme⟧, onze teamleider klantensucces in Gent. Ze spreekt vier talen en kent elke klant bij naam.",
    },
    {
        "kind": "marketing",
        "text": "Green hosting uit Amsterdam: onze datacenters draaien op 100% windenergie en hergebruiken restwarmte voor een zwembad in de buurt.",
    },
    {
        "kind": "marketing",
        "text": "Nieuwsbrief juli: nieuwe vacatures in cybersecurity, een webinar over salarisonderhandeling en tips voor je LinkedIn-profiel.",
    },
    {
        "kind": "marketing",
        "text": "Incident? Bel onze 24/7 hotline. Binnen een uur zit een forensisch specialist aan tafel, fysiek of remote.",
    },
    {
        "kind": "marketing",
        "text": "Reviews van spelers: 'Snelle support, mijn ban werd binnen een dag herzien.' – ⟦PERSON|Sem⟧, 17",
    },
    {
        "kind": "docs",
        "text": "Nummerbehoud werkt via de Vereniging COIN: de nieuwe aanbieder vraagt het nummer aan bij de oude aanbieder, die binnen één werkdag reageert. Het klantnummer en de naam moeten exact overeenkomen met de gegevens bij de oude aanbieder, anders wordt het verzoek afgewezen.",
    },
    {
        "kind": "support",
        "text": "Hoi, ik wil mijn nummer ⟦PHONE_NUMBER|06 18 33 90 27⟧ laten overzetten naar een zakelijk abonnement op naam van mijn eenmanszaak. Klantnummer 7710293. Groeten, ⟦PERSON|Gijs Oosterbroek⟧",
    },
    {
        "kind": "hr",
        "text": "Aanmelding DNA-test voor het vitaliteitsprogramma is vrijwillig. Noot HR: ⟦PERSON|Lotte Bosman⟧ deelde zelf dat ze ⟦GENETIC_DATA|drager is van de BRCA1-mutatie⟧ en vraagt om flexibele uren voor controles.",
    },
]
