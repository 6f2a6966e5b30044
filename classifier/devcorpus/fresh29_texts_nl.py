"""Hand-written Dutch texts of the tuning split fresh29: apotheken, huisartsen, zorgverzekeraars en ziekenfondsen, thuiszorg, Wmo-loketten, kerken en moskeeën, vakbonden, partijen en patiëntenverenigingen in Nederland en Vlaanderen."""

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Is de apotheek op Koningsdag open of moet ik naar de dienstapotheek?",
    },
    {
        "kind": "support",
        "text": "Onderwerp: Declaratie fysiotherapie afgewezen (declaratienummer 2025-0419-88213)\n\nGeachte heer/mevrouw,\n\nMijn declaratie voor 9 behandelingen fysiotherapie is afgewezen omdat ik 'geen aanvullende verzekering' zou hebben. Ik heb sinds 1 januari het pakket AV Plus, zie mijn polisblad. De behandelingen waren voor ⟦HEALTH_DATA|whiplash⟧ na een aanrijding in februari.\n\nWilt u de declaratie opnieuw beoordelen en het bedrag van € 337,50 overmaken naar ⟦IBAN_CODE|NL50 IUGC 8064 3075 85⟧?\n\nMijn BSN: ⟦NL_BSN|899116036⟧\n\nMet vriendelijke groet,\n⟦PERSON|Sanne Wijnbergen-Okafor⟧\n⟦STREET_ADDRESS|Prins Hendrikkade 204, 2518 KR Den Haag⟧\n⟦PHONE_NUMBER|06 41 87 20 93⟧",
    },
    {
        "kind": "support",
        "text": "Huisartsenpraktijk De Linde is op vrijdag 30 mei gesloten in verband met scholing. Voor spoed belt u tussen 8.00 en 17.00 uur de waarneming via 030 231 44 00. Buiten kantoortijden kunt u terecht bij de Huisartsenpost Utrecht Stad, 088 130 96 70. Bij levensbedreigende situaties altijd 112. Herhaalrecepten die u vóór donderdag 10.00 uur aanvraagt, liggen vrijdag gewoon klaar bij de apotheek.",
    },
    {
        "kind": "support",
        "text": "[10:14] ⟦PERSON|Marloes⟧ (wijkteam Oost): Wie kan vanmiddag naar mevrouw ⟦PERSON|Terpstra⟧? Haar ⟦HEALTH_DATA|stoma⟧ lekt weer, de plaat zit niet goed sinds ze is afgevallen.\n[10:16] ⟦PERSON|Rachid⟧: ik kan om 14.30. Moet ik nieuwe maat meenemen?\n[10:17] ⟦PERSON|Marloes⟧: ja, 45 mm, ligt in de kast op kantoor. En even bloedsuiker prikken, ze is ⟦HEALTH_DATA|diabeet⟧ en at gisteren bijna niks.\n[10:17] ⟦PERSON|Rachid⟧: 👍",
    },
    {
        "kind": "support",
        "text": "Kun je uit deze mail naam, BSN, adres en de hulpvraag halen en in een tabel zetten voor het Wmo-dossier?\n\n---\nBeste Wmo-loket,\n\nIk wil graag een traplift en hulp bij het huishouden aanvragen. Ik heb vorig jaar de diagnose ⟦HEALTH_DATA|ALS⟧ gekregen en kan de trap naar de slaapkamer niet meer op. Mijn vrouw werkt fulltime en kan niet alles opvangen. We wonen op ⟦STREET_ADDRESS|Oude Ebbingestraat 77, 9712 HJ Groningen⟧. Mijn BSN is ⟦NL_BSN|1737.73.564⟧. U kunt bellen naar ⟦PHONE_NUMBER|050 318 42 76⟧.\n\nMet vriendelijke groet,\n⟦PERSON|Wiebe Hoekstra-Demir⟧",
    },
    {
        "kind": "support",
        "text": "Wat is het eigen risico in 2025?\nHet verplicht eigen risico is € 385 per jaar voor iedereen van 18 jaar en ouder. Huisartsenzorg, wijkverpleging en zorg voor kinderen tot 18 jaar vallen er niet onder. U kunt kiezen voor een vrijwillig eigen risico van € 100 tot € 500 extra, in ruil voor een lagere premie. Wijzigen kan tot en met 31 december voor het volgende jaar.",
    },
    {
        "kind": "support",
        "text": "Goeiedag,\n\nIk ben verhuisd van Gent naar Aalst en kreeg van jullie een brief dat mijn ⟦HEALTH_DATA|diabetespas⟧ niet meer geldig is omdat mijn huisarts niet meer in de regio zit. Kan ik die laten overzetten naar mijn nieuwe huisarts? Mijn rijksregisternummer is ⟦BE_NATIONAL_NUMBER|75.12.02-291.47⟧, ledennummer 417-22093.\nNieuw adres: ⟦STREET_ADDRESS|Kerkstraat 112, 9300 Aalst⟧.\n\nGroetjes,\n⟦PERSON|Hilde Vanhoutteghem⟧",
    },
    {
        "kind": "support",
        "text": "Goed nieuws! Uw bestelling 70-2211934 ligt voor u klaar in de afhaalkluis bij Apotheek Het Spaarne, Gedempte Oude Gracht 88, Haarlem. De kluis is 24/7 bereikbaar. Scan de QR-code in de app om het vak te openen. Uw bestelling blijft 7 dagen in de kluis liggen.",
    },
    {
        "kind": "support",
        "text": "Mijn dochter ⟦PERSON|Fenna⟧ heeft ⟦HEALTH_DATA|ADHD⟧, mag ze haar ⟦HEALTH_DATA|methylfenidaat⟧ zomaar meenemen naar Turkije of heb ik een verklaring nodig?",
    },
    # -- hr ----------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Vacature: Wijkverpleegkundige (niveau 5), 24-32 uur – team Amersfoort-Noord\n\nJij werkt in een zelfsturend team van 14 collega's en bent het aanspreekpunt voor indicaties en complexe zorg thuis. Salaris volgens cao VVT, FWG 50 (max. € 4.924 bruto bij 36 uur), plus eindejaarsuitkering en een e-bike van de zaak. Solliciteren kan tot 15 augustus via werkenbij.zorggroepeemland.nl, vacaturenummer WV-0725.",
    },
    {
        "kind": "hr",
        "text": "PERSONEELSKAART\nNaam: ⟦PERSON|Dewi Sastrowardoyo-Bakker⟧\nGeboortedatum: ⟦DATE_OF_BIRTH|14-02-1988⟧\nBSN: ⟦NL_BSN|651217039⟧\nAdres: ⟦STREET_ADDRESS|Lange Nieuwstraat 9, 3512 PA Utrecht⟧\nFunctie: apothekersassistente, 28 uur\nIBAN: ⟦IBAN_CODE|NL33 HYLX 7469 8792 10⟧\nVakbondscontributie via werkgever (fiscale uitruil): ja – ⟦TRADE_UNION_MEMBERSHIP|lid FNV Zorg & Welzijn⟧",
    },
    {
        "kind": "hr",
        "text": "Nieuwe cao Ziekenhuizen: wat verandert er voor jou?\n\nNa maanden onderhandelen hebben de NVZ en de vakbonden een akkoord bereikt. De lonen stijgen per 1 juli met 4,5 % en per 1 januari met nog eens 2 %. De onregelmatigheidstoeslag voor avonddiensten gaat omhoog en wie 57 jaar of ouder is, kan vrijstelling van nachtdiensten krijgen. Het akkoord wordt nog voorgelegd aan de leden.",
    },
    {
        "kind": "hr",
        "text": "Verslag verzuimgesprek 03-06-2025\nMedewerker: ⟦PERSON|Joost Mulderij⟧, doktersassistent\nAanwezig: leidinggevende, casemanager verzuim\n⟦PERSON|Joost⟧ is sinds half januari deels ziek gemeld. Hij geeft aan dat hij na een coronabesmetting klachten heeft van ⟦HEALTH_DATA|long covid⟧: extreme vermoeidheid en concentratieproblemen. De bedrijfsarts adviseert opbouw naar 4 × 4 uur per week, geen telefoondienst. Volgende afspraak: 01-07-2025.",
    },
    {
        "kind": "hr",
        "text": "Herinnering: de jaarlijkse BHV-herhalingstraining is op dinsdag 23 september en donderdag 2 oktober, van 9.00 tot 13.00 uur in zaal 1.12. Inschrijven via het leerplatform onder 'Verplichte scholing'. Zonder geldig BHV-certificaat kun je niet ingeroosterd worden als BHV'er.",
    },
    {
        "kind": "hr",
        "text": "Curriculum vitae\n\n⟦PERSON|Thijmen Brouwer-Nasrallah⟧\n⟦STREET_ADDRESS|Assendorperstraat 31, 8012 DE Zwolle⟧\n⟦PHONE_NUMBER|06 29 70 51 84⟧ · ⟦EMAIL_ADDRESS|thijmen.brouwer.nasrallah@ziggo.nl⟧\n\nWerkervaring\n2021-heden  Beleidsmedewerker sociaal domein, gemeente Kampen\n2018-2021   Consulent Wmo, gemeente Dronten\n\nNevenfuncties\n- ⟦POLITICAL_OPINION|Bestuurslid afdeling Zwolle van GroenLinks-PvdA⟧\n- Vrijwilliger Voedselbank IJsseldelta",
    },
    {
        "kind": "hr",
        "text": "Aanmeldingen ambassadeurs Roze Netwerk (intern, niet doorsturen):\n- ⟦PERSON|Lieke Verschure⟧, afdeling IC – ⟦SEX_LIFE_ORIENTATION|lesbisch⟧, wil vooral iets doen voor jonge collega's die nog niet uit de kast zijn\n- ⟦PERSON|Bram Oosterhuis⟧, facilitair – ⟦SEX_LIFE_ORIENTATION|biseksueel⟧, wil meehelpen bij de Pride-stand in augustus\nGraag uiterlijk vrijdag een kennismaking plannen.",
    },
    {
        "kind": "hr",
        "text": "Notulen ondernemingsraad, vergadering 11 juni 2025\nAanwezig: 9 OR-leden, bestuurder, ambtelijk secretaris.\n1. Instemmingsaanvraag nieuw roosterbeleid: de OR stemt in, onder voorwaarde van evaluatie na zes maanden.\n2. Adviesaanvraag sluiting locatie De Wilgen: de OR vraagt aanvullende informatie over de herplaatsing van 23 medewerkers.\n3. Rondvraag: parkeerproblemen bij de hoofdlocatie worden besproken in het overleg met facilitair bedrijf.",
    },
    {
        "kind": "hr",
        "text": "Intern memo – screening\nKandidaat ⟦PERSON|Ruud Kamphorst⟧ (financieel administrateur) heeft geen VOG gekregen. Uit de toelichting van Justis blijkt een ⟦CRIMINAL_RECORD|veroordeling voor verduistering in dienstbetrekking (2020)⟧. Gezien het functieaspect 'geld' is indiensttreding niet mogelijk. Kandidaat is telefonisch geïnformeerd; schriftelijke bevestiging volgt.",
    },
    # -- marketing ---------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Gebruikt u 5 of meer geneesmiddelen? Maak een afspraak voor een gratis medicijncheck bij Apotheek Zuiderpark. Samen met uw huisarts kijken we of al uw medicijnen nog nodig zijn en goed samengaan.\nOpeningstijden: ma-vr 8.00-18.00, za 10.00-13.00. Zuiderparkweg 260, Den Haag.",
    },
    {
        "kind": "marketing",
        "text": "Johannes-Passion in de Grote of Sint-Bavokerk, Haarlem\nGoede Vrijdag 18 april, 19.30 uur\nKoor en orkest van de Bavo Cantorij\nKaarten € 25 / € 12,50 (t/m 25 jaar) via de website of aan de kerk",
    },
    {
        "kind": "marketing",
        "text": '"Na mijn ⟦HEALTH_DATA|nieuwe heup⟧ kon ik twee weken niks. De wijkverpleging van Thuiszorg Rivierenland kwam elke ochtend en avond, en nu fiets ik weer naar de markt in Tiel." – ⟦PERSON|Gerrit van Dorsselaer⟧, 79\n\nZorg nodig na een ziekenhuisopname? Bel ons zorgbemiddelingsteam: 0344 63 40 00.',
    },
    {
        "kind": "marketing",
        "text": "PERSBERICHT – FNV eist 7 procent loonsverhoging in de gehandicaptenzorg\n\nUtrecht – FNV Zorg & Welzijn gaat de onderhandelingen voor een nieuwe cao Gehandicaptenzorg in met een looneis van 7 procent en een structurele oplossing voor de hoge werkdruk. 'Zonder betere lonen blijven de vacatures openstaan', aldus de bond. Ook vraagt de FNV om een vergoeding voor reistijd bij ambulante begeleiding.",
    },
    {
        "kind": "marketing",
        "text": "Nieuwsbrief Moskee Al-Fourqaan – juni\n\nWe verwelkomen ⟦PERSON|Marieke Verhagen⟧, die na haar ⟦RELIGIOUS_BELIEF|bekering tot de islam⟧ vorige maand de shahada heeft uitgesproken in onze moskee. Welkom, zuster!\n\nHet offerfeest valt dit jaar op vrijdag 6 juni; het gebed begint om 8.30 uur. Er is kinderopvang in zaal 2.",
    },
    {
        "kind": "marketing",
        "text": "Leven met een hartaandoening? Kom naar de informatieavond van de Hartpatiëntenvereniging regio Brabant op 9 oktober in het Jeroen Bosch Ziekenhuis. Een cardioloog vertelt over nieuwe behandelingen, een diëtist geeft kooktips en er is ruimte voor vragen. Toegang gratis, aanmelden via de website.",
    },
    {
        "kind": "marketing",
        "text": "Uitslag van de zomerbingo in zorgcentrum De Horst: de hoofdprijs (een dagje Efteling met begeleiding) gaat naar ⟦PERSON|Trees Hendrikx-Peeters⟧ van afdeling Vlinder, de fruitmand naar ⟦PERSON|Harm Jan Slagter⟧. Iedereen bedankt voor de gezellige middag!",
    },
    {
        "kind": "marketing",
        "text": "De nieuwe Vivara Lite rollator: slechts 5,9 kg, opvouwbaar met één hand, met boodschappentas en stokhouder. Te proberen in elke thuiszorgwinkel. Misschien vergoedt uw gemeente of zorgverzekeraar hem; vraag het na bij uw Wmo-loket.",
    },
    {
        "kind": "marketing",
        "text": "Maak kennis met ⟦PERSON|Koen Dijkgraaf-Amrani⟧, sinds 1 juli de nieuwe beherend apotheker van Apotheek De Vaart. ⟦PERSON|Koen⟧ studeerde farmacie in Groningen en werkte eerder in het Martini Ziekenhuis. Loop gerust even binnen om kennis te maken!",
    },
    # -- docs --------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Aletta Jacobs, de eerste vrouwelijke arts van Nederland\n\nAletta Jacobs (1854-1929) was de eerste vrouw die in Nederland officieel tot een universiteit werd toegelaten. Met toestemming van minister Thorbecke begon zij in 1871 aan de studie geneeskunde in Groningen; in 1879 promoveerde zij. In Amsterdam hield zij gratis spreekuren voor arme vrouwen en kinderen, waar zij ook voorlichting gaf over anticonceptie met het pessarium. Later zette zij zich in voor het vrouwenkiesrecht, dat in 1919 werd ingevoerd.",
    },
]
