"""Hand-written German texts of the ``fresh18`` split: schools, universities, libraries, councils, clubs, parishes and NGOs."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Nachricht über Sdui an die Klassenleitung 4b:\n"
        "Liebe Frau Brückner, ⟦PERSON|Jonte Kötting⟧ fehlt heute und morgen, er hat wieder einen "
        "⟦HEALTH_DATA|Epilepsie⟧-Anfall gehabt und die Neurologin hat die ⟦HEALTH_DATA|Levetiracetam⟧-Dosis erhöht. "
        "Beim Schwimmen bitte in den nächsten Wochen nur mit Begleitung. Viele Grüße ⟦PERSON|Svenja Kötting⟧",
    },
    {
        "kind": "support",
        "text": "Hat die Stadtbibliothek am Samstag vor Ostern geöffnet? Ich muss drei Bücher zurückgeben.",
    },
    {
        "kind": "support",
        "text": "Bürgeramt Online-Terminbuchung, Rückfrage an den Support:\n"
        "Ich habe für den Personalausweis den Termin B-2025-118734 am 17.03. um 08:40 gebucht, aber keine "
        "Bestätigungsmail bekommen. Brauche ich zusätzlich ein biometrisches Passbild oder wird das Foto vor Ort "
        "gemacht? Die Gebühr von 37,00 € zahle ich mit EC-Karte?\n⟦PERSON|Malte Quednau⟧, ⟦PHONE_NUMBER|0152 0938 4471⟧",
    },
    {
        "kind": "support",
        "text": "Anmeldung Jugendfreizeit Borkum 2025 (Ev. Jugend Hildesheim), bitte in die Teilnehmerliste übernehmen:\n"
        "Name: ⟦PERSON|Lina Oberländer⟧\n"
        "Geburtsdatum: ⟦DATE_OF_BIRTH|11.05.2011⟧\n"
        "Erziehungsberechtigte: ⟦PERSON|Katrin Oberländer⟧, ⟦PHONE_NUMBER|0176 38291047⟧\n"
        "Anschrift: ⟦STREET_ADDRESS|Am Mühlbach 7a, 31141 Hildesheim⟧\n"
        "Gesundheit: ⟦HEALTH_DATA|Typ-1-Diabetikerin⟧ mit Insulinpumpe, misst selbst\n"
        "Teilnahmebeitrag 389 € per SEPA von ⟦IBAN_CODE|DE86 1809 3857 3998 8313 94⟧",
    },
    {
        "kind": "support",
        "text": "Kurze Antwort formulieren: VHS-Kurs 251-40312 'Spanisch A2 am Abend' fällt am 3.4. aus, Nachholtermin 24.4., "
        "Raum 2.14 im Bildungszentrum Süd. Kursgebühr bleibt gleich.",
    },
    {
        "kind": "support",
        "text": "Chatprotokoll Studierendenwerk, zusammenfassen:\n"
        "[10:11] ⟦PERSON|Oksana Zhuravlova⟧: Guten Tag, mein BAföG-Bescheid ist seit 9 Wochen nicht da, Förderungsnummer 712 4402 83\n"
        "[10:12] Mitarbeiter: Wir brauchen noch die Immatrikulationsbescheinigung für das SoSe.\n"
        "[10:14] ⟦PERSON|Oksana Zhuravlova⟧: habe ich hochgeladen. Ich bin ⟦HEALTH_DATA|schwanger⟧ (22. SSW), kann ich "
        "den Schwangerschaftsmehrbedarf auch beantragen?\n"
        "[10:16] Mitarbeiter: Das geht übers Jobcenter bzw. Sozialamt, nicht über uns. Ich schicke Ihnen den Link.",
    },
    {
        "kind": "support",
        "text": "Mitgliedsantrag TSV Eintracht Gröbenzell, Abteilung Tischtennis. Beitrag Erwachsene 96 €/Jahr, "
        "Aufnahmegebühr 15 €. Trainingszeiten Di/Fr 19:30-22:00, Halle der Mittelschule. Bitte Antwort an den "
        "Interessenten vorbereiten.",
    },
    {
        "kind": "support",
        "text": "Sehr geehrte Damen und Herren,\nich beantrage eine Ermäßigung der Kita-Gebühren für unseren Sohn. "
        "Mein Mann ⟦PERSON|Reto Zgraggen⟧ ist seit März ⟦HEALTH_DATA|querschnittsgelähmt⟧ und arbeitslos. "
        "Steuer-ID: ⟦DE_TAX_ID|12 647 839 558⟧. Bescheide anbei.\nMit freundlichen Grüßen\n⟦PERSON|Annegret Zgraggen⟧\n"
        "⟦STREET_ADDRESS|Hohenzollernstraße 58, 44135 Dortmund⟧",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Personalbogen Honorarkraft Volkshochschule Linz\n"
        "Name: ⟦PERSON|Valentina Pichlmayr⟧\n"
        "SV-Nummer: ⟦AT_SVNR|8818 210684⟧\n"
        "Anschrift: ⟦STREET_ADDRESS|Lederergasse 14/3, 4020 Linz⟧\n"
        "Konto: ⟦IBAN_CODE|AT71 9985 7392 2855 4817⟧\n"
        "Kurse: Deutsch als Zweitsprache B1, Mo/Mi 18:00\n"
        "Honorar: 42 € pro UE",
    },
    {
        "kind": "hr",
        "text": "Protokoll Personalrat Stadtverwaltung, TOP 4 Einstellungen:\n"
        "Einstellung von ⟦PERSON|Benedikt Rautenberg⟧ als Sachbearbeiter Wohngeld (EG 9a). Schwerbehindertenvertretung "
        "wurde beteiligt, da Herr Rautenberg ⟦HEALTH_DATA|gehörlos⟧ ist; Gebärdensprachdolmetscher für Teamsitzungen "
        "wird über das Integrationsamt beantragt. Zustimmung einstimmig.",
    },
    {
        "kind": "hr",
        "text": "Dienstplan Freiwillige Stadtteilbibliothek Nord, KW 12: Mo Lesepatenschaft 15-17 Uhr, Mi Bücherflohmarkt "
        "aufbauen, Sa Vorlesestunde. Bitte in die Liste im Intranet eintragen, Schlüssel beim Hausmeister.",
    },
    {
        "kind": "hr",
        "text": "Bitte höflicher formulieren, geht an die Schulleitung:\n"
        "Ich bin seit Januar ⟦TRADE_UNION_MEMBERSHIP|GEW-Mitglied⟧ und werde am Warnstreik am 12.2. teilnehmen. "
        "Vertretung für meine 5c bitte einplanen. ⟦PERSON|Jannik Oberdorfer⟧",
    },
    {
        "kind": "hr",
        "text": "Stellenausschreibung: Die Pfarrei St. Ulrich Augsburg sucht ab 1.9. eine/n Pfarrsekretär/in (50 %, "
        "TV-L E6). Aufgaben: Kirchenbuchführung, Terminverwaltung, Spendenquittungen. Bewerbungen bis 15.7. an das "
        "Pfarrbüro.",
    },
    {
        "kind": "hr",
        "text": "Erweitertes Führungszeugnis für die Jugendleitercard, Notiz für die Akte (Sportverein):\n"
        "Übungsleiter ⟦PERSON|Korbinian Haslinger⟧ - Führungszeugnis vom 04.02. enthält einen Eintrag: "
        "⟦CRIMINAL_RECORD|Verurteilung wegen Trunkenheit im Verkehr, 40 Tagessätze⟧. Kein Ausschlussgrund nach § 72a "
        "SGB VIII, aber keine Fahrdienste zu Auswärtsspielen.",
    },
    {
        "kind": "hr",
        "text": "Onboarding wissenschaftliche Hilfskraft, Uni Bielefeld, Fakultät Soziologie:\n"
        "Vertrag 10 Std./Woche, 01.04.-30.09., Kostenstelle 4711-2203. Schlüsselantrag und Uni-Kennung beantragen. "
        "Hinweis zur Arbeitszeitdokumentation beilegen.",
    },
    {
        "kind": "hr",
        "text": "Von: ⟦EMAIL_ADDRESS|derya.karakus@kirchenkreis-ost.de⟧\nAn: Personalabteilung\nBetreff: AW: AW: Kirchenzugehörigkeit\n\n"
        "Hallo Herr Lüdecke,\nwie besprochen: ich bin ⟦RELIGIOUS_BELIEF|alevitisch⟧ und nicht Mitglied einer "
        "evangelischen Landeskirche. Für die Stelle in der Kita-Verwaltung wurde mir gesagt, dass die ACK-Klausel "
        "nicht gilt. Können Sie das bitte schriftlich bestätigen?\n\n"
        "> Sehr geehrte Frau ⟦PERSON|Karakuş⟧,\n> für die Einstellung benötigen wir noch Angaben zur Konfession "
        "sowie die Steuer-ID und Ihre Bankverbindung.\n> Mit freundlichen Grüßen\n> ⟦PERSON|Friedemann Lüdecke⟧, Personalwesen\n\n"
        "Steuer-ID: ⟦DE_TAX_ID|19 950 827 630⟧\nIBAN: ⟦IBAN_CODE|DE94 7104 2770 6892 7686 28⟧\n"
        "Personalausweis-Nr.: ⟦DE_ID_CARD|MRGY6K5954⟧\n\nViele Grüße\n⟦PERSON|Derya Karakuş⟧",
    },
    # -- marketing ---------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Lange Nacht der Museen am 26. April: 42 Häuser, ein Ticket (18 €, ermäßigt 12 €), Shuttlebusse im "
        "20-Minuten-Takt. Highlights: Taschenlampenführung im Naturkundemuseum und Jazz im Lichthof.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter Ortsverband, bitte Betreffzeile vorschlagen:\n"
        "Liebe Mitglieder, herzlich willkommen an ⟦PERSON|Luise Tiedgen⟧, die nach 12 Jahren bei den Grünen jetzt "
        "zu uns gewechselt ist und als ⟦POLITICAL_OPINION|SPD-Mitglied⟧ für den Stadtrat kandidiert. Infostand "
        "Samstag 10 Uhr am Marktplatz.",
    },
    {
        "kind": "marketing",
        "text": "Neues Programmheft der VHS: über 600 Kurse von Yoga bis Python, Bildungsurlaub-Wochen, "
        "Integrationskurse. Anmeldung ab 1. Februar online. Ermäßigung für Schüler, Azubis und Studierende.",
    },
    {
        "kind": "marketing",
        "text": "Spendenaufruf Tafel e.V. – Geschichte für die Website kürzen:\n"
        "⟦PERSON|Wolfram Ehrenreich⟧, 71, kommt jeden Donnerstag. Seit seiner ⟦HEALTH_DATA|Krebserkrankung⟧ reicht die "
        "Rente nicht mehr, die ⟦HEALTH_DATA|Chemotherapie⟧ hat ihn zwei Jahre aus dem Minijob geworfen. 'Hier fragt "
        "mich keiner aus', sagt er.",
    },
    {
        "kind": "marketing",
        "text": "Fitnessstudio-Aktion: 'Sommerfit' – 3 Monate für 59 €, inkl. Körperanalyse und Getränkeflat.",
    },
    {
        "kind": "marketing",
        "text": "Testimonial für das Integrationsprojekt 'Ankommen in Halle':\n"
        '"Als ⟦ETHNIC_ORIGIN|Jesidin⟧ aus Sindschar hatte ich Angst vor den Ämtern. Die Lotsen haben mich zum '
        'Ausländeramt begleitet und übersetzt." – ⟦PERSON|Nadia Xelef⟧, heute Auszubildende zur Pflegefachfrau',
    },
    {
        "kind": "marketing",
        "text": "Gemeindebrief St. Marien: Erstkommunion am Weißen Sonntag, Firmvorbereitung startet im Oktober, "
        "Pfarrfest am 29. Juni mit Tombola. Kollekte für Adveniat.",
    },
    {
        "kind": "marketing",
        "text": "Instagram-Post Queerer Sportverein Köln e.V., bitte Emojis sparsamer:\n"
        "Unser Spieler ⟦PERSON|Elias Gmeiner⟧ hat sich vor dem Team als ⟦SEX_LIFE_ORIENTATION|schwul⟧ geoutet 🏳️‍🌈 "
        "und wurde gestern zum MVP gewählt!!! Wir sind so stolz 💪💪",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Wie funktioniert die Fernleihe? Bücher, die Ihre Bibliothek nicht besitzt, können über den "
        "Leihverkehr aus anderen deutschen Bibliotheken bestellt werden. Die Bestellung erfolgt im Online-Katalog, "
        "die Gebühr beträgt in der Regel 1,50 € pro Bestellung. Die Lieferzeit liegt bei ein bis drei Wochen; "
        "Aufsätze werden meist als Kopie geliefert. Ausleihfrist und Verlängerung bestimmt die gebende Bibliothek.",
    },
]
