"""Hand-written German texts of the ``fresh11`` split: prompts with pasted forms, chats, minutes and letters."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Fass bitte diese Buchungsanfrage für den Dolmetscherpool zusammen (Stichpunkte):\n"
        "Gericht: AG Duisburg-Hamborn, Strafsache, Az. 7 Ls 112/26\n"
        "Termin: 19.02.2026, 9:30 Uhr, Saal 104\n"
        "Sprache: Kurmanci, Dauer ca. 3 Std.\n"
        "Ansprechpartnerin Geschäftsstelle: Frau ⟦PERSON|Svetlana Rehbock⟧, Tel. ⟦PHONE_NUMBER|0203 283-4417⟧\n"
        "Hinweis: Angeklagter ist ⟦HEALTH_DATA|schwerhörig⟧, bitte Platz direkt neben ihm.",
    },
    {
        "kind": "support",
        "text": "Kurze Antwort an das Landgericht formulieren: Für den 3.3. haben wir leider keine/n beeidigte/n Dolmetscher/in für Tigrinya frei, "
        "Alternativtermine 5.3. oder 10.3. möglich. Vorgang DOL-2026-0381.",
    },
    {
        "kind": "support",
        "text": "Schreib eine sachliche Antwort auf diese Mail an unser Gerichtsvollzieherbüro, Ratenzahlung anbieten (max 6 Raten):\n\n"
        "> Sehr geehrte Damen und Herren,\n"
        "> ich habe Ihr Schreiben zum DR II 0457/26 erhalten. Ich bin seit März ⟦HEALTH_DATA|arbeitsunfähig wegen einer Depression⟧ und "
        "bekomme nur Krankengeld.\n"
        "> Kann ich in Raten zahlen? Mein Konto: ⟦IBAN_CODE|DE17 3771 2669 8832 4756 33⟧\n"
        "> Mit freundlichen Grüßen\n> ⟦PERSON|Korbinian Sauerwein⟧, ⟦STREET_ADDRESS|Am Lindenhof 12a, 47166 Duisburg⟧",
    },
    {
        "kind": "support",
        "text": 'Was bedeutet "Vorpfändung nach § 845 ZPO" in einfachen Worten? Für ein Infoblatt, max. 5 Sätze.',
    },
    {
        "kind": "support",
        "text": "Bitte diesen OCR-Scan (Transportschein Dialyse) in ein sauberes Formular übertragen:\n\n"
        "Ver0rdnung einer Krankenbef0rderung\n"
        "Name, V0rname: ⟦PERSON|Brandtner, Mehmet⟧   geb. ⟦DATE_OF_BIRTH|04.11.1956⟧\n"
        "Anschrift: ⟦STREET_ADDRESS|Hagenauer Str. 7, 4 4 1 4 3 Dortmund⟧\n"
        "Grund der Bef0rderung: ⟦HEALTH_DATA|Hämodialyse⟧ 3x wöch. (Mo/Mi/Fr)\n"
        "Rollstuhl: ja - ⟦HEALTH_DATA|Unterschenkelamputation re.⟧\n"
        "Abh0lung 06:15, Dialysezentrum Nord",
    },
    {
        "kind": "support",
        "text": 'Kunde ⟦PERSON|Herbert Schwarzkopf⟧ fragt per Chat: "Warum kommt der Fahrdienst am Samstag nicht? Ich hab doch '
        '⟦HEALTH_DATA|Dialyse⟧ auch samstags!" -> antworte, dass Samstagsfahrten nur nach Genehmigung der Kasse laufen, Formular F-12.',
    },
    {
        "kind": "support",
        "text": "Extrahiere als JSON (name, steuer_id, anliegen) aus dieser Mail an unsere Steuerkanzlei:\n"
        '"Hallo Frau ⟦PERSON|Beckmann-Nowak⟧, anbei die Belege für 2025. Meine Steuer-ID ist ⟦DE_TAX_ID|54 387 672 011⟧. Kann ich die Kosten für '
        "meine ⟦HEALTH_DATA|Psychotherapie⟧ als außergewöhnliche Belastung angeben? Und die Kirchensteuer ist falsch, "
        'ich bin ⟦RELIGIOUS_BELIEF|evangelisch⟧, nicht katholisch. VG ⟦PERSON|Aylin Kratzmann⟧"',
    },
    {
        "kind": "support",
        "text": "Mandant fragt ob die Frist für die ESt-Erklärung 2025 mit Berater wirklich bis 30.04.2027 läuft. Antworte kurz mit Quelle (§ 149 AO).",
    },
    # -- hr ------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Protokoll Teamsitzung Frauenhaus – bitte in sauberes Deutsch bringen, Namen der Bewohnerinnen durch Initialen ersetzen!\n\n"
        "Anwesend: ⟦PERSON|Friederike Olschewski⟧ (Leitung), ⟦PERSON|Jelena Hufnagel⟧, ⟦PERSON|Hannes Tiedgen⟧ (Hausmeister, TOP 1)\n"
        "TOP 1 Brandschutz: Rauchmelder 2. OG getauscht.\n"
        "TOP 2 Belegung: 9 von 10 Plätzen. Neuaufnahme ⟦PERSON|Dilara Yıldız-Acar⟧ mit zwei Kindern, ⟦HEALTH_DATA|schwanger (24. SSW)⟧, "
        "Hebamme organisiert. Sie möchte Kontakt zur ⟦RELIGIOUS_BELIEF|alevitischen Gemeinde⟧, ⟦PERSON|Jelena⟧ klärt.\n"
        "TOP 3 Personal: ⟦PERSON|Hannes⟧ ab 1.4. in Elternzeit. Vertretung über Verbund.\n"
        "TOP 4 Supervision 14.3., 10 Uhr.",
    },
    {
        "kind": "hr",
        "text": "Formuliere eine Stellenanzeige: Sozialarbeiter/in (m/w/d) für unser Frauenhaus, 30 Std., TV-L S 12, Rufbereitschaft "
        "1x/Monat. Frauen werden bevorzugt eingestellt (§ 8 AGG). Bewerbung bis 15.01.",
    },
    {
        "kind": "hr",
        "text": "Personalbogen Fahrlehrer (bitte Pflichtfelder prüfen, was fehlt?):\n"
        "Name: ⟦PERSON|Vinzenz Obermaier⟧\n"
        "Geburtsdatum: ⟦DATE_OF_BIRTH|05.10.1968⟧\n"
        "SV-Nr. (AT, vorher in Salzburg beschäftigt): ⟦AT_SVNR|9039 051068⟧\n"
        "Personalausweis-Nr.: ⟦DE_ID_CARD|VWKP3MR846⟧\n"
        "IBAN: ⟦IBAN_CODE|AT82 1874 0798 4167 6513⟧\n"
        "Fahrlehrerlaubnis: BE, seit 2001\n"
        "Konfession: ⟦RELIGIOUS_BELIEF|römisch-katholisch⟧\n"
        "Gewerkschaft: ⟦TRADE_UNION_MEMBERSHIP|ver.di-Mitglied⟧",
    },
    {
        "kind": "hr",
        "text": "Fasse das ärztliche Gutachten für die Akte der Fahrschülerin zusammen (nur Ergebnis + Auflagen):\n"
        "Betr.: ⟦PERSON|Emine Karadağ⟧, Klasse B\n"
        "Diagnose: ⟦HEALTH_DATA|Epilepsie (fokale Anfälle), seit 26 Monaten anfallsfrei unter Lamotrigin⟧.\n"
        "Beurteilung: Fahreignung gegeben, Nachuntersuchung in 2 Jahren, Auflage: Medikamenteneinnahme wie verordnet.",
    },
    {
        "kind": "hr",
        "text": "Welche Unterlagen braucht eine Fahrschule für den Antrag auf Fahrerlaubnis Klasse D? Liste, kurz.",
    },
    {
        "kind": "hr",
        "text": "Kannst du aus dieser Liste eine Dienstplan-Tabelle machen? Dialyse-Fahrdienst KW 8\n"
        "Mo;Tour 1;06:00-14:00;⟦PERSON|Lukas Pietrzyk⟧\nMo;Tour 2;11:00-19:00;⟦PERSON|Ramona Helbig⟧\nDi;Tour 1;06:00-14:00;⟦PERSON|Giorgos Antoniadis⟧\n"
        "Mi;Tour 1;06:00-14:00;⟦PERSON|Lukas Pietrzyk⟧\nMi;Tour 3;13:00-21:00;⟦PERSON|Ramona Helbig⟧ (nur mit Beifahrer, nach ⟦HEALTH_DATA|Knie-OP⟧)",
    },
    {
        "kind": "hr",
        "text": "Antworte dem Kollegen, dass wir das nicht ins Teams posten:\n"
        '"Hey, kurze Info für alle Fahrer: ⟦PERSON|Marius Kolbeck⟧ fällt 3 Wochen aus, ⟦HEALTH_DATA|Bandscheibenvorfall⟧. '
        'Er ist übrigens im ⟦POLITICAL_OPINION|Ortsverband der Linken⟧ aktiv und macht da gerade Wahlkampf, falls ihr ihn seht lol"',
    },
    {
        "kind": "hr",
        "text": "Protokoll der Dienstbesprechung Gerichtsvollzieherbüro glätten:\n"
        '- neue Software GV-Pro 4.2 ab 1.6.\n- Außendienst nur noch zu zweit bei Vermerk "Gefährdung"\n'
        "- Fortbildung Kontopfändung, 12.5., Raum 2\n- Urlaubsplanung bis 31.3. eintragen",
    },
    # -- marketing -----------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Text für unsere Website, Dialyse-Fahrdienst: zuverlässig, pünktlich, mit Tragestuhl und Rampe, Abrechnung direkt mit allen "
        'Krankenkassen. Bitte freundlich, 80 Wörter, kein "wir sind stolz".',
    },
    {
        "kind": "marketing",
        "text": "Kundenstimme fürs Flyer, bitte kürzen (Einwilligung liegt vor):\n"
        '"Seit meiner ⟦HEALTH_DATA|Nierentransplantation⟧ fahre ich nur noch zur Kontrolle, aber fünf Jahre lang hat mich Herr ⟦PERSON|Tiedgen⟧ '
        'dreimal pro Woche zur Dialyse gebracht. Danke!" – ⟦PERSON|Gisela Wunderlich⟧, Bochum',
    },
    {
        "kind": "marketing",
        "text": "Schreib einen Instagram-Post für die Fahrschule: Führerschein mit 17 (BF17), Intensivkurs in den Osterferien, Anmeldung "
        "bis 20.03., 10 % Rabatt mit Code OSTER26.",
    },
    {
        "kind": "marketing",
        "text": 'Newsletter-Teaser Steuerkanzlei: "Neu ab 2026: Die Mobilitätsprämie, Homeoffice-Pauschale 6 €/Tag, Grundfreibetrag 12.096 €." '
        "Mach drei Varianten, eine davon locker.",
    },
    {
        "kind": "marketing",
        "text": "Spendenaufruf Frauenhaus überarbeiten, warm aber ohne Drama:\n"
        '"⟦PERSON|Magdalena R.⟧ kam im Winter zu uns, mit einem Rucksack und ihrer Tochter. Nach Jahren der Gewalt leidet sie an einer '
        '⟦HEALTH_DATA|posttraumatischen Belastungsstörung⟧. Heute hat sie eine eigene Wohnung." Spendenkonto: Sparkasse, Stichwort Neustart.',
    },
    {
        "kind": "marketing",
        "text": "Slogan-Ideen für Gerichtsdolmetscher-Agentur, 5 Stück, seriös: 40 Sprachen, beeidigt, 24/7 Bereitschaft.",
    },
    {
        "kind": "marketing",
        "text": "Pressetext überarbeiten: Unsere Dolmetscherin ⟦PERSON|Fatma Gülşen Aydemir⟧ wurde vom OLG Hamm für 20 Jahre Dienst geehrt. "
        "Sie hat als ⟦ETHNIC_ORIGIN|Kurdin⟧ aus Diyarbakır selbst Asyl beantragt und dolmetscht heute Kurmanci, Türkisch und Zazaki.",
    },
    {
        "kind": "marketing",
        "text": "LinkedIn-Beitrag: Wir suchen Dolmetscher/innen für Dari und Paschtu, Honorar nach JVEG, Einsätze in NRW. Max 70 Wörter.",
    },
    # -- docs ----------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Kontextfenster und Kosten: Ein Sprachmodell verarbeitet bei jeder Anfrage den gesamten Kontext neu, sofern kein Prompt-Caching "
        "aktiv ist. Bei 128.000 Token Kontext und einem Ausgabepreis von 0,60 € pro Million Token sind die Eingabekosten daher oft "
        "der größere Posten. Caching lohnt sich, wenn derselbe Systemprompt in mehr als etwa fünf Anfragen pro Stunde wiederverwendet "
        "wird; der Cache verfällt bei den meisten Anbietern nach fünf bis zehn Minuten ohne Zugriff.",
    },
]
