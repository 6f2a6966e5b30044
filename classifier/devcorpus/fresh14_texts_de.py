"""Hand-written German texts of the ``fresh14`` split: Inselfähren, Zoos, Orchester, Gleisbau und ihre Post."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Passt ein Wohnmobil mit 7,40 m auf die 9:15 nach Norderney? Buchung NDY-20931",
    },
    {
        "kind": "support",
        "text": "Bitte eine freundliche Antwort formulieren, Lastschrift ist geplatzt:\n\n"
        "Sehr geehrte Damen und Herren,\nmeine Jahreskarte (Nr. JK-77120) wurde gesperrt, weil die Abbuchung "
        "zurückgekommen ist. Das lag an meinem Kontowechsel. Bitte buchen Sie ab jetzt von "
        "⟦IBAN_CODE|DE64 7810 9903 7073 3058 57⟧ ab.\nMit freundlichen Grüßen\n⟦PERSON|Wiebke Oltmanns-Teichert⟧\n"
        "⟦STREET_ADDRESS|Am Lindenhofpark 12, 30519 Hannover⟧",
    },
    {
        "kind": "support",
        "text": "Kurze Frage zum Bootcamp im August: dürfen Eltern die Spieler am Wochenende besuchen, und gibt es "
        "im Gaming-Haus WLAN mit festen IPs für die Scrims? Anfrage #HR-BOOT-044",
    },
    {
        "kind": "support",
        "text": "Einverständniserklärung Tattoo - bitte auf Vollständigkeit prüfen\n"
        "Name: ⟦PERSON|Jannik Brözel⟧\nGeb.-Datum: ⟦DATE_OF_BIRTH|23.08.1991⟧\n"
        "Vorerkrankungen: ⟦HEALTH_DATA|Epilepsie⟧ (seit 2015 anfallsfrei)\n"
        "Medikamente: ⟦HEALTH_DATA|Lamotrigin 100 mg⟧, ⟦HEALTH_DATA|Marcumar⟧\n"
        "Allergien: keine bekannt\nMotiv: Kompass, Unterarm innen\nUnterschrift: liegt vor",
    },
    {
        "kind": "support",
        "text": "Hallo Biobank-Team,\nich habe 2021 an der Studie teilgenommen (Proband:in-ID BBN-55-0382). In der "
        "Einwilligung stand, dass ich über Zufallsbefunde informiert werden kann. Mein Hausarzt meint jetzt, "
        "bei mir sei eine ⟦GENETIC_DATA|heterozygote Faktor-V-Leiden-Mutation⟧ bekannt, stammt das aus Ihren "
        "Daten? Ich hätte gern eine Auskunft nach Art. 15 DSGVO.\nViele Grüße\n⟦PERSON|Henrike Laubscher⟧\n"
        "⟦EMAIL_ADDRESS|h.laubscher@posteo.de⟧",
    },
    {
        "kind": "support",
        "text": "Hörerpost zusammenfassen, zwei Sätze, für die Programmkonferenz:\n"
        '"Als langjähriges ⟦POLITICAL_OPINION|Mitglied der Linken⟧ ärgere ich mich seit Wochen über Ihre '
        "Talkrunden am Sonntag. Immer dieselben vier Parteien, wir kommen nur vor, wenn es um Streit geht. "
        '⟦PERSON|Gerlinde Wachowiak⟧, Cottbus"',
    },
    {
        "kind": "support",
        "text": "Antrag barrierefreies Camping - Festival am Deich 2026\n"
        "Antragstellerin: ⟦PERSON|Marlene Sauerbier⟧\nTelefon: ⟦PHONE_NUMBER|0176 48830215⟧\n"
        "Grund: ⟦HEALTH_DATA|Multiple Sklerose⟧, ⟦HEALTH_DATA|Rollstuhl (elektrisch)⟧, braucht Strom am Zelt "
        "für das Ladegerät und einen Kühlschrank für ⟦HEALTH_DATA|Interferon-Spritzen⟧\n"
        "Begleitperson: ja (⟦HEALTH_DATA|Merkzeichen B⟧)\n\nBitte in unser Ticketsystem-Format umschreiben.",
    },
    {
        "kind": "support",
        "text": "Der Parkplatz am Haupteingang ist wegen der Baustelle bis Ende Mai gesperrt. Kannst du einen kurzen "
        "Hinweis für die Website schreiben? Ausweichparkplatz P3 an der Messe, Shuttle alle 15 Minuten.",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Personalfragebogen Neueinstellung - Philharmonisches Staatsorchester\n"
        "Name, Vorname: ⟦PERSON|Ravensberg, Konstantin⟧\nPosition: Solo-Bratsche, TVK Gruppe A/F1\n"
        "Steuer-ID: ⟦DE_TAX_ID|50 742 631 828⟧\nSteuerklasse: 1\n"
        "Konfession (Kirchensteuer): ⟦RELIGIOUS_BELIEF|rk⟧\n"
        "Bankverbindung: ⟦IBAN_CODE|DE70 6502 4940 9948 7053 41⟧\n"
        "Mitgliedschaft ⟦TRADE_UNION_MEMBERSHIP|DOV⟧ (Beitragsabzug über Gehalt): ja\n"
        "Schwerbehinderung: nein",
    },
    {
        "kind": "hr",
        "text": "Ergebnis der Tauglichkeitsuntersuchung (Gleisbau, Sicherungsposten)\n"
        "Beschäftigter: ⟦PERSON|Dariusz Kulesza-Henning⟧, Kolonne 4, Standort Magdeburg-Rothensee\n"
        "Beurteilung: befristet nicht geeignet für Tätigkeiten als Sicherungsposten und Nachtschicht.\n"
        "Hinweis des Betriebsarztes (mit Einverständnis weitergegeben): ⟦HEALTH_DATA|obstruktive Schlafapnoe⟧, "
        "⟦HEALTH_DATA|CPAP-Therapie⟧ seit 3 Wochen, Nachuntersuchung in 8 Wochen.\n"
        "Bitte Einsatzplanung informieren, Tagdienst im Lager möglich.",
    },
    {
        "kind": "hr",
        "text": "Zuverlässigkeitsüberprüfung nach § 7 LuftSiG - Rückmeldung Luftsicherheitsbehörde\n"
        "Bewerber: ⟦PERSON|Enes Tuğluoğlu⟧, Vorfeldkontrolle\n"
        "Erkenntnisse: ⟦CRIMINAL_RECORD|Verurteilung wegen Diebstahls, AG Düsseldorf 2019, 60 Tagessätze⟧\n"
        "Ergebnis: Zuverlässigkeit wird verneint, Anhörung möglich bis 14.04.\n"
        "Kannst du daraus eine sachliche Absage-Mail an den Bewerber machen?",
    },
    {
        "kind": "hr",
        "text": "Ausbildung Tierpfleger/in Fachrichtung Zoo: Bewerbungsschluss 31.10., Auswahltage im November. "
        "Bitte die Stellenanzeige um einen Satz zur Rufbereitschaft am Wochenende ergänzen.",
    },
    {
        "kind": "hr",
        "text": "Eintrittsmeldung Besatzung - Donauschifffahrt, Saison 2026\n"
        "Name: ⟦PERSON|Leopoldine Wiesinger⟧\nFunktion: Matrosin, MS Wachau\n"
        "SV-Nummer: ⟦AT_SVNR|7108 120487⟧\nGeburtsdatum: ⟦DATE_OF_BIRTH|12.04.1987⟧\n"
        "Konto: ⟦IBAN_CODE|AT84 8890 4749 1155 6640⟧\n"
        "Anschrift: ⟦STREET_ADDRESS|Kremser Landstraße 41, 3500 Krems an der Donau⟧",
    },
    {
        "kind": "hr",
        "text": "Bewacherregister: Für die Anmeldung der Security-Kräfte beim Festival brauchen wir Ausweisdaten. "
        "Bitte prüfen, ob das Format stimmt:\n"
        "⟦PERSON|Lennart Vosskuhl⟧, Personalausweis-Nr. ⟦DE_ID_CARD|PRYNY2GCW5⟧, Sachkundeprüfung §34a vom "
        "03/2022\n⟦PERSON|Yasemin Akbulut⟧, Personalausweis-Nr. ⟦DE_ID_CARD|RR3LZ7TW90⟧, Unterrichtung §34a",
    },
    {
        "kind": "hr",
        "text": "Zusammenfassung Betriebsvereinbarung Schichtzulagen Gleisbau (Entwurf 3): Nachtzuschlag 25 %, "
        "Sonntagszuschlag 50 %, Wegezeit ab Sammelpunkt gilt als Arbeitszeit. Offene Punkte: Rufbereitschaft "
        "im Winterdienst, Regelung bei Sperrpausen unter 4 Stunden. Bitte in Stichpunkten.",
    },
    {
        "kind": "hr",
        "text": "Schreib bitte eine kurze Antwort an ⟦PERSON|Frieder Hainbuch⟧ aus der Instandhaltung. Er lehnt die "
        "Registrierung seines ⟦BIOMETRIC_DATA|Handvenenmusters⟧ für die neue Zutrittskontrolle am Stellwerk ab "
        "und möchte weiter mit Chipkarte arbeiten. Das geht, sag ihm, dass die Karte bis Jahresende gültig bleibt.",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Der Sommerfahrplan ist online! Ab 1. Mai fahren wir bis zu siebenmal täglich nach Langeoog, "
        "Fahrräder kosten 9,50 € extra, Hunde fahren kostenlos mit.",
    },
    {
        "kind": "marketing",
        "text": "Nachts im Zoo: An drei Freitagen im Juli öffnen wir bis 23 Uhr. Fledermausführung, Taschenlampen-Rallye "
        "für Kinder und Flammkuchen am Elefantenhaus. Tickets nur online.",
    },
    {
        "kind": "marketing",
        "text": "Kundenstimme für die Website kürzen, Ton beibehalten:\n"
        '"Nach meiner ⟦HEALTH_DATA|beidseitigen Mastektomie⟧ konnte ich mich zwei Jahre nicht im Spiegel anschauen. '
        'Jetzt ranken sich Glyzinien über die Narben. Danke an das ganze Team!" - ⟦PERSON|Sabine Ehrentraut⟧, 52',
    },
    {
        "kind": "marketing",
        "text": "Wahlkampfflyer Kommunalwahl, bitte auf 80 Wörter kürzen:\n"
        "Liebe Nachbarinnen und Nachbarn, ich bin ⟦PERSON|Holger Quadflieg⟧, 47, Lokführer und seit 2009 "
        "⟦POLITICAL_OPINION|Mitglied bei Bündnis 90/Die Grünen⟧. Ich kandidiere für den Stadtrat, weil unser "
        "Bahnhof seit fünf Jahren keinen Aufzug hat.",
    },
    {
        "kind": "marketing",
        "text": "Spielerporträt für den Blog, bitte lockerer formulieren:\n"
        '⟦PERSON|Mats Oberländer⟧ ("Krähe") spielt seit 2023 Jungle bei uns. Im Interview erzählt er offen, '
        "dass er ⟦SEX_LIFE_ORIENTATION|schwul⟧ ist und warum ihm das Team beim Coming-out den Rücken gestärkt hat.",
    },
    {
        "kind": "marketing",
        "text": "Abo-Aktion: Sechs Sinfoniekonzerte zum Preis von fünf, Studierende zahlen 8 € pro Konzert. "
        "Neu in dieser Saison: Einführungsgespräche 45 Minuten vor Beginn im Foyer.",
    },
    {
        "kind": "marketing",
        "text": "Ob koscher, halal oder vegan: Unser Hochzeits-Catering stellt jedes Menü nach Ihren Wünschen "
        "zusammen. Jetzt Probeessen für Frühjahr 2027 vereinbaren.",
    },
    {
        "kind": "marketing",
        "text": 'Teaser für die Doku-Reihe "Unterwegs" (Sendeplatz Do 22:45):\n'
        "Die Geigerin ⟦PERSON|Ramona Lagrenne⟧ erzählt, wie sie als ⟦ETHNIC_ORIGIN|Sintiza⟧ in Mannheim aufwuchs, "
        "warum ihr Großvater nie über die Lager sprach und weshalb sie heute trotzdem vor Schulklassen spielt.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Kontextfenster und Kosten\n\nJe länger der Prompt, desto teurer und langsamer wird eine Anfrage: "
        "Die meisten Anbieter rechnen Eingabe- und Ausgabetokens getrennt ab, und die Rechenzeit wächst mit der "
        "Länge des Kontexts. Wer lange Dokumente verarbeitet, sollte sie daher vorher in Abschnitte teilen, nur "
        "die relevanten Teile per Suche auswählen und wiederkehrende Systemanweisungen zwischenspeichern, sofern "
        "die Schnittstelle Prompt-Caching unterstützt.",
    },
]
