"""Split ``fresh3``, German: support mail and chat, HR, marketing and docs written whole (see ``generate.py``)."""

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": """Sehr geehrte Damen und Herren,

auf meinem Kontoauszug tauchen seit gestern drei Abbuchungen über je 89,99 EUR an "DIGI STORE LTD" auf, die ich nicht veranlasst habe. Ich habe die Karte sofort in der App gesperrt. Betroffen ist meine Mastercard ⟦CREDIT_CARD|5521335530310357⟧, das Girokonto läuft unter ⟦IBAN_CODE|DE15 6593 1119 7765 8682 35⟧.

Bitte erstatten Sie die Beträge zurück und schicken Sie mir eine neue Karte. Sie erreichen mich tagsüber unter ⟦PHONE_NUMBER|0171 4429 837⟧.

Mit freundlichen Grüßen
⟦PERSON|Annegret Wöhrle⟧""",
    },
    {
        "kind": "support",
        "text": """Hallo zusammen, die Lieferung zu Bestellung 36120945 ist heute nur zur Hälfte angekommen (2 von 4 Paletten). Lieferschein LS-2025-118834 liegt bei. Bitte prüfen, ob der Rest noch im Hub Kassel steht.""",
    },
    {
        "kind": "support",
        "text": """Guten Tag,

ich möchte meine Rufnummer ⟦PHONE_NUMBER|+49 1523 6604 118⟧ von der Telekom zu Ihnen mitnehmen. Der Auftrag wurde am 04.11. erteilt, seitdem ist nichts passiert. Kundennummer 7720194, Vertragsnummer V-44810-22.

Mein Geburtsdatum für die Identifizierung: ⟦DATE_OF_BIRTH|17.02.1979⟧.

Gruß
⟦PERSON|Holger Kamphausen⟧""",
    },
    {
        "kind": "support",
        "text": """Servus, kurze Frage: Kann ich das Rezept für meinen Vater auch ohne seine Versichertenkarte abholen? Es geht um sein ⟦HEALTH_DATA|Insulin⟧ (⟦HEALTH_DATA|Lantus⟧), er liegt gerade mit ⟦HEALTH_DATA|Lungenentzündung⟧ im Krankenhaus.""",
    },
    {
        "kind": "support",
        "text": """Sehr geehrtes Team des Bürgeramts,

für die Ummeldung nach ⟦STREET_ADDRESS|Lindenstraße 42a, 04177 Leipzig⟧ fehlt mir noch ein Termin. Online werden nur Termine im Februar angeboten. Mein Personalausweis (Nr. ⟦DE_ID_CARD|L4K3T83YR5⟧) läuft im Januar ab, kann ich Ummeldung und neuen Ausweis in einem Termin erledigen?

Freundliche Grüße
⟦PERSON|Jana Brüggemann⟧""",
    },
    {
        "kind": "support",
        "text": """Moin, der Drucker im 2. OG (Kyocera, Inventarnr. IT-04471) zieht wieder schief ein. Ticket bitte an den Dienstleister weitergeben.""",
    },
    {
        "kind": "support",
        "text": """Hallo liebes Praxisteam,

ich muss meinen Termin am Donnerstag um 8:30 leider absagen. Mein Rücken ist nach der letzten Behandlung deutlich besser, aber die ⟦HEALTH_DATA|Bandscheibenvorwölbung L4/L5⟧ macht sich beim Sitzen noch bemerkbar. Können wir die restlichen 4 Einheiten aus der Verordnung auf die nächsten zwei Wochen legen?

Viele Grüße
⟦PERSON|Mehmet Yıldırım⟧""",
    },
    {
        "kind": "support",
        "text": """Betreff: WG: Reklamation Auftrag 2025-77410

Hallo Kollegen, unten die Nachricht vom Fahrer aus Posen, bitte mit der Disposition klären.

---
Dzień dobry, przy rozładunku w Erfurcie brakowało dwóch palet, kierowca ⟦PERSON|Krzysztof Malinowski⟧, tel. ⟦PHONE_NUMBER|+48 601 882 417⟧. Proszę o informację, co dalej.
---

