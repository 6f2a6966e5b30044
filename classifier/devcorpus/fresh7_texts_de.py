"""Hand-written German texts of the ``fresh7`` split: chat prompts, forms and pasted material from services."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -------------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Antwort formulieren: Mutter schreibt, bei ihrer Tochter ist ein Bracket locker, ob sie diese Woche noch kommen kann (Patientennr. KFO-3318). Wir haben Do 15:40 frei.",
    },
    {
        "kind": "support",
        "text": """Lies die Angaben aus diesem Vorbereitungsbogen für die Beurkundung aus und gib sie als JSON zurück (name, geburtsdatum, anschrift, steuer_id, ausweisnummer):

NOTARIAT DR. HÖLSCHER & PARTNER - Vorbereitung Grundstückskaufvertrag
UR-Nr. 1184/2025 (vorläufig)
Verkäufer/in
  Name, Vorname: ⟦PERSON|Brauckmann, Edeltraud⟧
  geb. am: ⟦DATE_OF_BIRTH|22.07.1949⟧
  Anschrift: ⟦STREET_ADDRESS|Am Mühlengraben 7, 48431 Rheine⟧
  Steuer-ID: ⟦DE_TAX_ID|71358952543⟧
  Personalausweis-Nr.: ⟦DE_ID_CARD|T7RRVYJHL2⟧
Grundbuch: Rheine Blatt 4471, Flur 12, Flurstück 388
Kaufpreis: 312.000 EUR, Fälligkeit nach Eintragung der Vormerkung
Termin: 09.12.2025, 10:30 Uhr""",
    },
    {
        "kind": "support",
        "text": "Kunde will den Kombi statt in Graz in Salzburg abgeben, Reservierung RSV-2207731. Was kostet die Einwegmiete laut Tarif B? Kurz antworten.",
    },
    {
        "kind": "support",
        "text": """Summarise this letter in English for our collector and tell me if it is a hardship case under our guideline (serious illness = hold 90 days):

Betreff: Ihr Zeichen INK-2025-880412 - Forderung Möbelhaus Kranzl

Sehr geehrte Damen und Herren,

ich habe Ihr Schreiben vom 3. November erhalten. Ich bestreite die Forderung nicht, kann aber derzeit nicht zahlen. Im August wurde bei mir ⟦HEALTH_DATA|Brustkrebs⟧ festgestellt, ich bin seit September in ⟦HEALTH_DATA|Chemotherapie⟧ und beziehe Krankengeld, das deutlich niedriger ist als mein Gehalt. Eine Bestätigung der Onkologie im Klinikum Wels lege ich bei.

Ich schlage vor, ab Februar monatlich 40 Euro zu überweisen, von meinem Konto ⟦IBAN_CODE|AT57 4241 4334 3370 2220⟧. Meine Versicherungsnummer ist ⟦AT_SVNR|3126161196⟧, falls Sie die für die Stundung brauchen.

Bitte rufen Sie mich nicht mehr in der Arbeit an. Meine Nummer ist ⟦PHONE_NUMBER|0664 318 27 90⟧.

Mit freundlichen Grüßen
⟦PERSON|Roswitha Pammer⟧
⟦STREET_ADDRESS|Stelzhamerstraße 41, 4600 Wels⟧""",
    },
    {
        "kind": "support",
        "text": """Fass das Gespräch für das Ticket zusammen (Betrugsverdacht Rufnummernmitnahme):

