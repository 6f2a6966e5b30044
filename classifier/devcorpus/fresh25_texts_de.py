"""Hand-written German texts of the fresh25 split: Ortsvereine, Wahlkreisbüros, Gewerkschaften, Gemeinden, Vereine, Redaktionen."""

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "wie krieg ich die spendenquittung für 2024 nochmal? find die mail nicht mehr",
    },
    {
        "kind": "support",
        "text": """Betreff: Rechtsschutz – Kündigung während Krankschreibung

Sehr geehrte Damen und Herren,

ich bin seit 2003 ⟦TRADE_UNION_MEMBERSHIP|IG-Metall-Mitglied⟧ (Mitgliedsnr. liegt Ihnen vor) und bitte um Rechtsschutz. Mein Arbeitgeber, eine Gießerei in Witten, hat mir am 14. gekündigt, während ich nach einem ⟦HEALTH_DATA|Bandscheibenvorfall⟧ krankgeschrieben war. Die Kündigung kam per Boten, der Betriebsrat wurde laut Kollegen nicht angehört.

Die Klagefrist läuft ja drei Wochen. Können Sie mich kurzfristig zurückrufen?

Mit freundlichen Grüßen
⟦PERSON|Jupp Krawinkel⟧
⟦STREET_ADDRESS|Ruhrdeich 17, 58452 Witten⟧
Tel. ⟦PHONE_NUMBER|0151 2284 6610⟧
⟦EMAIL_ADDRESS|jupp.krawinkel@web.de⟧""",
    },
    {
        "kind": "support",
        "text": """Kannst du mir helfen, eine kurze, freundliche Antwort an diese Bürgerin zu formulieren? Das Büro kann keine Steuerberatung machen, soll aber aufs Finanzamt verweisen.

---
Sehr geehrtes Wahlkreisbüro,
ich bin im März ⟦RELIGIOUS_BELIEF|aus der katholischen Kirche ausgetreten⟧ (Bescheinigung vom Standesamt Bamberg liegt vor), trotzdem zieht mein Arbeitgeber im Juni noch Kirchensteuer ab. Die Lohnbuchhaltung sagt, im ELStAM steht weiter "rk". Meine Steuer-ID ist ⟦DE_TAX_ID|53 406 872 895⟧. Kann der Abgeordnete da beim Bundeszentralamt nachfragen?
Freundliche Grüße
⟦PERSON|Hannelore Fink⟧
---""",
    },
    {
        "kind": "support",
        "text": """[18:41] ⟦PERSON|Miriam Sandler⟧: Guten Abend, wir möchten unseren Sohn ⟦PERSON|Elias⟧ für den Vorbereitungskurs zur ⟦RELIGIOUS_BELIEF|Bar Mizwa⟧ im nächsten Jahr anmelden. Geht das noch?
[18:44] Gemeindebüro: Guten Abend Frau ⟦PERSON|Sandler⟧, ja, die Gruppe beginnt nach den Herbstfeiertagen. Wann hat ⟦PERSON|Elias⟧ Geburtstag?
[18:45] ⟦PERSON|Miriam Sandler⟧: am ⟦DATE_OF_BIRTH|9. Oktober 2012⟧
[18:46] Gemeindebüro: Danke. Bitte schicken Sie das Anmeldeformular an unsere Adresse und geben Sie eine Telefonnummer an.
[18:47] ⟦PERSON|Miriam Sandler⟧: ⟦PHONE_NUMBER|0176 4419 2083⟧, am besten abends""",
    },
    {
        "kind": "support",
        "text": """An: korrektur@rheinpfalz-abendblatt.de
Betreff: Bitte um Richtigstellung, Artikel "Streit um Vereinsheim" vom 3. Mai

Sehr geehrte Redaktion,

in Ihrem Artikel werde ich als "polizeibekannter Vereinsvorsitzender" bezeichnet. Richtig ist: Das ⟦CRIMINAL_RECORD|Ermittlungsverfahren wegen Körperverletzung⟧ gegen mich wurde im Januar nach § 170 Abs. 2 StPO eingestellt. Ich bitte um eine Korrektur online und in der Printausgabe.

⟦PERSON|Malte Sonnenschein⟧
1. Vorsitzender, SV Blau-Weiß Oggersheim""",
    },
    {
        "kind": "support",
        "text": "Hallo, ich habe letzte Woche an Ihrer telefonischen Umfrage zum Nahverkehr teilgenommen. Wann kommt der versprochene Gutschein und an welche Adresse?",
    },
    {
        "kind": "support",
        "text": """Betreff: Nachmeldung Spielerpass U23 – Unfallmeldung

Servus,

für die Versicherungsmeldung brauch ich noch eure Bestätigung, dass der Spielerpass gültig war. Daten:

Name: ⟦PERSON|Kerem Aydoğdu-Wulf⟧
Geb.: ⟦DATE_OF_BIRTH|17.04.1979⟧
SV-Nummer: ⟦AT_SVNR|4333 170479⟧
Verein: USV Gnas, Reserve
Verletzung: ⟦HEALTH_DATA|Kreuzbandriss links⟧, OP am 22. im LKH Feldbach

Danke und lg
⟦PERSON|Leonie Stiegler⟧, Sektionsleitung""",
    },
    {
        "kind": "support",
        "text": """Danke für Ihre Nachricht an den Ortsverein. Der Mitgliedsbeitrag wird vierteljährlich per Lastschrift eingezogen, jeweils zum 15. des ersten Quartalsmonats. Eine Änderung der Bankverbindung können Sie im Mitgliederportal selbst eintragen; Beitragsermäßigungen für Studierende und Rentner beantragen Sie formlos beim Kassierer.""",
    },
    # -- hr ----------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """Personalfragebogen – Neueinstellung Sozialberatung
