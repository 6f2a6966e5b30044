"""Hand-written German texts of the ``fresh16`` split: Stadtwerke, Bauämter, Logistik und Industrie."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Bitte freundlicher formulieren: 'Ihr Bauantrag BA-2026-0771 ist unvollständig. Es fehlt der Lageplan.'",
    },
    {
        "kind": "support",
        "text": "Antwort an einen Kunden der Stadtwerke Ilmenbrück entwerfen, der eine Sperrandrohung bekommen hat:\n"
        "Kunde: ⟦PERSON|Reinhold Quappendorf⟧, Vertragskonto 401229871\nAnschrift: ⟦STREET_ADDRESS|Lindenhofstraße 17, 29525 Uelzen⟧\n"
        "Er schreibt, er sei seit Sommer wegen ⟦HEALTH_DATA|einer Chemotherapie⟧ krankgeschrieben und könne die Abschläge "
        "erst ab Februar zahlen. Ratenplan möglich, Abbuchung von ⟦IBAN_CODE|DE02 9945 9896 3395 1877 37⟧.",
    },
    {
        "kind": "support",
        "text": "Zusammenfassung für die Störungsstelle Gas:\n"
        "Anruf 21:14 Uhr, Frau ⟦PERSON|Hildegard Oberwinkler⟧, ⟦PHONE_NUMBER|0171 4480936⟧, riecht Gas im Keller, "
        "⟦STREET_ADDRESS|Am Sandberg 4, 37520 Osterode⟧. Bereitschaft ⟦PERSON|Kowalczyk⟧ informiert, vor Ort 21:41, "
        "Leck an der Hauseinführung, abgesperrt.",
    },
    {
        "kind": "support",
        "text": "Kannst du diese Ticket-Historie kürzen?\nTicket KFZ-448102 (Zulassungsstelle)\n"
        "12.11. NEU – Online-Wiederzulassung abgebrochen, Fehler 'eID nicht lesbar'\n13.11. IN BEARBEITUNG – Kunde auf "
        "Terminvergabe verwiesen\n15.11. GELÖST – Zulassung vor Ort erledigt, Kennzeichen reserviert",
    },
    {
        "kind": "support",
        "text": "Übersetze ins Englische für den Spediteur in Rotterdam: 'Die Rampe 7 im Güterverkehrszentrum ist ab "
        "Montag wegen Sanierung gesperrt, bitte Zeitfenster über das Portal neu buchen.'",
    },
    {
        "kind": "support",
        "text": "Mail an die Wasserversorgung, bitte sachlich zusammenfassen:\n\n"
        "Von: ⟦EMAIL_ADDRESS|g.thalhofer@posteo.de⟧\nBetreff: Wasserzähler Tausch\n\n"
        "Guten Tag, Ihr Monteur hat beim Zählerwechsel die Hauptleitung nicht wieder richtig geöffnet. Meine Frau "
        "ist ⟦HEALTH_DATA|Rollstuhlfahrerin⟧ und auf die Dusche im Erdgeschoss angewiesen. Bitte heute noch jemanden "
        "schicken. ⟦PERSON|Gerold Thalhofer⟧, ⟦PHONE_NUMBER|+49 8821 947330⟧",
    },
    {
        "kind": "support",
        "text": "Welche Kategorie? 'Ampel an der Kreuzung Bahnhofstraße/Ringweg zeigt nachts dauerhaft gelb.' "
        "(Verkehrstechnik / Straßenbeleuchtung / Baustelle)",
    },
    {
        "kind": "support",
        "text": "Bitte Antwort schreiben: Herr ⟦PERSON|Bogumił Trentzsch⟧ fragt, ob die Wärmepumpen-Förderung (Antrag "
        "FÖ-33091) auch für seine Doppelhaushälfte gilt. Ja, bis 30 % der förderfähigen Kosten.",
    },
    # -- hr ----------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Personalakte, Betriebsarzt Walzwerk, bitte für die Schichtleitung ohne Diagnose umschreiben:\n"
        "Name: ⟦PERSON|Egon Wirsching⟧\nGeb.: ⟦DATE_OF_BIRTH|03.05.1971⟧\nSteuer-ID: ⟦DE_TAX_ID|82 931 760 652⟧\n"
        "Befund: ⟦HEALTH_DATA|Epilepsie, letzter Anfall 2024⟧, Medikation ⟦HEALTH_DATA|Levetiracetam⟧\n"
        "Einschränkung: keine Arbeit an offenen Walzgerüsten, kein Staplerfahren.",
    },
    {
        "kind": "hr",
        "text": "Stellenanzeige kürzen: Wir suchen Polier:innen (m/w/d) für den Brückenbau an der A7, Montage-Zulage, "
        "Firmenwagen, Tarif Bau West.",
    },
    {
        "kind": "hr",
        "text": "Protokoll Betriebsratssitzung, Güterverkehrszentrum Ostwestfalen, 24.11.\n"
        "Anwesend: ⟦PERSON|Jens Rumpelt⟧ (BR-Vorsitz, ⟦TRADE_UNION_MEMBERSHIP|ver.di-Vertrauensmann⟧), ⟦PERSON|Aylin Korkmaz⟧, "
        "⟦PERSON|Detlef Brauckmann⟧ (Personal)\nTOP 1: Schichtplan KW 2–6 mitbestimmt, Zustimmung.\n"
        "TOP 2: Kollege ⟦PERSON|Mirsad Hodžić⟧ bittet um Pausenverlegung im ⟦RELIGIOUS_BELIEF|Ramadan⟧; wird wohlwollend geprüft.\n"
        "TOP 3: BEM-Verfahren Lagerist (⟦HEALTH_DATA|Bandscheibenvorfall⟧), Arbeitsplatzbegehung am 2.12.\n"
        "TOP 4: Die Geschäftsführung fragte nach der ⟦TRADE_UNION_MEMBERSHIP|IG-BAU-Mitgliedschaft⟧ der Leiharbeiter – "
        "BR lehnt Auskunft ab.",
    },
    {
        "kind": "hr",
        "text": "Lebenslauf-Auszug von ⟦PERSON|Sven Ahlgrimm⟧, bitte als Tabelle:\n2015–2019 Ausbildung Elektroniker für Betriebstechnik, Chemiepark Marl\n"
        "2019–heute Schichtelektriker, Kraftwerk Datteln\nZusatz: Schaltberechtigung bis 30 kV",
    },
    {
        "kind": "hr",
        "text": "AU-Meldung bitte in die Abwesenheitsliste übertragen:\n⟦PERSON|Ute Schwarzkopf⟧, Sachbearbeiterin Bauordnungsamt, "
        "AU vom 17.11. bis 28.11., Diagnose laut Bescheinigung ⟦HEALTH_DATA|F32.1 mittelgradige depressive Episode⟧.",
    },
    {
        "kind": "hr",
        "text": "Kurze Absage formulieren für Frau ⟦PERSON|Melanie Ruhnke⟧, Bewerberin als Disponentin, Stelle ist intern besetzt worden.",
    },
    {
        "kind": "hr",
        "text": "Sicherheitsüberprüfung Flughafen-Vorfeld, bitte zusammenfassen:\nBewerber ⟦PERSON|Kai-Uwe Stöckl⟧ (Grenzgänger aus Salzburg, SV-Nr. ⟦AT_SVNR|6766 150368⟧), "
        "Personalausweis-Nr. ⟦DE_ID_CARD|VVL2KMMJ75⟧, Zuverlässigkeitsprüfung negativ wegen "
        "⟦CRIMINAL_RECORD|Verurteilung wegen gefährlicher Körperverletzung 2022 (Bewährung)⟧. Zugangskarte nicht ausstellen.",
    },
    {
        "kind": "hr",
        "text": "Mitarbeiterbefragung Kläranlage: fasse die Freitexte in drei Themen zusammen: 'Mehr Schutzkleidung in "
        "Größe S', 'Rufbereitschaft am Wochenende zu oft', 'Kantine schließt zu früh'.",
    },
    # -- marketing --------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Slogan für unseren Ökostromtarif 'Heimatwind': regional, 24 Monate Preisgarantie, kein Atomstrom.",
    },
    {
        "kind": "marketing",
        "text": "Pressemitteilung glätten: Die Kreisverwaltung eröffnet am 12. Januar ein digitales Bürgerbüro; "
        "Anträge für Wohngeld, Anwohnerparken und Führungszeugnis gehen dann online.",
    },
    {
        "kind": "marketing",
        "text": "Kundenstimme für die Website kürzen:\n'Als Herr ⟦PERSON|Lindqvist⟧ von den Stadtwerken mir nach meiner "
        "⟦HEALTH_DATA|Beinamputation⟧ den Umbau des Hausanschlusses ohne Stufen organisiert hat, war ich sprachlos.' "
        "– ⟦PERSON|Waltraud Emmerling⟧, Kassel",
    },
    {
        "kind": "marketing",
        "text": "Drei Überschriften für den Tag der offenen Tür im Umspannwerk Kirchheim, Zielgruppe Familien.",
    },
    {
        "kind": "marketing",
        "text": "Porträt für die Mitarbeiterzeitung, bitte lebendiger:\n⟦PERSON|Tamara Oschmann⟧ (38) leitet seit drei Jahren die "
        "Lackiererei im Werk Zwickau. Sie ist ⟦TRADE_UNION_MEMBERSHIP|Mitglied der IG Metall⟧, sitzt für ⟦POLITICAL_OPINION|die SPD⟧ "
        "im Ortschaftsrat und singt im ⟦RELIGIOUS_BELIEF|evangelischen⟧ Kirchenchor.",
    },
    {
        "kind": "marketing",
        "text": "Instagram-Text: Unsere Azubis haben die neue E-Bus-Ladestation am Betriebshof Süd selbst verkabelt. ⚡",
    },
    {
        "kind": "marketing",
        "text": "Mach daraus eine Info-Karte: Die Müllabfuhr fährt zwischen Weihnachten und Neujahr einen Tag später; "
        "Weihnachtsbäume werden am 10. Januar abgeholt.",
    },
    {
        "kind": "marketing",
        "text": "Dankesbrief an die Anwohner der Baustelle Rheinuferstraße, Unterzeichner Bauleiter ⟦PERSON|Florian Gebhardt-Uhl⟧, "
        "Rückfragen an ⟦EMAIL_ADDRESS|baustelle.rheinufer@tiefbau-koenigswinter.de⟧.",
    },
    {
        "kind": "hr",
        "text": "Zutrittssystem Chemiepark Leuna, Eintrag bitte prüfen:\nMitarbeiter Fremdfirma: ⟦PERSON|Rüdiger Paschke⟧\n"
        "Erfasst: ⟦BIOMETRIC_DATA|Handvenenmuster rechts⟧ am Drehkreuz Tor 3\nArbeitsmedizin: ⟦GENETIC_DATA|Gentest auf Alpha-1-Antitrypsin-Mangel positiv⟧, "
        "daher kein Atemschutz-Einsatz ohne Rücksprache.",
    },
    {
        "kind": "support",
        "text": "Bürgeranfrage ans Ordnungsamt zusammenfassen: ⟦PERSON|Ilse Brönnimann⟧ beantragt einen Behindertenparkplatz vor "
        "⟦STREET_ADDRESS|Kastanienallee 9, 06108 Halle⟧; sie hat ⟦HEALTH_DATA|Merkzeichen aG⟧ im Schwerbehindertenausweis.",
    },
    # -- docs --------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Sprachmodelle in der Verwaltung: Viele Kommunen testen derzeit Assistenzsysteme, die Bescheide "
        "vorformulieren oder Bürgeranfragen sortieren. Entscheidend ist, dass personenbezogene Angaben vor der "
        "Übermittlung an einen externen Dienst entfernt werden und die Sachbearbeitung die letzte Entscheidung trifft. "
        "Ein Protokoll, welche Daten das System gesehen hat, erleichtert die Prüfung durch den Datenschutzbeauftragten.",
    },
]