Agentin ⟦PERSON|Melis⟧: Sicherheitsabteilung, Sie sprechen mit ⟦PERSON|Melis⟧, guten Tag.
Kunde: Ja, hallo, ⟦PERSON|Ferdinand Oellerich⟧ hier. Ich hab eine SMS bekommen, dass meine Nummer zu einem anderen Anbieter portiert wird. Das hab ich nicht beauftragt!
Agentin ⟦PERSON|Melis⟧: Um welche Rufnummer geht es?
Kunde: ⟦PHONE_NUMBER|0176 4429 1803⟧.
Agentin ⟦PERSON|Melis⟧: Ich sehe den Portierungsauftrag, Eingang gestern 19:02, Vorgang PRT-55190342. Ich stoppe den jetzt und setze eine Portierungssperre. Haben Sie in letzter Zeit jemandem Ihre Kundenkennung gegeben?
Kunde: Da hat vorige Woche einer angerufen, angeblich vom Kundenservice ...
Agentin ⟦PERSON|Melis⟧: Verstehe. Bitte erstatten Sie Anzeige bei der Polizei, wir brauchen das Aktenzeichen für den Fall.""",
    },
    {
        "kind": "support",
        "text": "Hab vor 3 Tagen das Rezept für ⟦HEALTH_DATA|Ozempic 1 mg⟧ hochgeladen, Bestellung AP-7730291 steht immer noch auf 'in Prüfung'. Was ist da los?",
    },
    {
        "kind": "support",
        "text": "Wechselrichter meldet seit dem Gewitter 'Isolationsfehler 1105', Anlage Auftrag PV-2024-0871, Speicher lädt nicht. Schreib eine Rückfrage an den Kunden, ob der DC-Trennschalter ausgelöst hat.",
    },
    {
        "kind": "support",
        "text": """Bitte prüfe die Taufanmeldung auf Vollständigkeit und liste fehlende Angaben auf:

Pfarrei St. Laurentius - Anmeldung zur Taufe
Täufling: ⟦PERSON|Maximilian Joseph Strehle⟧, geb. ⟦DATE_OF_BIRTH|14.06.2025⟧ in Kempten
Mutter: ⟦PERSON|Theresa Strehle⟧, Konfession: ⟦RELIGIOUS_BELIEF|röm.-kath.⟧
Vater: ⟦PERSON|Kemal Strehle-Aydın⟧, Konfession: ⟦RELIGIOUS_BELIEF|konfessionslos⟧ (früher ⟦RELIGIOUS_BELIEF|muslimisch⟧)
Anschrift: ⟦STREET_ADDRESS|Rottachstraße 19, 87439 Kempten⟧
Pate/Patin: ⟦PERSON|Veronika Kiechle⟧ (Taufschein liegt bei)
Wunschtermin: Sonntag nach der 10-Uhr-Messe""",
    },
    {
        "kind": "support",
        "text": """Entwirf eine einfühlsame Antwort auf die letzte Mail, mit den Terminen aus dem Kalender (Kryo-Transfer frühestens Zyklustag 19-21, Sprechstunde Di/Do):

Von: ⟦EMAIL_ADDRESS|nadine.vosskuhl@posteo.de⟧
An: koordination@kinderwunsch-am-see.example
Betreff: AW: AW: Ihr Behandlungsplan / Pat.-Nr. KW-20418

Liebe Frau ⟦PERSON|Ebersbach⟧,

danke für die schnelle Rückmeldung. Ich habe inzwischen mit meiner Endokrinologin gesprochen: Wegen meiner ⟦HEALTH_DATA|Hashimoto-Thyreoiditis⟧ wurde die Dosis ⟦HEALTH_DATA|L-Thyroxin⟧ auf 100 erhöht, der TSH war zuletzt 1,8. Sie meint, damit spricht nichts gegen den Transfer im Januar.

Wegen des ⟦HEALTH_DATA|PCO-Syndroms⟧ ist mein Zyklus aber sehr unregelmäßig, ich weiß also nicht, wann Zyklustag 19 genau ist. Können wir das mit Tabletten planen, wie beim letzten Mal?

Mein Mann ⟦PERSON|Jens⟧ kann nur dienstags mitkommen, er arbeitet im Schichtdienst. Und noch eine Frage: Übernimmt die Krankenkasse den dritten Versuch anteilig, wenn der Antrag schon genehmigt war? Die Sachbearbeiterin dort sagte etwas anderes als Ihre Kollegin.

Sie erreichen mich tagsüber am besten mobil unter ⟦PHONE_NUMBER|0157 3320 8841⟧.

Viele Grüße
⟦PERSON|Nadine Vosskuhl⟧

