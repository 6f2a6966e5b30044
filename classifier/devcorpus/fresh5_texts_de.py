"""Hand-written German texts of the ``fresh5`` split: prompts as services send them to a model, material pasted in."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Fasse diese Kundenmail in drei Stichpunkten zusammen und schlage eine Antwort vor:\n\n"
        "Sehr geehrte Damen und Herren,\nseit dem Update auf Version 5.1 stürzt die App beim Öffnen der "
        "Rechnungen ab. Bestellnummer 30571184, Gerät Pixel 8. Bitte um Rückmeldung.\nMit freundlichen Grüßen\n⟦PERSON|Ingrid Sommer⟧",
    },
    {
        "kind": "support",
        "text": "Translate into English for the 2nd-level team:\n\n"
        "Guten Tag, mein Name ist ⟦PERSON|Sabine Großmann⟧, Kundennummer 4471902. Die Lastschrift vom "
        "01.11. wurde doppelt von meinem Konto ⟦IBAN_CODE|DE71 8855 5050 9133 7210 98⟧ abgebucht. Ich bin "
        "unter ⟦PHONE_NUMBER|0151 2874 3390⟧ erreichbar, am besten vormittags.",
    },
    {
        "kind": "support",
        "text": "Extrahiere die Felder als JSON (name, geburtsdatum, adresse, steuer_id) aus diesem OCR-Scan:\n\n"
        "Antrag auf Er-\nstattung\nName: ⟦PERSON|Jürgen Köhler⟧\nGeburtsdatum: ⟦DATE_OF_BIRTH|14.02.1961⟧\n"
        "Anschrift: ⟦STREET_ADDRESS|Lindenstraße 12a, 04109 Leipzig⟧\nSteuer-ID: ⟦DE_TAX_ID|71358076248⟧\n"
        "Unterschr1ft: ______  Datum: 2O.1O.2025",
    },
    {
        "kind": "support",
        "text": "Formuliere eine freundliche Antwort: Der Kunde fragt, ob der Router FRITZ!Box 7590 auch mit "
        "Glasfaser funktioniert. Antwort: ja, mit dem Glasfasermodem GM-3, Lieferzeit 3-5 Werktage.",
    },
    {
        "kind": "support",
        "text": "Bitte prüfe, ob das Gespräch korrekt dokumentiert wurde, und schreib die Notiz fürs CRM:\n\n"
        "Agentin: Stadtwerke Halle, Kundenservice, Sie sprechen mit Frau ⟦PERSON|Weber⟧.\n"
        "Anrufer: Ja, ⟦PERSON|Dieter Brandt⟧ hier, es geht um den Zählerwechsel.\n"
        "Agentin: Ihre Vertragsnummer?\nAnrufer: 600 114 872.\n"
        "Agentin: Danke. Der Termin ist am 9.12. zwischen 8 und 12 Uhr.\n"
        "Anrufer: Da bin ich in der ⟦HEALTH_DATA|Dialyse⟧, das geht nicht. Meine Frau ist da, geht das?\n"
        "Agentin: Ja, eine Vollmacht reicht.",
    },
    {
        "kind": "support",
        "text": "Kontext aus der Wissensdatenbank:\n- Retouren sind innerhalb von 30 Tagen kostenlos.\n"
        "- Sperrgut wird von einer Spedition abgeholt, Termin per SMS.\n- Gutscheine sind nicht "
        "erstattungsfähig.\n\nFrage des Kunden: Kann ich den Kleiderschrank PAX zurückgeben und wie läuft "
        "das ab?",
    },
    {
        "kind": "support",
        "text": "Warum ist dieser Kunde so verärgert? Kurze Analyse bitte.\n\n"
        "Von: ⟦EMAIL_ADDRESS|k.yilmaz@web.de⟧\nBetreff: WIEDER falsche Rechnung\n\nHallo,\nzum dritten Mal: "
        "ich habe den Tarif am 12.08. gekündigt. Ihr bucht immer noch ab. Meine Kreditkarte "
        "⟦CREDIT_CARD|2608 8976 0433 1562⟧ habe ich jetzt sperren lassen. Nächster Schritt ist die "
        "Verbraucherzentrale.\n⟦PERSON|Kemal Yılmaz⟧",
    },
    {
        "kind": "support",
        "text": "Schreib die Antwort an Frau ⟦PERSON|Ostermann⟧ auf Österreichisch-freundlich: Ihr Antrag auf "
        "Mitversicherung ist eingelangt, uns fehlt nur noch die Sozialversicherungsnummer ihres Sohnes. Ihre "
        "eigene haben wir: ⟦AT_SVNR|3367 170384⟧.",
    },
    {
        "kind": "support",
        "text": "Mach aus diesem Ticketverlauf eine Zusammenfassung für die Schichtübergabe (max. 5 Zeilen):\n"
        "#88213 Drucker 3. OG druckt leer (gemeldet von ⟦PERSON|Marco Krause⟧, ⟦PHONE_NUMBER|0511 4470-238⟧) - Toner getauscht - weiter leer - Techniker bestellt für Mo\n"
        "#88220 VPN bricht ab bei Homeoffice-Nutzern mit Telekom - Workaround MTU 1400\n"
        "#88231 Teams-Kalender synchronisiert nicht - Cache gelöscht - gelöst",
    },
    {
        "kind": "support",
        "text": "Erkläre diesen Entlassbrief in einfacher Sprache für die Patientin. Medikamente bitte "
        "unverändert übernehmen.\n\n"
        "Klinikum Nord, Innere Medizin II\nSehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,\n"
        "wir berichten über Ihre Patientin ⟦PERSON|Renate Hübner⟧, geb. ⟦DATE_OF_BIRTH|23.09.1956⟧, "
        "wohnhaft ⟦STREET_ADDRESS|Mozartweg 4, 30519 Hannover⟧, die sich vom 03.11. bis 12.11.2025 in "
        "unserer stationären Behandlung befand.\n\nDiagnosen:\n- ⟦HEALTH_DATA|Lungenembolie beidseits⟧\n"
        "- ⟦GENETIC_DATA|heterozygote Faktor-V-Leiden-Mutation⟧\n- ⟦HEALTH_DATA|arterielle Hypertonie⟧\n\n"
        "Verlauf: Aufnahme über die Notaufnahme mit Belastungsdyspnoe und Thoraxschmerz. Im CT-Angio "
        "Nachweis zentraler Embolien beidseits ohne Rechtsherzbelastung. Antikoagulation zunächst mit "
        "Heparin, dann Umstellung auf Apixaban. Unter Therapie rasche Besserung, bei Entlassung "
        "beschwerdefrei. Die Thrombophilie-Diagnostik ergab die o. g. Mutation; eine humangenetische "
        "Beratung der Angehörigen wurde empfohlen.\n\nMedikation bei Entlassung:\nApixaban 5 mg 1-0-1 "
        "(mind. 6 Monate)\nRamipril 5 mg 1-0-0\nPantoprazol 20 mg 1-0-0\n\nProcedere: Kontrolle beim "
        "Hausarzt in 2 Wochen, Vorstellung in der Gerinnungsambulanz in 3 Monaten. Bei Blutungszeichen "
        "sofort ärztliche Hilfe.\n\nMit freundlichen kollegialen Grüßen\nOberärztin Dr. med. ⟦PERSON|S. Lorenz⟧",
    },
    # -- hr -------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Formuliere dieses Arbeitszeugnis wohlwollend, aber ehrlich um (Note 2):\n\n"
        "Frau ⟦PERSON|Katharina Lenz⟧, geb. am ⟦DATE_OF_BIRTH|07.05.1988⟧, war vom 01.04.2019 bis 30.09.2025 "
        "als Sachbearbeiterin Kreditoren bei uns tätig. Sie arbeitete zuverlässig. Wegen einer ⟦HEALTH_DATA|"
        "Krebserkrankung⟧ fiel sie 2023 mehrere Monate aus.\n\n(Den Ausfall natürlich nicht erwähnen!)",
    },
    {
        "kind": "hr",
        "text": "Schreib eine Stellenanzeige: Pflegefachkraft (m/w/d) für unsere Tagespflege in Bamberg, "
        "Teilzeit 30 Std., Tarif TVöD-P, Dienstwagen für Hausbesuche, Start ab sofort. Ansprechpartnerin: ⟦PERSON|Petra Hagen⟧, ⟦EMAIL_ADDRESS|p.hagen@tagespflege-bamberg.de⟧.",
    },
    {
        "kind": "hr",
        "text": "Prüfe diesen Lebenslauf auf Lücken und formuliere drei Rückfragen für das Interview:\n\n"
        "⟦PERSON|Tobias Reuter⟧\n⟦STREET_ADDRESS|Am Kanal 3, 14467 Potsdam⟧ · ⟦PHONE_NUMBER|+49 331 2047 "
        "8815⟧\n\n2015-2019 Softwareentwickler, Fintech GmbH, Berlin\n2019-2021 —\n2021-heute Teamlead Backend, "
        "Logistik AG\n\nAnmerkung Personalberater: Lücke 2019-2021 war ⟦CRIMINAL_RECORD|Haftstrafe wegen "
        "Betrugs⟧, Kandidat spricht offen darüber.",
    },
    {
        "kind": "hr",
        "text": "Fasse das Protokoll der Betriebsratssitzung für den Aushang zusammen (ohne Namen!):\n\n"
        "TOP 1 Schichtplan Januar: angenommen.\nTOP 2 Antrag Herr ⟦PERSON|Bauer⟧ auf Versetzung wegen "
        "⟦HEALTH_DATA|Bandscheibenvorfall⟧: Zustimmung.\nTOP 3 Neue Mitglieder: Frau ⟦PERSON|Demir⟧ ist "
        "jetzt ⟦TRADE_UNION_MEMBERSHIP|IG Metall-Mitglied⟧ und Vertrauensfrau.\nTOP 4 Weihnachtsfeier am "
        "19.12.",
    },
    {
        "kind": "hr",
        "text": "Welche Fragen sind in einem Vorstellungsgespräch in Deutschland unzulässig? Bitte als Liste für "
        "unsere Führungskräfteschulung, mit kurzer Begründung nach AGG.",
    },
    {
        "kind": "hr",
        "text": "Übersetze ins Englische für die Konzernzentrale:\n\n„Der Mitarbeiter ⟦PERSON|Lukas Hoffmann⟧ "
        "hat beantragt, an Freitagen früher gehen zu dürfen, da er als ⟦RELIGIOUS_BELIEF|gläubiger Jude⟧ den "
        "Sabbat einhält. Wir empfehlen Gleitzeit.“",
    },
    {
        "kind": "hr",
        "text": "Erstelle aus diesen Daten einen Arbeitsvertragsentwurf (nur Kopf und §1-§3):\n"
        "Arbeitnehmer: ⟦PERSON|Anna-Lena Vogt⟧, ⟦STREET_ADDRESS|Hauptstr. 88, 69117 Heidelberg⟧\n"
        "Personalausweis: ⟦DE_ID_CARD|MC19LG2RV9⟧\nPosition: Werkstudentin Marketing, 20 Std./Woche\n"
        "Beginn: 01.02.2026, Vergütung 16,50 EUR/Std.",
    },
    {
        "kind": "hr",
        "text": "Gib mir Ideen für ein Teamevent im Januar für 25 Leute in Köln, Budget 60 Euro pro Kopf, "
        "nichts mit Alkohol im Mittelpunkt.",
    },
    {
        "kind": "hr",
        "text": "Kannst du diese Teams-Nachricht an den Chef netter formulieren?\n\n„Ich fall morgen aus, "
        "⟦HEALTH_DATA|Migräneattacke⟧, AU kommt. Die Präsentation für Kunde Bergmann GmbH liegt im SharePoint.“",
    },
    # -- marketing ------------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Schreib einen Newsletter-Teaser (max. 60 Wörter) für unseren Adventskalender: 24 Türchen, "
        "täglich ein Rabattcode, Start 1. Dezember, nur im Onlineshop.",
    },
    {
        "kind": "marketing",
        "text": "Optimiere diese Produktbeschreibung für SEO (Keyword: ergonomischer Bürostuhl):\n\n"
        "Der ErgoFlex Pro hat eine 4D-Armlehne, Lordosenstütze und Netzrücken. Belastbar bis 150 kg. "
        "Made in Germany. 5 Jahre Garantie.",
    },
    {
        "kind": "marketing",
        "text": "Schreib eine persönliche Dankesmail an diesen Großkunden nach der Messe:\n\n"
        "Kontakt: Dr. ⟦PERSON|Heike Albrecht⟧, Einkauf, Klinikverbund Südwest\n"
        "E-Mail: ⟦EMAIL_ADDRESS|h.albrecht@kv-suedwest.de⟧\nTel.: ⟦PHONE_NUMBER|07071 29 84410⟧\n"
        "Gespräch: MEDICA 2025, Halle 10, Stand D22, Interesse an 40 Monitoren.",
    },
    {
        "kind": "marketing",
        "text": "Wir planen eine Kampagne für unser Fitnessstudio. Zielgruppe 50+. Gib mir drei Slogans und "
        "einen Instagram-Text, Ton: motivierend, nicht peinlich.",
    },
    {
        "kind": "marketing",
        "text": "Erstelle aus den Umfrageantworten eine Persona für die Kampagne (keine echten Namen):\n\n"
        "Antwort 17: ⟦PERSON|Melanie Krüger⟧, 41, Hamburg, ⟦HEALTH_DATA|Typ-1-Diabetikerin⟧, nutzt die App "
        "täglich für Blutzuckerwerte.\nAntwort 18: ⟦PERSON|Ralf Schütte⟧, 58, wählt ⟦POLITICAL_OPINION|die "
        "Grünen⟧ und will nachhaltige Verpackung.\nAntwort 19: anonym, 33, findet die App zu teuer.",
    },
    {
        "kind": "marketing",
        "text": "Fasse die Ergebnisse der Google-Ads-Kampagne KW 44-47 zusammen: CTR 3,2 %, CPC 0,84 EUR, "
        "412 Conversions, ROAS 4,1. Empfehlung für Dezember?",
    },
    {
        "kind": "marketing",
        "text": "Erstelle einen kurzen Pressetext: Die Bäckerei Hansen eröffnet am 15. Januar ihre dritte "
        "Filiale in Flensburg, Große Straße. Erste 100 Kunden bekommen ein Franzbrötchen gratis. Pressekontakt: ⟦PERSON|Jana Hansen⟧, ⟦PHONE_NUMBER|0461 182 994⟧.",
    },
    {
        "kind": "marketing",
        "text": "Übersetze dieses Kundenzitat ins Englische für die Case Study:\n\n„Als ⟦ETHNIC_ORIGIN|Sintiza⟧ "
        "habe ich bei Banken oft Misstrauen erlebt. Bei euch ging die Kontoeröffnung in zehn Minuten.“ "
        "– ⟦PERSON|Rosa Weiß⟧, Kundin seit 2022",
    },
    {
        "kind": "marketing",
        "text": "Schreib drei Varianten für den Betreff unserer Reaktivierungsmail (Kunden ohne Kauf seit 12 "
        "Monaten), Gutschein 10 EUR ab 50 EUR Bestellwert.",
    },
    # -- docs -----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Beantworte die Frage nur anhand dieses Dokumentationsauszugs:\n\n"
        "Die Konfiguration erfolgt über Umgebungsvariablen. DATABASE_URL legt die Verbindung zur Datenbank "
        "fest, CACHE_TTL die Lebensdauer von Cache-Einträgen in Sekunden (Standard 300). Wird LOG_LEVEL nicht "
        "gesetzt, gilt INFO. Änderungen werden erst nach einem Neustart des Dienstes wirksam.\n\n"
        "Frage: Muss ich den Dienst neu starten, wenn ich CACHE_TTL ändere?",
    },
]
