"""Hand-written German texts of the ``fresh13`` split: prompts with pasted material, as services send them."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Bitte als Antwortmail formulieren, sachlich:\n\n"
        "Von: ⟦PERSON|Hannelore Krätzig⟧ <⟦EMAIL_ADDRESS|h.kraetzig@t-online.de⟧>\nBetreff: Wohngeldantrag Az. WG-2026-04471\n"
        "Guten Tag, ich habe meinen Antrag im August abgegeben und noch nichts gehört. Meine Rente ist gesunken, seit ich wegen "
        "⟦HEALTH_DATA|meiner Parkinson-Erkrankung⟧ nicht mehr im Minijob arbeiten kann. Anschrift unverändert: "
        "⟦STREET_ADDRESS|Lützner Straße 112, 04177 Leipzig⟧. Tel. ⟦PHONE_NUMBER|0341 4927715⟧.\nMfG H. Krätzig",
    },
    {
        "kind": "support",
        "text": "Kurze Frage: Wie lange dauert die Bearbeitung eines Schengen-Visums (Typ C) normalerweise? "
        "Vorgangsnummer VIS-BER-20931, Termin war am 04.11.",
    },
    {
        "kind": "support",
        "text": "Fasse das Meldeformular zusammen (Pharmakovigilanz, Eingang per Fax, OCR):\n\n"
        "Meldende Person: Dr. ⟦PERSON|Volker Ansbacher⟧, Hausarzt, Tel ⟦PHONE_NUMBER|+49 89 2198 4403⟧\n"
        "Patientin: Initialen E.S., 71 J., w\nVerdächtiges Arzneimittel: Ostevia 70 mg Wochentablette, Ch.-B. 22K917\n"
        "Reaktion: ⟦HEALTH_DATA|Kiefernekrose⟧ nach Zahnextraktion, ⟦HEALTH_DATA|Osteoporose⟧ seit 2019 bekannt\n"
        "Begleitmedikation: ⟦HEALTH_DATA|L-Thyroxin 75⟧, ⟦HEALTH_DATA|Ramipril 5 mg⟧\nOutcome: nicht wiederhergestellt",
    },
    {
        "kind": "support",
        "text": "Ticketverlauf KYC-31882, was fehlt noch?\n"
        "01.12. 08:02 NEU - Identprüfung per Video abgebrochen (Verbindung)\n"
        "01.12. 10:15 IN BEARBEITUNG - Kunde ⟦PERSON|Kemal Aydoğan⟧ erneut eingeladen\n"
        "01.12. 16:40 WARTET - Personalausweis ⟦DE_ID_CARD|M5WNK48FK7⟧ erkannt, Adresse weicht ab (Melderegister: "
        "⟦STREET_ADDRESS|Karl-Heine-Str. 8, 04229 Leipzig⟧)\n"
        "02.12. 09:05 WARTET - Meldebescheinigung angefordert",
    },
    {
        "kind": "support",
        "text": "Formuliere freundlich um: 'Ihre Mitgliedskarte (Nr. FM-88213) ist abgelaufen. Verlängerung online oder an der Kasse. "
        "Jahreskarte 65 €, ermäßigt 40 €.'",
    },
    {
        "kind": "support",
        "text": "Krematorium, Anfrage ins Reine schreiben:\nAngehöriger ⟦PERSON|Bernd Zschoche⟧ möchte die Urne seiner Mutter "
        "⟦PERSON|Ilse Zschoche⟧ in einem Friedwald beisetzen, Einäscherung am 9.12., Trauerfeier ohne Pfarrer, Mutter war aus der "
        "⟦RELIGIOUS_BELIEF|evangelischen Kirche⟧ ausgetreten, will aber 'Von guten Mächten' spielen lassen. Rechnung an "
        "⟦IBAN_CODE|DE53 2849 9426 7800 6695 38⟧ abbuchen.",
    },
    {
        "kind": "support",
        "text": "warum wird die Lastschrift für den Genossenschaftsanteil (Auftrag GA-2026-117) zweimal angezeigt? "
        "Einmal vorgemerkt, einmal gebucht?",
    },
    {
        "kind": "support",
        "text": "Dating-App T&S, bitte Meldung kategorisieren (Belästigung / Betrug / Minderjährig / Sonstiges):\n"
        "Meldende: ⟦PERSON|Svenja Brockmöller⟧, ⟦PHONE_NUMBER|0176 33920184⟧\n"
        "'Er hat mir nach dem Date Nachrichten geschrieben, dass er weiß, dass ich ⟦SEX_LIFE_ORIENTATION|bi⟧ bin, und droht, es meinem "
        "Vater zu sagen. Außerdem hat er erzählt, dass er ⟦CRIMINAL_RECORD|wegen Körperverletzung vorbestraft⟧ ist.'",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Bitte die AU-Eingänge als Tabelle für die Entgeltabrechnung aufbereiten (ohne Diagnosen!):\n"
        "- ⟦PERSON|Marcel Hüttig⟧, PNr 30418, eAU 17.11.-21.11., Erstbescheinigung\n"
        "- ⟦PERSON|Doreen Lampe⟧, PNr 30977, eAU 10.11.-28.11., Folgebescheinigung, Diagnose ⟦HEALTH_DATA|F32.1⟧ (steht im Abruf)\n"
        "- ⟦PERSON|Aleksandra Wietrzykowska⟧, PNr 31102, Kind krank 18.11.-19.11.\n"
        "Hinweis: bei Frau Lampe >6 Wochen in 12 Monaten, BEM-Angebot prüfen.",
    },
    {
        "kind": "hr",
        "text": "Fahrertauglichkeit (G25) - Ergebnis für die Disposition umformulieren, keine Befunde nennen:\n"
        "Name: ⟦PERSON|Rüdiger Plaschke⟧, geb. ⟦DATE_OF_BIRTH|14.02.1969⟧, Standort Schkeuditz\n"
        "Befund: ⟦HEALTH_DATA|Schlafapnoe⟧, CPAP-Therapie seit 10/2025, Compliance gut; Sehtest ok.\n"
        "Beurteilung: keine gesundheitlichen Bedenken unter der Voraussetzung regelmäßiger ⟦HEALTH_DATA|CPAP-Nutzung⟧, Nachuntersuchung 12 Monate.",
    },
    {
        "kind": "hr",
        "text": "Leistungsbeurteilung glätten, klingt zu hart:\n\n"
        "Mitarbeiterin: Sachbearbeiterin Wohngeld, 3 Jahre im Team\n"
        "+ sehr genaue Bescheide, kaum Widersprüche\n- Rückstände bei Weiterleitungsanträgen (ca. 60 Akten)\n"
        "- Telefonzeiten werden oft nicht eingehalten\nZiel: Rückstand bis 31.03. abbauen, Schulung 'Wohngeld-Plus-Reform'.",
    },
    {
        "kind": "hr",
        "text": "Austrittsgespräch, bitte in 4 Stichpunkten für den Jahresbericht zusammenfassen:\n"
        "Pflegekraft ambulant, 5 J., kündigt wegen Umzug nach Dresden. Lob für Tourenplanung und Team, Kritik an Dokumentation "
        "auf dem Tablet (App stürzt ab, Version 4.2.1). Würde wiederkommen.",
    },
    {
        "kind": "hr",
        "text": "Personalstammblatt prüfen, sind Felder vertauscht?\n"
        "Name: ⟦PERSON|Lukas Engelbrecht⟧\nSteuer-ID: ⟦DE_TAX_ID|43 596 017 127⟧\nIBAN: ⟦IBAN_CODE|AT20 3594 8488 1167 0180⟧\n"
        "Konfession (Lohnsteuer): ⟦RELIGIOUS_BELIEF|rk⟧\nSV-Nummer (AT, Grenzgänger): ⟦AT_SVNR|3308 170384⟧\n"
        "Anschrift: ⟦STREET_ADDRESS|Brunnenweg 3, 6330 Kufstein⟧\nGewerkschaft: ⟦TRADE_UNION_MEMBERSHIP|ver.di-Mitglied⟧ (Beitragsabzug gewünscht)",
    },
    {
        "kind": "hr",
        "text": "Bitte Gesprächsnotiz EAP (Mitarbeiterberatung) kürzen, nur für die Beraterakte:\n"
        "Klient ⟦PERSON|Jens Obermüller⟧ kommt zum 3. Termin. Thema: Schulden nach ⟦HEALTH_DATA|Spielsucht⟧, Ehefrau weiß davon. "
        "Er war ⟦HEALTH_DATA|2024 vier Wochen in einer Suchtklinik⟧. Vermittlung an Schuldnerberatung vereinbart.",
    },
    {
        "kind": "hr",
        "text": "Reservistendienst: Entwurf Freistellungsantrag an den Arbeitgeber prüfen. Übung vom 02.03. bis 13.03., "
        "Verdienstausfallentschädigung nach USG beantragt, Stellvertretung im Lager ist geregelt. Bitte formeller.",
    },
    {
        "kind": "hr",
        "text": "Mach aus dem Lebenslauf-Abschnitt eine Tabelle (Zeitraum | Arbeitgeber | Tätigkeit):\n"
        "seit 2021 Teamleitung Shared Service Center HR, Nordbahn Logistik GmbH, Leipzig\n2017-2021 Personalsachbearbeiterin, "
        "Stadtwerke Halle\n2014-2017 Ausbildung Kauffrau für Büromanagement\nSprachen: Deutsch, Polnisch (Muttersprache), Englisch B2",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Newsletter-Teaser fürs Museum: Ausstellung 'Porzellan und Macht' ab 7. März, Mitglieder-Vorbesichtigung am 6. März, "
        "18 Uhr, mit Sekt. Drei Varianten, max. 40 Wörter.",
    },
    {
        "kind": "marketing",
        "text": "Erfahrungsbericht für die Website des Pflegedienstes, bitte sprachlich glätten:\n"
        "„Seit ⟦HEALTH_DATA|meiner Hüft-OP⟧ kommt jeden Morgen eine Pflegerin. Dank des Pflegeplans kann ich trotz "
        "⟦HEALTH_DATA|Diabetes und offenem Bein⟧ zu Hause bleiben.“ – ⟦PERSON|Gerlinde Wachsmuth⟧, 84, Markkleeberg",
    },
    {
        "kind": "marketing",
        "text": "Plakattext Genossenschaftsbank: 'Mitglied werden statt Kunde sein' - Dividende 4 % auf Geschäftsanteile, "
        "kostenloses Girokonto für Azubis, Beratung auch samstags. Bitte 2 Headlines + 1 Claim.",
    },
    {
        "kind": "marketing",
        "text": "Social-Media-Post fürs Krematorium zum Tag des Friedhofs: Führungen durch die Technik, Gespräch über Naturbestattungen, "
        "Raum der Stille für alle Religionen und Weltanschauungen. Ton: respektvoll.",
    },
    {
        "kind": "marketing",
        "text": "Adoptionsvermittlung, Porträt für den Jahresbericht, bitte kürzen (Einverständnis liegt vor):\n"
        "⟦PERSON|Katrin Oesterle⟧ und ihr Mann ⟦PERSON|Yannick Oesterle⟧ haben 2024 ein Mädchen aus Kolumbien adoptiert. "
        "Weil Katrin ⟦HEALTH_DATA|nach einer Chemotherapie keine Kinder bekommen kann⟧, war für sie früh klar: Adoption. "
        "Die Kleine ist ⟦ETHNIC_ORIGIN|afrokolumbianischer Herkunft⟧, die Familie lernt jetzt Spanisch und Cumbia.",
    },
    {
        "kind": "marketing",
        "text": "Werbetext für unsere Mitarbeiterberatung (EAP) an Betriebe: anonym, 24/7-Hotline, Coaching bei Stress, Sucht, Pflege von "
        "Angehörigen, Trauer. Keine Rückmeldung an den Arbeitgeber. 60 Wörter.",
    },
    {
        "kind": "marketing",
        "text": "Pressemitteilung Leichtathletik-Verband kürzen:\n"
        "Die Hürdenläuferin ⟦PERSON|Merle Bachschmid⟧ wurde nach einer Kontrolle am 12.09. vorläufig gesperrt; in der A-Probe wurde "
        "⟦HEALTH_DATA|Meldonium⟧ gefunden. Sie bestreitet die Einnahme. Die Öffnung der B-Probe ist für den 30.09. angesetzt.",
    },
    {
        "kind": "marketing",
        "text": "Stellenanzeige Berufskraftfahrer (m/w/d) CE: Nahverkehr Leipzig-Halle, jeden Abend zuhause, Betriebsarzt übernimmt "
        "G25 und Modul-95-Schulungen, 3.150 € brutto + Spesen. Ref: JOB-LOG-2211. Ansprechpartnerin ⟦PERSON|Ramona Pietzsch⟧, ⟦PHONE_NUMBER|0341 2258 9140⟧. Bitte knackiger.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Quantisierung großer Sprachmodelle: Verfahren wie GPTQ, AWQ oder das GGUF-Format reduzieren die Gewichte von 16 auf 4 bis 8 Bit. "
        "Ein Modell mit 70 Mrd. Parametern braucht damit statt rund 140 GB nur noch etwa 40 GB Grafikspeicher. Die Qualitätseinbußen "
        "sind bei 8 Bit meist vernachlässigbar, bei 4 Bit abhängig von Aufgabe und Sprache messbar. Vor dem Einsatz sollte man "
        "die quantisierte Variante mit denselben Testsätzen prüfen wie das Ausgangsmodell.",
    },
]
