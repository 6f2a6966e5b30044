"""Hand-written German texts of the tuning split fresh28: supermarkets, bakeries, DIY stores, car dealers, rail and appliance makers."""

TEXTS: list[dict[str, str]] = [
    # -- support ------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Hat der Markt in Freiburg-Haslach am Pfingstmontag offen? Und gibt's dort Paketannahme?",
    },
    {
        "kind": "support",
        "text": """Betreff: Reklamation Waschmaschine Aquavia WM 814 – Auftrag 1002-558731

Sehr geehrte Damen und Herren,

die am 4. März gelieferte Waschmaschine zeigt seit gestern bei jedem Programm nach etwa 20 Minuten den Fehler F-07 und pumpt nicht mehr ab. Ich habe das Flusensieb gereinigt und den Schlauch geprüft, beides ohne Erfolg. Das Gerät ist also keine drei Wochen alt.

Bitte schicken Sie einen Techniker oder tauschen Sie das Gerät aus. Ich bin vormittags im Homeoffice und gut erreichbar.

Mit freundlichen Grüßen
⟦PERSON|Henrike Sadowski⟧
⟦STREET_ADDRESS|Lindenstraße 47, 44137 Dortmund⟧
Tel. ⟦PHONE_NUMBER|0231 98 44 617⟧
⟦EMAIL_ADDRESS|h.sadowski@web.de⟧""",
    },
    {
        "kind": "support",
        "text": """Ticket 2024-118734 | Status: an Versand übergeben
Bestellung: 300-4471982 (Akku-Bohrschrauber ProFix 18V, 2x Akku 4,0 Ah)
Sendungsnummer DHL: 00340434161094027318
Voraussichtliche Zustellung: Mi., 17.04., 10:00–14:00 Uhr
Kunde hat Abstellgenehmigung für die Garage erteilt. Rechnung RE-88201934 per Mail versendet.
– Team Kundenservice, HolzHaus Baumärkte""",
    },
    {
        "kind": "support",
        "text": """Guten Tag,

ich möchte für meinen Vater, ⟦PERSON|Ewald Kreutzkamp⟧, Hilfe beim Ein- und Umsteigen anmelden. Er fährt am 22. Mai mit dem ICE 577 von Hannover nach Stuttgart und steigt in Fulda nicht um, braucht aber am Bahnsteig Unterstützung. Seit einem ⟦HEALTH_DATA|Schlaganfall⟧ im letzten Jahr hat er eine ⟦HEALTH_DATA|halbseitige Lähmung rechts⟧ und läuft nur mit ⟦HEALTH_DATA|Rollator⟧. Reservierung Wagen 21, Platz 64.

Rückfragen gern an mich: ⟦PHONE_NUMBER|0176 3349 2081⟧.

Viele Grüße
⟦PERSON|Tanja Kreutzkamp⟧""",
    },
    {
        "kind": "support",
        "text": """Hallo Herr ⟦PERSON|Lorenzen⟧,

danke für die schnelle Abnahme gestern. Wie besprochen wurde der Tiguan (Kennzeichen OS-BA 4471) ohne Schäden zurückgegeben, das Protokoll habe ich unterschrieben. Die Kaution von 1.500 € bitte auf mein Konto überweisen:

Kontoinhaber: ⟦PERSON|Bünyamin Aydoğdu⟧
IBAN: ⟦IBAN_CODE|DE08 4306 0967 1048 5763 00⟧

Die Leasingnummer war 77-L-20931. Falls noch etwas fehlt, erreichen Sie mich unter ⟦PHONE_NUMBER|0541 6670 9132⟧.

Gruß
⟦PERSON|B. Aydoğdu⟧""",
    },
    {
        "kind": "support",
        "text": """[18:02] Kunde: Spülmaschine SP 60 zeigt E24 und piept
[18:02] Aquavia Service-Bot: Der Fehler E24 bedeutet, dass das Wasser nicht richtig abläuft. Bitte schalten Sie das Gerät aus und prüfen Sie das Sieb am Boden des Spülraums.
[18:04] Kunde: sieb war voll mit glas
[18:04] Aquavia Service-Bot: Danke! Setzen Sie das Sieb wieder ein und starten Sie das Programm "Abpumpen" (Start/Pause 3 Sekunden halten).
[18:06] Kunde: läuft wieder 👍
[18:06] Aquavia Service-Bot: Super. Vorgang 55120-E24 ist geschlossen.""",
    },
    {
        "kind": "support",
        "text": """Fass mir diese Kundenmail in 3 Sätzen fürs Ticket zusammen und schlag eine Antwort vor:

"Grüß Gott, ich habe am 2. Februar im Onlineshop einen Kaffeevollautomaten Barista Pro 8 bestellt (Bestellnr. AT-77120334) und mit Kreditkarte ⟦CREDIT_CARD|4943 0706 3431 3105⟧ bezahlt. Geliefert wurde ein Barista Pro 6. Ich habe den Karton nicht geöffnet und möchte ihn tauschen. Abholung bitte an ⟦STREET_ADDRESS|Annenstraße 12/4, 8020 Graz⟧, ich bin unter ⟦PHONE_NUMBER|+43 664 281 5570⟧ erreichbar. Mit freundlichen Grüßen, ⟦PERSON|Leopoldine Gschwandtner⟧\"""",
    },
    {
        "kind": "support",
        "text": """Textbaustein: Garantieverlängerung

Hallo {Anrede} {Nachname},

vielen Dank für Ihre Anfrage. Für alle Aquavia-Großgeräte, die ab dem 1. Januar 2024 gekauft wurden, können Sie die Herstellergarantie kostenlos von 2 auf 5 Jahre verlängern. Registrieren Sie dafür das Gerät innerhalb von 8 Wochen nach Kauf unter aquavia.de/garantie mit der E-Nummer und der FD-Nummer vom Typenschild.

Ausgenommen sind Verschleißteile wie Dichtungen, Filter und Leuchtmittel.

Freundliche Grüße
Ihr Aquavia Kundendienst""",
    },
    {
        "kind": "support",
        "text": """Filialmeldung Markt 0431 (Kassel-Wilhelmshöhe), 12.03., 17:40 Uhr

Herr ⟦PERSON|Marcel Pohlmeyer⟧ hat erneut versucht, zwei Flaschen Spirituosen ohne Bezahlung durch die Kassenzone zu bringen. Laut Ladendetektiv wurde er ⟦CRIMINAL_RECORD|bereits im Oktober und Dezember wegen Ladendiebstahls angezeigt⟧. Polizei war vor Ort, Vorgangsnummer liegt vor. Hausverbot für alle Märkte der Region wurde ausgesprochen und schriftlich übergeben.

⟦PERSON|Svenja Ruckdäschel⟧, Marktleitung""",
    },
    # -- hr -----------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """Bäckereifachverkäufer (m/w/d) in Leipzig-Plagwitz gesucht