> Am 24.11.2025 schrieb Kinderwunschzentrum am See, Koordination:
> Liebe Frau ⟦PERSON|Vosskuhl⟧,
> für den Kryo-Transfer benötigen wir noch einen aktuellen Schilddrüsenwert und die
> unterschriebene Einwilligung (Formular E-7). Bitte bringen Sie beides zum nächsten Termin mit.
> Mit freundlichen Grüßen
> ⟦PERSON|Carola Ebersbach⟧, Patientenkoordination""",
    },
    {
        "kind": "support",
        "text": "Kundin schreibt: 'Bitte löschen Sie mein ⟦BIOMETRIC_DATA|Stimmprofil⟧ für die Sprach-ID, ich will das nicht mehr. ⟦PERSON|Gudrun Maaßen⟧, Kundennr. 60018823.' Antwort mit Bestätigung formulieren.",
    },
    {
        "kind": "support",
        "text": "Kann man beim Notartermin auch per Video teilnehmen, wenn man im Ausland wohnt? Vorgang 2025-1130, GmbH-Gründung. Bitte kurz und verständlich erklären.",
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """Erstelle aus der Gesprächsnotiz eine kurze Fallzusammenfassung für die Rechtsschutzabteilung (max. 8 Sätze):

Anruf Rechtsberatung, 26.11., 14:20
Mitglied: ⟦PERSON|Svenja Kolodziej⟧, ⟦TRADE_UNION_MEMBERSHIP|ver.di-Mitglied⟧ seit 2019, Fachbereich Handel
Arbeitgeber: Drogeriemarktkette, Filiale in Bochum, Teilzeit 30 Std.
Sachverhalt: Kündigung am 21.11. in der Probezeit? Nein, seit 2021 beschäftigt. Frau ⟦PERSON|Kolodziej⟧ hat der Filialleitung am 10.11. mitgeteilt, dass sie in der 9. Woche ⟦HEALTH_DATA|schwanger⟧ ist, Mutterpass liegt vor. Am 21.11. ordentliche Kündigung "aus betrieblichen Gründen", ohne Zustimmung der Aufsichtsbehörde. Außerdem wurde ihr nach ihrer ⟦HEALTH_DATA|Fehlgeburt⟧ im Vorjahr ein BEM-Gespräch verweigert.
Ihre Worte: "Seit ich es gesagt habe, redet die Chefin nicht mehr mit mir."
Frist Kündigungsschutzklage: 3 Wochen ab Zugang, also bis 12.12.
Nächste Schritte: Kündigung und Mutterpass-Kopie per Mail an uns, Rückruf durch Kollegin ⟦PERSON|Bettina Aschauer⟧ am Montag unter ⟦PHONE_NUMBER|0234 55 81 09 7⟧.""",
    },
    {
        "kind": "hr",
        "text": "Schreib eine Stellenanzeige: Disponent:in (m/w/d) für unsere Fahrradkuriere in Wien, 30-40 Std., Schichtdienst, Deutsch B2, Erfahrung mit Tourenplanung von Vorteil.",
    },
    {
        "kind": "hr",
        "text": """Übertrage den Personalbogen in unsere Dolmetscherliste (Name; Sprachen; Kontakt; Einsatzgebiet):

Name: ⟦PERSON|Dragan Petrović-Lenz⟧
Sprachen: Serbisch, Kroatisch, Bosnisch, Romanes (Gurbet)
Allgemein beeidigt: OLG Hamm, seit 2016
E-Mail: ⟦EMAIL_ADDRESS|d.petrovic-lenz@dolmetsch-pl.de⟧
Mobil: ⟦PHONE_NUMBER|0152 0993 4417⟧
Führungszeugnis: ohne Eintragung (vom 02.10.2025)
Einsatz: LG Dortmund, AG Hagen, Polizeipräsidium Dortmund
Bemerkung: wird oft für Verfahren mit Familien aus der ⟦ETHNIC_ORIGIN|Roma⟧-Community angefragt, da er selbst ⟦ETHNIC_ORIGIN|Rom⟧ ist und Gurbet spricht.""",
    },
    {
        "kind": "hr",
        "text": "mach das höflicher für die Teamleitung: 'bin heute raus, ⟦HEALTH_DATA|Migräne⟧, AU kommt morgen. ⟦PERSON|Jana⟧'",
    },
    {
        "kind": "hr",
        "text": """Fasse das Protokoll in 5 Punkten zusammen:

