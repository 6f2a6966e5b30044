"""Split ``fresh3``, Dutch: support mail and chat, HR and marketing written whole (see ``generate.py``)."""

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": """Beste klantenservice,

Mijn vlucht KL 1287 van Amsterdam naar Bologna is gisteren geannuleerd. Ik ben omgeboekt naar een vlucht via Parijs die zes uur later aankwam. Boekingscode MZ7RQA. Graag hoor ik hoe ik de vergoeding kan aanvragen.

Met vriendelijke groet""",
    },
    {
        "kind": "support",
        "text": """Hoi, ik zie twee afschrijvingen van 59,95 van een webshop die ik niet ken. Kunnen jullie mijn pas blokkeren? Het gaat om rekening ⟦IBAN_CODE|NL26 SSVS 3499 4314 55⟧ en creditcard ⟦CREDIT_CARD|2555 5718 0253 8137⟧. Groetjes ⟦PERSON|Femke de Wolf⟧, ⟦PHONE_NUMBER|06-41 88 29 07⟧""",
    },
    {
        "kind": "support",
        "text": """Geachte heer/mevrouw,

Per 1 december verhuis ik naar ⟦STREET_ADDRESS|Keizersgracht 221-3, 1016 DV Amsterdam⟧. Mijn BSN is ⟦NL_BSN|9423.13.811⟧. Kan ik de verhuizing online doorgeven of moet ik langskomen op het stadsloket?

Met vriendelijke groet,
⟦PERSON|Jeroen Wiersma⟧""",
    },
    {
        "kind": "support",
        "text": """De storing op de printserver is opgelost. Mocht je nog problemen hebben, herstart dan je laptop en probeer het opnieuw.""",
    },
    {
        "kind": "support",
        "text": """Goedemiddag, ik wil mijn nummer ⟦PHONE_NUMBER|06 2718 4490⟧ meenemen van KPN naar jullie. Klantnummer bij KPN: 4419027713. Op naam van ⟦PERSON|Sanne Vermeulen⟧. Geboortedatum ⟦DATE_OF_BIRTH|08-03-1994⟧.""",
    },
    {
        "kind": "support",
        "text": """Hallo, ik heb een retourlabel aangemaakt voor bestelling 3008812455 maar de DHL-bezorger heeft het pakket niet meegenomen. Kan ik het ook bij een servicepunt inleveren?""",
    },
    {
        "kind": "support",
        "text": """Beste ⟦PERSON|Ilse⟧,

Ik kan morgen helaas niet naar de fysio komen. Mijn ⟦HEALTH_DATA|reuma⟧ speelt weer flink op en ik kan met mijn knieën bijna niet lopen. De reumatoloog heeft de ⟦HEALTH_DATA|methotrexaat⟧ verhoogd. Kunnen we volgende week een afspraak maken?

Groet,
⟦PERSON|Wim Hoekstra⟧""",
    },
    {
        "kind": "support",
        "text": """Hoi team, onderstaande klacht kwam binnen via de Franse webshop:

> Bonjour, ma commande FR-55201 est arrivée abîmée, le carton était ouvert. Je voudrais un remboursement. ⟦PERSON|Bérénice Fontaine⟧, ⟦PHONE_NUMBER|06 12 44 87 30⟧

Kan iemand die Frans spreekt haar terugbellen?""",
    },
    {
        "kind": "support",
        "text": """Uw pakket is afgeleverd bij de buren op huisnummer 14. Track & trace: 3SABCD0192837465.""",
    },
    {
        "kind": "support",
        "text": """Beste meneer ⟦PERSON|Claeys⟧, voor de aanvraag van uw parkeervergunning hebben wij nog uw rijksregisternummer nodig. U gaf op: ⟦BE_NATIONAL_NUMBER|03.04.05-655.91⟧. Klopt dit? U woont op ⟦STREET_ADDRESS|Kortrijksesteenweg 412, 9000 Gent⟧.""",
    },
    {
        "kind": "support",
        "text": """Goedemorgen, mijn zoon ⟦PERSON|Wopke⟧ (groep 6) is vandaag thuis. Hij heeft gisteren een ⟦HEALTH_DATA|epileptische aanval⟧ gehad en moet rusten van de neuroloog. Groet, ⟦PERSON|Gerdien⟧""",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """Personeelsdossier - nieuwe medewerker

