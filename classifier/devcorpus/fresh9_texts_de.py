"""Hand-written German texts of the ``fresh9`` split: prompts as services send them to a model, material pasted in."""

from __future__ import annotations

_RAW: list[tuple[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    (
        "support",
        "Fasse zusammen für die Disposition: Transport ⟦PERSON|Hannelore Wippermann⟧, Station 4 → Strahlentherapie, liegend, "
        "⟦HEALTH_DATA|Oberschenkelhalsbruch⟧, Rückfahrt 14:30. Auftrag KT-2025-8817.",
    ),
    (
        "support",
        "Kunde ⟦PERSON|Björn Lindqvist-Maurer⟧ fragt, warum sein Schlafwert seit dem Update 3.8 immer bei 61 liegt. Bitte kurze Antwort auf Deutsch, Du-Form.",
    ),
    (
        "support",
        "Antwortentwurf: Herr ⟦PERSON|Kowalczyk-Brandt⟧ widerspricht der Rückbuchung, Spielerkonto 88-20931, er sagt, die Karte "
        "⟦CREDIT_CARD|4148-1446-8497-8092⟧ sei gestohlen worden. Bitte höflich um Polizeiaktenzeichen bitten.",
    ),
    (
        "support",
        "Übersetze ins Englische: Die Tilgungsaussetzung für Ihr Darlehen Nr. 7710-334 endet am 31.01. Ab Februar gilt wieder die normale Rate.",
    ),
    (
        "support",
        "Pflegedienst-Einsatzplanung: ⟦PERSON|Erwin Haselhuhn⟧, ⟦STREET_ADDRESS|Am Lerchenfeld 23, 80995 München⟧, braucht ab Montag zweimal täglich "
        "⟦HEALTH_DATA|Insulin⟧-Gabe, Schlüssel liegt im Schlüsselkasten. Tochter: ⟦PHONE_NUMBER|0176 4412 9083⟧.",
    ),
    (
        "support",
        'Kategorisiere: "Hallo, die Tagesklinik hat meinen Termin am Mittwoch verschoben, ich bekomme keine SMS mehr. Fallnr. TK-4471."',
    ),
    (
        "support",
        "Sozialamt-Anfrage zusammenfassen: ⟦PERSON|Dragan Mirković-Haas⟧ beantragt Hilfe zur Pflege, Konto ⟦IBAN_CODE|DE46 3136 2025 5126 9244 97⟧, "
        "Steuer-ID ⟦DE_TAX_ID|27149513688⟧, Pflegegrad 3 wegen ⟦HEALTH_DATA|Parkinson⟧.",
    ),
    (
        "support",
        "Leserbrief kürzen auf 800 Zeichen, Tonfall beibehalten. Absender ⟦PERSON|Gudrun Leimbach⟧ aus Landshut, ⟦POLITICAL_OPINION|SPD-Mitglied seit 1988⟧, kritisiert den Stadtrat wegen der Radwege.",
    ),
    # -- hr --------------------------------------------------------------------------------------------------------
    (
        "hr",
        "AU-Bescheinigung erfasst: ⟦PERSON|Tamara Oberhuber⟧, 10.11.–21.11., Diagnose laut eAU nicht übermittelt. Bitte Lohnfortzahlung prüfen.",
    ),
    (
        "hr",
        "Extrahiere als JSON: Name ⟦PERSON|Felix Brandstätter⟧, SVNR ⟦AT_SVNR|5391140379⟧, geb. ⟦DATE_OF_BIRTH|14.03.1979⟧, Eintritt 01.02.2026, Fahrradkurier Teilzeit.",
    ),
    (
        "hr",
        "Bitte Antwort an ⟦PERSON|Merve Aydın⟧: ihr Urlaubsantrag für ⟦RELIGIOUS_BELIEF|Ramadan⟧-Ende (Zuckerfest) ist genehmigt.",
    ),
    (
        "hr",
        "Protokoll Betriebsratssitzung: anwesend ⟦PERSON|Uwe Sattelmacher⟧ (⟦TRADE_UNION_MEMBERSHIP|ver.di-Vertrauensmann⟧), ⟦PERSON|Kerstin Ahlgrimm⟧. TOP 2: Schichtzulagen.",
    ),
    ("hr", "Schreibe eine Stellenanzeige: Disponent/in Krankentransport, Vollzeit, Tarif TVöD, Standort Augsburg."),
    (
        "hr",
        "Wiedereingliederung nach Hamburger Modell für ⟦PERSON|Jens Vollrath⟧ nach ⟦HEALTH_DATA|Burnout⟧ und Reha, 4 Std./Tag ab 1.12.",
    ),
    (
        "hr",
        "Frage zur Lohnabrechnung: Warum wird der Sachbezug für das Jobrad doppelt versteuert? Personalnummer 10447.",
    ),
    (
        "hr",
        "Führungszeugnis-Auskunft Tierheim-Ehrenamt: ⟦PERSON|Ralf Düsterhöft⟧, Ausweis ⟦DE_ID_CARD|T5THCWFZR1⟧, Eintrag ⟦CRIMINAL_RECORD|Körperverletzung⟧ 2017. Entscheidung vorbereiten.",
    ),
    # -- marketing ---------------------------------------------------------------------------------------------------
    (
        "marketing",
        "Schreib einen Social-Post: Tag der offenen Tür im Tierheim Riem, Samstag 10–16 Uhr, Kuchenverkauf für die Katzenstation.",
    ),
    (
        "marketing",
        "Drei Betreffzeilen für unseren Newsletter: neue Kreuzfahrtrouten Nordkap 2026, Frühbucherrabatt 15 %.",
    ),
    (
        "marketing",
        "Kurzer Werbetext für unser Pflegeangebot: Wir unterstützen Menschen mit Demenz und ihre Angehörigen im Alltag.",
    ),
    (
        "marketing",
        'Kundenstimme kürzen: "Seit meiner ⟦HEALTH_DATA|Herz-OP⟧ trage ich das Pulso-Band jeden Tag" – ⟦PERSON|Heinz-Dieter Plöger⟧, Bielefeld.',
    ),
    (
        "marketing",
        "Slogan-Ideen für die Fahrradkurier-Genossenschaft Kette & Co. Ansprechpartnerin für Presse: ⟦PERSON|Leonie Fuchsberger⟧, ⟦EMAIL_ADDRESS|presse@kette-und-co.de⟧.",
    ),
    (
        "marketing",
        "Übersetze den Flyer ins Deutsche: Wedding packages from 1.900 €, drone shots included, travel within Portugal free.",
    ),
    (
        "marketing",
        "Pressetext: Der Veteranenverband lädt zum Volkstrauertag ein, Kranzniederlegung 11 Uhr am Ehrenmal.",
    ),
    (
        "marketing",
        "Schreib eine Einladung zum Gemeindefest der Synagoge zu Chanukka, allgemein, ohne Namen: Latkes, Lichterzünden, Kinderprogramm.",
    ),
    # -- docs --------------------------------------------------------------------------------------------------------
    (
        "hr",
        "Mach aus dieser Excel-Tabelle (tab-getrennt) eine Liste der offenen Punkte für die Lohnbuchhaltung, sortiert nach Dringlichkeit:\n\n"
        "Personalnr\tName\tFall\tNotiz\n"
        "10512\t⟦PERSON|Sabrina Kühnhackl⟧\tKrankengeld\tab 07.10. ⟦HEALTH_DATA|Bandscheiben-OP⟧, 6 Wochen Entgeltfortzahlung enden am 17.11.\n"
        "10533\t⟦PERSON|Ömer Kılıçarslan⟧\tBankwechsel\tneues Konto ⟦IBAN_CODE|AT94 0273 5968 9456 5357⟧, gilt ab Dezember\n"
        "10540\t⟦PERSON|Ute Pfefferkorn⟧\tGewerkschaftsbeitrag\tbittet um Abzug des ⟦TRADE_UNION_MEMBERSHIP|IG-Metall-Beitrags⟧ über die Abrechnung\n"
        "10551\t⟦PERSON|Niklas Obermaier⟧\tKirchensteuer\tAustritt aus der ⟦RELIGIOUS_BELIEF|evangelischen Kirche⟧ zum 30.09., Bescheinigung liegt vor\n"
        "10562\t⟦PERSON|Carina Weißgerber⟧\tSchwerbehinderung\tGdB 50 wegen ⟦HEALTH_DATA|Multipler Sklerose⟧, Zusatzurlaub 5 Tage eintragen\n"
        "10570\tVakant\tStelle Disposition\tAusschreibung läuft bis 15.12., Kennziffer 2025-DISP-04\n"
        "10588\t⟦PERSON|Heiko Strassburger⟧\tPfändung\tPfändungsbeschluss AG München, Az. 1 M 4471/25, Freibetrag prüfen\n"
        "10590\t⟦PERSON|Aleksandra Dziubińska⟧\tElternzeit\tRückkehr 01.03., Teilzeit 25 Std., Kita-Bescheinigung nachreichen\n"
        "10603\t⟦PERSON|Bernd Fröschl⟧\tDienstwagen\t1-%-Regelung, Listenpreis 41.900 €, ab Januar E-Auto (0,25 %)\n"
        "10611\t⟦PERSON|Lena Achatz⟧\tAdresse\tumgezogen nach ⟦STREET_ADDRESS|Tegernseer Landstraße 140, 81539 München⟧\n\n"
        "Hinweis: Spalte 'Notiz' nicht an die Teamleitungen weitergeben, nur die Fallart.",
    ),
    (
        "docs",
        "Ein Dienstplan für ambulante Pflege berücksichtigt Wegezeiten, Qualifikationen und Pausenregeln nach Arbeitszeitgesetz. "
        "Touren werden täglich optimiert; Änderungen müssen bis 18 Uhr im System stehen, damit die mobilen Geräte sie über Nacht synchronisieren.",
    ),
]

TEXTS: list[dict[str, str]] = [{"kind": kind, "text": text} for kind, text in _RAW]