Teammeeting Disposition Kurierplattform, KW 48
- Neue Zonenaufteilung Berlin-Mitte ab 01.12. (Zonen M1-M4)
- Regenprämie wird auf 1,50 EUR pro Auftrag erhöht
- Ausfallquote App-Version 4.11 zu hoch, Rollback auf 4.10.3 bis Fix
- Ticket-Backlog: 312 offene Tickets, Ziel unter 150 bis Weihnachten
- Nächster Termin: Mittwoch 09:30, Raum 2.14""",
    },
    {
        "kind": "hr",
        "text": """Kürze diesen Lebenslauf auf das Wesentliche für die Praxisinhaberin:

⟦PERSON|Leonie Hartbrecht⟧ - Zahnmedizinische Fachangestellte
⟦STREET_ADDRESS|Schillerplatz 3, 73728 Esslingen⟧ | ⟦PHONE_NUMBER|0711 3928 4406⟧ | ⟦EMAIL_ADDRESS|leonie.hartbrecht@web-post.de⟧
Geboren: ⟦DATE_OF_BIRTH|05.11.1996⟧
2019-heute: ZFA in kieferorthopädischer Praxis, Stuttgart (Abdrucknahme, Intraoralscan, Bracketentfernung)
2016-2019: Ausbildung ZFA, Zahnarztpraxis am Neckartor, Esslingen
Fortbildung: KFO-Assistenz (ZÄK BW), Röntgenschein
Sonstiges: Führerschein B, Englisch gut""",
    },
    {
        "kind": "hr",
        "text": """Mach aus dieser Liste eine Einsatzplanung für den Infostand am Samstag (zwei Schichten):

⟦PERSON|Bernd Oltmanns⟧ - ⟦POLITICAL_OPINION|Grünen-Mitglied⟧, kann nur vormittags
⟦PERSON|Aylin Demirtaş⟧ - ⟦POLITICAL_OPINION|Grüne Jugend⟧, ganztags
⟦PERSON|Hannelore Fricke⟧ - Unterstützerin, kein Mitglied, bringt Pavillon mit
Stand: Marktplatz Lüneburg, 9-16 Uhr, Material liegt in der Geschäftsstelle""",
    },
    {
        "kind": "hr",
        "text": "Formuliere eine freundliche Absage an Bewerber für die Stelle 'Reiseverkehrskaufmann/-frau' (Kennziffer RV-12), wir haben uns für jemand anderen entschieden, Unterlagen werden nach 6 Monaten gelöscht.",
    },
    {
        "kind": "hr",
        "text": "Kurze Einschätzung bitte: Fahrer ⟦PERSON|Dennis Wróbel⟧ (Kurier-ID K-3381), Führungszeugnis enthält ⟦CRIMINAL_RECORD|Verurteilung wegen Körperverletzung (2023)⟧. Darf er für die Online-Apotheke ausliefern?",
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Schreib einen Einladungstext für unseren Infoabend Kinderwunsch: Ablauf IVF und ICSI, Kosten und Zuschüsse der Krankenkassen, Fragen an unsere Ärztinnen, Di 18 Uhr, online und vor Ort.",
    },
    {
        "kind": "marketing",
        "text": """Mach aus der Kundenstimme einen kurzen Text für die Website (sie hat der Veröffentlichung zugestimmt):