Danke und Gruß
Disposition Süd""",
    },
    {
        "kind": "support",
        "text": """Ihr Paket 00340434161094032216 wurde heute um 11:42 Uhr in der Packstation 118 hinterlegt und kann 7 Tage abgeholt werden.""",
    },
    {
        "kind": "support",
        "text": """Hi, ich komme nicht mehr in mein Kundenkonto. Mein Passwort ist ⟦PASSWORD|Rhabarber#2019kuchen⟧ und das hat bis letzte Woche funktioniert. Login-Mail ist ⟦EMAIL_ADDRESS|s.pfaffenberger@web.de⟧.""",
    },
    {
        "kind": "support",
        "text": """Sehr geehrte Frau Dr. ⟦PERSON|Seidl⟧,

vielen Dank für die Rückmeldung zum Angebot. Wir passen die Stückzahlen wie besprochen an und schicken Ihnen bis Freitag eine überarbeitete Version (Angebot AN-25-0931, Revision 2).

Mit freundlichen Grüßen
Vertriebsinnendienst""",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """Arbeitsunfähigkeitsbescheinigung eingegangen

Mitarbeiterin: ⟦PERSON|Kerstin Lohmeyer⟧, Personalnr. 100482
AU vom 10.11. bis 21.11., Folgebescheinigung
Diagnose laut Mitarbeiterin: ⟦HEALTH_DATA|Burnout⟧ / ⟦HEALTH_DATA|mittelgradige depressive Episode⟧
Hinweis: Nach sechs Wochen BEM-Gespräch anbieten.""",
    },
    {
        "kind": "hr",
        "text": """Personalstammblatt

Name: ⟦PERSON|Theresa Hofbauer⟧
Geburtsdatum: ⟦DATE_OF_BIRTH|12.07.1985⟧
Anschrift: ⟦STREET_ADDRESS|Schönbrunner Straße 118/7, 1050 Wien⟧
Sozialversicherungsnummer: ⟦AT_SVNR|3232 120785⟧
Religionsbekenntnis: ⟦RELIGIOUS_BELIEF|römisch-katholisch⟧
IBAN: ⟦IBAN_CODE|AT92 9309 9349 3822 6043⟧
Eintritt: 01.01.2026, Teilzeit 30 h""",
    },
    {
        "kind": "hr",
        "text": """Liebe Kolleginnen und Kollegen, die Betriebsversammlung findet am 11. Dezember um 10 Uhr in der Kantine statt. Themen: neue Schichtmodelle, Stand der Tarifverhandlungen, Weihnachtsfeier. Die Zeit gilt als Arbeitszeit.""",
    },
    {
        "kind": "hr",
        "text": """Hallo ⟦PERSON|Uwe⟧,

zur Info vor dem Gespräch morgen: Frau ⟦PERSON|Demirci⟧ ist seit diesem Jahr Mitglied der ⟦TRADE_UNION_MEMBERSHIP|IG Metall⟧ und hat angekündigt, dass sie den Vertrauensmann mitbringt. Außerdem hat sie uns ihre ⟦HEALTH_DATA|Schwangerschaft⟧ mitgeteilt (voraussichtlicher Termin Mai), d. h. Mutterschutz und Gefährdungsbeurteilung für den Arbeitsplatz an der Presse bitte vorher klären.

Grüße
⟦PERSON|Irmtraud⟧""",
    },
    {
        "kind": "hr",
        "text": """Wir suchen zum nächstmöglichen Zeitpunkt eine Pflegefachkraft (m/w/d) in Voll- oder Teilzeit für unsere Station 3B. Wir bieten Bezahlung nach TVöD P, 30 Tage Urlaub, ein Jobticket und geregelte Dienstpläne.""",
    },
    {
        "kind": "hr",
        "text": """Lebenslauf

⟦PERSON|Dominik Schreiner⟧
⟦STREET_ADDRESS|Am Kanal 7, 14467 Potsdam⟧ · ⟦PHONE_NUMBER|0331 2890 4471⟧ · ⟦EMAIL_ADDRESS|dominik.schreiner@posteo.de⟧

2019-heute  Backend-Entwickler, Lieferkompass GmbH, Berlin (Python, Django, PostgreSQL)
2016-2019   Werkstudent IT, Stadtwerke Potsdam
Studium     B.Sc. Informatik, Universität Potsdam
Ehrenamt    Schöffe am Amtsgericht Potsdam, Jugendtrainer SV Babelsberg""",
    },
    {
        "kind": "hr",
        "text": """Für die Lohnabrechnung fehlt uns noch Ihre Steuer-ID. Bitte tragen Sie sie im Mitarbeiterportal ein oder antworten Sie auf diese Mail. Ohne Steuer-ID müssen wir nach Steuerklasse VI abrechnen.""",
    },
    {
        "kind": "hr",
        "text": """Nachtrag zur Einstellung ⟦PERSON|Lukas Pichlmayr⟧: Steuerliche Identifikationsnummer ⟦DE_TAX_ID|54 619 278 010⟧, Konfession ⟦RELIGIOUS_BELIEF|evangelisch⟧ (Kirchensteuer ja), Schwerbehinderung ⟦HEALTH_DATA|GdB 50⟧, Zusatzurlaub 5 Tage einplanen.""",
    },
    {
        "kind": "hr",
        "text": """Die Zeitarbeitsfirma hat uns für die Inventur drei Kräfte zugesagt. Einsatz vom 29.12. bis 02.01., jeweils 7-15:30 Uhr, Treffpunkt Tor 2. Sicherheitsschuhe bringen sie selbst mit.""",
    },
    {
        "kind": "hr",
        "text": """Im Führungszeugnis von Herrn ⟦PERSON|Hasselkus⟧ ist eine ⟦CRIMINAL_RECORD|Verurteilung wegen Betrugs⟧ (2017, 90 Tagessätze) eingetragen. Für die Stelle in der Buchhaltung bitte mit der Geschäftsführung Rücksprache halten, bevor wir den Vertrag verschicken.""",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": """Adventsmarkt im Pfarrgarten! Am 7. Dezember ab 14 Uhr gibt es Glühwein, Waffeln und Selbstgebasteltes. Der Erlös geht an die Tafel. Der Kinderchor singt um 16 Uhr in der Kirche.""",
    },
    {
        "kind": "marketing",
        "text": """Neu bei FitWerk: 24/7 trainieren ohne Aufnahmegebühr. Bis 31.12. zahlst du im ersten Monat nur 9,90 EUR. Kurse wie Rückenfit, Zumba und Functional Training sind inklusive.""",
    },
    {
        "kind": "marketing",
        "text": """Unser Newsletter im November: Wir haben die Wartezeiten in der Hotline halbiert, die neue App-Version 5.2 bringt Dark Mode und Push-Benachrichtigungen, und ab Januar gibt es Ökostrom-Tarife mit Preisgarantie bis Ende 2027.""",
    },
    {
        "kind": "marketing",
        "text": """"Mit Tarifwerk spart unser Team jeden Monat zwei Tage bei der Lohnabrechnung." - ⟦PERSON|Birgit Oberhauser⟧, Personalleiterin, Alpenland Logistik

Ihr Ansprechpartner für Österreich: ⟦PERSON|Florian Gschwandtner⟧, ⟦PHONE_NUMBER|+43 664 318 2270⟧""",
    },
    {
        "kind": "marketing",
        "text": """KI-Assistenz, die in Europa bleibt: Unser Chatbot nutzt Mistral Large und Llama 3.3, gehostet in Frankfurt. Keine Daten verlassen die EU, alle Anfragen werden protokolliert. Jetzt 14 Tage kostenlos testen.""",
    },
    {
        "kind": "marketing",
        "text": """Wir gratulieren ⟦PERSON|Ingrid Sauerbier⟧ zu 40 Jahren im Kirchenchor St. Marien! Bei der Feier am Sonntag nach dem Hochamt sind alle herzlich eingeladen.""",
    },
    {
        "kind": "marketing",
        "text": """Ihr Umzug, unser Job: Halteverbotszone, Möbelmontage und Verpackungsmaterial aus einer Hand. Festpreis nach Besichtigung, keine versteckten Kosten. Rufen Sie uns an oder buchen Sie online.""",
    },
    {
        "kind": "marketing",
        "text": """Wahlaufruf: Am 22. Februar ist Kommunalwahl. Wer die Tram bis zum Ostpark will, wählt Liste 4! Infostand Samstag von 10 bis 13 Uhr am Marktplatz, mit unserer Kandidatin ⟦PERSON|Petra Nowotny⟧.""",
    },
    {
        "kind": "marketing",
        "text": """Messe-Tipp: Besuchen Sie uns auf der LogiMAT in Stuttgart, Halle 8, Stand C41. Wir zeigen das neue Regalbediengerät RBG-900 live im Einsatz.""",
    },
    {
        "kind": "marketing",
        "text": """Kinderwunschzentrum am Rhein: Infoabend am 15. Januar um 19 Uhr. Unsere Ärztinnen erklären Abläufe, Kosten und Kassenzuschüsse. Kostenlos, Anmeldung erbeten.""",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": """Große Sprachmodelle wie GPT-4o, Claude oder Gemini werden zunächst auf riesigen Textmengen vortrainiert und anschließend mit menschlichem Feedback feinjustiert. Für Unternehmen in der EU ist vor allem wichtig, wo die Modelle betrieben werden: Viele Anbieter bieten inzwischen Rechenzentren in Frankfurt oder Paris an, offene Modelle wie Llama oder Mistral lassen sich auch vollständig im eigenen Netz betreiben.""",
    },
    {
        "kind": "docs",
        "text": """Installation

Das Paket benötigt Python 3.11 oder neuer. Installieren Sie es mit `pip install datenwaechter`. Die Konfiguration erfolgt über Umgebungsvariablen; `DW_LOG_LEVEL` steuert die Protokollierung (Standard: INFO), `DW_CACHE_DIR` den Speicherort des Zwischenspeichers.""",
    },
    # -- longer threads, chat lines and more --------------------------------------------------------------
    {
        "kind": "support",
        "text": """Betreff: AW: AW: Kündigung Fitnessvertrag / Mitgliedsnr. 30-55871

Hallo Frau ⟦PERSON|Kranich⟧,

danke für Ihre schnelle Antwort. Ich verstehe, dass eine Kündigung vor Ablauf der Mindestlaufzeit nur aus wichtigem Grund möglich ist. Der Grund ist leider sehr wichtig: Bei mir wurde im Oktober ⟦HEALTH_DATA|Brustkrebs⟧ diagnostiziert, ich bekomme seit drei Wochen ⟦HEALTH_DATA|Chemotherapie⟧ und werde danach operiert. An Training ist für mindestens ein Jahr nicht zu denken.

Das ärztliche Attest von Dr. med. ⟦PERSON|Brigitte Hollmann⟧ habe ich angehängt. Bitte löschen Sie außerdem meinen ⟦BIOMETRIC_DATA|Fingerabdruck⟧ aus dem Zugangssystem am Eingang, ich möchte nicht, dass der gespeichert bleibt.

Die Beiträge für Dezember bitte nicht mehr abbuchen. Falls doch, geht das Geld zurück an ⟦IBAN_CODE|DE30-9013-1931-9172-8977-35⟧.

Freundliche Grüße
⟦PERSON|Claudia Reinholz⟧
⟦STREET_ADDRESS|Hauptstraße 3, 69117 Heidelberg⟧

-----Ursprüngliche Nachricht-----
Von: Mitgliederservice FitWerk
Gesendet: Montag, 24. November 2025 09:02
Betreff: AW: Kündigung Fitnessvertrag

Sehr geehrte Frau ⟦PERSON|Reinholz⟧,

Ihr Vertrag läuft noch bis zum 31.05.2026. Eine außerordentliche Kündigung ist nur mit Nachweis möglich (z. B. ärztliches Attest, Umzug über 25 km).

Viele Grüße
⟦PERSON|Jessica Kranich⟧""",
    },
    {
        "kind": "support",
        "text": """Kurze Info an die Kita: ⟦PERSON|Mila⟧ hat ⟦HEALTH_DATA|Scharlach⟧ und bleibt bis Freitag zu Hause. LG ⟦PERSON|Gerwin⟧""",
    },
    {
        "kind": "hr",
        "text": """Protokoll BEM-Gespräch (vertraulich)

Teilnehmende: ⟦PERSON|Ralf Osterkamp⟧ (Mitarbeiter), ⟦PERSON|Gülay Arslan⟧ (Betriebsrat, ⟦TRADE_UNION_MEMBERSHIP|ver.di⟧), Dr. ⟦PERSON|Henning Wulf⟧ (Betriebsarzt), Personalabteilung
Datum: 18.11.2025

Herr ⟦PERSON|Osterkamp⟧ war 2025 insgesamt 61 Arbeitstage arbeitsunfähig. Er berichtet von einer ⟦HEALTH_DATA|koronaren Herzkrankheit⟧ mit ⟦HEALTH_DATA|Stent-Implantation⟧ im Juni sowie anschließender ⟦HEALTH_DATA|Reha⟧ in Bad Nauheim. Die Nachtschichten in der Kommissionierung belasten ihn stark.

Vereinbart:
1. Ab Januar nur Früh- und Spätschicht, keine Nachtschicht.
2. Keine Lasten über 15 kg, Hubwagen statt Handarbeit.
3. Folgegespräch in drei Monaten.

Steuer-ID für die Entgeltfortzahlung liegt vor: ⟦DE_TAX_ID|72509318474⟧.
Alle Beteiligten haben das Protokoll erhalten.""",
    },
    {
        "kind": "hr",
        "text": """Bewerbung ⟦PERSON|Andrzej Kowalewski⟧: Personalausweis-Nr. ⟦DE_ID_CARD|LMG51FG9M3⟧, Herkunft ⟦ETHNIC_ORIGIN|Sorbe⟧ (spricht Obersorbisch, für die Stelle in Bautzen ein Plus), Mitglied der ⟦POLITICAL_OPINION|Linkspartei⟧ im Stadtrat.""",
    },
    {
        "kind": "marketing",
        "text": """Unser Team stellt sich vor: ⟦PERSON|Katrin Albers⟧ leitet seit Oktober unsere Filiale in Bremen-Vegesack. Sie erreichen sie direkt unter ⟦PHONE_NUMBER|0421 6698 2314⟧ oder ⟦EMAIL_ADDRESS|k.albers@nordseeoptik.de⟧. Zur Eröffnung gibt es 20 % auf alle Gleitsichtbrillen.""",
    },
    {
        "kind": "marketing",
        "text": """Herzlichen Glückwunsch an Familie ⟦PERSON|Tschernig⟧ aus Graz, die Gewinner unseres Herbstgewinnspiels! Sie dürfen sich über eine Woche im Zillertal freuen.""",
    },
    {
        "kind": "hr",
        "text": """Vermerk (nur Personalakte): Im Mitarbeitergespräch erzählte ⟦PERSON|Jonas Weidinger⟧, dass er ⟦SEX_LIFE_ORIENTATION|schwul⟧ ist und sich im Lager bisher nicht getraut hat, das zu sagen, weil ein Kollege immer wieder abfällige Sprüche macht. Er wünscht keine Weitergabe an das Team.""",
    },
    {
        "kind": "support",
        "text": """Betreff: Elternbrief Klasse 4b - Klassenfahrt nach Bad Segeberg

Liebe Eltern der 4b,

die Klassenfahrt findet wie geplant vom 18. bis 20. Mai statt. Wir fahren mit dem Bus um 8:00 Uhr an der Schule ab und sind am Mittwoch gegen 16:30 Uhr zurück. Untergebracht sind wir in der Jugendherberge, Zimmer mit vier bis sechs Betten. Bitte überweisen Sie den Eigenanteil von 145 EUR bis zum 31. März an den Förderverein; der Verwendungszweck steht auf dem beiliegenden Zettel. Wer den Betrag nicht auf einmal zahlen kann, meldet sich bitte vertraulich bei mir, der Förderverein hilft.

Mitzubringen sind: Schlafsack oder Bettwäsche, feste Schuhe für die Wanderung, Regenjacke, Taschenlampe, ein Lunchpaket für den ersten Tag und höchstens 10 EUR Taschengeld. Handys bleiben zu Hause; in dringenden Fällen erreichen Sie uns über das Telefon der Jugendherberge, die Nummer verteile ich beim Elternabend.

Am Montag, 3. März, um 19:30 Uhr laden wir zum Elternabend in den Klassenraum ein. Dort besprechen wir Ablauf, Zimmereinteilung und die Regeln für die Nachtruhe. Bitte geben Sie bis dahin auch den Gesundheitsbogen ausgefüllt zurück (Allergien, Medikamente, Schwimmfähigkeit); er bleibt während der Fahrt bei mir und wird danach vernichtet.

Für das Programm sind geplant: Besuch der Kalkberghöhle, die Fledermausführung am Abend, ein Spielenachmittag am See und am letzten Abend eine kleine Disco. Wer Lust hat, Fotos beizusteuern: Wir sammeln sie danach im Schulportal, nur für die Klasse sichtbar.

Bei Fragen erreichen Sie mich über das Schulportal oder in meiner Sprechstunde am Donnerstag in der 5. Stunde.

Herzliche Grüße
Klassenleitung 4b""",
    },
    {
        "kind": "support",
        "text": """Bitte die Rechnung ab sofort an ⟦EMAIL_ADDRESS|buchhaltung.kessler@t-online.de⟧ schicken, nicht mehr an meine private Adresse. Danke, ⟦PERSON|Ute Kessler⟧""",
    },
    {
        "kind": "marketing",
        "text": """Neu im Team der Physiopraxis am Dom: ⟦PERSON|Lena Baumgärtner⟧, spezialisiert auf Sportverletzungen. Termine ab sofort auch samstags unter ⟦PHONE_NUMBER|0221 9173 554⟧.""",
    },
]
