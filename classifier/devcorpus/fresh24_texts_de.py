"""Split ``fresh24``, German: Studienzentren, Humangenetik, Chemiepark, Halbleiterfab, Zulieferer und Ausbildung, von Hand geschrieben (see ``generate.py``)."""

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Wie lange dauert beim DPMA aktuell die Eintragung eines Gebrauchsmusters?",
    },
    {
        "kind": "support",
        "text": """Fasse diese Mail bitte auf Deutsch in 3 Sätzen zusammen, ich muss das an unsere Studienassistenz weitergeben:

From: ⟦PERSON|Maëlle Vandersteen⟧ <⟦EMAIL_ADDRESS|maelle.vandersteen@cro-northbridge.eu⟧>
To: Study Site 112 (Universitätsklinikum)
Subject: Monitoring visit rescheduled + open queries

Dear Dr. ⟦PERSON|Wendelin Oberkirch⟧,
as discussed with Frau ⟦PERSON|Sievert⟧ by phone, the interim monitoring visit moves from 9 to 16 October. Please make the source documents for subjects 112-004, 112-009 and 112-011 available, and the updated delegation log. There are still 7 open queries on visit 5 (vital signs and ConMeds); could you close them before the visit? The IMP temperature excursion from August needs a signed deviation form as well.
Kind regards, ⟦PERSON|Maëlle⟧""",
    },
    {
        "kind": "support",
        "text": """Hallo liebes Studienteam,

ich habe jetzt die Visiten 2 bis 6 gemacht, aber die Aufwandsentschädigung ist noch immer nicht angekommen. Laut Einwilligung gibt es 75 € pro Visite. Ich nehme ja nur teil, weil mir bei ⟦HEALTH_DATA|meiner Schuppenflechte⟧ nichts mehr hilft, aber die Fahrten nach Erlangen zahle ich gerade alle vorab.

Meine Kontoverbindung nochmal: ⟦IBAN_CODE|DE53 3326 6925 9873 0313 50⟧, Kontoinhaber ⟦PERSON|Jolanthe Wiesbrock⟧.
Tel. tagsüber: ⟦PHONE_NUMBER|0176 48 22 19 03⟧

Danke & Grüße
⟦PERSON|Jolanthe Wiesbrock⟧""",
    },
    {
        "kind": "support",
        "text": """Guten Tag,

vor drei Wochen wurde bei Ihnen meine Blutprobe auf erblichen Brustkrebs untersucht. Meine Frauenärztin hat mir am Telefon gesagt, dass ⟦GENETIC_DATA|eine BRCA2-Mutation⟧ gefunden wurde, aber den schriftlichen Befund habe ich bis heute nicht. Können Sie ihn mir bitte per Post schicken? Ich brauche ihn für das Beratungsgespräch im Brustzentrum.

Mit freundlichen Grüßen
⟦PERSON|Henrike Adomeit-Suljić⟧
⟦STREET_ADDRESS|Lindenhofstraße 41, 04177 Leipzig⟧""",
    },
    {
        "kind": "support",
        "text": """[07:48] ⟦PERSON|Kübra Tekinalp⟧: Moin, das Drehkreuz an der Schleuse zu Reinraum 2 lässt mich nicht rein
[07:49] Werkschutz Leitstand: Moin. Welcher Leser? Iris oder Finger?
[07:49] ⟦PERSON|Kübra Tekinalp⟧: Finger. Hab mich gestern an der Hand geschnitten, Pflaster drauf
[07:50] Werkschutz Leitstand: Dann passt ⟦BIOMETRIC_DATA|das Fingerabdruck-Template⟧ nicht. Nehmen Sie den Zeigefinger links, der ist bei Ihnen als zweiter hinterlegt
[07:51] ⟦PERSON|Kübra Tekinalp⟧: geht. danke!!
[07:51] Werkschutz Leitstand: Gern. Bitte trotzdem heute beim Werksarzt melden wegen ⟦HEALTH_DATA|der Schnittwunde⟧, wegen Handschuhpflicht im Reinraum.""",
    },
    {
        "kind": "support",
        "text": """LIMS-Ticket #L-77103
Probe 24-ST-08815 (Charge 24B0917, Stabilität 25 °C/60 % r.F., 6M) lässt sich nicht freigeben: Status hängt auf "In Review", obwohl alle Prüfungen (Gehalt HPLC, Wasser KF, Zerfall) abgeschlossen sind. Audit-Trail zeigt einen Abbruch beim Signaturschritt um 14:02. Bitte prüfen, ob der Workflow-Knoten "QA-Review" neu angestoßen werden kann. Priorität: hoch, Freigabe-Deadline Freitag.""",
    },
    {
        "kind": "support",
        "text": "Frage an die Ethikkommission: Reicht bei einer Amendment-Einreichung nach AMG eine geänderte Patienteninformation als Track-Changes-Version, oder brauchen Sie auch die Reinfassung? Und bis wann muss das für die Sitzung im Mai da sein?",
    },
    {
        "kind": "support",
        "text": """Hallo Whereabouts-Team,

ich habe am Dienstag eine Kontrolle verpasst, weil ich im Krankenhaus war, ich bin ⟦HEALTH_DATA|in der 11. Woche schwanger⟧ und hatte ⟦HEALTH_DATA|starke Blutungen⟧. Die Bescheinigung der Notaufnahme lade ich im Portal hoch. Wie lege ich dagegen Widerspruch ein, damit das nicht als Meldepflichtverstoß zählt?

Viele Grüße
⟦PERSON|Svenja Dörrenhaus⟧ (Bahnrad, A-Kader)""",
    },
    {
        "kind": "support",
        "text": """Sehr geehrte Damen und Herren,

für die Auszahlung der Probandenvergütung (Studie GRZ-NEU-07, Prüfzentrum Graz) übermittle ich wie erbeten meine Daten:
Name: ⟦PERSON|Florentina Haberl⟧
Geburtsdatum: ⟦DATE_OF_BIRTH|12.04.1986⟧
SV-Nummer: ⟦AT_SVNR|7807 120486⟧
IBAN: ⟦IBAN_CODE|AT52 9797 5909 3921 5875⟧
Anschrift: ⟦STREET_ADDRESS|Kärntner Straße 118/3, 8053 Graz⟧

Hochachtungsvoll
⟦PERSON|F. Haberl⟧""",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": """Personalfragebogen Auszubildende (Chemikant/in, Ausbildungsbeginn 1.9.)
Name, Vorname: ⟦PERSON|Brückner-Yıldız, Malte⟧
Geburtsdatum: ⟦DATE_OF_BIRTH|03.07.2008⟧
Anschrift: ⟦STREET_ADDRESS|Am Gänsberg 7, 67071 Ludwigshafen⟧
Steuer-ID: ⟦DE_TAX_ID|17 532 092 649⟧
Konfession (Kirchensteuer): ⟦RELIGIOUS_BELIEF|römisch-katholisch⟧
Bankverbindung: ⟦IBAN_CODE|DE33 3926 9818 6811 3487 12⟧
Krankenkasse: gesetzlich
Erziehungsberechtigte/r (minderjährig): ⟦PERSON|Sabine Brückner⟧, Tel. ⟦PHONE_NUMBER|0621 5583 9901⟧""",
    },
    {
        "kind": "hr",
        "text": """Betreff: AW: AW: BEM-Gespräch Herr ⟦PERSON|Szczepaniak⟧ - Termin und Arbeitsplatz

Hallo zusammen,

kurze Zusammenfassung nach dem Gespräch heute, damit wir alle denselben Stand haben. Herr ⟦PERSON|Szczepaniak⟧ ist einverstanden, dass ich diese Punkte mit euch teile. Nach ⟦HEALTH_DATA|dem Bandscheibenvorfall L4/L5⟧ und ⟦HEALTH_DATA|der OP im Januar⟧ kann er laut Werksarzt ab 3. März stufenweise wieder einsteigen (4 Std./Tag für zwei Wochen, dann 6). Heben über 10 kg ist bis auf Weiteres ausgeschlossen, das heißt: keine Fassumfüllung an der Abfüllstation B. Vorschlag der Betriebsleitung ist die Probenlogistik im Frühdienst. Herr ⟦PERSON|Szczepaniak⟧ möchte ⟦PERSON|Ilona Reichenbächer⟧ als ⟦TRADE_UNION_MEMBERSHIP|Vertrauensfrau der IG BCE⟧ bei allen weiteren Terminen dabeihaben, das ist so vereinbart.

Offene Punkte:
- Hebehilfe für den Probenwagen (Angebot Technik bis KW 10)
- Schichtplan: er bleibt im Dauer-Früh, die Wechselschichtzulage entfällt für diesen Zeitraum, Ausgleich klären wir mit der Lohnbuchhaltung
- nächster Termin 24.3., 9:30, Raum 1.07

Viele Grüße
⟦PERSON|Detlef Amrhein-Koç⟧
Personalreferent Werk Süd

> Von: ⟦PERSON|Ilona Reichenbächer⟧
> Gesendet: Montag, 10. Februar 09:14
> Betreff: AW: BEM-Gespräch Herr ⟦PERSON|Szczepaniak⟧ - Termin und Arbeitsplatz
>
> Hallo ⟦PERSON|Detlef⟧, ich bin am 17.2. nur bis 12 Uhr im Haus, geht 10 Uhr? Gruß ⟦PERSON|Ilona⟧
>
>> Von: ⟦PERSON|Detlef Amrhein-Koç⟧
>> Betreff: BEM-Gespräch Herr ⟦PERSON|Szczepaniak⟧ - Termin und Arbeitsplatz
>> Hallo ⟦PERSON|Ilona⟧, hallo Frau Dr. ⟦PERSON|Pfisterer⟧, ich würde das BEM-Gespräch gern am 17.2. machen. Bitte kurz Bescheid geben.""",
    },
    {
        "kind": "hr",
        "text": "Gilt die neue Regelung zur Wechselschicht auch für Leiharbeitnehmer in der Galvanik oder nur für die Stammbelegschaft?",
    },
    {
        "kind": "hr",
        "text": """Protokoll Betriebsratssitzung, 14. Kalenderwoche (Werk Ingolstadt, Kunststofftechnik)
TOP 1: Arbeitszeitkonten - der Arbeitgeber schlägt eine Obergrenze von 150 Plusstunden vor. Der Betriebsrat lehnt ab, solange keine Regelung zum Abbau in Auftragsspitzen vorliegt.
TOP 2: Tarifrunde Metall- und Elektroindustrie - Information über den aktuellen Stand der Verhandlungen; die Gewerkschaft ruft für den 18. zu Warnstreiks auf. Der Betriebsrat weist darauf hin, dass die Teilnahme freiwillig ist und keine Nachteile entstehen dürfen.
TOP 3: Neue Spritzgießmaschinen Halle 5 - Gefährdungsbeurteilung Lärm liegt vor, Gehörschutzpflicht ab 85 dB(A).
Beschlüsse: einstimmig zu TOP 1 (Ablehnung).""",
    },
    {
        "kind": "hr",
        "text": """Zuverlässigkeitsüberprüfung nach § 7 LuftSiG - interne Vorabprüfung (Zugang Sicherheitsbereich, Werk Hamburg-Finkenwerder Zulieferhalle)
Bewerber: ⟦PERSON|Jannik Osterhold⟧
Personalausweis-Nr.: ⟦DE_ID_CARD|TV004C9M54⟧
Führungszeugnis vom 02.05.: ⟦CRIMINAL_RECORD|eine Eintragung, Verurteilung wegen Trunkenheit im Verkehr (§ 316 StGB), Geldstrafe 40 Tagessätze⟧
Hinweis: Entscheidung trifft die Luftsicherheitsbehörde; bis dahin kein Ausweis für den Sicherheitsbereich.""",
    },
    {
        "kind": "hr",
        "text": """Auszug Arbeitszeugnis (Entwurf)
Frau ⟦PERSON|Rosalie Vogelsang⟧ war vom 1. April 2019 bis 31. März 2025 als Biologielaborantin in unserer Abteilung Zellkultur tätig. Sie führte selbstständig Zellviabilitäts- und Zytotoxizitätsassays durch, betreute die Stickstofftanks und wies neue Kolleginnen und Kollegen ein. Frau ⟦PERSON|Vogelsang⟧ erledigte ihre Aufgaben stets zu unserer vollsten Zufriedenheit.""",
    },
    {
        "kind": "hr",
        "text": "Wir suchen eine Doktorandin / einen Doktoranden (m/w/d, 65 %, TV-L E13) in der Arbeitsgruppe Heterogene Katalyse. Themen: Wasserstoffspeicherung in flüssigen organischen Trägern, operando-Spektroskopie. Bewerbungen mit Lebenslauf und Zeugnissen bis 15. Juni über das Bewerbungsportal.",
    },
    {
        "kind": "hr",
        "text": """An die Gleichstellungsbeauftragte

ich möchte eine Beschwerde einreichen. Mein Schichtleiter ⟦PERSON|Ralf Himmelreich⟧ macht seit Wochen Bemerkungen, seit er erfahren hat, dass ich ⟦ETHNIC_ORIGIN|Sinto⟧ bin: beim Spind ist "was weggekommen", ich solle "aufpassen, wo ich hingreife". Kolleg*innen aus der Spätschicht können das bezeugen. Ich will, dass das aufhört, und bitte um ein vertrauliches Gespräch.

⟦PERSON|Mirko Lauenstein⟧, Montage Linie 3""",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Humangenetische Diagnostik aus einer Hand: Exom- und Panel-Diagnostik bei Verdacht auf erbliche Erkrankungen, Trägerscreening bei Kinderwunsch, pharmakogenetische Tests. Befunde durch Fachärzte für Humangenetik, genetische Beratung nach GenDG inklusive. Einsendung über Ihre Praxis.",
    },
    {
        "kind": "marketing",
        "text": """Besuchen Sie uns auf der Fachmesse für Laborbedarf und Analytik in München: Halle B2, Stand 411. Live: unser neues Autosampler-Modul mit 240 Positionen, Kopplung an gängige LIMS über offene Schnittstellen, und jeden Tag um 11 Uhr Kurzvortrag "Datenintegrität im Routinelabor". Kostenloses Ticket mit Code über die Messe-Website.""",
    },
    {
        "kind": "marketing",
        "text": """#AusbildungBeiUns - heute: ⟦PERSON|Lea-Marie Kowalczyk⟧, 2. Lehrjahr Mechatronikerin.
"Am Anfang hatte ich Respekt vor der Roboterzelle, jetzt programmiere ich die Greifer selbst um." Im Herbst geht ⟦PERSON|Lea-Marie⟧ für vier Wochen an unseren Standort in Győr. Bewirb dich bis 30.11. für 2026!""",
    },
    {
        "kind": "marketing",
        "text": "Studienteilnehmer gesucht: Erwachsene mit mittelschwerer bis schwerer Neurodermitis für eine 52-wöchige Studie mit einem neuen Wirkstoff zur Injektion. Sie erhalten engmaschige ärztliche Betreuung und eine Aufwandsentschädigung. Die Studie wurde von der zuständigen Ethikkommission zustimmend bewertet.",
    },
    {
        "kind": "marketing",
        "text": """Gesichter aus dem Chemiepark: ⟦PERSON|Gerlinde Nakamura-Hölzl⟧ leitet seit 2011 die Schicht C in der Chlor-Alkali-Elektrolyse. 31 Jahre im Werk, angefangen als Jungwerkerin, heute verantwortlich für 14 Leute. ⟦PERSON|Gerlinde⟧ ist ⟦TRADE_UNION_MEMBERSHIP|seit 1994 Mitglied der IG BCE⟧ und sitzt im Vorstand der Ortsgruppe. Ihr Tipp für Neue: "Frag lieber zweimal.\"""",
    },
    {
        "kind": "marketing",
        "text": "Institut für Sportwissenschaft - Leistungsdiagnostik für Vereine: Laufbandstufentest mit Laktat, Spiroergometrie, Sprung- und Sprintdiagnostik. Für Landeskader-Athletinnen und -Athleten zum Sondertarif. Termine ab März, Anmeldung über das Sekretariat.",
    },
    {
        "kind": "marketing",
        "text": """"Nach ⟦HEALTH_DATA|der MS-Diagnose⟧ mit 29 hatte ich das Gefühl, die Krankheit bestimmt alles. In der Studie wurde ich ernst genommen, jede Frage beantwortet, und ich weiß jetzt mehr über ⟦HEALTH_DATA|meine Therapie⟧ als vorher." - ⟦PERSON|Annika Strøm-Bauernfeind⟧, Studienteilnehmerin in Münster""",
    },
    {
        "kind": "marketing",
        "text": "Tag der offenen Tür im Werk am Samstag, 10-16 Uhr: Werksrundfahrten mit dem Bus, Vorführungen der Werkfeuerwehr, Mitmachlabor für Kinder ab 8 und Infostand zu Ausbildung und dualem Studium. Anreise bitte mit ÖPNV, Parkplätze sind begrenzt.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": """Abweichungen im GMP-Umfeld

Eine Abweichung (Deviation) ist jedes Ereignis, bei dem von einer genehmigten Vorgabe abgewichen wird: von einer Herstellanweisung, einer Spezifikation oder einem Prüfverfahren. Sie wird zeitnah dokumentiert, nach ihrer möglichen Auswirkung auf Produktqualität und Patientensicherheit klassifiziert (geringfügig, wesentlich, kritisch) und untersucht. Ziel der Untersuchung ist die Grundursache, nicht die schuldige Person. Aus ihr folgen Korrektur- und Vorbeugemaßnahmen (CAPA), deren Wirksamkeit später überprüft wird. Die sachkundige Person berücksichtigt offene Abweichungen bei der Chargenfreigabe.""",
    },
    {
        "kind": "docs",
        "text": """Pseudonymisierung in Biobanken

Proben und Daten werden in Biobanken in der Regel doppelt pseudonymisiert: Die Treuhandstelle ersetzt die identifizierenden Daten durch ein erstes Pseudonym, die Biobank vergibt für Proben ein zweites. So kennt keine Stelle allein den Zusammenhang zwischen Person, Probe und Analyseergebnis. Eine Re-Identifizierung ist nur über die Treuhandstelle möglich, etwa wenn Teilnehmende über einen klinisch relevanten Zufallsbefund informiert werden sollen und dem zugestimmt haben.""",
    },
]