Die Bäckerei Kornliebe sucht ab sofort Verstärkung für unsere Filiale in der Karl-Heine-Straße. Arbeitszeit: Teilzeit 25–30 Std./Woche, Frühschicht ab 5:30 Uhr, jedes zweite Wochenende frei. Wir zahlen 14,50 € pro Stunde plus Sonntagszuschlag, 30 Tage Urlaub und jeden Tag Brot zum Mitnehmen.

Bewerbung einfach per WhatsApp oder über kornliebe.de/jobs – kein Anschreiben nötig.""",
    },
    {
        "kind": "hr",
        "text": """Personalfragebogen – Neueinstellung
Name, Vorname: ⟦PERSON|Oberstebrink, Jannik⟧
Geburtsdatum: ⟦DATE_OF_BIRTH|14.09.1993⟧
Anschrift: ⟦STREET_ADDRESS|Am Kuhlenkamp 8, 33330 Gütersloh⟧
Steuer-ID: ⟦DE_TAX_ID|73905461121⟧
Steuerklasse: I, Kinderfreibeträge: 0
Konfession: ⟦RELIGIOUS_BELIEF|röm.-kath.⟧
Krankenkasse: AOK NordWest
Bankverbindung: ⟦IBAN_CODE|DE81 7002 0270 0015 7382 91⟧
Eintritt: 01.05., Verkäufer Fliesen & Sanitär, Markt Gütersloh""",
    },
    {
        "kind": "hr",
        "text": """Protokoll Betriebsratssitzung vom 08.04., Logistikzentrum Kamen

