"""Hand-written Dutch texts of the tuning split fresh28: web shops, bike and appliance stores, holiday parks, rail, bakeries and SaaS vendors."""

TEXTS: list[dict[str, str]] = [
    # -- support ------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Kan ik een OV-fiets die ik in Deventer heb gehuurd ook in Zwolle inleveren?",
    },
    {
        "kind": "support",
        "text": """Onderwerp: Klacht e-bike Amstel E7 – ordernummer 1048-77312

Beste klantenservice,

Mijn e-bike is op 29 februari bezorgd en nu, na nog geen 300 kilometer, valt de ondersteuning steeds weg zodra ik over een drempel rijd. Op het display verschijnt dan foutcode 503. Ik heb de accu opnieuw geplaatst en de connector schoongemaakt, maar het probleem blijft.

Kunnen jullie de fiets laten ophalen of mag ik langskomen bij een servicepunt? Ik woon in Utrecht, dus Leidsche Rijn zou handig zijn.

Met vriendelijke groet,
⟦PERSON|Marloes Terpstra-Ouali⟧
⟦STREET_ADDRESS|Twijnstraat 37, 3511 ZH Utrecht⟧
⟦PHONE_NUMBER|06 41 88 27 53⟧
⟦EMAIL_ADDRESS|marloes.terpstra@ziggo.nl⟧""",
    },
    {
        "kind": "support",
        "text": """Ticket #VX-30917 – Pakket terug naar afzender
Bestelling: 2024-110482 (koffiezetapparaat Barista Pro 6, ZWART)
Track & trace PostNL: 3SBWLG00472291
Status: 3x niet thuis, pakket op 11 april retour gestuurd naar magazijn Tilburg.
Actie: klant gemaild met keuze opnieuw verzenden (gratis) of terugbetaling. Geen reactie binnen 7 dagen = automatische terugbetaling.
Team Klantenservice, Keukenhuys.nl""",
    },
    {
        "kind": "support",
        "text": """Hallo,

We hebben een bungalow geboekt in jullie park op de Veluwe van 26 juli t/m 2 augustus (boekingsnummer VP-884129). Onze zoon ⟦PERSON|Daan⟧ (11) heeft ⟦HEALTH_DATA|autisme⟧ en ⟦HEALTH_DATA|epilepsie⟧ en raakt snel overprikkeld. Is het mogelijk om een huisje aan de rand van het park te krijgen, niet naast de speeltuin of het zwembad? En is er een AED in de buurt van de bungalows?

Alvast bedankt,
⟦PERSON|Sanne Brouwer-Doğan⟧
⟦PHONE_NUMBER|06 22 91 40 37⟧""",
    },
    {
        "kind": "support",
        "text": """Goeiedag,

Ik heb de wasdroger Aurum WT 9 (order BE-20391) binnen de bedenktijd teruggestuurd, de ophaling was op 15 maart. Tot nu toe heb ik de 629 euro nog niet teruggekregen. Mag ik vragen om het bedrag over te schrijven op mijn rekening?

Rekeninghouder: ⟦PERSON|Jens Vandecasteele⟧
IBAN: ⟦IBAN_CODE|BE92 2564 4103 5159⟧

Met vriendelijke groeten,
⟦PERSON|Jens Vandecasteele⟧
⟦STREET_ADDRESS|Kortrijksesteenweg 377, 9000 Gent⟧""",
    },
    {
        "kind": "support",
        "text": """[14:03] Klant: waar vind ik de factuur van maart? moet hem aan de boekhouder sturen
[14:03] Kassaflow Support-bot: Je vindt alle facturen onder Instellingen > Abonnement > Facturen. De factuur van maart heeft nummer KF-2024-03-11872.
[14:04] Klant: en kan ik het btw-nummer aanpassen?
[14:04] Kassaflow Support-bot: Ja, onder Instellingen > Bedrijfsgegevens. Wijzigingen gelden vanaf de volgende factuur.
[14:05] Klant: top""",
    },
    {
        "kind": "support",
        "text": """Vat deze klacht samen in twee zinnen voor het bezorgteam, en zeg welke compensatie passend is:

"Mijn boodschappen (bestelling 55120987) zouden gisteren tussen 18 en 19 uur komen, maar de bezorger stond om 21:40 voor de deur en de diepvriesproducten waren ontdooid. Ik wil die producten terugbetaald hebben. Ik ben bereikbaar op ⟦PHONE_NUMBER|06 19 37 82 40⟧. Groet, ⟦PERSON|Hüseyin Karataş⟧, ⟦STREET_ADDRESS|Van Speijkstraat 88-2, 1057 HA Amsterdam⟧\"""",
    },
    {
        "kind": "support",
        "text": """Storingsmelding opgelost – pinautomaten

Tussen 11:20 en 12:05 uur konden klanten in een deel van onze winkels niet pinnen door een storing bij onze betaaldienstverlener. De storing is verholpen; alle transacties die in die periode zijn geweigerd, zijn niet afgeschreven. Klanten die toch een dubbele afschrijving zien, kunnen de klantenservice bellen via 0800-0221 met hun bonnetje erbij.

Team Winkeloperaties""",
    },
    {
        "kind": "support",
        "text": """Hoi,

Hierbij mijn gegevens voor de private-lease-aanvraag van de Lumen 400 (offerte PL-77031):

Naam: ⟦PERSON|Wouter Hoekstra-Minnaert⟧
Geboortedatum: ⟦DATE_OF_BIRTH|28-06-1984⟧
BSN: ⟦NL_BSN|827266182⟧
Adres: ⟦STREET_ADDRESS|Brink 12, 7411 BR Deventer⟧
IBAN: ⟦IBAN_CODE|NL28 RABO 0312 8744 09⟧

Loonstrook en werkgeversverklaring stuur ik vanavond na.
Groet, ⟦PERSON|Wouter⟧""",
    },
    # -- hr -----------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """Vacature: Medewerker Kassa & Service (16-24 uur)