Name, Vorname: ⟦PERSON|Brandstätter, Ottilie⟧
Geburtsdatum: ⟦DATE_OF_BIRTH|02.11.1991⟧
Anschrift: ⟦STREET_ADDRESS|Kohlgartenstraße 8, 04315 Leipzig⟧
Steuerliche Identifikationsnummer: ⟦DE_TAX_ID|42680377197⟧
Konfession: ⟦RELIGIOUS_BELIEF|römisch-katholisch⟧
Schwerbehinderung: ja, ⟦HEALTH_DATA|GdB 50⟧ (Nachweis beigefügt)
Bankverbindung: ⟦IBAN_CODE|DE71 2550 9018 7005 4478 37⟧
Eintritt: 01.08., 30 Std./Woche""",
    },
    {
        "kind": "hr",
        "text": """Protokoll Betriebsratssitzung, 12.06.
TOP 1: Arbeitszeiterfassung – Entwurf der Betriebsvereinbarung liegt vor, Rückmeldungen bis Monatsende.
TOP 2: Wahlkampfwochenenden – Zuschläge für Samstagsarbeit gelten auch für Infostände.
TOP 3: Gefährdungsbeurteilung psychische Belastung – Fragebogen wird anonym ausgewertet.
Nächste Sitzung: 26.06., 14 Uhr.""",
    },
    {
        "kind": "hr",
        "text": "Moin ⟦PERSON|Svetlana⟧, bin heute raus, ⟦HEALTH_DATA|Magen-Darm⟧. Der Kommentar zur Haushaltsdebatte liegt fertig im CMS, nur noch Bild fehlt. Gruß ⟦PERSON|Nepomuk⟧",
    },
    {
        "kind": "hr",
        "text": """Vermerk BEM-Gespräch (vertraulich)
Mitarbeiter: ⟦PERSON|Yusuf Kettenbach⟧, Fahrdienst Tafel Nord
Teilnehmende: ⟦PERSON|Kettenbach⟧, Frau ⟦PERSON|Ehrhardt⟧ (Leitung), Herr ⟦PERSON|Hagedorn⟧ (MAV)
Inhalt: Herr ⟦PERSON|Kettenbach⟧ war in den letzten zwölf Monaten 41 Tage arbeitsunfähig, überwiegend wegen ⟦HEALTH_DATA|einer depressiven Episode⟧. Er wünscht sich feste Touren statt Springerdienst und keine Nachtabholungen. Vereinbart: Probephase drei Monate, dann erneutes Gespräch.""",
    },
    {
        "kind": "hr",
        "text": """Wir suchen zum 1. September eine*n Referent*in für das Wahlkreisbüro (Teilzeit, 25 Std.). Aufgaben: Bürgeranfragen, Terminplanung, Pressearbeit vor Ort. Sie arbeiten gern mit Menschen, schreiben sicher und behalten auch in vollen Wochen den Überblick. Vergütung angelehnt an TVöD E9.""",
    },
    {
        "kind": "hr",
        "text": """Translate into English for our UK partner organisation, keep the tone of a German Arbeitszeugnis:

"Frau ⟦PERSON|Friedegund Polat⟧ war vom 01.03.2019 bis 31.05.2024 als Koordinatorin der Ehrenamtlichen in unserer Flüchtlingshilfe tätig. Sie hat die Hausaufgabenhilfe aufgebaut und über 80 Ehrenamtliche geschult. Ihre Aufgaben erledigte sie stets zu unserer vollsten Zufriedenheit. Wir bedauern ihr Ausscheiden sehr."
""",
    },
    {
        "kind": "hr",
        "text": """Regeln für den Ausgabedienst
– Schichtwechsel nur über die Dienstplan-App, nicht per WhatsApp.
– Wer kurzfristig ausfällt, meldet sich bis 8 Uhr bei der Schichtleitung.
– Kühlware wird zuerst ausgegeben, Temperaturen bitte ins Protokoll.
– Mindestens zwei Personen pro Ausgabestelle.""",
    },
    {
        "kind": "hr",
        "text": """Quick check please: can we hire this person as a youth worker? The extended certificate of conduct came back with an entry. German below.