TOP 3: Versetzung ⟦PERSON|Aleksandra Wójcik-Hein⟧ in die Spätschicht
Die Geschäftsleitung beantragt die Versetzung ab 01.05. Frau ⟦PERSON|Wójcik-Hein⟧ hat dem Gremium mitgeteilt, dass sie ⟦TRADE_UNION_MEMBERSHIP|Mitglied bei ver.di⟧ ist und die Vertrauensleute eingebunden hat. Sie verweist auf die Betreuung ihrer Mutter am Abend. Beschluss: Der Betriebsrat verweigert die Zustimmung nach § 99 BetrVG (6 Ja, 1 Enthaltung).""",
    },
    {
        "kind": "hr",
        "text": """AUSHANG – Betriebsversammlung

Liebe Kolleginnen und Kollegen,

die nächste Betriebsversammlung findet am Donnerstag, 25.04., von 14:00 bis 16:00 Uhr in der Kantine statt. Themen: Stand der Tarifrunde Einzelhandel (ver.di und HDE), neue Pausenregelung an der Kasse, Umbau Getränkemarkt. Die Teilnahme gilt als Arbeitszeit.

Euer Betriebsrat Markt 0219""",
    },
    {
        "kind": "hr",
        "text": """Betreff: Anmeldung ÖGK – neue Mitarbeiterin Filiale Linz-Urfahr

Hallo Lohnverrechnung,

bitte folgende Dienstnehmerin zum 02.05. bei der ÖGK anmelden:
⟦PERSON|Valentina Hofbauer-Kriz⟧, geb. ⟦DATE_OF_BIRTH|17.04.1986⟧
SV-Nr.: ⟦AT_SVNR|5189 170486⟧
Wohnadresse: ⟦STREET_ADDRESS|Hauptstraße 61, 4040 Linz⟧
Beschäftigung: Verkäuferin, 30 Wochenstunden, KV Handel Beschäftigungsgruppe 2
Konto: ⟦IBAN_CODE|AT72 2011 1827 1549 3300⟧

Danke und lG
Personalbüro Mode Steinbauer""",
    },
    {
        "kind": "hr",
        "text": """BEM-Gespräch (vertraulich) – Autohaus Brenner, Werkstatt
Teilnehmer: ⟦PERSON|Dirk Schwanitz⟧ (Kfz-Mechatroniker), Werkstattleitung, Betriebsrat auf Wunsch des Mitarbeiters.
Herr ⟦PERSON|Schwanitz⟧ war nach einem ⟦HEALTH_DATA|Bandscheibenvorfall L4/L5⟧ insgesamt elf Wochen arbeitsunfähig. Er möchte stufenweise wieder einsteigen (Hamburger Modell, 4 Std./Tag ab 15.04.). Vereinbart: keine Arbeiten unter der Hebebühne über Kopf für 6 Wochen, Einsatz vorrangig in der Direktannahme. Nächster Termin: 27.05.""",
    },
    {
        "kind": "hr",
        "text": """Rundschreiben: Inventur 2024

Die Jahresinventur findet in allen Filialen am Montag, 30.12., statt. Die Märkte schließen an diesem Tag um 14:00 Uhr. Alle Mitarbeitenden im Verkauf sind eingeplant; Urlaubsanträge für den 30.12. können leider nicht genehmigt werden. Zählschluss ist 20:00 Uhr, danach gibt es Pizza im Aufenthaltsraum.

Fragen bitte an eure Marktleitung.
Ihre Personalabteilung""",
    },
    {
        "kind": "hr",
        "text": """Onboarding-Checkliste Fahrer Auslieferung – Möbelhaus Kranich
