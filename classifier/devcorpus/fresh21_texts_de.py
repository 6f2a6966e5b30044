"""Hand-written German texts of the ``fresh21`` split: Telko-Hotline, SaaS-Support, Rechenzentren, Lieferdienste, Lernplattformen."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    {
        "kind": "support",
        "text": "Guten Tag,\n\nseit dem Tarifwechsel am 01.04. wird mir die Roaming-Option doppelt berechnet (Rechnung Nr. 7004418823, Kundennummer 55102937). Bitte erstatten Sie mir die 19,99 € auf mein Konto ⟦IBAN_CODE|DE96 5204 9292 9280 8317 22⟧.\n\nMit freundlichen Grüßen\n⟦PERSON|Henrike Wolters-Ekici⟧\n⟦STREET_ADDRESS|Gneisenaustraße 41, 10961 Berlin⟧\nTel. ⟦PHONE_NUMBER|0176 48320917⟧",
    },
    {
        "kind": "support",
        "text": "Kurze Frage: kann ich die eSIM auf ein neues iPhone übertragen, ohne in den Shop zu gehen?",
    },
    {
        "kind": "support",
        "text": "[14:02] Kunde: Hallo, jemand hat meine Nummer auf eine neue SIM umgezogen, ich hab nichts beantragt!!\n[14:03] Agentin ⟦PERSON|Jana⟧: Oh nein, das klingt nach SIM-Swapping. Ich sperre die neue Karte sofort. Zur Prüfung: Wie lautet Ihr Geburtsdatum?\n[14:03] Kunde: ⟦DATE_OF_BIRTH|17.09.1983⟧\n[14:04] Kunde: ⟦PERSON|Marco Schimanski⟧, Vertrag 3310-778-20\n[14:06] Agentin ⟦PERSON|Jana⟧: Danke, Herr ⟦PERSON|Schimanski⟧. Die Karte ist gesperrt, Vorgang SEC-88120. Bitte ändern Sie auch das Passwort Ihres Online-Bankings.",
    },
    {
        "kind": "support",
        "text": "Übersetze bitte ins Englische für das Trust-&-Safety-Team in Dublin:\n\n„Der Nutzer mit der ID 44018273 hat im Gruppenchat wiederholt antisemitische Beiträge gepostet. Drei Meldungen (R-1188, R-1191, R-1203). Vorschlag: 30 Tage Sperre, danach Prüfung.“",
    },
    {
        "kind": "support",
        "text": "Hallo Support, ich habe die Teilnahmebescheinigung für den Kurs „Python für Einsteiger“ nicht bekommen, obwohl ich alle Module abgeschlossen habe. Bestellnummer LRN-2024-09917. Danke!",
    },
    {
        "kind": "support",
        "text": "Betreff: Zugang RZ Frankfurt – Besucheranmeldung\n\nHallo Frau ⟦PERSON|Dahlmann⟧,\n\nbitte melden Sie für Donnerstag, 9:00 Uhr, unseren Techniker ⟦PERSON|Emre Doğanay⟧ für Cage F-12 an. Er bringt seinen Personalausweis mit (Nr. ⟦DE_ID_CARD|X81WVNLWR6⟧). Rückfragen gern unter ⟦PHONE_NUMBER|+49 69 2043 8815⟧.\n\nViele Grüße\n⟦PERSON|Stefan Lutz⟧\nNetCore Colocation GmbH",
    },
    {
        "kind": "support",
        "text": "Wir haben das Problem mit den doppelten Push-Benachrichtigungen in Version 4.12.1 behoben. Bitte aktualisieren Sie die App über den Play Store oder App Store. Ticket #58231 wird geschlossen.",
    },
    {
        "kind": "support",
        "text": "Widerspruch gegen Kontosperrung (Spieler-ID 2290-5541)\n\nIch wurde wegen „Cheating“ gesperrt. Ich spiele mit einem Controller-Adapter, weil ich ⟦HEALTH_DATA|nach einem Schlaganfall die rechte Hand kaum bewegen kann⟧. Das ist keine Cheat-Software. Ich kann gern ein Attest schicken.\n⟦PERSON|Jürgen Habermeier⟧",
    },
    {
        "kind": "support",
        "text": "Support-Fall 771204 – interne Notiz: Kunde meldet Phishing-Mail mit unserem Logo. Header geprüft, Absender-Domain ist gefälscht. An CERT weitergeleitet, Takedown beim Registrar beantragt.",
    },
    {
        "kind": "hr",
        "text": "Personalbogen – Fahrer/in Lieferdienst\nName: ⟦PERSON|Yasemin Kartal⟧\nGeburtsdatum: ⟦DATE_OF_BIRTH|05.02.1999⟧\nSteuer-ID: ⟦DE_TAX_ID|48920169733⟧\nAnschrift: ⟦STREET_ADDRESS|Lindenallee 12, 50968 Köln⟧\nKrankenkasse: AOK Rheinland\nKonfession (Lohnsteuer): ⟦RELIGIOUS_BELIEF|rk⟧\nArbeitszeit: Minijob, 40 h/Monat",
    },
    {
        "kind": "hr",
        "text": "Protokoll Betriebsratssitzung 14.05.\nTOP 1: Rufbereitschaft im Rechenzentrum – Betriebsrat fordert Pauschale von 25 € pro Nacht. GF prüft bis Juni.\nTOP 2: Einführung Zeiterfassung via App – Zustimmung unter Vorbehalt der Datenschutzprüfung.\nTOP 3: Verschiedenes – Sommerfest am 12.07.",
    },
    {
        "kind": "hr",
        "text": "Hallo ⟦PERSON|Kerstin⟧, ⟦PERSON|Tobias⟧ hat sich heute krankgemeldet, ⟦HEALTH_DATA|Bandscheibenvorfall⟧, AU bis Ende nächster Woche. Kannst du seine Schichten im 2nd-Level-Support auf ⟦PERSON|Lena⟧ und ⟦PERSON|Dirk⟧ verteilen? Danke!",
    },
    {
        "kind": "hr",
        "text": "Fasse diese Bewerbung in 3 Sätzen zusammen:\n\n⟦PERSON|Konstantin Reisinger⟧, ⟦STREET_ADDRESS|Schillerstraße 8, 4020 Linz⟧, SV-Nr. ⟦AT_SVNR|7047 031279⟧. 6 Jahre IT-Helpdesk bei einem Outsourcing-Dienstleister, ITIL v4, Englisch C1. Schwerbehindertenausweis ⟦HEALTH_DATA|GdB 50⟧, benötigt einen höhenverstellbaren Schreibtisch. Gehaltsvorstellung 52.000 € brutto.",
    },
    {
        "kind": "hr",
        "text": "Liebe Kolleginnen und Kollegen, ab 1. Juli gilt für alle Mitarbeitenden im Kundenservice die neue Homeoffice-Regelung: bis zu drei Tage pro Woche mobil, Kernzeit 10–15 Uhr. Details im Intranet.",
    },
    {
        "kind": "hr",
        "text": "Vermerk Personalakte: Mitarbeiter ⟦PERSON|Lukas Brandauer⟧ (Incident Response) hat das erweiterte Führungszeugnis vorgelegt. Eintrag: ⟦CRIMINAL_RECORD|Verurteilung wegen Ausspähens von Daten, 2016, Geldstrafe 60 Tagessätze⟧. Nach Rücksprache mit CISO weiterbeschäftigt, kein Zugriff auf Kundenschlüssel.",
    },
    {
        "kind": "hr",
        "text": "Mitteilung an die Personalabteilung: Ich bin seit März Mitglied der ⟦TRADE_UNION_MEMBERSHIP|IG Metall⟧ und bitte um Abzug des Beitrags direkt vom Lohn. – ⟦PERSON|Svenja Kohlhaas⟧, Team Field Service",
    },
    {
        "kind": "hr",
        "text": "Stellenanzeige intern: Wir suchen eine/n Teamleiter/in Community Management (m/w/d) für unser Mobile-Game-Studio in Hamburg. Erfahrung mit Discord-Moderation und Eskalationsprozessen erwünscht.",
    },
    {
        "kind": "marketing",
        "text": "Dein Netz. Deine Regeln. Mit dem FlexTarif wechselst du monatlich zwischen 10, 30 und 100 GB – ohne Laufzeit, ohne Aufpreis.",
    },
    {
        "kind": "marketing",
        "text": "„Seit wir den Helpdesk an KlarIT ausgelagert haben, ist unsere Ticketzeit halbiert. Und die Leute am Telefon kennen unsere Systeme wirklich.“ – Dr. ⟦PERSON|Annegret Pfisterer⟧, Geschäftsführerin einer Steuerkanzlei in Freiburg",
    },
    {
        "kind": "marketing",
        "text": "Werde Rider in Leipzig! Flexible Schichten, E-Bike gestellt, Unfallversicherung inklusive. Jetzt in der App bewerben.",
    },
    {
        "kind": "marketing",
        "text": "Neu auf der Plattform: Zertifikatskurs „Cloud Security Engineer“ – 8 Wochen, Live-Labs, Abschlussprüfung. Frühbucher zahlen 20 % weniger.",
    },
    {
        "kind": "marketing",
        "text": "Unser Team stellt sich vor: ⟦PERSON|Mehmet Aydınlı⟧ leitet seit 2019 das Rechenzentrum in Nürnberg. Privat schraubt er an alten Vespas und trainiert die E-Jugend seines Fußballvereins.",
    },
    {
        "kind": "marketing",
        "text": "Cyberangriff? Unser Incident-Response-Team ist 24/7 erreichbar und innerhalb von 4 Stunden bei Ihnen vor Ort – deutschlandweit. Jetzt Retainer-Vertrag sichern.",
    },
    {
        "kind": "marketing",
        "text": "Kundenstimme: „Der Spielersupport hat meinen gehackten Account in zwei Stunden zurückgeholt. Top!“ – ⟦PERSON|Niklas Obermüller⟧ aus Regensburg",
    },
    {
        "kind": "marketing",
        "text": "Gesund durch die Schicht: In unseren Rechenzentren gibt es Ruheräume, frisches Obst und ergonomische Arbeitsplätze für alle Mitarbeitenden.",
    },
    {
        "kind": "docs",
        "text": "Bei der Rufnummernmitnahme (Portierung) überträgt der abgebende Anbieter die Nummer an den neuen Anbieter. Der Kunde kann die Mitnahme bis zu 123 Tage nach Vertragsende beantragen. Der alte Anbieter darf dafür ein einmaliges Entgelt verlangen, das durch die Bundesnetzagentur begrenzt ist. Während der Umschaltung kann die Erreichbarkeit für einige Stunden eingeschränkt sein.",
    },
    {
        "kind": "support",
        "text": "Hab jetzt dreimal versucht zu zahlen, klappt nicht. Hier die Karte: ⟦CREDIT_CARD|3416 266445 57944⟧, gültig bis 11/26. Bitte manuell buchen. ⟦PERSON|Ralf⟧",
    },
    {
        "kind": "hr",
        "text": "Antrag Elternzeit\nMitarbeiterin: ⟦PERSON|Friederike Anschütz⟧, Customer Success, Team DACH\nSteuer-ID: ⟦DE_TAX_ID|73561498622⟧\nGeburtstermin Kind: 12.09.\nElternzeit: 12 Monate ab Mutterschutzende, danach Teilzeit 25 h\nVertretung: wird ausgeschrieben",
    },
    {
        "kind": "hr",
        "text": "Einwilligung Zutrittskontrolle RZ Frankfurt\nMitarbeiter: ⟦PERSON|Ömer Yıldırım-Kaiser⟧, Personalnr. 40772\nVerfahren: ⟦BIOMETRIC_DATA|Handvenenscan (Template gespeichert)⟧ für Käfig F-10 bis F-14\nAlternativ angeboten: PIN + Ausweis – abgelehnt\nUnterschrift vorhanden, Kopie an DSB.",
    },
    {
        "kind": "support",
        "text": "[07:41] IT-Helpdesk (⟦PERSON|Sabine⟧): Guten Morgen, Ihr Konto wurde nach 5 Fehlversuchen gesperrt.\n[07:42] Nutzer: ach so, ich hab bestimmt das alte genommen, das neue ist ⟦PASSWORD|Rheinblick#2024⟧\n[07:42] IT-Helpdesk (⟦PERSON|Sabine⟧): Bitte schicken Sie Passwörter niemals im Chat! Ich setze es jetzt zurück, Sie bekommen einen Link per SMS.",
    },
]