Bij Versmarkt De Hoeve in Amersfoort-Vathorst zoeken we een vrolijke collega voor de kassa en de servicebalie. Je werkt vooral avonden en zaterdagen. Vanaf 18 jaar, salaris volgens cao Supermarkten (schaal 3), plus 10% personeelskorting en een reiskostenvergoeding.

Solliciteren kan via werkenbijdehoeve.nl, vacaturenummer AMF-KS-12.""",
    },
    {
        "kind": "hr",
        "text": """PERSONEELSFORMULIER – indiensttreding
Naam: ⟦PERSON|Fenna Huisman⟧
Geboortedatum: ⟦DATE_OF_BIRTH|07-01-1998⟧
BSN: ⟦NL_BSN|240162298⟧
Adres: ⟦STREET_ADDRESS|Zuiderdiep 144, 9711 HP Groningen⟧
IBAN: ⟦IBAN_CODE|NL86 INGB 0006 7341 52⟧
Functie: assistent-filiaalmanager, bouwmarkt Groningen-Zuid
Loonheffingskorting toepassen: ja
Datum in dienst: 1 mei""",
    },
    {
        "kind": "hr",
        "text": """Verslag overleg ondernemingsraad / directie – distributiecentrum Zaltbommel, 3 april

Aanwezig: directie, OR-leden, en op uitnodiging ⟦PERSON|Abdelkarim Benali⟧ (orderpicker nachtploeg).
⟦PERSON|Benali⟧, die ⟦TRADE_UNION_MEMBERSHIP|lid is van FNV Handel⟧ en namens de nachtploeg spreekt, geeft aan dat de nieuwe pickdoelen (165 regels per uur) niet haalbaar zijn zonder extra pauze. De directie zegt toe de cijfers van de afgelopen 8 weken te analyseren. Volgende bespreking: 17 april.""",
    },
    {
        "kind": "hr",
        "text": """Aan alle medewerkers – Loonsverhoging per 1 juli

