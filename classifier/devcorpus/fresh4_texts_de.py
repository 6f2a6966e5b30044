"""Hand-written ``fresh4`` texts in German (see ``generate.py``); spans marked as ``⟦ENTITY_TYPE|value⟧``."""

TEXTS = [
    # -- support ----------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Sehr geehrte Damen und Herren,\n\nmeine Jahresabrechnung 2024 (Vertragskonto 4100283371) enthält eine "
        "Nachzahlung von 612,40 EUR. Bitte buchen Sie künftig von folgendem Konto ab: "
        "⟦IBAN_CODE|DE37 5812 4830 4131 3376 98⟧. Kontoinhaber ist ⟦PERSON|Jürgen Wallbrecht⟧.\n\nMit freundlichen Grüßen\n"
        "⟦PERSON|J. Wallbrecht⟧",
    },
    {
        "kind": "support",
        "text": "Fundbüro: Hat jemand in der U6 Richtung Klinikum Großhadern eine graue Brille im Etui gefunden? "
        "Gestern ca. 17:15. Danke!",
    },
    {
        "kind": "support",
        "text": "Hallo, im Rahmen der Identitätsprüfung bei Ihrer Börse: Ausweisnummer ⟦DE_ID_CARD|NHVLHKYG41⟧, "
        "Geburtsdatum ⟦DATE_OF_BIRTH|17.08.1985⟧, Wohnanschrift ⟦STREET_ADDRESS|Lindenstraße 12a, 04107 Leipzig⟧. "
        "Das Video-Ident bricht bei mir immer bei 80 % ab.",
    },
    {
        "kind": "support",
        "text": "Guten Tag, ich hätte gern einen Termin im Bürgerbüro zur Ummeldung. Online ist bis Ende Januar alles "
        "ausgebucht. Gibt es Restplätze am Donnerstagnachmittag? ⟦PERSON|Heike Obermaier⟧, Tel. "
        "⟦PHONE_NUMBER|0911 4471 2093⟧",
    },
    {
        "kind": "support",
        "text": "Betreff: Fahrzeug abholen\nHallo Herr ⟦PERSON|Kaya⟧, ist der Golf (Auftrag W-33817) fertig? Ich bin "
        "nach meiner ⟦HEALTH_DATA|Knie-OP⟧ noch auf Krücken, könnten Sie mir den Wagen eventuell bringen? "
        "Erreichbar unter ⟦PHONE_NUMBER|0176 48213390⟧.",
    },
    {
        "kind": "support",
        "text": "Mahnung Nr. 2 zu Rechnung 2025-0417 erhalten, aber ich habe am 02.10. überwiesen. Bitte prüfen. "
        "Kundennummer 883104. Abgebucht wurde von ⟦IBAN_CODE|AT89 0649 7143 4805 7439⟧.",
    },
    {
        "kind": "support",
        "text": "Meine Steuer-ID für die Verbrauchsabrechnung Photovoltaik: ⟦DE_TAX_ID|38 615 747 027⟧. "
        "Das Formular hat das Feld nicht angenommen.",
    },
    {"kind": "support", "text": "Passt, danke für die schnelle Hilfe!"},
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Personalabteilung Klinikum – Arbeitsunfähigkeit\nMitarbeiterin: ⟦PERSON|Sabine Krüger-Olthoff⟧, "
        "Station 4 Nord\nAU vom 03.11. bis 21.11., Diagnose laut Folgebescheinigung: ⟦HEALTH_DATA|Burnout-Syndrom⟧\n"
        "Hinweis: BEM-Gespräch nach Rückkehr anbieten.",
    },
    {
        "kind": "hr",
        "text": "Liebe Kolleginnen und Kollegen, die Betriebsversammlung findet am 18. Dezember um 10 Uhr in der Kantine "
        "statt. Die Zeit gilt als Arbeitszeit.",
    },
    {
        "kind": "hr",
        "text": "Protokoll Betriebsratssitzung, TOP 3: Herr ⟦PERSON|Dragan Petrović⟧ (⟦TRADE_UNION_MEMBERSHIP|ver.di⟧-"
        "Vertrauensmann) beantragt Einsicht in die Dienstpläne der Pflegehilfskräfte. Zustimmung einstimmig.",
    },
    {
        "kind": "hr",
        "text": "Stellenausschreibung Kfz-Mechatroniker/in (m/w/d) – Vollzeit, Tarif nach IG-Metall-Fläche, "
        "30 Tage Urlaub, Werkstattwagen. Bewerbung bis 15.01. an ⟦PERSON|Ilse Morawetz⟧, "
        "⟦EMAIL_ADDRESS|i.morawetz@autohaus-kessler.de⟧.",
    },
    {
        "kind": "hr",
        "text": "Für die Lohnabrechnung in Österreich brauche ich noch Ihre Sozialversicherungsnummer. – Antwort: "
        "⟦AT_SVNR|8517140379⟧, ⟦PERSON|Martina Hofstätter⟧. Ich bin übrigens ⟦HEALTH_DATA|schwerbehindert (GdB 50)⟧, "
        "das betrifft die Urlaubstage.",
    },
    {
        "kind": "hr",
        "text": "Essensplanung Sommerfest Seniorenheim: 3 Mitarbeitende vegan, 2 ohne Schweinefleisch, Frau "
        "⟦PERSON|Yıldız⟧ fastet während des ⟦RELIGIOUS_BELIEF|Ramadan⟧ und kommt erst zum Abend.",
    },
    {
        "kind": "hr",
        "text": "Kurze Info an die Schichtleitung: Herr ⟦PERSON|Brenner⟧ kandidiert für ⟦POLITICAL_OPINION|die Grünen⟧ "
        "bei der Kommunalwahl und braucht am 14.09. frei.",
    },
    {
        "kind": "hr",
        "text": "Führungszeugnis für Kita-Bewerber ⟦PERSON|Felix Brandauer⟧ liegt vor: Eintrag wegen "
        "⟦CRIMINAL_RECORD|Fahrens ohne Fahrerlaubnis (2019)⟧. Laut Träger kein Ausschlussgrund, bitte Rücksprache mit "
        "der Leitung.",
    },
    {
        "kind": "support",
        "text": "Betreff: AW: AW: Schadenmeldung Kfz – Vorgang 2025-KR-118204\n\nHallo Frau ⟦PERSON|Demir⟧,\n\nanbei wie "
        "besprochen die fehlenden Angaben für die Versicherung. Der Unfall war am 21.10. gegen 7:40 auf der B27 bei "
        "Tübingen, der Gegner ist auf mein Heck aufgefahren. Ich war danach zwei Wochen krankgeschrieben wegen "
        "⟦HEALTH_DATA|HWS-Schleudertrauma⟧, die AU-Bescheinigungen hängen an.\n\nVersicherungsnehmer: ⟦PERSON|Andreas "
        "Schöllkopf⟧\nGeburtsdatum: ⟦DATE_OF_BIRTH|02.11.1988⟧\nAnschrift: ⟦STREET_ADDRESS|Hechinger Straße 41, 72072 "
        "Tübingen⟧\nBankverbindung für die Regulierung: ⟦IBAN_CODE|CH06 8851 8269 6713 1599 4⟧ (ich arbeite in Basel)\n\n"
        "Die Werkstatt (Autohaus Riedle, Auftrag 55-0931) hat den Kostenvoranschlag direkt an Sie geschickt.\n\n"
        "Viele Grüße\nA. Schöllkopf\n\n> Am 28.10. schrieb Versicherungsmakler Demir & Partner:\n> Bitte senden Sie "
        "uns noch Geburtsdatum, Anschrift und Bankverbindung, damit wir den Schaden bei der Gegenseite anmelden können.",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Jetzt Ökostrom-Tarif „Stadtwerk Natur 24“ sichern: 12 Monate Preisgarantie, 50 € Neukundenbonus. "
        "Gültig bis 31.03.",
    },
    {
        "kind": "marketing",
        "text": "Besuchen Sie uns auf der IAA Transportation, Halle 12, Stand C34 – Live-Demo unseres Werkstattplaners "
        "jeden Tag um 11 und 15 Uhr.",
    },
    {
        "kind": "marketing",
        "text": "Ihre Hochzeit, unser Herzstück. „Danke an das ganze Team – trotz meiner ⟦HEALTH_DATA|Schwangerschaft⟧ "
        "im siebten Monat war alles entspannt.“ – ⟦PERSON|Lena⟧ und ⟦PERSON|Mehmet Aydın⟧",
    },
    {
        "kind": "marketing",
        "text": "Die Stadtbibliothek lädt ein: Lesenacht für Kinder von 8 bis 12 Jahren, Freitag 19 Uhr. Eintritt frei, "
        "Taschenlampe mitbringen!",
    },
    {
        "kind": "marketing",
        "text": "Makler-Exposé: Helle 3-Zimmer-Wohnung in Köln-Ehrenfeld, 78 m², Balkon, Baujahr 1962, saniert 2021. "
        "Energieausweis liegt vor. Besichtigung nach Vereinbarung: ⟦PERSON|Petra Lindqvist⟧, "
        "⟦PHONE_NUMBER|0221 9874 5512⟧.",
    },
    {
        "kind": "marketing",
        "text": "Gewinnerin unseres Messe-Gewinnspiels ist ⟦PERSON|Ulrike Sandmann⟧ aus Hannover. Der Gutschein geht an "
        "⟦EMAIL_ADDRESS|u.sandmann@posteo.de⟧.",
    },
    {
        "kind": "marketing",
        "text": "Pflege mit Herz: In unserem Haus Abendrot betreuen wir Menschen mit Demenz in kleinen Wohngruppen. "
        "Tag der offenen Tür am 7. Juni.",
    },
    {
        "kind": "marketing",
        "text": "Versicherungsmakler seit 1987 – wir vergleichen über 60 Tarife für Berufsunfähigkeit, Kfz und Hausrat. "
        "Jetzt kostenlosen Rückruf vereinbaren.",
    },
    # -- docs -----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Quantisierung reduziert den Speicherbedarf großer Sprachmodelle, indem Gewichte statt mit 16 Bit nur "
        "mit 8 oder 4 Bit gespeichert werden. Ein Modell mit 70 Milliarden Parametern passt so auf eine einzelne GPU "
        "mit 48 GB. Verfahren wie GPTQ oder AWQ kalibrieren die Rundung an einer kleinen Textmenge; die Genauigkeit "
        "sinkt bei 4 Bit meist nur um ein bis zwei Prozentpunkte.",
    },
    {
        "kind": "docs",
        "text": "Hinweis zur Installation: Ab Version 3.0 wird Python 3.10 oder neuer vorausgesetzt. Die Umgebungsvariable "
        "APP_CONFIG_PATH überschreibt den Standardpfad der Konfigurationsdatei.",
    },
]
