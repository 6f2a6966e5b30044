"""Hand-written German texts of the ``fresh6`` split: back-office traffic of a shared-services company's clients."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Antworte dem Fahrschüler kurz: Die Theorieprüfung kann er beim TÜV erst buchen, wenn die "
        "Ausbildungsbescheinigung hochgeladen ist. Kundennr. FS-30917.",
    },
    {
        "kind": "support",
        "text": "Fasse die Nachricht für die Hausverwaltung zusammen:\n\nVon: ⟦EMAIL_ADDRESS|h.brandauer@posteo-mail.de⟧\n"
        "Betreff: Heizung Whg. 3. OG links\n\nHallo, seit Freitag bleibt die Heizung kalt. Meine Frau hat "
        "⟦HEALTH_DATA|COPD⟧ und braucht es warm, bitte dringend jemanden schicken. Wir sind ab 14 Uhr da.\n"
        "Gruß ⟦PERSON|Helmut Brandauer⟧, ⟦STREET_ADDRESS|Kreuzbergstraße 17, 44139 Dortmund⟧",
    },
    {
        "kind": "support",
        "text": "kunde im chat: meine bestellung 7781-2204 aus der versandapotheke ist immer noch nicht da, "
        "sendungsnummer 00340434161094071229 zeigt seit 4 tagen nichts",
    },
    {
        "kind": "support",
        "text": "Übersetze ins Englische für das Team in Krakau:\n\nGuten Tag, ich habe am 19.11. zwei Packungen "
        "⟦HEALTH_DATA|Ozempic 1 mg⟧ bestellt, geliefert wurde aber ⟦HEALTH_DATA|Trulicity⟧. Ich brauche das "
        "Rezept zurück. ⟦PERSON|Gudrun Achterberg⟧, Tel. ⟦PHONE_NUMBER|0231 5587 204⟧",
    },
    {
        "kind": "support",
        "text": "Bestattungshaus – formuliere aus den Notizen ein Angebot:\nAuftraggeber: Sohn ⟦PERSON|Markus Fenske⟧, "
        "⟦PHONE_NUMBER|+49 172 9043318⟧\nVerstorbene: ⟦PERSON|Erika Fenske⟧, geb. ⟦DATE_OF_BIRTH|08.06.1936⟧\n"
        "Wunsch: Feuerbestattung, Trauerfeier in der ⟦RELIGIOUS_BELIEF|evangelischen⟧ Friedhofskapelle, "
        "Urnengrab Hauptfriedhof, ca. 40 Gäste, Kaffeetafel.",
    },
    {
        "kind": "support",
        "text": "Ein Mieter fragt, ob er auf dem Balkon einen Gasgrill benutzen darf. Was steht dazu "
        "üblicherweise in der Hausordnung? Antworte in 3 Sätzen.",
    },
    {
        "kind": "support",
        "text": "Rückerstattung an Wiener Kundin des Sprachkurses, bitte Buchungstext prüfen:\n"
        "⟦PERSON|Theresa Pichlmayr⟧, ⟦IBAN_CODE|AT52 4230 1195 6118 3467⟧, Kurs B2-Intensiv abgebrochen wegen "
        "⟦HEALTH_DATA|Schwangerschaftskomplikationen⟧, Erstattung 480 EUR anteilig.",
    },
    {
        "kind": "support",
        "text": "Ticket #40417 Kita-Portal: Eltern können das Foto-Einverständnis nicht speichern, Fehler 500 "
        "im Browser Safari 17. Bitte eine Nachricht an die Eltern formulieren.",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Lohnbüro – Stammdatenblatt prüfen, fehlt etwas?\n\nName: ⟦PERSON|Dominik Wessolowski⟧\n"
        "Geburtsdatum: ⟦DATE_OF_BIRTH|21.03.1988⟧\nSteuer-ID: ⟦DE_TAX_ID|14693285602⟧\nSteuerklasse: III\n"
        "Konfession (Kirchensteuer): ⟦RELIGIOUS_BELIEF|rk⟧\nIBAN: ⟦IBAN_CODE|DE52 1658 0098 6554 9369 52⟧\n"
        "Anschrift: ⟦STREET_ADDRESS|Am Schlahbruch 9, 45475 Mülheim an der Ruhr⟧\nSchwerbehinderung: "
        "⟦HEALTH_DATA|GdB 50⟧ (Zusatzurlaub 5 Tage)",
    },
    {
        "kind": "hr",
        "text": "Erstelle aus dem Protokoll des BEM-Gesprächs eine Zusammenfassung für die Personalakte "
        "(ohne Diagnosen weiterzugeben, die nicht im Text stehen):\n\n"
        "Teilnehmer: ⟦PERSON|Sonja Hilgert⟧ (Beschäftigte), Dr. ⟦PERSON|Ralf Obermeier⟧ (Betriebsarzt), "
        "⟦PERSON|Jens Kowalczyk⟧ (Betriebsrat, ⟦TRADE_UNION_MEMBERSHIP|IG BCE⟧)\n"
        "Frau ⟦PERSON|Hilgert⟧ war seit März 112 Tage arbeitsunfähig wegen ⟦HEALTH_DATA|rezidivierender depressiver Störung⟧. "
        "Stufenweise Wiedereingliederung nach Hamburger Modell ab 06.01.: 2 Wochen 4 h, 2 Wochen 6 h, dann voll. "
        "Keine Nachtschichten bis Ende Q1. Sie nimmt ⟦HEALTH_DATA|Venlafaxin⟧, was morgens zu Müdigkeit führt; "
        "Gleitzeit ab 9 Uhr wird vereinbart.",
    },
    {
        "kind": "hr",
        "text": "Wie viele Urlaubstage stehen einer Teilzeitkraft mit 3 Arbeitstagen pro Woche zu, wenn "
        "Vollzeit 30 Tage bei 5 Tagen hat? Kurze Rechnung bitte.",
    },
    {
        "kind": "hr",
        "text": "Pflegekräfte-Vermittlung: Schreib ein kurzes Profil für den Kunden in Graz.\n"
        "Kandidatin: ⟦PERSON|Ljiljana Marković⟧, SV-Nummer ⟦AT_SVNR|1095 120578⟧, diplomierte Pflegeassistentin, "
        "12 Jahre Erfahrung, Führerschein B. Hinweis: selbst ⟦HEALTH_DATA|Diabetikerin (Typ 1)⟧, Insulinpumpe, "
        "keine Einschränkung im Dienst.",
    },
    {
        "kind": "hr",
        "text": "Korrigiere die Grammatik in dieser Stellenanzeige: 'Wir suchen ab sofort eine Fahrlehrer (m/w/d) "
        "Klasse B und BE, Vollzeit, Firmenwagen auch privat nutzbar, 30 Tage Urlaub.'",
    },
    {
        "kind": "hr",
        "text": "Vermerk aus dem Bewerbungsgespräch (Sportverein, Jugendtrainer) – ist das so zulässig? Bitte umformulieren:\n"
        "Herr ⟦PERSON|Kühnlein⟧ legte das erweiterte Führungszeugnis vor; Eintrag: ⟦CRIMINAL_RECORD|Trunkenheit im "
        "Verkehr (§ 316 StGB), 2019⟧. Er ist außerdem aktives ⟦POLITICAL_OPINION|AfD⟧-Mitglied, was im Vorstand "
        "diskutiert wurde.",
    },
    {
        "kind": "hr",
        "text": "Die neue Zeiterfassung im Lager soll per Fingerabdruck laufen. Formuliere ein Infoschreiben "
        "an die Belegschaft, das Einwilligung, Speicherdauer und Alternativen (Chip) erklärt.",
    },
    {
        "kind": "hr",
        "text": "Personalausweis-Kopie aus dem Onboarding, bitte Felder extrahieren (JSON):\n"
        "NAME/SURNAME: ⟦PERSON|Ayşe Demirtaş⟧\nAusweisnr.: ⟦DE_ID_CARD|WPJ000ZMF4⟧\nGeburtstag: ⟦DATE_OF_BIRTH|30.09.1997⟧\n"
        "Gültig bis: 11.2031\nBehörde: Stadt Gelsenkirchen",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Gemeindebrief der Pfarrei St. Ludgerus, bitte kürzen:\n\nLiebe Gemeinde, am 2. Advent feiern wir "
        "Familiengottesdienst mit Krippenspiel. Danach Glühwein und Waffeln im Pfarrheim. Die Sternsinger "
        "treffen sich am 3. Januar um 10 Uhr.",
    },
    {
        "kind": "marketing",
        "text": "Spendergeschichte für den Jahresbericht, Ton warm, 120 Wörter:\n"
        "⟦PERSON|Heinz-Otto Lammers⟧ (74) spendet seit dem Tod seines Partners ⟦PERSON|Dieter⟧ an die Aidshilfe. "
        "'Wir waren 31 Jahre zusammen, als ⟦SEX_LIFE_ORIENTATION|schwules⟧ Paar im Sauerland war das nicht immer "
        "leicht. Dieter starb an ⟦HEALTH_DATA|Lungenkrebs⟧.'",
    },
    {
        "kind": "marketing",
        "text": "Schreib einen Slogan für die Fahrschule: Intensivkurs in den Herbstferien, 14 Tage zum Führerschein.",
    },
    {
        "kind": "marketing",
        "text": "Anmeldeliste Vereinsfest (Export) – bitte nach Essenswunsch gruppieren:\n"
        "Name;E-Mail;Essen;Barrierefrei\n⟦PERSON|Björn Tiedemann⟧;⟦EMAIL_ADDRESS|bjoern.tiedemann@gmx-post.de⟧;vegetarisch;nein\n"
        "⟦PERSON|Fatma Aydoğan⟧;⟦EMAIL_ADDRESS|f.aydogan@web-post.de⟧;⟦RELIGIOUS_BELIEF|halal⟧;nein\n"
        "⟦PERSON|Ursula Prinzhorn⟧;⟦EMAIL_ADDRESS|uprinzhorn@t-online-mail.de⟧;normal;ja (⟦HEALTH_DATA|Rollator⟧)\n"
        "⟦PERSON|Lukas Ebner⟧;⟦EMAIL_ADDRESS|lukas.ebner@gmx-post.de⟧;normal;nein",
    },
    {
        "kind": "marketing",
        "text": "Mitgliederwerbung ver.di Fachbereich Gesundheit – mach den Text knackiger:\n"
        "'Du arbeitest in der Pflege? Gemeinsam sind wir stärker. Tarifrunde 2027 – jetzt Mitglied werden.'",
    },
    {
        "kind": "marketing",
        "text": "Testimonial für die Betriebsarzt-Website, bitte kürzen:\n'Nach meinem ⟦HEALTH_DATA|Bandscheibenvorfall⟧ "
        "hat mir der Arbeitsmedizinische Dienst einen höhenverstellbaren Tisch organisiert.' – ⟦PERSON|Carsten Voßberg⟧, "
        "Sachbearbeiter",
    },
    {
        "kind": "marketing",
        "text": "Einladung Infoabend Sinti-Kulturverein, überarbeite den Text:\nUnser Vorsitzender ⟦PERSON|Romeo Lehmann-Rose⟧ "
        "erzählt, wie seine Familie als ⟦ETHNIC_ORIGIN|Sinti⟧ nach 1945 nach Mannheim kam. Anmeldung bei "
        "⟦PERSON|Dolores Weiß⟧, ⟦PHONE_NUMBER|0621 4491 387⟧.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter der Versandapotheke: 'Diabetes im Winter – 5 Tipps für gesunde Füße. Jetzt mit 10 % "
        "auf Fußpflege.' Formuliere drei Betreffzeilen.",
    },
    {
        "kind": "marketing",
        "text": "Mach aus diesen Notizen den Gemeindebrief Dezember (Ton herzlich, ca. 250 Wörter, Abschnitte "
        "mit Zwischenüberschriften):\n\n"
        "- Adventskonzert So 13.12., 17 Uhr, Kirchenchor + Posaunenchor, Eintritt frei, Spenden für die "
        "Tafel\n- Seniorenadvent Mi 16.12. im Gemeindehaus, Anmeldung bei ⟦PERSON|Renate Hollerbach⟧, "
        "⟦PHONE_NUMBER|05231 88 40 71⟧; Fahrdienst möglich, bitte Rollstuhl angeben\n"
        "- Wir gratulieren: ⟦PERSON|Wilhelm Stükerjürgen⟧ wird am 19.12. 90 Jahre alt\n"
        "- Fürbitte: Wir denken an ⟦PERSON|Annegret Pöppelbaum⟧, die nach ihrer ⟦HEALTH_DATA|Chemotherapie⟧ "
        "wieder zu Hause ist, und an ⟦PERSON|Friedhelm Kröger⟧ nach seinem ⟦HEALTH_DATA|Schlaganfall⟧ in der "
        "Reha in Bad Salzuflen. Besuche bitte vorher mit der Familie absprechen.\n"
        "- Getauft wurde ⟦PERSON|Lina Marie⟧, Tochter von ⟦PERSON|Katrin⟧ und ⟦PERSON|Sven Oberdiek⟧ – das Taufessen war "
        "vegetarisch, danke an alle Helfer\n"
        "- Neu im Kirchenvorstand: Dr. ⟦PERSON|Hartmut Lenzing⟧, der vorher in der katholischen Nachbargemeinde "
        "war und vor zwei Jahren ⟦RELIGIOUS_BELIEF|evangelisch⟧ geworden ist\n"
        "- Konfirmandenfreizeit 22.–24.1. in Vlotho, Elternabend 7.1., 19:30\n"
        "- Kollekte Heiligabend: Brot für die Welt\n"
        "- Die Kita „Arche“ sucht eine Erzieherin (Teilzeit), Bewerbungen an das Gemeindebüro\n"
        "- Kirchenkaffee jeden 1. Sonntag, diesmal mit Waffeln\n\n"
        "Zum Schluss ein Wort von Pfarrerin ⟦PERSON|Almut Siekmann⟧ zur Jahreslosung 2027.",
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Tokenisierung und Kontextfenster\n\nSprachmodelle zerlegen Eingaben in Tokens. Deutsche Komposita wie "
        "„Betriebskostenabrechnung“ werden oft in mehrere Tokens gespalten, weshalb deutsche Texte bei gleicher "
        "Zeichenzahl mehr Tokens verbrauchen als englische. Das Kontextfenster begrenzt Eingabe und Ausgabe "
        "zusammen; lange Verträge sollten deshalb in Abschnitte geteilt und einzeln zusammengefasst werden.",
    },
]