Bewerber: ⟦PERSON|Lennart Quast⟧
Ausweisnr.: ⟦DE_ID_CARD|X7358HTYC8⟧
Erweitertes Führungszeugnis vom 04.06.: ⟦CRIMINAL_RECORD|Verurteilung wegen Trunkenheit im Verkehr, 40 Tagessätze (AG Kassel, 2018)⟧
Einsatz geplant: Jugendzentrum Wesertor, Abendangebot""",
    },
    # -- marketing ---------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": """Tarifrunde Sozial- und Erziehungsdienst: Jetzt zählt jede Stimme!
Die Arbeitgeber haben in der zweiten Runde kein Angebot vorgelegt. Am Donnerstag rufen wir zu Warnstreiks in allen Kitas der Stadt auf. Kundgebung um 10 Uhr vor dem Rathaus. Noch kein Mitglied? Wer jetzt eintritt, ist ab dem ersten Tag abgesichert.""",
    },
    {
        "kind": "marketing",
        "text": """Gemeinsam Gutes tun – mit Spendenbrücke.de
Unterstütze Projekte in deiner Nachbarschaft: vom Lastenrad für die Tafel bis zum Zirkuswagen für die Kita. 100 % deiner Spende kommen an, die Plattformkosten tragen unsere Förderer. Steuerlich absetzbar, Quittung automatisch im Januar.""",
    },
    {
        "kind": "marketing",
        "text": """"Als ⟦ETHNIC_ORIGIN|Romni⟧ aus Nordmazedonien wusste ich, wie es sich anfühlt, überall die Letzte in der Schlange zu sein. In der Beratungsstelle hat mich zum ersten Mal jemand gefragt, was ich selbst will." – ⟦PERSON|Selvije⟧, heute Sprachmittlerin im Team""",
    },
    {
        "kind": "marketing",
        "text": """Unsere Kandidatin für den Stadtrat: ⟦PERSON|Leonie Aschauer⟧
⟦PERSON|Leonie⟧ ist 34, Hebamme und ⟦POLITICAL_OPINION|seit 2017 bei den Grünen aktiv⟧. Sie lebt ⟦SEX_LIFE_ORIENTATION|offen lesbisch⟧ mit ihrer Frau in der Südstadt und setzt sich für sichere Radwege und mehr Kitaplätze ein. Infostand jeden Samstag am Wochenmarkt.""",
    },
    {
        "kind": "marketing",
        "text": """Gemeindebrief Juni/Juli
Gottesdienste sonntags um 10 Uhr, am ersten Sonntag im Monat mit Abendmahl. Kindergottesdienst parallel im Gemeindehaus. Das Sommerfest feiern wir am 6. Juli mit Posaunenchor und Kuchenbuffet. Die Kollekte ist für die Obdachlosenhilfe bestimmt.""",
    },
    {
        "kind": "marketing",
        "text": """Juze Wesertor – Ferienprogramm
Mo–Fr 11–17 Uhr: Graffiti-Workshop, Kletterhalle, Kochen ohne Herd, Filmnacht am Freitag. Für alle von 10 bis 17, kostenlos, Anmeldung vor Ort.""",
    },
    {
        "kind": "marketing",
        "text": """"Mit 38 hat ein Gentest gezeigt, dass ich ⟦GENETIC_DATA|Trägerin einer BRCA1-Mutation⟧ bin. Die Gesprächsgruppe hat mir geholfen, eine Entscheidung zu treffen, mit der ich leben kann." ⟦PERSON|Antje Roggenkamp⟧ erzählt ihre Geschichte beim Infoabend am 12. November. Ihre Spende finanziert Beratung für Familien wie ihre.""",
    },
    {
        "kind": "marketing",
        "text": """Ihre Meinung zählt! Werden Sie Teil unseres Online-Panels und beantworten Sie etwa zweimal im Monat kurze Fragebögen zu Politik, Verkehr und Alltag. Für jede Teilnahme gibt es Punkte, die Sie in Gutscheine umwandeln können. Alle Ergebnisse werden nur zusammengefasst ausgewertet.""",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": """Wahlumfragen und KI-Modelle

Umfrageinstitute experimentieren zunehmend mit Sprachmodellen, etwa um offene Antworten zu kategorisieren oder Fragebögen in Leichte Sprache zu übersetzen. Die Gewichtung der Stichprobe bleibt dabei klassische Statistik. Kritiker warnen vor sogenannten synthetischen Befragten, also Modellen, die Antworten simulieren: Sie geben die Meinungen der Trainingsdaten wieder, nicht die der Wählerinnen und Wähler. Seriöse Institute weisen deshalb aus, an welcher Stelle ein Modell im Prozess eingesetzt wurde.""",
    },
]