Naam: ⟦PERSON|Koen van der Linden⟧
Geboortedatum: ⟦DATE_OF_BIRTH|22 juni 1991⟧
BSN: ⟦NL_BSN|562470566⟧
Adres: ⟦STREET_ADDRESS|Oudegracht 87bis, 3511 AL Utrecht⟧
IBAN: ⟦IBAN_CODE|NL58 GGFA 8898 5869 28⟧
Functie: Planner logistiek, 36 uur""",
    },
    {
        "kind": "hr",
        "text": """Ziekmelding: ⟦PERSON|Tamara Smits⟧ heeft zich vanochtend ziek gemeld, ze is ⟦HEALTH_DATA|overspannen⟧ en de huisarts heeft haar twee weken rust voorgeschreven. Graag de bedrijfsarts inschakelen.""",
    },
    {
        "kind": "hr",
        "text": """De ondernemingsraad vergadert op 9 december. Agendapunten: thuiswerkvergoeding, nieuwe roosters voor het distributiecentrum en de uitkomst van het medewerkerstevredenheidsonderzoek.""",
    },
    {
        "kind": "hr",
        "text": """Vacature: Klantenservicemedewerker (32-40 uur), Eindhoven. Je helpt klanten via chat, mail en telefoon. Salaris 2.600-3.100 EUR bruto per maand, reiskostenvergoeding en een laptop van de zaak.""",
    },
    {
        "kind": "hr",
        "text": """Hoi ⟦PERSON|Ruud⟧, even ter info voor het gesprek met ⟦PERSON|Mohamed⟧ morgen: hij is lid van ⟦TRADE_UNION_MEMBERSHIP|FNV⟧ en neemt zijn vakbondsconsulent mee. Hij heeft ook aangegeven dat hij ⟦HEALTH_DATA|ADHD⟧ heeft en daarom liever geen open kantoorplek wil.""",
    },
    {
        "kind": "hr",
        "text": """Uitzendbureau: voor de kerstdrukte zoeken we orderpickers in Venlo, start 1 december, ploegendienst. Geen ervaring nodig, wel een VOG.""",
    },
    {
        "kind": "hr",
        "text": """CV

⟦PERSON|Lotte Jansen-Bos⟧
⟦EMAIL_ADDRESS|lotte.jansenbos@ziggo.nl⟧ · ⟦PHONE_NUMBER|+31 6 1829 4473⟧
2019-nu: HR-adviseur, Gemeente Zwolle
2015-2019: Recruiter, Randstad
Nevenfuncties: bestuurslid ⟦POLITICAL_OPINION|GroenLinks⟧ afdeling Zwolle, vrijwilliger bij de Voedselbank Zwolle""",
    },
    {
        "kind": "hr",
        "text": """De VOG-aanvraag van ⟦PERSON|Bram Peeters⟧ is afgewezen door Justis vanwege een ⟦CRIMINAL_RECORD|veroordeling voor mishandeling⟧ (2022). Zijn aanstelling als chauffeur leerlingenvervoer kan daarom niet doorgaan.""",
    },
    {
        "kind": "hr",
        "text": """Herinnering: de vakantiedagen die je in 2025 niet opneemt, vervallen op 1 juli 2026. Kijk in Youforce hoeveel uur je nog hebt.""",
    },
    {
        "kind": "hr",
        "text": """Notitie verzuimgesprek met ⟦PERSON|Anouk⟧: ze is ⟦HEALTH_DATA|zwanger⟧ (week 20) en heeft last van ⟦HEALTH_DATA|bekkeninstabiliteit⟧. Afgesproken: halve dagen, zittend werk, evaluatie over vier weken.""",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": """Nieuw in onze sportschool: kickboksen op dinsdag- en donderdagavond. Leden trainen de eerste maand gratis mee, niet-leden betalen 7,50 per les.""",
    },
    {
        "kind": "marketing",
        "text": """"Sinds we met Planly werken, zijn de wachttijden aan de telefoon gehalveerd." - ⟦PERSON|Gerrit Mulder⟧, praktijkmanager Huisartsenpraktijk De Linde

