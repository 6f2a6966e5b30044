"""Hand-written Dutch texts of the ``fresh7`` split: chat prompts, forms and pasted material from services."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "kan ik de huurauto ook in Antwerpen-Centraal inleveren ipv Schiphol? reservering AVR-66120, categorie D. graag kort antwoord",
    },
    {
        "kind": "support",
        "text": """Zet de gegevens uit dit aanmeldformulier in de deelnemerslijst (naam; geboortedatum; medisch; dieet; telefoon):

GROEPSREIS RAJASTHAN - 14 dagen - boekingsnr. RAJ-2602-11
Naam: ⟦PERSON|Hendrika (Riek) van Wijngaarden-Bos⟧
Geboortedatum: ⟦DATE_OF_BIRTH|17-06-1950⟧
Paspoortnummer: NX8K21F47
Mobiel: ⟦PHONE_NUMBER|06 4129 8830⟧
Medische bijzonderheden: ⟦HEALTH_DATA|COPD⟧, neemt een draagbare zuurstofconcentrator mee (toestemming luchtvaartmaatschappij aanvragen)
Dieet: vegetarisch, geen eieren (⟦RELIGIOUS_BELIEF|hindoe⟧)
Reisgenoot: ⟦PERSON|Radjeshwarie Jagessar⟧""",
    },
    {
        "kind": "support",
        "text": """Summarise this e-mail in English for the team lead and say whether we should put the file on hold (our rule: proven serious illness = 60 days hold):

Van: ⟦EMAIL_ADDRESS|marco.vdlinden77@ziggo.nl⟧
Aan: klantenservice@incasso-noordkwartier.nl
Onderwerp: Re: dossier INC-3390187 / Fitworld abonnement

Geachte heer/mevrouw,

Ik heb uw aanmaning van 12 november ontvangen. Het bedrag van 486,20 euro klopt, dat ontken ik niet. Maar ik ben sinds de zomer arbeidsongeschikt door een ⟦HEALTH_DATA|hernia⟧ en ben in september geopereerd. Ik zit in de ziektewet en kan niet meer betalen dan 20 euro per maand.

U kunt het bedrag maandelijks afschrijven van ⟦IBAN_CODE|NL53 WJDA 1394 7425 97⟧. Mijn BSN is ⟦NL_BSN|522211197⟧, als u dat nodig heeft voor de betalingsregeling.

Uw medewerker ⟦PERSON|Dennis⟧ belde me vorige week om half tien 's avonds. Dat vind ik niet normaal.

Met vriendelijke groet,
⟦PERSON|Marco van der Linden⟧
⟦STREET_ADDRESS|Zaagmolenkade 31, 3035 KE Rotterdam⟧

> Op 12 nov. 2025 schreef Incasso Noordkwartier:
> Indien wij binnen 14 dagen geen betaling ontvangen, zijn wij genoodzaakt verdere stappen te nemen.""",
    },
    {
        "kind": "support",
        "text": """Vat het gesprek samen voor het fraudedossier FD-NL-55104:

Medewerker ⟦PERSON|Joris⟧: Fraudeafdeling, u spreekt met ⟦PERSON|Joris⟧.
Klant: Goedemiddag, met ⟦PERSON|Fenna Dijkhuizen⟧. Ik krijg opeens geen bereik meer en mijn bank belde dat er iemand wilde inloggen.
Medewerker ⟦PERSON|Joris⟧: Om welk nummer gaat het?
Klant: ⟦PHONE_NUMBER|06 2839 1174⟧.
Medewerker ⟦PERSON|Joris⟧: Ik zie dat er gisteravond een eSIM is geactiveerd die u niet heeft aangevraagd. Ik blokkeer die nu en zet een extra pincode op uw account. Doet u ook aangifte bij de politie.""",
    },
    {
        "kind": "support",
        "text": "Bezorgen jullie ook op zaterdag in Groningen? Bestelling 7730-NL-0419, staat nog op 'verzonden' sinds woensdag.",
    },
    {
        "kind": "support",
        "text": "Omvormer geeft foutcode F24 (netspanning te hoog) op zonnige middagen, project ZP-2024-3381 in Almere. Schrijf uitleg voor de klant en hoe hij het bij de netbeheerder meldt.",
    },
    {
        "kind": "support",
        "text": """Maak van deze notitie van de intern begeleider een korte, begrijpelijke samenvatting voor het oudergesprek:

