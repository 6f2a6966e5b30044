"""Hand-written German texts of the ``fresh19`` split: Handwerk, Werkstätten, Umzüge, Kanzleien und Hausverwaltungen."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Auftrag 2024-0815 Heizungstausch: Termin beim Kunden verschoben auf Di, 14.05., 7:30 Uhr. Bitte Gesellen informieren.",
    },
    {
        "kind": "support",
        "text": "Kannst du aus dieser Notiz eine freundliche Terminbestätigung machen?\n\n"
        "Kundin: ⟦PERSON|Hildegard Ostermeier⟧, ⟦STREET_ADDRESS|Lindenstraße 12, 84028 Landshut⟧, Tel. ⟦PHONE_NUMBER|0871 9743 218⟧\n"
        "Badsanierung, Besichtigung Do 10 Uhr. Kundin ist ⟦HEALTH_DATA|gehbehindert⟧ (Rollator), wünscht bodengleiche Dusche "
        "und Haltegriffe. Pflegekasse-Zuschuss (Wohnumfeldverbesserung) soll mit beantragt werden.",
    },
    {
        "kind": "support",
        "text": "Werkstattauftrag W-38812\nFahrzeug: VW Caddy 2.0 TDI, Kennz. LA-KM 447, km 148.320\n"
        "Arbeiten: Zahnriemen + Wasserpumpe, Bremsen hinten, HU/AU\nFreigabe bis 1.150 € brutto\n"
        "Rückfragen an den Fuhrparkleiter, nicht an den Fahrer.",
    },
    {
        "kind": "support",
        "text": "Bitte Antwort an den Mieter formulieren, sachlich:\n\n"
        "Von: ⟦EMAIL_ADDRESS|y.celik@web.de⟧\nBetreff: Nebenkostenabrechnung 2023, Whg. 4 OG links\n\n"
        "Sehr geehrte Damen und Herren, in der Abrechnung sind 412 € für Gartenpflege, obwohl der Garten nur vom "
        "Erdgeschoss genutzt wird. Außerdem wurde der Hausmeister doppelt berechnet. Ich bitte um Belegeinsicht.\n"
        "Mit freundlichen Grüßen\n⟦PERSON|Yasemin Çelik⟧\n⟦STREET_ADDRESS|Weißenburger Str. 33, 81667 München⟧",
    },
    {
        "kind": "support",
        "text": "Umzugsauftrag UZ-1193 – Besichtigungsprotokoll\n"
        "Auftraggeber: ⟦PERSON|Konstantin Reuß⟧\nAuszug: ⟦STREET_ADDRESS|Am Kirchberg 5, 01328 Dresden⟧ (3. OG, kein Aufzug)\n"
        "Einzug: Halle (Saale), Halteverbotszone beantragen\nVolumen ca. 38 m³, Klavier, 2 Aquarien\n"
        "Hinweis: Herr ⟦PERSON|Reuß⟧ hatte eine ⟦HEALTH_DATA|Knie-OP⟧ im März und kann nicht mittragen; Packservice komplett.\n"
        "Zahlung: Lastschrift von ⟦IBAN_CODE|DE12 2481 0370 3735 7804 92⟧, Anzahlung 300 € per Kreditkarte ⟦CREDIT_CARD|5257-9904-5116-6418⟧ (gültig bis 09/27)",
    },
    {
        "kind": "support",
        "text": "Chatverlauf Elektro Brandl, bitte zusammenfassen:\n"
        "[14:21] Kunde: Servus, der FI fliegt im Keller immer raus wenn die Waschmaschine schleudert\n"
        "[14:22] Brandl Service: Grüß Gott, seit wann? Ist die Maschine neu?\n"
        "[14:24] Kunde: seit letzter Woche, Maschine 6 Jahre alt, Bosch Serie 6\n"
        "[14:25] Brandl Service: Wir schicken Mittwoch jemanden, Anfahrt 49 € netto, Messung nach VDE 0100-600.\n"
        "[14:25] Kunde: passt",
    },
    {
        "kind": "support",
        "text": "Rückruf bitte: Notar Dr. ⟦PERSON|Friederike Hasenclever⟧ braucht für die Beurkundung am 21.06. noch die "
        "Ausweisnummer des Käufers ⟦PERSON|Emil Vogelsang⟧: ⟦DE_ID_CARD|WJW1ZLLNX5⟧ und seine Steuer-ID ⟦DE_TAX_ID|50 197 384 427⟧. "
        "Rückfragen an ⟦PHONE_NUMBER|+49 821 455 09 31⟧.",
    },
    {
        "kind": "support",
        "text": "Schadensmeldung an die Betriebshaftpflicht, bitte in ordentliches Deutsch bringen:\n"
        "Beim Bohren für die Küchenoberschränke hat unser Monteur ⟦PERSON|Sascha Kolbe⟧ eine Wasserleitung angebohrt, "
        "Wohnung ⟦STREET_ADDRESS|Hauptstraße 88, 69117 Heidelberg⟧, Wasserschaden in der Wohnung darunter (Decke, Parkett). "
        "Trocknungsfirma beauftragt, Auftrag TR-5521. Niemand verletzt.",
    },
    # -- hr ------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Personalstammblatt Zeitarbeit (Einsatz Lager Kassel)\n"
        "Name: ⟦PERSON|Dragan Stojiljković⟧\nGeburtsdatum: ⟦DATE_OF_BIRTH|17.04.1986⟧\n"
        "Steuer-ID: ⟦DE_TAX_ID|89710364589⟧\nSV-Nr. (AT, Vorbeschäftigung Linz): ⟦AT_SVNR|3220 170486⟧\n"
        "Bankverbindung: ⟦IBAN_CODE|DE67 5648 8416 2624 8963 24⟧\n"
        "Konfession (für Kirchensteuer): ⟦RELIGIOUS_BELIEF|serbisch-orthodox⟧\n"
        "Staplerschein: ja, gültig bis 2027",
    },
    {
        "kind": "hr",
        "text": "Hallo zusammen, die Stundenzettel für KW 18 fehlen noch von Baustelle Ingolstadt-Nord. Bitte bis Freitag 12 Uhr ins Portal, sonst verschiebt sich die Abrechnung. Rückfragen an ⟦PERSON|Till Ackermann⟧, ⟦PHONE_NUMBER|0841 931127-14⟧.",
    },
    {
        "kind": "hr",
        "text": "Fasse die Gesprächsnotiz fürs BEM-Verfahren zusammen:\n\n"
        "Gespräch mit ⟦PERSON|Jürgen Stadelmaier⟧ (Dachdecker, 54 J.) am 08.04. Seit Januar 47 AU-Tage. Diagnose laut "
        "Betriebsarzt: ⟦HEALTH_DATA|Bandscheibenvorfall L4/L5⟧. Herr ⟦PERSON|Stadelmaier⟧ hat einen "
        "⟦HEALTH_DATA|GdB von 50⟧ beantragt. Vorschlag: Umsetzung ins Materiallager, keine Arbeiten auf dem Dach mehr. "
        "Betriebsrat ⟦PERSON|Heike Lindqvist⟧ war anwesend.",
    },
    {
        "kind": "hr",
        "text": "Protokoll Betriebsratssitzung Gebäudereinigung Nordlicht GmbH, 03.07.\n"
        "TOP 1: Einführung der Zeiterfassung per ⟦BIOMETRIC_DATA|Gesichtserkennung⟧ in den Objekten – BR lehnt ab, Alternative Chipkarte.\n"
        "TOP 2: Tarifrunde Gebäudereinigerhandwerk, Informationen durch ⟦PERSON|Ayşe Korkmaz⟧ (⟦TRADE_UNION_MEMBERSHIP|IG BAU⟧-Vertrauensfrau).\n"
        "TOP 3: Urlaubsplanung Sommer, keine Einwände.",
    },
    {
        "kind": "hr",
        "text": "Entgeltabrechnung Mai: Bei Frau ⟦PERSON|Marlene Fischbach⟧ bitte Mutterschutz ab 19.05. hinterlegen "
        "(⟦HEALTH_DATA|schwanger⟧, errechneter Termin 30.06.), Arbeitgeberzuschuss zum Mutterschaftsgeld berechnen.",
    },
    {
        "kind": "hr",
        "text": "Stellenausschreibung Steuerfachangestellte/r (m/w/d), Kanzlei Berghoff & Partner, Regensburg. DATEV-Kenntnisse, Lohnbuchhaltung für 120 Mandanten, 38-Stunden-Woche, Homeoffice 2 Tage.",
    },
    {
        "kind": "hr",
        "text": "Ergebnis Zuverlässigkeitsüberprüfung, Bewachungsgewerbe (§ 34a GewO)\n"
        "Bewerber: ⟦PERSON|Kevin Hampel⟧, geb. ⟦DATE_OF_BIRTH|02.11.1993⟧\n"
        "Führungszeugnis: Eintrag – ⟦CRIMINAL_RECORD|Verurteilung wegen Diebstahls (2019), Geldstrafe 60 Tagessätze⟧\n"
        "Bewertung: Einstellung im Objektschutz nicht möglich, Rückmeldung an Personaldisposition.",
    },
    {
        "kind": "hr",
        "text": 'Urlaubsantrag abgelehnt wegen Inventur, bitte netter formulieren: "Urlaub 22.–26.07. nicht möglich, Inventur Autohaus, alle Mann da."',
    },
    {
        "kind": "hr",
        "text": "Übersetze ins Englische für die Konzernzentrale:\n"
        "Mitarbeiter ⟦PERSON|Serkan Aydın⟧ (Kfz-Mechatroniker) bittet, im Ramadan die Pause ans Fastenbrechen anzupassen; er ist "
        "⟦RELIGIOUS_BELIEF|gläubiger Muslim⟧. Werkstattleitung ist einverstanden, Schichtende 19:30 statt 18:00.",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Frühjahrs-Check für Ihr Auto: Klimaanlagen-Service, Reifenwechsel und Sichtprüfung für 79 €. Termin online bei Autohaus Kretschmer, Filialen Erding und Freising.",
    },
    {
        "kind": "marketing",
        "text": "Kundenstimme für die Website, bitte kürzen:\n"
        "„Als ⟦HEALTH_DATA|Rollstuhlfahrerin⟧ war ich skeptisch, ob jemand unser Reihenhaus barrierefrei umbauen kann. Die Firma "
        "Hollerbach hat Rampe, Treppenlift und breitere Türen in drei Wochen geschafft.“ – ⟦PERSON|Gudrun Sieverding⟧, Bocholt",
    },
    {
        "kind": "marketing",
        "text": "Newsletter Hausverwaltung Brunnmeier: Ab 1. Oktober gilt die neue Hausordnung (Ruhezeiten, Mülltrennung, E-Bike-Akkus nicht im Treppenhaus laden). Das PDF finden Sie im Mieterportal.",
    },
    {
        "kind": "marketing",
        "text": "Mitarbeiterporträt für Instagram, locker formulieren:\n"
        "⟦PERSON|Benedikt Hörmann⟧, 29, Anlagenmechaniker SHK. Hat nach der Lehre die Meisterschule gemacht, spielt "
        "Tuba in der Blaskapelle und sitzt für ⟦POLITICAL_OPINION|die Freien Wähler⟧ im Gemeinderat von Moosburg.",
    },
    {
        "kind": "marketing",
        "text": "Schreib drei Varianten für eine Google-Anzeige: Gebäudereinigung, Glasreinigung, Treppenhausreinigung in Bremen. Festpreis ab 2,10 €/m², ISO 9001.",
    },
    {
        "kind": "marketing",
        "text": "Pressemitteilung, Entwurf: Die Zimmerei Gruber & Söhne feiert 100 Jahre. Seit 1925 in vierter Generation, 42 Beschäftigte, 9 Auszubildende. Tag der offenen Tür am 14. September.",
    },
    {
        "kind": "marketing",
        "text": "Für unseren Blog „Menschen bei Elektro Sauter“ bitte umschreiben:\n"
        "⟦PERSON|Lea Brunnhuber⟧ ist unsere erste Elektromeisterin. Offen ⟦SEX_LIFE_ORIENTATION|lesbisch⟧, läuft jedes Jahr mit "
        "Kolleginnen beim CSD mit und will mehr Mädchen ins Handwerk holen.",
    },
    {
        "kind": "marketing",
        "text": "Flyer-Text Umzüge Wendel: Seniorenumzug mit Rundum-Service – wir packen, montieren und hängen die Bilder wieder auf. Festpreisangebot nach kostenloser Besichtigung.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Die Handwerkerleistungen nach § 35a EStG sind zu 20 % von der Einkommensteuer abziehbar, höchstens 1.200 € im Jahr. "
        "Begünstigt sind nur Arbeits-, Fahrt- und Maschinenkosten, nicht das Material. Die Rechnung muss unbar bezahlt "
        "worden sein; Barzahlungen werden vom Finanzamt nicht anerkannt. Die Lohnanteile sollten auf der Rechnung "
        "gesondert ausgewiesen werden.",
    },
]
