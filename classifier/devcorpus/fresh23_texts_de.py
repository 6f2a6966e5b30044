"""Hand-written German texts for fresh23: Fahrschulen, Bahn, Flughafen, Spedition, Integrationskurse, Migrationsberatung."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # --- support ---
    {
        "kind": "support",
        "text": "Gilt das Deutschlandticket auch im ICE zwischen Hamburg und Berlin, wenn der Regionalzug ausfällt?",
    },
    {
        "kind": "support",
        "text": "Fasse bitte diese Kundenmail für die Fahrschulleitung in zwei Sätzen zusammen:\n\nSehr geehrte Damen und Herren,\nmein Sohn ⟦PERSON|Jannik Szymanowski-Bär⟧ (Anmeldung Klasse B, Kundennr. FS-22817) hat ⟦HEALTH_DATA|Epilepsie⟧, ist aber seit über einem Jahr anfallsfrei und hat ein Gutachten vom Neurologen. Die Führerscheinstelle verlangt jetzt noch eine MPU?? Kann er trotzdem schon mit den Fahrstunden anfangen?\nMit freundlichen Grüßen\n⟦PERSON|Heike Szymanowski-Bär⟧\n⟦STREET_ADDRESS|Lindenstraße 41, 34117 Kassel⟧\n⟦PHONE_NUMBER|0561 739 2284⟧",
    },
    {
        "kind": "support",
        "text": "[14:02] Kundin: Hallo, mein Koffer kam in MUC nicht an, Flug LH 1839 aus Barcelona\n[14:03] Agent ⟦PERSON|Merve⟧: Hallo! Haben Sie schon eine Verlustmeldung am Schalter gemacht?\n[14:03] Kundin: ja MUCLH71520\n[14:05] Agent ⟦PERSON|Merve⟧: Danke, der Koffer steht noch in BCN und kommt mit dem Abendflug. Lieferung morgen zwischen 9 und 13 Uhr an die Adresse aus der Meldung?\n[14:06] Kundin: ja bitte, ⟦STREET_ADDRESS|Am Rosengarten 7, 85354 Freising⟧, ⟦PERSON|Ilona Vukovic-Hartl⟧",
    },
    {
        "kind": "support",
        "text": "Kannst du diese Antwort freundlicher formulieren? „Die Kaution für den Mietwagen (Vertrag 7740213, VW ID.3) wird nach Prüfung der Schadensmeldung freigegeben. Bearbeitungszeit 10 Werktage.“ Kunde ist Herr ⟦PERSON|Oyelaran-Schmieder⟧.",
    },
    {
        "kind": "support",
        "text": "Ordne diese Tickets der Ladesäulen-Hotline zu (Abrechnung / Technik / Vertrag):\n- Ladepunkt DE*EVB*E4412 in Leipzig startet nicht\n- Doppelte Abbuchung 18,40 € am 3.2.\n- Kündigung Tarif ComfortCharge zum Monatsende\n- Kabel lässt sich nicht entriegeln",
    },
    {
        "kind": "support",
        "text": "Betreff: Rückerstattung Busreise Pilgerfahrt Altötting, Buchung RB-2025-0419\n\nGrüß Gott,\nleider kann mein Mann ⟦PERSON|Alois Kammerlander⟧ nicht mitfahren, er hatte letzte Woche ⟦HEALTH_DATA|einen Schlaganfall⟧ und liegt noch im Klinikum. Die Reiserücktrittsversicherung ist abgeschlossen. Bitte überweisen Sie den Betrag auf unser Konto ⟦IBAN_CODE|AT45 7177 7210 5648 8899⟧, lautend auf ⟦PERSON|Rosina Kammerlander⟧.\nVergelt's Gott\n⟦PERSON|Rosina Kammerlander⟧, Ried im Innkreis",
    },
    {
        "kind": "support",
        "text": "Wie lange vorher muss ich einen Rollstuhlservice am Flughafen Stuttgart anmelden? Meine Mutter hat ⟦HEALTH_DATA|Parkinson⟧.",
    },
    {
        "kind": "support",
        "text": "Übersetze ins Englische für die Kollegen in Dublin: „Die Ausländerbehörde hat den Termin von Frau ⟦PERSON|Naledi Obermüller⟧ auf den 24.04. verschoben. Ihr Personalausweis (⟦DE_ID_CARD|WYCV4YJNM5⟧) wurde für die Einbürgerung geprüft, offen ist nur noch das ⟦CRIMINAL_RECORD|Verfahren wegen Ladendiebstahls von 2022⟧, das laut Anwalt eingestellt wurde.“",
    },
    {
        "kind": "support",
        "text": "Zollfrage: Welche Unterlagen braucht die Spedition für die Ausfuhr einer Maschine in die Schweiz, Warenwert 18.500 €? ATLAS-Ausfuhranmeldung haben wir.",
    },
    # --- hr ---
    {
        "kind": "hr",
        "text": "Personalbogen – Neueinstellung Stellwerk Nürnberg\nName: ⟦PERSON|Konstantin Adebayo-Wirth⟧\nGeburtsdatum: ⟦DATE_OF_BIRTH|17.06.1993⟧\nAnschrift: ⟦STREET_ADDRESS|Gibitzenhofstraße 88, 90443 Nürnberg⟧\nSteuer-ID: ⟦DE_TAX_ID|86547219004⟧\nIBAN: ⟦IBAN_CODE|DE70 6004 9403 5990 4978 88⟧\nKonfession (für Lohnsteuer): ⟦RELIGIOUS_BELIEF|römisch-katholisch⟧\nSchwerbehinderung: ⟦HEALTH_DATA|GdB 50 (Hörschädigung)⟧\nEintritt: 01.04.",
    },
    {
        "kind": "hr",
        "text": "Protokoll Betriebsratssitzung Flughafenbodenverkehrsdienste, 12.02.\nAnwesend: 7 BR-Mitglieder, Gast ⟦PERSON|Ulrike Faßbender-Nnamdi⟧ (⟦TRADE_UNION_MEMBERSHIP|ver.di-Vertrauensfrau⟧)\nTOP 1: Dienstplan Sommer – Einwände gegen 12-Tage-Blöcke.\nTOP 2: BEM-Verfahren Kollege ⟦PERSON|Ömer Liebknecht⟧ nach ⟦HEALTH_DATA|Bandscheibenvorfall⟧ – Vorschlag Wechsel in die Gepäckermittlung.\nTOP 3: Verschiedenes.",
    },
    {
        "kind": "hr",
        "text": "Stellenanzeige: Fahrlehrer/in (m/w/d) Klasse BE und A, Fahrschule Brückner in Rostock, 38,5 Std., 3.600 € brutto, Firmenwagen Audi A3, Weiterbildung zum Ausbilder möglich.",
    },
    {
        "kind": "hr",
        "text": "Bitte formuliere aus diesen Stichpunkten ein Arbeitszeugnis-Absatz für unsere Disponentin: 6 Jahre Speditionsdisposition Seefracht Hamburg, Zollabwicklung ATLAS, Betreuung von 40 Key Accounts, sehr zuverlässig, hat neue Azubis eingearbeitet.",
    },
    {
        "kind": "hr",
        "text": "Lebenslauf\n⟦PERSON|Svetlana Pfeiffer-Ahmadi⟧\n⟦EMAIL_ADDRESS|s.pfeiffer.ahmadi@posteo.de⟧ · ⟦PHONE_NUMBER|+49 176 4409 2317⟧\n\nBerufserfahrung\nseit 2020 Kursleiterin Integrationskurse (DaZ), VHS Bielefeld\n2016–2020 Dolmetscherin Russisch/Farsi, Landesaufnahmebehörde\nAusbildung: M.A. Deutsch als Fremdsprache, Universität Leipzig\nZusatzqualifikation: BAMF-Zulassung als Lehrkraft",
    },
    {
        "kind": "hr",
        "text": "Hi, kannst du mir helfen, eine kurze Nachricht an die Dienstplanung zu schreiben? Ich (Kabinenpersonal, Basis FRA) bin ab nächste Woche ⟦HEALTH_DATA|krankgeschrieben wegen einer Gürtelrose⟧ und möchte, dass meine Umläufe getauscht werden, ohne dass alle den Grund erfahren.",
    },
    {
        "kind": "hr",
        "text": "Mitarbeiterportrait für das Intranet: ⟦PERSON|Benedikt Osterhagen⟧ fährt seit 22 Jahren Fernbus, meistens die Linie München–Zagreb. Privat singt er im Kirchenchor und ist ⟦RELIGIOUS_BELIEF|Mitglied der evangelisch-lutherischen Gemeinde⟧ in Pasing. „Auf der A9 um fünf Uhr früh ist die Welt noch in Ordnung.“",
    },
    {
        "kind": "hr",
        "text": "Schichtplan KW 12 Werkstatt Bahnbetriebswerk: Frühschicht 6–14 Uhr 5 MA, Spätschicht 14–22 Uhr 4 MA, Nachtschicht 2 MA. Urlaubssperre ab 25.03. wegen Revision ET 425.",
    },
    {
        "kind": "hr",
        "text": "Kurze Frage: Darf ich als Personalerin bei einer Sprachschule im Einstellungsgespräch fragen, ob jemand ⟦POLITICAL_OPINION|in der AfD aktiv ist⟧? Ein Bewerber, ⟦PERSON|Holger Wichmann-Tunç⟧, hat das auf Facebook öffentlich gepostet.",
    },
    {
        "kind": "hr",
        "text": "Versicherungsdaten für die Anmeldung bei der ÖGK, bitte in eine Tabelle übertragen:\nDienstnehmerin: ⟦PERSON|Jasmina Hütter⟧, Reiseleiterin, Wien\nSV-Nummer: ⟦AT_SVNR|6334251077⟧\nBeschäftigungsbeginn: 01.05.\nAusmaß: Saison, 30 Wochenstunden",
    },
    # --- marketing ---
    {
        "kind": "marketing",
        "text": "Schreib einen knackigen Slogan für unser E-Bike-Sharing in Freiburg: 400 Räder, 60 Stationen, erste 30 Minuten gratis.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter Reisebüro Sonnenweg – April\n• Frühbucher Mallorca bis 30.04.\n• Neu: Pilgerreise auf dem Jakobsweg mit Begleitung\n• Klassenfahrten nach Prag und Krakau ab 219 € p. P.\n• Unser Büro in Bamberg hat ab Mai samstags geöffnet\nIhre Ansprechpartnerin: ⟦PERSON|Roswitha Ngata-Berger⟧, ⟦PHONE_NUMBER|0951 208 4471⟧",
    },
    {
        "kind": "marketing",
        "text": "Kundenstimme für die Website (Freigabe liegt vor): „Nach meiner ⟦HEALTH_DATA|Hüft-OP⟧ hatte ich Angst vor dem Flug nach Teneriffa. Der Assistenzservice hat mich vom Check-in bis ins Hotel begleitet.“ – ⟦PERSON|Gertraud Ebenhoch-Mensah⟧, 74, aus Passau",
    },
    {
        "kind": "marketing",
        "text": "FAQ Integrationskurs\nWer zahlt? Mit Berechtigungsschein übernimmt das BAMF die Kosten.\nWie lange dauert der Kurs? 600 Stunden Sprachkurs plus 100 Stunden Orientierungskurs.\nGibt es Kinderbetreuung? An unseren Standorten in Essen und Gelsenkirchen ja.",
    },
    {
        "kind": "marketing",
        "text": "Landingpage-Text für unsere Umzugs- und Relocation-Agentur in Düsseldorf: Wohnungssuche, Anmeldung beim Bürgeramt, Schulplatz an internationalen Schulen, Kita. Zielgruppe: japanische und koreanische Expats. Bitte 120 Wörter.",
    },
    {
        "kind": "marketing",
        "text": "Erfolgsgeschichte für den Jahresbericht unseres Vereins (Namen geändert?? bitte prüfen): ⟦PERSON|Farida Bilalović⟧ kam 2019 als ⟦ETHNIC_ORIGIN|Jesidin⟧ aus dem Nordirak nach Oldenburg. Heute ist sie Busfahrerin bei der VWG und macht nebenbei den Fahrlehrerschein.",
    },
    {
        "kind": "marketing",
        "text": "Instagram-Post: Ab 1. Juni fährt unser Nachtzug wieder von Wien nach Amsterdam, Liegewagen ab 79 €, Schlafwagen mit Dusche ab 189 €.",
    },
    {
        "kind": "marketing",
        "text": "Pressetext kürzen: Die Spedition Hollmann & Söhne eröffnet in Duisburg ein neues Zolllager mit 12.000 m², AEO-F-zertifiziert, direkter Anschluss an den Containerterminal logport I.",
    },
    # --- docs ---
    {
        "kind": "docs",
        "text": "Hinweis zur Anmeldung von Fahrschülern: Für die Beantragung der Fahrerlaubnis benötigt die Fahrerlaubnisbehörde einen Sehtest (nicht älter als zwei Jahre), den Nachweis über einen Erste-Hilfe-Kurs (9 Unterrichtseinheiten), ein biometrisches Passbild und eine Kopie des Ausweises. Bei Anträgen für Klasse C/D kommen ein ärztliches Gutachten und ggf. ein Führungszeugnis hinzu. Die Bearbeitungszeit beträgt derzeit vier bis sechs Wochen.",
    },
    {
        "kind": "docs",
        "text": "Leitfaden Fundsachen und verspätetes Gepäck (Bodenverkehrsdienste). 1. Meldung: Der Fluggast meldet fehlendes Gepäck am Lost-&-Found-Schalter im Gepäckausgabebereich; wir erstellen eine PIR-Meldung in WorldTracer mit Gepäckanhängernummer, Farbe, Typ und Inhalt. 2. Suche: Das System gleicht die Meldung automatisch mit unzugeordneten Gepäckstücken an anderen Stationen ab; bei Treffer wird das Gepäck mit dem nächsten Flug nachgesandt (Rush-Tag). 3. Zustellung: Zustellung an die vom Fluggast angegebene Adresse durch den Kurierdienst, in der Regel innerhalb von 24 bis 48 Stunden. 4. Ersatzkäufe: Notwendige Ersatzkäufe werden gegen Beleg erstattet; Haftungsgrenze nach dem Montrealer Übereinkommen. 5. Abschluss: Nach 21 Tagen gilt das Gepäck als verloren, die Akte geht an die Schadenregulierung. Medikamente und Hilfsmittel im aufgegebenen Gepäck werden vorrangig behandelt; der Schalter weist Fluggäste auf die nächstgelegene Apotheke hin.",
    },
]
