"""Hand-written German texts of the ``fresh12`` split: Kurbetrieb, Skischule, Bergwacht, Arbeitsschutz und Versicherungsdesks."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Kannst du das kürzer formulieren? 'Ihre Kurbuchung KB-2026-4471 ist bestätigt, Anreise ab 14 Uhr, Bademantel bitte mitbringen.'",
    },
    {
        "kind": "support",
        "text": "Bitte eine freundliche Antwort entwerfen, Kunde ist verärgert:\n\n"
        "Von: ⟦PERSON|Hannelore Wiesbauer-Tzortzis⟧ <⟦EMAIL_ADDRESS|h.wiesbauer@gmx.at⟧>\nBetreff: Kur abgebrochen – Erstattung?\n\n"
        "Sehr geehrte Damen und Herren,\nich musste die ärztlich verordnete Kur nach 5 Tagen abbrechen, weil mein ⟦HEALTH_DATA|Bandscheibenvorfall⟧ "
        "sich verschlechtert hat (Attest anbei). Bitte überweisen Sie den Restbetrag auf ⟦IBAN_CODE|AT14 7365 4364 2345 4036⟧. "
        "SV-Nummer für die Kasse: ⟦AT_SVNR|5405230982⟧.\n\nMit freundlichen Grüßen\n⟦PERSON|H. Wiesbauer⟧\n\n"
        "--\nDiese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender.",
    },
    {
        "kind": "support",
        "text": "Sprachassistent-Protokoll, mach daraus eine Hallenbuchung (Datum, Zeit, Halle, Verein):\n"
        "NUTZER: äh ja hallo ich wollt die Dreifachhalle am Samstag buchen\nASSISTENT: Für welchen Samstag und welche Uhrzeit?\n"
        "NUTZER: den 21. so von zehn bis eins, Handball Jugend\nASSISTENT: Hallenteil A und B sind frei. Für welchen Verein?\nNUTZER: TSV Oberföhring, Ansprechpartner bin ich, ⟦PERSON|Emre Kılıçaslan⟧",
    },
    {
        "kind": "support",
        "text": "Schadenmeldung Carsharing zusammenfassen, Stichpunkte:\nMitglied: ⟦PERSON|Jannik Oberhollenzer⟧, Tel. ⟦PHONE_NUMBER|0171 4429861⟧\n"
        "Fahrzeug: ID.3, Buchung CS-DE-88120\nHergang: beim Ausparken in der Tiefgarage die Säule touchiert, Spiegel und Tür hinten links. "
        "Keine Personen verletzt. Polizei nicht gerufen. Fotos in der App hochgeladen.",
    },
    {
        "kind": "support",
        "text": "Beschwerdeformular Bibliothek – kategorisieren (Gebühren / Bestand / Personal / Räume):\n"
        "'Die Mahngebühr von 7,50 € für ein Buch, das ich nachweislich am Automaten zurückgegeben habe, finde ich unverschämt. Leserausweis 4400-1873.'",
    },
    {
        "kind": "support",
        "text": "Tele-Monitoring, Rückrufnotiz ins Hochdeutsche bringen und kürzen:\n"
        "'Fr. ⟦PERSON|Gerlinde Schöttl⟧ hat angrufen, sagt dass des EKG-Pflaster nimmer hält, sie hat seit der ⟦HEALTH_DATA|Bypass-OP⟧ so empfindliche Haut. "
        "Nimmt jetzt ⟦HEALTH_DATA|Marcumar⟧. Rückruf bitte auf ⟦PHONE_NUMBER|08821 73 59 20⟧, ab 15 Uhr. Adresse für neue Pflaster: ⟦STREET_ADDRESS|Hauptstraße 41, 82467 Garmisch-Partenkirchen⟧'",
    },
    {
        "kind": "support",
        "text": "wie lange dauert die Bearbeitung bei der Tierversicherung normalerweise? Schaden TV-55810, eingereicht am 2.11.",
    },
    {
        "kind": "support",
        "text": "Bergwacht Einsatzbericht – bitte in ein sauberes Protokoll umschreiben:\n"
        "Einsatz 26-0419, 14:05 Alarmierung über Leitstelle, Wanderin ⟦PERSON|Svenja Kowalczyk-Brandl⟧, geb. ⟦DATE_OF_BIRTH|17.06.1988⟧, "
        "am Steig zur Alpspitze ausgerutscht, V.a. ⟦HEALTH_DATA|Unterschenkelfraktur⟧, ansprechbar. Laut Begleiter ⟦HEALTH_DATA|Epileptikerin⟧, "
        "Notfallmedikament im Rucksack. Hubschrauber Christoph 14 um 14:40 vor Ort.",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Dienstplan Skischule als Markdown-Tabelle, sortiert nach Gruppe:\nGruppe Bambini – ⟦PERSON|Lea Gruber-Nkemelu⟧ – Mo–Fr 9–12\n"
        "Gruppe Fortgeschrittene – ⟦PERSON|Matthias Zehetbauer⟧ – Mo–Mi 10–15\nPrivat – ⟦PERSON|Nuno Carvalhal⟧ – nach Buchung\n"
        "Hinweis: ⟦PERSON|Matthias⟧ nach ⟦HEALTH_DATA|Kreuzbandriss⟧ nur leichte Pisten bis Januar.",
    },
    {
        "kind": "hr",
        "text": "Stellenanzeige umschreiben, moderner: 'Wir suchen Masseur/in und med. Bademeister/in (m/w/d) in Vollzeit für unser Kurmittelhaus. "
        "Erfahrung mit Fango und Unterwassermassage erwünscht. Tarifliche Vergütung nach TVöD.'",
    },
    {
        "kind": "hr",
        "text": "Personalbogen Saisonkraft Olivenernte, prüfen ob alles da ist:\nName: ⟦PERSON|Bogdan Răducanu⟧\nSteuer-ID: ⟦DE_TAX_ID|44 935 761 808⟧\n"
        "Ausweis-Nr.: ⟦DE_ID_CARD|PKWR7KY2M3⟧\nIBAN: ⟦IBAN_CODE|DE08 2421 2350 2641 4437 89⟧\nGewerkschaft: ⟦TRADE_UNION_MEMBERSHIP|IG BAU-Mitglied⟧\n"
        "Unterkunft: Containerdorf, Platz 12",
    },
    {
        "kind": "hr",
        "text": "Protokoll der Arbeitsschutzbegehung (Gewerbeaufsicht) in 5 Punkten zusammenfassen: Lärmpegel in der Abfüllung über 85 dB, "
        "Gehörschutz vorhanden; Leiter im Lager ohne Prüfplakette; Erste-Hilfe-Kasten unvollständig; Pausenraum ok; Beschwerde von ⟦PERSON|Ljubomir Stanković⟧, weil die Zeiterfassung seinen ⟦BIOMETRIC_DATA|Fingerabdruck⟧ ohne Einwilligung speichert; Nachkontrolle im Januar.",
    },
    {
        "kind": "hr",
        "text": "Qualitätsbewertung Callcenter – bitte neutraler formulieren:\nAgentin ⟦PERSON|Dilara Yüksekdağ⟧, Bewertung 58/100. "
        "Kunde wurde 3 Minuten in der Warteschleife gelassen. Im Gespräch hat sie erwähnt, dass sie als ⟦RELIGIOUS_BELIEF|gläubige Alevitin⟧ "
        "am Feiertag frei haben wollte – gehört nicht ins Kundengespräch.",
    },
    {
        "kind": "hr",
        "text": "Tagesklinik Psychiatrie – Schichtplan KW 3 an die Pflege schicken, kurzer Begleittext bitte. Frühdienst 6:30–14:30, Spätdienst 12:00–20:00, "
        "Gruppentherapie Di und Do 10 Uhr, Teamsitzung Fr 13 Uhr.",
    },
    {
        "kind": "hr",
        "text": "Ist das in der Bewerberakte zulässig? 'Bewerber ⟦PERSON|Konstantin Ehrenreich⟧ – ⟦CRIMINAL_RECORD|Vorstrafe wegen Trunkenheit im Verkehr (2021)⟧, "
        "für Fahrdienst Bergwacht daher ungeeignet.'",
    },
    {
        "kind": "hr",
        "text": "Übersetze ins Englische für die Reederei: 'Die Crew für die Ablösung in Hamburg ist vollständig, Visa liegen vor, Flüge am 8.1. gebucht.'",
    },
    # -- marketing ---------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Push-Nachricht, max. 50 Zeichen: Neuschnee + 20 % auf Kinderkurse bis Sonntag.",
    },
    {
        "kind": "marketing",
        "text": "A/B-Varianten für den Kurbetrieb-Newsletter bewerten:\nA: 'Ambulante Badekur bei Rheuma und Arthrose – Zuschuss Ihrer Krankenkasse bis 16 € pro Tag.'\n"
        "B: 'Ihre Kur, Ihr Tempo: 21 Tage Thermalwasser, Moor und Bewegung.'\nWelche wirkt seriöser?",
    },
    {
        "kind": "marketing",
        "text": "Bewertung für die Website kürzen:\n'Die Weinwanderung in der Wachau war traumhaft. Ich bin seit meinem ⟦HEALTH_DATA|Schlaganfall⟧ "
        "⟦HEALTH_DATA|halbseitig gelähmt⟧ und das Team hat extra einen Rollstuhl-Bus organisiert. Danke! – ⟦PERSON|Reinhild Pfaffenberger⟧, Krems'",
    },
    {
        "kind": "marketing",
        "text": "Text für Plakat Stadtbibliothek: Lange Nacht der Bibliotheken, 20. März, Lesungen, Escape-Room für Teens, Eintritt frei.",
    },
    {
        "kind": "marketing",
        "text": "Testimonial fürs Tierversicherungs-Prospekt überarbeiten: 'Als Bello die Hüft-OP brauchte, waren 3.400 € in zwei Wochen auf meinem Konto. "
        "– ⟦PERSON|Uwe Tschernigg⟧, ⟦EMAIL_ADDRESS|uwe.tschernigg@web.de⟧'",
    },
    {
        "kind": "marketing",
        "text": "Einladung Ehevorbereitungskurs des Bistums etwas wärmer formulieren: 'Der Kurs findet an vier Samstagen im Exerzitienhaus statt. "
        "Kosten 60 € pro Paar, ermäßigt auf Anfrage. Anmeldung über das Pfarrbüro.'",
    },
    {
        "kind": "marketing",
        "text": "Mitgliederbrief der Bergwacht-Fördergemeinschaft, korrigieren: 'Unser Ehrenmitglied ⟦PERSON|Xaver Lindmayr⟧, selbst seit Jahren "
        "⟦POLITICAL_OPINION|aktiv bei den Grünen im Gemeinderat⟧, hat die neue Funkausrüstung gespendet.'",
    },
    {
        "kind": "marketing",
        "text": "Drei Betreffzeilen für die Sporthallen-Mail: Online-Buchung jetzt auch für Vereine, neue Hallenzeiten ab Januar, Flutlicht am Kunstrasen.",
    },
    # -- docs --------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Große Sprachmodelle werden heute meist in zwei Stufen angepasst: zuerst überwachtes Feintuning auf Beispielantworten, dann eine "
        "Präferenzoptimierung, bei der das Modell lernt, bessere von schlechteren Antworten zu unterscheiden. Für kleine Teams ist LoRA oft "
        "ausreichend: Statt aller Gewichte werden nur niedrigrangige Zusatzmatrizen trainiert, was Speicher und Rechenzeit deutlich senkt.",
    },
]