Volgens de nieuwe cao Woonbranche, afgesproken tussen de werkgevers en de vakbonden FNV, CNV en De Unie, stijgen alle lonen per 1 juli met 3,5%. De verhoging is automatisch verwerkt in de salarisstrook van juli. De eenmalige uitkering van €300 (bij een fulltime dienstverband) wordt in augustus uitbetaald.

Afdeling HR""",
    },
    {
        "kind": "hr",
        "text": """Verzuimmelding – vertrouwelijk

Medewerker: ⟦PERSON|Ruben Zwartjes⟧, teamleider webshop
Eerste ziektedag: 4 maart
Volgens het gesprek met de bedrijfsarts gaat het om een ⟦HEALTH_DATA|burn-out⟧; verwachte re-integratie in fasen vanaf juni. ⟦PERSON|Ruben⟧ heeft aangegeven dat hij liever niet heeft dat collega's de reden weten.
Afspraken: wekelijks telefonisch contact met leidinggevende, volgende afspraak bedrijfsarts 2 april.""",
    },
    {
        "kind": "hr",
        "text": """Beste ⟦PERSON|Ilse⟧,

Sinds de verkiezingen van vorig jaar ben ik ⟦POLITICAL_OPINION|gemeenteraadslid voor de SP⟧ in Emmen. De raadsvergaderingen zijn op dinsdagavond en de commissies op maandagmiddag. Ik wil daarom vragen of ik mijn vaste maandagdienst kan ruilen voor de woensdag. Volgens de cao heb ik recht op verlof voor een openbaar ambt, maar ruilen lijkt me voor iedereen makkelijker.

Groet,
⟦PERSON|Gerrit-Jan Lubbers⟧""",
    },
    {
        "kind": "hr",
        "text": """Rooster december – alle filialen

Koopzondagen: 8, 15 en 22 december (12:00–17:00).
24 december sluiten we om 18:00, 31 december om 16:00. Eerste en tweede kerstdag en 1 januari zijn alle winkels dicht.
Ruilen van diensten graag via de rooster-app, uiterlijk 1 december.

Fijne feestdagen alvast!
HR & Planning""",
    },
    {
        "kind": "hr",
        "text": """Notitie sollicitatieprocedure – bezorger (rijbewijs B), vestiging Eindhoven

Kandidaat: ⟦PERSON|Dennis Verhagen⟧
Uitkomst: de aanvraag voor de Verklaring Omtrent het Gedrag is door Justis afgewezen. In het tweede gesprek vertelde kandidaat zelf over ⟦CRIMINAL_RECORD|een veroordeling voor heling in 2021⟧. Omdat bezorgers met kostbare pakketten werken, kunnen we hem niet aannemen. Kandidaat telefonisch geïnformeerd op 19 maart.""",
    },
    # -- marketing ----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": """Amstel E7 – de e-bike voor elke dag

Middenmotor met 70 Nm, accu van 625 Wh voor ruim 120 km, riemaandrijving en een automatische naaf: onderhoud bijna nul. Het display koppelt met de Amstel-app voor navigatie en diefstalmelding. Verkrijgbaar in drie framematen en de kleuren Grachtengroen en Mat Zwart voor €2.999. Proefrijden kan in al onze winkels.""",
    },
    {
        "kind": "marketing",
        "text": """Wat gasten over ons zeggen

"Als ⟦SEX_LIFE_ORIENTATION|homostel⟧ let je toch altijd even op hoe je ontvangen wordt. Hier voelden we ons vanaf de eerste minuut welkom, en het ontbijt op het dakterras was geweldig." – ⟦PERSON|Jeroen⟧ en ⟦PERSON|Mehmet⟧, Rotterdam

"Schone kamer, perfecte ligging naast het Vrijthof." – ⟦PERSON|Lieke van Swaaij⟧, Breda

Hotel De Zeven Bogen, Maastricht""",
    },
    {
        "kind": "marketing",
        "text": """De oliebollenkraam staat er weer!

