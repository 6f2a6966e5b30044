"""Hand-written German texts of the ``fresh20`` split: Sparkassen, Volksbanken, Schuldnerberatung, Inkasso, Pfandhaus, Lohnbüro, BU-Versicherung, BAföG und Steuer-Apps."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    {"kind": "support", "text": "Wie lange dauert eine SEPA-Echtzeitüberweisung zur Volksbank? Auftrag 4471-0923"},
    {
        "kind": "support",
        "text": "Guten Tag,\n\nich möchte bei Ihnen ein Basiskonto eröffnen. Die Unterlagen schicke ich mit: Personalausweis (Nr. ⟦DE_ID_CARD|XRWFX1PKN7⟧), Meldebescheinigung und meine Steuer-ID ⟦DE_TAX_ID|79 261 845 061⟧. Ich wohne seit August in der ⟦STREET_ADDRESS|Hertzstraße 27, 76187 Karlsruhe⟧.\n\nMit freundlichen Grüßen\n⟦PERSON|Yusuf Demirtaş⟧\nTel. ⟦PHONE_NUMBER|0176 5520 3184⟧",
    },
    {
        "kind": "support",
        "text": "Fasse diese Gesprächsnotiz für die Akte kurz zusammen (max. 3 Sätze):\n\nKundin ⟦PERSON|Renate Obermeier⟧, Kto. 1020 4471 88, war heute in der Filiale Rosenheim. Sie hat einen Brief vom Inkassobüro Ceres Forderungsmanagement (Az. CF-2023-118204) über 1.482,30 € erhalten. Sie ist seit ihrer ⟦HEALTH_DATA|Krebsbehandlung⟧ in Erwerbsminderungsrente und kann nur kleine Raten zahlen. Wir haben ihr die Schuldnerberatung der Caritas empfohlen und das P-Konto eingerichtet.",
    },
    {
        "kind": "support",
        "text": "[14:02] Kunde: Hallo, ich finde in der App meine Jahressteuerbescheinigung nicht\n[14:03] Support (⟦PERSON|Lea⟧): Hallo! Die finden Sie unter Postfach > Dokumente > Steuer. Für 2024 wird sie Mitte Februar eingestellt.\n[14:03] Kunde: ah ok, danke\n[14:04] Support (⟦PERSON|Lea⟧): Gern! Ticket #DE-558201 schließe ich dann.",
    },
    {
        "kind": "support",
        "text": "Betreff: Widerspruch Lastschrift / Kartenmissbrauch\n\nSehr geehrte Damen und Herren,\n\nauf meiner Kreditkartenabrechnung vom 28.10. finden sich vier Buchungen bei einem Online-Shop in Litauen über insgesamt 893,40 €, die ich nicht getätigt habe. Karte: ⟦CREDIT_CARD|4793 0949 3035 1214⟧. Die Karte habe ich sofort sperren lassen (Sperrnummer 116 116, Vorgang 2291-AX). Bitte buchen Sie die Beträge zurück.\n\n⟦PERSON|Matthias Kühnel⟧\n⟦STREET_ADDRESS|Am Gänsemarkt 3a, 04109 Leipzig⟧",
    },
    {
        "kind": "support",
        "text": "Kann ich mein Depot bei euch auch als Minderjährige eröffnen oder brauche ich beide Eltern?",
    },
    {
        "kind": "support",
        "text": "Hallo Frau ⟦PERSON|Schreiner⟧,\n\nanbei wie besprochen der Haushaltsplan für Ihren Termin in der Schuldnerberatung am Dienstag, 9:30 Uhr. Bitte bringen Sie alle Mahnungen, Ihre Kontoauszüge der letzten drei Monate und den Bescheid vom Jobcenter mit.\n\nViele Grüße\nDiakonie Schuldner- und Insolvenzberatung Bielefeld",
    },
    {
        "kind": "support",
        "text": "Servus, ich hab beim Pfandhaus am Karlsplatz meine Uhr versetzt (Pfandschein 0038812) und die Frist läuft am 15. ab. Kann ich telefonisch verlängern? Mein Name ist ⟦PERSON|Florian Weinzierl⟧, ⟦PHONE_NUMBER|+43 664 218 7730⟧.",
    },
    {
        "kind": "support",
        "text": "Kurze Frage zur Überweisung nach Österreich: Empfänger ⟦PERSON|Brigitte Haslinger⟧, IBAN ⟦IBAN_CODE|AT60 9413 2130 6249 5983⟧ – brauche ich noch einen BIC?",
    },
    {
        "kind": "hr",
        "text": "Personalfragebogen – Neueinstellung (Lohnbüro Krämer & Partner, Mandant 2207)\nName: ⟦PERSON|Svetlana Becker⟧\nGeburtsdatum: ⟦DATE_OF_BIRTH|11.07.1990⟧\nAnschrift: ⟦STREET_ADDRESS|Lindenallee 14, 45127 Essen⟧\nSteuer-ID: ⟦DE_TAX_ID|10 758 366 421⟧\nSteuerklasse: IV, Kinderfreibeträge 1,0\nKonfession (für Kirchensteuer): ⟦RELIGIOUS_BELIEF|römisch-katholisch⟧\nKrankenkasse: AOK Rheinland/Hamburg\nSchwerbehinderung: ja, GdB 50 (⟦HEALTH_DATA|Multiple Sklerose⟧)\nIBAN Gehalt: ⟦IBAN_CODE|DE46 1771 9760 1939 3316 87⟧",
    },
    {
        "kind": "hr",
        "text": "Protokoll Betriebsratssitzung Sparkasse Neckartal, 14.11.\nAnwesend: 9 von 11 Mitgliedern\nTOP 1: Filialschließung Oberndorf – Sozialplan wird verhandelt, betroffen 6 Beschäftigte.\nTOP 2: Einführung neue Zeiterfassung ab 1.1. – Betriebsvereinbarung Entwurf liegt vor.\nTOP 3: Mobiles Arbeiten – Umfrage ergab 74 % Zustimmung für 2 Tage/Woche.\nNächste Sitzung: 28.11.",
    },
    {
        "kind": "hr",
        "text": "Hi ⟦PERSON|Jens⟧, nur zur Info: ⟦PERSON|Ayşe Gündoğdu⟧ aus der Kreditabteilung ist ab Montag in Mutterschutz, sie ist ⟦HEALTH_DATA|in der 34. Schwangerschaftswoche⟧. Vertretung übernimmt ⟦PERSON|Tobias⟧ bis Ende März.",
    },
    {
        "kind": "hr",
        "text": "Antrag auf Berufsunfähigkeitsversicherung – Gesundheitsfragen\nAntragsteller/in: Dr. ⟦PERSON|Katharina Vogelsang⟧\nBeruf: Zahnärztin, angestellt\nFrage 3a: Bestehen oder bestanden in den letzten 5 Jahren Erkrankungen der Psyche? Ja – ⟦HEALTH_DATA|Burn-out mit depressiver Episode 2022⟧, ambulante Psychotherapie 25 Sitzungen, abgeschlossen.\nFrage 4: Regelmäßige Medikamente? ⟦HEALTH_DATA|L-Thyroxin 75 µg⟧\nFrage 6: Gentests durchgeführt? ⟦GENETIC_DATA|BRCA2-Mutation nachgewiesen⟧\nAntragsnummer: BU-7718-2041",
    },
    {
        "kind": "hr",
        "text": "LEBENSLAUF\n⟦PERSON|Marcel Hoffknecht⟧\n⟦STREET_ADDRESS|Querstraße 8, 39104 Magdeburg⟧\n⟦EMAIL_ADDRESS|m.hoffknecht@posteo.de⟧\n\nBerufserfahrung\nseit 2020 Kundenberater Privatkunden, Volksbank Elbe-Börde eG\n2017–2020 Ausbildung Bankkaufmann, ebd.\n\nWeiterbildung\nGeprüfter Bankfachwirt (IHK), 2023\n\nEhrenamt\nSchatzmeister im Kanuverein Magdeburg-Cracau",
    },
    {
        "kind": "hr",
        "text": "Stellenausschreibung intern: Sachbearbeiter/in BAföG-Rückforderung (E9a, unbefristet). Bewerbungen bis 15.01. an die Personalabteilung des Bundesverwaltungsamts. Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt.",
    },
    {
        "kind": "hr",
        "text": "Gesprächsnotiz BEM (vertraulich)\nMitarbeiter: ⟦PERSON|Uwe Stammberger⟧, Kassierer Filiale Gera\nAU-Zeiten 2024: 47 Tage\nGrund laut Mitarbeiter: ⟦HEALTH_DATA|Bandscheibenvorfall⟧, seit Oktober ⟦HEALTH_DATA|Reha in Bad Klosterlausitz⟧\nVereinbart: Stehpult, stufenweise Wiedereingliederung ab 2.12. (4 Std./Tag)\nTeilnehmer: Herr S., HR (Frau ⟦PERSON|Pöhlmann⟧), Betriebsrat Herr ⟦PERSON|Gerlach⟧ (⟦TRADE_UNION_MEMBERSHIP|ver.di-Vertrauensmann⟧)",
    },
    {
        "kind": "hr",
        "text": "Lohnabrechnung Nov – Korrekturliste\nPersNr;Name;Grund;Betrag\n1044;⟦PERSON|Weber, Lukas⟧;Nachzahlung Überstunden;312,50\n1062;⟦PERSON|Nowak, Dominika⟧;Krankengeld-Zuschuss;-188,00\n1071;⟦PERSON|Alić, Emir⟧;Pfändung lt. Beschluss AG Duisburg 12 M 4418/24;-420,00",
    },
    {
        "kind": "hr",
        "text": "Dienstplan Schalterhalle KW 51: Mo–Fr 8:30–16:00 zwei Kräfte, Do bis 18:00 drei Kräfte. Neue Kollegin ⟦PERSON|Jana Wolff⟧ startet Montag – bitte gleich morgens ihren ⟦BIOMETRIC_DATA|Fingerabdruck für das Tresorschloss⟧ einlesen lassen. Urlaubsanträge bis Freitag im Portal eintragen.",
    },
    {
        "kind": "marketing",
        "text": "Ihr Girokonto, einfach digital: kostenlose Kontoführung ab 700 € Geldeingang, Apple Pay und Google Pay, Echtzeitüberweisung inklusive. Jetzt in 10 Minuten per Video-Ident eröffnen.",
    },
    {
        "kind": "marketing",
        "text": "„Nach der Scheidung wusste ich nicht mehr weiter – 23 Gläubiger, Pfändung beim Arbeitgeber. Die Beratung hier hat mir geholfen, die Privatinsolvenz durchzuziehen. Heute bin ich schuldenfrei.“ – ⟦PERSON|Heike R.⟧, Dortmund",
    },
    {
        "kind": "marketing",
        "text": "Steuererklärung in 30 Minuten? Mit unserer App fotografierst du Belege, wir rechnen Homeoffice-Pauschale und Fahrtkosten automatisch ein. Durchschnittliche Erstattung: 1.072 €.",
    },
    {
        "kind": "marketing",
        "text": "Krypto sicher anlegen: Bitcoin, Ethereum und 40 weitere Coins ab 1 € – reguliert nach MiCA, Verwahrung in Deutschland. Kryptowerte unterliegen hohen Kursschwankungen.",
    },
    {
        "kind": "marketing",
        "text": "Unser Team in der Filiale Landshut: ⟦PERSON|Bernadette Huber⟧ (Baufinanzierung) und ⟦PERSON|Mehmet Karabulut⟧ (Privatkunden) freuen sich auf Ihren Besuch – Termine auch samstags.",
    },
    {
        "kind": "marketing",
        "text": "Pfandkredit statt Dispo: Beleihung von Schmuck, Uhren und Elektronik zu fairen Konditionen. Keine Schufa-Abfrage, sofort Bargeld. Öffnungszeiten Mo–Sa 9–18 Uhr.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter Genossenschaftsbank: Vertreterversammlung am 12. Juni – Dividende 4 % vorgeschlagen. Vorstandssprecherin ⟦PERSON|Claudia Rettenmaier⟧ verabschiedet sich nach 31 Jahren in den Ruhestand. Außerdem: neue Ladesäulen an drei Filialen und unser Azubi-Tag am 8. März.",
    },
    {
        "kind": "marketing",
        "text": "Crowdfunding-Projekt „Hofladen Sonnentau“: 84.000 € für Kühlraum und Photovoltaik, Nachrangdarlehen 5 % p. a., Laufzeit 5 Jahre. Bereits 61 % finanziert.",
    },
    {
        "kind": "docs",
        "text": "Automatisierte Kreditentscheidungen und Art. 22 DSGVO\n\nTrifft eine Bank eine Kreditentscheidung ausschließlich automatisiert, etwa durch ein Scoring-Modell, haben Betroffene das Recht auf Eingreifen einer Person, auf Darlegung des eigenen Standpunkts und auf Anfechtung der Entscheidung. Institute sollten deshalb dokumentieren, welche Merkmale in das Modell einfließen, wie Gewichtungen regelmäßig überprüft werden und an welcher Stelle eine Sachbearbeiterin den Vorschlag des Systems prüft.",
    },
    {
        "kind": "hr",
        "text": "Lohnverrechnung – Stammdatenblatt (Kanzlei Pichler Steuerberatung, Graz)\nDienstnehmerin: ⟦PERSON|Andrea Gschwandtner⟧\nGeburtsdatum: ⟦DATE_OF_BIRTH|03.12.1975⟧\nSV-Nummer: ⟦AT_SVNR|5082 031275⟧\nWohnadresse: ⟦STREET_ADDRESS|Annenstraße 44/5, 8020 Graz⟧\nReligionsbekenntnis (Kirchenbeitrag): ⟦RELIGIOUS_BELIEF|evangelisch A.B.⟧\nBankverbindung: ⟦IBAN_CODE|AT42 1810 6718 6948 8441⟧\nEintritt: 01.12., Teilzeit 30 Std., Verwendungsgruppe III",
    },
]