Leerling: ⟦PERSON|Selam Tesfamariam⟧, groep 6
Ouders van ⟦ETHNIC_ORIGIN|Eritrese⟧ afkomst, sinds 2023 in Nederland, tolk Tigrinya nodig bij gesprekken
Onderzoek: ⟦HEALTH_DATA|dyscalculie⟧ vastgesteld (okt.), vermoeden van ⟦HEALTH_DATA|PTSS⟧, verwijzing naar jeugd-GGZ loopt
Aanpak: rekenen met concreet materiaal, extra instructie 2x per week, rustige werkplek
Volgend gesprek: 15 januari""",
    },
    {
        "kind": "support",
        "text": "Wat moet mijn cliënt meenemen naar het passeren van de akte? ⟦PERSON|Wim Claeys⟧, Belg, rijksregisternummer ⟦BE_NATIONAL_NUMBER|60021922294⟧, koopt een appartement in Breda. Dossier 2025.0412.",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """Maak van deze aantekeningen een dossiernotitie voor de jurist (feiten, data, vervolg):

Juridisch loket - telefoongesprek 27-11, 11:40
Lid: ⟦PERSON|Gerrit-Jan Hoekstra⟧, ⟦TRADE_UNION_MEMBERSHIP|FNV-lid⟧ sinds 2005, chauffeur bij een groothandel in Zwolle
Probleem: sinds maart ziek door ⟦HEALTH_DATA|burn-out⟧, re-integratie loopt via de bedrijfsarts. Werkgever wil hem nu een vaststellingsovereenkomst laten tekenen met een vergoeding van 2 maandsalarissen, en zegt dat hij "anders op non-actief wordt gezet". Leidinggevende ⟦PERSON|Marloes Kuipers⟧ belt hem bijna dagelijks, ook in het weekend.
⟦PERSON|Gerrit-Jan⟧ heeft nog niets getekend.
Advies: niet tekenen, bedenktermijn van 14 dagen benoemen, plan van aanpak en verslagen bedrijfsarts opvragen, contact opnemen via ons.
Terugbellen: ⟦PHONE_NUMBER|038 421 7706⟧, liefst 's ochtends.""",
    },
    {
        "kind": "hr",
        "text": """Zet deze tolk in ons bestand (naam; talen; contact; beschikbaarheid):

⟦PERSON|Aziz Amrani⟧ - beëdigd tolk Tarifit/Arabisch - Nederlands (Wbtv-nr. 20419)
E-mail: ⟦EMAIL_ADDRESS|a.amrani.tolk@kpnmail.nl⟧
Telefoon: ⟦PHONE_NUMBER|06 5510 2947⟧
BSN (voor de salarisadministratie): ⟦NL_BSN|408958984⟧
Beschikbaar: politieverhoren, rechtbank Den Haag en Rotterdam, ook 's nachts""",
    },
    {
        "kind": "hr",
        "text": "Schrijf een vacaturetekst voor een tandartsassistent(e) orthodontie, 24-32 uur, Haarlem, ervaring met intraorale scanner is een pré.",
    },
    {
        "kind": "hr",
        "text": "formuleer netjes voor de planning: ⟦PERSON|Sanne⟧ heeft zich ziek gemeld, ⟦HEALTH_DATA|keelontsteking⟧, waarschijnlijk tot donderdag. wie kan de vroege dienst in de koffiebar overnemen?",
    },
    {
        "kind": "hr",
        "text": """Maak een rooster voor de flyeractie van zaterdag:

⟦PERSON|Thijs Verbruggen⟧ - ⟦POLITICAL_OPINION|lid van GroenLinks-PvdA⟧, Utrecht-Oost, 10-12 uur
⟦PERSON|Naima Boukhari⟧ - sympathisant, geen lid, 12-14 uur
⟦PERSON|Kees Holtkamp⟧ - fractievolger, neemt de bakfiets mee""",
    },
    {
        "kind": "hr",
        "text": """Vat de notulen samen in vier punten:

Overleg notariskantoor - 25-11
- Nieuwe versie van de aktesoftware per 1 januari
- Spreekuur op vrijdag vervalt in december
- Archief 2010-2015 wordt gedigitaliseerd
- Kerstborrel op 19 december, 16:00""",
    },
    {
        "kind": "hr",
        "text": """Help me een correct antwoord te schrijven op dit bezwaar van een maaltijdbezorger:

Bezorger: ⟦PERSON|Jayden Sapuletej⟧, account B-30117
Stand van zaken: aanvraag VOG door Justis afgewezen; in het voornemen wordt genoemd: ⟦CRIMINAL_RECORD|veroordeling voor heling (2021)⟧
Bericht: "Dat was een telefoon die ik op Marktplaats had gekocht. Ik ga in bezwaar bij Justis, kan ik zolang blijven bezorgen?"
""",
    },
    {
        "kind": "hr",
        "text": "Schrijf een vriendelijke reactie aan ⟦PERSON|Yusuf⟧: tijdens de ramadan krijgt hij geen late diensten in het café, zoals gevraagd omdat hij ⟦RELIGIOUS_BELIEF|moslim⟧ is en wil vasten; iftar-pauze om 17:00 is geregeld.",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Schrijf een uitnodiging voor onze informatieavond IVF en ICSI: wachttijden, vergoeding door de zorgverzekeraar, spreekuur met de fertiliteitsarts, dinsdag 19:30.",
    },
    {
        "kind": "marketing",
        "text": """Kort dit verhaal in voor de website (toestemming getekend):

"Na de diagnose ⟦HEALTH_DATA|azoöspermie⟧ dacht ik dat het over was. Met ⟦HEALTH_DATA|TESE⟧ en ICSI is het toch gelukt, onze zoon is nu een jaar." - ⟦PERSON|Bram Oosterveld⟧, Deventer""",
    },
    {
        "kind": "marketing",
        "text": "Drie pakkende zinnen voor onze koffiebar-werkplek in Utrecht Lombok: dagpas 15 euro, havermelk zonder toeslag, belcellen, fietsenstalling.",
    },
    {
        "kind": "marketing",
        "text": "Instagramtekst voor onze speeddate-avond voor biseksuele en lesbische vrouwen in Amsterdam-Oost, 12 december, kaartjes 17,50 euro.",
    },
    {
        "kind": "marketing",
        "text": """Schrijf een klantverhaal van 120 woorden (klant geeft toestemming):

- ⟦PERSON|Ineke Vrolijk⟧, ⟦STREET_ADDRESS|Hooiberglaan 8, 3813 XK Amersfoort⟧
- 11 panelen, thuisbatterij 5 kWh, april 2025
- "Eindelijk snap ik mijn energierekening."
- Terugleverkosten waren reden om batterij te nemen""",
    },
    {
        "kind": "marketing",
        "text": "Korte post voor de orthodontiepraktijk: gratis intake in januari, onzichtbare beugels voor volwassenen, betalen in termijnen.",
    },
    {
        "kind": "marketing",
        "text": "Maak een flyer voor de kerstnachtmis in de Sint-Josephkerk: 22:30 samenzang, koor, pastoor ⟦PERSON|Verhoeven⟧ gaat voor, daarna chocolademelk.",
    },
    {
        "kind": "marketing",
        "text": "Persoonlijk herinneringsbericht voor ⟦PERSON|Lotte Barendrecht⟧: haar herhaalrecept ⟦HEALTH_DATA|Salbutamol inhalator⟧ loopt eind december af, ze kan het via de app verlengen.",
    },
    {
        "kind": "marketing",
        "text": """Maak van deze tekst een nieuwsbrief van maximaal 180 woorden, toon: vriendelijk, niet te commercieel:

KOFFIE & WERK - NIEUWS UIT ONZE VESTIGINGEN - DECEMBER

In Utrecht Lombok zijn de twee nieuwe belcellen eindelijk klaar. Ze zijn geluiddicht, hebben een stopcontact en een lampje dat aangeeft of ze bezet zijn. Reserveren hoeft niet, maar houd het alsjeblieft bij een half uur als er mensen wachten.

In Rotterdam-Noord openen we op 8 december de bovenverdieping met tien vaste werkplekken. Een vaste plek kost 189 euro per maand, inclusief onbeperkt filterkoffie en een kluisje. Dagpassen blijven 15 euro, en studenten betalen op dinsdag de helft.

Tijdens de feestdagen gelden aangepaste openingstijden: 24 en 31 december tot 16:00 uur, op 25, 26 december en 1 januari zijn alle vestigingen dicht. Vanaf 2 januari zijn we weer gewoon open van 7:30 tot 20:00 uur.

Nieuw op de kaart: een kardemombroodje van een bakker uit de buurt en chai met havermelk. Heb je een allergie of dieetwens, vraag dan naar de allergenenkaart aan de bar.

Tot slot: de wifi heet vanaf deze maand overal KoffieWerk-Gast; het wachtwoord staat op de bonnetjes en wisselt elke week.

Team Koffie & Werk""",
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": """Wat is een embedding?

Een embedding is een lijst getallen die de betekenis van een stuk tekst weergeeft. Teksten met een vergelijkbare betekenis krijgen vectoren die dicht bij elkaar liggen. Zo kun je documenten zoeken op betekenis in plaats van op exacte woorden. Let op: een embeddingmodel en een taalmodel zijn verschillende modellen. Als je het embeddingmodel vervangt, moet je alle opgeslagen vectoren opnieuw berekenen, anders vergelijk je appels met peren.""",
    },
]