Vanaf 1 december bakken we elke dag verse oliebollen, appelbeignets en krentenbollen op het Marktplein. Zak van 10 oliebollen: €9,50. Op 30 en 31 december zijn we open van 8:00 tot 17:00; bestel vooraf via de site om wachten te voorkomen.

Bakkerij Van den Berg, Hoorn – sinds 1932""",
    },
    {
        "kind": "marketing",
        "text": """Winnaars van de zomeractie

De hoofdprijs, een weekje Texel in een strandhuisje, gaat naar ⟦PERSON|Gijsbert Nauta⟧ uit Leeuwarden. De drie cadeaubonnen van €250 zijn gewonnen door ⟦PERSON|Priya Ramsaran⟧ (Den Haag), ⟦PERSON|Thijs Bakkenes⟧ (Apeldoorn) en ⟦PERSON|Nour El Amrani⟧ (Tilburg). Gefeliciteerd!""",
    },
    {
        "kind": "marketing",
        "text": """Kom naar de Vakbeurs Retail Experience

Op 9 en 10 oktober staan we in de Jaarbeurs Utrecht, hal 8, stand D14. We laten de nieuwste versie van Kassaflow zien, inclusief zelfscan-kassa's en de koppeling met bol.com en Shopify. Registreer gratis met code KF-BEURS24.""",
    },
    {
        "kind": "marketing",
        "text": """Achter de schermen: onze monteurs

Al negentien jaar repareert ⟦PERSON|Kees Oudshoorn⟧ fietsen in onze werkplaats in Haarlem. Hij heeft naar eigen schatting meer dan 30.000 binnenbanden geplakt. Sinds dit jaar leidt hij ook de opleiding van onze nieuwe monteurs. "Als je een fiets hoort tikken, weet je al half wat er mis is," zegt ⟦PERSON|Kees⟧.""",
    },
    {
        "kind": "marketing",
        "text": """Kassaflow 4.12 – release notes

Nieuw
- Gespreide betaling met Klarna aan de kassa
- Voorraadmeldingen per filiaal via e-mail of de app
Verbeterd
- Bonprinter Epson TM-m30III wordt automatisch herkend
- Snellere synchronisatie bij meer dan 10.000 artikelen
Opgelost
- Kortingscodes met een punt in de naam (bijv. ZOMER.10) gaven foutmelding KF-412

De update wordt vanaf 22 mei automatisch uitgerold.""",
    },
    {
        "kind": "marketing",
        "text": """Offerte – merkcampagne Zuivelhoeve

Beste ⟦PERSON|Maaike⟧,

Zoals besproken hierbij ons voorstel voor de campagne rond jullie nieuwe biologische yoghurtlijn: een online video van 30 seconden, een social-campagne van zes weken en sampling in 40 supermarkten. Totaal €38.750 excl. btw.

Vragen? Bel me gerust: ⟦PHONE_NUMBER|06 52 70 19 84⟧.

Hartelijke groet,
⟦PERSON|Bastiaan Dekkers-Vroom⟧
Studio Windkracht, Rotterdam""",
    },
    {
        "kind": "marketing",
        "text": """Last minute: 4 nachten Zeeland voor €299

Verblijf midweek in een vierpersoons strandlodge op Vakantiepark Duinzicht in Renesse, inclusief gratis toegang tot het subtropisch zwembad en huur van twee fietsen. Aankomst op maandag, vertrek op vrijdag, in de periodes van 9 september tot en met 25 oktober. Huisdieren welkom in de groene lodges.""",
    },
    # -- docs ---------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": """De eerste kruidenier met een keten

In 1887 nam de 22-jarige Albert Heijn de kruidenierswinkel van zijn vader in Oostzaan over. Hij begon met het verkopen van eigen koffie, thee en koekjes onder de eigen naam, wat in die tijd ongewoon was. Rond 1900 had hij al 23 filialen. In 1952 opende in Schiedam de eerste zelfbedieningswinkel van het bedrijf. Het concept van de winkelketen, met centrale inkoop en een vast assortiment, veranderde daarmee de Nederlandse detailhandel ingrijpend.""",
    },
]