Mitarbeiter: ⟦PERSON|Kemal Sarıkaya⟧
[x] Arbeitsvertrag unterschrieben
[x] Personalausweis geprüft, Nr. ⟦DE_ID_CARD|T563WGL820⟧
[x] Führerschein Klasse C1E, gültig bis 2031
[x] Steuer-ID: ⟦DE_TAX_ID|18675740932⟧
[ ] Sicherheitsunterweisung Ladungssicherung (Termin 06.05.)
[ ] Dienstkleidung Größe L ausgeben""",
    },
    # -- marketing ----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": """Barista Pro 8 – Ihr Café zu Hause

Der neue Kaffeevollautomat Barista Pro 8 bereitet 18 Getränke auf Knopfdruck zu, vom Ristretto bis zum Flat White. Das Mahlwerk aus Keramik arbeitet 30 % leiser als beim Barista Pro 6, und das Milchsystem spült sich nach jedem Bezug selbst. Per App legen Sie bis zu 8 Profile an.

UVP 899 €, ab 15. September im Fachhandel und auf aquavia.de. Zum Marktstart gibt es zwei Pakete Bohnen gratis dazu.""",
    },
    {
        "kind": "marketing",
        "text": """Stimmen unserer Kundinnen und Kunden

„Vom ersten Aufmaß bis zur Montage hat alles gepasst. Unsere neue Küche ist genau so geworden, wie sie im 3D-Plan aussah." – ⟦PERSON|Annette Brinkhaus⟧, Münster

„Der Monteur hat sogar die alte Arbeitsplatte mitgenommen. Klare Empfehlung!" – ⟦PERSON|Ferhat Demirtaş⟧, Bielefeld

Küchenwelt Eckhardt – seit 1968 in Ostwestfalen.""",
    },
    {
        "kind": "marketing",
        "text": """HolzHaus Wochenangebote, gültig vom 08.04. bis 13.04.

• Terrassendielen Bangkirai 145 mm, lfd. Meter 6,99 € statt 8,49 €
• Rasenmäher GreenCut 42 E, 1.600 W – 179 €
• Blumenerde Premium 70 l, 3 Säcke für 15 €
• Wandfarbe Weiß matt 10 l – 29,95 €

Nur solange der Vorrat reicht. Alle Preise inkl. MwSt. In allen Märkten und auf holzhaus.de, Lieferung ab 49 € versandkostenfrei.""",
    },
    {
        "kind": "marketing",
        "text": """Gewinner unseres Frühlingsgewinnspiels