Vragen? Bel ⟦PERSON|Yvonne⟧ op ⟦PHONE_NUMBER|020 894 1276⟧.""",
    },
    {
        "kind": "marketing",
        "text": """Flexplek in Rotterdam-Zuid? Bij De Werkplaats heb je al een plek vanaf 12,50 per dag, inclusief koffie, snelle wifi en vergaderruimtes.""",
    },
    {
        "kind": "marketing",
        "text": """Onze nieuwe AI-assistent helpt je bij het schrijven van offertes. Gebouwd op Claude en draaiend in Europese datacenters, dus je data blijft in de EU.""",
    },
    {
        "kind": "marketing",
        "text": """Kerstmarkt bij de Sint-Janskerk op 13 december: glühwein, oliebollen en het kinderkoor. De opbrengst gaat naar de voedselbank.""",
    },
    {
        "kind": "marketing",
        "text": """Gefeliciteerd ⟦PERSON|Hanneke Visser⟧! Jij bent de winnaar van onze herfstactie en ontvangt een e-bike t.w.v. 2.499 euro.""",
    },
    {
        "kind": "marketing",
        "text": """Stem op 18 maart! Kom naar het debat met lijsttrekker ⟦PERSON|Dennis Kuipers⟧ in het buurthuis, woensdag om 20.00 uur. Aanmelden via ⟦EMAIL_ADDRESS|campagne@lokaalsterk.nl⟧.""",
    },
    {
        "kind": "marketing",
        "text": """Overstappen naar glasvezel? Tot 1 januari betaal je de eerste drie maanden de helft. Je nummer neem je gewoon mee, wij regelen de overstap.""",
    },
    {
        "kind": "marketing",
        "text": """Apotheek Het Kruis: vanaf januari kun je je herhaalmedicatie ook ophalen uit onze 24-uurs afhaalkluis. Bestel via de app.""",
    },
    {
        "kind": "marketing",
        "text": """Black Friday bij Fietsdepot: tot 30% korting op stadsfietsen en accessoires, alleen dit weekend. Gratis proefrit in alle winkels.""",
    },
    # -- longer threads, chat lines and more --------------------------------------------------------------
    {
        "kind": "support",
        "text": """Onderwerp: RE: Aanvraag bijzondere bijstand - dossier 2025-WMO-14428

Beste mevrouw ⟦PERSON|El Idrissi⟧,

Dank voor uw aanvullende stukken. Wij hebben uw aanvraag voor bijzondere bijstand voor de aanpassing van uw woning beoordeeld. Uit de verklaring van de revalidatiearts blijkt dat uw zoon ⟦PERSON|Ilias⟧ sinds het ongeluk in augustus ⟦HEALTH_DATA|rolstoelafhankelijk⟧ is en een ⟦HEALTH_DATA|dwarslaesie⟧ heeft. Een traplift en een aangepaste badkamer worden daarom vergoed vanuit de Wmo.

Wat wij nog nodig hebben:
- een kopie van de huurovereenkomst voor ⟦STREET_ADDRESS|Vinkenstraat 19, 2572 TR Den Haag⟧;
- toestemming van de verhuurder (Haagwonen);
- uw bankrekeningnummer voor de uitbetaling.

De ergotherapeut neemt binnen twee weken contact met u op voor een huisbezoek.

Met vriendelijke groet,
⟦PERSON|Pieter van Dam⟧
Team Wmo, Gemeente Den Haag

