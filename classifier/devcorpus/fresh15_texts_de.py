"""Hand-written German texts of the ``fresh15`` split: Inselfähren, Gleisbau, Bäckerei-Franchise, Orchester und mehr."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Betreff: Überfahrt nach Juist am 3. August, Buchung JU-55103\n\n"
        "Guten Tag,\n\nich reise mit meinem Vater, ⟦PERSON|Hinrich Osterkamp⟧ (84). Er hat eine ⟦HEALTH_DATA|beginnende Demenz⟧ "
        "und läuft mit Rollator, deshalb die Frage: Gibt es an Bord einen Platz, an dem er sitzen kann, ohne Treppen "
        "zu steigen? Und dürfen wir den Rollator mit in den Salon nehmen oder muss er zum Gepäck?\n\n"
        "Für Rückfragen erreichen Sie mich unter ⟦PHONE_NUMBER|0151 28374619⟧.\n\n"
        "Mit freundlichen Grüßen\n⟦PERSON|Swantje Osterkamp⟧",
    },
    {
        "kind": "support",
        "text": "Moin, fährt die 7:15 nach Norderney trotz Sturmwarnung? Buchung NY-22817",
    },
    {
        "kind": "support",
        "text": "Ticket WP-88412 – Status: in Bearbeitung\n"
        "Gerät: Luftwärmepumpe LWX 12 Split, Innenmodul HM-3, Softwarestand 2.08.1\n"
        "Meldung: Fehler F-704 (Durchfluss zu gering) seit Umstellung auf Warmwasser-Vorrang.\n"
        "14.01. Techniker vor Ort: Schmutzfänger gereinigt, Pumpe auf Stufe 3, Druck 1,6 bar.\n"
        "16.01. Kunde meldet erneut F-704 um 05:40.\n"
        "Nächster Schritt: Fernzugriff über Portal, Volumenstrom-Logdatei der letzten 48 h prüfen, ggf. Überströmventil tauschen.",
    },
    {
        "kind": "support",
        "text": "Hallo zusammen, hiermit kündige ich meine Reitbeteiligung an der Stute Finja zum 30.11. "
        "Bitte den Lastschrifteinzug ab Dezember stoppen und die zu viel gezahlte Box-Pauschale für November "
        "(wir waren zwei Wochen in der Klinik) erstatten auf ⟦IBAN_CODE|DE06 4164 7066 3048 0702 82⟧, Kontoinhaberin "
        "⟦PERSON|Liesel Wohlgemuth-Rank⟧. Danke für die schöne Zeit! ⟦PERSON|Liesel⟧",
    },
    {
        "kind": "support",
        "text": "Kannst du das als höfliche Anfrage an den Zoo formulieren?\n\n"
        "ich hab nen schwerbehindertenausweis mit merkzeichen B wegen meiner ⟦HEALTH_DATA|epilepsie⟧, "
        "gilt die begleitperson bei der jahreskarte auch kostenlos oder nur bei tageskarten?? "
        "mail an ⟦EMAIL_ADDRESS|jannik.oberdiek@posteo.de⟧, danke. ⟦PERSON|Jannik Oberdiek⟧",
    },
    {
        "kind": "support",
        "text": "[WhatsApp, Studio Nadelwerk]\n"
        "Kund*in: hey, mein termin ist am 22. für das unterarm-motiv\n"
        "Kund*in: hab grad erfahren dass ich ⟦HEALTH_DATA|schwanger⟧ bin 🙈 können wir verschieben?\n"
        "Studio: Glückwunsch!! Klar, wir schieben dich, Anzahlung bleibt gültig. Melde dich einfach nach der Stillzeit.",
    },
    {
        "kind": "support",
        "text": 'Bestellung #FX-30418 (Trikot Home 2026, Gr. M, Flock "KOVA") ist seit zwei Wochen '
        '"in Produktion". Kommt das noch vor dem Turnier in Köln? Sonst bitte stornieren.',
    },
    {
        "kind": "support",
        "text": "Anfrage Tauchkurs Open Water, Attersee\n\n"
        "Grüß Gott, ich möchte im Juni den Grundkurs machen. Ich habe seit der Kindheit ⟦HEALTH_DATA|Asthma⟧, "
        "nehme ⟦HEALTH_DATA|Symbicort⟧ nur bei Bedarf, seit drei Jahren keinen Anfall. Reicht ein Attest vom "
        "Hausarzt oder braucht es eine Tauchtauglichkeitsuntersuchung beim Lungenfacharzt?\n"
        "⟦PERSON|Valentin Hochegger⟧, Tel. ⟦PHONE_NUMBER|+43 664 3187205⟧",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Arbeitsmedizinische Vorsorge G25 (Fahr-, Steuer- und Überwachungstätigkeit) – Ergebnismitteilung\n\n"
        "Beschäftigter: ⟦PERSON|Kai-Uwe Brandstätter⟧\nSteuer-ID (Personalstamm): ⟦DE_TAX_ID|80 261 543 690⟧\n"
        "Tätigkeit: Sicherungsposten / Rottenführer, Gleisbaustelle Hamm–Soest\n"
        "Befund (nur für den Betriebsarzt): ⟦HEALTH_DATA|arterielle Hypertonie⟧, eingestellt mit ⟦HEALTH_DATA|Ramipril 5 mg⟧\n"
        "Beurteilung: keine gesundheitlichen Bedenken unter der Voraussetzung regelmäßiger Blutdruckkontrollen.\n"
        "Nächste Vorsorge: 11/2027",
    },
    {
        "kind": "hr",
        "text": "Personalfragebogen – Backstube Kornmeister, Filiale Kassel-Wilhelmshöhe\n\n"
        "Name, Vorname: ⟦PERSON|Yıldız, Derya⟧\nGeburtsdatum: ⟦DATE_OF_BIRTH|17.02.1993⟧\n"
        "Anschrift: ⟦STREET_ADDRESS|Wolfhager Straße 212, 34128 Kassel⟧\n"
        "Steuer-ID: ⟦DE_TAX_ID|37261592809⟧\nSteuerklasse: 1, Kinderfreibeträge: 0,5\n"
        "Konfession (Kirchensteuer): ⟦RELIGIOUS_BELIEF|rk⟧\n"
        "Schwerbehinderung: ja, ⟦HEALTH_DATA|GdB 50⟧ (Nachweis liegt bei)\n"
        "Bankverbindung: ⟦IBAN_CODE|DE29 3000 1773 8893 8479 85⟧\n"
        "Arbeitszeit: Frühschicht 4:00–10:30, Mo–Fr\nGesundheitszeugnis (§ 43 IfSG): Belehrung am 02.09.",
    },
    {
        "kind": "hr",
        "text": "Protokoll der Sitzung des Orchestervorstands, 12. März\n\n"
        "Anwesend: ⟦PERSON|Friederike Stahlhut⟧ (Vorsitz), ⟦PERSON|Bartholomäus Ebner⟧, ⟦PERSON|Ruth Klaassen-Mey⟧; "
        "Gast: ⟦PERSON|Johannes Prützel⟧, Ortsdelegierter der ⟦TRADE_UNION_MEMBERSHIP|unisono⟧\n\n"
        "TOP 1 Dienstplan Mai: Die Doppeldienste am 14. und 15. Mai werden abgelehnt, da die Ruhezeit nach TVK unterschritten wird.\n"
        "TOP 2 Probespiel Solo-Oboe: Vorspiel am 6. Juni, Jury wie üblich. Frau ⟦PERSON|Klaassen-Mey⟧ ist befangen und nimmt nicht teil.\n"
        "TOP 3 Gesundheit: Herr ⟦PERSON|Ebner⟧ berichtet, dass er wegen einer ⟦HEALTH_DATA|Fokalen Dystonie der rechten Hand⟧ "
        "bis Saisonende nur reduzierte Dienste spielen kann. Der Vorstand unterstützt eine Wiedereingliederung.\n"
        "TOP 4 Verschiedenes: Instrumentenversicherung wird über ⟦PERSON|Johannes Prützel⟧ neu verhandelt.",
    },
    {
        "kind": "hr",
        "text": "Wir suchen ab sofort eine*n Tierpfleger*in (m/w/d) für unser Elefantenrevier in Vollzeit.\n\n"
        "Sie bringen eine abgeschlossene Ausbildung als Tierpfleger*in mit, idealerweise Erfahrung im geschützten "
        "Kontakt mit Großsäugern, und haben keine Angst vor Wochenend- und Feiertagsdiensten. Wir bieten Vergütung "
        "nach TVöD, eine Jahreskarte für die Familie und ein Team, das Tiere ernst nimmt. Bewerbungen mit Kennziffer "
        "ZOO-ELE-07 über unser Karriereportal.",
    },
    {
        "kind": "hr",
        "text": "Dienstanweisung Bordpersonal, Winterfahrplan\n"
        "1. Schichtwechsel an Bord nur im Hafen Norddeich, nicht auf der Insel.\n"
        "2. Die Rettungsmittelkontrolle ist vor der ersten Abfahrt abzuzeichnen.\n"
        "3. Bei Windstärke über 8 Bft entscheidet der Kapitän über Fahrtausfall; die Leitstelle informiert die Gäste per App.\n"
        "4. Überstunden bitte bis zum 3. des Folgemonats im Zeiterfassungssystem eintragen.",
    },
    {
        "kind": "hr",
        "text": "Erntehelfer Weingut Prieler, Neusiedlersee – Anmeldung ÖGK\n\n"
        "Name: ⟦PERSON|Zsófia Varga-Lendl⟧\nSV-Nummer: ⟦AT_SVNR|2510 140387⟧\n"
        "Geburtsdatum: ⟦DATE_OF_BIRTH|14.03.1987⟧\nWohnadresse in Österreich: ⟦STREET_ADDRESS|Hauptstraße 41, 7083 Purbach⟧\n"
        "Konto: ⟦IBAN_CODE|AT21 1450 1399 1720 6712⟧\nEinsatz: Lese ab 8. September, Weißwein-Hang",
    },
    {
        "kind": "hr",
        "text": "Erweitertes Führungszeugnis – Jugendtrainer, Schachklub Rochade Bamberg\n\n"
        "Ehrenamtlicher: ⟦PERSON|Malte Grünewald-Hess⟧\nVorgelegt am: 05.10.\n"
        "Eintragung: ⟦CRIMINAL_RECORD|Verurteilung wegen Trunkenheit im Verkehr (§ 316 StGB), 40 Tagessätze, 2021⟧\n"
        "Bewertung durch den Vorstand: kein Ausschlussgrund nach § 72a SGB VIII; keine Fahrten mit Jugendlichen. "
        "Einsichtnahme dokumentiert, Zeugnis an den Ehrenamtlichen zurückgegeben.",
    },
    {
        "kind": "hr",
        "text": "Bitte neutral zusammenfassen für die Personalakte:\n\n"
        "Herr ⟦PERSON|Levin Schaaf⟧ (Lagerlogistik, Bäckerei-Zentrale) beschwert sich, dass Kollegen im Pausenraum "
        "wiederholt Witze darüber machen, dass er ⟦SEX_LIFE_ORIENTATION|schwul⟧ ist. Er möchte keine Versetzung, "
        "sondern ein Gespräch mit der Schichtleitung und dem Betriebsrat. Außerdem bittet er, die Zeiterfassung "
        "per ⟦BIOMETRIC_DATA|Fingerabdruck⟧ für ihn abzuschalten und eine Chipkarte zu bekommen, "
        "Ausweisnummer für die Zutrittsliste: ⟦DE_ID_CARD|L59PWF2HW4⟧.",
    },
    {
        "kind": "hr",
        "text": "Hinweis an alle Beschäftigten im Gleisbau: Die Unterweisung Bahnbetrieb (Modul Sicherungsposten) "
        "ist jährlich zu wiederholen. Termine im Januar in Hamm und Münster, Anmeldung über das Schulungsportal. "
        "Ohne gültige Unterweisung keine Einteilung in Sperrpausen.",
    },
    {
        "kind": "hr",
        "text": "Protokoll der Betriebsratssitzung – Kornmeister Backbetriebe GmbH, Werk Baunatal, 21. Oktober\n"
        "\n"
        "Anwesend: ⟦PERSON|Heike Drescher⟧ (Vorsitz), ⟦PERSON|Oleksandr Hrytsenko⟧, ⟦PERSON|Björn Tammen⟧; "
        "für die Geschäftsführung Dr. ⟦PERSON|Carsten Feldkamp⟧; als Gast ⟦PERSON|Sabine Ohlhorst⟧, "
        "Gewerkschaftssekretärin der ⟦TRADE_UNION_MEMBERSHIP|NGG⟧\n"
        "\n"
        "TOP 1 Nachtzuschläge: Die Geschäftsführung schlägt vor, den Zuschlag für die Stunden zwischen 2 und "
        "4 Uhr von 40 % auf 30 % zu senken und dafür eine Schichtprämie einzuführen. Der Betriebsrat lehnt "
        "ab und verweist auf den Manteltarifvertrag.\n"
        "TOP 2 Zeiterfassung: Die Stempeluhren an Linie 1 und 2 sollen durch Terminals mit "
        "Handvenenerkennung ersetzt werden. Der Betriebsrat stimmt nur mit einer Betriebsvereinbarung zu, "
        "die eine Chipkarte als gleichwertige Alternative vorsieht; Entwurf bis 15. November.\n"
        "TOP 3 BEM: Herr ⟦PERSON|Tammen⟧ berichtet für den Kollegen ⟦PERSON|Ralf Kötter⟧ (Ofenlinie 2), der nach "
        "einem ⟦HEALTH_DATA|Bandscheibenvorfall⟧ seit acht Wochen arbeitsunfähig ist. Er wünscht eine "
        "stufenweise Wiedereingliederung nach dem Hamburger Modell, zunächst vier Stunden täglich ohne Heben "
        "über 10 kg. Die Geschäftsführung prüft einen Einsatz an der Verpackung.\n"
        "TOP 4 Verschiedenes: Herr ⟦PERSON|Hrytsenko⟧ bittet darum, Sicherheitsunterweisungen auch auf Ukrainisch "
        "anzubieten; Frau ⟦PERSON|Ohlhorst⟧ bietet Material der Gewerkschaft an. Nächste Sitzung: 18. November, 14 "
        "Uhr, Sozialraum.",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Werden Sie Pate! Mit einer Tierpatenschaft ab 50 € im Jahr unterstützen Sie unsere Schneeleoparden, "
        "bekommen eine Urkunde, ein Foto Ihres Patentiers und eine Einladung zum Patenfest im September.",
    },
    {
        "kind": "marketing",
        "text": "Hoffest am Steilhang! Am 13. und 14. September öffnen wir Kelterhaus und Gewölbekeller. "
        "Federweißer, Zwiebelkuchen, Führungen durch die Riesling-Terrassen um 11 und 15 Uhr. "
        "Parkplätze am Moselufer, Shuttle ab Bahnhof Bernkastel.",
    },
    {
        "kind": "marketing",
        "text": 'Erfahrungsbericht für unsere Seite "Therapeutisches Reiten":\n\n'
        "„Unsere Tochter ⟦PERSON|Maja⟧ hat eine ⟦HEALTH_DATA|spastische Cerebralparese⟧. Seit sie einmal pro Woche "
        "auf Pony Bruno sitzt, ist ihr Rumpf viel stabiler, und sie freut sich die ganze Woche auf den Stall.“ "
        "– ⟦PERSON|Cornelia Rautenberg⟧, Mutter",
    },
    {
        "kind": "marketing",
        "text": "Franchisepartnerin des Jahres: ⟦PERSON|Annegret Wollschläger⟧ aus Fulda hat mit ihren drei "
        "Kornmeister-Filialen den höchsten Kundenzufriedenheitswert im Netz erreicht. Herzlichen Glückwunsch!",
    },
    {
        "kind": "marketing",
        "text": "Newsletter Inselfähre – Winterfahrplan ist online\n"
        "Ab 1. November fahren wir zweimal täglich, Fahrräder kostenlos, Hunde 6 €. "
        "Tipp: Mit der Zehnerkarte sparen Insulaner*innen und Pendler*innen bis zu 30 %.",
    },
    {
        "kind": "marketing",
        "text": "Vereinsheft Schachfreunde Oberland, Vorwort\n\n"
        "Liebe Mitglieder, unser Vorsitzender ⟦PERSON|Eberhard Kranzlmüller⟧, seit Jahren für die "
        "⟦POLITICAL_OPINION|Freien Wähler⟧ im Gemeinderat, hat es möglich gemacht: Ab März spielen wir im neuen "
        "Bürgersaal. Das Simultanturnier zur Eröffnung ist am 8. März.",
    },
    {
        "kind": "marketing",
        "text": "Konzertankündigung „Lieder der Reisenden“\n\n"
        "Die Geigerin ⟦PERSON|Romana Weiß-Lagrene⟧, selbst ⟦ETHNIC_ORIGIN|Sintezza⟧ aus Freiburg, spielt mit dem "
        "Kammerorchester Stücke aus der Tradition ihrer Familie, dazu Bartók und Enescu. "
        "Karten ab 18 €, ermäßigt 9 €.",
    },
    {
        "kind": "marketing",
        "text": "Frühbucher aufgepasst: Open-Water-Kurs am Attersee im Mai für 349 € statt 399 €, "
        "inklusive Leihausrüstung und Logbuch. Mindestalter 12 Jahre.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Kontextfenster und Retrieval\n\n"
        "Ein größeres Kontextfenster bedeutet nicht automatisch bessere Antworten. Modelle gewichten Informationen "
        "am Anfang und am Ende eines langen Prompts oft stärker als in der Mitte. Für Wissensfragen ist es deshalb "
        "meist sinnvoller, mit einer Vektorsuche wenige passende Abschnitte auszuwählen, als ganze Handbücher in den "
        "Prompt zu kopieren. Das spart zudem Rechenzeit, denn der Aufwand der Aufmerksamkeit wächst mit der Länge der Eingabe.",
    },
]
