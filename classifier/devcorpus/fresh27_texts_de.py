"""Hand-written German texts of the held-out split fresh27: leisure and personal life."""

TEXTS: list[dict[str, str]] = [
    {"kind": "support", "text": "Kann ich meinen Gutschein für die Hot-Stone-Massage auch im Januar noch einlösen?"},
    {
        "kind": "support",
        "text": "Hallo Team von Ahnenspur,\n\nich habe im Februar das DNA-Kit bestellt und mein Ergebnis ist da. Dort steht, dass ich Trägerin einer ⟦GENETIC_DATA|BRCA1-Mutation⟧ bin. Das wollte ich so gar nicht wissen! Bitte löschen Sie den Gesundheitsbericht aus meinem Konto.\n\nViele Grüße\n⟦PERSON|Henrike Vogelsang⟧\n⟦STREET_ADDRESS|Amselweg 17, 35392 Gießen⟧\nKundennr. AS-204418",
    },
    {
        "kind": "support",
        "text": "[14:02] Kundin: Hi, mein Trainer hat den Termin am Donnerstag abgesagt, gibt's Ersatz?\n[14:03] Studio Kraftwerk: Klar, Donnerstag 18 Uhr wäre ⟦PERSON|Levent Szymańczyk⟧ frei.\n[14:03] Kundin: passt, danke!",
    },
    {
        "kind": "support",
        "text": "Fasse diese Moderationsmeldung auf Englisch in einem Satz zusammen:\n\n\"Das Profil von ⟦PERSON|Jannik Brüggemeier⟧ enthält Parolen; in seinem Profiltext schreibt er, er sei ⟦POLITICAL_OPINION|überzeugter AfD-Wähler⟧ und suche nur Frauen 'ohne Migrationshintergrund'. Melderin: ⟦PERSON|Dilara Aksoy⟧, Tel. ⟦PHONE_NUMBER|0157 34829106⟧.\"",
    },
    {
        "kind": "support",
        "text": "Betreff: Rückerstattung Tanzkurs\n\nSehr geehrte Damen und Herren,\nunser Sohn kann wegen eines ⟦HEALTH_DATA|Schlüsselbeinbruchs⟧ den Hip-Hop-Kurs nicht weiter besuchen. Bitte erstatten Sie die restlichen Gebühren auf ⟦IBAN_CODE|DE75 1934 6500 3821 7503 88⟧ (Kontoinhaber ⟦PERSON|Reinhold Taubert⟧).\n\nMit freundlichen Grüßen\nR. Taubert",
    },
    {
        "kind": "support",
        "text": "Wie lange vorher muss man bei euch die Gesichtsbehandlung stornieren, damit es kostenlos ist?",
    },
    {
        "kind": "support",
        "text": "Kurze Frage zum Verkaufen: darf ich auf dem Flohmarkt-Portal auch gebrauchte Kindersitze anbieten oder ist das verboten?",
    },
    {
        "kind": "support",
        "text": "Bestattungshaus Lindenhain - Auftragsformular\nVerstorbene: ⟦PERSON|Gertraud Himmelreich⟧\nGeboren: ⟦DATE_OF_BIRTH|02.11.1936⟧\nKonfession: ⟦RELIGIOUS_BELIEF|römisch-katholisch⟧ (Aussegnung gewünscht)\nAuftraggeber: ⟦PERSON|Wolfram Himmelreich⟧, ⟦EMAIL_ADDRESS|w.himmelreich@posteo.de⟧\nBeisetzung: Urnengrab, Friedhof Bergheim",
    },
    {
        "kind": "hr",
        "text": "Personalbogen Haushaltshilfe (Agentur Heimathand)\nName: ⟦PERSON|Olesya Brandstätter⟧\nGeburtsdatum: ⟦DATE_OF_BIRTH|14.03.1988⟧\nSteuer-ID: ⟦DE_TAX_ID|86 497 231 754⟧\nPersonalausweis: ⟦DE_ID_CARD|N2NLR3FTC5⟧\nÖsterr. SV-Nr. (Vorbeschäftigung Salzburg): ⟦AT_SVNR|5928140388⟧\nEinsatz: 20 Std./Woche, Familie in Pullach",
    },
    {
        "kind": "hr",
        "text": "Protokoll Teambesprechung Kosmetikinstitut Rosé, 11.03.\n- Neue Preisliste ab April, Wimpernlifting +5 €\n- Urlaubsplanung Sommer: bitte bis 30.04. eintragen\n- ⟦PERSON|Svenja Kalinowski⟧ ist ab Mai in Elternzeit; Vertretung wird gesucht\n- Hygieneschulung am 22.03. für alle Pflicht",
    },
    {
        "kind": "hr",
        "text": "Hallo Frau ⟦PERSON|Petrović⟧, anbei die Arbeitsunfähigkeitsbescheinigung. Ich bin wegen ⟦HEALTH_DATA|einer Sehnenscheidenentzündung⟧ bis Freitag krankgeschrieben und kann die Massagen nicht übernehmen. Gruß ⟦PERSON|Timo Achterfeld⟧",
    },
    {
        "kind": "hr",
        "text": "Kannst du diese Stellenanzeige kürzer formulieren? 'Wir suchen eine engagierte Reitlehrerin (m/w/d) für unser Sommercamp am Edersee, Saison Juni bis August, Unterkunft wird gestellt.'",
    },
    {
        "kind": "hr",
        "text": "Betriebsratssitzung Fitnesskette Vitalis Nord, TOP 3: Die Kollegin ⟦PERSON|Mirela Haubold⟧ (⟦TRADE_UNION_MEMBERSHIP|ver.di-Mitglied⟧) beantragt Freistellung für die Tarifkommission. Einstimmig befürwortet.",
    },
    {
        "kind": "hr",
        "text": "Zeiterfassung per Fingerabdruck im Studio: ⟦PERSON|Benedikt Schaller⟧ hat der Speicherung seines ⟦BIOMETRIC_DATA|Fingerabdruck-Templates⟧ widersprochen und bekommt stattdessen einen Chip.",
    },
    {
        "kind": "hr",
        "text": "Wie viele Urlaubstage stehen einer Nanny mit 30-Stunden-Woche gesetzlich zu? Wir sind eine kleine Vermittlungsagentur.",
    },
    {
        "kind": "hr",
        "text": "Lebenslauf\n⟦PERSON|Kilian Oberhuber⟧\n⟦STREET_ADDRESS|Hallerstraße 9, 20146 Hamburg⟧\nGeigenlehrer, Musikschule Eppendorf (seit 2019)\nStudium: Musikpädagogik, HfMT Hamburg\nSprachen: Deutsch, Englisch, etwas Türkisch",
    },
    {
        "kind": "marketing",
        "text": "Endlich wieder tanzen! Unsere neuen Salsa-Kurse für Einsteiger starten am 6. April. Keine Partnerin, kein Partner? Kein Problem - bei uns wird rotiert.",
    },
    {
        "kind": "marketing",
        "text": 'Kundenstimme: "Nach ⟦HEALTH_DATA|meiner Chemotherapie⟧ hat mir das Team von Haut & Seele bei der Pflege meiner Haut so geholfen." - ⟦PERSON|Marlene Oppermann⟧, Kassel',
    },
    {
        "kind": "marketing",
        "text": "Erinnerungen, die bleiben: Mit unseren Online-Gedenkseiten können Familien Fotos, Kerzen und Kondolenzen an einem Ort sammeln. Kostenlos für 12 Monate.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter Ahnenspur - März\nWussten Sie schon? Rund 20 % der Deutschen haben Vorfahren, die im 19. Jahrhundert nach Amerika ausgewandert sind. In unserem Archiv finden Sie jetzt 2,3 Millionen Passagierlisten aus Bremerhaven.",
    },
    {
        "kind": "marketing",
        "text": "Teamvorstellung: ⟦PERSON|Aylin Wiesenthal⟧ ist seit 2020 unsere Leiterin für Kinderbetreuung. Die gelernte Erzieherin spricht vier Sprachen und backt den besten Apfelkuchen in ganz Freiburg.",
    },
    {
        "kind": "marketing",
        "text": "Haustier gut versorgt, Urlaub entspannt: PfotenPause vermittelt geprüfte Tiersitter in über 80 Städten. Jetzt App laden und ersten Besuch gratis sichern.",
    },
    {
        "kind": "marketing",
        "text": "Ihr Horoskop für die Woche: Stiere sollten finanzielle Entscheidungen noch etwas aufschieben, Zwillinge dürfen sich auf Besuch freuen.",
    },
    {
        "kind": "marketing",
        "text": "Hochzeitsmesse Würzburg 2025 - 60 Aussteller, Brautmodenschau um 14 Uhr, Moderation: ⟦PERSON|Ortrun Scheibe⟧. Eintritt frei.",
    },
    {
        "kind": "docs",
        "text": "Anleitung: Buchungs-Widget einbinden\n1. Im Dashboard unter Einstellungen > Widget den Code kopieren.\n2. Vor dem schließenden </body>-Tag einfügen.\n3. Farben und Sprache über data-Attribute anpassen.\nHinweis: Das Widget speichert keine Gesundheitsangaben; Anamnesebögen laufen über das separate Formular.",
    },
    {
        "kind": "docs",
        "text": "Richtlinie Fotomoderation: Profilbilder mit Kindern, Waffen oder Kontaktdaten werden abgelehnt. Bilder werden nach 30 Tagen aus dem Prüfpuffer gelöscht.",
    },
]