> Op 24 nov. 2025 om 14:10 schreef ⟦PERSON|Samira El Idrissi⟧ <⟦EMAIL_ADDRESS|samira.elidrissi@hotmail.nl⟧>:
> Hierbij de verklaring van de arts. Mijn BSN is ⟦NL_BSN|2089.62.864⟧ en het rekeningnummer is ⟦IBAN_CODE|NL07 HHQI 9690 5215 61⟧. Bel gerust op ⟦PHONE_NUMBER|06 48 21 77 30⟧.""",
    },
    {
        "kind": "support",
        "text": """@⟦PERSON|Sjoerd⟧ wat was het wachtwoord van de klantportal-testaccount ook alweer? ⟦PASSWORD|Tulp!Regen2024⟧ werkt niet meer""",
    },
    {
        "kind": "hr",
        "text": """Verslag gesprek met ⟦PERSON|Dewi Sastrowardojo⟧ (teamleider Magazijn Noord)

⟦PERSON|Dewi⟧ geeft aan dat ze zich gediscrimineerd voelt vanwege haar ⟦ETHNIC_ORIGIN|Surinaams-Javaanse⟧ achtergrond; collega's maken grappen over haar accent. Ook vraagt ze of de nieuwe toegangspoort met ⟦BIOMETRIC_DATA|gezichtsherkenning⟧ verplicht is, omdat ze daar als ⟦RELIGIOUS_BELIEF|moslima⟧ met hoofddoek moeite mee heeft.

Verder vertelde ze dat ze uit een DNA-onderzoek weet dat ze drager is van ⟦GENETIC_DATA|sikkelcelziekte⟧; dat hoeft niet in haar dossier, maar ze wil het wel gezegd hebben voor het geval ze uitvalt.

Actie: vertrouwenspersoon inschakelen, alternatief voor de poort zoeken (pasje).""",
    },
    {
        "kind": "hr",
        "text": """Nieuwe Belgische collega ⟦PERSON|Jolien Maes⟧: rijksregisternummer ⟦BE_NATIONAL_NUMBER|95.06.14-597.50⟧, rekening ⟦IBAN_CODE|BE10 4512 5945 1437⟧, start 5 januari in Antwerpen.""",
    },
    {
        "kind": "marketing",
        "text": """Even voorstellen: ⟦PERSON|Mark de Graaf⟧ is onze nieuwe adviseur voor zonnepanelen in regio Twente. Plan een gratis dakscan via ⟦EMAIL_ADDRESS|mark.degraaf@zonnig.nl⟧ of bel ⟦PHONE_NUMBER|053 480 22 19⟧.""",
    },
    {
        "kind": "marketing",
        "text": """We bedanken ⟦PERSON|Truus Veenstra⟧, die 25 jaar lang de bibliotheek in ons dorp draaiende hield. Kom zaterdag naar haar afscheid, koffie en taart staan klaar.""",
    },
    {
        "kind": "support",
        "text": """Kunnen jullie de nieuwe pas naar mijn nieuwe adres sturen? ⟦STREET_ADDRESS|Burgemeester Reigerstraat 58, 3581 KV Utrecht⟧. Groet, ⟦PERSON|Maarten Kok⟧""",
    },
    {
        "kind": "marketing",
        "text": """Vanaf februari versterkt ⟦PERSON|Esther Dijkman⟧ ons team als verloskundige in Leiden. Inschrijven voor het spreekuur kan via ⟦EMAIL_ADDRESS|esther@verloskundigenleiden.nl⟧.""",
    },
    {
        "kind": "docs",
        "text": """Taalmodellen zoals GPT-4o, Claude en Llama worden steeds vaker ingezet voor klantenservice. Ze vatten gesprekken samen, stellen antwoorden voor en vertalen berichten. Organisaties moeten wel vastleggen welke gegevens naar de modelaanbieder gaan en waar die verwerkt worden; de AVG en de AI-verordening stellen daar eisen aan.""",
    },
]
