"""Hand-written German texts of the held-out split fresh26: Gerichte, Justizvollzug, Ämter und Beratungsstellen."""

TEXTS: list[dict[str, str]] = [
    {
        "kind": "support",
        "text": "Wie lange dauert ein Grundbuchauszug beim Amtsgericht, wenn ich ihn online beantrage?",
    },
    {
        "kind": "support",
        "text": 'Bitte fasse diese Nachricht für die Bewährungshilfe zusammen:\n\n"Hallo, hier ist ⟦PERSON|Jannik Scharnweber⟧. Ich kann den Termin am Donnerstag nicht wahrnehmen, weil ich ⟦HEALTH_DATA|eine Lungenentzündung⟧ habe, Attest kommt per Post. Meine Auflage wegen ⟦CRIMINAL_RECORD|der Verurteilung wegen Trunkenheit im Verkehr⟧ läuft ja noch bis Juni. Erreichbar unter ⟦PHONE_NUMBER|0176 48213907⟧."',
    },
    {
        "kind": "support",
        "text": "Guten Tag, ich habe meinen Steuerbescheid bekommen, aber meine Steuer-ID stimmt nicht. Richtig ist ⟦DE_TAX_ID|84 109 632 072⟧. Können Sie das korrigieren? Mfg ⟦PERSON|Ortrud Weißenbacher⟧",
    },
    {
        "kind": "support",
        "text": "Fundbüro Polizeirevier Mitte: Gefunden wurde am 14.3. ein Personalausweis, Nr. ⟦DE_ID_CARD|RXHJH70327⟧, ausgestellt auf ⟦PERSON|Kemal Osterkamp⟧, wohnhaft ⟦STREET_ADDRESS|Lindenhofstraße 19, 68163 Mannheim⟧. Abholung mit Nachweis möglich.",
    },
    {
        "kind": "support",
        "text": "Was passiert eigentlich, wenn man eine Zeugenladung vom Landgericht ignoriert? Gibt es da ein Ordnungsgeld?",
    },
    {
        "kind": "support",
        "text": "[10:02] Bürgerin: Ich will Briefwahl beantragen, geht das noch?\n[10:03] Wahlamt: Ja, bis Freitag 15 Uhr. Die Wahlbenachrichtigung hat einen QR-Code.\n[10:03] Bürgerin: Super danke",
    },
    {
        "kind": "support",
        "text": 'Übersetze ins Englische für unsere Kollegin in Dublin: "Frau ⟦PERSON|Adaeze Hollmichel⟧ bezieht Erwerbsminderungsrente wegen ⟦HEALTH_DATA|Multipler Sklerose⟧. Die Rente soll auf ⟦IBAN_CODE|DE77 4545 5705 3223 3518 20⟧ überwiesen werden. Ihre irische PPS-Nummer lautet ⟦IE_PPSN|5059139QA⟧."',
    },
    {
        "kind": "support",
        "text": "Das Jugendamt bietet montags und mittwochs offene Sprechstunden an. Themen: Erziehungsberatung, Unterhaltsvorschuss, Beistandschaften. Bitte bringen Sie Ihren Ausweis mit.",
    },
    {
        "kind": "hr",
        "text": "Lebenslauf ⟦PERSON|Friedegund Ahoulou⟧\nGeboren am ⟦DATE_OF_BIRTH|08.11.1981⟧ in Kassel\nE-Mail: ⟦EMAIL_ADDRESS|f.ahoulou@web-postfach.de⟧\n\n2016–heute Rechtspflegerin, Amtsgericht Kassel (Nachlass- und Grundbuchsachen)\n2012–2016 Justizfachangestellte, Staatsanwaltschaft Fulda\nAusbildung: Diplom-Rechtspflegerin (FH)\nEhrenamt: Schöffin, Mitglied bei ⟦TRADE_UNION_MEMBERSHIP|ver.di⟧",
    },
    {
        "kind": "hr",
        "text": "Stellenausschreibung: Sozialarbeiter/in (m/w/d) im Justizvollzug, JVA Bernau. Aufgaben: Entlassungsvorbereitung, Gruppenangebote, Zusammenarbeit mit der Bewährungshilfe. Vergütung nach TV-L E10.",
    },
    {
        "kind": "hr",
        "text": "Vermerk Personalrat: Herr ⟦PERSON|Vinzenz Baumhauer⟧ (Finanzamt Regensburg) beantragt wegen ⟦HEALTH_DATA|einer Schwerbehinderung (GdB 60)⟧ einen zusätzlichen Urlaubstag. Sozialversicherungsnummer Österreich (früherer Arbeitgeber): ⟦AT_SVNR|3924300875⟧.",
    },
    {
        "kind": "hr",
        "text": "Protokoll Teamsitzung Jobcenter Nord, 7.2.\nAnwesend: ⟦PERSON|Gesine Kowalczyk-Harms⟧, ⟦PERSON|Ferhat Uslu⟧, ⟦PERSON|Meret Dannhauer⟧\nTOP 1: neue Vermittlungsziele Q2\nTOP 2: Kollege ⟦PERSON|Uslu⟧ bittet um Freistellung an ⟦RELIGIOUS_BELIEF|Ramadan-Fest (Eid)⟧, genehmigt\nTOP 3: Raumplanung",
    },
    {
        "kind": "hr",
        "text": "Hinweis an alle Beschäftigten der Rentenversicherung: Die Dienstvereinbarung zur mobilen Arbeit gilt ab 1. Juli. Anträge bitte über das Intranet stellen.",
    },
    {
        "kind": "hr",
        "text": 'Mitarbeiterporträt: ⟦PERSON|Theodor Lindqvist-Amadi⟧ leitet seit 2018 die Zeugenbetreuung am Landgericht Köln. "Viele Zeugen sind nervös, wir nehmen uns Zeit", sagt er. In seiner Freizeit spielt er Posaune.',
    },
    {
        "kind": "hr",
        "text": "Fortbildung für Vollzugsbedienstete: Umgang mit psychisch auffälligen Gefangenen, Deeskalation, Suizidprävention. Termine im Mai und September, Anmeldung über die Justizakademie.",
    },
    {
        "kind": "hr",
        "text": "Schreib mir bitte eine freundliche Absage an ⟦PERSON|Hubertus Yilmaz-Brenner⟧ für die Stelle als Gerichtsvollzieher. Er hatte erwähnt, dass er ⟦POLITICAL_OPINION|AfD-Kreisvorstand⟧ ist — das darf natürlich keine Rolle spielen und soll nicht in der Absage stehen.",
    },
    {
        "kind": "marketing",
        "text": "Opferhilfe Rhein-Neckar: kostenlose, vertrauliche Beratung nach Gewalt, Einbruch oder Stalking. Wir begleiten Sie auch zur Gerichtsverhandlung.",
    },
    {
        "kind": "marketing",
        "text": '"Nach der Haft hatte ich nichts. Der Verein hat mir eine Wohnung und einen Ausbildungsplatz vermittelt." – ⟦PERSON|Lukas Pfannenstiel⟧, ⟦CRIMINAL_RECORD|wegen Betrugs zu drei Jahren verurteilt⟧, heute Mechatroniker',
    },
    {
        "kind": "marketing",
        "text": "Neu im Bürgeramt: Termine online buchen, Wartezeiten live verfolgen. Ummeldung, Reisepass, Führungszeugnis – alles an einem Ort.",
    },
    {
        "kind": "marketing",
        "text": "Newsletter der Schuldnerberatung: Pfändungsschutzkonto, Insolvenzverfahren und neue Freibeträge ab Juli. Außerdem: Wie Sie mit Inkassobriefen umgehen.",
    },
    {
        "kind": "marketing",
        "text": "Unser Rechtsberatungs-Café für queere Menschen: jeden ersten Donnerstag. Diesmal erzählt ⟦PERSON|Noa Birkenfeld⟧, wie ⟦SEX_LIFE_ORIENTATION|sie als lesbische Mutter⟧ die Stiefkindadoption durchgesetzt hat.",
    },
    {
        "kind": "marketing",
        "text": "Rentenberatung vor Ort: Die Deutsche Rentenversicherung ist am Samstag auf dem Marktplatz. Bringen Sie Ihren Versicherungsverlauf mit!",
    },
    {
        "kind": "marketing",
        "text": "Spendenaufruf: Mit 30 Euro finanzieren Sie eine Stunde Prozessbegleitung für ein Kind, das vor Gericht aussagen muss.",
    },
    {
        "kind": "marketing",
        "text": "Erfahrungsbericht für die Webseite (Entwurf): ⟦PERSON|Selin Grabowsky⟧ kam ⟦ETHNIC_ORIGIN|als kurdische Jesidin⟧ nach Deutschland und hat bei uns ihre Anerkennung als Nebenklägerin erreicht. Kontakt: ⟦EMAIL_ADDRESS|selin.grabowsky@mailbox-nord.de⟧",
    },
    {
        "kind": "docs",
        "text": "Elektronischer Rechtsverkehr: Schriftsätze an das Gericht können über das beA, das EGVP oder Mein Justizpostfach eingereicht werden. Dateien müssen im PDF-Format vorliegen und dürfen 200 MB nicht überschreiten. Eine qualifizierte elektronische Signatur ist nicht erforderlich, wenn ein sicherer Übermittlungsweg genutzt wird.",
    },
    {
        "kind": "support",
        "text": "Kurze Frage: Kann ⟦PERSON|Ilka Wendehorst⟧ den Besuchstermin in der JVA tauschen? Ihre Nummer ist ⟦PHONE_NUMBER|0151 20938476⟧.",
    },
    {
        "kind": "support",
        "text": "Frage ans Finanzamt von ⟦PERSON|Rolf Abendschein⟧: Kann ich die Kosten für ⟦HEALTH_DATA|meine Dialyse⟧ als außergewöhnliche Belastung absetzen?",
    },
]