"Als ⟦HEALTH_DATA|Rollstuhlfahrerin⟧ habe ich mich lange nicht an eine Flusskreuzfahrt getraut. Das Team hat eine barrierefreie Kabine organisiert, den Transfer vom Bahnhof Passau und sogar an meine ⟦HEALTH_DATA|Dialyse⟧ in Wien gedacht." - ⟦PERSON|Heidemarie Kornfeld⟧, Regensburg""",
    },
    {
        "kind": "marketing",
        "text": "Newsletter-Intro für unser Coworking-Café in Wien-Neubau: neue Telefonboxen, Monatskarte jetzt 149 Euro, Hafer-Melange, Lesung am Donnerstag. Unterschrift: ⟦PERSON|Matthias Grünwald-Ebner⟧, Standortleitung.",
    },
    {
        "kind": "marketing",
        "text": "Drei Betreffzeilen für die Solar-Frühbucheraktion: 10 % Rabatt auf Speicher bis 31.01., kostenloser Vor-Ort-Termin, Förderung der KfW erklären.",
    },
    {
        "kind": "marketing",
        "text": "Einladung für das offene Iftar des Moscheevereins: alle Nachbarinnen und Nachbarn willkommen, Fastenbrechen um ca. 16:40, Führung durch die Moschee, Spenden für die Tafel.",
    },
    {
        "kind": "marketing",
        "text": "Copy für unser Speed-Dating 'Herbstzeitlos' für Singles ab 50 in Freiburg: 7 Minuten pro Gespräch, Ticket 29 Euro inkl. Getränk, Anmeldung bis 05.12.",
    },
    {
        "kind": "marketing",
        "text": """Kürze die Bewertung für unsere Website auf zwei Sätze:

"Meine Zähne waren total schief und ich habe mich nie getraut zu lachen. Nach 18 Monaten mit Alignern bei Dr. ⟦PERSON|Yıldız⟧ und dem Team in Mannheim ist alles gerade. Danke!" - ⟦PERSON|Katharina Wöllstein⟧""",
    },
    {
        "kind": "marketing",
        "text": """Schreib für jede Zeile eine persönliche Erinnerungsmail (Du-Form), dass ihr Dauerrezept bald ausläuft:

vorname;nachname;email;letzte_bestellung
⟦PERSON|Ulrike⟧;⟦PERSON|Dammeyer⟧;⟦EMAIL_ADDRESS|u.dammeyer@t-online.de⟧;⟦HEALTH_DATA|L-Thyroxin 75⟧
⟦PERSON|Torben⟧;⟦PERSON|Nissen⟧;⟦EMAIL_ADDRESS|torben.nissen@gmx.net⟧;⟦HEALTH_DATA|Metformin 1000⟧""",
    },
    {
        "kind": "marketing",
        "text": """Schreib jedem eine kurze Dankesmail mit Gutscheincode HERBST10:

name;email;abend;interesse
⟦PERSON|Florian Wendtland⟧;⟦EMAIL_ADDRESS|f.wendtland@mailbox.org⟧;Queer Dinner 22.11.;⟦SEX_LIFE_ORIENTATION|schwul⟧
⟦PERSON|Merve Öztürk-Baum⟧;⟦EMAIL_ADDRESS|merve.oeztuerk@gmx.de⟧;Queer Dinner 22.11.;⟦SEX_LIFE_ORIENTATION|pansexuell⟧""",
    },
    {
        "kind": "marketing",
        "text": "Zwei Sätze für Instagram: Balkonkraftwerk-Aktion im Dezember, 800 W Set ab 399 Euro inklusive Anmeldung beim Netzbetreiber, Lieferung in 5 Werktagen.",
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": """Kontextfenster richtig nutzen

Ein großes Kontextfenster verleitet dazu, einfach alle verfügbaren Dokumente in den Prompt zu packen. Das ist selten die beste Lösung. Modelle gewichten Informationen am Anfang und am Ende eines langen Kontexts oft stärker als die in der Mitte, und jedes zusätzliche Token kostet Zeit und Geld. Besser ist es, die Dokumente vorher zu filtern: nur die Abschnitte, die zur Frage passen, in einer festen Reihenfolge und mit einer kurzen Quellenangabe. Wer Antworten mit Belegstellen braucht, sollte das Modell anweisen, die Quelle jeder Aussage zu nennen, und die Zitate anschließend automatisch gegen die Dokumente prüfen.""",
    },
]