Die E-Bikes „Urbano 500" gehen an ⟦PERSON|Ingeborg Lüttjohann⟧ aus Kiel und ⟦PERSON|Mustafa Çelebi-Roth⟧ aus Mannheim. Über je einen Einkaufsgutschein im Wert von 250 € dürfen sich ⟦PERSON|Wiebke Andersen-Krüger⟧ (Husum) und ⟦PERSON|Quirin Maierhofer⟧ (Rosenheim) freuen. Herzlichen Glückwunsch! Alle Gewinner wurden per E-Mail benachrichtigt.""",
    },
    {
        "kind": "marketing",
        "text": """Besuchen Sie uns auf der Ambiente 2025 in Frankfurt am Main!

7. bis 11. Februar, Halle 3.1, Stand C41

Wir zeigen die neue Tischkultur-Kollektion „Nordlicht" aus Steinzeug, die Glasserie „Klar" und unsere ersten Textilien aus recyceltem Leinen. Fachbesucher können unter porzellan-weiden.de/ambiente einen Termin mit dem Vertriebsteam vereinbaren. Pressetermin: Samstag, 8. Februar, 11 Uhr am Stand.""",
    },
    {
        "kind": "marketing",
        "text": """Mitarbeiterporträt zum Pride Month

„Bei uns darf jeder so sein, wie er ist", sagt ⟦PERSON|Timo Rehagel⟧, seit sieben Jahren Verkaufsberater in unserer Filiale am Jungfernstieg. ⟦PERSON|Timo⟧ lebt offen ⟦SEX_LIFE_ORIENTATION|schwul⟧ und hat im letzten Jahr das Regenbogen-Netzwerk unseres Unternehmens mitgegründet, das inzwischen 140 Mitglieder hat. Beim CSD in Hamburg läuft unser Team dieses Jahr mit eigenem Wagen mit.""",
    },
    {
        "kind": "marketing",
        "text": """Wellness-Newsletter Hotel Tannenhof, Baiersbronn

Neu ab Juni: unsere Saunalandschaft mit Panorama-Ruheraum über den Schwarzwaldtannen. Das Arrangement „Auszeit" (3 Nächte inkl. Halbpension, eine Massage à 50 Minuten und freier Eintritt ins Spa) kostet ab 489 € pro Person im Doppelzimmer.

Anreise täglich möglich, Hunde auf Anfrage. Buchung unter 07442 4510 oder tannenhof-baiersbronn.de.""",
    },
    {
        "kind": "marketing",
        "text": """PRESSEMITTEILUNG

Lichtblick Agentur gewinnt Etat der Modekette Marlene & Söhne

Hamburg, 3. April – Die Hamburger Agentur Lichtblick übernimmt ab Mai die Social-Media-Kommunikation der Modekette Marlene & Söhne (42 Filialen in Norddeutschland). Schwerpunkt ist der Launch der nachhaltigen Linie „Marlene Grün" im Herbst.

Pressekontakt:
⟦PERSON|Clarissa von Aschwege⟧
Lichtblick Kommunikation GmbH
⟦PHONE_NUMBER|+49 40 3290 5518⟧
⟦EMAIL_ADDRESS|c.vonaschwege@lichtblick-agentur.de⟧""",
    },
    {
        "kind": "marketing",
        "text": """FAQ zur FrischePlus-Karte

Wie sammle ich Punkte? Zeigen Sie die Karte oder die App an der Kasse vor. Für jeden vollen Euro erhalten Sie einen Punkt.
Ab wann kann ich einlösen? Ab 200 Punkten, das entspricht 2 € Rabatt.
Verfallen Punkte? Ja, nach 36 Monaten.
Gilt die Karte beim Pfandautomaten? Nein, Pfandbons sind ausgenommen, ebenso Tabakwaren, Zeitschriften und Gutscheinkarten.""",
    },
    # -- docs ---------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": """Vom Eiskeller zum Kühlschrank

Bis ins 19. Jahrhundert kühlten Brauereien und Metzger mit Natureis, das im Winter aus Seen gesägt und in Eiskellern gelagert wurde. Der Münchner Ingenieur Carl von Linde entwickelte 1873 im Auftrag der Spaten-Brauerei eine Kältemaschine mit Dimethylether, wenig später mit Ammoniak. Seine Maschinen machten das Brauen unabhängig vom Winter. In die Haushalte kam die Technik erst im 20. Jahrhundert: Der Kompressor-Kühlschrank setzte sich in Deutschland in den 1950er-Jahren durch, 1960 stand er in etwa der Hälfte der westdeutschen Haushalte.""",
    },
    {
        "kind": "docs",
        "text": """Einrichtung der TSE im Kassensystem KassaPro 5

Seit 2020 müssen elektronische Kassen in Deutschland jede Buchung über eine zertifizierte technische Sicherheitseinrichtung (TSE) signieren. So richten Sie die TSE ein:

1. Stecken Sie den TSE-Stick in einen freien USB-Port des Kassenrechners.
2. Öffnen Sie Einstellungen > Fiskalisierung > TSE und wählen Sie „Neue TSE initialisieren".
3. Vergeben Sie eine PIN und eine PUK und bewahren Sie beide getrennt auf.
4. Melden Sie die Kasse innerhalb eines Monats über ELSTER beim Finanzamt an.

Die Seriennummer der TSE steht auf dem Beleg unter „TSE-Seriennr.". Bei Ausfall darf die Kasse weiter genutzt werden, der Ausfall muss aber dokumentiert werden.""",
    },
]
