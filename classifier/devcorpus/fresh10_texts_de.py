"""Hand-written German texts of the ``fresh10`` split: prompts as services send them to a model, material pasted in."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Fasse den Fall für die Reiseassistenz zusammen:\n\nVersicherter ⟦PERSON|Henning Albrecht-Wolke⟧, geb. "
        "⟦DATE_OF_BIRTH|22.08.1958⟧, liegt seit gestern in Antalya im Krankenhaus, ⟦HEALTH_DATA|Herzinfarkt⟧, "
        "Stent gesetzt. Ehefrau erreichbar unter ⟦PHONE_NUMBER|0172 5830 914⟧. Rücktransport klären, Vertrag RV-2231904.",
    },
    {
        "kind": "support",
        "text": "Antworte kurz: Gilt die EU-Roaming-Flat auch in der Schweiz? Tarif SmartMobil M.",
    },
    {
        "kind": "support",
        "text": "Sprachnachricht bitte in Stichpunkte ähm ja hallo hier ist ⟦PERSON|uwe kaltenbach⟧ wegen dem umzug am "
        "dienstag also die waschmaschine muss noch mit und der keller in der ⟦STREET_ADDRESS|Moorweidenstraße 41⟧ "
        "ist offen ja rufen sie zurück danke",
    },
    {
        "kind": "support",
        "text": "Kunde fragt im Pfandhaus-Chat, ob er seine Uhr (Pfandschein 88-41207) auch online verlängern kann. Antwortvorschlag?",
    },
    {
        "kind": "support",
        "text": "Übersetze ins Englische für die DNA-Labor-Hotline:\n\nHallo, ich bin ⟦PERSON|Carola Dünnebier⟧. Mein Ergebnis sagt "
        "⟦GENETIC_DATA|Träger einer HFE-Mutation (C282Y heterozygot)⟧, was heißt das? Mein Hausarzt weiß nichts davon. "
        "Meine Mail: ⟦EMAIL_ADDRESS|c.duennebier@posteo.de⟧",
    },
    {
        "kind": "support",
        "text": "Ticket #45190 Theaterkasse: Rollstuhlplatz für Herrn ⟦PERSON|Quast⟧ und Begleitung, Vorstellung 17.01., Begleitperson frei. Bestätigungstext formulieren.",
    },
    {
        "kind": "support",
        "text": "Schreibe eine Antwort an den Kunden ⟦PERSON|Ferdinand Oyelaran⟧: Die Rückerstattung der Kaution für das Zimmer 3.14 im "
        "Wohnheim Campus Ost geht an ⟦IBAN_CODE|DE42 3704 0044 0532 1098 76⟧, Bearbeitung 10 Werktage.",
    },
    {
        "kind": "support",
        "text": "Friedhofsverwaltung, bitte JSON extrahieren:\nGrabstelle: Feld C, Reihe 4, Nr. 12\nNutzungsberechtigte: "
        "⟦PERSON|Waltraud Zimmerling⟧\nAnschrift: ⟦STREET_ADDRESS|Am Kalkofen 9, 37085 Göttingen⟧\nBestattungsart: Urne, "
        "⟦RELIGIOUS_BELIEF|evangelisch⟧\nVerlängerung bis 2041",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Formuliere eine Krankmeldung-Notiz für die Personalakte neutral um: ⟦PERSON|Jessica Behrendt⟧ (Kantine Grundschule "
        "Am Wall) ist ab Montag 3 Wochen krankgeschrieben, ⟦HEALTH_DATA|Bandscheibenvorfall L5/S1⟧, Vertretung durch Herrn Kosak.",
    },
    {
        "kind": "hr",
        "text": "Stellenanzeige Umzugshelfer (m/w/d), Hamburg-Wilhelmsburg, Führerschein C1E erwünscht, Stundenlohn 16,50 €.",
    },
    {
        "kind": "hr",
        "text": "Prüfe diese Personalstammdaten auf Vollständigkeit:\nName: ⟦PERSON|Mehmet Yıldırımoğlu⟧\nSteuer-ID: "
        "⟦DE_TAX_ID|57382910454⟧\nPerso-Nr.: ⟦DE_ID_CARD|T220001293⟧\nKonfession: ⟦RELIGIOUS_BELIEF|rk⟧\nGewerkschaft: "
        "⟦TRADE_UNION_MEMBERSHIP|ver.di⟧ (Beitragsabzug ja)",
    },
    {
        "kind": "hr",
        "text": "Protokoll Teamsitzung Abendschule 05.11. (Protokoll: ⟦PERSON|Svenja Ockenfels⟧): neue Kursräume ab Januar, Beamer in Raum 204 defekt, nächstes Treffen 10.12.",
    },
    {
        "kind": "hr",
        "text": "Bewährungshilfe-Dienstleister: Zusammenfassen. Klient ⟦PERSON|Sascha Demirović⟧, verurteilt wegen "
        "⟦CRIMINAL_RECORD|gefährlicher Körperverletzung⟧, Auflage Anti-Gewalt-Training, nimmt ⟦HEALTH_DATA|Methadon⟧ im Substitutionsprogramm.",
    },
    {
        "kind": "hr",
        "text": "Pfandhaus, Mitarbeiterzugang: Für ⟦PERSON|Nadine Kruckenberg⟧ wurde der ⟦BIOMETRIC_DATA|Fingerabdruck⟧ am "
        "Tresorleser neu hinterlegt. Bitte kurzen Vermerk für die Zutrittsliste schreiben.",
    },
    {
        "kind": "hr",
        "text": "Kurz auf Englisch: Unsere Ehrenamtlichen im Hospiz bekommen ab 2026 eine Aufwandspauschale von 40 € im Monat.",
    },
    {
        "kind": "hr",
        "text": "Für die SVNR-Meldung (AT): ⟦PERSON|Florian Pichlmayr-Stöger⟧, SV-Nr. ⟦AT_SVNR|4828140378⟧, Eintritt 01.12., Messebau-Monteur, "
        "⟦TRADE_UNION_MEMBERSHIP|PRO-GE⟧-Mitglied. Bitte Meldezettel vorbereiten.",
    },
    {
        "kind": "hr",
        "text": "Schreib freundlicher: 'Urlaubsanträge für Weihnachten bitte bis 30.11. im Portal, sonst keine Garantie.'",
    },
    {
        "kind": "hr",
        "text": "Mach aus diesen Stichpunkten ein sauberes Protokoll (Fließtext, Zwischenüberschriften):\n\n"
        "Ausstellerservice FachBau 2026 – Teamrunde 8.1.\n"
        "- Stand der Anmeldungen: 412 Aussteller, davon 61 international, Halle 3 und 4 ausgebucht, Halle 5 noch 18 Flächen\n"
        "- Aufbauzeiten: Mo-Mi 7-22 Uhr, Mittwoch nur noch Dekoration, keine Stapler nach 18 Uhr\n"
        "- Ausstellerausweise: Druck ab 20.1., Versand per Mail als PDF, Abholung am Nordeingang möglich\n"
        "- Logistik: Spediteur MesseLog übernimmt Leergutlagerung, Preisliste bleibt wie 2025\n"
        "- Catering: zwei neue Foodtrucks im Freigelände, vegetarisch/vegan jeweils mindestens ein Gericht\n"
        "- Barrierefreiheit: Rampen an allen Hallen, Rollstuhlverleih am Infopunkt, Ruheraum im Kongresszentrum\n"
        "- Technik: WLAN für Aussteller neu ausgeschrieben, Ticketsystem für Stromanschlüsse ab sofort im Portal\n"
        "- Nachhaltigkeit: Teppichboden wird recycelt, Mehrwegbecher mit 2 € Pfand\n"
        "- Offene Punkte: Shuttle vom Bahnhof (Angebot fehlt noch), Beschilderung Halle 5, Pressekonferenz am 3.2.\n"
        "- Nächste Runde: 22.1., 9:30 Uhr, Raum Elbe",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Newsletter-Teaser für die Volkshochschule Nord: Frühjahrsprogramm, Sprachkurse, Töpfern, Excel für Einsteiger.",
    },
    {
        "kind": "marketing",
        "text": "Kundenbewertung fürs Portal kürzen: 'Super Umzug mit KistenKönig, Frau ⟦PERSON|Brökelmann⟧ vom Büro hat alles "
        "organisiert, obwohl ich wegen meiner ⟦HEALTH_DATA|MS⟧ kaum helfen konnte. ⟦PERSON|Annelie Vosskamp⟧'",
    },
    {
        "kind": "marketing",
        "text": "Wahlkampfbüro: Flyertext straffen. 'Ich bin ⟦PERSON|Gerrit Haselhorst⟧, seit 20 Jahren ⟦POLITICAL_OPINION|SPD⟧-Mitglied "
        "und kandidiere für den Bezirksrat.' Rückfragen an ⟦EMAIL_ADDRESS|gerrit.haselhorst@bezirk-wahl.de⟧",
    },
    {
        "kind": "marketing",
        "text": "Instagram-Post für die Messe FachBau 2026: Aussteller-Frühbucherrabatt bis 31.01., Halle 3 fast ausgebucht.",
    },
    {
        "kind": "marketing",
        "text": "Unser Hospiz bietet Trauergruppen für Angehörige an, auch für Menschen nach Suizid im Umfeld. Schreib einen "
        "einfühlsamen Absatz für die Website.",
    },
    {
        "kind": "marketing",
        "text": "Testimonial fürs Queer-Telefon: 'Als ⟦SEX_LIFE_ORIENTATION|schwuler⟧ Mann vom Dorf hatte ich niemanden. "
        "Danke an ⟦PERSON|Matthis⟧ am Telefon.' Bitte sprachlich glätten.",
    },
    {
        "kind": "marketing",
        "text": "Drei Varianten für einen Werbebanner: Jagdschein-Vorbereitungskurs, 8 Wochenenden, Prüfung im Mai.",
    },
    {
        "kind": "marketing",
        "text": "Pressemitteilung Mensa-Anbieter kürzen: Ab Februar gibt es an allen Schulen täglich ein vegetarisches "
        "und ein halal-zertifiziertes Gericht, Allergene werden nach LMIV gekennzeichnet.",
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Die Reisekrankenversicherung übernimmt Kosten für ambulante und stationäre Behandlung im Ausland sowie einen "
        "medizinisch sinnvollen Rücktransport. Voraussetzung ist, dass die Reise nicht länger als 56 Tage dauert. Die "
        "Assistance-Zentrale ist rund um die Uhr erreichbar und koordiniert Kostenübernahmeerklärungen mit den "
        "Kliniken vor Ort. Vorerkrankungen sind nur abgedeckt, wenn sie in den letzten sechs Monaten stabil waren.",
    },
]
